"""Review projects (`.framingdesk` files): the text, the decisions on its findings, translations.

A project is JSON with "format": "framing-desk-project" and a "version". It
never holds API keys: provider settings keep only fields whose names do not
look like secrets, and addresses lose credentials in them. Saving is atomic and
keeps the previous good file as `<name>.framingdesk.bak`. While a document is
open the GUI autosaves it into the recovery folder; `pending_recoveries` offers
what sessions that ended without closing cleanly left there.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from framing_desk import __version__
from framing_desk.core.messages import QT_TRANSLATE_NOOP, MarkedError
from framing_desk.core.model import Analysis, Category, Explanation, Finding, Severity, Voice
from framing_desk.core.review import Decision, DecisionKind, FindingKey, Review, ReviewState, carry_over
from framing_desk.core.storage import atomic_write_bytes, atomic_write_text, data_dir

FORMAT = "framing-desk-project"
RECOVERY_FORMAT = "framing-desk-recovery"
VERSION = 1
SUFFIX = ".framingdesk"
BACKUP_SUFFIX = ".bak"

_log = logging.getLogger(__name__)
_SECRET_NAME = re.compile(r"key|secret|token|pass|auth|credential|bearer|signature|cookie", re.IGNORECASE)
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


_BACKUP_NOTE = QT_TRANSLATE_NOOP("Projects", " A backup copy of the previous version exists.")


class ProjectError(MarkedError, ValueError):
    """A project file that cannot be read or written; `backup` names a backup copy to offer instead.

    `text` names the file as `{file}`; a text ending in `{backup}` says there that a backup exists.
    """

    context = "Projects"

    def __init__(self, path: Path, text: str, backup: Path | None = None, **values: str) -> None:
        super().__init__(text, file=path.name, backup=_BACKUP_NOTE if backup else "", **values)
        self.path = path
        self.backup = backup


@dataclass(frozen=True, slots=True)
class SavedDecision:
    """A decision on a finding, identified by its rule, its words and where they stood."""

    rule: str
    text: str
    start: int
    decision: Decision

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Project:
    """A review as saved: the edited original, decisions, translations and non-secret settings.

    `translations` maps a provider name to one translation per sentence (None
    where it has none); `human_translations` maps a sentence index to the
    editor's own translation; `providers` maps a provider name to settings such
    as "url" or "region", never keys (they are dropped on construction).
    """

    text: str
    title: str = ""
    language: str = "de"
    target_language: str = "en"
    source_path: Path | None = None
    decisions: tuple[SavedDecision, ...] = ()
    translations: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)
    human_translations: Mapping[int, str] = field(default_factory=dict)
    providers: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    created: datetime = field(default_factory=_now)
    modified: datetime = field(default_factory=_now)
    app_version: str = __version__

    def __post_init__(self) -> None:
        object.__setattr__(self, "providers", {
            name: _non_secret(settings) for name, settings in self.providers.items()})

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "app_version": self.app_version,
            "created": self.created.isoformat(),
            "modified": self.modified.isoformat(),
            "title": self.title,
            "source_path": str(self.source_path) if self.source_path else None,
            "language": self.language,
            "target_language": self.target_language,
            "text": self.text,
            "decisions": [_decision_dict(saved) for saved in self.decisions],
            "translations": {name: list(items) for name, items in self.translations.items()},
            "human_translations": {str(index): text
                                   for index, text in sorted(self.human_translations.items())},
            "providers": {name: dict(settings) for name, settings in self.providers.items()},
        }

    @classmethod
    def from_dict(cls, data: object) -> Project:
        """Read the JSON form; ValueError saying what is wrong (`_NewerVersionError` for a newer file)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("is not a Framing Desk project")
        version = data.get("version")
        if type(version) is not int or version < 1:
            raise ValueError("has no valid format version")
        if version > VERSION:
            raise _NewerVersionError
        text, language = data.get("text"), data.get("language")
        if not isinstance(text, str) or not isinstance(language, str):
            raise ValueError("lacks its text or language")
        source = _optional_str(data, "source_path")
        return cls(
            text=text,
            title=_optional_str(data, "title") or "",
            language=language,
            target_language=_optional_str(data, "target_language") or "en",
            source_path=Path(source) if source else None,
            decisions=tuple(_saved_decision(item) for item in _typed(data, "decisions", list)),
            translations={name: _translation_list(name, items)
                          for name, items in _typed(data, "translations", dict).items()},
            human_translations=_human(_typed(data, "human_translations", dict)),
            providers={str(name): _settings(settings)
                       for name, settings in _typed(data, "providers", dict).items()},
            created=_stamp(data, "created"),
            modified=_stamp(data, "modified"),
            app_version=_optional_str(data, "app_version") or "unknown",
        )


class _NewerVersionError(ValueError):
    """The file's format version is newer than this program reads."""


def _non_secret(settings: Mapping[str, str]) -> dict[str, str]:
    """Settings without fields whose names look like secrets, addresses without credentials."""
    return {name: _safe_url(value) if "://" in value else value
            for name, value in settings.items() if not _SECRET_NAME.search(name)}


def _safe_url(url: str) -> str:
    """`url` without a user name or password and without query parameters that look like keys."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _SECRET_NAME.search(k)])
    return urlunsplit((parts.scheme, host, parts.path, query, parts.fragment))


def _decision_dict(saved: SavedDecision) -> dict[str, Any]:
    data: dict[str, Any] = {"rule": saved.rule, "text": saved.text, "start": saved.start,
                            "kind": saved.decision.kind.value}
    if saved.decision.alternative:
        data["alternative"] = saved.decision.alternative
    if saved.decision.text:
        data["custom_text"] = saved.decision.text
    return data


def _saved_decision(item: object) -> SavedDecision:
    if not isinstance(item, dict):
        raise ValueError("has a damaged decision")
    rule, text, start, kind = (item.get(k) for k in ("rule", "text", "start", "kind"))
    alternative, custom = item.get("alternative", 0), item.get("custom_text", "")
    if not (isinstance(rule, str) and isinstance(text, str) and type(start) is int and start >= 0
            and type(alternative) is int and alternative >= 0 and isinstance(custom, str)
            and kind in {k.value for k in DecisionKind}):
        raise ValueError("has a damaged decision")
    return SavedDecision(rule, text, start, Decision(DecisionKind(kind), alternative, custom))


def _typed(data: dict[str, Any], key: str, kind: type[Any]) -> Any:
    value = data.get(key, kind())
    if not isinstance(value, kind):
        raise ValueError(f"has a damaged “{key}” part")
    return value


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"has a damaged “{key}” field")
    return value


def _translation_list(name: object, items: object) -> tuple[str | None, ...]:
    if not isinstance(items, list) or not all(i is None or isinstance(i, str) for i in items):
        raise ValueError(f"has damaged translations from “{name}”")
    return tuple(items)


def _human(data: dict[str, Any]) -> dict[int, str]:
    try:
        result = {int(index): text for index, text in data.items()}
    except ValueError:
        raise ValueError("has damaged own translations") from None
    if not all(isinstance(text, str) and index >= 0 for index, text in result.items()):
        raise ValueError("has damaged own translations")
    return result


def _settings(data: object) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError("has damaged translation settings")
    return {str(k): v for k, v in data.items()}


def _stamp(data: dict[str, Any], key: str) -> datetime:
    value = _optional_str(data, key)
    if value is None:
        return _now()
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"has a damaged “{key}” date") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


# --- Reviews -------------------------------------------------------------------------------------

def project_from_review(review: Review, *, title: str, source_path: Path | None = None,
                        target_language: str = "en",
                        translations: Mapping[str, Sequence[str | None]] | None = None,
                        human_translations: Mapping[int, str] | None = None,
                        providers: Mapping[str, Mapping[str, str]] | None = None,
                        created: datetime | None = None) -> Project:
    """A project of the review's text and its taken (not open) decisions."""
    decisions = tuple(SavedDecision(f.rule, f.text, f.start, d) for f in review.findings
                      if not (d := review.decision(f)).is_open)
    return Project(
        text=review.text, title=title, language=review.analysis.language,
        target_language=target_language, source_path=source_path, decisions=decisions,
        translations={name: tuple(items) for name, items in (translations or {}).items()},
        human_translations=dict(human_translations or {}), providers=dict(providers or {}),
        created=created or _now(),
    )


def decisions_for(project: Project, analysis: Analysis) -> dict[FindingKey, Decision]:
    """The project's decisions on the findings of `analysis` (of the project's text, or an edit of it).

    Each moves, as in `review.carry_over`, to the finding of the same rule and
    words nearest to where it stood; one without such a finding is dropped.
    """
    stand_ins = tuple(_stand_in(saved) for saved in project.decisions)
    old = ReviewState(Analysis(project.text, project.language, stand_ins),
                      {(s.rule, s.start, s.end): s.decision for s in project.decisions})
    return carry_over(old, analysis)


def _stand_in(saved: SavedDecision) -> Finding:
    """A finding with what `carry_over` compares (rule, words, place); the rest is not saved."""
    return Finding(saved.start, saved.end, saved.text, Category.EVALUATIVE, saved.rule,
                   Severity.INFO, Voice.AUTHOR, Explanation("", ""))


# --- Files ---------------------------------------------------------------------------------------

def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def save_project(project: Project, path: Path) -> Project:
    """Write `project` atomically and return it as written (modified now, this app's version).

    A readable project already at `path` is first copied to `<name>.bak`.
    """
    saved = replace(project, modified=_now(), app_version=__version__)
    try:
        previous = path.read_bytes()
        _parse(previous)
    except (OSError, ValueError, RecursionError):
        previous = None
    try:
        if previous is not None:
            atomic_write_bytes(backup_path(path), previous)
        atomic_write_bytes(path, _encode(saved.to_dict()))
    except OSError as error:
        raise ProjectError(path, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” cannot be saved: {reason}."),
            reason=error.strerror or str(error)) from error
    return saved


def load_project(path: Path, *, use_backup: bool = False) -> Project:
    """Read the project at `path`, or with `use_backup` its backup copy; `ProjectError` if impossible."""
    source = backup_path(path) if use_backup else path
    backup = None if use_backup or not backup_path(path).is_file() else backup_path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise ProjectError(source, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” was not found.{backup}"), backup) from None
    except OSError as error:
        raise ProjectError(source, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” cannot be read: {reason}."),
            reason=error.strerror or str(error)) from None
    try:
        return _parse(data)
    except _NewerVersionError:
        raise ProjectError(source, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” was made by a newer Framing Desk. Please update Framing Desk "
                        "to open it.")) from None
    except ValueError as error:
        raise ProjectError(source, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” cannot be opened: it {reason}.{backup}"), backup,
            reason=str(error)) from None


def _parse(data: bytes) -> Project:
    try:
        return Project.from_dict(json.loads(data))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError("is damaged or not a Framing Desk project") from None


def _encode(data: dict[str, Any]) -> bytes:
    """Readable UTF-8 JSON; escaped ASCII if the text holds lone surrogates UTF-8 cannot encode."""
    try:
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, indent=1) + "\n").encode("ascii")


# --- Autosave and crash recovery -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Recovery:
    """An autosaved project of a session that did not end cleanly; `problem` is set if it is damaged."""

    path: Path
    title: str
    saved_at: datetime
    project_path: Path | None
    problem: str | None = None


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def new_session_id() -> str:
    return uuid.uuid4().hex


def write_recovery(project: Project, session_id: str, *, project_path: Path | None = None) -> Path:
    """Autosave `project` for this session (atomically), with a lock naming this process."""
    recovery, lock = _session_files(session_id)
    if _lock_pid(lock) != os.getpid():
        atomic_write_text(lock, f"{os.getpid()}\n")
    record = {"format": RECOVERY_FORMAT, "version": VERSION, "saved_at": _now().isoformat(),
              "project_path": str(project_path) if project_path else None,
              "project": project.to_dict()}
    atomic_write_bytes(recovery, _encode(record))
    return recovery


def end_session(session_id: str) -> None:
    """A clean exit (or a saved, closed document): remove the session's autosave and lock."""
    for path in _session_files(session_id):
        path.unlink(missing_ok=True)


def pending_recoveries() -> list[Recovery]:
    """Autosaves of sessions no longer running, newest first; damaged ones carry a `problem`."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for path in folder.glob(f"*{SUFFIX}"):
        if not _running(path.with_suffix(".lock")):
            found.append(_read_recovery(path))
    for lock in folder.glob("*.lock"):
        if not lock.with_suffix(SUFFIX).exists() and not _running(lock):
            lock.unlink(missing_ok=True)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def load_recovery(recovery: Recovery) -> Project:
    """The project of an autosave; `ProjectError` if it is damaged."""
    try:
        record = json.loads(recovery.path.read_bytes())
        return Project.from_dict(record["project"])
    except _NewerVersionError:
        raise ProjectError(recovery.path, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” was made by a newer Framing Desk.")) from None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise ProjectError(recovery.path, QT_TRANSLATE_NOOP(
            "Projects", "The project “{file}” is damaged and cannot be restored.")) from None


def discard_recovery(recovery: Recovery) -> None:
    """Delete an autosave the user restored or declined, with its stale lock."""
    recovery.path.unlink(missing_ok=True)
    lock = recovery.path.with_suffix(".lock")
    if not _running(lock):
        lock.unlink(missing_ok=True)


def _session_files(session_id: str) -> tuple[Path, Path]:
    if not _SESSION_ID.fullmatch(session_id):
        raise ValueError(f"not a session id: {session_id!r}")
    folder = recovery_dir()
    return folder / f"{session_id}{SUFFIX}", folder / f"{session_id}.lock"


def _read_recovery(path: Path) -> Recovery:
    try:
        record = json.loads(path.read_bytes())
        if not isinstance(record, dict) or record.get("format") != RECOVERY_FORMAT:
            raise ValueError("not an autosave")
        project = Project.from_dict(record.get("project"))
        where = _optional_str(record, "project_path")
        return Recovery(path, project.title, _stamp(record, "saved_at"),
                        Path(where) if where else None)
    except (OSError, ValueError, RecursionError) as error:
        _log.warning("skipping damaged autosave %s: %s", path, error)
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            saved = _now()
        return Recovery(path, "", saved, None, problem="The autosaved copy is damaged.")


def _lock_pid(lock: Path) -> int | None:
    try:
        return int(lock.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def _running(lock: Path) -> bool:
    """Whether the session of `lock` still runs: its process is alive (this one counts)."""
    pid = _lock_pid(lock)
    return pid is not None and _alive(pid)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True


if sys.platform == "win32":
    import ctypes

    def _alive_windows(pid: int) -> bool:
        """OpenProcess and its exit code; os.kill(pid, 0) would end the process on Windows."""
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
