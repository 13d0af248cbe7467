"""Line-by-line analysis (`Engine.analyze_lines`) gives exactly the whole-document analysis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from framing_desk.core import Engine
from framing_desk.core.engine import LineMemo
from framing_desk.core.resources import sample_article
from tests.test_fuzz import text_strategy

SAMPLE = sample_article().read_text(encoding="utf-8")


def test_sample_and_its_edits_match_the_whole_analysis(de_engine: Engine) -> None:
    memo = LineMemo()
    assert de_engine.analyze_lines(SAMPLE, memo) == de_engine.analyze(SAMPLE)
    lines = SAMPLE.split("\n")
    assert set(memo) == {line for line in lines if line.strip()}
    middle = len(SAMPLE) // 2
    for edited in (SAMPLE[:middle] + " äußerst " + SAMPLE[middle:],
                   SAMPLE.replace("\n", "\n\n", 3),
                   SAMPLE[:middle] + "\n" + SAMPLE[middle:],
                   "Ein historischer Durchbruch.\n" + SAMPLE,
                   SAMPLE[: len(SAMPLE) // 3]):
        assert de_engine.analyze_lines(edited, memo) == de_engine.analyze(edited)
        assert set(memo) <= set(edited.split("\n"))


def test_the_memo_is_used_for_unchanged_lines(de_engine: Engine) -> None:
    memo = LineMemo()
    de_engine.analyze_lines(SAMPLE, memo)
    first = next(line for line in SAMPLE.split("\n") if line.strip())
    remembered = memo[first]
    de_engine.analyze_lines(SAMPLE + "\nNoch ein Satz.", memo)
    assert memo[first] is remembered


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=text_strategy, after=text_strategy)
def test_random_edits_match_the_whole_analysis(de_engine: Engine, before: str, after: str) -> None:
    memo = LineMemo()
    assert de_engine.analyze_lines(before, memo) == de_engine.analyze(before)
    assert de_engine.analyze_lines(after, memo) == de_engine.analyze(after)
