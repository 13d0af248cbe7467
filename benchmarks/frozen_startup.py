"""Start-up of the frozen application against the virtual environment, measured in one run.

Both are started the same way — `gui SAMPLE --screenshot OUT.png`, offscreen —
which returns once the window shows the sample analysed (findings and rewrite),
with fresh settings, data and cache folders for every start. Prints the median
of each and the ratio frozen / venv against the target 1.5.

    .venv/bin/python benchmarks/frozen_startup.py [--runs 3] [--app dist/FramingDesk]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "raketenstopp.de.txt"
TARGET = 1.5


def start_once(command: list[str]) -> float:
    """Seconds from starting `command … --screenshot` to its exit, on throw-away folders."""
    with tempfile.TemporaryDirectory(prefix="framing-desk-startup-") as scratch:
        folder = Path(scratch)
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                       "FRAMING_DESK_CONFIG_DIR": str(folder / "config"),
                       "FRAMING_DESK_DATA_DIR": str(folder / "data"),
                       "XDG_CACHE_HOME": str(folder / "cache")}
        started = time.perf_counter()
        subprocess.run([*command, "gui", str(SAMPLE), "--screenshot", str(folder / "window.png")],
                       env=environment, check=True, capture_output=True, cwd=folder)
        seconds = time.perf_counter() - started
        if not (folder / "window.png").is_file():
            raise RuntimeError(f"{command[0]} wrote no screenshot")
        return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "FramingDesk")
    args = parser.parse_args()
    frozen = args.app / "FramingDesk"
    venv = Path(sys.executable).with_name("framing-desk")
    for program in (frozen, venv):
        if not program.is_file():
            print(f"frozen_startup: {program} is missing (make dist / make setup)", file=sys.stderr)
            return 2
    times: dict[str, list[float]] = {"venv": [], "frozen": []}
    for _ in range(args.runs):  # alternated, so that both see the same machine load
        times["venv"].append(start_once([str(venv)]))
        times["frozen"].append(start_once([str(frozen)]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        listed = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name:>6}: median {medians[name]:.2f} s  ({listed})")
    ratio = medians["frozen"] / medians["venv"]
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"frozen / venv = {ratio:.2f} (target ≤ {TARGET}: {verdict})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
