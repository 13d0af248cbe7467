"""Projects in the window: save and reopen, unsaved mark, autosave, damaged files, crash and restore."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from framing_desk.core.model import Finding, Voice
from framing_desk.core.project import load_project, pending_recoveries, recovery_dir
from framing_desk.core.review import Decision, DecisionKind
from framing_desk.gui import theme
from framing_desk.gui.app import build_window, open_first_document
from framing_desk.gui.main_window import MainWindow
from framing_desk.gui.theme import apply_theme
from framing_desk.gui.translations import EDITED
from tests.gui.conftest import wait_analysed

REPOSITORY = Path(__file__).resolve().parents[2]


def _open_findings(window: MainWindow) -> list[Finding]:
    review = window.session.review
    assert review is not None
    return [f for f in review.findings
            if review.decision(f).is_open and f.voice is Voice.AUTHOR and f.suggestions]


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every question box with `button`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(f"{title}: {text}")
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _record_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _save(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(window.projects.saved, timeout=10_000):
        window.projects.save(path)


def test_save_and_reopen_keeps_decisions_translations_and_edits(window: MainWindow, qtbot: QtBot,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _open_findings(window)[:2]
    window.decide(first, Decision(DecisionKind.ACCEPTED))
    window.decide(second, Decision(DecisionKind.CUSTOM, text="eine Wendung"))
    sentence = window._sentences()[0]
    window.translations.edit(sentence, "My own translation.")
    assert window.isWindowModified()
    target = tmp_path / "review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(window.projects.saved, timeout=10_000):
        assert window.save_project_as()
    saved = target.with_name("review.framingdesk")
    assert window.projects.path == saved and not window.isWindowModified()
    project = load_project(saved)
    assert "key" not in saved.read_text(encoding="utf-8").lower().replace("keep", "")
    assert project.human_translations == {0: "My own translation."}
    assert any(name.startswith("reference:") for name in project.translations)

    other = build_window(theme="light", language="en")
    qtbot.addWidget(other)
    monkeypatch.setattr(other, "_ask_to_save", lambda: QMessageBox.StandardButton.Discard)
    assert other.open_path(saved)
    wait_analysed(qtbot, other)
    review = other.session.review
    assert review is not None
    decided = {(f.rule, f.start): review.decision(f) for f in review.findings
               if not review.decision(f).is_open}
    assert decided[(first.rule, first.start)].kind is DecisionKind.ACCEPTED
    assert decided[(second.rule, second.start)] == Decision(DecisionKind.CUSTOM, text="eine Wendung")
    assert other.translations.by_provider[EDITED][sentence] == "My own translation."
    reference = next(n for n in other.translations.names() if n.startswith("reference:"))
    assert other.translations.label(reference) == "Reference: raketenstopp.en"
    assert other.projects.path == saved and not other.isWindowModified()
    assert "eine Wendung" in (other.session.rewrite.text if other.session.rewrite else "")
    other.close()


def test_typing_marks_the_review_unsaved_and_autosaves(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.isWindowModified()
    assert not list(recovery_dir().glob("*.framingdesk"))
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.projects.autosaved, timeout=15_000) as autosaved:
        qtbot.keyClicks(window.editor, " Nachtrag")
    assert window.isWindowModified()
    recovery = autosaved.args[0]
    assert isinstance(recovery, Path) and recovery.exists()
    assert "Nachtrag" in recovery.read_text(encoding="utf-8")
    window.close()
    assert not recovery.exists()


def test_save_failure_is_reported_and_keeps_the_work(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _record_warnings(monkeypatch)
    window.decide(_open_findings(window)[0], Decision(DecisionKind.KEPT))
    blocked = tmp_path / "no-folder-here" / "x.framingdesk"
    (tmp_path / "no-folder-here").write_text("a file where a folder should be", encoding="utf-8")
    with qtbot.waitSignal(window.projects.failed, timeout=10_000) as failed:
        window.projects.save(blocked)
    assert "cannot be saved" in failed.args[1]
    assert shown and "x.framingdesk" in shown[0]
    assert window.isWindowModified() and window.projects.path is None


def test_damaged_project_offers_the_backup(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.framingdesk"
    finding = _open_findings(window)[0]
    window.decide(finding, Decision(DecisionKind.KEPT))
    _save(window, qtbot, path)
    window.decide(_open_findings(window)[0], Decision(DecisionKind.KEPT))
    _save(window, qtbot, path)
    path.write_text('{"format": "framing-desk-project", "vers', encoding="utf-8")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.open_path(path)
    assert "backup copy" in asked[0] and "a.framingdesk" in asked[0]
    wait_analysed(qtbot, window)
    review = window.session.review
    assert review is not None
    assert [f.text for f in review.findings if not review.decision(f).is_open] == [finding.text]


def test_damaged_project_without_backup_is_refused_clearly(window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.framingdesk"
    path.write_bytes(b"\x00\xff not json")
    shown = _record_warnings(monkeypatch)
    text = window.session.text
    assert not window.open_path(path)
    assert shown and "b.framingdesk" in shown[0] and "damaged" in shown[0]
    assert window.session.text == text


def test_opening_another_document_asks_before_dropping_unsaved_work(window: MainWindow, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window.decide(_open_findings(window)[0], Decision(DecisionKind.KEPT))
    other = tmp_path / "other.txt"
    other.write_text("Ein anderer Text.", encoding="utf-8")
    monkeypatch.setattr(window, "_ask_to_save", lambda: QMessageBox.StandardButton.Cancel)
    assert not window.open_path(other)
    assert window.isWindowModified() and "Ein anderer Text." not in window.session.text
    monkeypatch.setattr(window, "_ask_to_save", lambda: QMessageBox.StandardButton.Discard)
    assert window.open_path(other)
    assert window.session.text == "Ein anderer Text." and not window.isWindowModified()


def test_dropping_a_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.md"
    dropped.write_text("# Titel\n\nEin historischer Durchbruch.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    target = window.editor.viewport()
    enter = QDragEnterEvent(target.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert "historischer Durchbruch" in window.session.text
    assert window.session.title in ("Titel", "dropped.md")


def test_theme_follows_the_system_colour_scheme(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    dark = [True]
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark[0])

    def base_lightness() -> int:
        return app.palette().color(QPalette.ColorRole.Base).lightness()

    try:
        apply_theme(app, "system")
        assert base_lightness() < 128
        dark[0] = False
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert base_lightness() > 128
        apply_theme(app, "light")
        dark[0] = True
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert base_lightness() > 128, "a chosen light theme stays light"
        mark = window.editor.marks[0]
        light_mark = window.editor._highlighter.format_for(mark).background().color().lightness()
        apply_theme(app, "system")
        QApplication.processEvents()
        assert base_lightness() < 128
        dark_mark = window.editor._highlighter.format_for(mark).background().color().lightness()
        assert dark_mark < light_mark, "the marks are painted again in the dark colours"
    finally:
        apply_theme(app, "light")


def test_first_start_opens_the_sample_and_later_starts_an_empty_window(qtbot: QtBot) -> None:
    first = build_window(theme="light", language="en")
    qtbot.addWidget(first)
    open_first_document(first, None)
    assert "Raketen" in first.session.text or first.session.title.startswith("raketenstopp")
    first.session.wait_idle()
    later = build_window(theme="light", language="en")
    qtbot.addWidget(later)
    open_first_document(later, None)
    assert later.session.text == "" and later.editor.placeholderText()


_CRASHING_SESSION = textwrap.dedent("""
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from framing_desk.core.review import Decision, DecisionKind
    from framing_desk.gui.app import build_window, wait_until_analysed

    window = build_window(theme="light", language="en")
    window.open_path(Path(sys.argv[1]))
    window.show()
    assert wait_until_analysed(window, 120)
    review = window.session.review
    finding = next(f for f in review.findings if f.suggestions and f.voice.value == "author")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(" Nachtrag vor dem Absturz.")
    window.decide(finding, Decision(DecisionKind.ACCEPTED))
    window.projects.autosaved.connect(
        lambda path: print("autosaved", finding.rule, finding.text, sep="\\t", flush=True))
    QApplication.instance().exec()
""")


def test_save_kill_restore(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A session killed after its autosave is offered, and restored with its text and decisions."""
    document = tmp_path / "bericht.txt"
    document.write_text((REPOSITORY / "resources/samples/raketenstopp.de.txt").read_text(encoding="utf-8"),
                        encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", _CRASHING_SESSION, str(document)], cwd=REPOSITORY,
                             env=environment, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
    finally:
        child.kill()
        child.wait(30)
    assert line.startswith("autosaved"), "the child session never autosaved"
    _, rule, words = line.rstrip("\n").split("\t")
    assert len(pending_recoveries()) == 1

    window = build_window(theme="light", language="en")
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "_ask_to_save", lambda: QMessageBox.StandardButton.Discard)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    open_first_document(window, document)
    assert asked and "“bericht”" in asked[0]
    wait_analysed(qtbot, window)
    assert window.session.text.endswith(" Nachtrag vor dem Absturz.")
    review = window.session.review
    assert review is not None
    accepted = [f for f in review.findings if review.decision(f).kind is DecisionKind.ACCEPTED]
    assert [(f.rule, f.text) for f in accepted] == [(rule, words)]
    assert window.isWindowModified()
    assert pending_recoveries() == []
    window.close()
    assert not list(recovery_dir().glob("*.framingdesk"))


def test_declined_recovery_is_deleted(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from framing_desk.core.project import Project, write_recovery

    folder = recovery_dir()
    write_recovery(Project(text="Ein Text.", title="Alt"), "deadbeef")
    (folder / "deadbeef.lock").write_text("999999999\n", encoding="utf-8")
    assert len(pending_recoveries()) == 1
    window = build_window(theme="light", language="en")
    qtbot.addWidget(window)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.offer_recovery()
    assert pending_recoveries() == []
