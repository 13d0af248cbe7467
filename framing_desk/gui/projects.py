"""Saving the open review as a project and autosaving it for crash recovery, off the UI thread.

Every change marks the review unsaved and, a few seconds later, writes a
recovery copy (`core.project.write_recovery`); saving to a `.framingdesk` file
clears the mark. A clean exit removes the recovery copy, so only a crash or a
kill leaves one for the next start to offer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from framing_desk.core.project import (
    Project,
    ProjectError,
    end_session,
    new_session_id,
    save_project,
    write_recovery,
)
from framing_desk.gui.labels import error_text
from framing_desk.gui.workers import Task, TaskSet

AUTOSAVE_DELAY_MS = 3000


class ProjectStore(QObject):
    """The project file of the open review, its unsaved state and its autosave."""

    dirtyChanged = Signal(bool)
    saved = Signal(object)
    autosaved = Signal(object)
    failed = Signal(str, str)
    autosaveFailed = Signal(str)

    def __init__(self, snapshot: Callable[[], Project | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_id = new_session_id()
        self.path: Path | None = None
        self.dirty = False
        self._snapshot = snapshot
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks = TaskSet()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.autosave_now)

    def reset(self, path: Path | None) -> None:
        """A document was opened (from `path` if it is a project): nothing unsaved, no recovery copy."""
        self._timer.stop()
        self._generation += 1
        self.path = path
        self._set_dirty(False)
        self._run(Task(end_session, self.session_id))

    def changed(self) -> None:
        """Something worth keeping changed: autosave within `AUTOSAVE_DELAY_MS`."""
        self._generation += 1
        self._set_dirty(True)
        if not self._timer.isActive():
            self._timer.start()

    def autosave_now(self) -> None:
        """Write the recovery copy of the unsaved review now (in the background)."""
        self._timer.stop()
        if not self.dirty or (project := self._snapshot()) is None:
            return
        task = Task(_write_recovery, project, self.session_id, self.path)
        task.signals.finished.connect(self.autosaved.emit)
        task.signals.failed.connect(lambda error: self.autosaveFailed.emit(str(error)))
        self._run(task)

    def save(self, path: Path) -> Task | None:
        """Save the review to `path` in the background; `saved` or `failed` reports the outcome."""
        project = self._snapshot()
        if project is None:
            return None
        generation = self._generation
        task = Task(save_project, project, path)
        task.signals.finished.connect(lambda result: self._saved(path, result, generation))
        task.signals.failed.connect(self._save_failed)
        self._run(task)
        return task

    def save_and_wait(self, path: Path) -> bool:
        """Save and wait for the write to finish (when quitting); True if it worked."""
        if self.save(path) is None:
            return False
        self.wait()
        return not self.dirty

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued write is done, and deliver their outcome."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.processEvents()
        return done

    def close(self) -> None:
        """A clean end: finish writing, then remove the recovery copy."""
        self._timer.stop()
        self.wait()
        end_session(self.session_id)

    def _saved(self, path: Path, project: Project, generation: int) -> None:
        self.path = path
        if generation == self._generation:
            self._timer.stop()
            self._set_dirty(False)
            self._run(Task(end_session, self.session_id))
        self.saved.emit(project)

    def _save_failed(self, error: object) -> None:
        if isinstance(error, ProjectError):
            self.failed.emit(self.tr("Could not save the project"), error_text(error))
        else:
            self.failed.emit(self.tr("Could not save the project"), repr(error))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _run(self, task: Task) -> None:
        self._tasks.start(task, self._pool)


def _write_recovery(project: Project, session_id: str, project_path: Path | None) -> Path:
    return write_recovery(project, session_id, project_path=project_path)
