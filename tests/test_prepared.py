"""Prepared data: the rule-word forms a first start would work out, installed with the program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from framing_desk.core.prepared import prepare

PROBE = """
import json, sys
from pathlib import Path
from framing_desk.core.nlp import pipeline
prepared = Path(sys.argv[1])
pipeline.prepared_file = lambda name: prepared / name
from framing_desk.core.engine import Engine
from framing_desk.core.nlp.lemmas import shared_lemmatizer
Engine("en")
lemmatizer = shared_lemmatizer("en")
print(json.dumps({"computed": lemmatizer._forms_added or any(Path(sys.argv[2]).glob("forms-*")),
                  "forms": sorted(lemmatizer.forms("remarkable"))}))
"""


def probe(prepared: Path, cache: Path) -> dict[str, object]:
    """Build the English pipeline in a fresh process on an empty cache folder."""
    env = dict(os.environ, FRAMING_DESK_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", PROBE, str(prepared), str(cache)], env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_first_start_takes_the_prepared_forms(tmp_path: Path) -> None:
    prepared = tmp_path / "prepared"
    written = prepare(prepared, ["en"])
    assert [p.name for p in written] == [p.name for p in prepared.glob("forms-en-*.marshal")]
    with_prepared = probe(prepared, tmp_path / "cache-a")
    without = probe(tmp_path / "nothing", tmp_path / "cache-b")
    assert with_prepared["computed"] is False, "nothing left to work out"
    assert without["computed"] is True
    assert with_prepared["forms"] == without["forms"] and "remarkable" in str(with_prepared["forms"])
    assert list((tmp_path / "cache-b").glob("forms-en-*.marshal")), "worked out once, then kept"


def test_preparing_again_writes_the_same_whole_files(tmp_path: Path) -> None:
    """Also when the pipeline already found prepared forms and so worked out nothing new."""
    (tmp_path / "forms-en-0000000000000000.marshal").write_bytes(b"old")
    written = prepare(tmp_path, ["en"])
    assert sorted(tmp_path.iterdir()) == written, "stale files go"
    first = {path: path.read_bytes() for path in written}
    assert all(len(data) > 10_000 for data in first.values())
    again = prepare(tmp_path, ["en"])
    assert {path: path.read_bytes() for path in again} == first
    assert all(path.stat().st_mode & 0o444 == 0o444 for path in again)
