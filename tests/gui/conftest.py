"""GUI fixtures: an isolated config/data folder, the main window on the sample, a fake LibreTranslate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from framing_desk.gui.app import build_window
from framing_desk.gui.main_window import MainWindow
from tests.fake_services import FakeService, serve
from tests.fake_services import libretranslate as fake_libretranslate

ANALYSIS_TIMEOUT_MS = 90_000


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Preferences, settings, translation memory and recovery files go to a fresh folder per test."""
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def wait_analysed(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the findings, the rewrite and the tone checks of the current text are shown."""
    session = window.session

    def ready() -> None:
        assert session.analysed
        assert session.rewrite is not None and session.rewrite.original == session.text
        assert window.translations.idle

    qtbot.waitUntil(ready, timeout=ANALYSIS_TIMEOUT_MS)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window with the sample article open and analysed (closing it discards unsaved work)."""
    main = build_window(theme="light", language="en")
    monkeypatch.setattr(main, "_ask_to_save", lambda: QMessageBox.StandardButton.Discard)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    main.open_sample()
    wait_analysed(qtbot, main)
    yield main
    main.close()
    main.session.wait_idle()


@pytest.fixture
def libretranslate() -> Iterator[FakeService]:
    with serve(fake_libretranslate) as state:
        yield state
