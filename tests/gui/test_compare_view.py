"""The comparison table and view: cells, verdicts, missing translations, selection, diff and summary."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from framing_desk.core import Engine
from framing_desk.core.diff import edit_distance
from framing_desk.core.model import Category, Explanation, Finding, Severity, Voice
from framing_desk.core.tone import (
    ToneCheck,
    Verdict,
    check_translation,
    compare_tone,
    compare_translations,
    summarize_comparisons,
)
from framing_desk.gui.compare_view import ComparisonModel, ComparisonView
from framing_desk.gui.diff_view import DiffMode
from framing_desk.gui.styles import VERDICT_STYLES, verdict_color

from ..conftest import SHARED

CORPUS = SHARED / "corpus" / "de-news"
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def finding(text: str, category: Category) -> Finding:
    return Finding(0, len(text), text, category, "test", Severity.WARNING, Voice.AUTHOR, Explanation("", ""))


SOURCE = ["Ein bemerkenswerter Erfolg.", "Der Zug fährt um neun Uhr ab.",
          "Die Regierung hat zweifellos recht."]
TRANSLATIONS: dict[str, list[str | None]] = {
    "Google": ["A remarkable success.", "The train leaves at nine.", "The government is undoubtedly right."],
    "DeepL": ["A success.", None, "The government is certainly right, she said."],
}
TONE: dict[str, list[ToneCheck | None]] = {
    "Google": [compare_tone([finding("bemerkenswerter", Category.EVALUATIVE)],
                            [finding("remarkable", Category.EVALUATIVE)]),
               compare_tone([], []),
               compare_tone([finding("zweifellos", Category.CERTAINTY)],
                            [finding("undoubtedly", Category.CERTAINTY)])],
    "DeepL": [compare_tone([finding("bemerkenswerter", Category.EVALUATIVE)], []), None, None],
}


@pytest.fixture
def model() -> ComparisonModel:
    model = ComparisonModel()
    model.set_comparison(SOURCE, TRANSLATIONS, TONE)
    return model


@pytest.fixture
def view(qtbot: QtBot) -> ComparisonView:
    widget = ComparisonView()
    qtbot.addWidget(widget)
    widget.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    widget.resize(900, 600)
    widget.set_comparison(SOURCE, TRANSLATIONS, TONE)
    return widget


def cell(model: ComparisonModel, row: int, column: int, role: int = DISPLAY) -> object:
    return model.data(model.index(row, column), role)


def test_shape_and_headers(model: ComparisonModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == 6
    assert model.rowCount(model.index(0, 0)) == 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["#", "German source", "Google", "Tone", "DeepL", "Tone"]
    assert model.headerData(5, Qt.Orientation.Horizontal, TOOLTIP) == (
        "How the DeepL translation treats the framing of the source")
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.provider_column("DeepL") == 4
    assert model.is_tone_column(5) and not model.is_tone_column(4)


def test_cells_show_number_source_and_translations(model: ComparisonModel) -> None:
    assert [cell(model, r, 0) for r in range(3)] == ["1", "2", "3"]
    assert cell(model, 1, 1) == "Der Zug fährt um neun Uhr ab."
    assert cell(model, 2, 2) == "The government is undoubtedly right."
    assert cell(model, 0, 4) == "A success."
    assert cell(model, 0, 2, Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    assert cell(model, 0, 0, Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    assert model.data(QModelIndex()) is None


def test_verdicts_show_sign_label_colour_and_explanation(model: ComparisonModel) -> None:
    preserved, softened = TONE["Google"][0], TONE["DeepL"][0]
    assert preserved is not None and preserved.verdict is Verdict.PRESERVED
    assert softened is not None and softened.verdict is Verdict.SOFTENED
    assert cell(model, 0, 3) == f"{VERDICT_STYLES[Verdict.PRESERVED].sign} preserved"
    assert cell(model, 0, 5) == "▼ softened"
    assert cell(model, 1, 3) == "· neutral"
    assert cell(model, 0, 5, TOOLTIP) == softened.explanation
    assert cell(model, 0, 5, TOOLTIP) == (
        'Framing lost: "bemerkenswerter" (evaluative) has no counterpart in the translation.')
    assert cell(model, 0, 5, Qt.ItemDataRole.ForegroundRole) == verdict_color(Verdict.SOFTENED)
    assert cell(model, 2, 5) is None


def test_missing_translation_is_greyed(model: ComparisonModel) -> None:
    assert cell(model, 1, 4) == "— not translated —"
    assert cell(model, 1, 4, TOOLTIP) == "DeepL has no translation of this sentence"
    assert cell(model, 1, 4, Qt.ItemDataRole.ForegroundRole) == QApplication.palette().color(
        QPalette.ColorRole.PlaceholderText)
    font = cell(model, 1, 4, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert cell(model, 1, 5) is None
    assert cell(model, 1, 2, Qt.ItemDataRole.ForegroundRole) is None


def test_tone_may_be_left_out_per_provider() -> None:
    model = ComparisonModel()
    model.set_comparison(SOURCE, TRANSLATIONS, {"Google": TONE["Google"]})
    assert cell(model, 0, 5) is None
    assert cell(model, 0, 3) == "= preserved"


def test_misaligned_input_is_refused(model: ComparisonModel) -> None:
    with pytest.raises(ValueError, match="one entry per source sentence"):
        model.set_comparison(SOURCE, {"Google": ["only one"]}, {})
    with pytest.raises(ValueError):
        model.set_comparison(SOURCE, TRANSLATIONS, {"Google": [None]})
    assert model.rowCount() == 3


def test_clicking_a_row_emits_sentence_selected_and_diffs_it(qtbot: QtBot, view: ComparisonView) -> None:
    view.grab()
    rect = view.table.visualRect(view.model.index(2, 1))
    with qtbot.waitSignal(view.sentenceSelected) as blocker:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [2]
    assert view.current_sentence() == 2
    assert view.diff.current() == "Google ↔ DeepL"
    view.diff.set_mode(DiffMode.FINAL)
    assert view.diff.browser.toPlainText() == "The government is certainly right, she said."
    distance = edit_distance("The government is undoubtedly right.",
                             "The government is certainly right, she said.")
    assert view.diff.summary.text().startswith(f"{distance.changed_words} words changed of {distance.words}")


def test_select_sentence_follows_without_emitting(qtbot: QtBot, view: ComparisonView) -> None:
    with qtbot.assertNotEmitted(view.sentenceSelected):
        view.select_sentence(0)
    assert view.current_sentence() == 0
    view.diff.set_mode(DiffMode.ORIGINAL)
    assert view.diff.browser.toPlainText() == "A remarkable success."
    view.select_sentence(99)
    assert view.current_sentence() == 0
    view.select_sentence(1)
    assert view.diff.current() is None  # DeepL has no translation of sentence 2


def test_translation_combos_choose_the_pair(view: ComparisonView) -> None:
    assert (view.combo_a.currentText(), view.combo_b.currentText()) == ("Google", "DeepL")
    view.select_sentence(0)
    view.combo_a.setCurrentText("DeepL")
    view.combo_b.setCurrentText("Google")
    assert view.diff.current() == "DeepL ↔ Google"
    view.diff.set_mode(DiffMode.FINAL)
    assert view.diff.browser.toPlainText() == "A remarkable success."


def test_whole_text_summary(qtbot: QtBot, view: ComparisonView) -> None:
    qtbot.waitUntil(view.summary_finished)
    both = [0, 2]
    distances = compare_translations({p: [TRANSLATIONS[p][i] or "" for i in both] for p in TRANSLATIONS})
    (total,) = summarize_comparisons(distances)
    assert view.summary.text() == (
        f"Google ↔ DeepL: {total.changed_words} words changed of {total.words} ({100 * total.ratio:.1f} %)")


def test_summary_for_one_provider_is_empty(qtbot: QtBot, view: ComparisonView) -> None:
    view.set_comparison(SOURCE, {"Google": TRANSLATIONS["Google"]}, {})
    qtbot.waitUntil(view.summary_finished)
    assert view.summary.text() == ""
    assert view.diff.current() is None


def corpus(name: str, rows: int) -> list[str]:
    return [html.unescape(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()[:rows]]


@pytest.fixture(scope="module")
def en_engine() -> Engine:
    return Engine("en")


def test_real_translations(qtbot: QtBot, de_engine: Engine, en_engine: Engine) -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    source = corpus("flores-test.de", 300)
    translations: dict[str, list[str | None]] = {
        "Google": list(corpus("flores-test.google.en", 300)),
        "Microsoft": list(corpus("flores-test.microsoft.en", 300)),
        "Bergamot": list(corpus("flores-test.bergamot-base.en", 300)),
    }
    translations["Bergamot"][5] = None
    text = "\n".join(source)
    tone = {p: check_translation(text, source, texts[:40] + [None] * 260, de=de_engine, en=en_engine)
            for p, texts in translations.items()}
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.set_comparison(source, translations, tone)
    model = view.model
    assert (model.rowCount(), model.columnCount()) == (300, 8)
    for provider, checks in tone.items():
        column = model.provider_column(provider) + 1
        for row, check in enumerate(checks[:40]):
            if check is not None:
                assert cell(model, row, column, TOOLTIP) == check.explanation
                assert str(cell(model, row, column)).endswith(VERDICT_STYLES[check.verdict].label)
    assert cell(model, 5, model.provider_column("Bergamot")) == "— not translated —"
    view.grab()
    view.fit_visible_rows()
    header, default = view.table.verticalHeader(), view.table.verticalHeader().defaultSectionSize()
    assert header.sectionSize(1) > default  # a long sentence, fitted to its wrapped text
    assert header.sectionSize(299) == default  # out of view: not measured yet
    view.select_sentence(250)
    assert header.sectionSize(250) == view.table.sizeHintForRow(250) > default
    assert view.table.viewport().rect().contains(view.table.visualRect(model.index(250, 1)))
    assert view.current_sentence() == 250
    qtbot.waitUntil(view.summary_finished, timeout=10_000)
    assert view.summary.text().count("\n") == 2
    assert view.summary.text().startswith("Google ↔ Microsoft: ")
