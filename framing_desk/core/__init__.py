"""Framing Desk's core: analysis of framing language, with no GUI dependency.

The one obvious entry point::

    from framing_desk.core import analyze
    analysis = analyze("Ein historischer Durchbruch.", language="de")
    for finding in analysis.findings:
        print(finding.start, finding.end, finding.category, finding.suggestions)
"""

from __future__ import annotations

from functools import cache

from framing_desk.core.engine import LANGUAGES, Engine
from framing_desk.core.model import (
    Action,
    Analysis,
    Category,
    Explanation,
    Finding,
    Sentence,
    Severity,
    Voice,
)

__all__ = [
    "LANGUAGES",
    "Action",
    "Analysis",
    "Category",
    "Engine",
    "Explanation",
    "Finding",
    "Sentence",
    "Severity",
    "Voice",
    "analyze",
    "engine",
]


@cache
def engine(language: str = "de") -> Engine:
    """The shared engine for `language` with the built-in rules (built on first use)."""
    return Engine(language)


def analyze(text: str, language: str = "de") -> Analysis:
    """Find framing language in `text`; findings carry str offsets into `text`."""
    return engine(language).analyze(text)
