"""What the settings pages share: the values being edited, and labels for notes and errors."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from framing_desk.core.preferences import Preferences
from framing_desk.core.translation.consent import TranslationSettings


class EditedSettings(QObject):
    """The preferences and translation settings as edited so far; `changed` follows every edit."""

    changed = Signal()

    def __init__(self, preferences: Preferences, translation: TranslationSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._translation = translation

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @preferences.setter
    def preferences(self, value: Preferences) -> None:
        self._preferences = value
        self.changed.emit()

    @property
    def translation(self) -> TranslationSettings:
        return self._translation

    @translation.setter
    def translation(self, value: TranslationSettings) -> None:
        self._translation = value
        self.changed.emit()


def note_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped explanatory label."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ErrorLabel(QLabel):
    """A word-wrapped label in a red that stays legible on light and dark palettes; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.restyle()

    def show_error(self, text: str) -> None:
        """Show `text`, or hide the label for an empty text."""
        self.setText(text)
        self.setVisible(bool(text))

    def restyle(self) -> None:
        """Pick the red for the current theme (the dialog calls this when the theme changes)."""
        # The application's palette: the style sheet gives the label a palette of its own, which
        # then no longer follows theme changes.
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        sheet = "color: {};".format("#ff8a80" if dark else "#b00020")
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class EntryField(QLineEdit):
    """A line edit whose Enter key acts on the field (`returnPressed`) instead of pressing the dialog's OK."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose line edits grow with the page while combo boxes keep their natural width."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
