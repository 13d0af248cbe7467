"""Speed of `framing-desk analyze --lines` against bare spaCy tokenisation, in one run.

Prints the whole-process time of both on ~2 MB of real German news lines from
../shared/corpus/de-news/ and their ratio (bare / ours; target ≥ 0.33), then
the latency of analysing the sample article with a warm engine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "de-news"
TARGET_BYTES = 2_000_000

BARE = """
import sys, spacy
nlp = spacy.blank("de")
with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().split("\\n")
for doc in nlp.pipe(lines):
    pass
"""


def corpus_file(folder: Path) -> Path:
    chosen: list[str] = []
    size = 0
    for path in sorted(CORPUS.glob("wmt*.de")):
        for line in path.read_text(encoding="utf-8").splitlines():
            chosen.append(line)
            size += len(line.encode()) + 1
            if size >= TARGET_BYTES:
                break
        if size >= TARGET_BYTES:
            break
    target = folder / "news.de.txt"
    target.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return target


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found: {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        source = corpus_file(Path(tmp))
        lines = source.read_text(encoding="utf-8").count("\n")
        megabytes = source.stat().st_size / 1e6
        cli = [sys.executable, "-m", "framing_desk", "analyze", "--format", "jsonl", "--lines"]
        warm_up = Path(tmp) / "warm-up.txt"
        warm_up.write_text("Ein erster Satz.\n", encoding="utf-8")
        # One untimed run of each fills the OS file cache and Framing Desk's own caches
        # (lemma table, inflected rule forms), as on any machine after the first start.
        timed([sys.executable, "-c", BARE, str(warm_up)])
        timed([*cli, str(warm_up)])
        bare = timed([sys.executable, "-c", BARE, str(source)])
        ours = timed([*cli, str(source)])
    print(f"input: {lines} lines, {megabytes:.2f} MB of real news")
    print(f"bare spaCy tokenisation (blank('de') + nlp.pipe), whole process: {bare:.2f} s")
    print(f"framing-desk analyze --lines --format jsonl, whole process:     {ours:.2f} s")
    print(f"ratio bare/ours: {bare / ours:.2f} (target >= 0.33)")

    from framing_desk.core import Engine
    from framing_desk.core.resources import sample_article

    started = time.perf_counter()
    engine = Engine("de")
    built = time.perf_counter() - started
    text = sample_article().read_text(encoding="utf-8")
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        analysis = engine.analyze(text)
        runs.append(time.perf_counter() - start)
    print(f"engine start-up (rules, lemma table, pipeline): {built * 1000:.0f} ms")
    print(f"sample article ({len(text)} chars, {len(analysis.findings)} findings): "
          f"median {statistics.median(runs) * 1000:.1f} ms per analysis")


if __name__ == "__main__":
    main()
