"""The command-line contract other tools rely on (run as a real subprocess where it matters)."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from framing_desk.cli import main

TEXT = "Ein historischer Durchbruch. Experten gehen davon aus, dass es klappt.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "framing_desk", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def test_json_document_from_stdin() -> None:
    result = run("analyze", "-", "--format", "json", stdin=TEXT.encode())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "de"
    assert data["findings"], "the sample sentence has framing"
    for finding in data["findings"]:
        assert TEXT[finding["start"]:finding["end"]] == finding["text"]
        assert finding["voice"] in ("author", "quote")
        assert finding["severity"] in ("info", "warning", "error")
        assert isinstance(finding["suggestions"], list)
        assert set(finding) >= {"start", "end", "text", "category", "rule", "severity", "voice",
                                "explanation", "suggestions"}


def test_jsonl_lines_keep_order_and_empty_lines(tmp_path: Path) -> None:
    source = tmp_path / "lines.txt"
    lines = ["Ein historischer Durchbruch.", "", "Das Wetter war kühl.", "Zweifellos ein Erfolg."]
    source.write_bytes("\r\n".join(lines).encode("cp1252"))
    result = run("analyze", "--lines", str(source), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert records[1]["findings"] == []
    for record, line in zip(records, lines, strict=True):
        for finding in record["findings"]:
            assert line[finding["start"]:finding["end"]] == finding["text"]
    assert records[0]["findings"] and records[3]["findings"]


def test_binary_input_exits_2_with_one_line(tmp_path: Path) -> None:
    source = tmp_path / "image.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    result = run("analyze", str(source))
    assert result.returncode == 2
    message = result.stderr.decode().strip()
    assert "binary" in message and len(message.splitlines()) == 1
    assert result.stdout == b""


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_fail_on(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(source), "--fail-on", "info", "--format", "json"]) == 1
    neutral = tmp_path / "b.txt"
    neutral.write_text("Der Bus fährt um acht Uhr ab.\n", encoding="utf-8")
    assert main(["analyze", str(neutral), "--fail-on", "info"]) == 0


def test_text_format_shows_position_and_advice(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Titel\n" + TEXT, encoding="utf-8")
    assert main(["analyze", str(source)]) == 0
    out = capsys.readouterr().out
    assert "2:5" in out and "historischer Durchbruch" in out


def test_rules_check_reports_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "de"
    folder.mkdir()
    (folder / "x.yaml").write_text("concept: x\ncategory: evaluative\nseverity: info\n"
                                   "explanation: {de: a, en: b}\nrules:\n"
                                   "  - id: de.x.gut\n    pattern: gut\n    action: delete\n"
                                   "    examples: [Das ist schlecht.]\n"
                                   "    counterexamples: [Das ist gut.]\n", encoding="utf-8")
    assert main(["rules", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "example not flagged: 'Das ist schlecht.'" in out
    assert "counterexample flagged ('gut'): 'Das ist gut.'" in out


def test_rules_check_sees_a_rule_hidden_by_a_longer_one(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "de"
    folder.mkdir()
    (folder / "x.yaml").write_text("concept: x\ncategory: evaluative\nseverity: info\n"
                                   "explanation: {de: a, en: b}\nrules:\n"
                                   "  - id: de.x.lang\n    pattern: sehr gut\n    action: delete\n"
                                   "  - id: de.x.kurz\n    pattern: gut\n    action: delete\n"
                                   "    examples: [Das ist sehr gut.]\n"
                                   "  - id: de.x.kaputt\n    pattern: schlecht\n    action: delete\n"
                                   "    examples: [Das ist sehr gut.]\n", encoding="utf-8")
    assert main(["rules", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "de.x.kaputt: example not flagged" in out
    assert "de.x.kurz" not in out


def test_shipped_rules_pass_their_own_check(capsys: pytest.CaptureFixture[str]) -> None:
    from framing_desk.core.resources import resource_path

    for language in ("de", "en"):
        folder = resource_path("rules", language)
        if any(folder.glob("*.yaml")):
            assert main(["rules", "check", str(folder)]) == 0, capsys.readouterr().out


def test_rewrite_and_diff_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Sie erzielten einen historischen Durchbruch.\n", encoding="utf-8")
    assert main(["rewrite", str(source)]) == 0
    draft = capsys.readouterr().out
    assert "Durchbruch" not in draft and draft.endswith("\n")
    target = tmp_path / "b.txt"
    target.write_text(draft, encoding="utf-8")
    assert main(["rewrite", str(source), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rewrite"] == draft and data["applied"]
    assert main(["diff", str(source), str(target), "--format", "json"]) == 0
    ops = json.loads(capsys.readouterr().out)["ops"]
    assert {op["op"] for op in ops} >= {"equal", "delete", "insert"}
    assert main(["diff", str(source), str(target), "--format", "html"]) == 0
    assert "<del>" in capsys.readouterr().out
    assert main(["diff", str(source), str(target)]) == 0
    assert "post-editing distance" in capsys.readouterr().out


def test_rewrite_lines(tmp_path: Path) -> None:
    source = tmp_path / "lines.txt"
    source.write_text("Zweifellos hat die Reform ihr Ziel erreicht.\n\nDer Bus kam.\n", encoding="utf-8")
    result = run("rewrite", str(source), "--lines")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        "Die Reform hat ihr Ziel erreicht.", "", "Der Bus kam."]
    result = run("rewrite", str(source), "--lines", "--format", "jsonl")
    records = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3]
    assert records[0]["applied"] and records[2]["applied"] == []


def test_compare_sample_with_its_reference_and_an_edited_copy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing_desk.core.resources import resource_path

    source = resource_path("samples", "raketenstopp.de.txt")
    reference = resource_path("samples", "raketenstopp.en.txt")
    edited = tmp_path / "edited.en.txt"
    edited.write_text(reference.read_text(encoding="utf-8").replace(
        "a remarkable success", "a success"), encoding="utf-8")
    assert main(["compare", str(source), str(reference), str(edited), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    line3 = next(row for row in data["lines"] if row["line"] == 3)
    assert line3["translations"]["raketenstopp.en.txt"]["verdict"] == "preserved"
    assert line3["translations"]["edited.en.txt"]["verdict"] == "softened"
    assert line3["distances"]["raketenstopp.en.txt ↔ edited.en.txt"] > 0
    assert main(["compare", str(source), str(reference), str(edited), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert "<del>remarkable </del>" in html and "<script" not in html


def test_compare_refuses_a_broken_translation_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "de.txt"
    source.write_text("Ein Satz.\n", encoding="utf-8")
    broken = tmp_path / "x.xlf"
    broken.write_text("<xliff version='1.2'><file", encoding="utf-8")
    assert main(["compare", str(source), str(broken)]) == 2
    assert "x.xlf" in capsys.readouterr().err


class _Libre(BaseHTTPRequestHandler):
    """A LibreTranslate-compatible server that "translates" by upper-casing."""

    requests: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        answer = json.dumps({"translatedText": [t.upper() for t in texts]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


def test_translate_against_a_local_libretranslate(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Libre)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        source = tmp_path / "a.txt"
        source.write_text("Titel\n\nEin Satz. Noch ein Satz.\n", encoding="utf-8")
        url = f"http://127.0.0.1:{server.server_address[1]}"
        memory = tmp_path / "tm.sqlite3"
        common = ["translate", str(source), "--provider", "libretranslate", "--url", url,
                  "--memory", str(memory)]
        result = run(*common)
        assert result.returncode == 0, result.stderr
        assert result.stdout.decode() == "TITEL\n\nEIN SATZ. NOCH EIN SATZ.\n"
        sent = len(_Libre.requests)
        assert sent >= 1
        result = run(*common, "--format", "json")
        data = json.loads(result.stdout)
        assert all(s["from_memory"] for s in data["sentences"])
        assert len(_Libre.requests) == sent, "the second run is served from the memory"
    finally:
        server.shutdown()


def test_translate_reports_an_unreachable_server(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Ein Satz.\n", encoding="utf-8")
    result = run("translate", str(source), "--provider", "libretranslate", "--url",
                 "http://127.0.0.1:9", "--no-memory", "--timeout", "5")
    assert result.returncode == 2
    assert "could not be reached" in result.stderr.decode()
    assert result.stdout.decode() == "Ein Satz.\n", "untranslated text is kept, nothing lost"
