"""Which translation providers may receive text: the user's consent, offline mode, provider options.

No text leaves the computer until the user has chosen and enabled a network
provider; `with_consent` records when. Offline mode blocks every network
provider, whatever was enabled, and keeps the consents for when it is turned
off again. Local providers (the offline model) are always allowed, enabled or
not, because no text leaves the computer. `check_allowed` is the gate to call
before any provider is created.

The settings live in `translation.json` beside `preferences.json` and never
hold an API key (those belong in the keyring, see `keys.py`): options or extra
fields whose name looks like a secret ("api_key", "token", …), or URLs carrying
one, are refused when settings are built, and stripped (and the file rewritten
without them) when a file holding them is loaded.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from framing_desk.core.messages import QT_TRANSLATE_NOOP
from framing_desk.core.preferences import PreferencesError, load_json_file, preferences_path
from framing_desk.core.storage import atomic_write_text
from framing_desk.core.translation.providers import TranslationError

SCHEMA_VERSION = 1
FILE_NAME = "translation.json"

_log = logging.getLogger(__name__)
_KEYS = ("version", "offline_mode", "enabled", "default_provider", "options")
_SECRET_WORDS = ("key", "secret", "token", "password", "passwd", "credential", "auth", "signature")
_CHOICES = {("deepl", "plan"): ("free", "pro")}


class TranslationSettingsError(PreferencesError):
    """The translation settings file cannot be read or is damaged; `path` names it."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, problem)
        self.args = (f"translation settings file {path}: {problem}",)


class ConsentRequiredError(TranslationError):
    """A network provider was asked to translate before the user enabled it; nothing was sent."""

    def __init__(self, provider: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Translation", "No text was sent. Translating with {provider} sends the text over the internet, "
                           "so {provider} must first be chosen and enabled in the translation settings."),
            provider=provider)
        self.provider = provider


class OfflineModeError(TranslationError):
    """Offline mode is on, so a network provider may not be used; nothing was sent."""

    def __init__(self, provider: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Translation", "No text was sent. Offline mode is on, so online services such as {provider} are "
                           "not used. Turn off offline mode in the translation settings, or use the offline "
                           "translation model."), provider=provider)
        self.provider = provider


def _looks_secret(name: str) -> bool:
    """Whether a field name suggests a key, token or password ("api_key", "apiKey", "auth-token")."""
    flat = re.sub(r"[^a-z]", "", name.casefold())
    return any(word in flat for word in _SECRET_WORDS)


def _url_holds_secret(value: str) -> bool:
    """Whether `value` is a URL with a password or a secret-looking query parameter."""
    try:
        parts = urlsplit(value.strip())
        has_password = parts.password is not None
    except ValueError:
        return False
    return bool(parts.scheme) and (
        has_password or any(_looks_secret(name) for name, _ in parse_qsl(parts.query)))


def _without_secrets(value: Any, where: str, dropped: list[str]) -> Any:
    """A copy of `value` without secret-looking fields or URLs; their places are added to `dropped`."""
    if isinstance(value, dict):
        kept: dict[str, Any] = {}
        for name, item in value.items():
            place = f"{where}.{name}" if where else str(name)
            if _looks_secret(str(name)) or (isinstance(item, str) and _url_holds_secret(item)):
                dropped.append(place)
            else:
                kept[name] = _without_secrets(item, place, dropped)
        return kept
    if isinstance(value, list):
        items: list[Any] = []
        for i, item in enumerate(value):
            if isinstance(item, str) and _url_holds_secret(item):
                dropped.append(f"{where}[{i}]")
            else:
                items.append(_without_secrets(item, f"{where}[{i}]", dropped))
        return items
    return value


def _refuse_secrets(value: dict[str, Any], where: str) -> None:
    """Raise ValueError naming (never showing) fields of `value` that look like secrets."""
    dropped: list[str] = []
    _without_secrets(value, where, dropped)
    if dropped:
        raise ValueError(f"API keys belong in the keyring, not in the settings: {', '.join(dropped)}")


def _provider(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError("a provider name is empty")
    return name


def _timestamp(name: str, value: object) -> str:
    """Check that `value` is an ISO 8601 time with a time zone."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ValueError(f"the consent time of {name!r} must be an ISO 8601 time with a time zone")
    return str(value)


def _options(name: str, values: Mapping[str, object]) -> dict[str, str]:
    """One provider's options, stripped, empty ones left out; ValueError for a wrong one."""
    checked: dict[str, str] = {}
    for option, value in values.items():
        if not isinstance(value, str):
            raise ValueError(f"option {option!r} of {name!r} must be a text")
        choices = _CHOICES.get((name, option))
        if choices and value.strip() not in choices:
            raise ValueError(f"option {option!r} of {name!r} must be one of: {', '.join(choices)}")
        if value.strip():
            checked[option] = value.strip()
    _refuse_secrets(checked, f"options.{name}")
    return checked


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(copy.deepcopy(dict(mapping)))


@dataclass(frozen=True, slots=True)
class TranslationSettings:
    """Consents, offline mode, default provider and non-secret options; immutable.

    `consents` maps each enabled provider to the time (ISO 8601, UTC) the user
    enabled it; `options` maps a provider to its options (url for
    libretranslate, region for microsoft, plan "free"/"pro" for deepl, email
    for mymemory); `extra` keeps fields of a newer version's file.
    """

    offline_mode: bool = False
    consents: Mapping[str, str] = field(default_factory=dict, hash=False)
    default_provider: str | None = None
    options: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        consents = {_provider(name): _timestamp(name, at) for name, at in self.consents.items()}
        options = {_provider(name): _options(name.strip(), values) for name, values in self.options.items()}
        clash = sorted(set(self.extra) & set(_KEYS))
        if clash:
            raise ValueError(f"extra fields may not reuse known names: {', '.join(clash)}")
        _refuse_secrets(dict(self.extra), "")
        default = self.default_provider.strip() if self.default_provider else ""
        object.__setattr__(self, "offline_mode", bool(self.offline_mode))
        object.__setattr__(self, "consents", _frozen(consents))
        object.__setattr__(self, "default_provider", default or None)
        object.__setattr__(self, "options", MappingProxyType(
            {name: MappingProxyType(values) for name, values in options.items() if values}))
        object.__setattr__(self, "extra", _frozen(self.extra))

    @property
    def enabled(self) -> frozenset[str]:
        """The providers the user has chosen and enabled."""
        return frozenset(self.consents)

    def with_consent(self, name: str, network: bool) -> TranslationSettings:
        """Enable provider `name`, recording the time; an already enabled one keeps its first time.

        Consenting to a network provider while offline mode is on raises OfflineModeError.
        """
        name = _provider(name)
        if network and self.offline_mode:
            raise OfflineModeError(name)
        if name in self.consents:
            return self
        now = datetime.now(UTC).isoformat(timespec="seconds")
        return replace(self, consents={**self.consents, name: now})

    def without_consent(self, name: str) -> TranslationSettings:
        """Disable provider `name`; it stops being the default provider."""
        name = name.strip()
        default = None if self.default_provider == name else self.default_provider
        consents = {n: at for n, at in self.consents.items() if n != name}
        return replace(self, consents=consents, default_provider=default)

    def with_offline_mode(self, on: bool) -> TranslationSettings:
        """Turn offline mode on or off; consents are kept either way."""
        return replace(self, offline_mode=on)

    def with_default_provider(self, name: str | None) -> TranslationSettings:
        """Make `name` the provider used unless the user picks another; None clears it."""
        return replace(self, default_provider=name)

    def with_options(self, name: str, **options: str | None) -> TranslationSettings:
        """Set options of provider `name`; None or an empty text removes one. Keys are refused."""
        name = _provider(name)
        merged: dict[str, str | None] = {**self.options.get(name, {}), **options}
        values = {option: value for option, value in merged.items() if value is not None}
        return replace(self, options={**self.options, name: values})

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, in a stable order, with the extra fields last."""
        data: dict[str, Any] = {
            "version": SCHEMA_VERSION,
            "offline_mode": self.offline_mode,
            "enabled": dict(sorted(self.consents.items())),
            "default_provider": self.default_provider,
            "options": {name: dict(sorted(values.items())) for name, values in sorted(self.options.items())},
        }
        return {**data, **self.extra}

    @classmethod
    def from_dict(cls, data: object) -> TranslationSettings:
        """Read the JSON form; missing fields take defaults, wrong ones raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError("must hold a JSON object")
        version = data.get("version")
        if type(version) is not int or version < 1:
            raise ValueError("'version' must be a whole number from 1 on")
        offline = data.get("offline_mode", False)
        if not isinstance(offline, bool):
            raise ValueError("'offline_mode' must be true or false")
        consents = data.get("enabled", {})
        if not isinstance(consents, dict):
            raise ValueError("'enabled' must map a provider to the time it was enabled")
        default = data.get("default_provider")
        if default is not None and not isinstance(default, str):
            raise ValueError("'default_provider' must be a text or null")
        options = data.get("options", {})
        if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
            raise ValueError("'options' must map a provider to an object of options")
        return cls(offline_mode=offline, consents=consents, default_provider=default, options=options,
                   extra={k: v for k, v in data.items() if k not in _KEYS})


def check_allowed(settings: TranslationSettings, name: str, *, network: bool) -> None:
    """Raise unless text may go to provider `name`; call it before the provider is created.

    A local provider (`network=False`) is always allowed: no text leaves the
    computer. A network provider needs offline mode off (else OfflineModeError)
    and the user's consent (else ConsentRequiredError).
    """
    name = _provider(name)
    if not network:
        return
    if settings.offline_mode:
        raise OfflineModeError(name)
    if name not in settings.consents:
        raise ConsentRequiredError(name)


def translation_settings_path() -> Path:
    """`translation.json` in the folder that holds `preferences.json`."""
    return preferences_path().with_name(FILE_NAME)


def load_translation_settings(path: Path | None = None, *, recover: bool = False) -> TranslationSettings:
    """Read the translation settings; a missing file gives defaults (nothing enabled).

    A damaged file raises TranslationSettingsError, or with `recover=True` is
    renamed to `translation.json.bad-<timestamp>` and defaults are returned. A
    file holding secret-looking fields is rewritten without them.
    """
    path = path or translation_settings_path()
    return load_json_file(path, lambda data: _from_file(path, data), TranslationSettings, recover=recover,
                          error=TranslationSettingsError, what="translation settings file")


def _from_file(path: Path, data: object) -> TranslationSettings:
    """Settings from parsed JSON, with secret-looking fields stripped and the file rewritten without them."""
    dropped: list[str] = []
    if isinstance(data, dict):
        data = _without_secrets(data, "", dropped)
    settings = TranslationSettings.from_dict(data)
    if dropped:
        _log.warning("translation settings file %s held fields that look like API keys (%s); "
                     "they were ignored and removed from the file", path, ", ".join(dropped))
        try:
            save_translation_settings(settings, path)
        except OSError as error:
            _log.warning("could not rewrite %s without them: %s", path, error.strerror or error)
    return settings


def save_translation_settings(settings: TranslationSettings, path: Path | None = None) -> None:
    """Write the settings atomically: the old file stays whole if writing fails."""
    text = json.dumps(settings.to_dict(), ensure_ascii=False, indent=2)
    atomic_write_text(path or translation_settings_path(), text + "\n")
