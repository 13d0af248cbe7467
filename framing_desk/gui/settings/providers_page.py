"""Settings page for the translation services: consent, default service, options and API keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.translation.keys import KeyStorage, KeyStoreUnavailableError, mask_key
from framing_desk.core.translation.registry import ProviderInfo, providers
from framing_desk.gui.settings.common import EditedSettings, ErrorLabel, form_layout, note_label

# The catalog's notes, translatable; a note the catalog has changed since is shown as it is.
_NOTES = {
    "google": QT_TRANSLATE_NOOP(
        "ProviderPanel",
        "Free, no key. Uses Google's public web page, which may be rate-limited or change at any time."),
    "deepl": QT_TRANSLATE_NOOP(
        "ProviderPanel", "Needs a DeepL API key (Free keys end in ':fx'; Pro keys work too)."),
    "microsoft": QT_TRANSLATE_NOOP(
        "ProviderPanel",
        "Needs the key and the region (for example 'westeurope') of an Azure Translator resource."),
    "libretranslate": QT_TRANSLATE_NOOP(
        "ProviderPanel",
        "Needs the address of a LibreTranslate server; a key only if the server asks for one."),
    "mymemory": QT_TRANSLATE_NOOP(
        "ProviderPanel",
        "Free, no key, small daily allowance; an e-mail address raises it. One sentence per request."),
    "offline": QT_TRANSLATE_NOOP(
        "ProviderPanel",
        "Translates on this computer with an installed model (Argos Translate or CTranslate2); "
        "no text leaves the computer and no consent is needed."),
}


def provider_note(info: ProviderInfo) -> str:
    """The provider's note in the interface language."""
    known = _NOTES.get(info.name)
    return QCoreApplication.translate("ProviderPanel", known) if known == info.note else info.note


def _consent_time(iso: str) -> str:
    """When consent was given, in the user's local time and locale."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ProviderPanel(QWidget):
    """One provider: its note, consent, non-secret options and API key."""

    changed = Signal()

    def __init__(self, info: ProviderInfo, edited: EditedSettings, key_store: KeyStorage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self._edited = edited
        self._key_store = key_store
        self.option_fields: dict[str, QLineEdit] = {}
        self.session_note: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(info.label)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(note_label(provider_note(info)))
        layout.addWidget(self._consent_box())
        options = self._options_box()
        if options is not None:
            layout.addWidget(options)
        if info.needs_key:
            layout.addWidget(self._key_box())
        layout.addStretch(1)
        self.refresh()

    # Consent

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        layout = QVBoxLayout(box)
        self.consent_status = note_label()
        layout.addWidget(self.consent_status)
        if not self.info.network:
            return box
        buttons = QHBoxLayout()
        self.consent_button = QPushButton(self.tr("A&llow sending text"))
        self.consent_button.clicked.connect(self._give_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"))
        self.withdraw_button.setToolTip(self.tr("No text is sent to {name} any more until you allow it "
                                                "again.").format(name=self.info.label))
        self.withdraw_button.clicked.connect(self._withdraw_consent)
        buttons.addWidget(self.consent_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _give_consent(self) -> None:
        self._edited.translation = self._edited.translation.with_consent(self.info.name, network=True)

    def _withdraw_consent(self) -> None:
        self._edited.translation = self._edited.translation.without_consent(self.info.name)

    # Options

    def _options_box(self) -> QGroupBox | None:
        """Fields for the provider's non-secret options, or None when it has none."""
        rows: list[tuple[str, str, QLineEdit]] = []
        if self.info.needs_url:
            rows.append((self.tr("Server &address:"), "url",
                         self._line_edit("url", "https://libretranslate.example.org",
                                         self.tr("The address of the LibreTranslate server to use."))))
        if self.info.needs_region:
            rows.append((self.tr("&Region:"), "region",
                         self._line_edit("region", "westeurope",
                                         self.tr("The region of your Azure Translator resource."))))
        if self.info.name == "mymemory":
            rows.append((self.tr("&E-mail address:"), "email",
                         self._line_edit("email", self.tr("optional"),
                                         self.tr("MyMemory allows more text per day when you give an "
                                                 "e-mail address. It is sent with every request."))))
        if not rows:
            return None
        box = QGroupBox(self.tr("Options"))
        form = form_layout(box)
        for text, option, field in rows:
            self.option_fields[option] = field
            form.addRow(text, field)
        self.option_error = ErrorLabel()
        form.addRow(self.option_error)
        return box

    def _line_edit(self, option: str, placeholder: str, tooltip: str) -> QLineEdit:
        field = QLineEdit(self._edited.translation.options.get(self.info.name, {}).get(option, ""))
        field.setPlaceholderText(placeholder)
        field.setToolTip(tooltip)
        field.setClearButtonEnabled(True)
        field.textChanged.connect(lambda text: self._set_option(option, text))
        return field

    def _set_option(self, option: str, value: str) -> None:
        """Store an option; one the settings refuse (a URL holding a key) is removed and the reason shown."""
        try:
            self._edited.translation = self._edited.translation.with_options(self.info.name,
                                                                             **{option: value or None})
        except ValueError:
            self._edited.translation = self._edited.translation.with_options(self.info.name, **{option: None})
            self.option_error.show_error(self.tr(
                "This looks like it holds a key or password, so it is not kept. "
                "Put the key in the API key field below."))
        else:
            self.option_error.show_error("")

    # API key

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("API key (optional)") if self.info.key_optional else self.tr("API key"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setAccessibleName(self.tr("API key for {name}").format(name=self.info.label))
        self.key_field.setToolTip(self.tr(
            "Keys are kept in the system's password store, never in a settings file. "
            "Save key and Remove key take effect at once, and Cancel does not undo them; "
            "OK and Apply also save a key typed here."))
        self.key_field.textChanged.connect(self._key_typed)
        self.save_key_button = QPushButton(self.tr("&Save key"))
        self.save_key_button.clicked.connect(self.save_typed_key)
        self.remove_key_button = QPushButton(self.tr("Remo&ve key"))
        self.remove_key_button.clicked.connect(self._remove_key)
        row.addWidget(self.key_field, 1)
        row.addWidget(self.save_key_button)
        row.addWidget(self.remove_key_button)
        layout.addLayout(row)
        self.key_status = note_label()
        layout.addWidget(self.key_status)
        self.key_error = ErrorLabel()
        layout.addWidget(self.key_error)
        if not self._key_store.persistent:
            self.session_note = note_label(self.tr(
                "No secure password store is available on this computer: keys are kept only until "
                "Framing Desk closes and must then be entered again."))
            layout.addWidget(self.session_note)
        self._show_stored_key()
        return box

    def _stored_key(self) -> str | None:
        """The stored key (to mask it), or None; a failing store is reported under the field."""
        try:
            return self._key_store.get(self.info.name)
        except KeyStoreUnavailableError:
            self.key_error.show_error(self._store_failed())
            return None

    def _store_failed(self) -> str:
        return self.tr("The system's password store cannot be used right now (it may be locked or "
                       "have refused access), so the key was not changed.")

    def _show_stored_key(self) -> None:
        stored = self._stored_key()
        self.key_field.setPlaceholderText(mask_key(stored) if stored else self.tr("No key stored"))
        self.remove_key_button.setEnabled(bool(stored))
        self.save_key_button.setEnabled(bool(self.key_field.text().strip()))
        if stored:
            self.key_status.setText(self.tr("A key is stored; type a new one to replace it."))
        else:
            self.key_status.setText(self.tr("No key is stored."))

    def _key_typed(self) -> None:
        self.save_key_button.setEnabled(bool(self.key_field.text().strip()))
        self.changed.emit()

    def has_typed_key(self) -> bool:
        """Whether a key was typed and not saved yet."""
        return self.info.needs_key and bool(self.key_field.text().strip())

    def save_typed_key(self) -> bool:
        """Store the typed key (if any) and clear the field; False when the key store refused it."""
        if not self.has_typed_key():
            return True
        try:
            self._key_store.set(self.info.name, self.key_field.text())
        except KeyStoreUnavailableError:
            self.key_error.show_error(self._store_failed())
            return False
        self.key_error.show_error("")
        self.key_field.clear()
        self._show_stored_key()
        return True

    def _remove_key(self) -> None:
        try:
            self._key_store.delete(self.info.name)
        except KeyStoreUnavailableError:
            self.key_error.show_error(self._store_failed())
            return
        self.key_error.show_error("")
        self._show_stored_key()

    # State

    def refresh(self) -> None:
        """Show the consent state of the edited settings."""
        settings = self._edited.translation
        if not self.info.network:
            self.consent_status.setText(self.tr("Runs on this computer: no text leaves it and no consent "
                                                "is needed."))
            return
        given = settings.consents.get(self.info.name)
        if given is not None and settings.offline_mode:
            text = self.tr("Enabled since {time}, but offline mode is on: no text is sent to {name}.")
        elif given is not None:
            text = self.tr("Enabled since {time}. Text you translate with {name} is sent to its servers.")
        else:
            text = self.tr("Not enabled: no text is sent to {name}.")
        self.consent_status.setText(text.format(time=_consent_time(given or ""), name=self.info.label))
        self.consent_button.setEnabled(given is None and not settings.offline_mode)
        self.consent_button.setToolTip(
            self.tr("Offline mode is on; turn it off first.") if settings.offline_mode
            else self.tr("Text you translate with {name} is then sent to its servers.").format(
                name=self.info.label))
        self.withdraw_button.setEnabled(given is not None)


class ServicesPage(QWidget):
    """The translation services: default provider, and one panel per provider."""

    changed = Signal()

    def __init__(self, edited: EditedSettings, key_store: KeyStorage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edited = edited
        self._infos = providers()
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note_label(self.tr(
            "No text is sent to an online service until you allow it here or when you first translate "
            "with it. API keys are kept in the system's password store, never in a settings file.")))
        form = form_layout()
        self.default_combo = QComboBox()
        self.default_combo.setToolTip(self.tr("The service the Translate command uses; only enabled "
                                              "services and the offline model can be chosen."))
        self.default_combo.currentIndexChanged.connect(self._default_chosen)
        form.addRow(self.tr("&Default service:"), self.default_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.provider_list = QListWidget()
        self.provider_list.setAccessibleName(self.tr("Translation services"))
        self.provider_list.setMaximumWidth(190)
        self.provider_list.setIconSize(QSize(16, 16))
        self.provider_list.setSpacing(2)
        self.panels = QStackedWidget()
        self.panel_by_name: dict[str, ProviderPanel] = {}
        for info in self._infos:
            QListWidgetItem(info.label, self.provider_list)
            panel = ProviderPanel(info, edited, key_store)
            panel.changed.connect(self.changed)
            self.panel_by_name[info.name] = panel
            self.panels.addWidget(panel)
        self.provider_list.currentRowChanged.connect(self.panels.setCurrentIndex)
        self.provider_list.setCurrentRow(0)
        row.addWidget(self.provider_list)
        row.addWidget(self.panels, 1)
        layout.addLayout(row, 1)
        edited.changed.connect(self.refresh)
        self.refresh()

    def show_provider(self, name: str) -> None:
        """Select the panel of provider `name`."""
        names = [info.name for info in self._infos]
        self.provider_list.setCurrentRow(names.index(name))

    def refresh(self) -> None:
        """Show consents, the enabled marks and the default provider of the edited settings."""
        settings = self._edited.translation
        check = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row, info in enumerate(self._infos):
            item = self.provider_list.item(row)
            usable = info.name in settings.consents or not info.network
            blocked = info.network and settings.offline_mode
            item.setIcon(check if usable and not blocked else self._blank)
            state = (self.tr("blocked by offline mode") if blocked
                     else self.tr("enabled") if usable else self.tr("not enabled"))
            item.setToolTip(state)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
            self.panel_by_name[info.name].refresh()
        self.default_combo.blockSignals(True)
        self.default_combo.clear()
        self.default_combo.addItem(self.tr("None (ask each time)"), "")
        for info in self._infos:
            if info.name in settings.consents or not info.network:
                self.default_combo.addItem(info.label, info.name)
        chosen = self.default_combo.findData(settings.default_provider or "")
        self.default_combo.setCurrentIndex(max(0, chosen))
        self.default_combo.blockSignals(False)

    def _default_chosen(self) -> None:
        name = str(self.default_combo.currentData() or "")
        if name != (self._edited.translation.default_provider or ""):
            self._edited.translation = self._edited.translation.with_default_provider(name or None)

    def has_typed_keys(self) -> bool:
        return any(panel.has_typed_key() for panel in self.panel_by_name.values())

    def save_typed_keys(self) -> bool:
        """Store keys typed and not saved yet; False (and the reason shown) if the store refused one."""
        results = [panel.save_typed_key() for panel in self.panel_by_name.values()]
        return all(results)

