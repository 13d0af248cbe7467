"""Translations of the open document: providers run in the background, references, hand edits, tone.

Translations are kept per provider as {German sentence → English sentence}, so
an edit of the original only loses the translation of the sentences it touched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from framing_desk.core.analysis_cache import AnalysisCache
from framing_desk.core.model import Analysis, Finding
from framing_desk.core.rules.catalog import builtin_rule_dir
from framing_desk.core.tone import ToneCheck, compare_tone
from framing_desk.core.translation.consent import (
    TranslationSettings,
    load_translation_settings,
    save_translation_settings,
)
from framing_desk.core.translation.registry import provider_info
from framing_desk.gui.labels import error_text
from framing_desk.gui.workers import Task, TaskSet, start

if TYPE_CHECKING:
    from framing_desk.core.translation.keys import KeyStorage
    from framing_desk.core.translation.memory import TranslationMemory
    from framing_desk.core.translation.service import TranslatedText, TranslationService

EDITED = "edited"
"""Pseudo-provider holding the editor's own translations (they also go into the memory as "human")."""


@dataclass
class Job:
    provider: str
    task: Task


EnglishMemo = dict[str, Analysis]
"""English sentence → its analysis, kept by the window so that an edit re-checks only new sentences."""
_MEMO_LIMIT = 50_000


def _english_findings(texts: list[str], cache: AnalysisCache | None,
                      memo: EnglishMemo) -> list[tuple[Finding, ...]]:
    """The findings of each English sentence: from `memo`, else stored ones if these sentences were
    checked before (no English pipeline to load), else the shared English engine's for the
    sentences not in `memo` (which then holds them)."""
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    missing = [text for text in dict.fromkeys(texts) if text not in memo]
    if missing:
        rule_dirs = (builtin_rule_dir("en"),)
        stored = cache.load_many(texts, "en", rule_dirs) if cache is not None else None
        if stored is not None:
            memo.update((a.text, a) for a in stored)
        else:
            from framing_desk.core import shared_engine

            memo.update((a.text, a) for a in shared_engine("en").analyze_many(missing))
            if cache is not None:
                cache.store_many([memo[text] for text in texts], rule_dirs)
    return [memo[text].findings for text in texts]


def tone_checks(analysis: Analysis, translations: Sequence[str | None],
                cache: AnalysisCache | None = None, memo: EnglishMemo | None = None
                ) -> list[ToneCheck | None]:
    """Per sentence of `analysis`, the tone verdict of its translation (None where there is none)."""
    wanted = [i for i, t in enumerate(translations) if t]
    texts = [translations[i] or "" for i in wanted]
    english = _english_findings(texts, cache, {} if memo is None else memo)
    checks: list[ToneCheck | None] = [None] * len(translations)
    for index, target in zip(wanted, english, strict=True):
        sentence = analysis.sentences[index]
        source = [f for f in analysis.author_findings()
                  if sentence.start <= f.start and f.end <= sentence.end]
        checks[index] = compare_tone(source, [f for f in target if f.voice.value == "author"])
    return checks


class Translations(QObject):
    """The document's translations, the provider jobs and their tone checks, for the views."""

    changed = Signal()
    modified = Signal()
    progress = Signal(int, int)
    running = Signal(bool)
    failed = Signal(str, str)
    toneReady = Signal(str)

    def __init__(self, analysis_pool: QThreadPool | None = None, parent: QObject | None = None,
                 *, cache: AnalysisCache | None = None) -> None:
        super().__init__(parent)
        self._analysis_pool = analysis_pool
        self._cache = cache
        self.settings: TranslationSettings = load_translation_settings(recover=True)
        self._keys: KeyStorage | None = None
        self._memory: TranslationMemory | None = None
        self.by_provider: dict[str, dict[str, str]] = {}
        self.labels: dict[str, str] = {}
        self.tone: dict[str, list[ToneCheck | None]] = {}
        self.job: Job | None = None
        self._tone_tasks = TaskSet()
        self._english: EnglishMemo = {}  # used by the tone checks, one at a time in the analysis pool
        self._tone_asked: dict[str, tuple[str, tuple[Finding, ...], tuple[str | None, ...]]] = {}
        """Per translation, what its tone verdicts were last asked for (asked again only on a change)."""

    # --- resources ------------------------------------------------------------------------------

    @property
    def keys(self) -> KeyStorage:
        """The key store, opened on first use (the keyring library loads only then)."""
        from framing_desk.core.translation.keys import open_key_store

        if self._keys is None:
            self._keys = open_key_store()
        return self._keys

    def memory(self) -> TranslationMemory | None:
        from framing_desk.core.translation.memory import TranslationMemoryError, open_memory

        if self._memory is None:
            try:
                self._memory = open_memory(recover=True)
            except TranslationMemoryError as exc:
                self.failed.emit(self.tr("Translation memory unavailable"), str(exc))
        return self._memory

    def service(self) -> TranslationService:
        from framing_desk.core.translation.service import TranslationService

        return TranslationService(self.settings, self.keys, self.memory())

    def save_settings(self, settings: TranslationSettings) -> None:
        self.settings = settings
        save_translation_settings(settings)

    def close(self) -> None:
        if self.job is not None:
            self.job.task.cancel()
        if self._memory is not None:
            self._memory.close()
            self._memory = None

    # --- data -----------------------------------------------------------------------------------

    def clear(self) -> None:
        self.by_provider.clear()
        self.labels.clear()
        self.tone.clear()
        self._tone_asked.clear()
        self.changed.emit()

    def names(self) -> list[str]:
        return list(self.by_provider)

    def label(self, name: str) -> str:
        return self.labels.get(name, name)

    def aligned(self, name: str, sentences: Sequence[str]) -> list[str | None]:
        """The translation of each sentence by `name` (hand edits win), None where there is none."""
        own = self.by_provider.get(name, {})
        edited = self.by_provider.get(EDITED, {})
        return [edited.get(s, own.get(s)) for s in sentences]

    @property
    def idle(self) -> bool:
        """No translation or tone check is running."""
        return self.job is None and not self._tone_tasks

    def add(self, name: str, label: str, sentences: Sequence[str],
            translations: Sequence[str | None]) -> None:
        """Take over aligned translations (from a provider run or a reference file)."""
        store = self.by_provider.setdefault(name, {})
        for sentence, translation in zip(sentences, translations, strict=True):
            if translation is not None:
                store[sentence] = translation
        self.labels[name] = label
        self.changed.emit()

    def edit(self, sentence: str, translation: str) -> None:
        """The editor's own translation of `sentence`: shown everywhere, kept in the memory."""
        self.by_provider.setdefault(EDITED, {})[sentence] = translation
        self.labels.setdefault(EDITED, self.tr("Edited by hand"))
        memory = self.memory()
        if memory is not None:
            from framing_desk.core.translation.memory import TranslationMemoryError

            try:
                memory.store_human("de", "en", sentence, translation)
            except (TranslationMemoryError, ValueError) as exc:
                self.failed.emit(self.tr("Could not store the translation"), str(exc))
        self.changed.emit()
        self.modified.emit()

    def restore_edits(self, edits: dict[str, str]) -> None:
        """Show the hand edits of a saved project again (they are in the memory already)."""
        if edits:
            self.by_provider.setdefault(EDITED, {}).update(edits)
            self.labels.setdefault(EDITED, self.tr("Edited by hand"))
            self.changed.emit()

    # --- provider jobs --------------------------------------------------------------------------

    def needs_consent(self, name: str) -> bool:
        return provider_info(name).network and name not in self.settings.enabled

    def translate(self, name: str, sentences: Sequence[str]) -> None:
        """Start translating `sentences` with provider `name` (consent must have been given)."""
        if self.job is not None:
            return
        service = self.service()
        task = Task(self._run, service, name, list(sentences), report_progress=True)
        self.job = Job(name, task)
        task.signals.progress.connect(self.progress.emit)
        task.signals.finished.connect(lambda result: self._finished(result, list(sentences)))
        task.signals.failed.connect(self._crashed)
        self.running.emit(True)
        start(task)

    @staticmethod
    def _run(service: TranslationService, name: str, sentences: list[str], *,
             progress: Callable[[int, int], None], cancel: threading.Event) -> TranslatedText:
        return service.translate(name, sentences, cancel=cancel, progress=progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.task.cancel()

    def _finished(self, result: TranslatedText, sentences: list[str]) -> None:
        self.job = None
        self.running.emit(False)
        self.add(result.provider, provider_info(result.provider).label, sentences, result.translations)
        self.modified.emit()
        if result.error is not None:
            done = sum(1 for t in result.translations if t is not None)
            kept = (self.tr("{0}\n\n1 of {2} sentences was translated and is kept.") if done == 1 else
                    self.tr("{0}\n\n{1} of {2} sentences were translated and are kept."))
            self.failed.emit(self.tr("Translation incomplete"),
                             kept.format(error_text(result.error), done, len(sentences)))

    def _crashed(self, error: object) -> None:
        self.job = None
        self.running.emit(False)
        self.failed.emit(self.tr("Translation failed"), error_text(error))

    # --- tone -----------------------------------------------------------------------------------

    def check_tone(self, name: str, analysis: Analysis) -> None:
        """Work out tone verdicts for translation `name` of `analysis` in the background (unless
        they were asked for this very analysis and translation already)."""
        sentences = [analysis.text[s.start:s.end] for s in analysis.sentences]
        targets = self.aligned(name, sentences)
        asked = (analysis.text, analysis.findings, tuple(targets))
        if self._tone_asked.get(name) == asked:
            return
        self._tone_asked[name] = asked
        task = self._tone_tasks.add(Task(tone_checks, analysis, targets, self._cache, self._english))

        def done(checks: list[ToneCheck | None]) -> None:
            self.tone[name] = checks
            self.toneReady.emit(name)

        task.signals.finished.connect(done)
        task.signals.failed.connect(lambda _error: self._tone_asked.pop(name, None))
        start(task, self._analysis_pool)
