"""The analysis engine: runs the spaCy pipeline over texts and turns its spans into findings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk.core.model import Analysis, Finding, Sentence
from framing_desk.core.nlp.framing import SPAN_GROUP
from framing_desk.core.nlp.pipeline import build_pipeline
from framing_desk.core.rules.catalog import builtin_rule_dir, load_rule_set
from framing_desk.core.rules.loader import Rule

LANGUAGES = ("de", "en")
CHUNK_CHARS = 100_000
_BATCH = 256


class Engine:
    """Finds framing in texts of one language; build once, reuse for many texts."""

    def __init__(self, language: str = "de", extra_rule_dirs: Sequence[Path] = (),
                 *, builtin_rules: bool = True) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; choose one of {LANGUAGES}")
        self.language = language
        builtin = (builtin_rule_dir(language),) if builtin_rules else ()
        self.rule_dirs = (*builtin, *extra_rule_dirs)
        self.nlp: Language = build_pipeline(language, self.rule_dirs)
        self.nlp.max_length = 2 * CHUNK_CHARS

    @property
    def rules(self) -> tuple[Rule, ...]:
        return load_rule_set(self.language, tuple(str(d) for d in self.rule_dirs))

    def analyze(self, text: str) -> Analysis:
        """Analyse one document of any length (long ones in chunks split at line breaks)."""
        collector = _Collector(text, self.language)
        for offset, chunk in split_chunks(text):
            collector.add(self.nlp(chunk), offset)
        return collector.result()

    def analyze_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Analyse many short documents in order (each its own document), streaming."""
        iterator = iter(texts)
        while batch := list(islice(iterator, _BATCH)):
            short = [t for t in batch if len(t) <= CHUNK_CHARS]
            docs = iter(self.nlp.pipe(short))
            for text in batch:
                if len(text) > CHUNK_CHARS:
                    yield self.analyze(text)
                else:
                    collector = _Collector(text, self.language)
                    collector.add(next(docs), 0)
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

    def add(self, doc: Doc, offset: int) -> None:
        first_sentence = len(self.sentences)
        sentence_of: dict[int, int] = {}
        for token_start, start, end in _sentence_extents(doc):
            start += offset
            end += offset
            if start > self._line_end:
                self._block += 1
            newline = self.text.find("\n", start)
            self._line_end = newline if newline != -1 else len(self.text)
            sentence_of[token_start] = len(self.sentences)
            self.sentences.append(Sentence(start, end, self._block))
        starts = sorted(sentence_of)
        for span in doc.spans.get(SPAN_GROUP, []):
            index = _containing(starts, span.start)
            rule: Rule = span._.framing_rule
            start = offset + span.start_char
            end = offset + span.end_char
            self.findings.append(Finding(
                start=start,
                end=end,
                text=self.text[start:end],
                category=rule.category,
                rule=rule.id,
                severity=rule.severity,
                voice=span._.framing_voice,
                explanation=rule.explanation,
                suggestions=span._.framing_suggestions,
                action=rule.action,
                sentence=sentence_of[index] if index is not None else first_sentence,
            ))
        self.quotes.extend((offset + s.start_char, offset + s.end_char)
                           for s in doc.spans.get("quotes", []))

    def result(self) -> Analysis:
        return Analysis(self.text, self.language, tuple(self.findings),
                        tuple(self.sentences), tuple(self.quotes))


def _sentence_extents(doc: Doc) -> list[tuple[int, int, int]]:
    """(first token, start char, end char) of each sentence, trimmed of white space."""
    extents: list[tuple[int, int, int]] = []
    current: list[int] | None = None
    for i, (sent_start, idx, length, is_space) in enumerate(
            doc.to_array([SENT_START, IDX, LENGTH, IS_SPACE]).tolist()):
        if sent_start == 1:
            current = None
        if is_space:
            continue
        if current is None:
            current = [i, idx, idx + length]
            extents.append((i, idx, idx + length))
        else:
            current[2] = idx + length
            extents[-1] = (current[0], current[1], current[2])
    return extents


def _containing(starts: list[int], token: int) -> int | None:
    position = bisect_right(starts, token)
    return starts[position - 1] if position else None
