"""The yardstick of `startup.py`: a bare PySide6 window with three text editors.

Imports PySide6, creates the QApplication, a QMainWindow holding a QSplitter with
three QPlainTextEdit (the sample article in the first), shows it at the size of
Framing Desk's window and waits until the first editor has been painted. Then it
prints one JSON line: the wall-clock time (`time.time()`) at which the window was
ready, and checkpoints in seconds since this script started.

Run by `startup.py` in a fresh process: `python benchmarks/bare_window.py SAMPLE`.
"""

from __future__ import annotations

import time

STARTED_WALL = time.time()
STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spans: dict[str, list[float]] = {}  # checkpoint → [seconds since start] * 2, as startup.py reads

    def mark(name: str) -> None:
        now = time.perf_counter() - STARTED
        spans[name] = [now, now]

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter

    mark("import PySide6")

    class PaintWatch(QObject):
        """Notes when the watched widget is painted."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    editors = [QPlainTextEdit() for _ in range(3)]
    for editor in editors:
        splitter.addWidget(editor)
    window.setCentralWidget(splitter)
    editors[0].setPlainText(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window.resize(1400, 900)
    watch = PaintWatch()
    editors[0].viewport().installEventFilter(watch)
    mark("window built")
    window.show()
    while not watch.painted:
        app.processEvents()
        time.sleep(0.0005)
    mark("first paint")
    print(json.dumps({"started": STARTED_WALL, "ready": time.time(), "spans": spans, "totals": {}}),
          flush=True)


if __name__ == "__main__":
    main()
