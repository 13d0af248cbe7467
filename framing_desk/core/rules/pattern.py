"""The pattern notation of rule files (see resources/rules/README.md), parsed into tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

GAP_WORDS = 6
POS_TAGS = frozenset({"NOUN", "ADJ", "VERB", "NUM", "ANY"})
_PUNCT = ",.:;!?()–—-\"„“”»«‚‘’'"
_SPLIT_PUNCT = re.compile(r"^([„“”»«‚‘\"(]*)(.*?)([,.:;!?)„“”»«‚‘’\"]*)$")
_WORD = re.compile(r"^[\w][\w'’.-]*$")


class PatternError(ValueError):
    """A pattern that does not follow the notation."""


class Kind(StrEnum):
    LEMMA = "lemma"
    EXACT = "exact"
    SUFFIX = "suffix"
    PREFIX = "prefix"
    POS = "pos"
    PUNCT = "punct"
    GAP = "gap"


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One position of a pattern: which words may stand there."""

    kind: Kind
    values: tuple[str, ...]
    optional: bool = False
    marked: bool = True


def parse_pattern(source: str) -> tuple[PatternToken, ...]:
    """Parse the notation of rule files into pattern tokens."""
    text = source.replace("…", " ... ").strip()
    if not text:
        raise PatternError("the pattern is empty")
    has_brackets = "[" in text or "]" in text
    tokens: list[PatternToken] = []
    inside = not has_brackets
    for raw in _split(text):
        if raw in "[]":
            if (raw == "[") == inside:
                raise PatternError("[ and ] must come in pairs, one after the other")
            inside = raw == "["
            continue
        tokens.append(_parse_word(raw, marked=inside))
    if has_brackets and inside:
        raise PatternError("[ and ] must come in pairs, one after the other")
    if not any(t.marked for t in tokens):
        raise PatternError("nothing to highlight between [ and ]")
    if all(t.kind is Kind.GAP or t.optional for t in tokens):
        raise PatternError("the pattern needs at least one word that must be there")
    if tokens[0].kind is Kind.GAP or tokens[-1].kind is Kind.GAP:
        raise PatternError("'...' must stand between two words")
    return tuple(tokens)


def _split(text: str) -> list[str]:
    parts: list[str] = []
    for chunk in text.replace("[", " [ ").replace("]", " ] ").split():
        if chunk in {"...", "[", "]"} or chunk.startswith("{") or chunk in _PUNCT:
            parts.append(chunk)
            continue
        match = _SPLIT_PUNCT.match(chunk)
        assert match is not None
        lead, core, trail = match.groups()
        if core and trail.endswith("?"):
            core, trail = core + "?", trail[:-1]
        parts.extend(lead)
        if core:
            parts.append(core)
        parts.extend(trail)
    return parts


def _parse_word(raw: str, *, marked: bool) -> PatternToken:
    if raw == "...":
        return PatternToken(Kind.GAP, (), marked=marked)
    optional = raw.endswith("?") and len(raw) > 1
    word = raw[:-1] if optional else raw
    if word in _PUNCT:
        return PatternToken(Kind.PUNCT, (word,), optional, marked)
    if word.startswith("{"):
        tag = word.strip("{}").upper()
        if not word.endswith("}") or tag not in POS_TAGS:
            raise PatternError(f"unknown word class {word!r}; use one of {{NOUN}} {{ADJ}} "
                               "{VERB} {NUM} {ANY}")
        return PatternToken(Kind.POS, (tag,), optional, marked)
    kind = Kind.LEMMA
    if word.startswith("="):
        kind, word = Kind.EXACT, word[1:]
    elif word.startswith("*"):
        kind, word = Kind.SUFFIX, word[1:]
    elif word.endswith("*"):
        kind, word = Kind.PREFIX, word[:-1]
    alternatives = tuple(word.split("|"))
    for alternative in alternatives:
        if alternative[:1] in "=*" or alternative.endswith("*"):
            raise PatternError(f"{raw!r}: '=' and '*' apply to all alternatives of a word; "
                               "write them once (=a|b, *a|b, a|b*) or use two patterns")
        if not _WORD.match(alternative):
            raise PatternError(f"{raw!r} is not a word of the notation")
    return PatternToken(kind, alternatives, optional, marked)
