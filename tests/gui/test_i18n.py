"""The German interface: resources/i18n/framing_desk_de.ts is complete, the .qm is built from it, and
both cover every translatable string of framing_desk/gui. When one of these fails, run
`scripts/update-translations.sh`, translate what it reports, and run it again."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from framing_desk.core.resources import resource_path
from framing_desk.gui.diff_view import DiffView

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "framing_desk" / "gui"
TS = resource_path("i18n", "framing_desk_de.ts")
QM = resource_path("i18n", "framing_desk_de.qm")
TOOLS = Path(sys.executable).parent  # .venv/bin, where PySide6 installs pyside6-lupdate/-lrelease
FIX = "run scripts/update-translations.sh, translate the new messages and run it again"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
MNEMONIC = re.compile(r"&(?!&)\S")
ENGLISH_OPENING_QUOTE = re.compile(r"(^|\s)“")  # in German, “ only closes a quotation („…“)

# Contexts lupdate takes from `obj.tr()` calls outside obj's own class (the variable's name). At run
# time tr() looks the string up under obj's class name instead, so these strings are never translated;
# they should become QCoreApplication.translate("<Class>", …). Remove an entry once it is fixed.
KNOWN_WRONG_CONTEXTS: set[str] = set()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per numerus form
    kind: str  # the translation's type attribute: "" when finished, "unfinished", "vanished", …

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: message without <translation> in {name}"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            messages.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                    texts, translation.get("type", "")))
    return messages


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} not found next to {sys.executable} or on PATH (PySide6's Qt tools)")
        path = Path(found)
    return path


def gui_sources() -> list[Path]:
    """What scripts/update-translations.sh reads: the GUI, and core modules that mark messages."""
    marked = [p for p in (REPO / "framing_desk" / "core").rglob("*.py")
              if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return sorted([*GUI.rglob("*.py"), *marked])


# --- (a) the .ts is complete and consistent -------------------------------------------------------


def test_every_message_is_translated() -> None:
    messages = read_ts(TS)
    assert len(messages) > 100
    unfinished = [str(m) for m in messages if m.kind or not all(t.strip() for t in m.translations)]
    assert not unfinished, f"untranslated messages in {TS.name} ({FIX}):\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems = []
    for message in read_ts(TS):
        wanted = set(PLACEHOLDER.findall(message.source))
        has_mnemonic = bool(MNEMONIC.search(message.source))
        for translation in message.translations:
            found = set(PLACEHOLDER.findall(translation))
            if found != wanted:
                problems.append(f"{message}: placeholders {sorted(wanted)} became {sorted(found)}")
            if bool(MNEMONIC.search(translation)) != has_mnemonic:
                problems.append(f"{message}: the & mnemonic was {'lost' if has_mnemonic else 'added'}")
            if "”" in translation or ENGLISH_OPENING_QUOTE.search(translation):
                problems.append(f"{message}: German quotation marks are „…“, not {translation!r}")
    assert not problems, "\n".join(problems)


def test_contexts_are_classes_or_named_contexts() -> None:
    """Each context is a GUI class or a QCoreApplication.translate() / QT_TRANSLATE_NOOP() context,
    else tr() finds nothing."""
    known: set[str] = set()
    for path in gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (isinstance(node, ast.Call) and node.args
                  and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                  and ((isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
                       or (isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"))):
                known.add(node.args[0].value)
    contexts = {m.context for m in read_ts(TS)}
    wrong = sorted(contexts - known - KNOWN_WRONG_CONTEXTS)
    assert not wrong, (f"contexts that are no class of framing_desk/gui: {wrong}; tr() called on an object "
                       "outside its class is not found at run time: use "
                       "QCoreApplication.translate(\"Class\", …)")


# --- (b) the .qm is built from the .ts ----------------------------------------------------------


def test_qm_is_up_to_date(tmp_path: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    built = tmp_path / QM.name
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(built)], check=True, timeout=60,
                   capture_output=True)
    assert QM.exists(), f"{QM} is missing: {FIX}"
    up_to_date = built.read_bytes() == QM.read_bytes()
    assert up_to_date, f"{QM.name} is not built from the current {TS.name}: {FIX}"


# --- (c) the .ts covers the code ---------------------------------------------------------------


def test_ts_covers_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = tool("pyside6-lupdate")
    fresh = tmp_path / TS.name
    shutil.copyfile(TS, fresh)
    # The same options as scripts/update-translations.sh.
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", "-sort-messages",
                    "-source-language", "en", "-target-language", "de",
                    *(str(p) for p in gui_sources()), "-ts", str(fresh)],
                   check=True, timeout=120, capture_output=True, cwd=REPO)
    checked_in = read_ts(TS)
    before = {(m.context, m.source, m.comment) for m in checked_in}
    unfinished_before = {(m.context, m.source, m.comment) for m in checked_in if m.kind == "unfinished"}
    after = read_ts(fresh)
    new = [str(m) for m in after
           if m.kind == "unfinished" and (m.context, m.source, m.comment) not in unfinished_before]
    assert not new, f"{len(new)} string(s) of the code are not in {TS.name} ({FIX}):\n" + "\n".join(new)
    gone = sorted(before - {(m.context, m.source, m.comment) for m in after})
    assert not gone, (f"{TS.name} holds strings the code no longer has ({FIX}):\n"
                      + "\n".join(f"{context}: {source!r}" for context, source, _ in gone))


# --- (d) the .qm works ---------------------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    assert qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        assert qapp.removeTranslator(translator)


def test_interface_speaks_german(german: QTranslator, qtbot: QtBot) -> None:
    assert german.language() == "de"
    assert QCoreApplication.translate("Labels", "Evaluative") == "Wertung"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    view = DiffView()
    qtbot.addWidget(view)
    view.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    view.set_pairs({"A ↔ B": ("a b", "a c")})
    assert view.summary.text() == "1 Wort von 2 geändert (50,0 %)"
    view.set_pairs({"A ↔ B": ("a b c", "x y c")})
    assert view.summary.text() == "2 Wörter von 3 geändert (66,7 %)"


def test_the_interface_language_is_the_widgets_locale(qapp: QApplication) -> None:
    from framing_desk.gui.app import install_translators

    before = QLocale()
    try:
        install_translators(qapp, "de")
        assert QLocale().language() == QLocale.Language.German
        view = DiffView()
        view.set_pairs({"A ↔ B": ("a b", "a c")})
        assert view.summary.text().endswith("(50,0 %)")
        install_translators(qapp, "en")
        assert QLocale().language() == QLocale.Language.English
    finally:
        QLocale.setDefault(before)
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_core_errors_reach_the_german_interface(german: QTranslator, tmp_path: Path) -> None:
    from framing_desk.core.documents import DocumentError, open_document
    from framing_desk.core.project import ProjectError, load_project
    from framing_desk.core.translation.consent import OfflineModeError
    from framing_desk.core.translation.http import OfflineError, ServiceError
    from framing_desk.gui.labels import error_text

    photo = tmp_path / "foto.txt"
    photo.write_bytes(b"%PDF-1.7 binary")
    with pytest.raises(DocumentError) as raised:
        open_document(photo)
    assert str(raised.value).startswith("“foto.txt” is not a text document (it is a PDF file).")
    assert error_text(raised.value) == (
        "„foto.txt“ ist kein Textdokument (sondern eine PDF-Datei). "
        "Framing Desk öffnet .txt-, .md-, .docx- und .html-Dateien.")
    with pytest.raises(DocumentError) as missing:
        open_document(tmp_path / "weg.docx")
    assert error_text(missing.value).startswith("„weg.docx“ wurde nicht gefunden.")
    damaged = tmp_path / "review.framingdesk"
    damaged.write_text("{not json", encoding="utf-8")
    (tmp_path / "review.framingdesk.bak").write_text("{}", encoding="utf-8")
    with pytest.raises(ProjectError) as project:
        load_project(damaged)
    assert str(project.value).endswith("A backup copy of the previous version exists.")
    assert error_text(project.value).startswith("Das Projekt „review.framingdesk“ lässt sich nicht öffnen")
    assert error_text(project.value).endswith("Es gibt eine Sicherungskopie der vorigen Fassung.")
    assert error_text(OfflineError()).startswith("Der Übersetzungsdienst ist nicht erreichbar.")
    assert error_text(OfflineModeError("DeepL")).startswith("Es wurde kein Text gesendet.")
    assert "wie DeepL nicht genutzt" in error_text(OfflineModeError("DeepL"))
    refused = ServiceError("DeepL refused the request: {detail}", detail="Wrong {target_lang}")
    assert error_text(refused) == "DeepL hat die Anfrage abgelehnt: Wrong {target_lang}"
    assert error_text(ValueError("plain")) == "plain", "not a core message: shown as it is"
