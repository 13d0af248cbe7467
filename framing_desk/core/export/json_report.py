"""The JSON report: the same content as the HTML report, for machines.

Schema ("format": "framing-desk-report", "version": 1); keys are only ever
added within a version::

    {
      "format": "framing-desk-report", "version": 1,
      "title": str, "generated": ISO 8601 date-time, "app_version": str,
      "language": "de", "explain_in": "en",
      "original": str,
      "sentences": [{"start": int, "end": int, "block": int}],
      "summary": {
        "findings": int,
        "by_category": {category: {severity: int}},   # categories with findings only
        "by_voice": {"author": int, "quote": int},
        "decisions": {kind: int}                      # kinds that occur only
      },
      "findings": [Finding.to_dict(explain_in) + {
        "id": int,                                    # 1-based, in text order, as in the HTML
        "decision": {"kind": str, "alternative": int?, "text": str?, "words": str?},
        "in_rewrite": "applied" | "kept" | null}],
      "rewrite": {                                    # as `framing-desk rewrite --format json`
        "text": str, "applied": [finding], "kept": [finding],
        "edits": [{"start", "end", "text"}], "diff": [diff op],
        "edit_distance": {"changed_words", "words", "ratio"}},
      "translations": {                               # as `framing-desk compare --format json`
        "labels": [str],
        "segments": [{"segment": int, "start": int, "end": int, "source": str,
                      "translations": {label: {"text": str | null, "verdict": str | null,
                                               "explanation": str | null,
                                               "source_findings": [{"text", "category", "severity"}],
                                               "target_findings": [...]}}}],
        "summary": {label: {verdict: int}}}
    }

Offsets are str (code point) offsets into "original"; "words" is what an
accepted or custom decision puts in place of the finding ("" deletes it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from framing_desk.core.diff import edit_distance, to_json_ops, word_diff
from framing_desk.core.export.report import ReportInput, chosen_words
from framing_desk.core.model import Finding, Severity, Voice
from framing_desk.core.review import Decision, DecisionKind
from framing_desk.core.storage import atomic_write_text
from framing_desk.core.tone import ToneCheck, Verdict

FORMAT = "framing-desk-report"
VERSION = 1


def report_dict(report: ReportInput) -> dict[str, Any]:
    """The report as plain JSON-ready data (see the module docstring for the schema)."""
    analysis = report.analysis
    ordered = sorted(analysis.findings, key=lambda f: (f.start, -f.end))
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": report.title,
        "generated": report.generated.isoformat(),
        "app_version": report.app_version,
        "language": analysis.language,
        "explain_in": report.explain_in,
        "original": report.original,
        "sentences": [{"start": s.start, "end": s.end, "block": s.block} for s in analysis.sentences],
        "summary": _summary(report),
        "findings": [{"id": number, **finding.to_dict(report.explain_in),
                      "decision": _decision(finding, report.decision(finding)),
                      "in_rewrite": report.in_rewrite(finding)}
                     for number, finding in enumerate(ordered, start=1)],
        "rewrite": _rewrite(report),
        "translations": _translations(report),
    }


def render_json(report: ReportInput) -> str:
    """The report as indented JSON text (UTF-8 characters kept, keys in schema order)."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


def write_json(report: ReportInput, path: Path) -> None:
    """Write the JSON report to `path`, whole or not at all."""
    atomic_write_text(path, render_json(report))


def _summary(report: ReportInput) -> dict[str, Any]:
    voices = report.voice_counts()
    decisions = report.decision_counts()
    return {
        "findings": len(report.analysis.findings),
        "by_category": {category.value: {s.value: counts[s] for s in Severity if counts[s]}
                        for category, counts in report.category_counts().items() if counts},
        "by_voice": {voice.value: voices[voice] for voice in Voice},
        "decisions": {kind.value: decisions[kind] for kind in DecisionKind if decisions[kind]},
    }


def _decision(finding: Finding, decision: Decision) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": decision.kind.value}
    if decision.kind is DecisionKind.ACCEPTED:
        data["alternative"] = decision.alternative
    if decision.kind is DecisionKind.CUSTOM:
        data["text"] = decision.text
    if (words := chosen_words(finding, decision)) is not None:
        data["words"] = words
    return data


def _rewrite(report: ReportInput) -> dict[str, Any]:
    result = report.rewrite
    ops = word_diff(result.original, result.text)
    distance = edit_distance(result.original, result.text, ops)
    return {
        "text": result.text,
        "applied": [f.to_dict(report.explain_in) for f in result.applied],
        "kept": [f.to_dict(report.explain_in) for f in result.kept],
        "edits": [{"start": e.start, "end": e.end, "text": e.text} for e in result.edits],
        "diff": to_json_ops(ops),
        "edit_distance": {"changed_words": distance.changed_words, "words": distance.words,
                          "ratio": distance.ratio},
    }


def _translations(report: ReportInput) -> dict[str, Any]:
    return {
        "labels": list(report.translations),
        "segments": [{"segment": row.number, "start": row.start, "end": row.end, "source": row.source,
                      "translations": {label: _cell(text, check) for label, text, check in row.cells}}
                     for row in report.rows()],
        "summary": {label: {v.value: counts[v] for v in Verdict if counts[v]}
                    for label, counts in report.verdict_counts().items()},
    }


def _cell(text: str | None, check: ToneCheck | None) -> dict[str, Any]:
    return {
        "text": text,
        "verdict": check.verdict.value if check else None,
        "explanation": check.explanation if check else None,
        "source_findings": [_phrase(f) for f in check.source_findings] if check else [],
        "target_findings": [_phrase(f) for f in check.target_findings] if check else [],
    }


def _phrase(finding: Finding) -> dict[str, str]:
    return {"text": finding.text, "category": finding.category.value,
            "severity": finding.severity.value}
