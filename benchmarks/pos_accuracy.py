"""Accuracy and speed of the coarse tagger against HanTa (a trained German tagger).

HanTa is not a dependency of Framing Desk (it is too slow for the corpus
benchmark); install it into the environment to run this: `pip install HanTa`.
Prints agreement on the sample article and on 300 corpus lines, for the tags
rules can ask for (NOUN, ADJ, VERB, NUM) and overall, and tokens per second.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from framing_desk.core import Engine
from framing_desk.core.resources import sample_article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "de-news" / "wmt19.de"
HANTA_TO_UPOS = {"NN": "NOUN", "NE": "NOUN", "ADJ": "ADJ", "VV": "VERB", "VA": "AUX", "VM": "AUX",
                 "ART": "DET", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "KON": "CCONJ",
                 "KOUS": "SCONJ", "KOUI": "SCONJ", "CARD": "NUM", "ADV": "ADV"}


def hanta_upos(tag: str) -> str:
    base = tag.split("(")[0]
    if base.startswith("$"):
        return "PUNCT"
    return HANTA_TO_UPOS.get(base, "OTHER")


def main() -> None:
    from HanTa import HanoverTagger

    hanta = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    engine = Engine("de")
    if "framing_tagger" not in engine.nlp.pipe_names:
        engine.nlp.add_pipe("framing_tagger", before="framing_matcher")
    texts = [sample_article().read_text(encoding="utf-8")]
    texts += CORPUS.read_text(encoding="utf-8").splitlines()[:300]
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    ours_time = theirs_time = 0.0
    tokens = 0
    for text in texts:
        started = time.perf_counter()
        doc = engine.nlp(text)
        ours_time += time.perf_counter() - started
        words = [t for t in doc if not t.is_space]
        started = time.perf_counter()
        reference = hanta.tag_sent([t.text for t in words], taglevel=1)
        theirs_time += time.perf_counter() - started
        tokens += len(words)
        for token, (*_, tag) in zip(words, reference, strict=True):
            gold = hanta_upos(tag)
            mine = "NOUN" if token.pos_ == "PROPN" else token.pos_
            for key in ("all", gold):
                total[key] += 1
                agree[key] += mine == gold
    print(f"{tokens} tokens; agreement with HanTa:")
    for key in ("all", "NOUN", "ADJ", "VERB", "NUM"):
        print(f"  {key:<5} {agree[key] / max(1, total[key]):.1%} of {total[key]}")
    print(f"whole pipeline incl. coarse tagger: {tokens / ours_time:,.0f} tokens/s; "
          f"HanTa alone: {tokens / theirs_time:,.0f} tokens/s")


if __name__ == "__main__":
    main()
