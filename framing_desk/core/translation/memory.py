"""Translation memory: earlier translations per provider and language pair, kept in SQLite, with TMX 1.4."""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from defusedxml import DefusedXmlException, ElementTree

from framing_desk.core.storage import atomic_write_bytes, data_dir
from framing_desk.core.translation.references import segment_text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

HUMAN = "human"
SCHEMA_VERSION = 1

_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
_TMX_STAMP = "%Y%m%dT%H%M%SZ"
_CHUNK = 500  # stays far below SQLite's limit on query parameters
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    provider TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (provider, source_lang, target_lang, source)
);
CREATE INDEX IF NOT EXISTS entries_by_pair ON entries (source_lang, target_lang, source);
"""

_UPSERT = """
INSERT INTO entries (provider, source_lang, target_lang, source, target, created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (provider, source_lang, target_lang, source)
DO UPDATE SET target = excluded.target, updated = excluded.updated
"""


class TranslationMemoryError(Exception):
    """The memory database or a TMX file cannot be used; the message says which file and why."""


class DamagedMemoryError(TranslationMemoryError):
    """The database file is corrupt or not SQLite at all; `open_memory(..., recover=True)` helps."""


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """One stored translation; `source` is the normalised sentence."""

    provider: str
    source_lang: str
    target_lang: str
    source: str
    target: str
    created: datetime
    updated: datetime


def normalise_sentence(text: str) -> str:
    """The memory key of a sentence: Unicode NFC, whitespace runs collapsed to one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def default_memory_path() -> Path:
    return data_dir() / "memory.sqlite3"


def _language(code: str) -> str:
    return code.strip().lower()


def _now() -> str:
    return datetime.now(UTC).strftime(_STAMP)


def _parse_stamp(stamp: str) -> datetime:
    return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)


class TranslationMemory:
    """A translation memory on one SQLite connection shared by all threads behind a lock."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = connection
        self._lock = threading.Lock()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock for one transaction; SQLite failures become TranslationMemoryError."""
        with self._lock:
            if self._connection is None:
                raise TranslationMemoryError(f"Translation memory {self.path} is closed")
            try:
                with self._connection:
                    yield self._connection
            except sqlite3.Error as error:
                raise TranslationMemoryError(f"Translation memory {self.path} failed: {error}") from error

    def lookup(self, provider: str, source_lang: str, target_lang: str, sentence: str) -> str | None:
        return self.lookup_many(provider, source_lang, target_lang, [sentence])[0]

    def lookup_any(self, source_lang: str, target_lang: str, sentence: str) -> str | None:
        """The best translation from any provider: the editor's own ("human") first, then the newest."""
        return self.lookup_many(None, source_lang, target_lang, [sentence])[0]

    def lookup_many(
        self, provider: str | None, source_lang: str, target_lang: str, sentences: Sequence[str]
    ) -> list[str | None]:
        """Translations aligned with `sentences` (None where missing); provider None means `lookup_any`."""
        keys = [normalise_sentence(sentence) for sentence in sentences]
        wanted = sorted({key for key in keys if key})
        found: dict[str, str] = {}
        with self._transaction() as connection:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                query = (
                    "SELECT source, target FROM entries WHERE source_lang = ? AND target_lang = ?"
                    f" AND source IN ({', '.join('?' * len(chunk))})"
                )
                parameters: list[str] = [_language(source_lang), _language(target_lang), *chunk]
                if provider is not None:
                    query += " AND provider = ?"
                    parameters.append(provider)
                query += " ORDER BY provider = ? DESC, updated DESC, provider"
                parameters.append(HUMAN)
                for source, target in connection.execute(query, parameters):
                    found.setdefault(source, target)
        return [found.get(key) for key in keys]

    def store(
        self, provider: str, source_lang: str, target_lang: str, sentence: str, translation: str
    ) -> None:
        self.store_many(provider, source_lang, target_lang, [(sentence, translation)])

    def store_human(self, source_lang: str, target_lang: str, sentence: str, translation: str) -> None:
        """Remember a translation the editor corrected by hand; it wins over every provider."""
        self.store(HUMAN, source_lang, target_lang, sentence, translation)

    def store_many(
        self, provider: str, source_lang: str, target_lang: str, pairs: Iterable[tuple[str, str]]
    ) -> int:
        """Store (sentence, translation) pairs in one transaction; returns how many were stored."""
        if not provider.strip():
            raise ValueError("provider must not be empty")
        source_lang, target_lang = _language(source_lang), _language(target_lang)
        stamp = _now()
        rows = []
        for sentence, translation in pairs:
            key = normalise_sentence(sentence)
            if not key:
                raise ValueError("cannot store an empty sentence")
            target = unicodedata.normalize("NFC", translation).strip()
            rows.append((provider, source_lang, target_lang, key, target, stamp, stamp))
        with self._transaction() as connection:
            connection.executemany(_UPSERT, rows)
        return len(rows)

    def count(self, provider: str | None = None) -> int:
        with self._transaction() as connection:
            if provider is None:
                row = connection.execute("SELECT COUNT(*) FROM entries").fetchone()
            else:
                query = "SELECT COUNT(*) FROM entries WHERE provider = ?"
                row = connection.execute(query, (provider,)).fetchone()
        return int(row[0])

    def entries(self, provider: str | None = None) -> list[MemoryEntry]:
        """All entries (of one provider, if given) in a stable order."""
        query = "SELECT provider, source_lang, target_lang, source, target, created, updated FROM entries"
        parameters: tuple[str, ...] = ()
        if provider is not None:
            query += " WHERE provider = ?"
            parameters = (provider,)
        query += " ORDER BY source_lang, target_lang, source, provider"
        with self._transaction() as connection:
            rows = connection.execute(query, parameters).fetchall()
        return [
            MemoryEntry(row[0], row[1], row[2], row[3], row[4], _parse_stamp(row[5]), _parse_stamp(row[6]))
            for row in rows
        ]


def open_memory(path: Path | None = None, *, recover: bool = False) -> TranslationMemory:
    """Open (or create) the memory at `path`, by default in the user data folder.

    A damaged file raises DamagedMemoryError; with `recover=True` it is moved aside as
    `<name>.bad-<timestamp>` and an empty memory starts in its place. Other failures (locked,
    unreadable, written by a newer version) raise TranslationMemoryError and are never moved.
    """
    path = default_memory_path() if path is None else path
    try:
        return TranslationMemory(_connect(path), path)
    except DamagedMemoryError:
        if not recover:
            raise
    _move_aside(path)
    return TranslationMemory(_connect(path), path)


def _connect(path: Path) -> sqlite3.Connection:
    """Connect, switch to WAL and create or check the schema."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=10, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        raise TranslationMemoryError(f"Cannot open translation memory {path}: {error}") from error
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        with connection:
            connection.executescript(_SCHEMA)
            row = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
            if row[0] is None:
                connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            elif row[0] > SCHEMA_VERSION:
                raise TranslationMemoryError(
                    f"Translation memory {path} was written by a newer Framing Desk (schema {row[0]})"
                )
    except sqlite3.Error as error:
        connection.close()
        # OperationalError is "locked", "disk I/O error" and the like: the file itself may be fine.
        if isinstance(error, sqlite3.OperationalError):
            raise TranslationMemoryError(f"Cannot use translation memory {path}: {error}") from error
        message = f"Translation memory {path} is damaged or not a database: {error}"
        raise DamagedMemoryError(message) from error
    except TranslationMemoryError:
        connection.close()
        raise
    return connection


def _move_aside(path: Path) -> None:
    """Rename a damaged database (and its WAL side files) to `<name>.bad-<timestamp>`."""
    suffix = f".bad-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
    for side in ("", "-wal", "-shm"):
        damaged = path.with_name(path.name + side)
        if damaged.exists():
            try:
                damaged.replace(damaged.with_name(damaged.name + suffix))
            except OSError as error:
                message = f"Cannot move damaged memory {damaged} aside: {error}"
                raise TranslationMemoryError(message) from error


def export_tmx(memory: TranslationMemory, path: Path, *, provider: str | None = None) -> int:
    """Write the memory (or one provider's part) as TMX 1.4; returns the number of translation units."""
    entries = memory.entries(provider)
    sources = {entry.source_lang for entry in entries}
    srclang = sources.pop() if len(sources) == 1 else "*all*"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="Framing Desk" creationtoolversion="0.1.0" segtype="sentence"'
        f' o-tmf="sqlite" adminlang="en" srclang={_attribute(srclang)} datatype="plaintext"'
        f' creationdate="{datetime.now(UTC).strftime(_TMX_STAMP)}"/>',
        "  <body>",
    ]
    for entry in entries:
        lines += [
            f"    <tu srclang={_attribute(entry.source_lang)}"
            f' creationdate="{entry.created.strftime(_TMX_STAMP)}"'
            f' changedate="{entry.updated.strftime(_TMX_STAMP)}">',
            f'      <prop type="x-provider">{_text(entry.provider)}</prop>',
            f"      <tuv xml:lang={_attribute(entry.source_lang)}><seg>{_text(entry.source)}</seg></tuv>",
            f"      <tuv xml:lang={_attribute(entry.target_lang)}><seg>{_text(entry.target)}</seg></tuv>",
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>", ""]
    atomic_write_bytes(path, "\n".join(lines).encode("utf-8"))
    return len(entries)


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attribute(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def import_tmx(memory: TranslationMemory, path: Path, provider: str = HUMAN) -> int:
    """Store every translation unit of a TMX file under `provider`; returns the number of pairs stored.

    Units with more than two languages give one pair per target language; with srclang "*all*"
    every language is paired with every other.
    """
    default_source, body = _parse_tmx(path)
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for unit in body.iter("tu"):
        segments = _segments(unit)
        source_lang = _language(unit.get("srclang", default_source))
        for first, source in segments.items():
            if source_lang not in ("*all*", "", first):
                continue
            for second, target in segments.items():
                if second != first and source and target:
                    pairs.setdefault((first, second), []).append((source, target))
    return sum(memory.store_many(provider, src, tgt, items) for (src, tgt), items in pairs.items())


def _parse_tmx(path: Path) -> tuple[str, Element]:
    """The header's srclang and the <body>, parsed with defusedxml (no entities, no external references)."""
    try:
        root = ElementTree.parse(path).getroot()
    except OSError as error:
        raise TranslationMemoryError(f"Cannot read TMX file {path}: {error}") from error
    except DefusedXmlException as error:
        raise TranslationMemoryError(f"Refusing unsafe XML in {path}: {error!r}") from error
    except ElementTree.ParseError as error:
        raise TranslationMemoryError(f"{path} is not well-formed XML: {error}") from error
    body = None if root is None else root.find("body")
    if root is None or root.tag != "tmx" or body is None:
        raise TranslationMemoryError(f"{path} is not a TMX file (no <tmx> root with a <body>)")
    header = root.find("header")
    return ("" if header is None else header.get("srclang", "")), body


def _segments(unit: Element) -> dict[str, str]:
    """Language → normalised segment text of one <tu>; the first <tuv> of a language wins."""
    segments: dict[str, str] = {}
    for variant in unit.iter("tuv"):
        language = _language(variant.get(_XML_LANG) or variant.get("lang") or "")
        segment = variant.find("seg")
        if language and segment is not None:
            segments.setdefault(language, normalise_sentence(segment_text(segment)))
    return segments
