"""The pinned Qt binding must not corrupt Python's reference counts (a regression guard).

PySide6 6.12.0 dropped a reference to None on every call of a Qt method that
returns nothing; on Python 3.11, where None is not yet immortal, a long editing
session then aborted with "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        editor.update()
        editor.setPlaceholderText("x")
        QApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} rounds of Qt calls"
