"""Several translations of the same sentences side by side, with tone verdicts and a diff of two."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.diff import EditDistance
from framing_desk.core.tone import ToneCheck, compare_translations, summarize_comparisons
from framing_desk.gui import labels
from framing_desk.gui.diff_view import DiffView
from framing_desk.gui.styles import VERDICT_STYLES, verdict_color

_Index = QModelIndex | QPersistentModelIndex
_SUMMARY_CHUNK = 25
"""Sentences measured per event-loop turn for the whole-text summary."""


class ComparisonModel(QAbstractTableModel):
    """Rows are sentences; columns "#", the German source, then per provider its translation and tone."""

    NUMBER, SOURCE, FIRST_PROVIDER = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: list[str] = []
        self._translations: dict[str, list[str | None]] = {}
        self._tone: dict[str, list[ToneCheck | None]] = {}

    def set_comparison(self, source: Sequence[str], translations: Mapping[str, Sequence[str | None]],
                       tone: Mapping[str, Sequence[ToneCheck | None]]) -> None:
        """Replace the contents; raises ValueError unless every sequence has one entry per sentence."""
        rows = len(source)
        if any(len(texts) != rows for texts in (*translations.values(), *tone.values())):
            raise ValueError("translations and tone checks must have one entry per source sentence")
        self.beginResetModel()
        self._source = list(source)
        self._translations = {provider: list(texts) for provider, texts in translations.items()}
        self._tone = {provider: list(tone.get(provider, [None] * rows)) for provider in translations}
        self.endResetModel()

    def providers(self) -> list[str]:
        return list(self._translations)

    def source(self, row: int) -> str:
        return self._source[row]

    def translation(self, row: int, provider: str) -> str | None:
        return self._translations[provider][row]

    def provider_column(self, provider: str) -> int:
        """The column of the provider's translation; its tone is in the next column."""
        return self.FIRST_PROVIDER + 2 * self.providers().index(provider)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._source)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.FIRST_PROVIDER + 2 * len(self._translations)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        provider, is_tone = self._provider_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NUMBER:
                return "#"
            if section == self.SOURCE:
                return self.tr("German source")
            return self.tr("Tone") if is_tone else provider
        if role == Qt.ItemDataRole.ToolTipRole and provider is not None:
            text = (self.tr("How the {provider} translation treats the framing of the source") if is_tone
                    else self.tr("Translation by {provider}"))
            return text.format(provider=provider)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.NUMBER:
            return self._number_data(row, role)
        if column == self.SOURCE:
            return self._source[row] if role == Qt.ItemDataRole.DisplayRole else self._text_alignment(role)
        provider, is_tone = self._provider_at(column)
        assert provider is not None
        if is_tone:
            return self._tone_data(self._tone[provider][row], role)
        return self._translation_data(provider, self._translations[provider][row], role)

    def is_tone_column(self, column: int) -> bool:
        return self._provider_at(column)[1]

    def _provider_at(self, column: int) -> tuple[str | None, bool]:
        """The provider of a column and whether it is its tone column; (None, False) for # and source."""
        if column < self.FIRST_PROVIDER:
            return None, False
        offset = column - self.FIRST_PROVIDER
        return self.providers()[offset // 2], offset % 2 == 1

    def _number_data(self, row: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        return None

    def _translation_data(self, provider: str, text: str | None, role: int) -> object:
        if text is not None:
            return text if role == Qt.ItemDataRole.DisplayRole else self._text_alignment(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("— not translated —")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{provider} has no translation of this sentence").format(provider=provider)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return self._text_alignment(role)

    def _tone_data(self, check: ToneCheck | None, role: int) -> object:
        if check is None:
            return None
        style = VERDICT_STYLES[check.verdict]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{style.sign} {verdict_label(check)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return check.explanation
        if role == Qt.ItemDataRole.ForegroundRole:
            return verdict_color(check.verdict)
        return self._text_alignment(role)

    @staticmethod
    def _text_alignment(role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None


def verdict_label(check: ToneCheck) -> str:
    """The verdict's name, translated (context "Labels")."""
    return labels.verdict_label(check.verdict)


class ComparisonView(QWidget):
    """The comparison table, and below it a diff of the selected sentence in two chosen translations."""

    sentenceSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setMinimumSectionSize(24)
        self.table.horizontalHeader().sectionResized.connect(self._refit_rows)
        self.table.verticalScrollBar().valueChanged.connect(self._schedule_row_heights)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setAccessibleName(self.tr("Translations side by side"))

        self.combo_a, self.combo_b = QComboBox(self), QComboBox(self)
        self.combo_a.setAccessibleName(self.tr("Translation A"))
        self.combo_b.setAccessibleName(self.tr("Translation B"))
        self.combo_a.currentIndexChanged.connect(self._show_diff)
        self.combo_b.currentIndexChanged.connect(self._show_diff)
        self.diff = DiffView(self, choose_pair=False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        choice = QHBoxLayout()
        for text, combo in ((self.tr("Translation &A:"), self.combo_a),
                            (self.tr("Translation &B:"), self.combo_b)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            choice.addWidget(label)
            choice.addWidget(combo, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(choice)
        lower_layout.addWidget(self.diff, 1)
        lower_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._following = False
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self.fit_visible_rows)
        self._fitted: set[int] = set()
        self._summary_timer = QTimer(self)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._summary_step)
        self._summary_steps: Iterator[None] = iter(())

    def set_comparison(self, source: Sequence[str], translations: Mapping[str, Sequence[str | None]],
                       tone: Mapping[str, Sequence[ToneCheck | None]]) -> None:
        """Show these sentences and translations; the whole-text summary is measured in the background."""
        self.model.set_comparison(source, translations, tone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(self.model.columnCount()):
            if column == ComparisonModel.NUMBER or self.model.is_tone_column(column):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        providers = self.model.providers()
        for combo, default in ((self.combo_a, 0), (self.combo_b, 1)):
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(providers)
            combo.setCurrentIndex(providers.index(chosen) if chosen in providers
                                  else min(default, len(providers) - 1))
            combo.blockSignals(False)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self._refit_rows()
        self._show_diff()
        self._summary_steps = self._measure()
        measuring = self.tr("Measuring how far the translations differ…")
        self.summary.setText(measuring if len(providers) > 1 else "")
        self._summary_timer.start()

    def select_sentence(self, row: int) -> None:
        """Select and show sentence `row` without emitting `sentenceSelected`."""
        if not 0 <= row < self.model.rowCount():
            return
        self._following = True
        try:
            self.table.selectRow(row)
            index = self.model.index(row, 0)
            if not self.table.viewport().rect().contains(self.table.visualRect(index)):
                self._fit_rows(row, 0)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        finally:
            self._following = False

    def current_sentence(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def summary_finished(self) -> bool:
        """Whether the whole-text summary has been measured."""
        return not self._summary_timer.isActive()

    def fit_visible_rows(self) -> None:
        """Fit the rows in view to their wrapped text; rows out of view keep their height until seen.

        Fitting all rows takes ~2 ms a row; fitting as they scroll into view keeps long texts fast.
        """
        top = max(0, self.table.rowAt(0))
        self._fit_rows(top, self.table.verticalHeader().sectionViewportPosition(top))

    def _fit_rows(self, row: int, position: int) -> None:
        """Fit rows from `row`, which starts at `position` in the viewport, down to the viewport's end."""
        header, bottom = self.table.verticalHeader(), self.table.viewport().height()
        while row < self.model.rowCount() and position < bottom:
            if row not in self._fitted:
                self.table.resizeRowToContents(row)
                self._fitted.add(row)
            position += header.sectionSize(row)
            row += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_row_heights()

    def _refit_rows(self) -> None:
        """Column widths changed: every row must be fitted again."""
        self._fitted.clear()
        self._schedule_row_heights()

    def _schedule_row_heights(self) -> None:
        """Fit the rows in view once, after the current burst of resizes or scrolls."""
        self._row_timer.start()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_diff()
        row = self.current_sentence()
        if row is not None and not self._following:
            self.sentenceSelected.emit(row)

    def _show_diff(self) -> None:
        """Diff the selected sentence from translation A to translation B."""
        row, a, b = self.current_sentence(), self.combo_a.currentText(), self.combo_b.currentText()
        texts = None if row is None or not a or not b else (self.model.translation(row, a),
                                                            self.model.translation(row, b))
        if texts is None or texts[0] is None or texts[1] is None:
            self.diff.set_pairs({})
        else:
            self.diff.set_pairs({f"{a} ↔ {b}": (texts[0], texts[1])})

    def _measure(self) -> Iterator[None]:
        """Sum the distances of every pair of providers over the sentences both translated, in chunks."""
        providers, rows = self.model.providers(), self.model.rowCount()
        distances: list[dict[tuple[str, str], EditDistance]] = []
        for start in range(0, rows, _SUMMARY_CHUNK):
            for row in range(start, min(rows, start + _SUMMARY_CHUNK)):
                texts = {p: [text] for p in providers if (text := self.model.translation(row, p)) is not None}
                distances += compare_translations(texts)
            yield
        totals = {(c.a, c.b): c for c in summarize_comparisons(distances)}
        lines = []
        for a, b in combinations(providers, 2):
            total = totals.get((a, b))
            if total is None:
                lines.append(self.tr("{a} ↔ {b}: no sentence translated by both").format(a=a, b=b))
                continue
            text = (self.tr("{a} ↔ {b}: {changed} word changed of {words} ({ratio} %)")
                    if total.changed_words == 1
                    else self.tr("{a} ↔ {b}: {changed} words changed of {words} ({ratio} %)"))
            lines.append(text.format(
                a=a, b=b, changed=total.changed_words, words=total.words,
                ratio=self.locale().toString(100 * total.ratio, "f", 1)))
        self.summary.setText("\n".join(lines))

    def _summary_step(self) -> None:
        try:
            next(self._summary_steps)
        except StopIteration:
            self._summary_timer.stop()
