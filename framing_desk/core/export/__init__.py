"""Exports of a review: an HTML report (which the GUI also prints to PDF), JSON, and DOCX.

    report = ReportInput(title, review.state, rewrite(review, lemmas), translations)
    write_html(report, path); write_json(report, path); write_docx(report, path)

Every file is written whole or not at all (`core.storage.atomic_write_bytes`).
"""

from __future__ import annotations

from framing_desk.core.export.docx_report import docx_bytes, write_docx
from framing_desk.core.export.html_report import render_html, write_html
from framing_desk.core.export.json_report import FORMAT, VERSION, render_json, report_dict, write_json
from framing_desk.core.export.report import ReportInput, TranslationColumn, line_spans

__all__ = [
    "FORMAT",
    "VERSION",
    "ReportInput",
    "TranslationColumn",
    "docx_bytes",
    "line_spans",
    "render_html",
    "render_json",
    "report_dict",
    "write_docx",
    "write_html",
    "write_json",
]
