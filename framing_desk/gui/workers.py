"""Running core work off the UI thread: a QRunnable that reports through queued signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Signals of one task; they live in the UI thread, so receivers run there."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """Calls `function(*args)` in a pool thread and emits `finished(result)` or `failed(exception)`.

    With `report_progress=True` the function also receives the keyword arguments
    `progress`, a callable `(done, total)` that emits the `progress` signal, and
    `cancel`, an event that `Task.cancel()` sets.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, report_progress: bool = False) -> None:
        super().__init__()
        self.function = function
        self.args = args
        self.report_progress = report_progress
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            if self.report_progress:
                result = self.function(*self.args, progress=self.signals.progress.emit,
                                       cancel=self.cancel_event)
            else:
                result = self.function(*self.args)
        except Exception as exc:  # reported to the UI, which shows a message
            _log.exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        """Emit unless the receiving side is already gone (the window closed while this ran)."""
        try:
            signal.emit(value)
        except RuntimeError:
            _log.debug("result of a background task dropped: its receiver was deleted")


class TaskSet:
    """The tasks an object has running, kept (and counted) until each finishes or fails."""

    def __init__(self) -> None:
        self._tasks: set[Task] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def add(self, task: Task) -> Task:
        """Count `task` from now until it ends; it leaves the set before the slots connected later
        run (so they see it gone)."""
        self._tasks.add(task)
        task.signals.finished.connect(lambda _result, t=task: self._tasks.discard(t))
        task.signals.failed.connect(lambda _error, t=task: self._tasks.discard(t))
        return task

    def start(self, task: Task, pool: QThreadPool | None = None) -> Task:
        """`add` and queue `task` like `start`."""
        return start(self.add(task), pool)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    """Queue `task` on `pool` (the global pool by default) and return it."""
    task.setAutoDelete(False)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
