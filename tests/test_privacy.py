"""Nothing connects anywhere before the user consents, and no API key lands in a file.

Every way out of the process is recorded at the socket level: connect, connect_ex,
create_connection and name lookups (DNS). Connections to anything but this computer are
refused as well as recorded, so a bug cannot reach the internet even when it has one.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from framing_desk.cli import main
from framing_desk.core import Engine, analyze
from framing_desk.core.translation.consent import (
    ConsentRequiredError,
    OfflineModeError,
    TranslationSettings,
    load_translation_settings,
    save_translation_settings,
    translation_settings_path,
)
from framing_desk.core.translation.keys import SessionKeyStore
from framing_desk.core.translation.memory import TranslationMemory, open_memory
from framing_desk.core.translation.offline import OfflineModelError, install_model
from framing_desk.core.translation.registry import providers
from framing_desk.core.translation.service import TranslationService
from tests import fake_services as fake
from tests.fake_services import serve
from tests.tiny_models import build_argos_folder, train_sentencepiece

NETWORK = [info.name for info in providers() if info.network]
KEYS = {info.name: f"privacy-{info.name}-k3y-0123456789" for info in providers() if info.needs_key}
LOCAL = ("127.0.0.1", "localhost", "::1")
SENTENCES = ["Die Regierung feiert einen historischen Durchbruch.", "Kritiker sprechen von Panikmache."]


class Recorder:
    """What the process tried: ("connect", address), ("lookup", host) and so on."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def remote(self) -> list[tuple[str, Any]]:
        return [(kind, where) for kind, where in self.calls if _host(where) not in LOCAL]


def _host(where: Any) -> Any:
    return where[0] if isinstance(where, tuple) else where


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    """Record every connection attempt and name lookup; let only those to this computer through."""
    record = Recorder()
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_lookup = socket.create_connection, socket.getaddrinfo

    def allowed(kind: str, where: Any) -> bool:
        record.calls.append((kind, where))
        return _host(where) in LOCAL

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed("connect", address):
            raise ConnectionRefusedError(f"test: connection to {address!r} blocked")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        return real_connect_ex(self, address) if allowed("connect_ex", address) else 111

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not allowed("create_connection", address):
            raise ConnectionRefusedError(f"test: connection to {address!r} blocked")
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not allowed("lookup", host):
            raise socket.gaierror(socket.EAI_NONAME, f"test: lookup of {host!r} blocked")
        return real_lookup(host, *args, **kwargs)

    def gethostbyname(host: str) -> str:
        if not allowed("lookup", host):
            raise socket.gaierror(socket.EAI_NONAME, f"test: lookup of {host!r} blocked")
        return "127.0.0.1"

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
    yield record


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A fresh config folder and data folder for the test; the real ones are never touched."""
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(config))
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(data))
    return config, data


@pytest.fixture
def memory(folders: tuple[Path, Path]) -> Iterator[TranslationMemory]:
    with open_memory(folders[1] / "memory.sqlite3") as opened:
        yield opened


def all_keys() -> SessionKeyStore:
    """Every provider's key at hand, so that only the missing consent can stop a request."""
    keys = SessionKeyStore()
    for name, key in KEYS.items():
        keys.set(name, key)
    return keys


def full_options(settings: TranslationSettings) -> TranslationSettings:
    return (settings.with_options("libretranslate", url="https://libretranslate.example.org")
            .with_options("microsoft", region="westeurope")
            .with_options("mymemory", email="desk@example.org"))


def assert_no_key_in_files(*folders: Path) -> None:
    files = [path for folder in folders for path in folder.rglob("*") if path.is_file()]
    assert files, "the test wrote settings and a memory"
    for path in files:
        content = path.read_bytes()
        for key in KEYS.values():
            assert key.encode() not in content, f"an API key was written to {path}"


def test_nothing_connects_before_consent(recorder: Recorder, folders: tuple[Path, Path],
                                         memory: TranslationMemory, sample_text: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert analyze(sample_text).findings
    english = Engine("en")
    english.analyze("A historic breakthrough, experts say.")
    assert main(["analyze", "--format", "json"]) == 0
    capsys.readouterr()
    settings = full_options(load_translation_settings())
    save_translation_settings(settings)
    service = TranslationService(load_translation_settings(), all_keys(), memory)
    for name in NETWORK:
        with pytest.raises(ConsentRequiredError, match="No text was sent"):
            service.translate(name, SENTENCES)
    assert service.translate("offline", SENTENCES).error is not None, "no model is installed"
    assert recorder.calls == []
    assert_no_key_in_files(*folders)


def test_nothing_connects_in_offline_mode_even_with_consent(
        recorder: Recorder, folders: tuple[Path, Path], memory: TranslationMemory) -> None:
    settings = full_options(TranslationSettings())
    for name in NETWORK:
        settings = settings.with_consent(name, network=True)
    save_translation_settings(settings.with_offline_mode(True))
    service = TranslationService(load_translation_settings(), all_keys(), memory)
    for name in NETWORK:
        with pytest.raises(OfflineModeError):
            service.translate(name, SENTENCES)
        with pytest.raises(OfflineModeError):
            service.translate(name, SENTENCES, base_url="http://127.0.0.1:9")
    assert recorder.calls == []
    assert_no_key_in_files(*folders)


def test_offline_model_translates_without_a_socket(recorder: Recorder, folders: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    install_model(build_argos_folder(tmp_path / "tiny", train_sentencepiece()))
    service = TranslationService(TranslationSettings().with_offline_mode(True), all_keys(), None)
    result = service.translate("offline", SENTENCES)
    assert result.error is None and result.complete
    with pytest.raises(OfflineModelError, match="No offline model for German → French"):
        service.provider("offline").translate_batch(SENTENCES, "de", "fr")
    assert recorder.calls == []


def test_after_consent_the_chosen_local_server_is_reached(recorder: Recorder, folders: tuple[Path, Path],
                                                          memory: TranslationMemory) -> None:
    """The positive control: the recorder does see connections, and only the consented ones happen."""
    save_translation_settings(full_options(TranslationSettings()).with_consent("deepl", network=True))
    service = TranslationService(load_translation_settings(), all_keys(), memory)
    with serve(fake.deepl) as deepl, serve(fake.google) as google:
        port = int(deepl.url.rsplit(":", 1)[1])
        result = service.translate("deepl", SENTENCES, base_url=deepl.url)
        with pytest.raises(ConsentRequiredError):
            service.translate("google", SENTENCES, base_url=google.url)
    assert result.error is not None, "the fake wants its own key, not ours"
    assert len(deepl.requests) >= 1 and google.requests == []
    assert ("connect", ("127.0.0.1", port)) in recorder.calls
    assert ("lookup", "127.0.0.1") in recorder.calls
    assert recorder.remote() == []
    assert_no_key_in_files(*folders)
    assert translation_settings_path().is_file()
