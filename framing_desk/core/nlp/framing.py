"""The framing component: rule patterns compiled into a spaCy `Matcher`, matches into spans.

Results go to `doc.spans["framing"]`; each span carries its rule, voice and
realised suggestions as extensions (`span._.framing_rule`, `._.framing_voice`,
`._.framing_suggestions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import LOWER, NORM, SENT_START
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from framing_desk.core.nlp.arrays import forget_word_forms, word_forms
from framing_desk.core.nlp.frequent import RANK
from framing_desk.core.nlp.german import ADJECTIVE_ENDINGS as _ADJ_ENDINGS
from framing_desk.core.nlp.lemmas import Lemmatizer
from framing_desk.core.nlp.tagger import CoarseTagger
from framing_desk.core.nlp.voice import voice_of
from framing_desk.core.rules.loader import Rule
from framing_desk.core.rules.pattern import GAP_WORDS, Kind, PatternToken

SPAN_GROUP = "framing"

for _name in ("framing_rule", "framing_voice", "framing_suggestions"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A word a pattern cannot match without: the pattern is only run where one stands."""

    norms: frozenset[str] = frozenset()
    lowers: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    """One pattern of a rule with a `Matcher` of its own (so its alignments are unambiguous),
    made from `specs` when the pattern first has to run."""

    rule: Rule
    pattern: tuple[PatternToken, ...]
    specs: list[dict[str, Any]]
    anchor: _Anchor | None
    reach: int  # how many tokens a match can span; 0: the anchor word is the whole match
    needs_pos: bool
    required: tuple[tuple[bool, frozenset[int]], ...]  # (on NORM?, accepted ids) per needed word


@dataclass(frozen=True, slots=True)
class Match:
    rule: Rule
    start: int
    end: int
    mark_start: int
    mark_end: int
    aligned: tuple[tuple[int, PatternToken], ...]


class FramingMatcher:
    """Finds rule matches in a Doc (needs lemmas in NORM and sentence starts).

    spaCy's `Matcher` tries every pattern at every token, which costs time in
    proportion to the number of rules. Each pattern therefore gets an anchor
    word, and a pattern runs only on documents where its anchor stands; which
    patterns a word form triggers is worked out once per form and cached.
    A pattern's `Matcher` (and an exception's) is made the first time it has
    to run: most rules never run on a given text, and making the Matchers of
    all of them took half the time of building the pipeline.
    """

    _CACHE_LIMIT = 300_000

    def __init__(self, vocab: Vocab, rules: Sequence[Rule], lemmatizer: Lemmatizer,
                 split: Callable[[str], list[str]] | None = None) -> None:
        self.vocab = vocab
        self.split = split
        self.lemmatizer = lemmatizer
        self.entries: list[_Entry] = []
        self._matchers: dict[int, Matcher] = {}
        self._exception_specs: dict[str, list[list[dict[str, Any]]]] = {}
        self._exceptions: dict[str, Matcher] = {}
        self._by_norm: dict[str, list[int]] = {}
        self._by_lower: dict[str, list[int]] = {}
        self._by_affix: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
        self._always: list[int] = []
        self._all_suffixes: tuple[str, ...] = ()
        self._all_prefixes: tuple[str, ...] = ()
        self._triggers: dict[int, tuple[int, ...]] = {}
        self._sentence_words: dict[str, set[str]] = {}
        self._pos_exceptions: set[str] = set()
        self._tagged: set[int] = set()
        self.tagger = CoarseTagger(lemmatizer)
        for rule in rules:
            self.add(rule)

    def add(self, rule: Rule) -> None:
        for written in rule.patterns:
            pattern = self._as_tokenized(written)
            specs = self._compile(pattern)
            anchor = _choose_anchor(pattern, specs, self.lemmatizer)
            self._index(len(self.entries), anchor)
            reach = sum(GAP_WORDS if t.kind is Kind.GAP else 1 for t in pattern)
            if len(pattern) == 1 and anchor is not None and not pattern[0].optional:
                reach = 0  # the anchor is the whole pattern: no Matcher run needed
            needs_pos = any(t.kind is Kind.POS and t.values[0] != "ANY" for t in pattern)
            self.entries.append(_Entry(rule, pattern, specs, anchor, reach, needs_pos,
                                       self._required(pattern, specs)))
        if rule.exceptions:
            self._exception_specs[rule.id] = [self._compile(self._as_tokenized(p)) for p in rule.exceptions]
            if any(t.kind is Kind.POS for p in rule.exceptions for t in p):
                self._pos_exceptions.add(rule.id)
        self._triggers.clear()

    def _matcher(self, number: int) -> Matcher:
        matcher = self._matchers.get(number)
        if matcher is None:
            entry = self.entries[number]
            matcher = Matcher(self.vocab)
            matcher.add(entry.rule.id, [entry.specs])
            self._matchers[number] = matcher
        return matcher

    def _exception_matcher(self, rule_id: str) -> Matcher | None:
        matcher = self._exceptions.get(rule_id)
        if matcher is None and rule_id in self._exception_specs:
            matcher = Matcher(self.vocab)
            matcher.add(rule_id, self._exception_specs[rule_id])
            self._exceptions[rule_id] = matcher
        return matcher

    def _index(self, number: int, anchor: _Anchor | None) -> None:
        if anchor is None:
            self._always.append(number)
            return
        for norm in anchor.norms:
            self._by_norm.setdefault(norm, []).append(number)
        for lower in anchor.lowers:
            self._by_lower.setdefault(lower, []).append(number)
        if anchor.suffixes or anchor.prefixes:
            self._by_affix.append((number, anchor.suffixes, anchor.prefixes))
            self._all_suffixes += anchor.suffixes
            self._all_prefixes += anchor.prefixes

    def _triggered_by(self, norm: str, lower: str) -> tuple[int, ...]:
        found = [*self._by_norm.get(norm, ()), *self._by_lower.get(lower, ())]
        if norm.endswith(self._all_suffixes) or lower.startswith(self._all_prefixes):
            for number, suffixes, prefixes in self._by_affix:
                if ((suffixes and norm.endswith(suffixes))
                        or (prefixes and lower.startswith(prefixes))):
                    found.append(number)
        return tuple(found)

    def _as_tokenized(self, pattern: tuple[PatternToken, ...]) -> tuple[PatternToken, ...]:
        """Split pattern words the way the tokenizer splits text ("so-called" → so - called in
        English, "let's" → let 's), so that rule authors can write words as they are spelt."""
        if self.split is None:
            return pattern
        fitted: list[PatternToken] = []
        for token in pattern:
            pieces = self.split(token.values[0]) if len(token.values) == 1 else []
            if token.kind not in (Kind.LEMMA, Kind.EXACT) or len(pieces) < 2:
                fitted.append(token)
                continue
            for piece in pieces:
                kind = Kind.PUNCT if not any(c.isalnum() for c in piece) else token.kind
                fitted.append(PatternToken(kind, (piece,), token.optional, token.marked))
        return tuple(fitted)

    def _required(self, pattern: Sequence[PatternToken], specs: list[dict[str, Any]]
                  ) -> tuple[tuple[bool, frozenset[int]], ...]:
        """For each word the pattern needs: (matched on NORM?, the string ids it accepts)."""
        strings = self.vocab.strings
        required = []
        for token, spec in zip(pattern, specs, strict=True):
            if token.optional or token.kind not in (Kind.LEMMA, Kind.EXACT):
                continue
            on_norm = token.kind is Kind.LEMMA
            words = spec["NORM"]["IN"] if on_norm else spec["LOWER"]["IN"]
            required.append((on_norm, frozenset(strings.add(w) for w in words)))
        return tuple(required)

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
        else:
            spec = {"IS_SPACE": False, "OP": f"{{0,{GAP_WORDS}}}"}
        if token.optional:
            spec["OP"] = "?"
        return spec

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_GROUP] = self._select(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Match]:
        """Every rule match that no exception cancels, before overlapping matches are resolved."""
        sentences = _sentence_bounds(doc)
        starts = [first for first, _ in sentences]
        self._tagged.clear()
        candidates: dict[tuple[str, int], Match] = {}

        def consider(match: Match) -> None:
            """Per rule and start: the longest marked words, then the tightest match (gaps)."""
            slot = (match.rule.id, match.mark_start)
            previous = candidates.get(slot)
            if previous is None or _preference(match) > _preference(previous):
                candidates[slot] = match

        windows, direct = self._windows(doc, sentences)
        norms: list[int] = doc.to_array(NORM).tolist()
        lowers: list[int] = doc.to_array(LOWER).tolist()
        for number, i in direct:
            entry = self.entries[number]
            consider(Match(entry.rule, i, i + 1, i, i + 1, ((i, entry.pattern[0]),)))
        for number, spans in sorted(windows.items()):
            entry = self.entries[number]
            for first, last in sorted(spans):
                if not _has_required(entry, norms, lowers, first, last):
                    continue
                if entry.needs_pos:
                    self._tag_sentence(doc, sentences[_sentence(starts, first)])
                found = cast(list[tuple[int, int, int, list[int]]],
                             self._matcher(number)(doc[first:last], with_alignments=True))
                for _, start, end, alignment in found:
                    consider(_match(entry, first + start, first + end, alignment))
        forget_word_forms(doc)
        return [m for m in candidates.values()
                if not self._excepted(doc, m, sentences[_sentence(starts, m.start)])]

    def _windows(self, doc: Doc, sentences: list[tuple[int, int]]
                 ) -> tuple[dict[int, set[tuple[int, int]]], list[tuple[int, int]]]:
        """Where to run which pattern: around each anchor word, as far as the pattern can
        reach, within its sentence; patterns without an anchor run on every sentence.
        A pattern of one word is matched by its anchor alone (returned as `direct`)."""
        triggers = self._triggers
        if len(triggers) > self._CACHE_LIMIT:
            triggers.clear()
        windows: dict[int, set[tuple[int, int]]] = {n: set(sentences) for n in self._always}
        direct: list[tuple[int, int]] = []
        forms = word_forms(doc)
        starts = [first for first, _ in sentences]
        for form, orth in enumerate(forms.orths):
            numbers = triggers.get(orth)
            if numbers is None:
                text = doc.vocab.strings[orth]
                numbers = triggers[orth] = self._triggered_by(self.lemmatizer.norm(text),
                                                              text.lower())
            if not numbers:
                continue
            for i in forms.positions(form):
                first, last = sentences[_sentence(starts, i)]
                for number in numbers:
                    reach = self.entries[number].reach
                    if reach == 0:
                        direct.append((number, i))
                    else:
                        windows.setdefault(number, set()).add(
                            (max(first, i - reach + 1), min(last, i + reach)))
        return windows, direct

    def _tag_sentence(self, doc: Doc, sentence: tuple[int, int]) -> None:
        """Part-of-speech tags, only for the sentences where a rule needs them."""
        if sentence[0] not in self._tagged:
            self.tagger.tag_range(doc, *sentence)
            self._tagged.add(sentence[0])

    def _excepted(self, doc: Doc, match: Match, sentence: tuple[int, int]) -> bool:
        """An exception pattern overlaps the match, or an exception word stands in its sentence."""
        first, last = sentence
        rule = match.rule
        exceptions = self._exception_matcher(rule.id)
        if exceptions is not None:
            if rule.id in self._pos_exceptions:
                self._tag_sentence(doc, sentence)
            for _, start, end in exceptions(doc[first:last]):
                if first + start < match.end and match.start < first + end:
                    return True
        return self._sentence_excludes(doc, match, sentence)

    def _sentence_excludes(self, doc: Doc, match: Match, sentence: tuple[int, int]) -> bool:
        words = match.rule.except_in_sentence
        if not words:
            return False
        wanted = self._sentence_words.get(match.rule.id)
        if wanted is None:
            wanted = self._sentence_words[match.rule.id] = set()
            for word in words:
                wanted |= self.lemmatizer.forms(word)
        return any(doc[i].norm_ in wanted for i in range(*sentence))

    def _select(self, doc: Doc, matches: list[Match]) -> list[Span]:
        """Longest marked span wins where matches overlap; then higher severity, earlier rule."""
        order = sorted(matches, key=lambda m: (-(m.mark_end - m.mark_start),
                                               -m.rule.severity.rank, m.mark_start))
        taken: set[int] = set()
        spans: list[Span] = []
        sentences = _sentence_bounds(doc) if matches else []
        starts = [first for first, _ in sentences]
        for match in order:
            tokens = range(match.mark_start, match.mark_end)
            if any(i in taken for i in tokens):
                continue
            taken.update(tokens)
            span = Span(doc, match.mark_start, match.mark_end, label=match.rule.category.value)
            span._.framing_rule = match.rule
            span._.framing_voice = voice_of(doc, match.mark_start, match.mark_end,
                                            sentences[_sentence(starts, match.mark_start)],
                                            match.rule.category, self.lemmatizer.language)
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


def _has_required(entry: _Entry, norms: list[int], lowers: list[int], first: int,
                  last: int) -> bool:
    """Whether every word the pattern needs stands in tokens first..last-1 (a cheap check that
    spares most `Matcher` runs)."""
    for on_norm, accepted in entry.required:
        ids = norms if on_norm else lowers
        if not any(ids[i] in accepted for i in range(first, last)):
            return False
    return True


def _preference(match: Match) -> tuple[int, int]:
    return match.mark_end - match.mark_start, match.start - match.end


def _match(entry: _Entry, start: int, end: int, alignment: list[int]) -> Match:
    aligned = tuple((start + i, entry.pattern[a]) for i, a in enumerate(alignment))
    words = [(i, p) for i, p in aligned if p.kind is not Kind.GAP]
    marked = [i for i, p in words if p.marked] or [i for i, _ in words]
    return Match(entry.rule, start, end, marked[0], marked[-1] + 1, aligned)


def _choose_anchor(pattern: Sequence[PatternToken], specs: list[dict[str, Any]],
                   lemmatizer: Lemmatizer) -> _Anchor | None:
    """The required word least likely to stand in an ordinary sentence.

    Words are ranked by how common their most common alternative is in news
    (`frequent.RANK`); among equally rare ones, longer spellings win, and word
    lists win over affixes (which are checked against every new word form).
    """
    best: tuple[tuple[int, int, int], _Anchor] | None = None
    for token, spec in zip(pattern, specs, strict=True):
        if token.optional or token.kind not in (Kind.LEMMA, Kind.EXACT, Kind.SUFFIX, Kind.PREFIX):
            continue
        values = tuple(v.lower() for v in token.values)
        if token.kind is Kind.LEMMA:
            anchor = _Anchor(norms=frozenset(spec["NORM"]["IN"]))
            words = anchor.norms
        elif token.kind is Kind.EXACT:
            anchor = _Anchor(lowers=frozenset(values))
            words = anchor.lowers
        elif token.kind is Kind.SUFFIX:
            anchor, words = _Anchor(suffixes=values), frozenset(values)
        else:
            anchor, words = _Anchor(prefixes=values), frozenset(values)
        lemmas = {lemmatizer.norm(w) for w in words} if token.kind is Kind.EXACT else words
        rarity = min((RANK.get(w, len(RANK)) for w in lemmas), default=len(RANK))
        is_list = token.kind in (Kind.LEMMA, Kind.EXACT)
        score = (rarity, int(is_list), min(len(v) for v in values))
        if best is None or score > best[0]:
            best = (score, anchor)
    return best[1] if best else None


def _sentence(starts: list[int], token: int) -> int:
    return bisect_right(starts, token) - 1


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(first, end) token indices of each sentence, from the SENT_START array."""
    starts = [i for i, value in enumerate(doc.to_array(SENT_START).tolist()) if value == 1]
    return list(zip(starts, [*starts[1:], len(doc)], strict=False))


def realise(suggestion: str, match: Match, doc: Doc, lemmatizer: Lemmatizer) -> str:
    """Fit a suggestion to the matched words: keep their inflection, take over endings and case."""
    matched = [(doc[i], p) for i, p in match.aligned
               if match.mark_start <= i < match.mark_end and p.kind is not Kind.GAP]
    words = suggestion.split(" ")
    lemma_words = {doc_token.norm_: doc_token.text for doc_token, p in matched
                   if p.kind in (Kind.LEMMA, Kind.EXACT, Kind.SUFFIX)}
    out = [lemma_words.get(lemmatizer.norm(w), w) if w[:1].isalpha() else w for w in words]
    if len(matched) == 1 and len(out) == 1 and out[0] == words[0] and out[0].islower():
        out[0] = _take_ending(matched[0][0].text, matched[0][0].norm_, out[0], lemmatizer)
    first = doc[match.mark_start]
    if first.is_sent_start and first.text[:1].isupper() and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _take_ending(original: str, lemma: str, replacement: str, lemmatizer: Lemmatizer) -> str:
    """Give an adjective replacement the ending of the adjective it replaces."""
    lower = original.lower()
    if lower == lemma or not lower.startswith(lemma):
        return replacement
    ending = lower[len(lemma):]
    if ending not in _ADJ_ENDINGS:
        return replacement
    return lemmatizer.lemma(replacement).lower() + ending
