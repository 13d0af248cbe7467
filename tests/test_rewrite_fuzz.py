"""Random decisions over random text: untouched text round-trips and offsets stay valid."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing_desk.core import Engine
from framing_desk.core.nlp.lemmas import shared_lemmatizer
from framing_desk.core.review import Decision, DecisionKind, Review
from framing_desk.core.rewrite import rewrite

PIECES = ["Ein bemerkenswerter Erfolg.", "Zweifellos hat die Reform ihr Ziel erreicht.",
          "Eines steht jedoch fest: Der Versuch lohnt sich.", "Sie erzielten einen Durchbruch.",
          "Das ist in der Tat beispiellos.", "„Das ist ein historischer Tag“, sagte er.",
          "Experten gehen davon aus, dass es klappt.", "große, bemerkenswerte Erfolge",
          "Nach Jahren des Blutvergießens", " ", "  ", "\n", "\r\n", ",", ".", "Titel",
          "Das Regime reagierte.", "mehr als überfällig", "durchaus", "🎉", "ß", "\u0301"]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=12).map(
    " ".join)
kinds = st.lists(st.tuples(st.sampled_from(list(DecisionKind)), st.integers(0, 3),
                           st.text(max_size=6)), max_size=20)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, choices=kinds, draft=st.booleans())
def test_untouched_text_round_trips(de_engine: Engine, text: str,
                                    choices: list[tuple[DecisionKind, int, str]],
                                    draft: bool) -> None:
    review = Review(de_engine.analyze(text))
    for finding, (kind, alternative, custom) in zip(review.findings, choices, strict=False):
        index = min(alternative, max(0, len(finding.suggestions) - 1))
        review.decide(finding, Decision(kind, index, custom))
    result = rewrite(review, shared_lemmatizer("de"), draft=draft)
    edits = result.edits
    assert all(a.end <= b.start for a, b in pairwise(edits))
    assert all(0 <= e.start <= e.end <= len(text) for e in edits)
    for position, char in enumerate(text):
        if any(e.start <= position < e.end for e in edits):
            continue
        mapped = result.to_rewrite(position)
        assert result.text[mapped] == char
        assert result.to_original(mapped) == position
    for finding in result.applied:
        assert finding.voice.value == "author" or review.decision(finding).kind is DecisionKind.CUSTOM
