"""Exports: the HTML report, JSON and DOCX of a reviewed sample, escaping, atomic writes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing_desk.core import Engine
from framing_desk.core.export import (
    FORMAT,
    VERSION,
    ReportInput,
    TranslationColumn,
    line_spans,
    render_html,
    render_json,
    write_docx,
    write_html,
    write_json,
)
from framing_desk.core.export.docx_report import paragraphs
from framing_desk.core.model import Analysis, Category, Explanation, Finding, Sentence, Severity, Voice
from framing_desk.core.nlp.lemmas import shared_lemmatizer
from framing_desk.core.resources import resource_path
from framing_desk.core.review import Decision, DecisionKind, Review, ReviewState
from framing_desk.core.rewrite import Edit, Rewrite, rewrite
from framing_desk.core.tone import ToneCheck, Verdict, check_translation

VOID = frozenset({"meta", "br"})


class Tree(HTMLParser):
    """Collects start tags (with attributes) and the text inside each element with an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = {}
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            ident = dict(attrs).get("id")
            self.open.append((tag, ident))
            if ident:
                self.texts[ident] = ""

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        for _, ident in self.open:
            if ident:
                self.texts[ident] += data


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.open
    return tree


@pytest.fixture(scope="module")
def en_engine() -> Engine:
    return Engine("en")


@pytest.fixture(scope="module")
def report(sample_text: str, de_engine: Engine, en_engine: Engine) -> ReportInput:
    """The sample with three findings accepted, one kept, and the team's English translation."""
    review = Review(de_engine.analyze(sample_text))
    by_text = {f.text: f for f in review.findings}
    review.decide_many([
        (by_text["Historischer Durchbruch"], Decision(DecisionKind.ACCEPTED, alternative=1)),
        (by_text["Hoffnungsschimmer"], Decision(DecisionKind.ACCEPTED)),
        (by_text["bemerkenswerter"], Decision(DecisionKind.ACCEPTED)),
        (by_text["beispiellos"], Decision(DecisionKind.CUSTOM, text="neu")),
        (by_text["persönlicher"], Decision(DecisionKind.KEPT)),
    ])
    result = rewrite(review, shared_lemmatizer("de"), draft=False)
    spans = line_spans(sample_text)
    english = resource_path("samples", "raketenstopp.en.txt").read_text(encoding="utf-8").splitlines()
    texts = tuple(line or None for line in english)
    checks = check_translation(sample_text, [sample_text[a:b] for a, b in spans], texts,
                               de=de_engine, en=en_engine)
    return ReportInput("Raketenstopp", review.state, result,
                       {"Team <reference>": TranslationColumn(texts, tuple(checks))}, segments=spans,
                       generated=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))


def test_html_report_shows_findings_rewrite_diff_and_tone(report: ReportInput) -> None:
    markup = render_html(report)
    tree = parse(markup)
    assert markup.startswith("<!DOCTYPE html>") and '<html lang="en">' in markup
    assert not any(tag in ("script", "img", "link", "iframe") for tag, _ in tree.tags)
    assert "http" not in markup
    assert tree.texts["original-text"] == report.original
    assert tree.texts["rewrite-text"] == report.rewrite.text
    assert "Vereinbarung: Trump erwirkt" in report.rewrite.text
    marks = [attrs for tag, attrs in tree.tags if tag == "mark" and "id" in attrs]
    assert len(marks) == len(report.analysis.findings)
    assert {attrs["class"] for attrs in marks} >= {"cat-evaluative voice-author",
                                                   "cat-vague_attribution voice-quote"}
    assert all(attrs["title"] for attrs in marks)
    findings = tree.texts["findings"]
    assert "Hoffnungsschimmer" in findings and "positives Signal" in findings and "Anzeichen" in findings
    assert "accepted: Vereinbarung" in findings and "own wording: neu" in findings and "kept" in findings
    diff = tree.texts["diff-text"]
    assert "<del>Historischer Durchbruch</del><ins>Vereinbarung</ins>" in markup
    assert diff.startswith("\nHistorischer DurchbruchVereinbarung:")
    translations = tree.texts["translations"]
    assert "Historic breakthrough" in translations and "Team <reference>" in translations
    assert "preserved" in translations and "softened" in translations
    assert '"Historischer Durchbruch" (evaluative)' in translations
    assert "Team &lt;reference&gt;" in markup


def test_json_report_round_trips(report: ReportInput) -> None:
    data = json.loads(render_json(report))
    assert data["format"] == FORMAT and data["version"] == VERSION == 1
    assert data["generated"] == "2026-01-02T03:04:05+00:00"
    assert data["original"] == report.original and data["rewrite"]["text"] == report.rewrite.text
    assert data["summary"]["findings"] == len(data["findings"]) == len(report.analysis.findings)
    assert data["summary"]["decisions"] == {"open": len(data["findings"]) - 5, "accepted": 3,
                                            "custom": 1, "kept": 1}
    first = data["findings"][0]
    assert first["id"] == 1 and first["text"] == "Historischer Durchbruch"
    assert first["decision"] == {"kind": "accepted", "alternative": 1, "words": "Vereinbarung"}
    assert first["in_rewrite"] == "applied"
    assert {op["op"] for op in data["rewrite"]["diff"]} == {"equal", "delete", "insert"}
    assert data["translations"]["labels"] == ["Team <reference>"]
    segment = data["translations"]["segments"][0]
    cell = segment["translations"]["Team <reference>"]
    assert segment["source"].startswith("Historischer Durchbruch") and cell["verdict"] == "preserved"
    assert cell["source_findings"][0] == {"text": "Historischer Durchbruch", "category": "evaluative",
                                          "severity": "warning"}
    assert sum(data["translations"]["summary"]["Team <reference>"].values()) == len(
        data["translations"]["segments"])


def test_docx_holds_the_rewrite(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "rewrite.docx"
    write_docx(report, path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Raketenstopp"
    assert texts[1:] == [line for line in report.rewrite.text.splitlines() if line.strip()]
    assert texts[1].startswith("Vereinbarung: Trump")
    assert document.core_properties.title == "Raketenstopp"
    assert document.core_properties.author == "Framing Desk"


def test_docx_of_plain_text_drops_what_xml_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    write_docx("Erste Zeile\x0b.\r\n\r\n  \nZweite\x00 Zeile  \n", path, title="")
    assert [p.text for p in docx.Document(str(path)).paragraphs] == ["Erste Zeile.", "Zweite Zeile"]
    assert paragraphs("") == []


def test_reports_are_written_to_files(report: ReportInput, tmp_path: Path) -> None:
    write_html(report, tmp_path / "r.html")
    write_json(report, tmp_path / "r.json")
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == render_html(report)
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["title"] == "Raketenstopp"


@pytest.mark.parametrize("write", [write_html, write_json, write_docx])
def test_failed_write_leaves_the_old_file(report: ReportInput, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          write: Callable[[ReportInput, Path], None]) -> None:
    path = tmp_path / "out"
    path.write_bytes(b"old")

    def fail(_: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="disk full"):
        write(report, path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_misaligned_translation_is_refused(report: ReportInput) -> None:
    with pytest.raises(ValueError, match="not aligned"):
        ReportInput("x", report.review, report.rewrite, {"short": TranslationColumn(("one",))},
                    segments=report.segments)


# Text that would be markup if it were not escaped.
PIECES = st.sampled_from(["<script>", "</style>", "]]>", "&", "&amp;", '"', "'", "<", ">", "<!--", "a", " ",
                          "\n", "ä", "<mark>", "</td>", "<b onclick='x'>"])
NASTY = st.lists(PIECES | st.text(max_size=3), min_size=1).map("".join)


def synthetic_report(before: str, phrase: str, after: str, other: str, label: str) -> ReportInput:
    """A report over arbitrary text with two findings on `phrase`, whose every text is `other`."""
    original = before + phrase + after
    start, end = len(before), len(before) + len(phrase)
    finding = Finding(start, end, phrase, Category.LOADED_TERM, "rule", Severity.ERROR, Voice.AUTHOR,
                      Explanation(other, other), suggestions=(other,), sentence=0)
    quoted = Finding(start, end, phrase, Category.OPINION, other, Severity.INFO, Voice.QUOTE,
                     Explanation(other, other))
    analysis = Analysis(original, "de", (finding, quoted), (Sentence(0, len(original), 0),))
    state = ReviewState(analysis, {("rule", start, end): Decision(DecisionKind.CUSTOM, text=other)})
    result = Rewrite(original, other, (Edit(0, len(original), other),), (finding,), (quoted,))
    check = ToneCheck(Verdict.SHIFTED, (finding,), (quoted,), other)
    return ReportInput(other, state, result, {label: TranslationColumn((other,), (check,))})


@settings(max_examples=150, deadline=None)
@given(before=NASTY, phrase=NASTY.filter(bool), after=NASTY, other=NASTY, label=NASTY)
def test_no_text_becomes_markup(before: str, phrase: str, after: str, other: str, label: str) -> None:
    report = synthetic_report(before, phrase, after, other, label)
    markup = render_html(report)
    tree = parse(markup)
    tags = [tag for tag, _ in tree.tags]
    assert "script" not in tags and tags.count("style") == 1 and tags.count("title") == 1
    assert tags.count("mark") == 2  # the first finding (the second overlaps it), the legend's sample
    assert set(tags) <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p",
                         "section", "table", "caption", "thead", "tbody", "tr", "th", "td", "ul", "li",
                         "span", "div", "mark", "a", "del", "ins"}
    assert {name for _, attrs in tree.tags for name in attrs} <= {
        "lang", "charset", "name", "content", "id", "class", "title", "href", "width"}
    assert tree.texts["original-text"] == report.original
    assert tree.texts["finding-1"] == phrase
    assert tree.texts["rewrite-text"] == other
    assert other in tree.texts["findings"] and label in tree.texts["translations"]
    assert json.loads(render_json(report))["rewrite"]["text"] == other
