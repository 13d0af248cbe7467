"""Memory of `analyze --lines` on large inputs: peak RSS for 5 MB and 50 MB of news lines.

Bounded memory means the peak hardly grows with the input: the file is read
and decoded line by line, lines are analysed in batches, and every result is
written and flushed as soon as it is ready. Prints peak RSS, time and how soon
the first result line arrived.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "de-news"


def make_input(folder: Path, megabytes: int) -> Path:
    lines = []
    for path in sorted(CORPUS.glob("*.de")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    block = "\n".join(lines) + "\n"
    target = folder / f"news-{megabytes}mb.txt"
    with target.open("w", encoding="utf-8") as stream:
        written = 0
        while written < megabytes * 1_000_000:
            stream.write(block)
            written += len(block.encode())
    return target


def measure(source: Path) -> tuple[float, float, float]:
    """(peak RSS in MB, seconds, seconds to the first output line) of one CLI run."""
    command = [sys.executable, "-m", "framing_desk", "analyze", "--lines", str(source),
               "--format", "jsonl"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    first = time.perf_counter() - started
    for _ in process.stdout:
        pass
    process.wait()
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return peak, elapsed, first


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (5, 50):
            source = make_input(Path(tmp), megabytes)
            peak, elapsed, first = measure(source)
            size = source.stat().st_size / 1e6
            print(f"{size:5.1f} MB input: peak RSS so far {peak:6.0f} MB, {elapsed:6.1f} s, "
                  f"first result after {first:.1f} s")


if __name__ == "__main__":
    main()
