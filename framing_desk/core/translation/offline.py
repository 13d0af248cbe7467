"""Offline translation with a CTranslate2 model the user installs from disk.

A model is either an Argos Translate package (`.argosmodel`: a zip with one top folder holding
metadata.json, model/ with the CTranslate2 model and sentencepiece.model) or a plain CTranslate2 model
folder (model.bin with a SentencePiece model beside it). Installing copies it into the models folder
($FRAMING_DESK_DATA_DIR/models or the platform's user data folder), one model per language pair, in
the Argos layout. Translation runs with ctranslate2 and sentencepiece directly; nothing is downloaded.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import stat
import struct
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import sentencepiece as spm

from framing_desk.core.storage import atomic_write_text, data_dir
from framing_desk.core.translation.languages import code_for
from framing_desk.core.translation.providers import TranslationError

MAX_PACKAGE_BYTES = 4 * 1024**3
"""Largest total unpacked size of a model package."""
MAX_MEMBERS = 10_000
"""Most files a model package may hold."""
MAX_RATIO = 200
"""Highest compression ratio allowed for a packed file of more than 1 MiB (zip bombs)."""

METADATA = "metadata.json"
MODEL_FOLDER = "model"
MODEL_BIN = "model.bin"
SENTENCEPIECE = "sentencepiece.model"
# Names a SentencePiece model has beside a plain CTranslate2 model, in order of preference.
_SENTENCEPIECE_NAMES = (SENTENCEPIECE, "spm.model", "source.spm", "sentencepiece.bpe.model", "spiece.model")
# CTranslate2 model kinds that ctranslate2.Translator runs (older models were named by size).
_TRANSLATOR_SPECS = {"TransformerSpec", "TransformerBase", "TransformerBig"}
_CODE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*")
_MAX_METADATA = 1024 * 1024
_CHUNK = 1024 * 1024
_log = logging.getLogger(__name__)


class OfflineModelError(TranslationError):
    """An offline model cannot be installed, read or run; the message says why, for the user."""

    default_message = "The offline translation model cannot be used."


def default_models_dir() -> Path:
    """The folder installed models live in: $FRAMING_DESK_DATA_DIR/models or the user data folder's."""
    return data_dir() / "models"


def language_code(language: str) -> str:
    """The base code of a language code or name: "de-DE" and "German" both give "de"."""
    text = language.strip().lower().replace("_", "-")
    return code_for("LIBRE_LANGUAGES_TO_CODES", text).split("-")[0]


@dataclass(frozen=True)
class InstalledModel:
    """A model on disk: its folder, language pair and the files ctranslate2 and sentencepiece load."""

    path: Path
    source: str
    target: str
    ctranslate2_dir: Path
    sentencepiece_file: Path
    version: str = ""
    label: str = ""
    target_prefix: str = ""

    @property
    def id(self) -> str:
        """The name of the model's folder."""
        return self.path.name


# Reading a model folder


def _read_metadata(path: Path) -> dict[str, Any]:
    """Parse a metadata.json; an OfflineModelError if it is too big or not a JSON object."""
    try:
        if path.stat().st_size > _MAX_METADATA:
            raise OfflineModelError(f"The model description {path.name} is too large to be genuine.")
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise OfflineModelError(f"The model description {path.name} cannot be read or is damaged.") from exc
    if not isinstance(data, dict):
        raise OfflineModelError(f"The model description {path.name} is damaged.")
    return data


def _check_model_bin(path: Path) -> None:
    """Check the header of a CTranslate2 model.bin: a known format version and a translation model."""
    from ctranslate2.specs.model_spec import CURRENT_BINARY_VERSION

    try:
        with path.open("rb") as stream:
            version = _unpack(stream, "<I")
            if version < 1 or version > 100:
                raise OfflineModelError("The file model.bin is not a CTranslate2 model, or it is damaged.")
            if version > CURRENT_BINARY_VERSION:
                raise OfflineModelError(
                    "The model was made for a newer version of CTranslate2 than this program has."
                )
            if version < 2:
                return
            length = _unpack(stream, "<H")
            spec = stream.read(length).rstrip(b"\0").decode("utf-8", "replace")
    except OSError as exc:
        raise OfflineModelError("The file model.bin cannot be read.") from exc
    if spec not in _TRANSLATOR_SPECS:
        raise OfflineModelError(
            f"The model is a {spec or 'unknown'} model, not a translation model this program can run."
        )


def _unpack(stream: BinaryIO, layout: str) -> int:
    """Read one integer from a model.bin header; an OfflineModelError if the file ends early."""
    size = struct.calcsize(layout)
    data = stream.read(size)
    if len(data) != size:
        raise OfflineModelError("The file model.bin is truncated or damaged.")
    return int(struct.unpack(layout, data)[0])


def _check_vocabulary(folder: Path) -> None:
    """CTranslate2 needs a shared vocabulary or a source and a target vocabulary beside model.bin."""
    names = {p.stem for p in folder.iterdir() if p.suffix in (".txt", ".json")}
    if "shared_vocabulary" not in names and not {"source_vocabulary", "target_vocabulary"} <= names:
        raise OfflineModelError("The model folder has no vocabulary file (shared_vocabulary.txt or .json).")


def _find_sentencepiece(*folders: Path) -> Path:
    for folder in folders:
        for name in _SENTENCEPIECE_NAMES:
            if (folder / name).is_file():
                return folder / name
    if any((folder / "bpe.model").is_file() for folder in folders):
        raise OfflineModelError("The model uses BPE tokenisation; only SentencePiece models are supported.")
    raise OfflineModelError(
        f"The SentencePiece model ({SENTENCEPIECE}) is missing; put it beside model.bin or in the package."
    )


def _pair(metadata: dict[str, Any], source: str | None, target: str | None) -> tuple[str, str]:
    """The model's language pair from its metadata, checked against the one the caller names."""
    known = metadata.get("from_code"), metadata.get("to_code")
    if all(isinstance(code, str) and code.strip() for code in known):
        pair = (str(known[0]).strip().lower(), str(known[1]).strip().lower())
        wanted = zip((source, target), pair, strict=True)
        if any(w is not None and language_code(w) != language_code(p) for w, p in wanted):
            raise OfflineModelError(
                f"The model translates {pair[0]} → {pair[1]}, not {source or pair[0]} → {target or pair[1]}."
            )
    elif source and target:
        pair = language_code(source), language_code(target)
    else:
        raise OfflineModelError("The model does not say which languages it translates; please name them.")
    if not all(_CODE.fullmatch(code) for code in pair):
        raise OfflineModelError(f"The model's language codes {pair[0]!r} and {pair[1]!r} are not valid.")
    return pair


def read_model(path: Path, *, source: str | None = None, target: str | None = None) -> InstalledModel:
    """Describe the model in `path` without copying it: an unpacked Argos package or a CTranslate2 folder.

    `path` may also be the model.bin file itself. `source` and `target` name the language pair when the
    model has no metadata.json; when it has one they must agree with it.
    """
    path = Path(path)
    if path.is_file() and path.name == MODEL_BIN:
        path = path.parent
    if not path.is_dir():
        raise OfflineModelError(f"{path.name} is not a model folder.")
    folders: tuple[Path, ...]
    if (path / MODEL_FOLDER / MODEL_BIN).is_file():
        ct2_dir, folders = path / MODEL_FOLDER, (path,)
    elif (path / MODEL_BIN).is_file():
        ct2_dir, folders = path, (path, path.parent)
    else:
        raise OfflineModelError(f"{path.name} holds no CTranslate2 model (model.bin is missing).")
    metadata_files = [folder / METADATA for folder in folders if (folder / METADATA).is_file()]
    metadata = _read_metadata(metadata_files[0]) if metadata_files else {}
    if metadata.get("type", "translate") != "translate":
        raise OfflineModelError("The package is not a translation model (it is of another Argos type).")
    _check_model_bin(ct2_dir / MODEL_BIN)
    _check_vocabulary(ct2_dir)
    pair = _pair(metadata, source, target)
    names = [metadata.get("from_name"), metadata.get("to_name")]
    prefix = metadata.get("target_prefix")
    return InstalledModel(
        path=path,
        source=pair[0],
        target=pair[1],
        ctranslate2_dir=ct2_dir,
        sentencepiece_file=_find_sentencepiece(*folders),
        version=str(metadata.get("package_version", "")),
        label=" → ".join(str(n) for n in names) if all(isinstance(n, str) for n in names) else "",
        target_prefix=prefix if isinstance(prefix, str) else "",
    )


def _check_sentencepiece(path: Path) -> None:
    """Load the SentencePiece model once to be sure it is one."""
    try:
        spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as exc:
        message = f"The SentencePiece model {path.name} is damaged or of another kind."
        raise OfflineModelError(message) from exc


# Unpacking an Argos package


def _member_path(info: zipfile.ZipInfo) -> PurePosixPath:
    """The entry's path inside the package; an OfflineModelError for paths leaving it or for links."""
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if name.startswith("/") or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise OfflineModelError(f"The package contains an unsafe path ({info.filename!r}); not installed.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise OfflineModelError(f"The package contains a link ({info.filename!r}); it was not installed.")
    return path


def _package_root(members: dict[PurePosixPath, zipfile.ZipInfo]) -> PurePosixPath:
    """The folder in the zip that holds metadata.json: the top folder, or the zip's root."""
    roots = sorted(p.parent for p in members if p.name == METADATA and len(p.parts) <= 2)
    if not roots:
        raise OfflineModelError("The file is not an Argos model package (metadata.json is missing).")
    if len(roots) > 1:
        raise OfflineModelError("The file holds more than one model package; install them one by one.")
    root = roots[0]
    if root / MODEL_FOLDER / MODEL_BIN not in members:
        raise OfflineModelError("The package holds no translation model (model/model.bin is missing).")
    return root


def _check_sizes(infos: Sequence[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise OfflineModelError("The package holds too many files to be a translation model.")
    if sum(info.file_size for info in infos) > MAX_PACKAGE_BYTES:
        raise OfflineModelError("The package would unpack to more than the allowed size; not installed.")
    for info in infos:
        if info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise OfflineModelError(f"The package entry {info.filename!r} looks like a zip bomb.")


def _extract(package: zipfile.ZipFile, destination: Path) -> None:
    """Unpack the package folder's files into `destination`, checking paths and sizes first."""
    infos = package.infolist()
    members = {_member_path(info): info for info in infos if not info.is_dir()}
    root = _package_root(members)
    _check_sizes(infos)
    written = 0
    for path, info in members.items():
        if root.parts and path.parts[: len(root.parts)] != root.parts:
            continue
        target = destination.joinpath(*path.parts[len(root.parts):])
        target.parent.mkdir(parents=True, exist_ok=True)
        with package.open(info) as source, target.open("wb") as sink:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > MAX_PACKAGE_BYTES:
                    raise OfflineModelError("The package unpacks to more than the allowed size.")
                sink.write(chunk)


# Installing, listing, removing


def _unpack_package(archive: Path, destination: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as package:
            _extract(package, destination)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise OfflineModelError(
            f"{archive.name} is damaged or incomplete (perhaps the download was cut short)."
        ) from exc


def _copy_folder(model: InstalledModel, destination: Path) -> None:
    """Copy a model folder into `destination` in the Argos layout, with its metadata."""
    files = [p for p in model.ctranslate2_dir.rglob("*") if p.is_file()]
    if sum(p.stat().st_size for p in files) > MAX_PACKAGE_BYTES:
        raise OfflineModelError("The model folder is larger than the allowed size; it was not installed.")
    shutil.copytree(model.ctranslate2_dir, destination / MODEL_FOLDER)
    shutil.copyfile(model.sentencepiece_file, destination / SENTENCEPIECE)
    metadata_file = model.path / METADATA
    metadata = _read_metadata(metadata_file) if metadata_file.is_file() else {}
    metadata.update(from_code=model.source, to_code=model.target, installed_from=model.path.name)
    atomic_write_text(destination / METADATA, json.dumps(metadata, ensure_ascii=False, indent=2) + "\n")


def install_model(
    path: Path, models_dir: Path | None = None, *, source: str | None = None, target: str | None = None
) -> InstalledModel:
    """Check the model at `path` (an .argosmodel file or a model folder) and install it.

    It is unpacked or copied into a hidden folder inside the models folder and renamed into place
    only once it is complete, replacing an earlier model for the same language pair. `source` and
    `target` name the language pair of a folder without metadata.json; otherwise they must match it.
    """
    path = Path(path)
    folder = models_dir or default_models_dir()
    if not path.exists():
        raise OfflineModelError(f"{path.name} does not exist.")
    if path.is_file() and path.name != MODEL_BIN and not zipfile.is_zipfile(path):
        raise OfflineModelError(
            f"{path.name} is neither an Argos model package (.argosmodel) nor a CTranslate2 model folder."
        )
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=folder))
    try:
        if path.is_file() and path.name != MODEL_BIN:
            _unpack_package(path, staging)
        else:
            _copy_folder(read_model(path, source=source, target=target), staging)
        staged = read_model(staging, source=source, target=target)
        _check_sentencepiece(staged.sentencepiece_file)
        final = folder / f"{staged.source}-{staged.target}"
        _replace_folder(staging, final)
    except OSError as exc:
        raise OfflineModelError(f"The model could not be installed: {exc.strerror or exc}.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return read_model(final)


def _replace_folder(new: Path, final: Path) -> None:
    """Rename `new` to `final`, moving an existing `final` aside first and deleting it afterwards."""
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=final.parent))
        final.replace(old / final.name)
    try:
        new.replace(final)
    except OSError:
        if old is not None:
            (old / final.name).replace(final)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def installed_models(models_dir: Path | None = None) -> list[InstalledModel]:
    """The models in the models folder, by folder name; unreadable ones are skipped and logged."""
    folder = models_dir or default_models_dir()
    if not folder.is_dir():
        return []
    models = []
    for child in sorted(folder.iterdir()):
        if child.name.startswith(".") or not child.is_dir():
            continue
        try:
            models.append(read_model(child))
        except OfflineModelError as exc:
            _log.warning("skipping offline model %s: %s", child, exc.message)
    return models


def remove_model(model: InstalledModel | str, models_dir: Path | None = None) -> None:
    """Delete an installed model, given as an InstalledModel or by its id (folder name)."""
    folder = models_dir or default_models_dir()
    name = model.id if isinstance(model, InstalledModel) else model
    target = folder / name
    if name in ("", ".", "..") or "/" in name or "\\" in name or name.startswith(".") or not target.is_dir():
        raise OfflineModelError(f"No offline model {name!r} is installed.")
    try:
        trash = Path(tempfile.mkdtemp(prefix=".remove-", dir=folder))
        target.replace(trash / name)
    except OSError as exc:
        raise OfflineModelError(f"The model could not be removed: {exc.strerror or exc}.") from exc
    shutil.rmtree(trash, ignore_errors=True)


# Translating


class OfflineProvider:
    """Translate with an installed model on this computer; ctranslate2 loads lazily, once."""

    name = "offline"
    max_chars = 2000

    def __init__(
        self,
        model: InstalledModel | Path,
        *,
        device: str = "cpu",
        inter_threads: int = 1,
        intra_threads: int = 0,
        beam_size: int = 4,
        max_decoding_length: int = 256,
    ) -> None:
        self.model = model if isinstance(model, InstalledModel) else read_model(model)
        self.device = device
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads
        self.beam_size = beam_size
        self.max_decoding_length = max_decoding_length
        self._lock = threading.Lock()
        self._translator: Any = None
        self._tokenizer: Any = None

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._translator is not None

    def load(self) -> None:
        """Load the SentencePiece and CTranslate2 models unless already loaded (safe from any thread)."""
        with self._lock:
            if self._translator is not None:
                return
            import ctranslate2

            try:
                tokenizer = spm.SentencePieceProcessor(model_file=str(self.model.sentencepiece_file))
            except (OSError, RuntimeError) as exc:
                raise OfflineModelError(
                    f"The SentencePiece model of {self.model.id} is missing or damaged. Reinstall the model."
                ) from exc
            try:
                translator = ctranslate2.Translator(
                    str(self.model.ctranslate2_dir),
                    device=self.device,
                    inter_threads=self.inter_threads,
                    intra_threads=self.intra_threads,
                )
            except (OSError, RuntimeError, ValueError) as exc:
                raise OfflineModelError(
                    f"The offline model {self.model.id} could not be loaded: it is damaged or not supported."
                ) from exc
            self._tokenizer, self._translator = tokenizer, translator

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate `sentences` in one ctranslate2 call; blank sentences give "" without being sent."""
        if (language_code(source), language_code(target)) != (
            language_code(self.model.source),
            language_code(self.model.target),
        ):
            raise OfflineModelError(
                f"The offline model translates {self.model.source} → {self.model.target}, "
                f"not {source} → {target}. Install a model for that language pair."
            )
        wanted = [i for i, sentence in enumerate(sentences) if sentence.strip()]
        results = [""] * len(sentences)
        if not wanted:
            return results
        self.load()
        tokens = self._tokenizer.encode([sentences[i].strip() for i in wanted], out_type=str)
        prefix = self.model.target_prefix
        try:
            translated = self._translator.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                beam_size=self.beam_size,
                max_decoding_length=self.max_decoding_length,
                replace_unknowns=True,
            )
        except (RuntimeError, ValueError) as exc:
            raise OfflineModelError(f"The offline model {self.model.id} failed to translate.") from exc
        for i, result in zip(wanted, translated, strict=True):
            pieces = list(result.hypotheses[0])
            if prefix and pieces[:1] == [prefix]:
                pieces = pieces[1:]
            results[i] = str(self._tokenizer.decode(pieces)).strip()
        return results
