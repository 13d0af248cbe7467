"""Direct speech: the spans of a text that stand inside quotation marks.

Handles German „…“ and ‚…‘, guillemets »…« and «…», English “…” and ‘…’ and
straight "…", including the common mix „…" of a German opener with a straight
closer. A quote never runs past the end of its paragraph (line): an
unbalanced quotation mark closes there, as news copy continues a quote in the
next paragraph with a new opener.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[„“”\"»«‚‘’\n\r]")
QUOTE_MARKS = re.compile(r"[„“”\"»«‚‘’]")
_CLOSERS = {
    "„": "“”\"",
    "“": "”\"",
    "\"": "\"“”",
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "‘": "’",
}
_OPEN_CONTEXT = "([{/–—-:>"
_CLOSE_FOLLOW = " \t.,;:!?)]}–—-\n\r"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quotations as (start, end) offsets including the marks, in text order."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _MARKS.finditer(text):
        char, pos = match.group(), match.start()
        if char in "\n\r":
            if stack:
                spans.append((stack[0][1], _trimmed_end(text, stack[0][1], pos)))
                stack.clear()
            continue
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if stack and char in _CLOSERS[stack[-1][0]] and _may_close(char, before, after):
            opener_pos = stack.pop()[1]
            if not stack:
                spans.append((opener_pos, pos + 1))
        elif char in _CLOSERS and _may_open(char, before, after, stack):
            stack.append((char, pos))
    if stack:
        spans.append((stack[0][1], _trimmed_end(text, stack[0][1], len(text))))
    return spans


def _trimmed_end(text: str, start: int, end: int) -> int:
    """An unclosed quote ends at its last non-space character before `end`."""
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _may_open(char: str, before: str, after: str, stack: list[tuple[str, int]]) -> bool:
    if after.isspace():
        return False
    if char in "„»«‚":
        return True
    opened = before.isspace() or before in _OPEN_CONTEXT or before in _CLOSERS
    if char == "‘":
        return opened and not stack
    return opened


def _may_close(char: str, before: str, after: str) -> bool:
    if char in "’'":
        return not after.isalnum()
    if char == "\"":
        return not before.isspace() or after in _CLOSE_FOLLOW
    return True


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `spans` (sorted, non-overlapping)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] <= start and end <= spans[lo][1]
