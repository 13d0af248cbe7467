"""The framing component: rule patterns compiled into a spaCy `Matcher`, matches into spans.

Results go to `doc.spans["framing"]`; each span carries its rule, voice and
realised suggestions as extensions (`span._.framing_rule`, `._.framing_voice`,
`._.framing_suggestions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from framing_desk.core.model import Voice
from framing_desk.core.nlp.lemmas import Lemmatizer
from framing_desk.core.nlp.quotes import inside
from framing_desk.core.rules.loader import Rule
from framing_desk.core.rules.pattern import GAP_WORDS, Kind, PatternToken

SPAN_GROUP = "framing"
_EXCEPT = "#except"
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")

for _name in ("framing_rule", "framing_voice", "framing_suggestions"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@dataclass(frozen=True, slots=True)
class _Key:
    rule: Rule
    pattern: tuple[PatternToken, ...]
    exception: bool


@dataclass(frozen=True, slots=True)
class _Match:
    rule: Rule
    start: int
    end: int
    mark_start: int
    mark_end: int
    aligned: tuple[tuple[int, PatternToken], ...]


class FramingMatcher:
    """Finds rule matches in a Doc (needs lemmas in NORM and sentence starts)."""

    def __init__(self, vocab: Vocab, rules: Sequence[Rule], lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.matcher = Matcher(vocab)
        self.keys: dict[str, _Key] = {}
        self.uses_pos = False
        for rule in rules:
            self.add(rule)

    def add(self, rule: Rule) -> None:
        """Each pattern gets a key of its own, so a match's alignment says which one it was."""
        for number, pattern in enumerate(rule.patterns):
            self._add(f"{rule.id}#{number}", _Key(rule, pattern, exception=False))
        for number, pattern in enumerate(rule.exceptions):
            self._add(f"{rule.id}{_EXCEPT}{number}", _Key(rule, pattern, exception=True))

    def _add(self, key: str, entry: _Key) -> None:
        self.keys[key] = entry
        self.matcher.add(key, [self._compile(entry.pattern)])

    def _compile(self, pattern: Sequence[PatternToken]) -> list[dict[str, Any]]:
        return [self._spec(token) for token in pattern]

    def _spec(self, token: PatternToken) -> dict[str, Any]:
        spec: dict[str, Any]
        if token.kind is Kind.LEMMA:
            norms: set[str] = set()
            for value in token.values:
                norms |= self.lemmatizer.forms(value)
            spec = {"NORM": {"IN": sorted(norms)}}
        elif token.kind is Kind.EXACT:
            spec = {"LOWER": {"IN": sorted(v.lower() for v in token.values)}}
        elif token.kind is Kind.SUFFIX:
            alternatives = "|".join(re.escape(v.lower()) for v in token.values)
            spec = {"NORM": {"REGEX": f"(?:{alternatives})$"}}
        elif token.kind is Kind.PREFIX:
            alternatives = "|".join(re.escape(v.lower()) for v in token.values)
            spec = {"LOWER": {"REGEX": f"^(?:{alternatives})"}}
        elif token.kind is Kind.PUNCT:
            spec = {"ORTH": token.values[0]}
        elif token.kind is Kind.POS:
            spec = _pos_spec(token.values[0])
            self.uses_pos = self.uses_pos or token.values[0] != "ANY"
        else:
            spec = {"IS_SPACE": False, "OP": f"{{0,{GAP_WORDS}}}"}
        if token.optional:
            spec["OP"] = "?"
        return spec

    def __call__(self, doc: Doc) -> Doc:
        raw = cast(list[tuple[int, int, int, list[int]]], self.matcher(doc, with_alignments=True))
        if not raw:
            doc.spans[SPAN_GROUP] = []
            return doc
        sentence_starts = [s.start for s in doc.sents]
        candidates: dict[tuple[str, int], _Match] = {}
        exceptions: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end, alignment in raw:
            entry = self.keys[doc.vocab.strings[match_id]]
            if _sentence(sentence_starts, start) != _sentence(sentence_starts, end - 1):
                continue
            if entry.exception:
                exceptions.setdefault(entry.rule.id, []).append((start, end))
                continue
            match = _match(entry, start, end, alignment)
            slot = (entry.rule.id, match.mark_start)
            previous = candidates.get(slot)
            if previous is None or (match.end - match.start) < (previous.end - previous.start):
                candidates[slot] = match
        kept = [m for m in candidates.values()
                if not _overlaps_any(m, exceptions.get(m.rule.id, ()))
                and not self._sentence_excludes(doc, m, sentence_starts)]
        doc.spans[SPAN_GROUP] = self._select(doc, kept)
        return doc

    def _sentence_excludes(self, doc: Doc, match: _Match, starts: list[int]) -> bool:
        words = match.rule.except_in_sentence
        if not words:
            return False
        index = _sentence(starts, match.start)
        first = starts[index]
        last = starts[index + 1] if index + 1 < len(starts) else len(doc)
        wanted: set[str] = set()
        for word in words:
            wanted |= self.lemmatizer.forms(word)
        return any(doc[i].norm_ in wanted for i in range(first, last))

    def _select(self, doc: Doc, matches: list[_Match]) -> list[Span]:
        """Longest marked span wins where matches overlap; then higher severity, earlier rule."""
        order = sorted(matches, key=lambda m: (-(m.mark_end - m.mark_start),
                                               -m.rule.severity.rank, m.mark_start))
        taken: set[int] = set()
        spans: list[Span] = []
        quotes = [(s.start_char, s.end_char) for s in doc.spans.get("quotes", [])]
        for match in order:
            tokens = range(match.mark_start, match.mark_end)
            if any(i in taken for i in tokens):
                continue
            taken.update(tokens)
            span = Span(doc, match.mark_start, match.mark_end, label=match.rule.category.value)
            span._.framing_rule = match.rule
            span._.framing_voice = (Voice.QUOTE if inside(quotes, span.start_char, span.end_char)
                                    else Voice.AUTHOR)
            span._.framing_suggestions = tuple(realise(s, match, doc, self.lemmatizer)
                                               for s in match.rule.suggestions)
            spans.append(span)
        spans.sort(key=lambda s: s.start)
        return spans


def _pos_spec(tag: str) -> dict[str, Any]:
    if tag == "ANY":
        return {"IS_SPACE": False, "IS_PUNCT": False}
    if tag == "NOUN":
        return {"POS": {"IN": ["NOUN", "PROPN"]}}
    return {"POS": tag}


def _match(entry: _Key, start: int, end: int, alignment: list[int]) -> _Match:
    aligned = tuple((start + i, entry.pattern[a]) for i, a in enumerate(alignment))
    words = [(i, p) for i, p in aligned if p.kind is not Kind.GAP]
    marked = [i for i, p in words if p.marked] or [i for i, _ in words]
    return _Match(entry.rule, start, end, marked[0], marked[-1] + 1, aligned)


def _sentence(starts: list[int], token: int) -> int:
    return bisect_right(starts, token) - 1


def _overlaps_any(match: _Match, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start < match.end and match.start < end for start, end in ranges)


def realise(suggestion: str, match: _Match, doc: Doc, lemmatizer: Lemmatizer) -> str:
    """Fit a suggestion to the matched words: keep their inflection, take over endings and case."""
    matched = [(doc[i], p) for i, p in match.aligned
               if match.mark_start <= i < match.mark_end and p.kind is not Kind.GAP]
    words = suggestion.split(" ")
    lemma_words = {doc_token.norm_: doc_token.text for doc_token, p in matched
                   if p.kind in (Kind.LEMMA, Kind.EXACT, Kind.SUFFIX)}
    out = [lemma_words.get(lemmatizer.norm(w), w) if w[:1].isalpha() else w for w in words]
    if len(matched) == 1 and len(out) == 1 and out[0] == words[0] and out[0].islower():
        out[0] = _take_ending(matched[0][0].text, matched[0][0].norm_, out[0])
    first = doc[match.mark_start]
    if first.is_sent_start and first.text[:1].isupper() and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _take_ending(original: str, lemma: str, replacement: str) -> str:
    lower = original.lower()
    if lower == lemma or not lower.startswith(lemma):
        return replacement
    ending = lower[len(lemma):]
    return replacement + ending if ending in _ADJ_ENDINGS else replacement
