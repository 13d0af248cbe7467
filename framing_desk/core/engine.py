"""The analysis engine: runs the spaCy pipeline over texts and turns its spans into findings."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk.core.model import LANGUAGES, Analysis, Finding, Sentence, Voice
from framing_desk.core.nlp.framing import SPAN_GROUP
from framing_desk.core.nlp.pipeline import build_pipeline, make_doc
from framing_desk.core.rules.catalog import builtin_rule_dir, load_rule_set
from framing_desk.core.rules.loader import Rule

CHUNK_CHARS = 100_000
_BUILD_LOCK = threading.Lock()
"""Pipelines are built one at a time: spaCy's pattern validation (pydantic) is not safe to run in
several threads at once (seen crashing the interpreter when the GUI built two engines together)."""
_BATCH = 256
_SEPARATOR = " \n "


class LineMemo(dict[str, "_DocItems"]):
    """What the pipeline found in each line of a document, for `Engine.analyze_lines` (one per document)."""


class Engine:
    """Finds framing in texts of one language; build once, reuse for many texts."""

    def __init__(self, language: str = "de", extra_rule_dirs: Sequence[Path] = (),
                 *, builtin_rules: bool = True) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; choose one of {LANGUAGES}")
        self.language = language
        builtin = (builtin_rule_dir(language),) if builtin_rules else ()
        self.rule_dirs = (*builtin, *extra_rule_dirs)
        with _BUILD_LOCK:
            self.nlp: Language = build_pipeline(language, self.rule_dirs)
        self.nlp.max_length = 2 * CHUNK_CHARS

    @property
    def rules(self) -> tuple[Rule, ...]:
        return load_rule_set(self.language, tuple(str(d) for d in self.rule_dirs))

    def analyze(self, text: str) -> Analysis:
        """Analyse one document of any length (long ones in chunks split at line breaks)."""
        collector = _Collector(text, self.language)
        for offset, chunk in split_chunks(text):
            collector.add(_DocItems.of(self.nlp(make_doc(self.nlp, chunk))), offset)
        return collector.result()

    def analyze_lines(self, text: str, memo: LineMemo) -> Analysis:
        """Like `analyze`, but lines found in `memo` are not analysed again (nothing crosses a line
        break, so a document's analysis is that of its lines); afterwards `memo` holds this text's lines.

        An edit then costs the analysis of the lines it touched, not of the whole document.
        """
        lines = text.split("\n")
        missing = list(dict.fromkeys(line for line in lines if line.strip() and line not in memo))
        if missing:
            memo.update(zip(missing, self._items_of_lines(missing), strict=True))
        collector = _Collector(text, self.language)
        offset = 0
        for line in lines:
            if line.strip():
                collector.add(memo[line], offset)
            offset += len(line) + 1
        for line in set(memo) - set(lines):
            del memo[line]
        return collector.result()

    def _items_of_lines(self, lines: list[str]) -> Iterator[_DocItems]:
        """Each line's items, its own offsets, from Docs of many lines joined (as in `analyze_many`)."""
        group: list[str] = []
        size = 0
        for line in lines:
            if group and size + len(line) + len(_SEPARATOR) > CHUNK_CHARS:
                yield from self._joined_items(group)
                group, size = [], 0
            group.append(line)
            size += len(line) + len(_SEPARATOR)
        yield from self._joined_items(group)

    def _joined_items(self, texts: list[str]) -> Iterator[_DocItems]:
        if not texts:
            return
        if len(texts) == 1 and len(texts[0]) > CHUNK_CHARS:
            yield self._long_line(texts[0])
            return
        items = _DocItems.of(self.nlp(make_doc(self.nlp, _SEPARATOR.join(texts))))
        ranges = []
        offset = 0
        for text in texts:
            ranges.append((offset, offset + len(text)))
            offset += len(text) + len(_SEPARATOR)
        for (start, _), part in zip(ranges, items.split(ranges), strict=True):
            yield part.shifted(-start)

    def _long_line(self, text: str) -> _DocItems:
        parts = [_DocItems.of(self.nlp(make_doc(self.nlp, chunk))).shifted(offset)
                 for offset, chunk in split_chunks(text)]
        return _DocItems([s for p in parts for s in p.sentences], [m for p in parts for m in p.marks],
                         [q for p in parts for q in p.quotes])

    def analyze_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Analyse many documents in order, each on its own, streaming.

        Short documents are joined with line breaks into one spaCy Doc of up to
        `CHUNK_CHARS` characters and the results split up again: sentences,
        quotes and matches never cross a line break, so this gives the same
        findings as one Doc per document, without the fixed cost of each Doc.
        The separator has spaces around the line break so that each document's
        words are tokenised exactly as they would be alone.
        """
        iterator = iter(texts)
        while batch := list(islice(iterator, _BATCH)):
            group: list[str] = []
            size = 0
            for text in batch:
                if len(text) > CHUNK_CHARS:
                    yield from self._joined(group)
                    group, size = [], 0
                    yield self.analyze(text)
                    continue
                if size + len(text) + len(_SEPARATOR) > CHUNK_CHARS:
                    yield from self._joined(group)
                    group, size = [], 0
                group.append(text)
                size += len(text) + len(_SEPARATOR)
            yield from self._joined(group)

    def _joined(self, texts: list[str]) -> Iterator[Analysis]:
        for text, part in zip(texts, self._joined_items(texts), strict=True):
            collector = _Collector(text, self.language)
            collector.add(part, 0)
            yield collector.result()


def split_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of at most about `size` characters, cut after a line break (or a space)."""
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        end = cut + 1 if cut > start else start + size
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    rule: Rule
    voice: Voice
    suggestions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _DocItems:
    """What the pipeline found in one Doc, as character offsets into the Doc's text (sorted)."""

    sentences: list[tuple[int, int]]
    marks: list[_Mark]
    quotes: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Doc) -> _DocItems:
        marks = [_Mark(span.start_char, span.end_char, span._.framing_rule,
                       span._.framing_voice, span._.framing_suggestions)
                 for span in doc.spans.get(SPAN_GROUP, [])]
        return cls(_sentence_extents(doc), marks, list(doc._.quote_chars))

    def shifted(self, delta: int) -> _DocItems:
        """The same items, `delta` characters further on."""
        return _DocItems([(a + delta, b + delta) for a, b in self.sentences],
                         [_Mark(m.start + delta, m.end + delta, m.rule, m.voice, m.suggestions)
                          for m in self.marks],
                         [(a + delta, b + delta) for a, b in self.quotes])

    def split(self, ranges: list[tuple[int, int]]) -> Iterator[_DocItems]:
        """The items within each of `ranges` (sorted, disjoint), in one sweep."""
        sentence_starts = [s[0] for s in self.sentences]
        mark_starts = [m.start for m in self.marks]
        quote_starts = [q[0] for q in self.quotes]
        for start, end in ranges:
            yield _DocItems(
                self.sentences[bisect_left(sentence_starts, start):
                               bisect_right(sentence_starts, end)],
                self.marks[bisect_left(mark_starts, start):bisect_right(mark_starts, end)],
                self.quotes[bisect_left(quote_starts, start):bisect_right(quote_starts, end)])


class _Collector:
    """Gathers findings, sentences and quotes of a document's chunks into one `Analysis`."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.findings: list[Finding] = []
        self.sentences: list[Sentence] = []
        self.quotes: list[tuple[int, int]] = []
        self._block = -1
        self._line_end = -1

    def add(self, items: _DocItems, offset: int) -> None:
        """Take over a chunk's items; `offset` turns the chunk's positions into the text's."""
        first_sentence = len(self.sentences)
        for start, end in items.sentences:
            start += offset
            end += offset
            if start > self._line_end:
                self._block += 1
            newline = self.text.find("\n", start)
            self._line_end = newline if newline != -1 else len(self.text)
            self.sentences.append(Sentence(start, end, self._block))
        starts = [s.start for s in self.sentences[first_sentence:]]
        for mark in items.marks:
            start, end = mark.start + offset, mark.end + offset
            index = max(0, bisect_right(starts, start) - 1)
            rule = mark.rule
            self.findings.append(Finding(
                start=start,
                end=end,
                text=self.text[start:end],
                category=rule.category,
                rule=rule.id,
                severity=rule.severity,
                voice=mark.voice,
                explanation=rule.explanation,
                suggestions=mark.suggestions,
                action=rule.action,
                sentence=first_sentence + index,
            ))
        self.quotes.extend((start + offset, end + offset) for start, end in items.quotes)

    def result(self) -> Analysis:
        return Analysis(self.text, self.language, tuple(self.findings),
                        tuple(self.sentences), tuple(self.quotes))


def _sentence_extents(doc: Doc) -> list[tuple[int, int]]:
    """(start char, end char) of each sentence, trimmed of white space."""
    extents: list[tuple[int, int]] = []
    open_sentence = False
    for sent_start, idx, length, is_space in doc.to_array(
            [SENT_START, IDX, LENGTH, IS_SPACE]).tolist():
        if sent_start == 1:
            open_sentence = False
        if is_space:
            continue
        if open_sentence:
            extents[-1] = (extents[-1][0], idx + length)
        else:
            extents.append((idx, idx + length))
            open_sentence = True
    return extents
