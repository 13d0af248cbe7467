"""`framing-desk translate` with every provider: fakes via FRAMING_DESK_<PROVIDER>_URL, the tiny model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from framing_desk.cli import main
from framing_desk.core.translation.consent import TranslationSettings, save_translation_settings
from tests import fake_services as fake
from tests.fake_services import KEY, REGION, serve
from tests.tiny_models import build_argos_folder, train_sentencepiece, zip_folder

TEXT = "Titel\n\nDie Regierung feiert einen Durchbruch. Grüße aus München!\n"
UPPER = "TITEL\n\nDIE REGIERUNG FEIERT EINEN DURCHBRUCH. GRÜSSE AUS MÜNCHEN!\n"
FAKES = {"google": fake.google, "deepl": fake.deepl, "microsoft": fake.microsoft, "mymemory": fake.mymemory}
EXTRA = {"microsoft": ["--region", REGION]}


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring standing in for the OS key store."""

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.keys.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.keys[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.keys.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Own config and data folders, no key or address in the environment, no OS key store."""
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(tmp_path / "data"))
    for name in (*FAKES, "libretranslate"):
        monkeypatch.delenv(f"FRAMING_DESK_{name.upper()}_KEY", raising=False)
        monkeypatch.delenv(f"FRAMING_DESK_{name.upper()}_URL", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield tmp_path
    keyring.set_keyring(previous)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_argos_folder(tmp_path_factory.mktemp("tiny") / "translate-de_en", train_sentencepiece())


def translate(*args: str) -> list[str]:
    return ["translate", *args]


@pytest.mark.parametrize("name", list(FAKES))
def test_online_provider_through_the_url_override(name: str, source: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with serve(FAKES[name]) as service:
        monkeypatch.setenv(f"FRAMING_DESK_{name.upper()}_URL", service.url)
        monkeypatch.setenv(f"FRAMING_DESK_{name.upper()}_KEY", KEY)
        command = translate(str(source), "--provider", name, "--memory", str(tmp_path / "tm.sqlite3"),
                            *EXTRA.get(name, []))
        assert main(command) == 0, capsys.readouterr().err
        out, err = capsys.readouterr()
        assert out == UPPER and err == ""
        sent = len(service.requests)
        assert sent >= 1
        assert main([*command, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["provider"] == name and data["error"] is None
        assert all(s["from_memory"] for s in data["sentences"])
        assert len(service.requests) == sent, "the second run is served from the memory"
    assert not (tmp_path / "config" / "translation.json").exists(), "the run's consent is not saved"


def test_key_from_the_os_key_store(source: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    store = MemoryKeyring()
    store.set_password("Framing Desk", "deepl", KEY)
    keyring.set_keyring(store)
    with serve(fake.deepl) as deepl:
        monkeypatch.setenv("FRAMING_DESK_DEEPL_URL", deepl.url)
        assert main(translate(str(source), "--provider", "deepl", "--no-memory")) == 0
        assert capsys.readouterr().out == UPPER
        assert deepl.requests[0].headers["Authorization"] == f"DeepL-Auth-Key {KEY}"


def test_environment_key_wins_over_the_key_store(source: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    store = MemoryKeyring()
    store.set_password("Framing Desk", "deepl", "stale-key")
    keyring.set_keyring(store)
    with serve(fake.deepl) as deepl:
        monkeypatch.setenv("FRAMING_DESK_DEEPL_URL", deepl.url)
        monkeypatch.setenv("FRAMING_DESK_DEEPL_KEY", f"  {KEY}\n")
        assert main(translate(str(source), "--provider", "deepl", "--no-memory")) == 0
        assert capsys.readouterr().out == UPPER


def test_missing_key_sends_nothing_and_says_where_keys_come_from(
        source: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with serve(fake.microsoft) as microsoft:
        monkeypatch.setenv("FRAMING_DESK_MICROSOFT_URL", microsoft.url)
        assert main(translate(str(source), "--provider", "microsoft", "--region", REGION,
                              "--no-memory")) == 2
        out, err = capsys.readouterr()
        assert out == "" and "needs an API key" in err and "FRAMING_DESK_MICROSOFT_KEY" in err
        assert microsoft.requests == []


def test_offline_mode_refuses_online_providers(source: Path, isolated: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    save_translation_settings(TranslationSettings().with_consent("google", network=True)
                              .with_offline_mode(True))
    with serve(fake.google) as google:
        monkeypatch.setenv("FRAMING_DESK_GOOGLE_URL", google.url)
        assert main(translate(str(source), "--provider", "google", "--no-memory")) == 2
        out, err = capsys.readouterr()
        assert out == "" and "Offline mode is on" in err and "No text was sent" in err
        assert google.requests == []


def test_damaged_settings_send_nothing(source: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (isolated / "config").mkdir()
    (isolated / "config" / "translation.json").write_text("{not json", encoding="utf-8")
    with serve(fake.google) as google:
        monkeypatch.setenv("FRAMING_DESK_GOOGLE_URL", google.url)
        assert main(translate(str(source), "--provider", "google", "--no-memory")) == 2
        assert "translation.json" in capsys.readouterr().err and google.requests == []


def test_options_of_another_provider_are_refused(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(translate(str(source), "--provider", "deepl", "--url", "http://127.0.0.1:9")) == 2
    assert "--url cannot be used with --provider deepl" in capsys.readouterr().err
    assert main(translate(str(source))) == 2
    assert "--provider" in capsys.readouterr().err


def test_offline_with_a_model_folder_and_a_package(source: Path, tiny: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    package = zip_folder(tiny, tmp_path / "tiny.argosmodel")
    for model in (tiny, package):
        assert main(translate(str(source), "--model", str(model), "--no-memory", "--format", "json")) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["provider"] == "offline" and data["error"] is None
        assert all(isinstance(s["translation"], str) for s in data["sentences"])
    assert not (tmp_path / "data").exists(), "--model does not install anything"


def test_install_model_then_translate_in_offline_mode(source: Path, tiny: Path, isolated: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    save_translation_settings(TranslationSettings().with_offline_mode(True))
    assert main(translate(str(source), "--provider", "offline", "--no-memory")) == 2
    err = capsys.readouterr().err
    assert "No offline model for German → English is installed" in err and "--install-model" in err
    assert main(translate("--install-model", str(tiny))) == 0
    assert "de → en" in capsys.readouterr().out
    assert (isolated / "data" / "models" / "de-en" / "model" / "model.bin").is_file()
    assert main(translate(str(source), "--provider", "offline", "--no-memory")) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n") and out.count("\n") == TEXT.count("\n"), "the layout is kept"


def test_install_model_refuses_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"not a zip")
    assert main(translate("--install-model", str(broken))) == 2
    assert "broken.argosmodel" in capsys.readouterr().err


def test_key_from_the_environment_is_never_printed(source: Path, isolated: Path) -> None:
    with serve(fake.deepl) as deepl:
        for key, code in ((KEY, 0), ("wrong-" + KEY, 2)):
            environment = {**os.environ, "FRAMING_DESK_DEEPL_KEY": key, "FRAMING_DESK_DEEPL_URL": deepl.url}
            for output in ("text", "json"):
                result = subprocess.run(
                    [sys.executable, "-m", "framing_desk", "translate", str(source), "--provider", "deepl",
                     "--no-memory", "--format", output, "--timeout", "10"],
                    env=environment, capture_output=True, timeout=120, check=False)
                assert result.returncode == code, result.stderr
                assert KEY.encode() not in result.stdout + result.stderr
        assert "did not accept the API key" in result.stderr.decode()
    files = [p for p in isolated.rglob("*") if p.is_file()]
    assert all(KEY.encode() not in p.read_bytes() for p in files)
