import json
import logging
import os
from datetime import datetime
from pathlib import Path

import pytest

from framing_desk.core.preferences import PreferencesError, preferences_path
from framing_desk.core.translation.consent import (
    SCHEMA_VERSION,
    ConsentRequiredError,
    OfflineModeError,
    TranslationSettings,
    TranslationSettingsError,
    check_allowed,
    load_translation_settings,
    save_translation_settings,
    translation_settings_path,
)
from framing_desk.core.translation.providers import TranslationError

SECRET = "4f1e2d3c-aaaa-bbbb-cccc-0123456789ab:fx"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config folder; the real one is never touched."""
    folder = tmp_path / "config"
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(folder))
    return folder


def full_settings() -> TranslationSettings:
    return (TranslationSettings()
            .with_consent("deepl", network=True)
            .with_consent("libretranslate", network=True)
            .with_default_provider("deepl")
            .with_options("deepl", plan="free")
            .with_options("libretranslate", url="https://translate.example.org")
            .with_options("microsoft", region="westeurope")
            .with_options("mymemory", email="desk@example.org"))


def write(config_dir: Path, content: str | bytes) -> Path:
    config_dir.mkdir(exist_ok=True)
    path = config_dir / "translation.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_path_is_beside_the_preferences(config_dir: Path) -> None:
    assert translation_settings_path() == config_dir / "translation.json"
    assert translation_settings_path().parent == preferences_path().parent


def test_defaults_send_nothing() -> None:
    settings = load_translation_settings()
    assert settings == TranslationSettings()
    assert settings.enabled == frozenset()
    assert not settings.offline_mode
    assert settings.default_provider is None
    with pytest.raises(ConsentRequiredError):
        check_allowed(settings, "deepl", network=True)


def test_consent_records_an_aware_time_and_keeps_the_first() -> None:
    settings = TranslationSettings().with_consent("deepl", network=True)
    assert settings.enabled == {"deepl"}
    at = datetime.fromisoformat(settings.consents["deepl"])
    assert at.tzinfo is not None
    assert settings.with_consent("deepl", network=True) is settings


def test_without_consent_clears_the_default() -> None:
    settings = full_settings().without_consent("deepl")
    assert settings.enabled == {"libretranslate"}
    assert settings.default_provider is None
    assert full_settings().without_consent("libretranslate").default_provider == "deepl"


def test_offline_mode_keeps_consents() -> None:
    settings = full_settings().with_offline_mode(True)
    assert settings.offline_mode
    assert settings.with_offline_mode(False) == full_settings()


def test_consent_to_a_network_provider_in_offline_mode_is_refused() -> None:
    offline = TranslationSettings().with_offline_mode(True)
    with pytest.raises(OfflineModeError):
        offline.with_consent("deepl", network=True)
    assert offline.with_consent("offline", network=False).enabled == {"offline"}


def test_options_merge_and_remove() -> None:
    settings = TranslationSettings().with_options("libretranslate", url=" https://a.example ")
    assert settings.options == {"libretranslate": {"url": "https://a.example"}}
    assert settings.with_options("libretranslate", url=None).options == {}
    assert settings.with_options("libretranslate", url="").options == {}
    settings = settings.with_options("deepl", plan="pro")
    assert settings.options["deepl"] == {"plan": "pro"}
    assert settings.options["libretranslate"] == {"url": "https://a.example"}


def test_deepl_plan_must_be_free_or_pro() -> None:
    with pytest.raises(ValueError, match="free, pro"):
        TranslationSettings().with_options("deepl", plan="enterprise")


@pytest.mark.parametrize("option", ["api_key", "key", "apiKey", "auth_key", "subscription-key",
                                    "token", "password", "client_secret"])
def test_key_like_options_are_refused(option: str) -> None:
    with pytest.raises(ValueError, match="keyring") as error:
        TranslationSettings().with_options("deepl", **{option: SECRET})
    assert SECRET not in str(error.value)


@pytest.mark.parametrize("url", [f"https://t.example/?api_key={SECRET}",
                                 f"https://user:{SECRET}@t.example/"])
def test_urls_carrying_a_key_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="keyring") as error:
        TranslationSettings().with_options("libretranslate", url=url)
    assert SECRET not in str(error.value)


def test_key_like_extra_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="keyring"):
        TranslationSettings(extra={"future": {"nested": {"token": SECRET}}})
    with pytest.raises(ValueError, match="known names"):
        TranslationSettings(extra={"offline_mode": True})


def test_save_and_load_round_trip(config_dir: Path) -> None:
    settings = full_settings().with_consent("offline", network=False)
    save_translation_settings(settings)
    data = json.loads((config_dir / "translation.json").read_text(encoding="utf-8"))
    assert data["version"] == SCHEMA_VERSION
    assert set(data["enabled"]) == {"deepl", "libretranslate", "offline"}
    assert data["options"]["deepl"] == {"plan": "free"}
    assert load_translation_settings() == settings


def test_newer_fields_survive_a_round_trip(config_dir: Path) -> None:
    write(config_dir, '{"version": 2, "glossaries": {"deepl": ["g1"]}}')
    settings = load_translation_settings()
    assert settings.extra == {"glossaries": {"deepl": ["g1"]}}
    save_translation_settings(settings.with_offline_mode(True))
    data = json.loads((config_dir / "translation.json").read_text(encoding="utf-8"))
    assert data["glossaries"] == {"deepl": ["g1"]}
    assert data["version"] == SCHEMA_VERSION


def test_keys_in_a_file_are_stripped_and_removed(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    content = json.dumps({
        "version": 1,
        "enabled": {"deepl": "2025-01-02T03:04:05+00:00"},
        "api_key": SECRET,
        "options": {"deepl": {"plan": "free", "auth_key": SECRET},
                    "libretranslate": {"url": f"https://t.example/?api_key={SECRET}"}},
        "future": {"list": [f"https://t.example/?token={SECRET}", "kept"]},
    })
    path = write(config_dir, content)
    with caplog.at_level(logging.DEBUG):
        settings = load_translation_settings()
    assert settings.options == {"deepl": {"plan": "free"}}
    assert settings.enabled == {"deepl"}
    assert settings.extra == {"future": {"list": ["kept"]}}
    assert "options.deepl.auth_key" in caplog.text
    assert SECRET not in caplog.text
    assert SECRET not in path.read_text(encoding="utf-8")
    assert load_translation_settings() == settings


def test_file_never_holds_a_key_even_when_one_is_passed(config_dir: Path) -> None:
    settings = full_settings()
    with pytest.raises(ValueError):
        settings = settings.with_options("deepl", api_key=SECRET)
    save_translation_settings(settings)
    assert SECRET not in (config_dir / "translation.json").read_text(encoding="utf-8")


def test_damaged_file_gives_a_clear_error_and_is_left_alone(config_dir: Path) -> None:
    path = write(config_dir, '{"version": 1, "enabled": ')
    with pytest.raises(TranslationSettingsError, match="not valid JSON") as error:
        load_translation_settings()
    assert isinstance(error.value, PreferencesError)
    assert error.value.path == path
    assert str(error.value).startswith(f"translation settings file {path}")
    assert "recover=True" in str(error.value)
    assert path.read_text(encoding="utf-8") == '{"version": 1, "enabled": '


@pytest.mark.parametrize(("content", "message"), [
    ("[]", "must hold a JSON object"),
    ("{}", "'version'"),
    ('{"version": 1, "offline_mode": "no"}', "'offline_mode'"),
    ('{"version": 1, "enabled": ["deepl"]}', "'enabled'"),
    ('{"version": 1, "enabled": {"deepl": "yesterday"}}', "ISO 8601"),
    ('{"version": 1, "enabled": {"deepl": "2025-01-02T03:04:05"}}', "time zone"),
    ('{"version": 1, "enabled": {" ": "2025-01-02T03:04:05+00:00"}}', "provider name is empty"),
    ('{"version": 1, "default_provider": 3}', "'default_provider'"),
    ('{"version": 1, "options": {"deepl": "free"}}', "'options'"),
    ('{"version": 1, "options": {"deepl": {"plan": 1}}}', "must be a text"),
])
def test_wrong_content_raises(config_dir: Path, content: str, message: str) -> None:
    path = write(config_dir, content)
    with pytest.raises(TranslationSettingsError, match=message):
        load_translation_settings()
    assert path.read_text(encoding="utf-8") == content


def test_non_utf8_file_raises(config_dir: Path) -> None:
    write(config_dir, b'{"version": 1, "x": "\xff"}')
    with pytest.raises(TranslationSettingsError, match="not UTF-8"):
        load_translation_settings()


def test_recover_sets_the_bad_file_aside(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(config_dir, b"\x00garbage")
    assert load_translation_settings(recover=True) == TranslationSettings()
    assert not (config_dir / "translation.json").exists()
    (aside,) = config_dir.glob("translation.json.bad-*")
    assert aside.read_bytes() == b"\x00garbage"
    assert "started from defaults" in caplog.text


def test_unreadable_file_raises_even_with_recover(config_dir: Path) -> None:
    (config_dir / "translation.json").mkdir(parents=True)
    with pytest.raises(TranslationSettingsError, match="cannot be read"):
        load_translation_settings(recover=True)


def test_failed_save_keeps_the_old_file(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_translation_settings(full_settings())
    path = config_dir / "translation.json"
    before = path.read_bytes()

    def fail(self: Path, target: str | os.PathLike[str]) -> Path:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "replace", fail)
        with pytest.raises(OSError, match="disk full"):
            save_translation_settings(TranslationSettings())
    assert path.read_bytes() == before
    assert [p.name for p in config_dir.iterdir()] == ["translation.json"]
    assert load_translation_settings() == full_settings()


NETWORK = "deepl"
LOCAL = "offline"


@pytest.mark.parametrize(("consent", "offline", "network", "expected"), [
    (False, False, True, ConsentRequiredError),
    (True, False, True, None),
    (False, True, True, OfflineModeError),
    (True, True, True, OfflineModeError),
    (False, False, False, None),
    (True, False, False, None),
    (False, True, False, None),
    (True, True, False, None),
])
def test_check_allowed(consent: bool, offline: bool, network: bool,
                       expected: type[TranslationError] | None) -> None:
    name = NETWORK if network else LOCAL
    settings = TranslationSettings()
    if consent:
        settings = settings.with_consent(name, network=network)
    settings = settings.with_offline_mode(offline)
    if expected is None:
        check_allowed(settings, name, network=network)
    else:
        with pytest.raises(expected) as error:
            check_allowed(settings, name, network=network)
        assert isinstance(error.value, TranslationError)
        assert error.value.message.startswith("No text was sent.")
        assert name in error.value.message
        assert not error.value.retryable


def test_consent_for_one_provider_does_not_allow_another() -> None:
    settings = TranslationSettings().with_consent("deepl", network=True)
    with pytest.raises(ConsentRequiredError, match="google"):
        check_allowed(settings, "google", network=True)


def test_messages_are_for_the_user() -> None:
    assert "enabled in the translation settings" in ConsentRequiredError("deepl").message
    assert "Turn off offline mode" in OfflineModeError("deepl").message
