"""`framing-desk --self-test [--out DIR]`: check that an installation (or the frozen app) works.

Runs the whole chain once, offscreen and on throw-away settings, and prints one
line per step with its time:

1. rules — the built-in German and English rule catalogs load without errors;
2. analyse — the German pipeline (spaCy, lemma table, registered components) finds
   the framing in the sample article;
3. rewrite — every best suggestion accepted gives a changed, neutral draft;
4. compare — the shipped reference translation is aligned and tone-checked with the
   English pipeline;
5. offline — the offline translator's libraries (CTranslate2, SentencePiece) load;
6. translations — the interface's and Qt's German translations load;
7. locale — Qt's locale data (ICU, cut down in the Linux bundle) sorts German words as
   German dictionaries do, upper-cases "ß" and names German time zones;
8. window — the main window, with the sample analysed, renders to a PNG that is not blank.

Exit status 0 when every step passed, 1 naming the step that failed (its
traceback goes to standard error). Settings, data and caches live in a
temporary folder (``$FRAMING_DESK_CONFIG_DIR``, ``$FRAMING_DESK_DATA_DIR``,
``$XDG_CACHE_HOME``), so the user's own are never touched; ``--out`` keeps the
screenshot and the rewrite.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from framing_desk import __version__
from framing_desk.core.resources import resource_path, sample_article

if TYPE_CHECKING:  # imported by the steps themselves, so that a failing import fails its step
    from framing_desk.core.engine import Engine
    from framing_desk.core.model import Analysis

MIN_RULES = {"de": 100, "en": 50}
MIN_FINDINGS = 15
MIN_APPLIED = 5
MIN_SCREENSHOT = (800, 600)
MIN_COLOURS = 12


class SelfTestError(Exception):
    """A step's check failed; the message says what was expected."""


@dataclass
class _State:
    """What one step hands to the next."""

    out: Path
    text: str = ""
    de: Engine | None = None
    analysis: Analysis | None = None


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="framing-desk --self-test",
                                     description="Check that Framing Desk works on this computer.")
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="keep the screenshot and the rewrite in DIR (default: discard them)")
    args = parser.parse_args(list(argv))
    with tempfile.TemporaryDirectory(prefix="framing-desk-selftest-") as scratch, \
            _isolated_environment(Path(scratch)):
        out = args.out or Path(scratch) / "out"
        out.mkdir(parents=True, exist_ok=True)
        return run_steps(_State(out))


def run_steps(state: _State) -> int:
    """Run every step in order; stop at the first failure."""
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"Framing Desk {__version__} self-test ({frozen}; Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, Qt platform {os.environ['QT_QPA_PLATFORM']})",
          flush=True)
    steps: list[tuple[str, Callable[[_State], str]]] = [
        ("rules", _rules), ("analyse", _analyse), ("rewrite", _rewrite), ("compare", _compare),
        ("offline", _offline), ("translations", _translations), ("locale", _locale), ("window", _window),
    ]
    started = time.perf_counter()
    for name, step in steps:
        begin = time.perf_counter()
        try:
            summary = step(state)
        except Exception as error:  # a self-test reports every failure, whatever it is
            seconds = time.perf_counter() - begin
            if not isinstance(error, SelfTestError):
                traceback.print_exc()
            message = str(error) if isinstance(error, SelfTestError) else f"{type(error).__name__}: {error}"
            print(f"FAIL  {name:<13} {message}  ({seconds:.2f} s)", flush=True)
            print(f"self-test FAILED at step '{name}'", flush=True)
            return 1
        print(f"ok    {name:<13} {summary}  ({time.perf_counter() - begin:.2f} s)", flush=True)
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


@contextmanager
def _isolated_environment(scratch: Path) -> Iterator[None]:
    """Settings, data and caches in `scratch`; offscreen Qt unless a platform is chosen."""
    values = {"FRAMING_DESK_CONFIG_DIR": scratch / "config", "FRAMING_DESK_DATA_DIR": scratch / "data",
              "XDG_CACHE_HOME": scratch / "cache", "XDG_CONFIG_HOME": scratch / "config-home"}
    saved = {name: os.environ.get(name) for name in [*values, "QT_QPA_PLATFORM"]}
    os.environ.update({name: str(path) for name, path in values.items()})
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _rules(state: _State) -> str:
    from framing_desk.core.rules.catalog import builtin_rule_dir, load_rule_set

    counts = {}
    for language, minimum in MIN_RULES.items():
        folder = builtin_rule_dir(language)
        if not folder.is_dir():
            raise SelfTestError(f"the rule folder {folder} is missing")
        counts[language] = len(load_rule_set(language, (str(folder),)))  # raises RuleError
        if counts[language] < minimum:
            raise SelfTestError(f"only {counts[language]} {language} rules in {folder} "
                                f"(expected at least {minimum})")
    return f"{sum(counts.values())} rules (" + ", ".join(f"{n} {lang}" for lang, n in counts.items()) + ")"


def _analyse(state: _State) -> str:
    from framing_desk.core.engine import Engine
    from framing_desk.core.model import Voice
    from framing_desk.core.textio import decode

    sample = sample_article()
    state.text = decode(sample.read_bytes(), name=str(sample))
    engine = state.de = Engine("de")
    analysis = engine.analyze(state.text)
    state.analysis = analysis
    found = len(analysis.findings)
    if found < MIN_FINDINGS:
        raise SelfTestError(f"only {found} findings in {sample.name} (expected at least {MIN_FINDINGS})")
    quoted = sum(1 for f in analysis.findings if f.voice is Voice.QUOTE)
    if quoted == 0 or quoted == found:
        raise SelfTestError(f"{quoted} of {found} findings quoted: the quote detection is not working")
    return (f"{found} findings ({quoted} quoted) in {len(analysis.sentences)} sentences "
            f"of {sample.name}")


def _rewrite(state: _State) -> str:
    from framing_desk.core.diff import edit_distance, word_diff
    from framing_desk.core.nlp.lemmas import shared_lemmatizer
    from framing_desk.core.review import Review, draft_decisions
    from framing_desk.core.rewrite import rewrite

    analysis = state.analysis
    assert analysis is not None, "runs after the analysis"
    result = rewrite(Review(analysis, draft_decisions(analysis)), shared_lemmatizer("de"), draft=False)
    if len(result.applied) < MIN_APPLIED or result.text == result.original:
        raise SelfTestError(f"only {len(result.applied)} suggestions applied "
                            f"(expected at least {MIN_APPLIED})")
    distance = edit_distance(result.original, result.text, word_diff(result.original, result.text))
    (state.out / "rewrite.de.txt").write_text(result.text, encoding="utf-8")
    return (f"{len(result.applied)} suggestions applied, {len(result.kept)} kept; "
            f"{distance.changed_words} of {distance.words} words changed")


def _compare(state: _State) -> str:
    from framing_desk.core.engine import Engine
    from framing_desk.core.tone import check_translation
    from framing_desk.core.translation.references import align_to_sentences, read_reference

    de = state.de
    assert de is not None, "runs after the analysis"
    reference_file = resource_path("samples", "raketenstopp.en.txt")
    units = [line.removesuffix("\r") for line in state.text.split("\n")]
    reference = read_reference(reference_file)
    aligned = align_to_sentences(reference, units)
    missing = [i + 1 for i, (unit, target) in enumerate(zip(units, aligned, strict=True))
               if unit.strip() and not target]
    if missing:
        raise SelfTestError(f"{reference_file.name} has no translation for lines {missing}")
    checks = check_translation("\n".join(units), units, aligned, de=de, en=Engine("en"))
    verdicts = Counter(check.verdict.value for check in checks if check is not None)
    if sum(verdicts.values()) == 0 or set(verdicts) == {"neutral"}:
        raise SelfTestError(f"no tone differences found against {reference_file.name}: {dict(verdicts)}")
    listed = ", ".join(f"{count} {verdict}" for verdict, count in sorted(verdicts.items()))
    return f"{reference_file.name}: {listed}"


def _offline(state: _State) -> str:
    import ctranslate2
    import sentencepiece

    compute_types = ctranslate2.get_supported_compute_types("cpu")
    if not compute_types:
        raise SelfTestError("CTranslate2 reports no compute type for the CPU")
    return (f"CTranslate2 {ctranslate2.__version__} (cpu: {', '.join(sorted(compute_types))}), "
            f"SentencePiece {sentencepiece.__version__}")


def _translations(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    _application()
    own = QTranslator()
    own_file = resource_path("i18n", "framing_desk_de.qm")
    if not own.load(str(own_file)):
        raise SelfTestError(f"cannot load the interface translation {own_file}")
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(QLocale("de"), "qtbase", "_", qt_folder):
        raise SelfTestError(f"cannot load Qt's German translation (qtbase_de.qm) from {qt_folder}")
    QCoreApplication.processEvents()
    return f"framing_desk_de.qm, qtbase_de.qm from {qt_folder}"


def _locale(state: _State) -> str:
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    collator = QCollator(german)
    words = ["Zebra", "Ärger", "apfel", "Bär", "Äpfel"]
    ordered = sorted(words, key=collator.sortKey)
    if ordered != ["apfel", "Äpfel", "Ärger", "Bär", "Zebra"]:
        raise SelfTestError(f"German sorting is wrong: {ordered} (ICU collation data missing?)")
    if german.toUpper("Straße") != "STRASSE":
        raise SelfTestError(f"upper case of 'Straße' is {german.toUpper('Straße')!r}, not 'STRASSE'")
    zone = QTimeZone(b"Europe/Berlin")
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, german)
    if not zone.isValid() or "Mitteleurop" not in name:
        raise SelfTestError(f"the German name of Europe/Berlin is {name!r} (ICU zone names missing?)")
    return f"German sorting, case mapping and time zone names ({name})"


def _window(state: _State) -> str:
    from PySide6.QtGui import QImage

    from framing_desk.gui.app import run

    _application()
    screenshot = state.out / "main-window.png"
    status = run([str(sample_article()), "--screenshot", str(screenshot)])
    if status != 0:
        raise SelfTestError(f"rendering the main window failed (status {status})")
    image = QImage(str(screenshot))
    if image.isNull():
        raise SelfTestError(f"{screenshot} is not a readable PNG")
    if image.width() < MIN_SCREENSHOT[0] or image.height() < MIN_SCREENSHOT[1]:
        raise SelfTestError(f"{screenshot} is only {image.width()}x{image.height()} pixels")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < MIN_COLOURS:
        raise SelfTestError(f"{screenshot} looks blank ({len(colours)} colours)")
    return (f"{screenshot.name} {image.width()}x{image.height()}, {len(colours)} colours, "
            f"{screenshot.stat().st_size // 1024} KB")


def _application() -> None:
    """The QApplication the GUI steps share (the window's own settings and icon)."""
    from framing_desk.gui.app import create_application

    create_application()
