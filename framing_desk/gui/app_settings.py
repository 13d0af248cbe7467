"""The GUI's own settings (window layout, theme, recent files) in an INI file beside the preferences."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from framing_desk.core.preferences import preferences_path

MAX_RECENT = 10


def app_settings() -> QSettings:
    """Settings in `gui.ini` in the config folder ($FRAMING_DESK_CONFIG_DIR in tests)."""
    return QSettings(str(preferences_path().parent / "gui.ini"), QSettings.Format.IniFormat)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    files = [path, *(f for f in recent_files(settings) if f != path)][:MAX_RECENT]
    settings.setValue("files/recent", files)
    return files
