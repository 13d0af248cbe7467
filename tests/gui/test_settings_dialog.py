"""The Settings dialog: every page edits, OK/Apply save (keys only to the key store), Cancel discards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from framing_desk.core.model import Category, Severity
from framing_desk.core.preferences import (
    CustomTerm,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)
from framing_desk.core.translation.consent import (
    TranslationSettings,
    load_translation_settings,
    save_translation_settings,
    translation_settings_path,
)
from framing_desk.core.translation.keys import KeyStorage, KeyStoreUnavailableError, SessionKeyStore
from framing_desk.core.translation.offline import installed_models
from framing_desk.gui import settings_dialog
from framing_desk.gui.settings_dialog import PAGES, SettingsDialog
from framing_desk.gui.theme import apply_theme
from tests.tiny_models import build_argos_folder, train_sentencepiece, zip_folder

SECRET = "4f1e2d3c-aaaa-bbbb-cccc-0123456789ab:fx"

MakeDialog = Callable[..., SettingsDialog]


class PersistentStore(SessionKeyStore):
    """Stands in for the OS keyring: keys survive a restart."""

    persistent = True


class LockedStore(SessionKeyStore):
    """A keyring that refuses every operation, as a locked one does."""

    def get(self, name: str) -> str | None:
        raise KeyStoreUnavailableError()

    def set(self, name: str, key: str) -> None:
        raise KeyStoreUnavailableError()

    def delete(self, name: str) -> None:
        raise KeyStoreUnavailableError()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def themes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The themes the dialog applied (recorded instead of changing the test application's palette)."""
    applied: list[str] = []
    monkeypatch.setattr(settings_dialog, "apply_theme", lambda _app, theme: applied.append(theme))
    return applied


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning box, recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def make_dialog(qtbot: QtBot, qsettings: QSettings, themes: list[str]) -> MakeDialog:
    """Build and show a dialog on the test's QSettings; `themes` keeps it from restyling the test app."""
    def make(preferences: Preferences | None = None, translation: TranslationSettings | None = None,
             key_store: KeyStorage | None = None, page: str | None = None) -> SettingsDialog:
        dialog = SettingsDialog(preferences or Preferences(), translation or TranslationSettings(),
                                key_store if key_store is not None else SessionKeyStore(), qsettings,
                                page=page)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.applied):
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def config_files() -> dict[Path, bytes]:
    folder = preferences_path().parent
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


# Analysis


def test_category_and_severity_are_edited_and_saved(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="analysis")
    assert dialog.pages.currentWidget() is dialog.analysis_page
    assert not dialog.apply_button.isEnabled()
    dialog.analysis_page.category_checks[Category.INTENSIFIER].click()
    page = dialog.analysis_page
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(Severity.ERROR.value))
    assert dialog.preferences().disabled_categories == {Category.INTENSIFIER}
    assert dialog.preferences().min_severity is Severity.ERROR
    assert dialog.apply_button.isEnabled()
    press_ok(qtbot, dialog)
    saved = load_preferences()
    assert saved.disabled_categories == {Category.INTENSIFIER}
    assert saved.min_severity is Severity.ERROR
    assert dialog.result() == dialog.DialogCode.Accepted


def test_ignored_words_are_added_and_removed(make_dialog: MakeDialog) -> None:
    prefs = Preferences().with_ignored_word("de", "Durchbruch").with_ignored_word("de", "bemerkenswert")
    dialog = make_dialog(prefs, page="analysis")
    page = dialog.analysis_page
    assert [page.words_list.item(i).text() for i in range(page.words_list.count())] == [
        "bemerkenswert", "durchbruch"]
    page.words_list.item(1).setSelected(True)
    QTest.mouseClick(page.remove_word_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.word_field, "Game Changer")
    page.words_language.setCurrentIndex(page.words_language.findData("en"))
    QTest.keyClick(page.word_field, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the word field adds the word and does not close the dialog"
    assert dialog.preferences().ignored_words == {("de", "bemerkenswert"), ("en", "game changer")}
    dialog.apply()
    assert load_preferences().ignored_words == {("de", "bemerkenswert"), ("en", "game changer")}


def test_ignored_rule_is_removed(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(Preferences().with_ignored_rule("de.evaluative.x").with_ignored_rule("de.y"),
                         page="analysis")
    page = dialog.analysis_page
    page.rules_list.item(0).setSelected(True)
    page.remove_rule_button.click()
    assert dialog.preferences().ignored_rules == {"de.y"}


# Own terms


def test_a_custom_term_is_added_through_the_form(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="terms")
    page = dialog.terms_page
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    QTest.keyClicks(page.phrase_field, "Schicksalswahl")
    page.category_combo.setCurrentIndex(page.category_combo.findData(Category.LOADED_TERM.value))
    page.alternatives_field.setPlainText("Wahl; Parlamentswahl\nAbstimmung\n")
    QTest.keyClicks(page.explanation_field, "Dramatisiert.")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialog.preferences().custom_terms == (
        CustomTerm("de", "Schicksalswahl", Category.LOADED_TERM, ("Wahl", "Parlamentswahl", "Abstimmung"),
                   "Dramatisiert."),)
    assert page.table.rowCount() == 1
    alternatives = page.table.item(0, 3)
    assert alternatives is not None and alternatives.text() == "Wahl; Parlamentswahl; Abstimmung"
    assert page.phrase_field.text() == "" and page.error_label.isHidden()
    press_ok(qtbot, dialog)
    assert [term.phrase for term in load_preferences().custom_terms] == ["Schicksalswahl"]


def test_an_invalid_term_shows_the_error_and_is_not_added(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="terms")
    page = dialog.terms_page
    QTest.keyClicks(page.phrase_field, "ganz * schlimm")
    QTest.keyClick(page.phrase_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert page.error_label.isVisible()
    assert "may hold only words" in page.error_label.text()
    assert dialog.preferences().custom_terms == ()
    assert page.table.rowCount() == 0
    assert page.phrase_field.text() == "ganz * schlimm", "the typed term stays for correcting"


def test_a_term_is_edited_in_place_and_a_duplicate_refused(make_dialog: MakeDialog) -> None:
    first = CustomTerm("de", "Schicksalswahl", Category.LOADED_TERM, ("Wahl",))
    second = CustomTerm("de", "Jahrhundertreform", Category.INTENSIFIER)
    dialog = make_dialog(Preferences(custom_terms=(first, second)), page="terms")
    page = dialog.terms_page
    page.table.selectRow(0)
    page.edit_button.click()
    assert page.phrase_field.text() == "Schicksalswahl"
    page.phrase_field.setText("Jahrhundertreform")
    page.save_button.click()
    assert "already on the list" in page.error_label.text()
    page.phrase_field.setText("Richtungswahl")
    page.save_button.click()
    assert [t.phrase for t in dialog.preferences().custom_terms] == ["Richtungswahl", "Jahrhundertreform"]
    assert dialog.preferences().custom_terms[0].suggestions == ("Wahl",)
    page.table.selectRow(1)
    page.remove_button.click()
    assert [t.phrase for t in dialog.preferences().custom_terms] == ["Richtungswahl"]


# Translation services


def test_withdrawing_consent_is_saved(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    settings = TranslationSettings().with_consent("deepl", network=True).with_default_provider("deepl")
    dialog = make_dialog(translation=settings, page="providers")
    page = dialog.services_page
    page.show_provider("deepl")
    panel = page.panel_by_name["deepl"]
    assert "Enabled since" in panel.consent_status.text()
    assert page.default_combo.currentData() == "deepl"
    QTest.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert "Not enabled" in panel.consent_status.text()
    assert not panel.withdraw_button.isEnabled() and panel.consent_button.isEnabled()
    assert page.default_combo.currentData() == ""
    press_ok(qtbot, dialog)
    saved = load_translation_settings()
    assert saved.enabled == frozenset() and saved.default_provider is None


def test_consent_and_default_provider(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    page = dialog.services_page
    assert page.default_combo.findData("google") == -1, "only enabled services can be the default"
    page.panel_by_name["google"].consent_button.click()
    page.default_combo.setCurrentIndex(page.default_combo.findData("google"))
    assert dialog.translation_settings().enabled == {"google"}
    assert dialog.translation_settings().default_provider == "google"


def test_offline_mode_blocks_consent_and_is_saved(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="offline")
    assert dialog.pages.currentWidget() is dialog.offline_page
    check = dialog.offline_page.offline_check
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert dialog.translation_settings().offline_mode
    assert not dialog.services_page.panel_by_name["google"].consent_button.isEnabled()
    dialog.apply()
    assert load_translation_settings().offline_mode


def test_options_are_saved_but_a_url_with_a_key_is_refused(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    panel = dialog.services_page.panel_by_name["libretranslate"]
    field = panel.option_fields["url"]
    QTest.keyClicks(field, "https://lt.example.org/?api_key=abc")
    assert not panel.option_error.isHidden()
    assert "url" not in dialog.translation_settings().options.get("libretranslate", {})
    field.setText("https://lt.example.org")
    assert panel.option_error.isHidden()
    dialog.services_page.panel_by_name["microsoft"].option_fields["region"].setText("westeurope")
    dialog.apply()
    assert load_translation_settings().options == {"libretranslate": {"url": "https://lt.example.org"},
                                                   "microsoft": {"region": "westeurope"}}


def test_a_saved_key_goes_to_the_key_store_only(qtbot: QtBot, make_dialog: MakeDialog,
                                                 isolated_user_folders: Path) -> None:
    store = PersistentStore()
    consented = TranslationSettings().with_consent("deepl", network=True)
    dialog = make_dialog(translation=consented, key_store=store)
    panel = dialog.services_page.panel_by_name["deepl"]
    assert panel.key_field.echoMode() == panel.key_field.EchoMode.Password
    assert panel.key_field.placeholderText() == "No key stored"
    QTest.keyClicks(panel.key_field, SECRET)
    QTest.mouseClick(panel.save_key_button, Qt.MouseButton.LeftButton)
    assert store.get("deepl") == SECRET
    assert panel.key_field.text() == ""
    assert panel.key_field.placeholderText() == "••••" + SECRET[-4:]
    dialog.analysis_page.category_checks[Category.OPINION].click()
    dialog.services_page.panel_by_name["microsoft"].option_fields["region"].setText("westeurope")
    QTest.keyClicks(dialog.services_page.panel_by_name["microsoft"].key_field, "typed-not-saved-key-1234")
    press_ok(qtbot, dialog)
    assert store.get("microsoft") == "typed-not-saved-key-1234", "OK saves a typed key too"
    files = [path for path in isolated_user_folders.rglob("*") if path.is_file()]
    assert preferences_path() in files and translation_settings_path() in files
    for path in files:
        data = path.read_bytes()
        assert SECRET.encode() not in data and b"typed-not-saved" not in data, path


def test_removing_a_key_and_the_session_only_note(make_dialog: MakeDialog) -> None:
    store = SessionKeyStore()
    store.set("deepl", SECRET)
    dialog = make_dialog(key_store=store)
    panel = dialog.services_page.panel_by_name["deepl"]
    dialog.services_page.show_provider("deepl")
    assert panel.session_note is not None and panel.session_note.isVisible()
    assert "only until Framing Desk closes" in panel.session_note.text()
    QTest.mouseClick(panel.remove_key_button, Qt.MouseButton.LeftButton)
    assert store.get("deepl") is None
    assert not panel.remove_key_button.isEnabled()
    other = make_dialog(key_store=PersistentStore())
    assert other.services_page.panel_by_name["deepl"].session_note is None


def test_a_locked_key_store_is_reported(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(key_store=LockedStore())
    dialog.services_page.show_provider("deepl")
    panel = dialog.services_page.panel_by_name["deepl"]
    assert "password store cannot be used" in panel.key_error.text()
    QTest.keyClicks(panel.key_field, SECRET)
    assert not dialog.apply(), "a key that could not be stored keeps the dialog open"
    assert panel.key_error.isVisible()
    assert panel.key_field.text() == SECRET, "the typed key is not lost"


# Offline models


def test_installing_a_bad_model_shows_a_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                make_dialog: MakeDialog, qtbot: QtBot,
                                                warnings: list[tuple[str, str]]) -> None:
    bogus = tmp_path / "broken.argosmodel"
    bogus.write_bytes(b"not a zip file")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args: (str(bogus), ""))
    dialog = make_dialog(page="offline")
    with qtbot.waitSignal(dialog.offline_page.installFinished, timeout=30_000) as installed:
        dialog.offline_page.install_package_button.click()
    assert installed.args == [False]
    assert dialog.offline_page.install_package_button.isEnabled()
    assert len(warnings) == 1
    assert "broken.argosmodel" in warnings[0][1]
    assert installed_models() == []


def test_installing_and_removing_a_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         make_dialog: MakeDialog, qtbot: QtBot) -> None:
    package = zip_folder(build_argos_folder(tmp_path / "translate-de_en-1_0", train_sentencepiece()),
                         tmp_path / "translate-de_en-1_0.argosmodel")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(package), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog = make_dialog(page="offline")
    page = dialog.offline_page
    assert not page.remove_model_button.isEnabled()
    with qtbot.waitSignal(page.installFinished, timeout=60_000) as installed:
        page.install_package_button.click()
        assert page.busy.isVisibleTo(page) and "translate-de_en-1_0.argosmodel" in page.busy.format()
        assert not page.install_package_button.isEnabled(), "one installation at a time"
    assert installed.args == [True]
    assert not page.busy.isVisibleTo(page)
    assert [model.id for model in installed_models()] == ["de-en"]
    assert "German → English" in page.model_list.item(0).text()
    page.model_list.setCurrentRow(0)
    page.remove_model_button.click()
    assert installed_models() == []
    assert page.model_list.item(0).text() == "No offline model is installed."



# Appearance


def test_theme_and_language_go_to_qsettings(make_dialog: MakeDialog, qsettings: QSettings,
                                           themes: list[str]) -> None:
    qsettings.setValue("ui/language", "en")
    dialog = make_dialog(page="appearance")
    page = dialog.appearance_page
    assert dialog.theme() == "system" and dialog.language() == "en"
    assert page.restart_note.isHidden()
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    assert page.restart_note.isVisible()
    assert page.restart_note.text() == "Takes effect the next time Framing Desk starts."
    dialog.apply()
    assert themes == ["dark"]
    reread = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    assert (reread.value("ui/theme"), reread.value("ui/language")) == ("dark", "de")
    assert not dialog.apply_button.isEnabled()


# Saving, cancelling


def test_a_failed_save_is_reported_and_keeps_the_dialog_open(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_dialog: MakeDialog,
        warnings: list[tuple[str, str]]) -> None:
    def fail(_prefs: Preferences, _path: Path | None = None) -> None:
        raise PermissionError(13, "Permission denied", str(preferences_path()))

    monkeypatch.setattr(settings_dialog, "save_preferences", fail)
    dialog = make_dialog(page="analysis")
    dialog.analysis_page.category_checks[Category.OPINION].click()
    with qtbot.assertNotEmitted(dialog.applied):
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert len(warnings) == 1
    assert str(preferences_path()) in warnings[0][1] and "Permission denied" in warnings[0][1]
    assert dialog.preferences().disabled_categories == {Category.OPINION}, "nothing is lost"
    monkeypatch.setattr(settings_dialog, "save_preferences", save_preferences)
    press_ok(qtbot, dialog)
    assert load_preferences().disabled_categories == {Category.OPINION}


def test_cancel_leaves_the_files_untouched(qtbot: QtBot, make_dialog: MakeDialog, qsettings: QSettings,
                                          themes: list[str]) -> None:
    prefs = Preferences().with_ignored_word("de", "Durchbruch")
    settings = TranslationSettings().with_consent("google", network=True)
    save_preferences(prefs)
    save_translation_settings(settings)
    before = config_files()
    dialog = make_dialog(prefs, settings)
    dialog.analysis_page.category_checks[Category.OPINION].click()
    dialog.services_page.panel_by_name["google"].withdraw_button.click()
    dialog.offline_page.offline_check.click()
    dialog.appearance_page.theme_combo.setCurrentIndex(2)
    with qtbot.assertNotEmitted(dialog.applied):
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert config_files() == before
    assert qsettings.value("ui/theme") is None and themes == []


def test_ok_without_edits_writes_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                        make_dialog: MakeDialog) -> None:
    written: list[object] = []
    monkeypatch.setattr(settings_dialog, "save_preferences", written.append)
    monkeypatch.setattr(settings_dialog, "save_translation_settings", written.append)
    dialog = make_dialog(Preferences().with_ignored_word("de", "x"),
                         TranslationSettings().with_consent("google", network=True))
    press_ok(qtbot, dialog)
    assert written == []


def test_pages_are_shown_by_name(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    for index, page in enumerate(PAGES):
        dialog.show_page(page)
        assert dialog.pages.currentIndex() == index
    with pytest.raises(ValueError, match="unknown settings page"):
        dialog.show_page("nonsense")



def test_error_labels_follow_a_theme_change(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    dialog = make_dialog(page="terms")
    label = dialog.terms_page.error_label
    try:
        apply_theme(app, "light")
        qtbot.waitUntil(lambda: "#b00020" in label.styleSheet())
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: "#ff8a80" in label.styleSheet())
    finally:
        app.setStyle(style)
        app.setPalette(palette)
