"""Tone checks for translations: does the English keep, lose, add or shift the German source's slant?

`compare_tone` judges one aligned sentence pair from its findings,
`check_translation` runs the engines over a whole aligned text, and
`compare_translations` measures how far machine translations of the same
sentences lie apart, in post-editing words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from typing import TYPE_CHECKING

from framing_desk.core.diff import EditDistance, edit_distance, word_diff
from framing_desk.core.model import Category, Finding, Severity, Voice

if TYPE_CHECKING:
    from framing_desk.core.engine import Engine

SEVERITY_WEIGHT = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
"""How much one finding of each severity weighs in a tone comparison."""


class Verdict(StrEnum):
    """How a translation treats the framing of its source sentence."""

    PRESERVED = "preserved"
    SOFTENED = "softened"
    AMPLIFIED = "amplified"
    SHIFTED = "shifted"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class ToneCheck:
    """The verdict on one sentence pair, the author-voice findings it rests on and why."""

    verdict: Verdict
    source_findings: tuple[Finding, ...]
    target_findings: tuple[Finding, ...]
    explanation: str


@dataclass(frozen=True)
class EngineComparison:
    """Post-editing distance from engine `a`'s translation to engine `b`'s, summed over a text."""

    a: str
    b: str
    changed_words: int
    words: int

    @property
    def ratio(self) -> float:
        """Changed words per word of `a` (as in `EditDistance.ratio`)."""
        return self.changed_words / self.words if self.words else float(self.changed_words > 0)


def compare_tone(source_findings: Sequence[Finding], target_findings: Sequence[Finding]) -> ToneCheck:
    """Judge the framing of one aligned sentence pair from the findings on either side.

    Only AUTHOR-voice findings count; quoted framing is the source's, not the
    translator's. Each finding weighs 1 (info), 2 (warning) or 3 (error),
    summed to S (source) and T (target). The weights are *similar* when
    |T - S| <= max(1, max(S, T) / 4). Then, in this order:

    - S = T = 0: NEUTRAL;
    - not similar and T < S: SOFTENED; not similar and T > S: AMPLIFIED;
    - similar, same categories on both sides: PRESERVED;
    - similar, the target only lacks categories of the source: SOFTENED;
    - similar, the target only adds categories: AMPLIFIED;
    - similar, each side has categories the other lacks: SHIFTED.
    """
    source = tuple(f for f in source_findings if f.voice is Voice.AUTHOR)
    target = tuple(f for f in target_findings if f.voice is Voice.AUTHOR)
    s_weight, t_weight = _weights(source), _weights(target)
    s_total, t_total = sum(s_weight.values()), sum(t_weight.values())
    lost = tuple(f for f in source if f.category not in t_weight)
    added = tuple(f for f in target if f.category not in s_weight)
    similar = abs(t_total - s_total) <= max(1, max(s_total, t_total) / 4)
    if not source and not target:
        return ToneCheck(Verdict.NEUTRAL, source, target, "No framing on either side.")
    if (not similar and t_total < s_total) or (similar and lost and not added):
        verdict = Verdict.SOFTENED
        explanation = (f"Framing lost: {_phrases(lost)} {_has(lost)} no counterpart in the translation."
                       if lost else
                       f"Framing softened: {_phrases(source)} became {_phrases(target)}"
                       f" (weight {s_total} → {t_total}).")
    elif (not similar and t_total > s_total) or (similar and added and not lost):
        verdict = Verdict.AMPLIFIED
        explanation = (f"Framing added: {_phrases(added)} {_has(added)} no counterpart in the source."
                       if added else
                       f"Framing amplified: {_phrases(source)} became {_phrases(target)}"
                       f" (weight {s_total} → {t_total}).")
    elif lost:
        verdict = Verdict.SHIFTED
        explanation = f"Framing shifted: {_phrases(source)} became {_phrases(target)}."
    else:
        verdict = Verdict.PRESERVED
        explanation = f"Framing kept: {_phrases(source)} rendered as {_phrases(target)}."
    return ToneCheck(verdict, source, target, explanation)


def check_translation(source_text: str, source_sentences: Sequence[str],
                      target_sentences: Sequence[str | None], *,
                      de: Engine, en: Engine) -> list[ToneCheck | None]:
    """A `ToneCheck` per aligned sentence pair; None where a sentence has no translation.

    `source_text` is analysed as a whole (so quotes spanning sentences are
    seen) and the `source_sentences` are found in it in order; source findings
    carry offsets into `source_text`, target findings offsets into their own
    sentence. The translations are analysed in one `analyze_many` stream.
    Raises ValueError if the sequences differ in length or a source sentence
    is not found in `source_text`.
    """
    if len(source_sentences) != len(target_sentences):
        raise ValueError("source and target sentences must be aligned one to one")
    findings = de.analyze(source_text).findings
    spans = []
    cursor = 0
    for sentence in source_sentences:
        start = source_text.find(sentence, cursor)
        if start < 0:
            raise ValueError(f"source sentence not found in the source text: {sentence!r}")
        cursor = start + len(sentence)
        spans.append((start, cursor))
    targets = iter(en.analyze_many(t for t in target_sentences if t is not None))
    checks: list[ToneCheck | None] = []
    for (start, end), target in zip(spans, target_sentences, strict=True):
        if target is None:
            checks.append(None)
            continue
        source = [f for f in findings if start <= f.start and f.end <= end]
        checks.append(compare_tone(source, next(targets).findings))
    return checks


def compare_translations(sentences_by_engine: Mapping[str, Sequence[str]]
                         ) -> list[dict[tuple[str, str], EditDistance]]:
    """Per sentence, the word-level post-editing distance between every pair of engines.

    Keys are (a, b) for each pair in the mapping's order, a before b; the
    distance counts the words to change to turn a's sentence into b's.
    Raises ValueError if the engines have different numbers of sentences.
    """
    if len({len(sentences) for sentences in sentences_by_engine.values()}) > 1:
        raise ValueError("every engine must give the same number of sentences")
    pairs = list(combinations(sentences_by_engine, 2))
    count = len(next(iter(sentences_by_engine.values()), ()))
    return [{(a, b): edit_distance(text_a, text_b, word_diff(text_a, text_b))
             for a, b in pairs
             for text_a, text_b in [(sentences_by_engine[a][i], sentences_by_engine[b][i])]}
            for i in range(count)]


def summarize_comparisons(distances: Sequence[Mapping[tuple[str, str], EditDistance]]
                          ) -> list[EngineComparison]:
    """Sum the per-sentence distances of `compare_translations` into one `EngineComparison` per pair."""
    changed: Counter[tuple[str, str]] = Counter()
    words: Counter[tuple[str, str]] = Counter()
    for sentence in distances:
        for pair, distance in sentence.items():
            changed[pair] += distance.changed_words
            words[pair] += distance.words
    return [EngineComparison(a, b, changed[a, b], words[a, b]) for a, b in words]


def _weights(findings: Sequence[Finding]) -> Counter[Category]:
    weights: Counter[Category] = Counter()
    for finding in findings:
        weights[finding.category] += SEVERITY_WEIGHT[finding.severity]
    return weights


def _phrases(findings: Sequence[Finding]) -> str:
    """'"bemerkenswerter" (evaluative), "zweifellos" (certainty)', or 'nothing'."""
    return ", ".join(f'"{f.text}" ({f.category.value})' for f in findings) or "nothing"


def _has(findings: Sequence[Finding]) -> str:
    return "has" if len(findings) == 1 else "have"
