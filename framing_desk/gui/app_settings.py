"""The GUI's own settings (window layout, theme, recent files) in an INI file beside the preferences."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from framing_desk.core.preferences import preferences_path
from framing_desk.gui.theme import THEMES

MAX_RECENT = 10
THEME_KEY = "ui/theme"
LANGUAGE_KEY = "ui/language"
UI_LANGUAGES = ("en", "de")
"""The interface languages, stored under `LANGUAGE_KEY`."""


def app_settings() -> QSettings:
    """Settings in `gui.ini` in the config folder ($FRAMING_DESK_CONFIG_DIR in tests)."""
    return QSettings(str(preferences_path().parent / "gui.ini"), QSettings.Format.IniFormat)


def stored_theme(qsettings: QSettings) -> str:
    """The theme in `qsettings`, "system" if none or an unknown one is stored."""
    theme = str(qsettings.value(THEME_KEY, "system") or "system")
    return theme if theme in THEMES else "system"


def stored_language(qsettings: QSettings) -> str:
    """The interface language in `qsettings`, else the system's if it is one we have, else English."""
    language = str(qsettings.value(LANGUAGE_KEY, "") or QLocale.system().name()[:2])
    return language if language in UI_LANGUAGES else "en"


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    files = [path, *(f for f in recent_files(settings) if f != path)][:MAX_RECENT]
    settings.setValue("files/recent", files)
    return files
