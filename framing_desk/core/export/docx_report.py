"""The neutral rewrite as a Word document (python-docx), one paragraph per line of the text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from framing_desk.core.export.report import ReportInput
from framing_desk.core.storage import atomic_write_bytes

AUTHOR = "Framing Desk"
DEFAULT_TITLE = "Neutral rewrite"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters XML 1.0 does not allow (Word would refuse the file): C0 controls but tab, lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of `text`: its non-blank lines (a line is a paragraph, as in the analysis;
    lines end at \\n, \\r\\n or \\r), without trailing whitespace and characters XML cannot hold."""
    lines = (_NOT_XML.sub("", line).rstrip() for line in _LINE_BREAK.split(text))
    return [line for line in lines if line.strip()]


def docx_bytes(text: str, *, title: str = DEFAULT_TITLE, language: str = "de-DE") -> bytes:
    """A .docx with `title` as its heading (none if empty) and the paragraphs of `text`."""
    import docx  # python-docx and lxml load in a fifth of a second: only when a Word file is made

    document = docx.Document()
    title = _NOT_XML.sub("", title).strip()
    properties = document.core_properties
    properties.title = title
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.language = language
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None)
    if title:
        document.add_heading(title, level=1)
    for paragraph in paragraphs(text):
        document.add_paragraph(paragraph)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_docx(source: ReportInput | str, path: Path, *, title: str | None = None) -> None:
    """Write the neutral rewrite (of a report, or given as text) to `path` as .docx, whole or not at all.

    The title defaults to the report's title (or "Neutral rewrite" for bare text).
    """
    if isinstance(source, ReportInput):
        text, default_title, language = source.rewrite.text, source.title, source.analysis.language
    else:
        text, default_title, language = source, DEFAULT_TITLE, "de"
    atomic_write_bytes(path, docx_bytes(text, title=default_title if title is None else title,
                                        language=_locale(language)))


def _locale(language: str) -> str:
    return {"de": "de-DE", "en": "en-GB"}.get(language, language)
