"""How densely each paragraph of an analysed text is framed: findings per 100 words, by category.

A paragraph is a block of `Analysis.sentences` (one line of the text); an
analysis without sentences falls back on the text's non-blank lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby

from framing_desk.core.diff import tokenize
from framing_desk.core.model import Analysis, Category, Finding, Voice

_WORD_START = re.compile(r"\w")
_NON_BLANK_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")


@dataclass(frozen=True, slots=True)
class ParagraphDensity:
    """One paragraph: its block index, str extent, word count, findings per category and density.

    `weighted` is the number of findings per 100 words of the paragraph
    (0.0 for a paragraph without words); `counts` holds only categories
    that occur, in `Category` order.
    """

    block: int
    start: int
    end: int
    words: int
    counts: Mapping[Category, int]
    weighted: float

    @property
    def total(self) -> int:
        """All findings in the paragraph."""
        return sum(self.counts.values())


def paragraph_density(analysis: Analysis, *, author_only: bool = True) -> list[ParagraphDensity]:
    """One `ParagraphDensity` per paragraph with text, in text order.

    With `author_only`, findings in quoted voice are left out: they are the
    source's framing, not the author's.
    """
    extents = _paragraph_extents(analysis)
    starts = [start for _, start, _ in extents]
    per_block: list[Counter[Category]] = [Counter() for _ in extents]
    for finding in _findings(analysis, author_only):
        index = bisect_right(starts, finding.start) - 1
        if index >= 0:
            per_block[index][finding.category] += 1
    paragraphs = []
    for (block, start, end), counter in zip(extents, per_block, strict=True):
        words = _count_words(analysis.text[start:end])
        counts = {category: counter[category] for category in Category if counter[category]}
        total = sum(counts.values())
        paragraphs.append(ParagraphDensity(block, start, end, words, counts,
                                           100.0 * total / words if words else 0.0))
    return paragraphs


def category_totals(analysis: Analysis, *, author_only: bool = True) -> dict[Category, int]:
    """Findings per category over the whole text, every category in `Category` order (zeros too)."""
    counter = Counter(finding.category for finding in _findings(analysis, author_only))
    return {category: counter[category] for category in Category}


def _findings(analysis: Analysis, author_only: bool) -> tuple[Finding, ...]:
    return tuple(f for f in analysis.findings if not author_only or f.voice is Voice.AUTHOR)


def _paragraph_extents(analysis: Analysis) -> list[tuple[int, int, int]]:
    """(block, start, end) of each paragraph, from the sentences or else from non-blank lines."""
    if analysis.sentences:
        return [(block, (group := list(sentences))[0].start, max(s.end for s in group))
                for block, sentences in groupby(analysis.sentences, key=lambda s: s.block)]
    return [(block, match.start(), match.end())
            for block, match in enumerate(_NON_BLANK_LINE.finditer(analysis.text))]


def _count_words(text: str) -> int:
    """Word tokens as `diff.tokenize` cuts them (punctuation and whitespace are not words)."""
    return sum(1 for token in tokenize(text) if _WORD_START.match(token))
