"""Tone checks: hand-made sentence pairs, then real machine translations of news lines."""

from __future__ import annotations

import html
from collections import Counter
from itertools import islice

import pytest

from framing_desk.core import Engine
from framing_desk.core.model import Category, Explanation, Finding, Severity, Voice
from framing_desk.core.tone import (
    EngineComparison,
    ToneCheck,
    Verdict,
    check_translation,
    compare_tone,
    compare_translations,
    summarize_comparisons,
)

from .conftest import SHARED

CORPUS = SHARED / "corpus" / "de-news"


def pair(de_engine: Engine, en_engine: Engine, source: str, target: str) -> ToneCheck:
    return compare_tone(de_engine.analyze(source).findings, en_engine.analyze(target).findings)


@pytest.mark.parametrize(("source", "target", "verdict"), [
    ("Ein bemerkenswerter Erfolg.", "A success.", Verdict.SOFTENED),
    ("Ein Erfolg.", "A remarkable success.", Verdict.AMPLIFIED),
    ("Experten gehen davon aus, dass die Preise steigen.", "Experts believe that prices will rise.",
     Verdict.PRESERVED),
    ("Die Regierung hat zweifellos recht.", "The government is undoubtedly right.", Verdict.PRESERVED),
    ("Ein bemerkenswerter Erfolg.", "Undoubtedly a success.", Verdict.SHIFTED),
    ("Der Zug fährt um neun Uhr ab.", "The train leaves at nine.", Verdict.NEUTRAL),
    ("Der Minister sagte: „Das ist ein bemerkenswerter Erfolg.“",
     'The minister said: "This is a success."', Verdict.NEUTRAL),
    ("Der Minister sagte: „Das ist ein Erfolg.“",
     'The minister said: "This is a remarkable success."', Verdict.NEUTRAL),
])
def test_verdicts_on_hand_made_pairs(de_engine: Engine, en_engine: Engine,
                                     source: str, target: str, verdict: Verdict) -> None:
    check = pair(de_engine, en_engine, source, target)
    assert check.verdict is verdict, check
    assert all(f.voice is Voice.AUTHOR for f in (*check.source_findings, *check.target_findings))


def test_explanations_name_the_phrases(de_engine: Engine, en_engine: Engine) -> None:
    lost = pair(de_engine, en_engine, "Ein bemerkenswerter Erfolg.", "A success.")
    assert lost.explanation == ('Framing lost: "bemerkenswerter" (evaluative) has no counterpart'
                                " in the translation.")
    added = pair(de_engine, en_engine, "Ein Erfolg.", "A remarkable success.")
    assert '"remarkable success" (evaluative)' in added.explanation
    assert "no counterpart in the source" in added.explanation


def finding(category: Category, severity: Severity, text: str = "x") -> Finding:
    return Finding(0, len(text), text, category, "test", severity, Voice.AUTHOR, Explanation("", ""))


def test_weight_thresholds() -> None:
    warning, info, error = Severity.WARNING, Severity.INFO, Severity.ERROR
    evaluative = Category.EVALUATIVE
    # One severity step (2 → 1) is still similar; 3 → 1 is clearly lower.
    assert compare_tone([finding(evaluative, warning)], [finding(evaluative, info)]).verdict \
        is Verdict.PRESERVED
    assert compare_tone([finding(evaluative, error)], [finding(evaluative, info)]).verdict \
        is Verdict.SOFTENED
    assert compare_tone([finding(evaluative, info)], [finding(evaluative, error)]).verdict \
        is Verdict.AMPLIFIED
    # 8 → 6 is within a quarter of 8; 8 → 5 is not.
    source = [finding(evaluative, warning)] * 4
    assert compare_tone(source, [finding(evaluative, warning)] * 3).verdict is Verdict.PRESERVED
    assert compare_tone(source, [finding(evaluative, warning), finding(evaluative, error)]).verdict \
        is Verdict.SOFTENED
    # Similar weight, but a category only in the target: amplified.
    both = [finding(evaluative, info), finding(Category.CERTAINTY, info)]
    assert compare_tone([finding(evaluative, warning)], both).verdict is Verdict.AMPLIFIED


def test_check_translation_aligns_sentences(de_engine: Engine, en_engine: Engine) -> None:
    source_sentences = ["Ein bemerkenswerter Erfolg.", "Der Zug fährt ab.", "Zweifellos ein Fehler."]
    source_text = "\n".join(source_sentences)
    checks = check_translation(source_text, source_sentences,
                               ["A success.", None, "Undoubtedly a mistake."], de=de_engine, en=en_engine)
    assert checks[1] is None
    assert checks[0] is not None and checks[0].verdict is Verdict.SOFTENED
    assert checks[2] is not None and checks[2].verdict is Verdict.PRESERVED
    assert [source_text[f.start:f.end] for f in checks[2].source_findings] == ["Zweifellos"]
    with pytest.raises(ValueError, match="aligned"):
        check_translation(source_text, source_sentences, ["A success."], de=de_engine, en=en_engine)
    with pytest.raises(ValueError, match="not found"):
        check_translation(source_text, ["Fehlt."], ["Missing."], de=de_engine, en=en_engine)


def test_compare_translations_pairs_every_engine() -> None:
    distances = compare_translations({
        "a": ["The talks failed.", "Same."],
        "b": ["The negotiations failed.", "Same."],
        "c": ["Talks collapsed.", "Same."],
    })
    assert [list(d) for d in distances] == [[("a", "b"), ("a", "c"), ("b", "c")]] * 2
    assert distances[0]["a", "b"].changed_words == 1
    assert distances[1]["b", "c"].changed_words == 0
    summary = summarize_comparisons(distances)
    assert summary[0] == EngineComparison("a", "b", 1, 4)
    assert summary[0].ratio == 0.25
    with pytest.raises(ValueError, match="same number"):
        compare_translations({"a": ["One."], "b": []})


def corpus_lines(name: str, count: int) -> list[str]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8") as lines:
        return [html.unescape(line.rstrip("\n")) for line in islice(lines, count)]


@pytest.mark.slow
def test_real_machine_translations(de_engine: Engine, en_engine: Engine) -> None:
    source = corpus_lines("wmt19.de", 200)
    google, microsoft = corpus_lines("wmt19.google.en", 200), corpus_lines("wmt19.microsoft.en", 200)
    verdicts: Counter[Verdict] = Counter()
    for target in (google, microsoft):
        checks = check_translation("\n".join(source), source, target, de=de_engine, en=en_engine)
        assert len(checks) == 200
        for check in checks:
            assert check is not None
            assert check.verdict in set(Verdict)
            assert check.explanation
            verdicts[check.verdict] += 1
    assert verdicts[Verdict.NEUTRAL] + verdicts[Verdict.PRESERVED] > 0.6 * verdicts.total()
    distances = compare_translations({"google": google, "microsoft": microsoft})
    assert len(distances) == 200
    for distance in distances:
        d = distance["google", "microsoft"]
        assert 0 <= d.changed_words <= max(d.words, 1) * 3
        assert 0.0 <= d.ratio <= 3.0
    (summary,) = summarize_comparisons(distances)
    assert 0.0 < summary.ratio < 1.0
