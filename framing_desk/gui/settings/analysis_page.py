"""Settings page for the analysis: categories shown, minimum severity, ignored words and rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.model import LANGUAGES, Category, Severity
from framing_desk.gui.labels import category_label, severity_label
from framing_desk.gui.settings.common import EditedSettings, EntryField, ErrorLabel, form_layout, note_label


def language_name(language: str, widget: QWidget) -> str:
    """The name of a text language ("de", "en") in the interface language."""
    names = {"de": QCoreApplication.translate("Labels", "German"),
             "en": QCoreApplication.translate("Labels", "English")}
    return names.get(language, language)


class AnalysisPage(QWidget):
    """Which findings are shown: categories, minimum severity, ignored words and rules."""

    def __init__(self, edited: EditedSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edited = edited
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._findings_box())
        lists = QHBoxLayout()
        lists.addWidget(self._words_box(), 1)
        lists.addWidget(self._rules_box(), 1)
        layout.addLayout(lists, 1)
        self._show_words()
        self._show_rules()

    # Categories and severity

    def _findings_box(self) -> QGroupBox:
        prefs = self._edited.preferences
        box = QGroupBox(self.tr("Findings shown"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.category_checks: dict[Category, QCheckBox] = {}
        for index, category in enumerate(Category):
            check = QCheckBox(category_label(category))
            check.setChecked(category not in prefs.disabled_categories)
            check.setToolTip(self.tr("Show findings of this category."))
            check.toggled.connect(lambda on, c=category: self._category_toggled(c, on))
            self.category_checks[category] = check
            grid.addWidget(check, index // 3, index % 3)
        layout.addLayout(grid)
        form = form_layout()
        self.severity_combo = QComboBox()
        for severity in Severity:
            self.severity_combo.addItem(severity_label(severity), severity.value)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(prefs.min_severity.value))
        self.severity_combo.setToolTip(self.tr("Findings less severe than this are not shown."))
        self.severity_combo.currentIndexChanged.connect(self._severity_chosen)
        form.addRow(self.tr("&Minimum severity:"), self.severity_combo)
        layout.addLayout(form)
        return box

    def _category_toggled(self, category: Category, on: bool) -> None:
        self._edited.preferences = self._edited.preferences.with_category_enabled(category, on)

    def _severity_chosen(self) -> None:
        severity = Severity(str(self.severity_combo.currentData()))
        self._edited.preferences = self._edited.preferences.with_min_severity(severity)

    # Ignored words

    def _words_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ignored words"))
        layout = QVBoxLayout(box)
        form = form_layout()
        self.words_language = QComboBox()
        for language in LANGUAGES:
            self.words_language.addItem(language_name(language, self), language)
        self.words_language.currentIndexChanged.connect(self._show_words)
        form.addRow(self.tr("&Language:"), self.words_language)
        layout.addLayout(form)
        self.words_list = QListWidget()
        self.words_list.setAccessibleName(self.tr("Ignored words"))
        self.words_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.words_list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.words_list, 1)
        self.remove_word_button = QPushButton(self.tr("Remo&ve"))
        self.remove_word_button.setToolTip(self.tr("Show findings on the selected words again."))
        self.remove_word_button.clicked.connect(self._remove_words)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_word_button)
        layout.addLayout(remove_row)
        self.word_field = EntryField()
        self.word_field.setPlaceholderText(self.tr("Word or phrase"))
        self.word_field.setAccessibleName(self.tr("Word to ignore"))
        self.word_field.setToolTip(self.tr("Findings on exactly these words are not shown, in any text."))
        self.word_field.textChanged.connect(self._update_buttons)
        self.word_field.returnPressed.connect(self._add_word)
        self.add_word_button = QPushButton(self.tr("Add &word"))
        self.add_word_button.clicked.connect(self._add_word)
        row = QHBoxLayout()
        row.addWidget(self.word_field, 1)
        row.addWidget(self.add_word_button)
        layout.addLayout(row)
        self.word_error = ErrorLabel()
        layout.addWidget(self.word_error)
        return box

    def _language(self) -> str:
        return str(self.words_language.currentData())

    def _show_words(self) -> None:
        self.words_list.clear()
        words = sorted(self._edited.preferences.ignored_words_in(self._language()))
        for word in words:
            QListWidgetItem(word, self.words_list)
        if not words:
            item = QListWidgetItem(self.tr("No word is ignored."), self.words_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _add_word(self) -> None:
        text = self.word_field.text()
        if not text.strip():
            return
        try:
            self._edited.preferences = self._edited.preferences.with_ignored_word(self._language(), text)
        except ValueError as error:
            self.word_error.show_error(str(error))
            return
        self.word_error.show_error("")
        self.word_field.clear()
        self._show_words()

    def _remove_words(self) -> None:
        prefs = self._edited.preferences
        for item in self.words_list.selectedItems():
            prefs = prefs.without_ignored_word(self._language(), item.text())
        self._edited.preferences = prefs
        self._show_words()

    # Ignored rules

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ignored rules"))
        layout = QVBoxLayout(box)
        layout.addWidget(note_label(self.tr("Rules you chose to ignore everywhere from a finding's menu.")))
        self.rules_list = QListWidget()
        self.rules_list.setAccessibleName(self.tr("Ignored rules"))
        self.rules_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.rules_list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.rules_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_rule_button = QPushButton(self.tr("Remove &rule"))
        self.remove_rule_button.setToolTip(self.tr("Show findings of the selected rules again."))
        self.remove_rule_button.clicked.connect(self._remove_rules)
        row.addWidget(self.remove_rule_button)
        layout.addLayout(row)
        return box

    def _show_rules(self) -> None:
        self.rules_list.clear()
        for rule in sorted(self._edited.preferences.ignored_rules):
            QListWidgetItem(rule, self.rules_list)
        if not self._edited.preferences.ignored_rules:
            item = QListWidgetItem(self.tr("No rule is ignored."), self.rules_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _remove_rules(self) -> None:
        prefs = self._edited.preferences
        for item in self.rules_list.selectedItems():
            prefs = prefs.without_ignored_rule(item.text())
        self._edited.preferences = prefs
        self._show_rules()

    def _update_buttons(self) -> None:
        self.add_word_button.setEnabled(bool(self.word_field.text().strip()))
        self.remove_word_button.setEnabled(bool(self.words_list.selectedItems()))
        self.remove_rule_button.setEnabled(bool(self.rules_list.selectedItems()))
