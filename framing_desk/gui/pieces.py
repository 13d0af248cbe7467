"""A QTextDocument written as a row of pieces (sentences, diff fragments), updated in place.

`rewrite_changed` compares the pieces shown with new ones, removes from the document only the
stretch of pieces that differ and writes the new ones there, so that an edit of a long text does
not lay the whole document out again. Each piece is remembered by its (start, end) positions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QTextCursor, QTextDocument

from framing_desk.core.diff import common_ends

Span = tuple[int, int]
"""Where a piece stands in the document: its first position and the position after it."""


def rewrite_changed(document: QTextDocument, old: Sequence[object], new: Sequence[object],
                    spans: Sequence[Span], write: Callable[[QTextCursor, int], Span]) -> list[Span] | None:
    """Replace the pieces of `document` that differ between `old` (shown, at `spans`) and `new`.

    `write(cursor, index)` writes piece `index` of `new` at the cursor, together with whatever
    separates it from the piece before, and returns the piece's span. Returns the spans of all
    pieces of `new`, or None when nothing differs (the document is left as it is).
    """
    prefix, suffix = common_ends(old, new)
    if prefix == len(old) == len(new):
        return None
    old_end = len(old) - suffix
    start = spans[prefix - 1][1] if prefix else 0
    end = spans[old_end - 1][1] if old_end > prefix else start
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    middle = [write(cursor, index) for index in range(prefix, len(new) - suffix)]
    cursor.endEditBlock()
    shift = cursor.position() - end
    return [*spans[:prefix], *middle, *((a + shift, b + shift) for a, b in spans[old_end:])]
