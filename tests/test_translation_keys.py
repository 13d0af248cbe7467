import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from framing_desk.core.translation.keys import (
    SERVICE,
    UNAVAILABLE_MESSAGE,
    KeyStore,
    KeyStoreUnavailableError,
    SessionKeyStore,
    keyring_usable,
    mask_key,
    open_key_store,
)

SECRET = "4f1e2d3c-aaaa-bbbb-cccc-0123456789ab:fx"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict; `error`, when set, is raised by every operation."""

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.error: keyring.errors.KeyringError | None = None

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._raise()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._raise()
        self.passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self._raise()
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.passwords[service, username]


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plain-text file backend."""


@pytest.fixture
def backend() -> Iterator[MemoryKeyring]:
    """Install an in-memory keyring for the test and restore the previous one afterwards."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_keys_go_to_the_keyring(backend: MemoryKeyring) -> None:
    store = KeyStore()
    assert store.persistent
    assert store.get("deepl") is None
    store.set("deepl", f"  {SECRET}\n")
    assert backend.passwords == {(SERVICE, "deepl"): SECRET}
    assert store.get("deepl") == SECRET
    assert KeyStore().get("deepl") == SECRET
    store.set("deepl", "other-key")
    assert store.get("deepl") == "other-key"
    store.delete("deepl")
    assert store.get("deepl") is None
    store.delete("deepl")


def test_an_explicit_backend_is_used(backend: MemoryKeyring) -> None:
    other = MemoryKeyring()
    KeyStore(other).set("google", SECRET)
    assert other.passwords == {(SERVICE, "google"): SECRET}
    assert backend.passwords == {}


@pytest.mark.parametrize("store_type", [KeyStore, SessionKeyStore])
def test_empty_names_and_keys_are_refused(backend: MemoryKeyring, store_type: type[KeyStore]) -> None:
    store = store_type()
    with pytest.raises(ValueError, match="provider name"):
        store.set(" ", SECRET)
    with pytest.raises(ValueError, match="empty"):
        store.set("deepl", "  ")
    with pytest.raises(ValueError, match="provider name"):
        store.get("")
    assert backend.passwords == {}


@pytest.mark.parametrize("unusable", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_unusable_backends_are_refused(unusable: KeyringBackend) -> None:
    assert not keyring_usable(unusable)
    with pytest.raises(KeyStoreUnavailableError) as error:
        KeyStore(unusable)
    assert str(error.value) == UNAVAILABLE_MESSAGE
    assert "No secure password store is available" in error.value.message
    assert "this session only" in error.value.message


def test_an_empty_chainer_is_unusable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not keyring_usable(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert keyring_usable(chainer.ChainerBackend())


def test_without_a_keyring_keys_stay_in_memory(no_keyring: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        store = open_key_store()
    assert isinstance(store, SessionKeyStore)
    assert not store.persistent
    assert "this session only" in caplog.text
    store.set("deepl", SECRET)
    assert store.get("deepl") == SECRET
    assert SessionKeyStore().get("deepl") is None
    store.delete("deepl")
    assert store.get("deepl") is None


def test_open_key_store_uses_a_working_keyring(backend: MemoryKeyring) -> None:
    store = open_key_store()
    assert isinstance(store, KeyStore)
    store.set("microsoft", SECRET)
    assert backend.passwords[SERVICE, "microsoft"] == SECRET


@pytest.mark.parametrize("error", [keyring.errors.NoKeyringError(), keyring.errors.KeyringLocked(),
                                   keyring.errors.InitError(), keyring.errors.PasswordSetError()])
def test_failing_keyring_raises_a_readable_error(backend: MemoryKeyring, caplog: pytest.LogCaptureFixture,
                                                 error: keyring.errors.KeyringError) -> None:
    store = KeyStore()
    backend.error = error
    for call in (lambda: store.set("deepl", SECRET), lambda: store.get("deepl"),
                 lambda: store.delete("deepl")):
        with pytest.raises(KeyStoreUnavailableError, match="No secure password store") as raised:
            call()
        assert raised.value.__cause__ is None
        assert raised.value.__suppress_context__
    assert type(error).__name__ in caplog.text
    assert SECRET not in caplog.text


def test_no_key_in_repr_or_logs(backend: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyStore()
    session = SessionKeyStore()
    store.set("deepl", SECRET)
    session.set("deepl", SECRET)
    store.get("deepl")
    session.get("deepl")
    assert repr(store) == "KeyStore(service='Framing Desk', backend=MemoryKeyring)"
    assert repr(session) == "SessionKeyStore(providers=['deepl'])"
    assert SECRET not in repr(store) + str(store) + repr(session) + str(session)
    assert SECRET not in caplog.text


def test_no_key_is_written_to_disk(no_keyring: None, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    store = open_key_store()
    store.set("deepl", SECRET)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("key", "shown"), [
    (SECRET, "••••b:fx"),
    ("abcdefghijkl", "••••ijkl"),
    ("short-key", "••••"),
    ("", ""),
    (None, ""),
])
def test_mask_key(key: str | None, shown: str) -> None:
    assert mask_key(key) == shown
