"""Python string offsets ↔ Qt's UTF-16 positions (they differ after characters beyond U+FFFF)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Converts offsets for one text; identity (and cheap) when the text has no astral characters."""

    def __init__(self, text: str) -> None:
        wide = not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if wide else []

    def to_qt(self, offset: int) -> int:
        """A str offset → the UTF-16 position Qt uses."""
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def from_qt(self, position: int) -> int:
        """A Qt UTF-16 position → the str offset (a position inside a surrogate pair maps to its start)."""
        if not self._astral:
            return position
        low, high = 0, len(self._astral)
        while low < high:
            middle = (low + high) // 2
            if self._astral[middle] + middle < position:
                low = middle + 1
            else:
                high = middle
        offset = position - low
        return offset if bisect_right(self._astral, offset - 1) == low else offset - 1
