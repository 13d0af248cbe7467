"""The findings list: grouped by category or by position, filtered, with counts and decision buttons."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.model import Category, Finding, Severity, Voice
from framing_desk.core.review import Decision, DecisionKind, Review
from framing_desk.gui import styles
from framing_desk.gui.labels import category_label, decision_label, severity_label, voice_label
from framing_desk.gui.source_editor import finding_tooltip

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2


class FindingsPanel(QWidget):
    """Lists the review's findings; emits what the user picks or asks for."""

    findingSelected = Signal(object)  # Finding
    decisionRequested = Signal(object, object)  # Finding, Decision
    acceptAllRequested = Signal(object)  # Category

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.ui_language = "en"
        self._review: Review | None = None
        self._updating = False
        self._rows: list[list[QStandardItem]] = []  # the findings' rows, in the order they were built
        self._shown: tuple[object, ...] | None = None  # what the rows show (see `_looks`)

        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By category"), "category")
        self.grouping.addItem(self.tr("By position"), "position")
        self.category = QComboBox()
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), Severity.INFO)
        self.severity.addItem(self.tr("Warnings and errors"), Severity.WARNING)
        self.severity.addItem(self.tr("Errors only"), Severity.ERROR)
        self.show_decided = QCheckBox(self.tr("Show decided"))
        self.show_decided.setChecked(True)
        self.show_quotes = QCheckBox(self.tr("Show quotes"))
        self.show_quotes.setChecked(True)
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")

        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("findingsView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)

        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Replace with the first alternative (Ctrl+Enter)"))
        self.keep_button = QPushButton(self.tr("Keep"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.accept_all_button = QPushButton(self.tr("Accept all in category"))
        self.accept_button.clicked.connect(lambda: self._decide(Decision(DecisionKind.ACCEPTED)))
        self.keep_button.clicked.connect(lambda: self._decide(Decision(DecisionKind.KEPT)))
        self.ignore_button.clicked.connect(lambda: self._decide(Decision(DecisionKind.IGNORED_HERE)))
        self.accept_all_button.clicked.connect(self._accept_all)

        filters = QHBoxLayout()
        filters.addWidget(self.grouping)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.severity)
        toggles = QHBoxLayout()
        toggles.addWidget(self.show_decided)
        toggles.addWidget(self.show_quotes)
        toggles.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.keep_button, self.ignore_button, self.accept_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for combo in (self.grouping, self.category, self.severity):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (self.show_decided, self.show_quotes):
            box.toggled.connect(self.refresh)
        self._fill_categories(Counter())
        self._update_buttons()

    # --- data -----------------------------------------------------------------------------------

    def set_review(self, review: Review | None) -> None:
        self._review = review
        self.refresh()

    def _visible(self, finding: Finding) -> bool:
        assert self._review is not None
        wanted = self.category.currentData()
        if wanted is not None and finding.category is not wanted:
            return False
        if finding.severity.rank < Severity(self.severity.currentData()).rank:
            return False
        if not self.show_decided.isChecked() and not self._review.decision(finding).is_open:
            return False
        return self.show_quotes.isChecked() or finding.voice is not Voice.QUOTE

    def refresh(self) -> None:
        """Rebuild the list from the review, keeping the selected finding and the scroll position.

        When the rows would look as they do (an edit elsewhere only moved the findings), the
        rows keep their items and just take the new findings.
        """
        if self._updating:
            return
        findings = self._review.findings if self._review else ()
        visible = [f for f in findings if self._visible(f)]
        if self.grouping.currentData() == "category":
            visible = [f for category in Category for f in visible if f.category is category]
        looks = self._looks(visible)
        if looks == self._shown:
            # The role is not shown: no view needs to hear of it (each signal would make the
            # tree measure its columns again, a hundred milliseconds for a long document).
            self.model.blockSignals(True)
            try:
                for row, finding in zip(self._rows, visible, strict=True):
                    for item in row:
                        item.setData(finding, FINDING_ROLE)
            finally:
                self.model.blockSignals(False)
            return
        self._shown = looks
        self._rows = []
        self._updating = True
        try:
            selected = self.current_finding()
            scroll = self.view.verticalScrollBar().value()
            self._fill_categories(Counter(f.category for f in findings))
            self.model.clear()
            self.model.setHorizontalHeaderLabels(
                [self.tr("Words"), self.tr("Category"), self.tr("Severity"), self.tr("Decision")])
            if self.grouping.currentData() == "category":
                self._fill_by_category(visible)
            else:
                for finding in visible:
                    self.model.appendRow(self._row(finding))
            self.view.expandAll()
            self.view.setColumnHidden(1, self.grouping.currentData() == "category")
            header = self.view.header()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in (1, 2, 3):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            open_count = sum(1 for f in findings if self._review and self._review.decision(f).is_open)
            summary = (self.tr("{0} finding · {1} open · {2} shown") if len(findings) == 1
                       else self.tr("{0} findings · {1} open · {2} shown"))
            self.summary.setText(summary.format(
                len(findings), open_count, len(visible)))
            if selected is not None:
                self.select(selected, emit=False)
            self.view.verticalScrollBar().setValue(scroll)
        finally:
            self._updating = False
        self._update_buttons()

    def _looks(self, visible: list[Finding]) -> tuple[object, ...]:
        """Everything the list shows of the review (not the findings' offsets), and its filters."""
        review = self._review
        findings = review.findings if review else ()
        return (
            self.grouping.currentData(), self.category.currentData(), self.severity.currentData(),
            self.show_decided.isChecked(), self.show_quotes.isChecked(), self.ui_language,
            self.palette().cacheKey(),
            tuple((f.category, f.voice) for f in findings),
            tuple(review.decision(f) for f in findings) if review else (),
            tuple((f.text, f.rule, f.severity, f.explanation, f.suggestions) for f in visible),
        )

    def _fill_categories(self, counts: Counter[Category]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories ({0})").format(sum(counts.values())), None)
        for category in Category:
            self.category.addItem(f"{category_label(category)} ({counts[category]})", category)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def _fill_by_category(self, visible: list[Finding]) -> None:
        for category in Category:
            members = [f for f in visible if f.category is category]
            if not members:
                continue
            group = QStandardItem(f"{category_label(category)} ({len(members)})")
            group.setData(category, CATEGORY_ROLE)
            group.setForeground(styles.category_underline(category))
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            row = [group, QStandardItem(), QStandardItem(), QStandardItem()]
            for finding in members:
                group.appendRow(self._row(finding))
            self.model.appendRow(row)

    def _row(self, finding: Finding) -> list[QStandardItem]:
        """A finding's row (remembered in `_rows`, in the order rows are built)."""
        assert self._review is not None
        decision = self._review.decision(finding)
        words = QStandardItem(finding.text)
        words.setData(finding, FINDING_ROLE)
        words.setToolTip(finding_tooltip(finding, decision, self.ui_language))
        words.setData(styles.category_color(finding.category, muted=finding.voice is Voice.QUOTE),
                      Qt.ItemDataRole.DecorationRole)
        if finding.voice is Voice.QUOTE:
            font = words.font()
            font.setItalic(True)
            words.setFont(font)
            words.setToolTip(words.toolTip() + f"<p>{voice_label(finding.voice)}</p>")
        category = QStandardItem(category_label(finding.category))
        category.setData(finding, FINDING_ROLE)
        severity = QStandardItem(severity_label(finding.severity))
        severity.setData(finding, FINDING_ROLE)
        state = QStandardItem(decision_label(decision.kind))
        state.setData(finding, FINDING_ROLE)
        if not decision.is_open:
            for item in (words, category, severity, state):
                item.setForeground(self.palette().placeholderText())
        self._rows.append([words, category, severity, state])
        return self._rows[-1]

    # --- selection ------------------------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        finding = self.view.currentIndex().data(FINDING_ROLE)
        return finding if isinstance(finding, Finding) else None

    def select(self, finding: Finding, *, emit: bool = False) -> None:
        """Make `finding` the current row (without emitting `findingSelected` unless asked)."""
        index = self._find(finding, QModelIndex())
        if index is None:
            return
        self._updating, was = True, self._updating
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        finally:
            self._updating = was
        if emit:
            self.findingSelected.emit(finding)
        self._update_buttons()

    def _find(self, finding: Finding, parent: QModelIndex | QPersistentModelIndex) -> QModelIndex | None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(FINDING_ROLE) == finding:
                return index
            inner = self._find(finding, index)
            if inner is not None:
                return inner
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if self._updating:
            return
        finding = current.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingSelected.emit(finding)

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingSelected.emit(finding)

    def _current_category(self) -> Category | None:
        finding = self.current_finding()
        if finding is not None:
            return finding.category
        category = self.view.currentIndex().data(CATEGORY_ROLE)
        if isinstance(category, Category):
            return category
        wanted = self.category.currentData()
        return wanted if isinstance(wanted, Category) else None

    def _update_buttons(self) -> None:
        has = self.current_finding() is not None
        for button in (self.accept_button, self.keep_button, self.ignore_button):
            button.setEnabled(has)
        category = self._current_category()
        self.accept_all_button.setEnabled(category is not None)
        if category is not None:
            self.accept_all_button.setText(self.tr("Accept all: {0}").format(category_label(category)))
        else:
            self.accept_all_button.setText(self.tr("Accept all in category"))

    def _decide(self, decision: Decision) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.decisionRequested.emit(finding, decision)

    def _accept_all(self) -> None:
        category = self._current_category()
        if category is not None:
            self.acceptAllRequested.emit(category)
