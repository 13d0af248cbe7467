"""A small painted chart: framing findings per 100 words in each paragraph, stacked by category."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from framing_desk.core.density import ParagraphDensity
from framing_desk.core.model import Category
from framing_desk.gui.labels import category_label
from framing_desk.gui.styles import category_underline, is_dark

PATTERNS: dict[Category, Qt.BrushStyle] = {
    Category.EVALUATIVE: Qt.BrushStyle.NoBrush,
    Category.INTENSIFIER: Qt.BrushStyle.BDiagPattern,
    Category.CERTAINTY: Qt.BrushStyle.Dense6Pattern,
    Category.VAGUE_ATTRIBUTION: Qt.BrushStyle.FDiagPattern,
    Category.LOADED_TERM: Qt.BrushStyle.CrossPattern,
    Category.PRESUPPOSITION: Qt.BrushStyle.HorPattern,
    Category.OPINION: Qt.BrushStyle.DiagCrossPattern,
}
"""The pattern over each category's colour, so that colour is not the only cue."""

_MARGIN = 8
_MAX_BAR_WIDTH = 32
_SWATCH = 12


def fill_swatch(painter: QPainter, rect: QRectF, category: Category) -> None:
    """Paint `rect` in the category's colour with its pattern on top."""
    painter.fillRect(rect, category_underline(category))
    pattern = PATTERNS[category]
    if pattern is not Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(0, 0, 0, 150) if is_dark() else QColor(255, 255, 255, 170),
                                      pattern))


class DensityChart(QWidget):
    """Findings per 100 words per paragraph as stacked bars, with per-category totals beside them.

    Click a bar, or select it with Left/Right and press Enter, to emit
    `paragraphClicked` with the paragraph's block index.
    """

    paragraphClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paragraphs: list[ParagraphDensity] = []
        self._totals: dict[Category, int] = {}
        self._current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Framing density per paragraph"))

    def set_data(self, paragraphs: Sequence[ParagraphDensity]) -> None:
        """Show these paragraphs; the selection is kept on the same block where it still exists."""
        block = self.current_block()
        self._paragraphs = list(paragraphs)
        self._totals = {category: total for category in Category
                        if (total := sum(p.counts.get(category, 0) for p in self._paragraphs))}
        blocks = [p.block for p in self._paragraphs]
        self._set_current(blocks.index(block) if block in blocks and self._totals else None)
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        """Whether there is no framing language to chart."""
        return not self._totals

    def current_block(self) -> int | None:
        """The block of the selected bar, if any."""
        return None if self._current is None else self._paragraphs[self._current].block

    def bar_rect(self, index: int) -> QRectF:
        """The painted bar of the `index`-th paragraph (zero height where it has no findings)."""
        plot = self._plot_rect()
        slot = plot.width() / len(self._paragraphs)
        width = max(1.0, min(slot * 0.7, _MAX_BAR_WIDTH))
        height = plot.height() * self._paragraphs[index].weighted / self._scale()
        left = plot.left() + slot * index + (slot - width) / 2
        return QRectF(left, plot.bottom() - height, width, height)

    def index_at(self, pos: QPointF) -> int | None:
        """The paragraph whose column (the full height of the plot) contains `pos`."""
        plot = self._plot_rect()
        if self.is_empty() or not plot.contains(pos):
            return None
        index = int((pos.x() - plot.left()) / (plot.width() / len(self._paragraphs)))
        return min(index, len(self._paragraphs) - 1)

    def bar_tooltip(self, index: int) -> str:
        """"Paragraph 3: 4 findings per 100 words — 2 Evaluative, 1 Certainty"."""
        paragraph = self._paragraphs[index]
        density = self._number(paragraph.weighted)
        text = (self.tr("Paragraph {number}: {density} finding per 100 words")
                if round(paragraph.weighted, 1) == 1
                else self.tr("Paragraph {number}: {density} findings per 100 words"))
        text = text.format(number=paragraph.block + 1, density=density)
        if paragraph.counts:
            text += " — " + ", ".join(self.tr("{count} {category}").format(count=count,
                                                                           category=category_label(category))
                                      for category, count in paragraph.counts.items())
        return text

    def sizeHint(self) -> QSize:
        return QSize(max(200, 14 * len(self._paragraphs)) + self._legend_width(), 170)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(120 + self._legend_width(), max(4 * line, (len(self._totals) + 1) * line) + 2 * _MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.is_empty():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No framing language found"))
            return
        self._paint_axis(painter)
        for index in range(len(self._paragraphs)):
            self._paint_bar(painter, index)
        self._paint_legend(painter)

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.bar_tooltip(index), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position()) if event.button() is Qt.MouseButton.LeftButton else None
        if index is None:
            super().mousePressEvent(event)
            return
        self._set_current(index)
        self.paragraphClicked.emit(self._paragraphs[index].block)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_bar = self.index_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over_bar else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, last = event.key(), len(self._paragraphs) - 1
        if self.is_empty():
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Left:
            self._select(last if self._current is None else max(0, self._current - 1))
        elif key == Qt.Key.Key_Right:
            self._select(0 if self._current is None else min(last, self._current + 1))
        elif key == Qt.Key.Key_Home:
            self._select(0)
        elif key == Qt.Key.Key_End:
            self._select(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current is not None:
            self.paragraphClicked.emit(self._paragraphs[self._current].block)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _select(self, index: int) -> None:
        """Select by keyboard: show the bar's tooltip, as the mouse would."""
        self._set_current(index)
        bar = self.bar_rect(index)
        QToolTip.showText(self.mapToGlobal(bar.topRight().toPoint()), self.bar_tooltip(index), self)

    def _set_current(self, index: int | None) -> None:
        self._current = index
        self.setAccessibleDescription("" if index is None else self.bar_tooltip(index))
        self.update()

    def _scale(self) -> float:
        """The density at the top of the plot: the highest bar, rounded up to a whole number."""
        return float(max(1, math.ceil(max(p.weighted for p in self._paragraphs))))

    def _number(self, value: float) -> str:
        return self.locale().toString(value, "f", 0 if round(value, 1).is_integer() else 1)

    def _legend_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(f"{category_label(category)}  {total}")
                      for category, total in self._totals.items()), default=0)
        return _SWATCH + 6 + widest + 2 * _MARGIN if widest else 0

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = _MARGIN + metrics.horizontalAdvance(self._number(self._scale()) if self._totals else "0") + 6
        top = _MARGIN + metrics.height() / 2
        right = self.width() - self._legend_width() - _MARGIN
        bottom = self.height() - _MARGIN - metrics.height()
        return QRectF(left, top, max(1.0, right - left), max(1.0, bottom - top))

    def _paint_axis(self, painter: QPainter) -> None:
        plot, palette = self._plot_rect(), self.palette()
        metrics = self.fontMetrics()
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(60)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine if fraction == 0 else Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = QRectF(_MARGIN, y - metrics.height() / 2, plot.left() - _MARGIN - 4, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._number(fraction * self._scale()))
        slot = plot.width() / len(self._paragraphs)
        step = max(1, math.ceil(metrics.horizontalAdvance("000") / slot))
        for index in range(0, len(self._paragraphs), step):
            cell = QRectF(plot.left() + slot * (index - step / 2 + 0.5), plot.bottom() + 2,
                          slot * step, metrics.height())
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(self._paragraphs[index].block + 1))

    def _paint_bar(self, painter: QPainter, index: int) -> None:
        paragraph, plot, palette = self._paragraphs[index], self._plot_rect(), self.palette()
        bar = self.bar_rect(index)
        if index == self._current:
            slot = plot.width() / len(self._paragraphs)
            column = QRectF(plot.left() + slot * index, plot.top(), slot, plot.height())
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(column, highlight)
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(column.adjusted(1, 1, -1, -1))
        bottom = bar.bottom()
        for category, count in paragraph.counts.items():
            height = bar.height() * count / paragraph.total
            segment = QRectF(bar.left(), bottom - height, bar.width(), height)
            fill_swatch(painter, segment, category)
            bottom -= height
        if paragraph.total:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)

    def _paint_legend(self, painter: QPainter) -> None:
        metrics, palette = self.fontMetrics(), self.palette()
        left = self.width() - self._legend_width() + _MARGIN
        width = self._legend_width() - 2 * _MARGIN
        y = float(_MARGIN)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Total"))
        for category, total in self._totals.items():
            y += metrics.height()
            swatch = QRectF(left, y + (metrics.height() - _SWATCH) / 2, _SWATCH, _SWATCH)
            fill_swatch(painter, swatch, category)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawRect(swatch)
            text = QRectF(left + _SWATCH + 6, y, width - _SWATCH - 6, metrics.height())
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             category_label(category))
            painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(total))
