"""A word-level diff between two texts, shown like a word processor's review view."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.diff import DiffOp, EditDistance, Op, edit_distance, word_diff
from framing_desk.gui.pieces import Span, rewrite_changed
from framing_desk.gui.styles import DELETE_DARK, DELETE_LIGHT, INSERT_DARK, INSERT_LIGHT, pick
from framing_desk.gui.workers import Task, start

BACKGROUND_CHARS = 20_000
"""Pairs longer than this together are compared in a pool thread, not on the UI thread."""

Comparison = tuple[tuple[DiffOp, ...], EditDistance]


def compare(texts: tuple[str, str]) -> Comparison:
    """The word-level edits from text A to text B and how many words they change."""
    ops = word_diff(*texts)
    return ops, edit_distance(*texts, ops)


class DiffMode(StrEnum):
    """Markup shows both texts' edits; Final shows text B, Original text A."""

    MARKUP = "markup"
    FINAL = "final"
    ORIGINAL = "original"


class DiffView(QWidget):
    """Choose a pair of texts and see the word-level edits from text A to text B.

    `choose_pair=False` hides the pair combo (for one pair chosen elsewhere).
    """

    currentPairChanged = Signal(str)
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, *, choose_pair: bool = True) -> None:
        super().__init__(parent)
        self._pairs: dict[str, tuple[str, str]] = {}
        self._ops: dict[str, tuple[tuple[str, str], Comparison]] = {}
        self._computing: dict[str, Task] = {}
        self._shown: str | None = None
        self._segments: list[_Segment] = []  # what the browser shows, piece by piece
        self._spans: list[Span] = []  # where each piece stands in the browser's document
        self._mode = DiffMode.MARKUP

        self.pair_combo = QComboBox(self)
        self.pair_combo.setAccessibleName(self.tr("Texts to compare"))
        self.pair_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_combo.setVisible(choose_pair)
        self.pair_combo.currentTextChanged.connect(self._pair_chosen)
        self.mode_buttons = QButtonGroup(self)
        self.summary = QLabel(self)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Differences"))

        bar = QHBoxLayout()
        bar.addWidget(self.pair_combo)
        names = {DiffMode.MARKUP: (self.tr("Markup"), self.tr("Show insertions and deletions")),
                 DiffMode.FINAL: (self.tr("Final"), self.tr("Show text B, changed words marked")),
                 DiffMode.ORIGINAL: (self.tr("Original"), self.tr("Show text A, removed words marked"))}
        for mode, (text, tip) in names.items():
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setChecked(mode is self._mode)
            button.setProperty("mode", mode.value)
            self.mode_buttons.addButton(button)
            bar.addWidget(button)
        self.mode_buttons.setExclusive(True)
        self.mode_buttons.buttonClicked.connect(
            lambda button: self.set_mode(DiffMode(button.property("mode"))))
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self._render()

    def set_pairs(self, pairs: Mapping[str, tuple[str, str]]) -> None:
        """Offer these pairs (label → (text A, text B)); the current label stays chosen if offered."""
        current = self.current()
        self._pairs = dict(pairs)
        self._ops = {label: cached for label, cached in self._ops.items()
                     if cached[0] == self._pairs.get(label)}
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        self.pair_combo.addItems(list(self._pairs))
        if current in self._pairs:
            self.pair_combo.setCurrentText(current)
        self.pair_combo.blockSignals(False)
        self._render()
        if self.current() != current:
            self.currentPairChanged.emit(self.current() or "")

    def set_current(self, label: str) -> None:
        """Show the pair called `label` (ignored if there is no such pair)."""
        if label in self._pairs:
            self.pair_combo.setCurrentText(label)

    def current(self) -> str | None:
        """The label of the pair shown, if any."""
        return self.pair_combo.currentText() if self._pairs else None

    def mode(self) -> DiffMode:
        return self._mode

    def set_mode(self, mode: DiffMode) -> None:
        """Show the markup, the final text (B) or the original text (A)."""
        if mode is not self._mode:
            self._segments, self._spans = [], []  # written anew, not piece by piece
        self._mode = mode
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode.value)
        self._render()

    def _pair_chosen(self, label: str) -> None:
        self._render()
        self.currentPairChanged.emit(label)

    def _comparison(self, label: str) -> Comparison | None:
        """The pair's diff, computed now if it is short; None while a long one is computed."""
        texts = self._pairs[label]
        cached = self._ops.get(label)
        if cached is not None and cached[0] == texts:
            return cached[1]
        if len(texts[0]) + len(texts[1]) <= BACKGROUND_CHARS:
            self._ops[label] = (texts, compare(texts))
            return self._ops[label][1]
        running = self._computing.get(label)
        if running is None or running.args[0] != texts:
            task = Task(compare, texts)
            task.signals.finished.connect(lambda result, t=task: self._compared(label, t, result))
            self._computing[label] = start(task)
        return None

    def _compared(self, label: str, task: Task, result: Comparison) -> None:
        if self._computing.get(label) is not task:
            return
        del self._computing[label]
        texts = task.args[0]
        if self._pairs.get(label) == texts:
            self._ops[label] = (texts, result)
            if self.current() == label:
                self._render()

    def _render(self) -> None:
        """Fill the browser and summary; the scroll position stays when the same pair is shown again."""
        label = self.current()
        for button in self.mode_buttons.buttons():
            button.setEnabled(label is not None)
        if label is None:
            self._shown = None
            self.summary.setText("")
            self.browser.setPlainText("")
            self.browser.setPlaceholderText(self.tr("Nothing to compare"))
            return
        comparison = self._comparison(label)
        if comparison is None:
            self.summary.setText(self.tr("Comparing…"))
            return
        ops, distance = comparison
        summary = (self.tr("{changed} word changed of {words} ({ratio} %)") if distance.changed_words == 1
                   else self.tr("{changed} words changed of {words} ({ratio} %)"))
        self.summary.setText(summary.format(
            changed=distance.changed_words, words=distance.words,
            ratio=self.locale().toString(100 * distance.ratio, "f", 1)))
        scroll = self.browser.verticalScrollBar()
        position = scroll.value() if label == self._shown else 0
        self._write(_segments(ops, self._mode), whole=label != self._shown)
        scroll.setValue(position)
        self._shown = label
        self.rendered.emit()

    def _write(self, segments: list[_Segment], *, whole: bool) -> None:
        """Put `segments` in the browser; unless `whole`, only those that differ from the ones
        shown are replaced (an edit of a long text changes a few words, not the whole diff)."""
        if whole or not self._segments:
            self.browser.clear()
            self._segments, self._spans = [], []
        formats = _formats(self._mode)

        def write(cursor: QTextCursor, index: int) -> Span:
            op, text = segments[index]
            start = cursor.position()
            cursor.insertText(text, formats[op] if text.strip() else formats[Op.EQUAL])
            return start, cursor.position()

        spans = rewrite_changed(self.browser.document(), self._segments, segments, self._spans, write)
        if spans is not None:
            self._spans = spans
        self._segments = segments

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: write the diff again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self._shown = None
            self._render()


_Segment = tuple[Op, str]


def _segments(ops: tuple[DiffOp, ...], mode: DiffMode) -> list[_Segment]:
    """The pieces of text one mode shows: Final leaves out deletions, Original insertions."""
    hidden = {DiffMode.MARKUP: None, DiffMode.FINAL: Op.DELETE, DiffMode.ORIGINAL: Op.INSERT}[mode]
    return [(op.op, op.text) for op in ops if op.op is not hidden]


def _formats(mode: DiffMode) -> dict[Op, QTextCharFormat]:
    """How each kind of piece looks in `mode` (white space is never marked)."""
    insert, delete = QTextCharFormat(), QTextCharFormat()
    insert.setBackground(QColor(pick(INSERT_LIGHT, INSERT_DARK)))
    insert.setFontUnderline(True)
    delete.setBackground(QColor(pick(DELETE_LIGHT, DELETE_DARK)))
    if mode is DiffMode.ORIGINAL:
        delete.setFontUnderline(True)
    else:
        delete.setFontStrikeOut(True)
    return {Op.EQUAL: QTextCharFormat(), Op.INSERT: insert, Op.DELETE: delete}
