"""What an export shows: the reviewed text, its neutral rewrite and its checked translations."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from framing_desk import __version__
from framing_desk.core.model import Analysis, Category, Finding, Severity, Voice
from framing_desk.core.review import Decision, DecisionKind, ReviewState
from framing_desk.core.rewrite import Rewrite
from framing_desk.core.tone import ToneCheck, Verdict

Span = tuple[int, int]
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

_DECISION_LABELS = {
    DecisionKind.OPEN: "open",
    DecisionKind.ACCEPTED: "accepted",
    DecisionKind.CUSTOM: "own wording",
    DecisionKind.KEPT: "kept",
    DecisionKind.IGNORED_HERE: "ignored here",
    DecisionKind.IGNORED_EVERYWHERE: "ignored everywhere",
}


@dataclass(frozen=True, slots=True)
class TranslationColumn:
    """One English translation, aligned one to one with the report's segments.

    `texts[i]` translates segment i (None: not translated); `checks[i]` is its
    tone check (None: not checked). `checks` may be empty when no tone check ran.
    """

    texts: tuple[str | None, ...]
    checks: tuple[ToneCheck | None, ...] = ()

    def check(self, index: int) -> ToneCheck | None:
        return self.checks[index] if self.checks else None


@dataclass(frozen=True, slots=True)
class TranslationRow:
    """One source segment with its translation and tone check in every column."""

    number: int  # 1-based position among all segments
    start: int
    end: int
    source: str
    cells: tuple[tuple[str, str | None, ToneCheck | None], ...]  # label, text, check


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything a report shows.

    `review` is the review's state (`Review.state`): the analysis and the
    decisions taken; `rewrite` the neutral rewrite made from it. Translations
    are keyed by provider or file label and aligned with `segments`, spans of
    the source text: by default the analysis's sentences (see `line_spans` for
    line-by-line references). Explanations are given in `explain_in`.
    """

    title: str
    review: ReviewState
    rewrite: Rewrite
    translations: Mapping[str, TranslationColumn] = field(default_factory=dict)
    segments: tuple[Span, ...] | None = None
    explain_in: str = "en"
    generated: datetime = field(default_factory=lambda: datetime.now(UTC))
    app_version: str = __version__

    def __post_init__(self) -> None:
        if self.rewrite.original != self.review.text:
            raise ValueError("the rewrite was not made from the reviewed text")
        count = len(self.spans)
        for label, column in self.translations.items():
            if len(column.texts) != count or (column.checks and len(column.checks) != count):
                raise ValueError(f"translation {label!r} is not aligned with the {count} segments")

    @property
    def analysis(self) -> Analysis:
        return self.review.analysis

    @property
    def original(self) -> str:
        return self.review.text

    @property
    def spans(self) -> tuple[Span, ...]:
        """The source segments the translations are aligned with."""
        if self.segments is not None:
            return self.segments
        return tuple((s.start, s.end) for s in self.analysis.sentences)

    def decision(self, finding: Finding) -> Decision:
        return self.review.decision(finding)

    def in_rewrite(self, finding: Finding) -> str | None:
        """"applied" or "kept" (wanted, but left as it is) for findings the rewrite dealt with."""
        if finding in self.rewrite.applied:
            return "applied"
        if finding in self.rewrite.kept:
            return "kept"
        return None

    def rows(self) -> Iterator[TranslationRow]:
        """The segments with source text (blank ones are skipped) and their translations."""
        for index, (start, end) in enumerate(self.spans):
            source = self.original[start:end]
            if source.strip():
                cells = tuple((label, column.texts[index], column.check(index))
                              for label, column in self.translations.items())
                yield TranslationRow(index + 1, start, end, source, cells)

    def category_counts(self) -> dict[Category, Counter[Severity]]:
        """Findings per category (in catalogue order) and severity."""
        counts: dict[Category, Counter[Severity]] = {category: Counter() for category in Category}
        for finding in self.analysis.findings:
            counts[finding.category][finding.severity] += 1
        return counts

    def voice_counts(self) -> Counter[Voice]:
        return Counter(f.voice for f in self.analysis.findings)

    def decision_counts(self) -> Counter[DecisionKind]:
        return Counter(self.decision(f).kind for f in self.analysis.findings)

    def verdict_counts(self) -> dict[str, Counter[Verdict]]:
        """Tone verdicts per translation."""
        return {label: Counter(c.verdict for c in column.checks if c is not None)
                for label, column in self.translations.items()}


def line_spans(text: str) -> tuple[Span, ...]:
    """One span per line of `text` (lines end at \\n, \\r\\n or \\r), without its line break."""
    return tuple((m.start(), m.start() + len(m.group().rstrip("\r\n"))) for m in _LINE.finditer(text))


def decision_label(kind: DecisionKind) -> str:
    """"accepted", "own wording", "ignored here", …"""
    return _DECISION_LABELS[kind]


def chosen_words(finding: Finding, decision: Decision) -> str | None:
    """The words the decision puts in place of the finding ("" for a deletion), if any."""
    if decision.kind is DecisionKind.CUSTOM:
        return decision.text
    if decision.kind is DecisionKind.ACCEPTED and finding.suggestions:
        return finding.suggestions[min(decision.alternative, len(finding.suggestions) - 1)]
    return None


def describe_decision(finding: Finding, decision: Decision) -> str:
    """A one-line account of the decision: 'accepted: Einigung', 'accepted: delete', 'kept'."""
    label = decision_label(decision.kind)
    words = chosen_words(finding, decision)
    if words is not None:
        return f"{label}: {words}" if words else f"{label}: delete"
    if decision.kind is DecisionKind.ACCEPTED and finding.action is not None:
        return f"{label}: {finding.action.value.replace('_', ' ')}"
    return label


def category_label(category: Category) -> str:
    """'Vague attribution' for VAGUE_ATTRIBUTION."""
    return category.value.replace("_", " ").capitalize()
