"""Immutable results of an analysis: findings, sentences and the analysis itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

LANGUAGES = ("de", "en")
"""The languages the engine has rules for."""


class Category(StrEnum):
    """The seven kinds of framing language the engine reports."""

    EVALUATIVE = "evaluative"
    INTENSIFIER = "intensifier"
    CERTAINTY = "certainty"
    VAGUE_ATTRIBUTION = "vague_attribution"
    LOADED_TERM = "loaded_term"
    PRESUPPOSITION = "presupposition"
    OPINION = "opinion"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Voice(StrEnum):
    """Whose words a finding stands in: the author's or a quoted source's."""

    AUTHOR = "author"
    QUOTE = "quote"


class Action(StrEnum):
    """What to do where no word swap is right."""

    DELETE = "delete"
    NAME_SOURCE = "name_source"
    ATTRIBUTE_CLAIM = "attribute_claim"
    REPHRASE = "rephrase"


@dataclass(frozen=True, slots=True)
class Explanation:
    de: str
    en: str

    def in_language(self, language: str) -> str:
        return self.de if language == "de" else self.en


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of framing language; `start`/`end` are str offsets into the analysed text."""

    start: int
    end: int
    text: str
    category: Category
    rule: str
    severity: Severity
    voice: Voice
    explanation: Explanation
    suggestions: tuple[str, ...] = ()
    action: Action | None = None
    sentence: int = 0

    def to_dict(self, ui_language: str = "en") -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category.value,
            "rule": self.rule,
            "severity": self.severity.value,
            "voice": self.voice.value,
            "explanation": self.explanation.in_language(ui_language),
            "explanations": {"de": self.explanation.de, "en": self.explanation.en},
            "suggestions": list(self.suggestions),
            "sentence": self.sentence,
        }
        if self.action is not None:
            data["action"] = self.action.value
        return data


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline) of the text, with the block (paragraph) it belongs to."""

    start: int
    end: int
    block: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the engine found in one text."""

    text: str
    language: str
    findings: tuple[Finding, ...]
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[tuple[int, int], ...] = field(default=())

    def author_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.voice is Voice.AUTHOR)

    def to_dict(self, ui_language: str = "en") -> dict[str, Any]:
        return {
            "language": self.language,
            "findings": [f.to_dict(ui_language) for f in self.findings],
        }
