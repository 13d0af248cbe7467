"""The main window's flows, driven like a user would: keys, menus, dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from framing_desk.core.model import Voice
from framing_desk.core.preferences import load_preferences
from framing_desk.core.review import DecisionKind
from framing_desk.gui.main_window import MainWindow
from tests.fake_services import FakeService
from tests.gui.conftest import wait_analysed


def _open(window: MainWindow) -> list:
    review = window.session.review
    assert review is not None
    return [f for f in review.findings if review.decision(f).is_open]


def test_sample_opens_with_findings_marked(window: MainWindow) -> None:
    review = window.session.review
    assert review is not None and len(review.findings) >= 15
    assert window.editor.toPlainText() == review.text
    assert len(window.editor.marks) == len(review.findings)
    assert f"{len(review.findings)} findings" in window.findings.summary.text()
    assert window.translation_view.sentence_count == len(review.analysis.sentences)
    assert "Historic breakthrough" in window.translation_view.toPlainText()


def test_f8_moves_through_open_findings(window: MainWindow, qtbot: QtBot) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    first, second = _open(window)[:2]
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectedText() == first.text
    assert window.findings.current_finding() == first
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectedText() == second.text
    qtbot.keyClick(window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectedText() == first.text


def test_accept_updates_rewrite_and_diff_then_undo(window: MainWindow, qtbot: QtBot) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    finding = window.editor.current_finding
    assert finding is not None and finding.suggestions and finding.voice is Voice.AUTHOR
    with qtbot.waitSignal(window.session.rewriteChanged, timeout=30_000):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    review = window.session.review
    assert review is not None and review.decision(finding).kind is DecisionKind.ACCEPTED
    rewrite = window.session.rewrite
    assert rewrite is not None and finding in rewrite.applied
    assert finding.text not in rewrite.text.split("\n")[1] or rewrite.text != rewrite.original
    assert window.rewrite_info.text() == "1 change applied"
    assert window.diff_view.current() == "Original ↔ Rewrite"
    assert "0 words changed" not in window.diff_view.summary.text()
    with qtbot.waitSignal(window.session.rewriteChanged, timeout=30_000):
        window.undo_action.trigger()
    assert review.decision(finding).is_open
    assert window.session.rewrite is not None and window.session.rewrite.text == rewrite.original
    with qtbot.waitSignal(window.session.rewriteChanged, timeout=30_000):
        window.redo_action.trigger()
    assert review.decision(finding).kind is DecisionKind.ACCEPTED


def test_custom_keep_ignore_and_ignore_everywhere(window: MainWindow, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    review = window.session.review
    assert review is not None
    first, second, third, fourth = _open(window)[:4]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Durchbruch", True))
    window.editor.select_finding(first)
    window.custom_action.trigger()
    assert review.decision(first).kind is DecisionKind.CUSTOM and review.decision(first).text == "Durchbruch"
    window.editor.select_finding(second)
    window.keep_action.trigger()
    assert review.decision(second).kind is DecisionKind.KEPT
    window.editor.select_finding(third)
    window.ignore_action.trigger()
    assert review.decision(third).kind is DecisionKind.IGNORED_HERE
    window.editor.select_finding(fourth)
    window.ignore_everywhere_action.trigger()
    assert review.decision(fourth).kind is DecisionKind.IGNORED_EVERYWHERE
    assert load_preferences().is_word_ignored("de", fourth.text)
    for _ in range(4):
        window.undo_action.trigger()
    assert all(review.decision(f).is_open for f in (first, second, third, fourth))


def test_accept_all_in_category_is_one_undo_step(window: MainWindow) -> None:
    review = window.session.review
    assert review is not None
    finding = _open(window)[0]
    window.accept_category(finding.category)
    same = [f for f in review.findings if f.category is finding.category and f.voice is Voice.AUTHOR]
    assert all(review.decision(f).kind is DecisionKind.ACCEPTED for f in same)
    window.undo_action.trigger()
    assert all(review.decision(f).is_open for f in same)


def test_typing_reanalyses_and_keeps_decisions(window: MainWindow, qtbot: QtBot) -> None:
    review = window.session.review
    assert review is not None
    finding = _open(window)[-1]
    window.decide(finding, review.decision(finding).__class__(DecisionKind.KEPT))
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    window.editor.setTextCursor(cursor)
    with qtbot.waitSignal(window.session.analysisChanged, timeout=60_000):
        qtbot.keyClicks(window.editor, "Eilmeldung: ")
    wait_analysed(qtbot, window)
    assert window.session.text.startswith("Eilmeldung: ")
    assert window.editor.textCursor().position() == len("Eilmeldung: ")
    moved = [f for f in window.session.review.findings if f.text == finding.text and f.rule == finding.rule]
    assert any(window.session.review.decision(f).kind is DecisionKind.KEPT for f in moved)


def test_translate_with_a_local_provider_and_compare(window: MainWindow, qtbot: QtBot,
                                                     libretranslate: FakeService,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    translations = window.translations
    translations.save_settings(translations.settings.with_options("libretranslate", url=libretranslate.url))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(translations.running, timeout=60_000,
                          check_params_cb=lambda running: running is False):
        window.translate_with("libretranslate")
    assert "libretranslate" in translations.settings.enabled
    assert libretranslate.requests, "the real client spoke HTTP to the local server"
    wait_analysed(qtbot, window)
    sentences = window._sentences()
    machine = translations.aligned("libretranslate", sentences)
    assert machine == [s.upper() for s in sentences]
    assert window.translation_choice.currentData() == "libretranslate"
    shown = window.translation_view.toPlainText()
    assert "HISTORISCHER DURCHBRUCH" in shown
    assert "softened" in shown, "German words passed off as English lose every English framing finding"
    window.bottom_tabs.setCurrentWidget(window.compare_view)
    model = window.compare_view.model
    assert model.columnCount() >= 4, "number, German and two translations"
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any("Reference" in str(label) for label in labels)
    assert any("LibreTranslate" in str(label) for label in labels)
    pair = "Reference: raketenstopp.en ↔ LibreTranslate"
    window.diff_view.set_current(pair)
    assert window.diff_view.current() == pair
    review = window.session.review
    assert review is not None
    with qtbot.waitSignal(window.session.rewriteChanged, timeout=30_000):
        window.decide(_open(window)[0], review.decision(review.findings[0]).__class__(DecisionKind.KEPT))
    assert window.diff_view.current() == pair, "a new rewrite keeps the translation pairs on offer"


def test_translation_without_consent_sends_nothing(window: MainWindow, libretranslate: FakeService,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    translations = window.translations
    translations.save_settings(translations.settings.with_options("libretranslate", url=libretranslate.url))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    window.translate_with("libretranslate")
    assert translations.job is None
    assert not libretranslate.requests
    assert "libretranslate" not in translations.settings.enabled


def test_hand_edited_translation_is_kept_in_memory(window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("A one-week pause in strikes on Kyiv", True))
    window.edit_translation(0)
    first = window._sentences()[0]
    assert window.translations.aligned(window.translation_choice.currentData(), [first]) == [
        "A one-week pause in strikes on Kyiv"]
    memory = window.translations.memory()
    assert memory is not None
    assert memory.lookup("human", "de", "en", first) == "A one-week pause in strikes on Kyiv"


def test_open_rejects_binary_files_with_a_message(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(f"{title}: {text}"))
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    before = window.session.text
    assert not window.open_path(binary)
    assert shown and "photo.txt" in shown[0]
    assert window.session.text == before


def test_hidden_details_tabs_take_new_data_when_shown(window: MainWindow, qtbot: QtBot) -> None:
    assert window.bottom_tabs.currentWidget() is window.diff_view
    review = window.session.review
    assert review is not None
    assert window.chart._paragraphs == [], "a tab never shown is not filled"
    window.bottom_tabs.setCurrentWidget(window.chart)
    blocks = {s.block for s in review.analysis.sentences}
    assert {p.block for p in window.chart._paragraphs} == blocks
    window.bottom_tabs.setCurrentWidget(window.compare_view)
    before = len(review.analysis.sentences)
    assert window.compare_view.model.rowCount() == before
    window.bottom_tabs.setCurrentWidget(window.diff_view)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n\nEin neuer Absatz ist zweifellos ein Erfolg.")
    window.editor.setTextCursor(cursor)
    wait_analysed(qtbot, window)
    assert window.compare_view.model.rowCount() == before, "not shown: the old sentences"
    window.bottom_tabs.setCurrentWidget(window.compare_view)
    assert len(review.analysis.sentences) == before + 1
    assert window.compare_view.model.rowCount() == before + 1
    window.bottom_tabs.setCurrentWidget(window.chart)
    assert len(window.chart._paragraphs) == len(blocks) + 1


def test_density_chart_click_jumps_to_the_paragraph(window: MainWindow) -> None:
    review = window.session.review
    assert review is not None
    block = review.analysis.sentences[-1].block
    window.chart.paragraphClicked.emit(block)
    index = window.editor.current_sentence
    assert review.analysis.sentences[index].block == block


def test_export_html_pdf_docx_json(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    import json

    from docx import Document

    review = window.session.review
    assert review is not None
    finding = next(f for f in _open(window) if f.suggestions and f.voice is Voice.AUTHOR)
    with qtbot.waitSignal(window.session.rewriteChanged, timeout=30_000):
        window.decide(finding, review.decision(finding).__class__(DecisionKind.ACCEPTED))
    for kind in ("html", "pdf", "docx", "json"):
        assert window.export(kind, tmp_path / f"report.{kind}"), kind
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert finding.text.replace("&", "&amp;") in html and finding.suggestions[0] in html
    assert "Historic breakthrough" in html, "the reference translation is in the report"
    assert "<script" not in html
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    rewrite = window.session.rewrite
    assert rewrite is not None
    paragraphs = "\n".join(p.text for p in Document(str(tmp_path / "report.docx")).paragraphs)
    assert finding.suggestions[0] in paragraphs or finding.suggestions[0].capitalize() in paragraphs
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["format"] == "framing-desk-report"


def test_open_word_and_html_documents(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from docx import Document

    word = tmp_path / "bericht.docx"
    document = Document()
    document.add_paragraph("Ein historischer Durchbruch für die Regierung.")
    document.save(str(word))
    with qtbot.waitSignal(window.session.analysisChanged, timeout=60_000):
        assert window.open_path(word)
    assert window.editor.toPlainText().startswith("Ein historischer Durchbruch")
    assert any(m.finding.text == "historischer Durchbruch" for m in window.editor.marks)
    page = tmp_path / "seite.html"
    page.write_text("<html><head><script>alert(1)</script></head><body><nav>Menü</nav>"
                    "<article><p>Experten gehen davon aus, dass es klappt.</p></article></body></html>",
                    encoding="utf-8")
    with qtbot.waitSignal(window.session.analysisChanged, timeout=60_000):
        assert window.open_path(page)
    assert window.editor.toPlainText().strip() == "Experten gehen davon aus, dass es klappt."


def test_settings_dialog_changes_the_analysis_at_once(window: MainWindow, qtbot: QtBot) -> None:
    from framing_desk.core.model import Category

    review = window.session.review
    assert review is not None
    category = next(f.category for f in review.findings if f.category is not Category.OPINION)
    before = sum(1 for f in review.findings if f.category is category)
    assert before
    dialog = window.open_settings("analysis")
    assert dialog.isVisible() and window.open_settings() is dialog
    dialog.analysis_page.category_checks[category].click()
    with qtbot.waitSignal(window.session.analysisChanged, timeout=30_000):
        dialog.accept()
    review = window.session.review
    assert review is not None and not any(f.category is category for f in review.findings)
    assert category in load_preferences().disabled_categories
    assert window._settings_dialog is None


def test_findings_list_keeps_its_rows_when_an_edit_only_moves_the_findings(
        window: MainWindow, qtbot: QtBot) -> None:
    from framing_desk.gui.findings_panel import FINDING_ROLE

    panel = window.findings
    rows = [list(row) for row in panel._rows]
    before = [row[0].data(FINDING_ROLE) for row in rows]
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Berlin. ")
    wait_analysed(qtbot, window)
    assert [list(row) for row in panel._rows] == rows, "the same items, not a rebuilt list"
    after = [row[0].data(FINDING_ROLE) for row in rows]
    assert [(f.text, f.rule) for f in after] == [(f.text, f.rule) for f in before]
    assert all(a.start == b.start + len("Berlin. ") for a, b in zip(after, before, strict=True))
    assert all(window.session.text[f.start:f.end] == f.text for f in after)
    review = window.session.review
    assert review is not None
    window.decide(after[0], review.decision(after[0]).__class__(DecisionKind.KEPT))
    assert panel._rows != rows, "a decision changes what the list shows: rebuilt"
