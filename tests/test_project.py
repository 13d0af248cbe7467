"""Review projects: the JSON form, safe saving with a backup, clear errors, and crash recovery."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing_desk.core import Engine
from framing_desk.core import project as project_module
from framing_desk.core.model import Analysis, Category, Explanation, Finding, Severity, Voice
from framing_desk.core.project import (
    Project,
    ProjectError,
    SavedDecision,
    backup_path,
    decisions_for,
    discard_recovery,
    end_session,
    load_project,
    load_recovery,
    new_session_id,
    pending_recoveries,
    project_from_review,
    recovery_dir,
    save_project,
    write_recovery,
)
from framing_desk.core.review import Decision, DecisionKind, Review, key_of

TEXT = "Ein historischer Durchbruch. Das Wetter war kühl. Zweifellos ein Erfolg."


def _finding(text: str, rule: str, word: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return Finding(start, start + len(word), word, Category.EVALUATIVE, rule, Severity.WARNING,
                   Voice.AUTHOR, Explanation("d", "e"), suggestions=("a", "b"))


def _analysis(text: str) -> Analysis:
    words = [("de.historic", "historischer", 0), ("de.certainty", "Zweifellos", 0)]
    return Analysis(text, "de", tuple(_finding(text, *w) for w in words if w[1] in text))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(folder))
    return folder


def _project(**changes: Any) -> Project:
    review = Review(_analysis(TEXT))
    first, last = review.findings
    review.decide(first, Decision(DecisionKind.ACCEPTED, alternative=1))
    review.decide(last, Decision(DecisionKind.CUSTOM, text="ein Ergebnis"))
    project = project_from_review(
        review, title="Meldung", source_path=Path("/texte/meldung.docx"),
        translations={"deepl": ["A historic breakthrough.", None, "Undoubtedly a success."]},
        human_translations={1: "The weather was cool."},
        providers={"deepl": {"api_key": "SECRET-1", "url": "https://api.deepl.com"},
                   "microsoft": {"region": "westeurope", "Subscription-Key": "SECRET-2"}})
    return replace(project, **changes)


# --- The JSON form and reviews -------------------------------------------------------------------

def test_project_from_review_keeps_taken_decisions_only() -> None:
    review = Review(_analysis(TEXT))
    review.decide(review.findings[0], Decision(DecisionKind.KEPT))
    project = project_from_review(review, title="t")
    assert project.decisions == (SavedDecision("de.historic", "historischer", 4,
                                               Decision(DecisionKind.KEPT)),)
    assert (project.text, project.language) == (TEXT, "de")


def test_decisions_come_back_on_the_same_and_on_edited_text(tmp_path: Path) -> None:
    project = _project()
    path = tmp_path / "a.framingdesk"
    save_project(project, path)
    loaded = load_project(path)
    same = _analysis(TEXT)
    decisions = decisions_for(loaded, same)
    assert decisions == {key_of(same.findings[0]): Decision(DecisionKind.ACCEPTED, 1),
                         key_of(same.findings[1]): Decision(DecisionKind.CUSTOM, text="ein Ergebnis")}
    edited = _analysis("Neu: " + TEXT.replace("kühl", "sehr kalt"))
    moved = decisions_for(loaded, edited)
    assert moved[key_of(edited.findings[1])] == Decision(DecisionKind.CUSTOM, text="ein Ergebnis")
    gone = _analysis("Ein Durchbruch. Zweifellos ein Erfolg.")
    assert list(decisions_for(loaded, gone)) == [key_of(gone.findings[0])]


def test_decisions_with_a_real_analysis(de_engine: Engine) -> None:
    review = Review(de_engine.analyze(TEXT))
    review.decide(review.findings[-1], Decision(DecisionKind.KEPT))
    project = project_from_review(review, title="t")
    again = Review(de_engine.analyze(project.text), decisions_for(project, de_engine.analyze(project.text)))
    assert [again.decision(f) for f in again.findings] == [review.decision(f) for f in review.findings]


def test_keys_are_never_written(tmp_path: Path) -> None:
    project = _project(providers={
        "libretranslate": {"url": "https://user:pw@lt.example/translate?api_key=SECRET-3&x=1",
                           "token": "SECRET-4", "password": "SECRET-5", "region": "eu"}})
    path = tmp_path / "k.framingdesk"
    save_project(project, path)
    written = path.read_text(encoding="utf-8")
    assert "SECRET" not in written and "pw@" not in written
    assert load_project(path).providers == {
        "libretranslate": {"url": "https://lt.example/translate?x=1", "region": "eu"}}
    assert _project().providers == {"deepl": {"url": "https://api.deepl.com"},
                                    "microsoft": {"region": "westeurope"}}


def test_file_format_is_stable_json(tmp_path: Path) -> None:
    path = tmp_path / "a.framingdesk"
    save_project(_project(), path)
    data = json.loads(path.read_bytes())
    assert (data["format"], data["version"]) == ("framing-desk-project", 1)
    assert data["decisions"][0] == {"rule": "de.historic", "text": "historischer", "start": 4,
                                    "kind": "accepted", "alternative": 1}
    assert data["human_translations"] == {"1": "The weather was cool."}


_texts = st.text(max_size=200)
_decisions = st.builds(
    SavedDecision, rule=st.text(min_size=1, max_size=20), text=_texts,
    start=st.integers(min_value=0, max_value=10**6),
    decision=st.builds(Decision, st.sampled_from(DecisionKind), st.integers(0, 20), _texts))


@settings(max_examples=60, deadline=None)
@given(text=st.text(), title=_texts, decisions=st.lists(_decisions, max_size=5).map(tuple),
       translations=st.dictionaries(st.text(min_size=1, max_size=10),
                                    st.lists(st.none() | _texts, max_size=5).map(tuple), max_size=3),
       human=st.dictionaries(st.integers(0, 1000), _texts, max_size=5),
       providers=st.dictionaries(st.sampled_from(["deepl", "libre"]),
                                 st.dictionaries(st.sampled_from(["url", "region", "email"]), _texts),
                                 max_size=2))
def test_round_trip(tmp_path_factory: pytest.TempPathFactory, text: str, title: str,
                    decisions: tuple[SavedDecision, ...],
                    translations: dict[str, tuple[str | None, ...]], human: dict[int, str],
                    providers: dict[str, dict[str, str]]) -> None:
    project = Project(text, title, decisions=decisions, translations=translations,
                      human_translations=human, providers=providers, source_path=Path("x/y.txt"))
    path = tmp_path_factory.mktemp("rt") / "p.framingdesk"
    saved = save_project(project, path)
    assert load_project(path) == saved
    assert saved.text == text and saved.decisions == decisions


def test_lone_surrogates_survive(tmp_path: Path) -> None:
    path = tmp_path / "s.framingdesk"
    saved = save_project(Project("kaputt \ud800 Zeichen"), path)
    assert load_project(path) == saved


# --- Saving and loading --------------------------------------------------------------------------

def test_save_keeps_the_previous_good_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.framingdesk"
    save_project(_project(title="eins"), path)
    assert not backup_path(path).exists()
    save_project(_project(title="zwei"), path)
    assert load_project(path).title == "zwei"
    assert load_project(path, use_backup=True).title == "eins"
    path.write_text("{kaputt", encoding="utf-8")
    save_project(_project(title="drei"), path)  # a damaged file does not replace a good backup
    assert load_project(path, use_backup=True).title == "eins"


def test_failed_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.framingdesk"
    save_project(_project(title="alt"), path)
    before = path.read_bytes()

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ProjectError, match="cannot be saved: No space left on device"):
        save_project(_project(title="neu"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.framingdesk"]


@pytest.mark.parametrize(("content", "message"), [
    (b"\x00\x01 not json", "damaged or not a Framing Desk project"),
    (b'{"format": "something-else", "version": 1}', "is not a Framing Desk project"),
    (b'{"format": "framing-desk-project", "version": 1, "language": "de"}', "lacks its text"),
    (b'{"format": "framing-desk-project", "version": "1"}', "no valid format version"),
    (b'{"format": "framing-desk-project", "version": 1, "text": "", "language": "de", '
     b'"decisions": [{"rule": "r", "text": "t", "start": -1, "kind": "kept"}]}', "damaged decision"),
    (b'{"format": "framing-desk-project", "version": 1, "text": "", "language": "de", '
     b'"translations": {"deepl": [1, 2]}}', "damaged translations"),
    (b'{"format": "framing-desk-project", "version": 1, "text": "", "language": "de", '
     b'"created": "gestern"}', "damaged “created” date"),
])
def test_damaged_files_give_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "a.framingdesk"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as caught:
        load_project(path)
    assert "“a.framingdesk”" in str(caught.value) and caught.value.backup is None


def test_damaged_file_offers_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.framingdesk"
    save_project(_project(title="eins"), path)
    save_project(_project(title="zwei"), path)
    path.write_bytes(path.read_bytes()[:100])  # truncated
    with pytest.raises(ProjectError, match="backup copy") as caught:
        load_project(path)
    assert caught.value.backup == backup_path(path)
    assert load_project(path, use_backup=True).title == "eins"


def test_newer_version_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.framingdesk"
    data = _project().to_dict() | {"version": 2, "new_field": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match="made by a newer Framing Desk"):
        load_project(path)


def test_missing_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"“weg\.framingdesk” was not found"):
        load_project(tmp_path / "weg.framingdesk")


# --- Autosave and crash recovery -----------------------------------------------------------------

def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)
    return int(process.stdout)


def test_recovery_lifecycle(tmp_path: Path, data_dir: Path) -> None:
    session = new_session_id()
    path = write_recovery(_project(title="Entwurf"), session, project_path=tmp_path / "a.framingdesk")
    assert path.parent == recovery_dir() == data_dir / "recovery"
    assert pending_recoveries() == []  # this session is running: its own file is not offered
    (data_dir / "recovery" / f"{session}.lock").write_text(f"{_dead_pid()}\n", encoding="utf-8")
    [recovery] = pending_recoveries()  # the process is gone: a crash
    assert (recovery.title, recovery.project_path, recovery.problem) == (
        "Entwurf", tmp_path / "a.framingdesk", None)
    assert load_recovery(recovery).decisions == _project().decisions
    discard_recovery(recovery)
    assert pending_recoveries() == [] and list(recovery_dir().iterdir()) == []


def test_clean_exit_clears_the_session() -> None:
    session = new_session_id()
    write_recovery(_project(), session)
    write_recovery(_project(title="später"), session)
    end_session(session)
    assert list(recovery_dir().iterdir()) == []
    end_session(session)  # twice is harmless


def test_missing_or_garbage_lock_means_stale() -> None:
    first, second = new_session_id(), new_session_id()
    write_recovery(_project(title="ohne Sperre"), first)
    write_recovery(_project(title="kaputte Sperre"), second)
    (recovery_dir() / f"{first}.lock").unlink()
    (recovery_dir() / f"{second}.lock").write_text("keine Zahl", encoding="utf-8")
    assert {r.title for r in pending_recoveries()} == {"ohne Sperre", "kaputte Sperre"}


def test_damaged_recovery_files_are_reported_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    recovery_dir().mkdir(parents=True)
    (recovery_dir() / "abc.framingdesk").write_bytes(b"{nicht json")
    (recovery_dir() / "def.framingdesk").write_text('{"format": "other"}', encoding="utf-8")
    write_recovery(_project(title="gut"), "ghi")
    (recovery_dir() / "ghi.lock").unlink()
    found = pending_recoveries()
    assert sorted((r.path.name, r.problem is None) for r in found) == [
        ("abc.framingdesk", False), ("def.framingdesk", False), ("ghi.framingdesk", True)]
    assert "damaged autosave" in caplog.text
    damaged = next(r for r in found if r.problem)
    with pytest.raises(ProjectError, match="damaged"):
        load_recovery(damaged)
    discard_recovery(damaged)
    assert len(pending_recoveries()) == 2


def test_stale_orphan_locks_are_removed() -> None:
    recovery_dir().mkdir(parents=True)
    (recovery_dir() / "old.lock").write_text(f"{_dead_pid()}\n", encoding="utf-8")
    (recovery_dir() / "mine.lock").write_text(f"{os.getpid()}\n", encoding="utf-8")
    assert pending_recoveries() == []
    assert [p.name for p in recovery_dir().iterdir()] == ["mine.lock"]


def test_session_ids_cannot_leave_the_folder() -> None:
    with pytest.raises(ValueError, match="not a session id"):
        write_recovery(_project(), "../../etc/passwd")


def test_data_dir_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRAMING_DESK_DATA_DIR")
    assert project_module.recovery_dir().name == "recovery"
    assert "framing-desk" in str(project_module.recovery_dir())
