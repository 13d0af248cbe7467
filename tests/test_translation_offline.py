"""The offline provider with a tiny random-weight model built by the tests: install, translate, errors."""

from __future__ import annotations

import json
import shutil
import struct
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ctranslate2
import pytest

from framing_desk.core.translation import offline
from framing_desk.core.translation.offline import (
    InstalledModel,
    OfflineModelError,
    OfflineProvider,
    default_models_dir,
    install_model,
    installed_models,
    language_code,
    read_model,
    remove_model,
)
from framing_desk.core.translation.providers import translate_sentences
from tests.tiny_models import build_argos_folder, build_plain_folder, train_sentencepiece, zip_folder

SENTENCES = [
    "Die Regierung hat ein neues Gesetz beschlossen.",
    "",
    "Grüße aus München über die Straße.",
    "   ",
    "Die Opposition kritisiert die Pläne.",
    "Die Regierung hat ein neues Gesetz beschlossen.",
    "Der Minister äußerte sich nicht.",
]


@dataclass(frozen=True)
class Tiny:
    """The tiny model in its three forms: unpacked Argos folder, .argosmodel file, plain folder."""

    folder: Path
    package: Path
    plain: Path


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Tiny:
    base = tmp_path_factory.mktemp("tiny")
    folder = build_argos_folder(base / "translate-de_en-1_0", train_sentencepiece())
    return Tiny(
        folder=folder,
        package=zip_folder(folder, base / "translate-de_en-1_0.argosmodel"),
        plain=build_plain_folder(base / "plain", folder),
    )


@pytest.fixture
def models(tmp_path: Path) -> Path:
    return tmp_path / "models"


@pytest.fixture(scope="session")
def installed(tiny: Tiny, tmp_path_factory: pytest.TempPathFactory) -> InstalledModel:
    return install_model(tiny.package, tmp_path_factory.mktemp("shared-models"))


def _provider(model: InstalledModel | Path) -> OfflineProvider:
    return OfflineProvider(model, beam_size=2, max_decoding_length=12)


def _rezip(
    source: Path,
    target: Path,
    drop: Callable[[str], bool] = lambda _: False,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Copy the zip at `source` to `target` without the entries `drop` picks, plus `extra` entries."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if not drop(info.filename):
                new.writestr(info, old.read(info))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def _leftovers(models: Path) -> list[str]:
    return sorted(p.name for p in models.iterdir()) if models.exists() else []


# Installing


def test_install_argos_package(tiny: Tiny, models: Path) -> None:
    model = install_model(tiny.package, models)
    assert (model.source, model.target, model.id) == ("de", "en", "de-en")
    assert model.version == "1.0"
    assert model.label == "German → English"
    assert model.path == models / "de-en"
    assert (model.ctranslate2_dir / "model.bin").is_file()
    assert model.sentencepiece_file == models / "de-en" / "sentencepiece.model"
    assert (models / "de-en" / "README.md").is_file()
    assert installed_models(models) == [model]
    assert _leftovers(models) == ["de-en"]


def test_install_plain_folder_needs_and_records_the_pair(tiny: Tiny, models: Path) -> None:
    with pytest.raises(OfflineModelError, match="which languages"):
        install_model(tiny.plain, models)
    assert _leftovers(models) == []
    model = install_model(tiny.plain, models, source="German", target="en-GB")
    assert (model.source, model.target) == ("de", "en")
    metadata = json.loads((model.path / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["from_code"] == "de"
    assert metadata["installed_from"] == "plain"
    assert (model.path / "model" / "shared_vocabulary.json").is_file()
    assert installed_models(models) == [model]


def test_install_from_model_bin_and_unpacked_package(tiny: Tiny, models: Path) -> None:
    assert install_model(tiny.plain / "model.bin", models, source="de", target="en").id == "de-en"
    assert install_model(tiny.folder, models).label == "German → English"
    assert _leftovers(models) == ["de-en"]


def test_reinstall_replaces_the_model_for_the_pair(tiny: Tiny, models: Path) -> None:
    first = install_model(tiny.package, models)
    (first.path / "marker").write_text("old", encoding="utf-8")
    second = install_model(tiny.package, models)
    assert second.path == first.path
    assert not (second.path / "marker").exists()
    assert _leftovers(models) == ["de-en"]


def test_models_folder_from_environment(
    tiny: Tiny, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(tmp_path / "data"))
    assert default_models_dir() == tmp_path / "data" / "models"
    model = install_model(tiny.package)
    assert model.path == tmp_path / "data" / "models" / "de-en"
    assert installed_models() == [model]
    remove_model("de-en")
    assert installed_models() == []


def test_remove(tiny: Tiny, models: Path) -> None:
    model = install_model(tiny.package, models)
    remove_model(model, models)
    assert installed_models(models) == []
    assert _leftovers(models) == []
    install_model(tiny.package, models)
    remove_model("de-en", models)
    assert _leftovers(models) == []
    for name in ("de-en", "..", "../models", ""):
        with pytest.raises(OfflineModelError, match="is installed"):
            remove_model(name, models)


def test_listing_skips_broken_folders(tiny: Tiny, models: Path) -> None:
    model = install_model(tiny.package, models)
    (models / "broken").mkdir()
    (models / ".install-leftover").mkdir()
    assert installed_models(models) == [model]
    assert installed_models(models / "missing") == []


def test_language_codes() -> None:
    assert [language_code(x) for x in ("de", "DE", "de-DE", "de_AT", "German", "english")] == [
        "de", "de", "de", "de", "de", "en"
    ]


# Translating


def test_translate_sentences_keeps_alignment(installed: InstalledModel) -> None:
    provider = _provider(installed)
    provider.max_chars = 60  # several batches, translated concurrently
    result = translate_sentences(provider, SENTENCES, "de", "en", timeout=60, max_workers=3)
    assert result.error is None
    assert result.complete
    translations = [t for t in result.translations if t is not None]
    assert len(translations) == len(SENTENCES)
    assert translations[1] == translations[3] == ""
    assert translations[0] == translations[5]
    assert all(isinstance(t, str) and t == t.strip() for t in translations)
    alone = [provider.translate_batch([s], "de", "en")[0] for s in SENTENCES]
    assert alone == translations


def test_translate_batch_edge_cases(installed: InstalledModel) -> None:
    provider = _provider(installed.path)
    assert provider.translate_batch([], "de", "en") == []
    assert provider.translate_batch(["", " \n"], "de", "en") == ["", ""]
    assert not provider.loaded  # nothing to translate, nothing loaded
    out = provider.translate_batch(["Ä Ö Ü ß ä ö ü " * 3, "x"], "German", "en-US")
    assert len(out) == 2
    assert provider.loaded
    assert provider.name == "offline"


def test_model_is_loaded_once(installed: InstalledModel, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = ctranslate2.Translator

    def counting(path: str, **options: Any) -> Any:
        calls.append(path)
        return real(path, **options)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    provider = _provider(installed)
    provider.max_chars = 1  # one batch per sentence, four workers racing to load
    result = translate_sentences(provider, SENTENCES * 3, "de", "en", timeout=60, max_workers=4)
    assert result.complete
    assert calls == [str(installed.ctranslate2_dir)]


def test_wrong_language_pair(tiny: Tiny, installed: InstalledModel, models: Path) -> None:
    provider = _provider(installed)
    with pytest.raises(OfflineModelError, match="de → en, not en → de"):
        provider.translate_batch(["Hello"], "en", "de")
    result = translate_sentences(provider, ["Hallo", "Welt"], "de", "fr", timeout=10)
    assert isinstance(result.error, OfflineModelError)
    assert result.error.retryable is False
    assert not provider.loaded
    with pytest.raises(OfflineModelError, match="translates de → en, not fr → en"):
        install_model(tiny.package, models, source="fr")
    assert _leftovers(models) == []


def test_damaged_model_fails_on_load(tiny: Tiny, models: Path) -> None:
    model = install_model(tiny.package, models)
    model_bin = model.ctranslate2_dir / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:200])
    provider = _provider(model)
    with pytest.raises(OfflineModelError, match="could not be loaded"):
        provider.translate_batch(["Hallo"], "de", "en")
    assert not provider.loaded


def test_concurrent_loading_is_safe(installed: InstalledModel) -> None:
    provider = _provider(installed)
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def load() -> None:
        barrier.wait()
        try:
            provider.load()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert provider.loaded


# Refusing bad input


def test_random_bytes_file(tmp_path: Path, models: Path) -> None:
    junk = tmp_path / "model.argosmodel"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(OfflineModelError, match="neither an Argos model package"):
        install_model(junk, models)
    with pytest.raises(OfflineModelError, match="does not exist"):
        install_model(tmp_path / "missing.argosmodel", models)
    with pytest.raises(OfflineModelError, match=r"model\.bin is missing"):
        install_model(tmp_path, models)


def test_truncated_zip(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    cut = tmp_path / "cut.argosmodel"
    data = tiny.package.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(OfflineModelError, match="neither an Argos model package"):
        install_model(cut, models)
    assert _leftovers(models) == []


def test_corrupt_zip(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    with zipfile.ZipFile(tiny.package) as package:
        info = package.getinfo("translate-de_en-1_0/model/model.bin")
    data = bytearray(tiny.package.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 100, start + 400):
        data[i] ^= 0x5A
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(bytes(data))
    with pytest.raises(OfflineModelError, match="damaged or incomplete"):
        install_model(broken, models)
    assert _leftovers(models) == []


def test_zip_without_model(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    no_model = _rezip(tiny.package, tmp_path / "a.argosmodel", lambda name: "/model/" in name)
    with pytest.raises(OfflineModelError, match=r"model/model\.bin is missing"):
        install_model(no_model, models)
    no_metadata = _rezip(tiny.package, tmp_path / "b.argosmodel", lambda name: name.endswith("metadata.json"))
    with pytest.raises(OfflineModelError, match=r"metadata\.json is missing"):
        install_model(no_metadata, models)
    assert _leftovers(models) == []


def test_missing_or_damaged_sentencepiece(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    missing = _rezip(tiny.package, tmp_path / "a.argosmodel", lambda name: name.endswith(".model"))
    with pytest.raises(OfflineModelError, match="SentencePiece model"):
        install_model(missing, models)
    bpe = _rezip(
        tiny.package, tmp_path / "b.argosmodel", lambda name: name.endswith(".model"),
        {"translate-de_en-1_0/bpe.model": b"#version: 0.2\n"},
    )
    with pytest.raises(OfflineModelError, match="BPE"):
        install_model(bpe, models)
    damaged = _rezip(
        tiny.package, tmp_path / "c.argosmodel", lambda name: name.endswith(".model"),
        {"translate-de_en-1_0/sentencepiece.model": b"not a model"},
    )
    with pytest.raises(OfflineModelError, match="damaged or of another kind"):
        install_model(damaged, models)
    plain = tmp_path / "plain"
    shutil.copytree(tiny.plain, plain)
    (plain / "sentencepiece.model").unlink()
    with pytest.raises(OfflineModelError, match="SentencePiece model"):
        install_model(plain, models, source="de", target="en")
    assert _leftovers(models) == []


@pytest.mark.parametrize(
    "name", ["translate-de_en-1_0/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt", "..\\evil.txt"]
)
def test_zip_slip(tiny: Tiny, tmp_path: Path, models: Path, name: str) -> None:
    evil = _rezip(tiny.package, tmp_path / "evil.argosmodel", extra={name: b"gotcha"})
    with pytest.raises(OfflineModelError, match="unsafe path"):
        install_model(evil, models)
    assert not (tmp_path / "evil.txt").exists()
    assert _leftovers(models) == []


def test_zip_with_symlink(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    link = zipfile.ZipInfo("translate-de_en-1_0/link")
    link.external_attr = (0o120777 << 16)
    package = _rezip(tiny.package, tmp_path / "link.argosmodel")
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(OfflineModelError, match="link"):
        install_model(package, models)


def test_zip_bomb_and_size_limit(
    tiny: Tiny, tmp_path: Path, models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zeros = {"translate-de_en-1_0/zeros": bytes(20 << 20)}
    bomb = _rezip(tiny.package, tmp_path / "bomb.argosmodel", extra=zeros)
    with pytest.raises(OfflineModelError, match="zip bomb"):
        install_model(bomb, models)
    monkeypatch.setattr(offline, "MAX_PACKAGE_BYTES", 10_000)
    with pytest.raises(OfflineModelError, match="allowed size"):
        install_model(tiny.package, models)
    with pytest.raises(OfflineModelError, match="allowed size"):
        install_model(tiny.plain, models, source="de", target="en")
    assert _leftovers(models) == []


def test_two_packages_in_one_zip(tiny: Tiny, tmp_path: Path, models: Path) -> None:
    double = _rezip(tiny.package, tmp_path / "double.argosmodel", extra={"other/metadata.json": b"{}"})
    with pytest.raises(OfflineModelError, match="more than one"):
        install_model(double, models)


def _with_model_bin(tiny: Tiny, tmp_path: Path, data: bytes) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(tiny.plain, folder)
    (folder / "model.bin").write_bytes(data)
    return folder


def _header(version: int, spec: str) -> bytes:
    name = spec.encode() + b"\0"
    return struct.pack("<IH", version, len(name)) + name + struct.pack("<I", 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff" * 64, "not a CTranslate2 model"),
        (b"\x06\x00", "truncated"),
        (_header(6, "WhisperSpec"), "not a translation model"),
        (_header(6, "TransformerDecoderModelSpec"), "not a translation model"),
        (_header(99, "TransformerSpec"), "newer version"),
    ],
)
def test_unsupported_model_bin(tiny: Tiny, tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(OfflineModelError, match=message):
        read_model(_with_model_bin(tiny, tmp_path, data), source="de", target="en")


def test_metadata_problems(tiny: Tiny, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    shutil.copytree(tiny.folder, folder)
    metadata = folder / "metadata.json"
    metadata.write_text(json.dumps({"type": "sbd", "from_code": "de", "to_code": "en"}), encoding="utf-8")
    with pytest.raises(OfflineModelError, match="not a translation model"):
        read_model(folder)
    metadata.write_text("{not json", encoding="utf-8")
    with pytest.raises(OfflineModelError, match="damaged"):
        read_model(folder)
    metadata.write_text(json.dumps({"from_code": "../../x", "to_code": "en"}), encoding="utf-8")
    with pytest.raises(OfflineModelError, match="not valid"):
        read_model(folder)
    (folder / "model" / "shared_vocabulary.json").unlink()
    metadata.write_text("{}", encoding="utf-8")
    with pytest.raises(OfflineModelError, match="vocabulary"):
        read_model(folder, source="de", target="en")
