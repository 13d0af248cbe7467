import io

import pytest

from framing_desk.core.textio import UndecodableInputError, decode, read_lines

GERMAN = "Grüße aus Köln: „Das Maß ist voll“ – sagte er.\r\nZweite Zeile."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_decodes_german_in_common_encodings(encoding: str) -> None:
    text = GERMAN if encoding not in ("latin-1",) else GERMAN.replace("„", '"').replace("“", '"') \
        .replace("–", "-")
    assert decode(text.encode(encoding)) == text


def test_crlf_is_kept() -> None:
    assert decode(b"a\r\nb\r\n") == "a\r\nb\r\n"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4,
                                  b"PK\x03\x04\x14\x00\x00\x00\x08\x00"])
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(UndecodableInputError, match="binary"):
        decode(data, name="x.bin")


def test_empty_input() -> None:
    assert decode(b"") == ""
    assert list(read_lines(io.BytesIO(b""))) == []


def test_read_lines_strips_line_ends_only() -> None:
    data = "\ufeffeins\r\n\r\nzwei  \nlast".encode()
    assert list(read_lines(io.BytesIO(data))) == ["eins", "", "zwei  ", "last"]


def test_read_lines_trailing_newline_is_no_extra_line() -> None:
    assert list(read_lines(io.BytesIO(b"a\nb\n"))) == ["a", "b"]


def test_read_lines_legacy_encoding() -> None:
    data = "Grüße\nÄrger über Öl\n".encode("cp1252")
    assert list(read_lines(io.BytesIO(data))) == ["Grüße", "Ärger über Öl"]


def test_read_lines_mixed_line_is_decoded_alone() -> None:
    data = "schön\n".encode() * 3 + "Grüße aus Köln\n".encode("cp1252")
    assert list(read_lines(io.BytesIO(data))) == ["schön"] * 3 + ["Grüße aus Köln"]


def test_read_lines_spans_buffer_boundaries() -> None:
    line = "Überall Umlaute: äöü ß. " * 10
    data = "\n".join([line] * 10_000).encode()
    lines = list(read_lines(io.BytesIO(data)))
    assert len(lines) == 10_000 and all(x == line for x in lines)
