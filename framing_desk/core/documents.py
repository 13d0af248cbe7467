"""Opening documents for review: plain text, Markdown, Word (.docx), web pages, and pasted text.

Every format becomes plain text with "\\n" line ends and paragraphs separated
by a blank line. Anything that cannot be opened raises `DocumentError` with a
message an editor understands, naming the file.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from framing_desk.core.messages import QT_TRANSLATE_NOOP, MarkedError
from framing_desk.core.textio import UndecodableInputError, decode, looks_binary

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from bs4.element import Tag

# python-docx and BeautifulSoup load when a Word file or a web page is opened (together about a
# quarter of a second), not when the window starts on a text file.

MAX_BYTES = 20 * 1024 * 1024
"""The largest text document opened; a .docx may be larger by `_DOCX_FACTOR` (pictures, markup)."""

_DOCX_FACTOR = 4
_TITLE_LENGTH = 80
_SIGNATURES = (
    (b"%PDF", QT_TRANSLATE_NOOP("Documents", "a PDF file")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Documents", "a PNG picture")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Documents", "a JPEG picture")),
    (b"GIF8", QT_TRANSLATE_NOOP("Documents", "a GIF picture")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     QT_TRANSLATE_NOOP("Documents", "an old Office file; please save it as .docx")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Documents", "a ZIP archive")),
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|div|p)\b",
                         re.IGNORECASE | re.DOTALL)


class DocumentKind(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    DOCX = "docx"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class OpenedDocument:
    """The text to review, a title for it, the format it came from, and notes for the editor."""

    text: str
    title: str
    kind: DocumentKind
    warnings: tuple[str, ...] = ()


class DocumentError(MarkedError, ValueError):
    """A document that cannot be opened; the message names the file (`{file}`) and says what to do."""

    context = "Documents"

    def __init__(self, text: str, name: str = "", **values: str) -> None:
        super().__init__(text, file=name, **values)
        self.name = name


_EXTENSIONS = {
    ".txt": DocumentKind.TEXT, ".text": DocumentKind.TEXT,
    ".md": DocumentKind.MARKDOWN, ".markdown": DocumentKind.MARKDOWN,
    ".docx": DocumentKind.DOCX,
    ".html": DocumentKind.HTML, ".htm": DocumentKind.HTML, ".xhtml": DocumentKind.HTML,
}


def open_document(path: Path, *, limit: int = MAX_BYTES) -> OpenedDocument:
    """Read and convert the document at `path`; `DocumentError` if that is not possible."""
    name = path.name
    try:
        if path.is_dir():
            raise DocumentError(QT_TRANSLATE_NOOP("Documents", "“{file}” is a folder, not a document."),
                                name)
        _check_size(name, path.stat().st_size, _allowed(path.suffix, limit))
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” was not found. It may have been moved or deleted."), name) from None
    except PermissionError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” cannot be opened: you have no permission to read it."), name) from None
    except OSError as error:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "“{file}” cannot be read: {reason}."), name,
                            reason=error.strerror or str(error)) from None
    return document_from_bytes(data, name, limit=limit)


def document_from_bytes(data: bytes, name: str, *, limit: int = MAX_BYTES) -> OpenedDocument:
    """Convert the contents of a file called `name`: the extension picks the format, else the content."""
    suffix = PurePath(name).suffix.lower()
    _check_size(name, len(data), _allowed(suffix, limit))
    if not data.strip():
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "“{file}” is empty."), name)
    if suffix == ".doc":
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” is an old Word document (.doc). Please open it in Word, save it "
                             "as .docx (“Word Document”) and open that file."), name)
    if suffix == ".rtf" or data.startswith(b"{\\rtf"):
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” is a Rich Text (.rtf) file. Please save it as .docx or .txt."), name)
    kind = _EXTENSIONS.get(suffix) or _sniff(data)
    if kind is DocumentKind.DOCX:
        return _checked(_from_docx(data, name, limit), name, limit)
    _refuse_binary(data, name)
    stem = PurePath(name).stem or name
    if kind is DocumentKind.HTML:
        return _checked(html_document(_decode_html(data, name), stem), name, limit)
    text = _decode(data, name)
    if kind is DocumentKind.MARKDOWN:
        plain = markdown_to_text(text)
        return _checked(OpenedDocument(plain, markdown_title(text) or stem, kind), name, limit)
    return _checked(OpenedDocument(_lines(text), stem, kind), name, limit)


def document_from_clipboard(text: str | None, html: str | None, *,
                            limit: int = MAX_BYTES) -> OpenedDocument:
    """Pasted content: the plain text if there is any, else the text of the HTML."""
    if text and text.strip():
        plain = _lines(text.removeprefix("\ufeff"))
        document = OpenedDocument(plain, _first_line(plain), DocumentKind.TEXT)
    elif html and html.strip():
        converted = html_document(html, "").text
        document = OpenedDocument(converted, _first_line(converted), DocumentKind.HTML)
    else:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "The clipboard holds no text to paste."))
    return _checked(document, None, limit)


def _allowed(suffix: str, limit: int) -> int:
    return limit * _DOCX_FACTOR if suffix.lower() == ".docx" else limit


def _check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” is too large to check ({size}); Framing Desk opens documents up to "
                             "{limit}."), name, size=_size(size), limit=_size(limit))


def _size(size: int) -> str:
    """A size as editors read it: "25.3 MB", "12 KB", "80 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size // 1024} KB" if size >= 1024 else f"{size} bytes"


def _checked(document: OpenedDocument, name: str | None, limit: int) -> OpenedDocument:
    """Refuse a document without text, or with more than `limit` bytes of text (`name` None: pasted)."""
    if not document.text.strip():
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "“{file}” contains no text to check.") if name
                     else QT_TRANSLATE_NOOP("Documents", "The pasted text contains no text to check."),
                     name or "")
    size = len(document.text.encode("utf-8"))
    if size > limit:
        too_much = (QT_TRANSLATE_NOOP("Documents", "“{file}” holds too much text to check ({size}); "
                                                       "Framing Desk checks up to {limit}.") if name
                    else QT_TRANSLATE_NOOP("Documents", "The pasted text holds too much text to check "
                                                            "({size}); Framing Desk checks up to {limit}."))
        raise DocumentError(too_much, name or "", size=_size(size), limit=_size(limit))
    return document


def _sniff(data: bytes) -> DocumentKind:
    """The format of a file whose extension says nothing: Word, a web page, or text."""
    if data.startswith(b"PK\x03\x04"):
        return DocumentKind.DOCX
    if _HTML_START.match(data.removeprefix(codecs.BOM_UTF8)[:4096]):
        return DocumentKind.HTML
    return DocumentKind.TEXT


def _refuse_binary(data: bytes, name: str) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise DocumentError(QT_TRANSLATE_NOOP(
                "Documents", "“{file}” is not a text document (it is {what}). Framing Desk opens .txt, "
                                 ".md, .docx and .html files."), name, what=what)
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and looks_binary(data[:65536]):
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” is not a text document. Framing Desk opens .txt, .md, .docx and "
                             ".html files."), name)


def _decode(data: bytes, name: str) -> str:
    try:
        return decode(data, name=name)
    except UndecodableInputError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "Documents", "“{file}” is not a text document, or its characters cannot be read. Framing "
                             "Desk opens .txt, .md, .docx and .html files."), name) from None


def _decode_html(data: bytes, name: str) -> str:
    """A web page's text in the encoding its <meta> declares, if it is valid in it; else detected."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            if encoding not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
                # As browsers do: pages declaring Latin-1 or ASCII are really Windows-1252.
                return data.decode("cp1252" if encoding in ("latin-1", "ascii") else encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(data, name)


def _lines(text: str) -> str:
    """Windows and old Mac line ends as "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_line(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= _TITLE_LENGTH else line[:_TITLE_LENGTH - 1].rstrip() + "…"


# --- Word ----------------------------------------------------------------------------------------

_DOCX_ERRORS = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, OSError, EOFError, SyntaxError)
_DAMAGED_DOCX = QT_TRANSLATE_NOOP("Documents", "“{file}” cannot be opened: the Word file is damaged or "
                                                   "incomplete. Try saving it again in Word.")


def _from_docx(data: bytes, name: str, limit: int) -> OpenedDocument:
    """Paragraphs and table cells of the main text, in reading order (not headers, footers, notes)."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocumentError(QT_TRANSLATE_NOOP(
                    "Documents", "“{file}” is not a Word document. Framing Desk opens .txt, .md, .docx "
                                     "and .html files."), name)
            _check_size(name, archive.getinfo("word/document.xml").file_size, limit * _DOCX_FACTOR)
            if archive.testzip() is not None:
                raise DocumentError(_DAMAGED_DOCX, name)
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_docx_paragraphs(document))
        title = (document.core_properties.title or "").strip()
        boxes = bool(document.element.body.xpath(".//w:txbxContent"))
    except DocumentError:
        raise
    except _DOCX_ERRORS:
        raise DocumentError(_DAMAGED_DOCX, name) from None
    headings = (text for style, text in paragraphs if style.startswith(("Title", "Heading")))
    title = title or next(headings, PurePath(name).stem)
    warnings = (QT_TRANSLATE_NOOP("Documents", "Text in text boxes was left out."),) if boxes else ()
    text = "\n\n".join(text for _, text in paragraphs)
    return OpenedDocument(text, _first_line(title), DocumentKind.DOCX, warnings)


def _docx_paragraphs(container: Any) -> Iterator[tuple[str, str]]:
    """(style name, text) of the non-empty paragraphs, tables' cells row by row."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            seen: list[Any] = []  # kept alive, so lxml hands out the same element objects
            for row in item.rows:
                for cell in row.cells:
                    if not any(cell._tc is done for done in seen):  # merged: once per grid column
                        seen.append(cell._tc)
                        yield from _docx_paragraphs(cell)
        elif text := _lines(item.text).strip():
            yield (item.style.name if item.style is not None else "") or "", text


# --- Web pages -----------------------------------------------------------------------------------

_DROPPED = frozenset((
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "object", "embed",
    "svg", "canvas", "button", "select", "textarea", "footer", "img", "video", "audio", "picture",
    "dialog", "head",
))
_BLOCKS = frozenset((
    "address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul", "body", "html",
))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\n\r\f]+")
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b")  # soft hyphens, zero-width spaces


class _Mark(Enum):
    PARAGRAPH = "paragraph"
    BREAK = "break"


def html_document(markup: str, fallback_title: str) -> OpenedDocument:
    """The article text of a web page: <article>, else <main>, else the body, without page furniture.

    Menus, scripts, forms, asides, footers, pictures and hidden elements are
    left out; a <header> is kept only inside an article (it holds the headline).
    Picture captions (<figcaption>) are kept: they are copy and may frame too.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for element in soup.find_all(_is_furniture):
        if not element.decomposed:
            element.decompose()
    root, warnings = _article_root(soup)
    heading = root.find("h1")
    title = (heading.get_text(" ", strip=True) if heading else "") or page_title or fallback_title
    title = _first_line(title.translate(_INVISIBLE))
    return OpenedDocument(_block_text(root), title, DocumentKind.HTML, warnings)


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _DROPPED or tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    if tag.name == "header" and tag.find_parent("article") is None:
        return True
    if tag.name == "input" and tag.get("type") == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style") or "")))


def _article_root(soup: BeautifulSoup) -> tuple[Tag, tuple[str, ...]]:
    from bs4.element import Tag

    for name in ("article", "main"):
        candidates = [tag for tag in soup.find_all(name) if isinstance(tag, Tag)]
        if candidates:
            return max(candidates, key=lambda tag: len(tag.get_text(strip=True))), ()
    if soup.body is None:
        return soup, ()
    return soup.body, (QT_TRANSLATE_NOOP("Documents", "The page marks no article, so all of its text was "
                                                      "taken; check it for text that is not part of the "
                                                      "article."),)


def _block_text(root: Tag) -> str:
    """Blocks as paragraphs, <br> as a line break, two <br> in a row as a paragraph break."""
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        lines.append(_SPACE.sub(" ", "".join(current).translate(_INVISIBLE)).strip())
        current.clear()

    def end_paragraph() -> None:
        end_line()
        if text := "\n".join(line for line in lines if line):
            paragraphs.append(text)
        lines.clear()

    for piece in _html_pieces(root):
        if piece is _Mark.PARAGRAPH:
            end_paragraph()
        elif piece is _Mark.BREAK:
            if not "".join(current).strip() and any(lines):
                end_paragraph()
            else:
                end_line()
        else:
            current.append(piece)
    end_paragraph()
    return "\n\n".join(paragraphs)


def _html_pieces(element: Tag) -> Iterator[str | _Mark]:
    from bs4.element import NavigableString, Tag

    for child in element.children:
        if isinstance(child, Tag):
            block = child.name in _BLOCKS
            if block:
                yield _Mark.PARAGRAPH
            if child.name == "br":
                yield _Mark.BREAK
            elif child.name == "pre":
                for number, line in enumerate(child.get_text().split("\n")):
                    if number:
                        yield _Mark.BREAK
                    yield line
            else:
                yield from _html_pieces(child)
            if block:
                yield _Mark.PARAGRAPH
        elif type(child) is NavigableString:  # not comments, doctypes, CDATA
            yield str(child)


# --- Markdown ------------------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_BLANKS = re.compile(r"[ \t]{2,}")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_INLINE = (
    (re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # links: their text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    # Emphasis only at word edges: the gender star and snake_case stay ("Bürger*innen").
    (re.compile(r"(?<![\w\\*])(\*{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\w\\_])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w_])"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
)


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: the words without the markup, one blank line between paragraphs.

    Headings, list items and code blocks become paragraphs of their own; soft
    line breaks become spaces, hard ones (two spaces or a backslash) stay; link
    texts stay, images, HTML comments, front matter and reference definitions go.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        if text := "".join(current).strip():
            paragraphs.append(text)
        current.clear()

    lines = iter(_prepared(markdown).split("\n"))
    for raw in lines:
        if fence := _FENCE.match(raw):
            end_paragraph()
            paragraphs.append("\n".join(_fenced(lines, fence.group(1))))
            continue
        line = _unquoted(raw)
        if not line.strip() or _RULE.match(line) or _DEFINITION.match(line) or (
                _SETEXT.match(line) and current):
            end_paragraph()
        elif heading := _ATX.match(line):
            end_paragraph()
            current.append(_inline(heading.group(1) or ""))
            end_paragraph()
        elif item := _ITEM.match(line):
            end_paragraph()
            current.append(_inline(line[item.end():].strip()))
        else:
            if current and not current[-1].endswith("\n"):
                current.append(" ")
            current.append(_inline(line.strip().removesuffix("\\").rstrip()))
            if line.endswith(("  ", "\\")):
                current.append("\n")
    end_paragraph()
    return "\n\n".join(paragraphs)


def markdown_title(markdown: str) -> str:
    """The first heading of a Markdown text (`#` or underlined), or ""."""
    lines = [_unquoted(line) for line in _prepared(markdown).split("\n")]
    for index, line in enumerate(lines):
        heading = _ATX.match(line)
        if heading and heading.group(1):
            return _first_line(_inline(heading.group(1)))
        underlined = index + 1 < len(lines) and _SETEXT.match(lines[index + 1])
        if underlined and line.strip() and not _ITEM.match(line) and not _RULE.match(line):
            return _first_line(_inline(line.strip()))
    return ""


def _unquoted(line: str) -> str:
    while quote := _QUOTE.match(line):
        line = line[quote.end():]
    return line


def _prepared(markdown: str) -> str:
    """"\\n" line ends, without YAML front matter and without HTML comments outside code blocks."""
    text = _lines(markdown)
    if text.startswith("---\n") and (end := text.find("\n---\n", 3)) != -1:
        text = text[end + 5:]
    out: list[str] = []
    prose: list[str] = []
    fence = ""
    for line in text.split("\n"):
        if fence:
            out.append(line)
            fence = "" if _closes(line, fence) else fence
        elif opening := _FENCE.match(line):
            out.extend(_COMMENT.sub("", "\n".join(prose)).split("\n") if prose else ())
            prose.clear()
            out.append(line)
            fence = opening.group(1)
        else:
            prose.append(line)
    out.extend(_COMMENT.sub("", "\n".join(prose)).split("\n") if prose else ())
    return "\n".join(out)


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(fence) and not stripped.strip(fence[0])


def _fenced(lines: Iterator[str], fence: str) -> Iterator[str]:
    """The lines of a code block up to its closing fence (or the end of the text), kept as they are."""
    for line in lines:
        if _closes(line, fence):
            return
        yield line


def _inline(text: str) -> str:
    """One line without inline markup; the text of code spans is kept as it is."""
    parts = _CODE_SPAN.split(text)  # text, backticks, code, text, ...
    out: list[str] = []
    for index in range(0, len(parts), 3):
        part = parts[index]
        for pattern, replacement in _INLINE:
            part = pattern.sub(replacement, part)
        out.append(_BLANKS.sub(" ", part))
        if index + 2 < len(parts):
            out.append(parts[index + 2])
    return "".join(out)
