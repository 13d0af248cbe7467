"""The HTML report: one self-contained, print-friendly document with every text escaped.

No scripts and no external resources; the style sheet is inline. Every piece
of text that comes from the document, the rules, a decision or a translation
passes through `html.escape`; markup is built only from fixed strings and
enum values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

from framing_desk.core.diff import edit_distance, to_html, word_diff
from framing_desk.core.export.report import (
    ReportInput,
    category_label,
    decision_label,
    describe_decision,
)
from framing_desk.core.model import Category, Finding, Severity, Voice
from framing_desk.core.review import DecisionKind
from framing_desk.core.storage import atomic_write_text
from framing_desk.core.tone import ToneCheck, Verdict

# Each category has its own underline style as well as its own colour, so colour is not the only cue.
_CATEGORY_STYLES = {
    Category.EVALUATIVE: ("#fde2e2", "#b42318", "underline", "solid"),
    Category.INTENSIFIER: ("#fff1c2", "#9a6700", "underline", "double"),
    Category.CERTAINTY: ("#e0ecff", "#1f4fbf", "underline", "dotted"),
    Category.VAGUE_ATTRIBUTION: ("#e4f4dc", "#2f6b1f", "underline", "dashed"),
    Category.LOADED_TERM: ("#f3e3f7", "#7a2a8c", "underline", "wavy"),
    Category.PRESUPPOSITION: ("#dff3f3", "#0f6b6b", "underline overline", "solid"),
    Category.OPINION: ("#f4e6d6", "#8a4b12", "underline overline", "dotted"),
}
_VERDICT_COLOURS = {
    Verdict.PRESERVED: "#e8eef8",
    Verdict.SOFTENED: "#fff1d6",
    Verdict.AMPLIFIED: "#fde2e2",
    Verdict.SHIFTED: "#f3e3f7",
    Verdict.NEUTRAL: "#eef2ee",
}

_BASE_CSS = """\
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;background:#fff;
max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;
border-bottom:1px solid #ccc;padding-bottom:.2rem}
.meta,.note,.why{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d0d0;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right}
.text{white-space:pre-wrap;border:1px solid #e0e0e0;padding:.6rem .8rem;background:#fcfcfc}
mark,.swatch{color:inherit;padding:0 .1em}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}
del{background:#fde2e2;color:#8a1c1c}ins{background:#dcf3dc;color:#1c5e1c;text-decoration:underline}
.verdict{display:inline-block;padding:0 .35em;border:1px solid #aaa;border-radius:3px;
font-size:.85em;font-weight:600}
.missing{color:#888;font-style:italic}
@media print{body{margin:0;max-width:none;font-size:10.5pt}
h2{break-after:avoid}tr,mark{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}}
"""
# After the category rules, which it overrides: quoted words are muted.
_QUOTE_CSS = "mark.voice-quote{background:transparent;color:#6b6b6b;text-decoration-color:#9a9a9a}\n"


def render_html(report: ReportInput) -> str:
    """The whole report as one HTML5 document."""
    language = report.analysis.language
    sections = [
        _summary(report),
        _section("original", "Original with findings marked",
                 _legend() + _text_block(_marked(report), language, "original-text")),
        _section("findings", "Findings", _findings_table(report)),
        _section("rewrite", "Neutral rewrite",
                 _text_block(escape(report.rewrite.text), language, "rewrite-text")
                 + _kept_note(report)),
        _section("diff", "Changes: original ↔ rewrite", _diff(report)),
        _section("translations", "Translations and their tone", _translations(report)),
    ]
    title = escape(report.title)
    generated = report.generated.isoformat(timespec="seconds")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Framing Desk {escape(report.app_version)}">\n'
        f"<title>{title} – Framing Desk report</title>\n"
        f"<style>\n{_BASE_CSS}{_category_css()}{_QUOTE_CSS}{_verdict_css()}</style>\n</head>\n<body>\n"
        f"<header><h1>{title}</h1>\n"
        f'<p class="meta">Framing Desk report · generated {escape(generated)} · '
        f"Framing Desk {escape(report.app_version)}</p></header>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def write_html(report: ReportInput, path: Path) -> None:
    """Write the HTML report to `path` (UTF-8), whole or not at all."""
    atomic_write_text(path, render_html(report))


def _category_css() -> str:
    """Per category: a background and an underline style. Qt's rich text knows only the
    `text-decoration` shorthand, so it shows a plain underline; browsers take the longhands."""
    return "".join(
        f"mark.cat-{category.value},.swatch.cat-{category.value}{{background:{background};"
        f"text-decoration:underline;text-decoration-line:{lines};text-decoration-style:{style};"
        f"text-decoration-color:{colour};text-decoration-thickness:2px;text-underline-offset:3px}}\n"
        for category, (background, colour, lines, style) in _CATEGORY_STYLES.items())


def _verdict_css() -> str:
    return "".join(f".verdict-{verdict.value}{{background:{colour}}}\n"
                   for verdict, colour in _VERDICT_COLOURS.items())


def _section(ident: str, heading: str, body: str) -> str:
    return f'<section id="{ident}">\n<h2>{escape(heading)}</h2>\n{body}\n</section>'


def _text_block(markup: str, language: str, ident: str) -> str:
    return f'<div class="text" id="{ident}" lang="{escape(language)}">{markup}</div>'


def _table(head: Sequence[str], rows: Iterable[Iterable[str]], caption: str = "",
           widths: Sequence[int] = ()) -> str:
    """A table of already escaped cells; `head` is plain text, `widths` are column percentages."""
    header = "".join(_heading(cell, widths[i] if i < len(widths) else None) for i, cell in enumerate(head))
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    caption = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f"<table>{caption}<thead><tr>{header}</tr></thead>\n<tbody>\n{body}</tbody></table>"


def _heading(text: str, width: int | None) -> str:
    """A <th>; the width attribute (not CSS) is what Qt's rich text honours."""
    return f'<th width="{width}%">{escape(text)}</th>' if width else f"<th>{escape(text)}</th>"


def _summary(report: ReportInput) -> str:
    findings = report.analysis.findings
    counts = report.category_counts()
    severities = list(Severity)
    by_category = _table(
        ["Category", *(s.value for s in severities), "Total"],
        ([escape(category_label(category)), *(str(counter[s]) for s in severities),
          str(sum(counter.values()))] for category, counter in counts.items() if counter),
        "Findings per category and severity")
    voices = report.voice_counts()
    decisions = report.decision_counts()
    decided = ", ".join(f"{count} {escape(decision_label(kind))}"
                        for kind in DecisionKind if (count := decisions[kind])) or "none"
    distance = edit_distance(report.original, report.rewrite.text)
    lines = [
        f"<p>{len(findings)} findings: {voices[Voice.AUTHOR]} in the author's voice, "
        f"{voices[Voice.QUOTE]} in quotes. Decisions: {decided}.</p>",
        by_category if findings else "",
        f"<p>Rewrite: {len(report.rewrite.applied)} findings applied, "
        f"{len(report.rewrite.kept)} left as they are; {distance.changed_words} of "
        f"{distance.words} words changed ({distance.ratio:.0%}).</p>",
    ]
    for label, verdicts in report.verdict_counts().items():
        listed = ", ".join(f"{count} {verdict.value}" for verdict in Verdict
                           if (count := verdicts[verdict])) or "no tone checks"
        lines.append(f"<p>Translation “{escape(label)}”: {listed}.</p>")
    return _section("summary", "Summary", "\n".join(line for line in lines if line))


def _legend() -> str:
    items = "".join(f'<li><span class="swatch cat-{category.value}">'
                    f"{escape(category_label(category))}</span></li>"
                    for category in Category)
    return (f'<ul class="legend">{items}<li><mark class="voice-quote">in a quote</mark></li></ul>')


def _mark_attributes(finding: Finding, report: ReportInput) -> str:
    voice = " (in a quote)" if finding.voice is Voice.QUOTE else ""
    title = (f"{category_label(finding.category)}, {finding.severity.value}{voice}: "
             f"{finding.explanation.in_language(report.explain_in)}")
    return (f'class="cat-{finding.category.value} voice-{finding.voice.value}" '
            f'title="{escape(title)}"')


def _marked(report: ReportInput) -> str:
    """The original, escaped, with a <mark> per finding (one crossing an earlier mark stays unmarked)."""
    text = report.original
    parts = []
    position = 0
    for number, finding in _numbered(report):
        if finding.start < position:
            continue
        parts.append(escape(text[position:finding.start]))
        parts.append(f'<mark id="finding-{number}" {_mark_attributes(finding, report)}>'
                     f"{escape(text[finding.start:finding.end])}</mark>")
        position = finding.end
    parts.append(escape(text[position:]))
    return "".join(parts)


def _numbered(report: ReportInput) -> list[tuple[int, Finding]]:
    ordered = sorted(report.analysis.findings, key=lambda f: (f.start, -f.end))
    return list(enumerate(ordered, start=1))


def _findings_table(report: ReportInput) -> str:
    if not report.analysis.findings:
        return '<p class="note">No framing language found.</p>'
    language = escape(report.analysis.language)
    explain_in = escape(report.explain_in)
    rows = []
    for number, finding in _numbered(report):
        decision = report.decision(finding)
        alternatives = "".join(f"<li>{escape(s)}</li>" for s in finding.suggestions)
        if finding.action is not None:
            alternatives += f'<li class="note">{escape(finding.action.value.replace("_", " "))}</li>'
        status = report.in_rewrite(finding)
        rows.append([
            f'<a href="#finding-{number}">{number}</a>',
            str(finding.sentence + 1),
            f'<span lang="{language}">{escape(finding.text)}</span>',
            f'<span class="swatch cat-{finding.category.value}">'
            f"{escape(category_label(finding.category))}</span>",
            escape(finding.severity.value),
            escape(finding.voice.value),
            f'<span lang="{explain_in}">{escape(finding.explanation.in_language(report.explain_in))}'
            "</span>",
            f'<ul lang="{language}">{alternatives}</ul>' if alternatives else "",
            escape(describe_decision(finding, decision))
            + (f'<div class="note">{escape(status)} in the rewrite</div>' if status else ""),
        ])
    return _table(["#", "Sentence", "Phrase", "Category", "Severity", "Voice", "Explanation",
                   "Alternatives", "Decision"], rows, widths=(3, 6, 14, 10, 7, 7, 29, 12, 12))


def _kept_note(report: ReportInput) -> str:
    if not report.rewrite.kept:
        return ""
    phrases = ", ".join(f"„{escape(f.text)}“" for f in report.rewrite.kept)
    return (f'<p class="note">Left as they are (no word swap fits; rephrase or name the source by '
            f"hand): {phrases}.</p>")


def _diff(report: ReportInput) -> str:
    ops = word_diff(report.original, report.rewrite.text)
    distance = edit_distance(report.original, report.rewrite.text, ops)
    return (f'<div class="text" id="diff-text" lang="{escape(report.analysis.language)}">'
            f"{to_html(ops)}</div>\n"
            f'<p class="note">Deleted words are struck through, inserted words underlined; '
            f"{distance.changed_words} of {distance.words} words changed.</p>")


def _translations(report: ReportInput) -> str:
    if not report.translations:
        return '<p class="note">No translations in this report.</p>'
    language = escape(report.analysis.language)
    rows = [[str(row.number), f'<span lang="{language}">{escape(row.source)}</span>',
             *(_translation_cell(text, check) for _, text, check in row.cells)]
            for row in report.rows()]
    return _table(["#", "Source", *report.translations], rows)


def _translation_cell(text: str | None, check: ToneCheck | None) -> str:
    if text is None:
        return '<span class="missing">not translated</span>'
    cell = f'<span lang="en">{escape(text)}</span>'
    if check is None:
        return cell + '<div class="note">tone not checked</div>'
    return (f'{cell}<div><span class="verdict verdict-{check.verdict.value}">'
            f"{escape(check.verdict.value)}</span></div>"
            f'<div class="why">{escape(check.explanation)}</div>')

