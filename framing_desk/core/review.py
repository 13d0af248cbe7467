"""A review: a document, its findings, and the editor's decision on each finding.

Decisions are keyed by the finding's identity (rule, position), so they can be
carried over when the text changes and is analysed again: a decision moves to
the new finding of the same rule with the same words nearest to where the old
one stood. Undo and redo of decisions belong to the model, not to a GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from framing_desk.core.model import Analysis, Finding, Voice
from framing_desk.core.preferences import Preferences


class DecisionKind(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"  # one of the finding's suggestions (or its action, e.g. delete)
    CUSTOM = "custom"  # the editor's own wording
    KEPT = "kept"  # rejected: keep the original words
    IGNORED_HERE = "ignored_here"
    IGNORED_EVERYWHERE = "ignored_everywhere"  # also recorded in the user's preferences


@dataclass(frozen=True, slots=True)
class Decision:
    kind: DecisionKind = DecisionKind.OPEN
    alternative: int = 0  # index into the finding's suggestions (ACCEPTED)
    text: str = ""  # the editor's words (CUSTOM)

    @property
    def is_open(self) -> bool:
        return self.kind is DecisionKind.OPEN


OPEN = Decision()
FindingKey = tuple[str, int, int]  # rule, start, end


def key_of(finding: Finding) -> FindingKey:
    return finding.rule, finding.start, finding.end


@dataclass(frozen=True, slots=True)
class ReviewState:
    """An immutable snapshot: the analysis and the decisions taken on its findings."""

    analysis: Analysis
    decisions: Mapping[FindingKey, Decision] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.analysis.text

    def decision(self, finding: Finding) -> Decision:
        return self.decisions.get(key_of(finding), OPEN)


class Review:
    """The mutable model a view edits: decisions with undo/redo, text edits with re-analysis."""

    def __init__(self, analysis: Analysis,
                 decisions: Mapping[FindingKey, Decision] | None = None) -> None:
        self._state = ReviewState(analysis, dict(decisions or {}))
        self._undo: list[ReviewState] = []
        self._redo: list[ReviewState] = []

    @property
    def state(self) -> ReviewState:
        return self._state

    @property
    def analysis(self) -> Analysis:
        return self._state.analysis

    @property
    def text(self) -> str:
        return self._state.text

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._state.analysis.findings

    def decision(self, finding: Finding) -> Decision:
        return self._state.decision(finding)

    def decide(self, finding: Finding, decision: Decision) -> None:
        self.decide_many([(finding, decision)])

    def decide_many(self, items: Iterable[tuple[Finding, Decision]]) -> None:
        """Several decisions as one undo step ("accept all in category")."""
        decisions = dict(self._state.decisions)
        for finding, decision in items:
            if finding not in self.findings:
                raise ValueError(f"not a finding of this review: {finding.text!r}")
            if decision.kind is DecisionKind.ACCEPTED and finding.suggestions and not (
                    0 <= decision.alternative < len(finding.suggestions)):
                raise ValueError(f"no alternative {decision.alternative} for {finding.text!r}")
            decisions[key_of(finding)] = decision
        self._push(replace(self._state, decisions=decisions))

    def next_open(self, position: int, *, backwards: bool = False) -> Finding | None:
        """The next (or previous) open finding after (before) character `position`, wrapping."""
        open_findings = [f for f in self.findings if self.decision(f).is_open]
        if not open_findings:
            return None
        if backwards:
            before = [f for f in open_findings if f.start < position]
            return before[-1] if before else open_findings[-1]
        after = [f for f in open_findings if f.start > position]
        return after[0] if after else open_findings[0]

    def update_text(self, analysis: Analysis) -> None:
        """Take over a new analysis of edited text, carrying decisions over to its findings."""
        self._push(ReviewState(analysis, carry_over(self._state, analysis)))

    def rebase(self, analysis: Analysis) -> None:
        """Take over a new analysis of edited text without an undo step of its own.

        For an editor whose text has its own undo: the current decisions and every
        state on the undo and redo stacks are carried over to the new findings, so
        undoing a decision after typing still restores the decision, on the new text.
        """
        self._state = ReviewState(analysis, carry_over(self._state, analysis))
        self._undo = [ReviewState(analysis, carry_over(s, analysis)) for s in self._undo]
        self._redo = [ReviewState(analysis, carry_over(s, analysis)) for s in self._redo]

    def update_with(self, analyze: Callable[[str], Analysis], text: str) -> None:
        self.update_text(analyze(text))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self._state)
            self._state = self._undo.pop()

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self._state)
            self._state = self._redo.pop()

    def _push(self, state: ReviewState) -> None:
        self._undo.append(self._state)
        self._redo.clear()
        self._state = state


def carry_over(old: ReviewState, new: Analysis) -> dict[FindingKey, Decision]:
    """Decisions of `old` moved to the findings of `new`: same rule and words, nearest place.

    Positions are compared after undoing the shift an edit caused: the common
    prefix and suffix of the old and new text locate the edited region.
    """
    taken = [(f, d) for f in old.analysis.findings if not (d := old.decision(f)).is_open]
    if not taken:
        return {}
    shift = _shift(old.text, new.text)
    result: dict[FindingKey, Decision] = {}
    used: set[FindingKey] = set()
    for finding, decision in taken:
        expected = shift(finding.start)
        candidates = [f for f in new.findings
                      if f.rule == finding.rule and f.text == finding.text and key_of(f) not in used]
        if not candidates:
            continue
        best = min(candidates, key=lambda f: abs(f.start - expected))
        if abs(best.start - expected) <= max(200, len(finding.text) * 4):
            used.add(key_of(best))
            result[key_of(best)] = decision
    return result


def _shift(old: str, new: str) -> Callable[[int], int]:
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    delta = len(new) - len(old)

    def shift(position: int) -> int:
        return position if position < prefix else position + delta

    return shift


def ignore_everywhere(review: Review, finding: Finding, preferences: Preferences) -> Preferences:
    """Record "never flag these words again": a decision here, and the words in the preferences
    (the caller saves them), so that `filter_findings` drops them from every later analysis."""
    review.decide(finding, Decision(DecisionKind.IGNORED_EVERYWHERE))
    return preferences.with_ignored_word(review.analysis.language, finding.text)


def draft_decisions(analysis: Analysis) -> dict[FindingKey, Decision]:
    """The neutral draft: the best suggestion (or action) of every author-voice finding."""
    return {key_of(f): Decision(DecisionKind.ACCEPTED) for f in analysis.findings
            if f.voice is Voice.AUTHOR}
