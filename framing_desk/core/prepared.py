"""Derived data worked out when the program is installed, so that even its first start need not.

Building a pipeline works out the inflected forms of every rule word (`Lemmatizer.forms`), a few
seconds for the German rules, and keeps them in the cache folder for later starts. `prepare`
writes the same files beside the program, into resources/prepared/ (`make setup` and the
PyInstaller build run it); the pipeline reads them from there when the cache folder has none.
They carry the lemmatizer's fingerprint in their names, so a stale file is simply not found.

    python -m framing_desk.core.prepared [FOLDER]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from framing_desk.core.model import LANGUAGES
from framing_desk.core.resources import resource_path
from framing_desk.core.storage import CACHE_DIR_VARIABLE

PREPARED = "prepared"


def prepared_file(name: str) -> Path:
    """Where a file of that name stands among the prepared data (it may not exist)."""
    return resource_path(PREPARED, name)


def prepare(folder: Path | None = None, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Build the pipelines of `languages` on an empty cache folder and keep the rule-word forms in
    `folder` (default resources/prepared/); returns the files written."""
    from framing_desk.core.engine import Engine
    from framing_desk.core.nlp.lemmas import shared_lemmatizer
    from framing_desk.core.nlp.pipeline import forms_cache_path

    target = folder or resource_path(PREPARED)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    previous = os.environ.get(CACHE_DIR_VARIABLE)
    with tempfile.TemporaryDirectory(prefix="framing-desk-prepare-") as scratch:
        os.environ[CACHE_DIR_VARIABLE] = scratch
        try:
            for language in languages:
                Engine(language)  # works out (or takes over) every rule word's forms
                path = target / forms_cache_path(language).name
                shared_lemmatizer(language).save_forms(path, always=True)
                path.chmod(0o644)  # installed for every user of the computer
                written.append(path)
        finally:
            if previous is None:
                del os.environ[CACHE_DIR_VARIABLE]
            else:
                os.environ[CACHE_DIR_VARIABLE] = previous
    for stale in target.glob("forms-*.marshal"):
        if stale not in written:
            stale.unlink()
    return written


if __name__ == "__main__":
    for path in prepare(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(f"prepared {path}")
