"""Framing Desk's core: analysis of framing language, with no GUI dependency.

The one obvious entry point::

    from framing_desk.core import analyze
    analysis = analyze("Ein historischer Durchbruch.", language="de")
    for finding in analysis.findings:
        print(finding.start, finding.end, finding.category, finding.suggestions)
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING, Any

from framing_desk.core.model import (
    LANGUAGES,
    Action,
    Analysis,
    Category,
    Explanation,
    Finding,
    Sentence,
    Severity,
    Voice,
)

if TYPE_CHECKING:
    from framing_desk.core.engine import Engine

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
    "shared_engine",
]


def __getattr__(name: str) -> Any:
    """`Engine` loads spaCy, so they are imported on first use, not with the package:
    the GUI shows its window (and cached analyses) before spaCy has loaded."""
    if name == "Engine":
        from framing_desk.core.engine import Engine

        return Engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_SHARED_LOCK = threading.Lock()


def shared_engine(language: str = "de") -> Engine:
    """The shared engine for `language` with the built-in rules (built on first use, in any thread)."""
    with _SHARED_LOCK:
        return _shared_engine(language)


@cache
def _shared_engine(language: str) -> Engine:
    from framing_desk.core.engine import Engine

    return Engine(language)


def analyze(text: str, language: str = "de") -> Analysis:
    """Find framing language in `text`; findings carry str offsets into `text`."""
    return shared_engine(language).analyze(text)
