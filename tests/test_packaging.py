"""Packaging: the launcher's routes, the self-test, the icons and the Linux desktop entry.

The frozen build itself is tested by `make dist-test` (scripts/dist-test.sh), which runs
the same self-test inside dist/FramingDesk.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from framing_desk import launcher, selftest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
STEPS = ("rules", "analyse", "rewrite", "compare", "offline", "translations", "locale", "window")


def _recorder(seen: list[Sequence[str]]) -> Callable[[Sequence[str]], int]:
    """A stand-in `main` that records its arguments."""
    def record(arguments: Sequence[str]) -> int:
        seen.append(arguments)
        return 0
    return record


@pytest.mark.parametrize(("argv", "expected"), [
    (["cli", "analyze", "a.txt"], ["analyze", "a.txt"]),
    (["analyze", "a.txt"], ["analyze", "a.txt"]),
    (["cli", "rules", "check", "x"], ["rules", "check", "x"]),
    (["cli"], []),
    (["--version"], ["--version"]),
])
def test_launcher_routes_the_command_line(monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                          expected: list[str]) -> None:
    seen: list[Sequence[str]] = []
    monkeypatch.setattr("framing_desk.cli.main", _recorder(seen))
    assert launcher.main(argv) == 0
    assert seen == [expected]


@pytest.mark.parametrize("flag", ["--self-test", "selftest"])
def test_launcher_routes_the_self_test(monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    seen: list[Sequence[str]] = []
    monkeypatch.setattr("framing_desk.selftest.main", _recorder(seen))
    assert launcher.main([flag, "--out", "x"]) == 0
    assert seen == [["--out", "x"]]


def test_self_test_names_the_failed_step_and_restores_the_environment(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "MIN_RULES", {"de": 10**6})
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", "/somewhere/else")
    monkeypatch.delenv("FRAMING_DESK_CONFIG_DIR", raising=False)
    assert selftest.main([]) == 1
    out = capsys.readouterr().out
    assert "FAIL  rules" in out and "expected at least 1000000" in out
    assert out.rstrip().endswith("self-test FAILED at step 'rules'")
    assert os.environ["FRAMING_DESK_DATA_DIR"] == "/somewhere/else"
    assert "FRAMING_DESK_CONFIG_DIR" not in os.environ


@pytest.mark.slow
def test_self_test_passes_from_source(tmp_path: Path) -> None:
    """`framing-desk --self-test` in the virtual environment (the frozen app runs the same)."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("FRAMING_DESK_", "XDG_"))}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-m", "framing_desk", "--self-test", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=environment, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines if line.startswith("ok ")] == list(STEPS)
    assert lines[-1].startswith("self-test passed")
    assert (tmp_path / "main-window.png").stat().st_size > 20_000
    assert (tmp_path / "rewrite.de.txt").read_text(encoding="utf-8").strip()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(("name", "size"), [("framing-desk.png", 256), ("framing-desk-512.png", 512)])
def test_png_icons(name: str, size: int) -> None:
    assert _png_size((ICONS / name).read_bytes()) == (size, size)


def test_ico_holds_every_windows_size() -> None:
    data = (ICONS / "framing-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        side = width or 256
        assert (width, bits) == (height, 32)
        assert offset + length <= len(data)
        image = data[offset: offset + length]
        if image.startswith(b"\x89PNG"):
            assert _png_size(image) == (side, side)
        else:  # BITMAPINFOHEADER: height counts the colour and the mask rows
            assert struct.unpack("<Iii", image[:12]) == (40, side, 2 * side)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_every_macos_size() -> None:
    data = (ICONS / "framing-desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries = {}
    position = 8
    while position < len(data):
        kind = data[position: position + 4].decode("ascii")
        length = struct.unpack(">I", data[position + 4: position + 8])[0]
        entries[kind] = _png_size(data[position + 8: position + length])[0]
        position += length
    assert entries == {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
                       "ic10": 1024, "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}


def test_desktop_entry() -> None:
    path = ROOT / "packaging" / "linux" / "framing-desk.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Framing Desk"
    assert section["Exec"].split()[0] == "FramingDesk"
    assert section["Icon"] == "framing-desk"
    assert section["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_qt_trim_keeps_what_the_app_needs() -> None:
    pytest.importorskip("PyInstaller", reason="build requirements (requirements-build.txt) not installed")
    import runpy

    wanted = runpy.run_path(str(ROOT / "packaging" / "hooks" / "qt_trim.py"))["wanted"]
    plugins = "PySide6/Qt/plugins"
    assert wanted("x/qtbase_de.qm", "PySide6/Qt/translations")
    assert not wanted("x/qtbase_fr.qm", "PySide6/Qt/translations")
    assert not wanted("x/assistant_de.qm", "PySide6/Qt/translations")
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "platforms/qwindows.dll", "platforms/libqcocoa.dylib", "imageformats/libqsvg.so",
                 "platformthemes/libqxdgdesktopportal.so",
                 "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        kind, name = kept.split("/")
        assert wanted(f"x/{name}", f"{plugins}/{kind}"), kept
    for dropped in ("platforms/libqeglfs.so", "platforms/libqvnc.so", "platformthemes/libqgtk3.so",
                    "printsupport/libcupsprintersupport.so", "xcbglintegrations/libqxcb-glx-integration.so",
                    "imageformats/libqpdf.so"):
        kind, name = dropped.split("/")
        assert not wanted(f"x/{name}", f"{plugins}/{kind}"), dropped
