"""Analyses kept on disk, so a document opened again shows its findings before spaCy has loaded.

An entry is keyed by the text, the language, the program version and the rule
files (path, size, modification time), so any change to one of them is a miss.
Entries are derived data in the cache folder: a damaged or missing one is
simply analysed again, and only the most recently used `MAX_ENTRIES` are kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from framing_desk import __version__
from framing_desk.core.model import (
    Action,
    Analysis,
    Category,
    Explanation,
    Finding,
    Sentence,
    Severity,
    Voice,
)
from framing_desk.core.rules.catalog import rule_fingerprint
from framing_desk.core.storage import atomic_write_text, cache_dir

MAX_ENTRIES = 200
_FORMAT = 1
_log = logging.getLogger(__name__)


def cache_key(text: str, language: str, rule_dirs: Sequence[Path]) -> str:
    """A digest of everything an analysis depends on."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}\0{__version__}\0{language}\0".encode())
    for directory in rule_dirs:
        for path, modified, size in rule_fingerprint(Path(directory)):
            digest.update(f"{path}\0{size}\0{modified}\0".encode())
    digest.update(b"\0text\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def many_key(texts: Sequence[str], language: str, rule_dirs: Sequence[Path]) -> str:
    """The key of a list of texts analysed each on its own (never that of one text)."""
    lengths = ",".join(str(len(text)) for text in texts)
    return cache_key(f"{len(texts)} texts of lengths {lengths}\0" + "\0".join(texts), language, rule_dirs)


class AnalysisCache:
    """A folder of analyses in JSON, one file per key."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_dir() / "analyses"

    def load(self, text: str, language: str, rule_dirs: Sequence[Path]) -> Analysis | None:
        """The stored analysis of exactly this text, or None."""
        found = self._read(cache_key(text, language, rule_dirs), [text])
        return found[0] if found else None

    def load_many(self, texts: Sequence[str], language: str,
                  rule_dirs: Sequence[Path]) -> list[Analysis] | None:
        """The stored analyses of exactly these texts, each on its own (see `store_many`), or None."""
        return self._read(many_key(texts, language, rule_dirs), texts)

    def store(self, analysis: Analysis, rule_dirs: Sequence[Path]) -> None:
        """Keep `analysis`; failures to write are logged, never raised (it is only a cache)."""
        self._write(cache_key(analysis.text, analysis.language, rule_dirs), [analysis])

    def store_many(self, analyses: Sequence[Analysis], rule_dirs: Sequence[Path]) -> None:
        """Keep the analyses of a list of texts of one language (the sentences of a translation)."""
        if analyses:
            key = many_key([a.text for a in analyses], analyses[0].language, rule_dirs)
            self._write(key, analyses)

    def _read(self, key: str, texts: Sequence[str]) -> list[Analysis] | None:
        path = self.directory / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rows = data["analyses"] if isinstance(data, dict) and "analyses" in data else [data]
            if len(rows) != len(texts):
                raise ValueError("stored analyses do not match the texts")
            analyses = [analysis_from_dict(row, text) for row, text in zip(rows, texts, strict=True)]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            _log.info("ignoring damaged cached analysis %s: %s", path.name, exc)
            path.unlink(missing_ok=True)
            return None
        path.touch()
        return analyses

    def _write(self, key: str, analyses: Sequence[Analysis]) -> None:
        path = self.directory / f"{key}.json"
        data = analysis_to_dict(analyses[0]) if len(analyses) == 1 else {
            "analyses": [analysis_to_dict(a) for a in analyses]}
        try:
            atomic_write_text(path, json.dumps(data, ensure_ascii=False))
            self._prune()
        except OSError as exc:
            _log.info("could not cache an analysis: %s", exc)

    def _prune(self) -> None:
        entries = sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in entries[MAX_ENTRIES:]:
            stale.unlink(missing_ok=True)


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """Everything of an analysis but its text (the cache key already stands for the text)."""
    return {
        "language": analysis.language,
        "sentences": [[s.start, s.end, s.block] for s in analysis.sentences],
        "quotes": [list(q) for q in analysis.quotes],
        "findings": [
            [f.start, f.end, f.category.value, f.rule, f.severity.value, f.voice.value,
             f.explanation.de, f.explanation.en, list(f.suggestions),
             f.action.value if f.action else None, f.sentence]
            for f in analysis.findings
        ],
    }


def analysis_from_dict(data: dict[str, Any], text: str) -> Analysis:
    """The inverse of `analysis_to_dict`; raises ValueError/KeyError/TypeError on damaged data."""
    findings = []
    for row in data["findings"]:
        start, end, category, rule, severity, voice, de, en, suggestions, action, sentence = row
        if not 0 <= start <= end <= len(text):
            raise ValueError("finding outside the text")
        findings.append(Finding(
            start, end, text[start:end], Category(category), str(rule), Severity(severity), Voice(voice),
            Explanation(str(de), str(en)), tuple(str(s) for s in suggestions),
            Action(action) if action else None, int(sentence)))
    return Analysis(
        text=text,
        language=str(data["language"]),
        findings=tuple(findings),
        sentences=tuple(Sentence(int(a), int(b), int(c)) for a, b, c in data["sentences"]),
        quotes=tuple((int(a), int(b)) for a, b in data["quotes"]),
    )
