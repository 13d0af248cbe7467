"""spaCy for Framing Desk: the German and English language classes only.

Replaces pyinstaller-hooks-contrib's hook, which collects every submodule and
data file of spaCy (70 languages, the test suite, Cython sources).

E893 ("Could not find function ... in function registry"): spaCy resolves the
functions its config names (``spacy.Tokenizer.v1``, lookups, architectures)
through catalogue registries. Since spaCy 3.8 they are registered by
``spacy.registrations.populate_registry``, which imports the registering
modules inside a function (PyInstaller follows those imports) and, for their
tokenizer factories, ``spacy.lang.ja|ko|th|vi|zh`` — so those five small
packages (no data) stay in the build. ``spacy.blank(lang)`` imports
``spacy.lang.<lang>`` by name, which no import analysis can see: hence the
hidden imports below. Entry points (spacy-legacy, spacy-loggers) need their
packages' metadata, which build.spec copies.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

SPACY_LANG = Path(get_package_paths("spacy")[1]) / "lang"

# Used by the app: spacy.blank("de") / spacy.blank("en").
LANGUAGES = ("de", "en")
# Imported by spacy.registrations.populate_registry (tokenizer factories) and spacy.util (xx).
REGISTRY_LANGUAGES = ("ja", "ko", "th", "vi", "zh", "xx")

KEEP = {f"spacy.lang.{lang}" for lang in LANGUAGES + REGISTRY_LANGUAGES}


def _wanted(name: str) -> bool:
    """Every spaCy module (its Cython modules import others in C, unseen by import analysis)
    except the tests and the language packages not kept."""
    parts = name.split(".")
    if "tests" in parts:
        return False
    if parts[:2] == ["spacy", "lang"] and len(parts) > 2 and parts[2][0] != "_":
        # A language package (a folder) only if kept; shared modules (char_classes, …) always.
        return ".".join(parts[:3]) in KEEP or not (SPACY_LANG / parts[2]).is_dir()
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)

# default_config*.cfg are read when a Language class is created; spacy.cli (imported by
# spacy/__init__) reads its quickstart templates at import time.
datas = collect_data_files("spacy", includes=["default_config*.cfg", "cli/templates/*"])
