"""The open document as the views see it: text, review, rewrite; analysis runs in the background.

`DocumentSession` owns the core objects (a `Review`, its `Rewrite`) and turns
their changes into signals. Analyses and rewrites run one at a time in a
private thread pool; a result that belongs to an older text or an older set of
decisions is dropped, so the views only ever see consistent states.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from framing_desk.core.analysis_cache import AnalysisCache
from framing_desk.core.model import Analysis, Finding
from framing_desk.core.preferences import Preferences, filter_findings, write_custom_rule_dir
from framing_desk.core.review import Decision, DecisionKind, FindingKey, Review, ReviewState
from framing_desk.core.rewrite import Rewrite, rewrite
from framing_desk.core.rules.catalog import builtin_rule_dir
from framing_desk.core.storage import cache_dir
from framing_desk.gui.workers import Task, TaskSet

if TYPE_CHECKING:
    from framing_desk.core.engine import Engine, LineMemo

REANALYSE_DELAY_MS = 350
"""Pause in typing after which the text is analysed again."""
WARM_UP_DELAY_MS = 1000
"""How long after `warm_up` the language data starts loading: the window first shows (and answers)
what it has, since loading spaCy in the background slows the UI thread down while it runs."""


class EngineHolder:
    """Builds the engine and the lemmatizer once, in whichever pool thread needs them first.

    It remembers the analysis of each line of the document, so that after an edit only
    the changed lines are analysed again (`Engine.analyze_lines`).
    """

    def __init__(self, language: str, extra_rule_dirs: tuple[Path, ...]) -> None:
        self.language = language
        self.extra_rule_dirs = extra_rule_dirs
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._lines: LineMemo | None = None

    @property
    def rule_dirs(self) -> list[Path]:
        return [builtin_rule_dir(self.language), *self.extra_rule_dirs]

    def engine(self) -> Engine:
        from framing_desk.core.engine import Engine, LineMemo

        with self._lock:
            if self._engine is None:
                self._engine = Engine(self.language, self.extra_rule_dirs)
                self._lines = LineMemo()
            return self._engine

    def analyze(self, text: str) -> Analysis:
        engine = self.engine()
        assert self._lines is not None
        return engine.analyze_lines(text, self._lines)

    def warm_up(self) -> bool:
        """Build the engine and the lemma tables (returns True for the signal's payload)."""
        self.engine()
        from framing_desk.core.nlp.lemmas import shared_lemmatizer

        shared_lemmatizer(self.language)
        return True


DecisionSource = Callable[[Analysis], dict[FindingKey, Decision]]


def _rewrite(state: ReviewState, draft: bool) -> Rewrite:
    from framing_desk.core.nlp.lemmas import LazyLemmatizer

    return rewrite(state, LazyLemmatizer(state.analysis.language), draft=draft)


class DocumentSession(QObject):
    """Text → analysis → findings → decisions → rewrite, for the views."""

    documentLoaded = Signal()
    analysisChanged = Signal()
    decisionsChanged = Signal()
    rewriteChanged = Signal()
    engineReady = Signal()
    statusChanged = Signal(str)
    failed = Signal(str, str)

    def __init__(self, preferences: Preferences, *, language: str = "de",
                 cache: AnalysisCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.preferences = preferences
        self.cache = cache or AnalysisCache()
        self.title = ""
        self.path: Path | None = None
        self.review: Review | None = None
        self.rewrite: Rewrite | None = None
        self.draft = False
        self.engine_ready = False
        self._text = ""
        self._raw: Analysis | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._warm_up_pool = QThreadPool(self)
        self._warm_up_pool.setMaxThreadCount(1)
        self._holder = self._make_holder()
        self._tasks = TaskSet()
        self._rewrite_generation = 0
        self._pending_decisions: DecisionSource | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REANALYSE_DELAY_MS)
        self._timer.timeout.connect(self._analyse_now)

    # --- document -------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def pool(self) -> QThreadPool:
        """The one-thread pool that runs the language work in order: analyses, rewrites, tone checks.
        (The warm-up builds the engine in a pool of its own; an analysis waits for it to finish.)"""
        return self._pool

    @property
    def analysis(self) -> Analysis | None:
        return self.review.analysis if self.review else None

    @property
    def analysed(self) -> bool:
        """True when the findings shown belong to the current text."""
        return self.review is not None and self.review.text == self._text

    def load_text(self, text: str, *, title: str = "", path: Path | None = None,
                  decisions: DecisionSource | None = None) -> None:
        """Replace the document; findings appear at once if this text was analysed before.

        `decisions`, given the first analysis, returns the decisions to start with
        (those of a saved project).
        """
        self._timer.stop()
        self._text = text
        self.title = title
        self.path = path
        self.review = None
        self.rewrite = None
        self._raw = None
        self._pending_decisions = decisions
        self.documentLoaded.emit()
        cached = self.cache.load(text, self.language, self._holder.rule_dirs)
        if cached is not None:
            self._take_analysis(cached, store=False)
        else:
            self._analyse_now()

    def set_text(self, text: str) -> None:
        """The editor's text changed: analyse again once typing pauses."""
        if text == self._text:
            return
        self._text = text
        self._timer.start()

    def warm_up(self, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """Load the language data in the background after `delay_ms`, so the first edit is
        analysed quickly. It loads in a pool of its own: rewrites and tone checks asked for
        meanwhile do not queue behind it (an analysis waits for the engine in any case)."""
        QTimer.singleShot(delay_ms, self, self._start_warm_up)

    def _start_warm_up(self) -> None:
        task = Task(self._holder.warm_up)
        task.signals.finished.connect(self._engine_loaded)
        self._run(task, self._warm_up_pool)

    def flush(self) -> None:
        """Analyse now if an edit is waiting (before saving, exporting or quitting)."""
        if self._timer.isActive():
            self._timer.stop()
            self._analyse_now()

    # --- preferences ----------------------------------------------------------------------------

    def set_preferences(self, preferences: Preferences) -> None:
        """New preferences: rebuild the engine if custom terms changed, and analyse again."""
        terms_changed = preferences.custom_terms_in(self.language) != self.preferences.custom_terms_in(
            self.language)
        self.preferences = preferences
        if terms_changed:
            self._holder = self._make_holder()
            self.engine_ready = False
            self.warm_up()
        if self._raw is not None and not terms_changed:
            self._take_analysis(self._raw, store=False)
        else:
            self._analyse_now()

    def _make_holder(self) -> EngineHolder:
        directory = cache_dir() / "custom-rules" / self.language
        directory.mkdir(parents=True, exist_ok=True)
        extra = write_custom_rule_dir(self.preferences, directory, self.language)
        return EngineHolder(self.language, (extra,) if extra else ())

    # --- decisions ------------------------------------------------------------------------------

    def decide(self, finding: Finding, decision: Decision) -> None:
        self.decide_many([(finding, decision)])

    def decide_many(self, items: list[tuple[Finding, Decision]]) -> None:
        if self.review is None or not items:
            return
        self.review.decide_many(items)
        self._decisions_changed()

    def accept_best(self, finding: Finding) -> None:
        self.decide(finding, Decision(DecisionKind.ACCEPTED, 0))

    def ignore_everywhere(self, finding: Finding) -> Preferences:
        """Ignore these words here and in every later document; returns the new preferences to save."""
        self.decide(finding, Decision(DecisionKind.IGNORED_EVERYWHERE))
        self.preferences = self.preferences.with_ignored_word(self.language, finding.text)
        return self.preferences

    @property
    def can_undo(self) -> bool:
        return self.review is not None and self.review.can_undo

    @property
    def can_redo(self) -> bool:
        return self.review is not None and self.review.can_redo

    def undo(self) -> None:
        if self.review is not None and self.review.can_undo:
            self.review.undo()
            self._decisions_changed()

    def redo(self) -> None:
        if self.review is not None and self.review.can_redo:
            self.review.redo()
            self._decisions_changed()

    def set_draft(self, draft: bool) -> None:
        """Show every open suggestion applied in the rewrite (a preview), or only the accepted ones."""
        self.draft = draft
        self._schedule_rewrite()

    def _decisions_changed(self) -> None:
        self.decisionsChanged.emit()
        self._schedule_rewrite()

    # --- background work ------------------------------------------------------------------------

    def _run(self, task: Task, pool: QThreadPool | None = None) -> None:
        task.signals.failed.connect(self._task_failed)
        self._tasks.start(task, pool or self._pool)

    def _analyse_now(self) -> None:
        if not self.engine_ready:
            self.statusChanged.emit(self.tr("Loading the German language data…"))
        else:
            self.statusChanged.emit(self.tr("Analysing…"))
        task = Task(self._holder.analyze, self._text)
        task.signals.finished.connect(self._analysis_done)
        self._run(task)

    def _analysis_done(self, analysis: Analysis) -> None:
        if analysis.text != self._text:
            return
        self._take_analysis(analysis, store=True)

    def _take_analysis(self, raw: Analysis, *, store: bool) -> None:
        """Show a new analysis; the rewrite is queued first, before the views queue their own work."""
        self._raw = raw
        analysis = replace(raw, findings=filter_findings(raw.findings, self.preferences, self.language))
        if self.review is None:
            decisions = self._pending_decisions(analysis) if self._pending_decisions else None
            self.review = Review(analysis, decisions)
            self._pending_decisions = None
        else:
            self.review.rebase(analysis)
        self._schedule_rewrite()
        if store:
            self._run(Task(self.cache.store, raw, self._holder.rule_dirs))
        self.statusChanged.emit("")
        self.analysisChanged.emit()

    def _engine_loaded(self, _result: object) -> None:
        self.engine_ready = True
        self.engineReady.emit()
        if self.rewrite is None:
            self._schedule_rewrite()

    def _schedule_rewrite(self) -> None:
        if self.review is None:
            return
        self._rewrite_generation += 1
        generation = self._rewrite_generation
        task = Task(_rewrite, self.review.state, self.draft)
        task.signals.finished.connect(lambda result: self._rewrite_done(result, generation))
        self._run(task)

    def _rewrite_done(self, result: Rewrite, generation: int) -> None:
        if generation != self._rewrite_generation or self.review is None \
                or result.original != self.review.text:
            return
        self.rewrite = result
        self.rewriteChanged.emit()

    def _task_failed(self, error: object) -> None:
        self.statusChanged.emit("")
        self.failed.emit(self.tr("Analysis failed"), str(error))

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until the language work is done (tests, screenshots, quitting); a warm-up still
        loading is waited for only when nothing else is left."""
        return self._pool.waitForDone(msecs) and self._warm_up_pool.waitForDone(msecs)
