"""Settings page for the appearance: colour theme and interface language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from framing_desk.gui.settings.common import form_layout, note_label
from framing_desk.gui.theme import THEMES


class AppearancePage(QWidget):
    """Theme and interface language; the language note shows once it differs from the running one."""

    changed = Signal()

    def __init__(self, theme: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._running_language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Appearance"))
        form = form_layout(box)
        self.theme_combo = QComboBox()
        names = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for name in THEMES:
            self.theme_combo.addItem(names.get(name, name), name)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(theme)))
        self.theme_combo.setToolTip(self.tr("The colours of Framing Desk; applied with OK or Apply."))
        self.theme_combo.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        self.language_combo = QComboBox()
        # Each language is named in itself, so it can be found whatever the interface language.
        for code, name in (("en", "English"), ("de", "Deutsch")):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setToolTip(self.tr("The language of menus and messages."))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        self.restart_note = note_label(self.tr("Takes effect the next time Framing Desk starts."))
        self.restart_note.setVisible(False)
        form.addRow(self.restart_note)
        layout.addWidget(box)
        layout.addStretch(1)

    def theme(self) -> str:
        return str(self.theme_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_chosen(self) -> None:
        self.restart_note.setVisible(self.language() != self._running_language)
        self.changed.emit()
