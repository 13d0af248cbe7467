"""Writing user data safely: a file is replaced whole or not at all, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

DATA_DIR_VARIABLE = "FRAMING_DESK_DATA_DIR"
CACHE_DIR_VARIABLE = "FRAMING_DESK_CACHE_DIR"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def cache_dir() -> Path:
    """Framing Desk's cache folder (derived data only: deleting it loses nothing);
    $FRAMING_DESK_CACHE_DIR overrides it."""
    return Path(os.environ.get(CACHE_DIR_VARIABLE) or user_cache_dir("framing-desk"))


def data_dir() -> Path:
    """Framing Desk's data folder (translation memory, models, recovery files); $FRAMING_DESK_DATA_DIR
    overrides it (tests, portable installs)."""
    return Path(os.environ.get(DATA_DIR_VARIABLE) or user_data_dir("framing-desk", appauthor=False))
