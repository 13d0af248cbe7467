"""The density chart: bar geometry, clicks and keys to paragraphs, tooltips, the empty state, themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from framing_desk.core import Engine
from framing_desk.core.density import ParagraphDensity, paragraph_density
from framing_desk.core.model import Category
from framing_desk.gui.density_chart import DensityChart
from framing_desk.gui.styles import category_underline, is_dark

PARAGRAPHS = [
    ParagraphDensity(0, 0, 100, 40, {Category.EVALUATIVE: 2, Category.CERTAINTY: 1}, 7.5),
    ParagraphDensity(2, 102, 200, 25, {}, 0.0),
    ParagraphDensity(5, 210, 300, 20, {Category.INTENSIFIER: 1, Category.LOADED_TERM: 2}, 15.0),
]

OFFSCREEN_TOOLTIP = pytest.mark.qt_log_ignore("This plugin does not support raise")
"""The offscreen platform warns the first time a tooltip window is raised."""


@pytest.fixture
def chart(qtbot: QtBot) -> DensityChart:
    widget = DensityChart()
    qtbot.addWidget(widget)
    widget.resize(420, 200)
    widget.set_data(PARAGRAPHS)
    return widget


@pytest.fixture
def dark_palette() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6")):
        dark.setColor(role, QColor(color))
    app.setPalette(dark)
    yield
    app.setPalette(light)


def test_bars_stand_in_paragraph_order_with_heights_by_density(chart: DensityChart) -> None:
    bars = [chart.bar_rect(i) for i in range(3)]
    assert bars[0].right() < bars[1].left() < bars[2].left()
    assert bars[1].height() == 0
    assert bars[2].height() == pytest.approx(2 * bars[0].height())
    assert bars[0].bottom() == pytest.approx(bars[2].bottom())
    assert chart.rect().contains(bars[2].toRect())


@pytest.mark.parametrize(("index", "block"), [(0, 0), (2, 5)])
def test_clicking_a_bar_emits_its_block(qtbot: QtBot, chart: DensityChart, index: int, block: int) -> None:
    with qtbot.waitSignal(chart.paragraphClicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())
    assert blocker.args == [block]
    assert chart.current_block() == block


def test_a_paragraph_without_findings_is_clickable_in_its_column(qtbot: QtBot, chart: DensityChart) -> None:
    above_empty_bar = QPoint(int(chart.bar_rect(1).center().x()), int(chart.bar_rect(0).center().y()))
    with qtbot.waitSignal(chart.paragraphClicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=above_empty_bar)
    assert blocker.args == [2]


def test_clicking_beside_the_bars_emits_nothing(qtbot: QtBot, chart: DensityChart) -> None:
    with qtbot.assertNotEmitted(chart.paragraphClicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() - 5, 5))
        qtbot.mouseClick(chart, Qt.MouseButton.RightButton, pos=chart.bar_rect(0).center().toPoint())
    assert chart.current_block() is None


@OFFSCREEN_TOOLTIP
def test_keyboard_selects_with_arrows_and_emits_with_enter(qtbot: QtBot, chart: DensityChart) -> None:
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_block() == 0
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_block() == 0
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_block() == 5
    with qtbot.waitSignal(chart.paragraphClicked) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == [5]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_block() == 0
    assert chart.accessibleDescription() == chart.bar_tooltip(0)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_block() == 5


def test_left_without_selection_starts_at_the_last_bar(qtbot: QtBot, chart: DensityChart) -> None:
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_block() == 5


def test_tooltips_name_density_and_counts(chart: DensityChart) -> None:
    assert chart.bar_tooltip(0) == "Paragraph 1: 7.5 findings per 100 words — 2 Evaluative, 1 Certainty"
    assert chart.bar_tooltip(1) == "Paragraph 3: 0 findings per 100 words"
    assert chart.bar_tooltip(2) == "Paragraph 6: 15 findings per 100 words — 1 Intensifier, 2 Loaded term"


@OFFSCREEN_TOOLTIP
def test_tooltip_event_shows_the_bar_under_the_pointer(chart: DensityChart) -> None:
    pos = chart.bar_rect(2).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == chart.bar_tooltip(2)
    QToolTip.hideText()


def test_selection_follows_the_block_across_new_data(qtbot: QtBot, chart: DensityChart) -> None:
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(2).center().toPoint())
    chart.set_data([PARAGRAPHS[2], PARAGRAPHS[0]])
    assert chart.current_block() == 5
    chart.set_data(PARAGRAPHS[:2])
    assert chart.current_block() is None
    chart.set_data([])
    assert chart.is_empty()


def test_empty_chart_ignores_clicks_and_keys(qtbot: QtBot) -> None:
    chart = DensityChart()
    qtbot.addWidget(chart)
    chart.resize(300, 150)
    chart.set_data([ParagraphDensity(0, 0, 10, 3, {}, 0.0)])
    assert chart.is_empty()
    with qtbot.assertNotEmitted(chart.paragraphClicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(150, 75))
        qtbot.keyClick(chart, Qt.Key.Key_Right)
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chart.index_at(QPointF(150, 75)) is None
    assert not chart.grab().isNull()


def test_size_hints(chart: DensityChart) -> None:
    hint, minimum = chart.sizeHint(), chart.minimumSizeHint()
    assert hint.width() >= minimum.width() > 100
    assert hint.height() >= minimum.height() > 50


def _pixel(chart: DensityChart, point: QPointF) -> QColor:
    return chart.grab().toImage().pixelColor(point.toPoint())


def test_bars_take_the_theme_colour(chart: DensityChart, dark_palette: None) -> None:
    assert is_dark()
    bar = chart.bar_rect(0)
    lowest_segment = QPointF(bar.center().x(), bar.bottom() - 3)  # evaluative: plain colour, no pattern
    assert _pixel(chart, lowest_segment).name() == category_underline(Category.EVALUATIVE).name()
    assert _pixel(chart, QPointF(5, 5)).name() == "#1e1e1e"


def test_bars_take_the_light_theme_colour(chart: DensityChart) -> None:
    assert not is_dark()
    bar = chart.bar_rect(0)
    lowest_segment = QPointF(bar.center().x(), bar.bottom() - 3)
    assert _pixel(chart, lowest_segment).name() == category_underline(Category.EVALUATIVE).name()


def test_real_analysis_charts_and_clicks_through(qtbot: QtBot, de_engine: Engine) -> None:
    text = ("Die Regierung hat zweifellos recht. Ein bemerkenswerter Erfolg.\n\n"
            "Der Zug fährt um neun Uhr ab.\n"
            "Kritiker sagen, das sei ein Skandal.")
    paragraphs = paragraph_density(de_engine.analyze(text))
    chart = DensityChart()
    qtbot.addWidget(chart)
    chart.resize(400, 180)
    chart.set_data(paragraphs)
    assert not chart.is_empty()
    with qtbot.waitSignal(chart.paragraphClicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(0).center().toPoint())
    assert blocker.args == [paragraphs[0].block]
    assert chart.bar_tooltip(0).startswith("Paragraph 1: ")
