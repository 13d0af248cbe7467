"""Turning bytes from files and pipes into text: encodings, binary files, streaming lines.

UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; anything
else is handed to charset-normalizer, limited to the legacy encodings German
text comes in, so a Windows-1252 file never turns into mojibake. Line breaks
are kept exactly as they are, so offsets stay true.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import BinaryIO

LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman")
_SNIFF_BYTES = 1 << 20
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


class UndecodableInputError(ValueError):
    """Input that is not text (binary) or in no encoding we can read reliably."""


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode a whole document; raise `UndecodableInputError` with a one-line reason."""
    encoding = detect_encoding(data[:_SNIFF_BYTES], name)
    if encoding in ("utf-16", "utf-8-sig"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if encoding == "utf-16":
                raise UndecodableInputError(f"{name}: broken UTF-16 text") from None
            encoding = detect_encoding(data, name)
    return "".join(_decode_line(line, encoding, name) for line in data.splitlines(keepends=True))


def _decode_line(raw: bytes, legacy: str, name: str) -> str:
    """A line in UTF-8 if it is valid UTF-8 (legacy German text practically never is), else legacy."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode(legacy)
        except UnicodeDecodeError:
            raise UndecodableInputError(f"{name}: cannot be decoded as {legacy}") from None


def detect_encoding(sample: bytes, name: str = "input") -> str:
    """The encoding of `sample` (the start of a document); `UndecodableInputError` if it is binary."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if looks_binary(sample):
        raise UndecodableInputError(f"{name}: looks like a binary file, not text")
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3 and error.reason == "unexpected end of data":
            return "utf-8-sig"
    from charset_normalizer import from_bytes  # imported only for text that is not UTF-8

    best = from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        return str(best.encoding)
    try:
        # Too short for statistics (a single line, a headline): Windows-1252 is what legacy
        # German text almost always is, and it is accepted only if every byte is valid in it.
        sample.decode("cp1252")
    except UnicodeDecodeError:
        raise UndecodableInputError(f"{name}: the text encoding cannot be recognised") from None
    return "cp1252"


def looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    head = sample[:4096]
    if not head:
        return False
    control = sum(1 for byte in head if byte in _CONTROL)
    return control / len(head) > 0.05


def read_lines(stream: BinaryIO, *, name: str = "input") -> Iterator[str]:
    """Decode a stream line by line (bounded memory); line ends are removed.

    The encoding is detected on the first megabyte; a later line that is not
    valid in it is detected on its own. Lines are split on "\\n" only, and a
    "\\r" before it is dropped, so line numbers agree with `wc -l` and editors.
    """
    first = stream.read(_SNIFF_BYTES)
    encoding = detect_encoding(first, name)
    if encoding == "utf-16":
        text = (first + stream.read()).decode("utf-16")
        yield from _split(text.split("\n"))
        return
    yield from _split(_decoded_lines(_raw_lines(first, stream), encoding, name))


def _raw_lines(first: bytes, stream: BinaryIO) -> Iterator[bytes]:
    pending = first
    while True:
        *complete, pending = pending.split(b"\n")
        yield from complete
        chunk = stream.read(_SNIFF_BYTES)
        if not chunk:
            break
        pending += chunk
    yield pending


def _decoded_lines(lines: Iterable[bytes], encoding: str, name: str) -> Iterator[str]:
    legacy = "cp1252" if encoding == "utf-8-sig" else encoding
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield _decode_line(raw, legacy, name)
        except UndecodableInputError:
            yield decode(raw, name=f"{name}, line {number}")


def _split(lines: Iterable[str]) -> Iterator[str]:
    """Drop the '\\r' of CRLF line ends; the final empty piece after a last newline is no line."""
    previous: str | None = None
    for line in lines:
        if previous is not None:
            yield previous.removesuffix("\r")
        previous = line
    if previous:
        yield previous.removesuffix("\r")
