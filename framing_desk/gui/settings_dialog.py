"""The Settings dialog: translation services and keys, offline mode, analysis, own terms, appearance.

It edits copies of the preferences and translation settings and saves them, with the
theme and interface language in QSettings, on OK or Apply. API keys go straight to
the key store with their own buttons (or typed and saved with OK/Apply); they are
never put into the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.preferences import Preferences, preferences_path, save_preferences
from framing_desk.core.translation.consent import (
    TranslationSettings,
    save_translation_settings,
    translation_settings_path,
)
from framing_desk.core.translation.keys import KeyStorage
from framing_desk.gui.app_settings import LANGUAGE_KEY, THEME_KEY, stored_language, stored_theme
from framing_desk.gui.settings.analysis_page import AnalysisPage
from framing_desk.gui.settings.appearance_page import AppearancePage
from framing_desk.gui.settings.common import EditedSettings, ErrorLabel
from framing_desk.gui.settings.offline_page import OfflinePage
from framing_desk.gui.settings.providers_page import ServicesPage
from framing_desk.gui.settings.terms_page import TermsPage
from framing_desk.gui.theme import apply_theme

PAGES = ("providers", "offline", "analysis", "terms", "appearance")
"""The names of the dialog's pages, in order, for `page=` and `show_page`."""



class SettingsDialog(QDialog):
    """Framing Desk's settings, one page each; OK and Apply save, Cancel discards the edits."""

    applied = Signal()
    """Emitted on Apply and on OK once the new values are saved."""

    def __init__(self, preferences: Preferences, translation_settings: TranslationSettings,
                 key_store: KeyStorage, qsettings: QSettings, parent: QWidget | None = None,
                 *, page: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._qsettings = qsettings
        self._saved_preferences = preferences
        self._saved_translation = translation_settings
        self._saved_theme = stored_theme(qsettings)
        self._saved_language = stored_language(qsettings)
        self._edited = EditedSettings(preferences, translation_settings, self)
        self.services_page = ServicesPage(self._edited, key_store)
        self.offline_page = OfflinePage(self._edited)
        self.analysis_page = AnalysisPage(self._edited)
        self.terms_page = TermsPage(self._edited)
        self.appearance_page = AppearancePage(self._saved_theme, self._saved_language)

        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setSpacing(3)
        self.pages = QStackedWidget()
        titles = (self.tr("Translation services"), self.tr("Offline translation"), self.tr("Analysis"),
                  self.tr("Own terms"), self.tr("Appearance"))
        for title, widget in zip(titles, (self.services_page, self.offline_page, self.analysis_page,
                                          self.terms_page, self.appearance_page), strict=True):
            QListWidgetItem(title, self.page_list)
            self.pages.addWidget(widget)
        width = max(self.page_list.fontMetrics().horizontalAdvance(title) for title in titles)
        self.page_list.setFixedWidth(width + 36)
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)

        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

        self._edited.changed.connect(self._update_apply)
        self.services_page.changed.connect(self._update_apply)
        self.appearance_page.changed.connect(self._update_apply)
        self.show_page(page or PAGES[0])
        self._update_apply()

    # The API of the main window

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return self._edited.preferences

    def translation_settings(self) -> TranslationSettings:
        """The translation settings as edited."""
        return self._edited.translation

    def theme(self) -> str:
        """The chosen theme, one of THEMES."""
        return self.appearance_page.theme()

    def language(self) -> str:
        """The chosen interface language, "en" or "de"."""
        return self.appearance_page.language()

    def show_page(self, page: str) -> None:
        """Open page `page`, one of PAGES; ValueError for another name."""
        if page not in PAGES:
            raise ValueError(f"unknown settings page {page!r}; choose one of {', '.join(PAGES)}")
        self.page_list.setCurrentRow(PAGES.index(page))

    # Saving

    def has_changes(self) -> bool:
        """Whether anything differs from what is saved, typed API keys included."""
        return (self.preferences() != self._saved_preferences
                or self.translation_settings() != self._saved_translation
                or self.theme() != self._saved_theme or self.language() != self._saved_language
                or self.services_page.has_typed_keys())

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(self.has_changes())

    def apply(self) -> bool:
        """Save what changed and emit `applied`; False, with a message shown, if something was not saved."""
        if not self.services_page.save_typed_keys():
            self.show_page("providers")
            return False
        preferences, translation = self.preferences(), self.translation_settings()
        try:
            if preferences != self._saved_preferences:
                save_preferences(preferences)
                self._saved_preferences = preferences
        except OSError as error:
            return self._not_saved(preferences_path(), error)
        try:
            if translation != self._saved_translation:
                save_translation_settings(translation)
                self._saved_translation = translation
        except OSError as error:
            return self._not_saved(translation_settings_path(), error)
        if not self._save_qsettings():
            return False
        self._update_apply()
        self.applied.emit()
        return True

    def _save_qsettings(self) -> bool:
        """Store theme and language, and switch to a new theme at once."""
        theme, language = self.theme(), self.language()
        if (theme, language) == (self._saved_theme, self._saved_language):
            return True
        self._qsettings.setValue(THEME_KEY, theme)
        self._qsettings.setValue(LANGUAGE_KEY, language)
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            QMessageBox.warning(self, self.tr("Settings not saved"),
                                self.tr("The theme and language could not be saved to {path}.").format(
                                    path=self._qsettings.fileName()))
            return False
        app = QApplication.instance()
        if theme != self._saved_theme and isinstance(app, QApplication):
            apply_theme(app, theme)
        self._saved_theme, self._saved_language = theme, language
        return True

    def _not_saved(self, path: Path, error: OSError) -> bool:
        reason = error.strerror or str(error)
        text = self.tr("The settings could not be saved to {path}:\n{reason}\n\n"
                       "Your changes are still in this dialog.")
        QMessageBox.warning(self, self.tr("Settings not saved"), text.format(path=path, reason=reason))
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for label in self.findChildren(ErrorLabel):
                label.restyle()
        super().changeEvent(event)

    def accept(self) -> None:
        """OK: save, and close only if everything was saved."""
        if self.apply():
            super().accept()

