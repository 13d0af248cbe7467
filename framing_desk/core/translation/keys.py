"""API keys of translation providers: in the OS keyring, or in memory for this session only.

Keys are never written to a file of ours and never logged; objects that hold a
key show only provider names in their repr, and `mask_key` gives the form to
display. When the computer has no usable keyring (on a headless Linux machine
keyring falls back to `keyring.backends.fail.Keyring`), `open_key_store`
returns a `SessionKeyStore` instead, so translation still works until the app
closes. A keyring that fails later (locked, refused) raises
`KeyStoreUnavailableError`; the caller shows its message and carries on with a
`SessionKeyStore`.
"""

from __future__ import annotations

import logging
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

SERVICE = "Framing Desk"
"""The service name under which keys are filed in the keyring; the username is the provider name."""

UNAVAILABLE_MESSAGE = (
    "No secure password store is available on this computer, so the API key cannot be saved. "
    "The key is kept for this session only and must be entered again after Framing Desk is restarted."
)

_MASK = "••••"
_SHOWN = 4
_log = logging.getLogger(__name__)


class KeyStoreUnavailableError(RuntimeError):
    """The OS keyring is missing or refused access; the message is meant for the user."""

    def __init__(self, message: str = UNAVAILABLE_MESSAGE) -> None:
        super().__init__(message)
        self.message = message


class KeyStorage(Protocol):
    """Where API keys live: `get` returns None for a provider without a key."""

    @property
    def persistent(self) -> bool:
        """True when keys survive a restart of the app."""
        ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, key: str) -> None: ...

    def delete(self, name: str) -> None: ...


def mask_key(key: str | None) -> str:
    """The key for display: dots and its last four characters, or dots alone for a short key."""
    if not key:
        return ""
    return _MASK + key[-_SHOWN:] if len(key) >= 3 * _SHOWN else _MASK


def _check(name: str, key: str | None = None) -> tuple[str, str]:
    """The provider name and key, stripped; ValueError (without the key) when one is empty."""
    name = name.strip()
    if not name:
        raise ValueError("the provider name is empty")
    if key is not None and not key.strip():
        raise ValueError(f"the API key for {name} is empty")
    return name, (key or "").strip()


def keyring_usable(backend: KeyringBackend | None = None) -> bool:
    """Whether `backend` (default: keyring's current one) stores keys safely across restarts.

    The fail and null backends, a chainer without backends (which drops keys
    silently) and plain-text backends (keyrings.alt) do not.
    """
    backend = keyring.get_keyring() if backend is None else backend
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return "plaintext" not in type(backend).__name__.lower()


class KeyStore:
    """API keys in the OS keyring, filed under service "Framing Desk" and the provider's name."""

    persistent = True

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        """Use `backend`, or keyring's current one; raise KeyStoreUnavailableError if it is unusable."""
        self._backend = keyring.get_keyring() if backend is None else backend
        if not keyring_usable(self._backend):
            raise KeyStoreUnavailableError()

    def __repr__(self) -> str:
        return f"KeyStore(service={SERVICE!r}, backend={type(self._backend).__name__})"

    def get(self, name: str) -> str | None:
        """The key stored for provider `name`, or None."""
        name, _ = _check(name)
        try:
            return self._backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as error:
            raise self._unavailable("read", name, error) from None

    def set(self, name: str, key: str) -> None:
        """Store `key` for provider `name`, replacing an older one."""
        name, key = _check(name, key)
        try:
            self._backend.set_password(SERVICE, name, key)
        except keyring.errors.KeyringError as error:
            raise self._unavailable("store", name, error) from None

    def delete(self, name: str) -> None:
        """Remove the key of provider `name`; nothing happens when there is none."""
        name, _ = _check(name)
        try:
            if self._backend.get_password(SERVICE, name) is not None:
                self._backend.delete_password(SERVICE, name)
        except keyring.errors.KeyringError as error:
            raise self._unavailable("delete", name, error) from None

    @staticmethod
    def _unavailable(action: str, name: str, error: keyring.errors.KeyringError) -> KeyStoreUnavailableError:
        """Log the failure by its type only (a backend's message might echo data) and wrap it."""
        _log.warning("keyring could not %s the API key for %s (%s)", action, name, type(error).__name__)
        return KeyStoreUnavailableError()


class SessionKeyStore:
    """API keys in memory only, for this session: never written anywhere, lost when the app closes."""

    persistent = False

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"SessionKeyStore(providers={sorted(self._keys)!r})"

    def get(self, name: str) -> str | None:
        """The key held for provider `name`, or None."""
        name, _ = _check(name)
        return self._keys.get(name)

    def set(self, name: str, key: str) -> None:
        """Hold `key` for provider `name` until the app closes."""
        name, key = _check(name, key)
        self._keys[name] = key

    def delete(self, name: str) -> None:
        """Forget the key of provider `name`."""
        name, _ = _check(name)
        self._keys.pop(name, None)


def open_key_store(backend: KeyringBackend | None = None) -> KeyStorage:
    """A KeyStore on the OS keyring if one is usable, else a SessionKeyStore (see its `persistent`)."""
    try:
        return KeyStore(backend)
    except KeyStoreUnavailableError:
        _log.warning("no usable keyring; API keys are kept in memory for this session only")
        return SessionKeyStore()
