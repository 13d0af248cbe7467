"""Settings page for the user's own terms: a table of them and a form to add or edit one."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.model import LANGUAGES, Category
from framing_desk.core.preferences import CustomTerm
from framing_desk.gui.labels import category_label
from framing_desk.gui.settings.analysis_page import language_name
from framing_desk.gui.settings.common import EditedSettings, EntryField, ErrorLabel, form_layout, note_label

_SEPARATORS = re.compile(r"[;\n]")


def split_alternatives(text: str) -> tuple[str, ...]:
    """Alternatives typed one per line or separated by ";", without empty ones."""
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


class TermsPage(QWidget):
    """The user's own terms to flag, with a form below the table to add or edit one."""

    def __init__(self, edited: EditedSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edited = edited
        self._editing: CustomTerm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note_label(self.tr(
            "Words and phrases of your own to flag, like the built-in rules: each word matches in all "
            "its forms.")))
        row = QHBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Language"), self.tr("Phrase"), self.tr("Category"), self.tr("Alternatives")])
        self.table.setAccessibleName(self.tr("Own terms"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._edit_selected)
        row.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.new_button = QPushButton(self.tr("&New term"))
        self.new_button.setToolTip(self.tr("Empty the form below to add a term."))
        self.new_button.clicked.connect(self._new_term)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Load the selected term into the form below."))
        self.edit_button.clicked.connect(self._edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        layout.addWidget(self._form_box())
        self._show_terms()
        self._new_term()

    def _form_box(self) -> QGroupBox:
        self.form_box = QGroupBox()
        form = form_layout(self.form_box)
        self.language_combo = QComboBox()
        for language in LANGUAGES:
            self.language_combo.addItem(language_name(language, self), language)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.phrase_field = EntryField()
        self.phrase_field.setPlaceholderText(self.tr("for example: Schicksalswahl"))
        self.phrase_field.setToolTip(self.tr("Words and punctuation only; each word matches in all its "
                                             "forms."))
        self.phrase_field.textChanged.connect(self._update_buttons)
        form.addRow(self.tr("&Phrase:"), self.phrase_field)
        self.category_combo = QComboBox()
        for category in Category:
            self.category_combo.addItem(category_label(category), category.value)
        form.addRow(self.tr("&Category:"), self.category_combo)
        self.alternatives_field = QPlainTextEdit()
        self.alternatives_field.setTabChangesFocus(True)
        self.alternatives_field.setPlaceholderText(self.tr("One per line, or separated by ;"))
        self.alternatives_field.setToolTip(self.tr("Neutral wordings to suggest; with none, the finding "
                                                   "asks to rephrase."))
        lines = self.alternatives_field.fontMetrics().lineSpacing()
        self.alternatives_field.setFixedHeight(3 * lines + 12)
        form.addRow(self.tr("&Alternatives:"), self.alternatives_field)
        self.explanation_field = EntryField()
        self.explanation_field.setPlaceholderText(self.tr("optional"))
        self.explanation_field.setToolTip(self.tr("Shown with the finding; a standard text if left empty."))
        form.addRow(self.tr("E&xplanation:"), self.explanation_field)
        for field in (self.phrase_field, self.explanation_field):
            field.returnPressed.connect(self.save_term)
        self.error_label = ErrorLabel()
        form.addRow(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_term)
        self.clear_button = QPushButton(self.tr("Clear for&m"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self._new_term)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        form.addRow(buttons)
        return self.form_box

    def _show_terms(self) -> None:
        terms = self._edited.preferences.custom_terms
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            cells = (language_name(term.language, self), term.phrase, category_label(term.category),
                     "; ".join(term.suggestions))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if term.explanation and column == 1:
                    item.setToolTip(term.explanation)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _selected(self) -> CustomTerm | None:
        rows = self.table.selectionModel().selectedRows()
        terms = self._edited.preferences.custom_terms
        return terms[rows[0].row()] if rows and rows[0].row() < len(terms) else None

    def _new_term(self) -> None:
        """Empty the form for a new term."""
        self._editing = None
        self.form_box.setTitle(self.tr("New term"))
        self.save_button.setText(self.tr("Add &term"))
        self.phrase_field.clear()
        self.alternatives_field.clear()
        self.explanation_field.clear()
        self.error_label.show_error("")
        self._update_buttons()

    def _edit_selected(self) -> None:
        term = self._selected()
        if term is None:
            return
        self._editing = term
        self.form_box.setTitle(self.tr("Edit term"))
        self.save_button.setText(self.tr("Save &term"))
        self.language_combo.setCurrentIndex(self.language_combo.findData(term.language))
        self.phrase_field.setText(term.phrase)
        self.category_combo.setCurrentIndex(self.category_combo.findData(term.category.value))
        self.alternatives_field.setPlainText("\n".join(term.suggestions))
        self.explanation_field.setText(term.explanation or "")
        self.error_label.show_error("")
        self.phrase_field.setFocus()

    def save_term(self) -> bool:
        """Add the term in the form, or replace the one being edited; False (reason shown) if invalid."""
        language = str(self.language_combo.currentData())
        try:
            term = CustomTerm(
                language=language,
                phrase=self.phrase_field.text(),
                category=Category(str(self.category_combo.currentData())),
                suggestions=split_alternatives(self.alternatives_field.toPlainText()),
                explanation=self.explanation_field.text() or None,
                extra=self._editing.extra if self._editing is not None else {},
            )
        except ValueError as error:
            self.error_label.show_error(self.tr("This term cannot be used: {reason}").format(reason=error))
            return False
        prefs = self._edited.preferences
        others = [t for t in prefs.custom_terms if self._editing is None or t.key != self._editing.key]
        if any(t.key == term.key for t in others):
            self.error_label.show_error(self.tr("“{phrase}” is already on the list for {language}.").format(
                phrase=term.phrase, language=language_name(language, self)))
            return False
        if self._editing is None:
            terms = (*prefs.custom_terms, term)
        else:
            terms = tuple(term if t.key == self._editing.key else t for t in prefs.custom_terms)
        self._edited.preferences = replace(prefs, custom_terms=terms)
        self._show_terms()
        self._new_term()
        return True

    def _remove_selected(self) -> None:
        term = self._selected()
        if term is None:
            return
        self._edited.preferences = self._edited.preferences.without_custom_term(term.language, term.phrase)
        if self._editing is not None and self._editing.key == term.key:
            self._new_term()
        self._show_terms()

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.save_button.setEnabled(bool(self.phrase_field.text().strip()))
