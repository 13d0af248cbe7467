"""Time of rewrite + diff of a 50-page text (~150 000 characters) as a ratio to analysis alone.

The text is the sample article followed by real news paragraphs from
../shared/corpus/de-news/ (wmt20–22, one paragraph per line). Target: ≤ 1.5.
"""

from __future__ import annotations

import time
from pathlib import Path

from framing_desk.core import Engine
from framing_desk.core.diff import word_diff
from framing_desk.core.nlp.lemmas import shared_lemmatizer
from framing_desk.core.resources import sample_article
from framing_desk.core.review import Review
from framing_desk.core.rewrite import rewrite

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "de-news"
TARGET_CHARS = 150_000


def fifty_pages() -> str:
    parts = [sample_article().read_text(encoding="utf-8")]
    size = len(parts[0])
    for path in sorted(CORPUS.glob("wmt2[0-2].de")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts.append(line + "\n")
            size += len(line) + 1
            if size >= TARGET_CHARS:
                return "".join(parts)
    return "".join(parts)


def main() -> None:
    text = fifty_pages()
    engine = Engine("de")
    lemmas = shared_lemmatizer("de")
    # Warm-up: the engine, the lemma table and the noun table are loaded once per process.
    rewrite(Review(engine.analyze(text[:5000])), lemmas)
    started = time.perf_counter()
    analysis = engine.analyze(text)
    analysed = time.perf_counter() - started
    started = time.perf_counter()
    result = rewrite(Review(analysis), lemmas)
    rewritten = time.perf_counter() - started
    started = time.perf_counter()
    ops = word_diff(result.original, result.text)
    diffed = time.perf_counter() - started
    print(f"text: {len(text):,} characters, {len(analysis.findings)} findings, "
          f"{len(result.applied)} applied, {len(result.kept)} kept, {len(ops)} diff operations")
    print(f"analysis {analysed:.2f} s; rewrite {rewritten:.2f} s; diff {diffed:.2f} s")
    print(f"ratio (rewrite + diff) / analysis: {(rewritten + diffed) / analysed:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
