"""The diff view: what each mode shows, escaping, marks, the summary, pair choice and scrolling."""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from framing_desk.core.diff import edit_distance
from framing_desk.gui.diff_view import BACKGROUND_CHARS, DiffMode, DiffView
from framing_desk.gui.styles import DELETE_LIGHT, INSERT_LIGHT

from ..conftest import SHARED

CORPUS = SHARED / "corpus" / "de-news"
ORIGINAL = "Ein bemerkenswerter Erfolg  für <script>alert(1)</script>.\nDie Regierung hat zweifellos recht."
REWRITE = "Ein Erfolg  für <script>alert(1)</script>.\nDie Regierung hat recht, sagte sie."


@pytest.fixture
def view(qtbot: QtBot) -> DiffView:
    widget = DiffView()
    qtbot.addWidget(widget)
    widget.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    widget.resize(500, 200)
    widget.set_pairs({"Original ↔ Rewrite": (ORIGINAL, REWRITE), "Google ↔ DeepL": ("a b", "a c")})
    return widget


def button(view: DiffView, mode: DiffMode) -> QAbstractButton:
    return next(b for b in view.mode_buttons.buttons() if b.property("mode") == mode.value)


def test_markup_shows_both_sides_and_keeps_line_breaks(view: DiffView) -> None:
    assert view.current() == "Original ↔ Rewrite"
    assert view.mode() is DiffMode.MARKUP
    assert view.browser.toPlainText() == (
        "Ein bemerkenswerter Erfolg  für <script>alert(1)</script>.\n"
        "Die Regierung hat zweifellos rechtrecht, sagte sie.")


def test_final_and_original_show_one_text_exactly(qtbot: QtBot, view: DiffView) -> None:
    qtbot.mouseClick(button(view, DiffMode.FINAL), Qt.MouseButton.LeftButton)
    assert view.mode() is DiffMode.FINAL
    assert view.browser.toPlainText() == REWRITE
    qtbot.mouseClick(button(view, DiffMode.ORIGINAL), Qt.MouseButton.LeftButton)
    assert view.mode() is DiffMode.ORIGINAL
    assert view.browser.toPlainText() == ORIGINAL
    assert button(view, DiffMode.ORIGINAL).isChecked()
    assert not button(view, DiffMode.MARKUP).isChecked()


def test_markup_is_escaped_not_interpreted(view: DiffView) -> None:
    assert "<script>" in view.browser.toPlainText()
    assert "<script>" not in view.browser.toHtml()
    assert html.escape("<script>") in view.browser.toHtml()


def test_deletions_struck_through_insertions_underlined(view: DiffView) -> None:
    document = view.browser.document()
    deleted = document.find("bemerkenswerter")
    deleted_format = deleted.charFormat()
    assert deleted_format.fontStrikeOut()
    assert deleted_format.background().color() == QColor(DELETE_LIGHT)
    inserted = document.find("sagte")
    assert inserted.charFormat().fontUnderline()
    assert inserted.charFormat().background().color() == QColor(INSERT_LIGHT)
    kept = document.find("Regierung")
    assert not kept.charFormat().fontUnderline() and not kept.charFormat().fontStrikeOut()


def test_final_marks_changed_words_subtly(view: DiffView) -> None:
    view.set_mode(DiffMode.FINAL)
    inserted = view.browser.document().find("sagte").charFormat()
    assert inserted.fontUnderline() and not inserted.fontStrikeOut()
    assert not view.browser.document().find("Erfolg").charFormat().fontUnderline()


def test_summary_counts_changed_words(view: DiffView) -> None:
    distance = edit_distance(ORIGINAL, REWRITE)
    assert view.summary.text() == (
        f"{distance.changed_words} words changed of {distance.words} ({100 * distance.ratio:.1f} %)")
    assert view.summary.text() == "4 words changed of 13 (30.8 %)"


def test_choosing_a_pair(qtbot: QtBot, view: DiffView) -> None:
    with qtbot.waitSignal(view.currentPairChanged) as blocker:
        view.set_current("Google ↔ DeepL")
    assert blocker.args == ["Google ↔ DeepL"]
    assert view.pair_combo.currentText() == "Google ↔ DeepL"
    assert view.browser.toPlainText() == "a bc"
    assert view.summary.text() == "1 word changed of 2 (50.0 %)"
    with qtbot.assertNotEmitted(view.currentPairChanged):
        view.set_current("no such pair")
    view.pair_combo.setCurrentIndex(0)
    assert view.current() == "Original ↔ Rewrite"


def test_new_pairs_keep_the_current_label(qtbot: QtBot, view: DiffView) -> None:
    view.set_current("Google ↔ DeepL")
    with qtbot.assertNotEmitted(view.currentPairChanged):
        view.set_pairs({"Original ↔ Rewrite": (ORIGINAL, REWRITE), "Google ↔ DeepL": ("a b", "a d e")})
    assert view.current() == "Google ↔ DeepL"
    assert view.browser.toPlainText() == "a bd e"
    with qtbot.waitSignal(view.currentPairChanged) as blocker:
        view.set_pairs({"Original ↔ Rewrite": (ORIGINAL, REWRITE)})
    assert blocker.args == ["Original ↔ Rewrite"]


def test_no_pairs_disables_the_view(view: DiffView) -> None:
    view.set_pairs({})
    assert view.current() is None
    assert view.browser.toPlainText() == ""
    assert view.summary.text() == ""
    assert not any(b.isEnabled() for b in view.mode_buttons.buttons())


def test_scroll_position_stays_when_the_same_pair_is_updated(view: DiffView) -> None:
    long_a = "\n".join(f"Zeile {i} mit etwas Text." for i in range(300))
    long_b = long_a.replace("Zeile 5 ", "Reihe 5 ")
    view.set_pairs({"Long": (long_a, long_b), "Other": ("x", "y")})
    view.set_current("Long")
    view.grab()
    scroll = view.browser.verticalScrollBar()
    assert scroll.maximum() > 1000
    scroll.setValue(800)
    view.set_pairs({"Long": (long_a, long_b.replace("Zeile 7 ", "Reihe 7 ")), "Other": ("x", "y")})
    assert "Reihe 7" in view.browser.toPlainText()
    assert scroll.value() == 800
    view.set_mode(DiffMode.FINAL)
    assert scroll.value() == 800
    view.set_current("Other")
    view.set_current("Long")
    assert scroll.value() == 0


def test_pair_combo_can_be_hidden(qtbot: QtBot) -> None:
    view = DiffView(choose_pair=False)
    qtbot.addWidget(view)
    view.set_pairs({"A ↔ B": ("a", "b")})
    assert view.pair_combo.isHidden()
    assert view.current() == "A ↔ B"


def test_real_translations(view: DiffView) -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    google = (CORPUS / "flores-test.google.en").read_text(encoding="utf-8").splitlines()[:30]
    microsoft = (CORPUS / "flores-test.microsoft.en").read_text(encoding="utf-8").splitlines()[:30]
    a, b = html.unescape("\n".join(google)), "\n".join(microsoft)
    view.set_pairs({"Google ↔ Microsoft": (a, b)})
    distance = edit_distance(a, b)
    assert view.summary.text().startswith(f"{distance.changed_words} words changed of {distance.words} (")
    view.set_mode(DiffMode.FINAL)
    assert view.browser.toPlainText() == b
    view.set_mode(DiffMode.ORIGINAL)
    assert view.browser.toPlainText() == a


def test_long_pairs_are_compared_off_the_ui_thread(qtbot: QtBot, view: DiffView) -> None:
    paragraph = "Die Regierung hat zweifellos einen bemerkenswerten Erfolg erzielt, sagte er.\n"
    long_a = paragraph * 400
    long_b = long_a.replace("zweifellos ", "", 100)
    assert len(long_a) + len(long_b) > BACKGROUND_CHARS
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.set_pairs({"Long": (long_a, long_b)})
        assert view.summary.text() == "Comparing…"
    assert view.summary.text().startswith("100 words changed of")
    assert view.browser.toPlainText().count("zweifellos") == 400
    view.set_mode(DiffMode.FINAL)
    assert view.browser.toPlainText() == long_b


def test_a_stale_background_comparison_is_dropped(qtbot: QtBot, view: DiffView) -> None:
    long_a = "Wort " * 5000
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.set_pairs({"Long": (long_a, long_a + "eins")})
        view.set_pairs({"Long": (long_a, long_a + "zwei")})
    assert view.browser.toPlainText().endswith("zwei")
    assert "eins" not in view.browser.toPlainText()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(["Wort", "anderes", "Erfolg", "\n", "zweifellos", "ä"]),
                         max_size=12), min_size=2, max_size=5),
       st.sampled_from(list(DiffMode)))
def test_updates_of_the_shown_pair_equal_a_fresh_diff(qtbot: QtBot, texts: list[list[str]],
                                                      mode: DiffMode) -> None:
    """Piece-by-piece updates of the same pair give the same text and marks as a new view."""
    view = DiffView()
    qtbot.addWidget(view)
    view.set_mode(mode)
    first = " ".join(texts[0])
    for words in texts[1:]:
        pair = {"Pair": (first, " ".join(words))}
        view.set_pairs(pair)
        fresh = DiffView()
        qtbot.addWidget(fresh)
        fresh.set_mode(mode)
        fresh.set_pairs(pair)
        assert view.browser.toPlainText() == fresh.browser.toPlainText()
        assert marks(view) == marks(fresh)


def marks(view: DiffView) -> list[tuple[int, bool, bool]]:
    """(position, underlined, struck out) of every character of the browser's text."""
    cursor = QTextCursor(view.browser.document())
    found = []
    while cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
        form = cursor.charFormat()
        found.append((cursor.position(), form.fontUnderline(), form.fontStrikeOut()))
    return found
