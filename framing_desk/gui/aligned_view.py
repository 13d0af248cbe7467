"""A read-only pane of per-sentence texts laid out like the original's paragraphs.

Used for the translations and the rewrite: sentence `i` here stands for
sentence `i` of the original, so selection and scrolling can follow it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from framing_desk.gui import styles
from framing_desk.gui.pieces import Span, rewrite_changed


@dataclass(frozen=True)
class Badge:
    """A short sign shown before a sentence (e.g. a tone verdict), with its colour and tooltip."""

    text: str
    color: QColor
    tooltip: str = ""


@dataclass(frozen=True)
class AlignedSentence:
    text: str | None  # None: not available (shown as a placeholder)
    block: int  # paragraph of the original
    badge: Badge | None = None
    marks: tuple[tuple[int, int], ...] = field(default=())  # ranges of `text` to mark as changed
    tooltip: str = ""


@dataclass(frozen=True)
class _Formats:
    plain: QTextCharFormat
    missing: QTextCharFormat
    changed: QTextCharFormat


_Shape = tuple[str | None, Badge | None, tuple[tuple[int, int], ...], str, bool | None]


def _shapes(items: list[AlignedSentence]) -> list[_Shape]:
    """What decides how each sentence looks, its separator included: equal shapes, equal text.
    (Not the paragraph number itself, which shifts when a paragraph is added above.)"""
    return [(item.text, item.badge, item.marks, item.tooltip,
             item.block == items[index - 1].block if index else None)
            for index, item in enumerate(items)]


def _separator(items: list[AlignedSentence], index: int) -> str:
    """What stands between sentence `index` - 1 and `index`: a space, or a paragraph break."""
    return " " if items[index].block == items[index - 1].block else "\n\n"


class AlignedView(QTextEdit):
    """Sentences in paragraphs, a current-sentence highlight, click and double-click per sentence."""

    sentenceClicked = Signal(int)
    sentenceActivated = Signal(int)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.placeholder = placeholder
        self.setPlaceholderText(placeholder)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self._ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._items: list[AlignedSentence] = []
        self._shapes: list[_Shape] = []
        self._current = -1
        self.viewport().setMouseTracking(True)

    @property
    def sentence_count(self) -> int:
        return len(self._ranges)

    def sentence_text(self, index: int) -> str | None:
        return self._items[index].text if 0 <= index < len(self._items) else None

    def set_sentences(self, items: list[AlignedSentence]) -> None:
        """Show `items`, keeping the scroll position.

        Only the sentences that differ from those shown are replaced (after an edit of the
        original that is one or two), so a long document is not laid out anew each time.
        """
        shapes = _shapes(items)
        value = self.verticalScrollBar().value()
        formats = self._formats()

        def write(cursor: QTextCursor, index: int) -> Span:
            if index:
                cursor.insertText(_separator(items, index), formats.plain)
            return self._insert(cursor, items[index], formats)

        ranges = rewrite_changed(self.document(), self._shapes, shapes, self._ranges, write)
        self._items = list(items)
        self._shapes = shapes
        if ranges is None:
            return
        self._ranges = ranges
        self._starts = [r[0] for r in self._ranges]
        self.verticalScrollBar().setValue(value)
        self.highlight_sentence(self._current)

    def _formats(self) -> _Formats:
        missing = QTextCharFormat()
        missing.setForeground(self.palette().placeholderText())
        missing.setFontItalic(True)
        changed = QTextCharFormat()
        changed.setBackground(styles.pick(styles.INSERT_LIGHT, styles.INSERT_DARK))
        changed.setFontUnderline(True)
        return _Formats(QTextCharFormat(), missing, changed)

    def _insert(self, cursor: QTextCursor, item: AlignedSentence, formats: _Formats) -> tuple[int, int]:
        """Write one sentence (badge, text with its changed words marked) at the cursor."""
        start = cursor.position()
        if item.badge is not None:
            badge = QTextCharFormat()
            badge.setForeground(item.badge.color)
            badge.setFontWeight(QFont.Weight.Bold)
            badge.setToolTip(item.badge.tooltip)
            cursor.insertText(item.badge.text + " ", badge)
        if item.text is None:
            cursor.insertText(self.placeholder, formats.missing)
        else:
            offset = 0
            for begin, end in sorted(item.marks):
                if begin < offset:
                    continue
                cursor.insertText(item.text[offset:begin], formats.plain)
                cursor.insertText(item.text[begin:end], formats.changed)
                offset = end
            cursor.insertText(item.text[offset:], formats.plain)
        return start, cursor.position()

    def redraw(self) -> None:
        """Lay every sentence out again (the colours of the theme changed)."""
        items, self._items, self._shapes, self._ranges = self._items, [], [], []
        self.document().clear()
        self.set_sentences(items)

    def sentence_at(self, position: int) -> int:
        index = bisect_right(self._starts, position) - 1
        return index if 0 <= index < len(self._ranges) else -1

    def highlight_sentence(self, index: int) -> None:
        """Mark sentence `index` as the current one (-1: none)."""
        self._current = index
        selections = []
        if 0 <= index < len(self._ranges):
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(
                styles.pick(styles.CURRENT_SENTENCE_LIGHT, styles.CURRENT_SENTENCE_DARK))
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._ranges[index][0])
            cursor.setPosition(self._ranges[index][1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def scroll_to_sentence(self, index: int, fraction: float = 0.0, offset: int = 0) -> None:
        """Scroll so that the point `fraction` into sentence `index` is `offset` pixels below the top."""
        if not 0 <= index < len(self._ranges):
            return
        start, end = self._ranges[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + round((end - start) * min(max(fraction, 0.0), 1.0)))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - offset)

    def ensure_visible(self, index: int) -> None:
        if 0 <= index < len(self._ranges):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._ranges[index][0])
            rect = self.cursorRect(cursor)
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                self.scroll_to_sentence(index, 0.0, self.viewport().height() // 3)

    def _index_at(self, point: QPoint) -> int:
        return self.sentence_at(self.cursorForPosition(point).position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            index = self._index_at(event.position().toPoint())
            if index >= 0:
                self.sentenceClicked.emit(index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index >= 0:
            self.sentenceActivated.emit(index)
        else:
            super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            index = self._index_at(point)
            tip = ""
            if 0 <= index < len(self._items):
                item = self._items[index]
                tip = item.badge.tooltip if item.badge and item.badge.tooltip else item.tooltip
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
