"""Reading reference translations (plain text, XLIFF 1.2/2.0, TMX) and aligning them to source sentences.

A reference is a human or machine translation of the German source made
elsewhere; it is read into segments so it can be shown next to the source
sentence by sentence. XML is parsed only with defusedxml: entity declarations
(the "billion laughs" bomb) and external references are refused.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from framing_desk.core.textio import UndecodableInputError, decode

XLIFF_2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SUFFIXES = frozenset({".xlf", ".xliff", ".tmx", ".xml"})
FUZZY_CUTOFF = 0.8

_XML_START = re.compile(r"<(?:\?xml|!DOCTYPE|!--|(?:[\w.-]+:)?(?:xliff|tmx)\b)")
_XML_WHITESPACE = re.compile(r"[ \t\r\n]+")
_ANY_WHITESPACE = re.compile(r"\s+")
# Inline elements that stand for formatting codes, not for text: their content is dropped.
_CODE_ELEMENTS = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "ut", "sc", "ec", "sm", "em"})


class ReferenceFormatError(ValueError):
    """A reference file that is malformed, unsafe or in no supported format."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One translated unit; `source` and `id` are None where the format has none (plain text)."""

    source: str | None
    target: str
    id: str | None


@dataclass(frozen=True, slots=True)
class ReferenceTranslation:
    segments: tuple[Segment, ...]
    source_language: str | None
    target_language: str | None
    name: str


def read_reference(path: Path) -> ReferenceTranslation:
    """Read a reference translation; the format is chosen by content, a .xlf/.tmx suffix forces XML.

    Raises `ReferenceFormatError` with a one-line message; `OSError` if the file cannot be read.
    """
    name = path.name
    try:
        text = decode(path.read_bytes(), name=name)
    except UndecodableInputError as error:
        raise ReferenceFormatError(str(error)) from None
    text = text.removeprefix("\ufeff")
    if path.suffix.lower() in XML_SUFFIXES or _XML_START.match(text.lstrip()):
        return _read_xml(text, name)
    return ReferenceTranslation(_plain_segments(text), None, None, name)


def _plain_segments(text: str) -> tuple[Segment, ...]:
    """One segment per line, blank lines included; a final line break ends the last line."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return tuple(Segment(None, line.removesuffix("\r"), None) for line in lines)


def _read_xml(text: str, name: str) -> ReferenceTranslation:
    from defusedxml import DefusedXmlException, EntitiesForbidden
    from defusedxml import ElementTree as SafeElementTree

    try:
        root = SafeElementTree.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise ReferenceFormatError(f"{name}: declares XML entities, refused as a possible XML bomb") from None
    except DefusedXmlException as error:
        raise ReferenceFormatError(f"{name}: unsafe XML refused ({type(error).__name__})") from None
    except SafeElementTree.ParseError as error:
        raise ReferenceFormatError(f"{name}: not well-formed XML ({error})") from None
    namespace, kind = _split_tag(root.tag)
    if kind == "tmx":
        return _read_tmx(root, name)
    if kind == "xliff":
        version = root.get("version", "")
        if namespace == XLIFF_2_NAMESPACE or version.startswith("2."):
            return _read_xliff_2(root, name)
        if version in ("1.0", "1.1", "1.2"):
            return _read_xliff_1(root, name)
        raise ReferenceFormatError(f"{name}: unsupported XLIFF version {version or '(none)'}")
    raise ReferenceFormatError(f"{name}: unsupported XML document (root element <{kind}>)")


def _read_xliff_1(root: Element, name: str) -> ReferenceTranslation:
    source_language = target_language = None
    segments = []
    for file in _descendants(root, "file"):
        source_language = source_language or file.get("source-language") or None
        target_language = target_language or file.get("target-language") or None
        for unit in _descendants(file, "trans-unit"):
            source = _child(unit, "source")
            target = _child(unit, "target")
            segments.append(
                Segment(
                    segment_text(source) if source is not None else None,
                    segment_text(target) if target is not None else "",
                    unit.get("id"),
                )
            )
    return ReferenceTranslation(tuple(segments), source_language, target_language, name)


def _read_xliff_2(root: Element, name: str) -> ReferenceTranslation:
    segments = []
    for unit in _descendants(root, "unit"):
        for segment in _descendants(unit, "segment"):
            source = _child(segment, "source")
            target = _child(segment, "target")
            segments.append(
                Segment(
                    segment_text(source) if source is not None else None,
                    segment_text(target) if target is not None else "",
                    segment.get("id") or unit.get("id"),
                )
            )
    return ReferenceTranslation(
        tuple(segments), root.get("srcLang") or None, root.get("trgLang") or None, name
    )


def _read_tmx(root: Element, name: str) -> ReferenceTranslation:
    """Source is the variant in the header's srclang; target the first other language met in the file."""
    header = _child(root, "header")
    source_language = header.get("srclang") if header is not None else None
    units = [
        (unit, [(_language(tuv), tuv) for tuv in unit if _split_tag(tuv.tag)[1] == "tuv"])
        for unit in _descendants(root, "tu")
    ]
    if (not source_language or source_language == "*all*") and units and units[0][1]:
        source_language = units[0][1][0][0]
    target_language = next(
        (
            language
            for _, variants in units
            for language, _ in variants
            if language and not _same_language(language, source_language)
        ),
        None,
    )
    segments = []
    for unit, variants in units:
        source = next((tuv for language, tuv in variants if _same_language(language, source_language)), None)
        target = next((tuv for language, tuv in variants if _same_language(language, target_language)), None)
        segments.append(
            Segment(_tuv_text(source) if source is not None else None, _tuv_text(target), unit.get("tuid"))
        )
    return ReferenceTranslation(tuple(segments), source_language or None, target_language, name)


def _language(variant: Element) -> str | None:
    """The language of a TMX <tuv> (xml:lang, or "lang" in TMX 1.1 and older)."""
    return variant.get(XML_LANG) or variant.get("lang") or None


def _same_language(first: str | None, second: str | None) -> bool:
    """True if both name the same primary language: "de" matches "de-DE" and "DE_at"."""
    if not first or not second:
        return False
    return first.lower().replace("_", "-").split("-")[0] == second.lower().replace("_", "-").split("-")[0]


def _tuv_text(variant: Element | None) -> str:
    seg = _child(variant, "seg") if variant is not None else None
    return segment_text(seg) if seg is not None else ""


def _split_tag(tag: str) -> tuple[str, str]:
    """("namespace", "local name") of an ElementTree tag; namespace is "" if there is none."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _descendants(element: Element, local: str) -> Iterator[Element]:
    """Elements of this local name below `element`, whatever their namespace."""
    return (node for node in element.iter() if node is not element and _split_tag(node.tag)[1] == local)


def _child(element: Element, local: str) -> Element | None:
    return next((node for node in element if _split_tag(node.tag)[1] == local), None)


def segment_text(element: Element) -> str:
    """The text of a segment with inline markup removed and XML whitespace runs collapsed."""
    return _XML_WHITESPACE.sub(" ", "".join(_text_pieces(element))).strip()


def _text_pieces(element: Element) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        local = _split_tag(child.tag)[1]
        if local == "cp" and (code := child.get("hex")):
            yield _code_point(code)
        elif local not in _CODE_ELEMENTS:
            yield from _text_pieces(child)
        if child.tail:
            yield child.tail


def _code_point(hex_value: str) -> str:
    """The character an XLIFF 2.0 <cp hex="..."/> stands for (nothing if the value is invalid)."""
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""


def align_to_sentences(reference: ReferenceTranslation, sentences: Sequence[str]) -> list[str | None]:
    """The reference target for each source sentence, None where there is none.

    Segments that carry source text are matched by it (exact after normalising
    case and whitespace, else the most similar source with a difflib ratio of at
    least 0.8); segments without source text are matched by position.
    """
    segments = reference.segments
    if not any(segment.source is not None for segment in segments):
        return [
            segments[index].target or None if index < len(segments) else None
            for index in range(len(sentences))
        ]
    targets: dict[str, str] = {}
    for segment in segments:
        key = _normalise(segment.source or "")
        if key and not targets.get(key):
            targets[key] = segment.target
    aligned: list[str | None] = []
    for sentence in sentences:
        key = _normalise(sentence)
        if key and key not in targets:
            close = difflib.get_close_matches(key, targets, n=1, cutoff=FUZZY_CUTOFF)
            key = close[0] if close else ""
        aligned.append(targets.get(key) or None)
    return aligned


def _normalise(text: str) -> str:
    return _ANY_WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


_ENGLISH_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def align_lines_to_sentences(source: str, sentences: Sequence[tuple[int, int]],
                             lines: Sequence[str | None]) -> list[str | None]:
    """Spread a line-by-line translation over the sentences of `source` (spans into it).

    Line `i` of the translation belongs to line `i` of the source. When a line holds
    several sentences, its translation is split at sentence ends; if the counts agree
    each sentence gets its own piece, otherwise the first sentence of the line gets
    the whole translation and the others an empty string (covered, not missing).
    """
    line_starts = [0]
    for index, char in enumerate(source):
        if char == "\n":
            line_starts.append(index + 1)
    by_line: dict[int, list[int]] = {}
    for index, (start, _end) in enumerate(sentences):
        by_line.setdefault(bisect_right(line_starts, start) - 1, []).append(index)
    result: list[str | None] = [None] * len(sentences)
    for line, members in by_line.items():
        translation = lines[line] if line < len(lines) else None
        if translation is None or not translation.strip():
            continue
        pieces = [p for p in _ENGLISH_SENTENCE_END.split(translation.strip()) if p.strip()]
        if len(pieces) == len(members):
            for index, piece in zip(members, pieces, strict=True):
                result[index] = piece.strip()
        else:
            result[members[0]] = translation.strip()
            for index in members[1:]:
                result[index] = ""
    return result
