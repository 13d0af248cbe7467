"""The review model: decisions, undo/redo, navigation, and decisions surviving a re-analysis."""

import pytest

from framing_desk.core import Engine
from framing_desk.core.review import Decision, DecisionKind, Review, draft_decisions

TEXT = "Ein historischer Durchbruch. Das Wetter war kühl. Zweifellos ein Erfolg."


@pytest.fixture
def review(de_engine: Engine) -> Review:
    return Review(de_engine.analyze(TEXT))


def test_decide_undo_redo(review: Review) -> None:
    first = review.findings[0]
    assert review.decision(first).is_open and not review.can_undo
    review.decide(first, Decision(DecisionKind.KEPT))
    assert review.decision(first).kind is DecisionKind.KEPT
    review.undo()
    assert review.decision(first).is_open and review.can_redo
    review.redo()
    assert review.decision(first).kind is DecisionKind.KEPT
    review.decide(first, Decision(DecisionKind.IGNORED_HERE))
    assert not review.can_redo


def test_decide_many_is_one_undo_step(review: Review) -> None:
    review.decide_many((f, Decision(DecisionKind.ACCEPTED)) for f in review.findings)
    assert all(review.decision(f).kind is DecisionKind.ACCEPTED for f in review.findings)
    review.undo()
    assert all(review.decision(f).is_open for f in review.findings)


def test_bad_decisions_are_refused(review: Review, de_engine: Engine) -> None:
    other = de_engine.analyze("Zweifellos.").findings[0]
    with pytest.raises(ValueError, match="not a finding"):
        review.decide(other, Decision(DecisionKind.KEPT))
    with_suggestions = next(f for f in review.findings if f.suggestions)
    with pytest.raises(ValueError, match="no alternative"):
        review.decide(with_suggestions, Decision(DecisionKind.ACCEPTED, alternative=99))


def test_next_open_wraps_and_skips_decided(review: Review) -> None:
    first, *_, last = review.findings
    assert review.next_open(-1) == first
    assert review.next_open(last.start) == first
    assert review.next_open(first.start, backwards=True) == last
    review.decide(first, Decision(DecisionKind.KEPT))
    assert review.next_open(-1) != first


def test_decisions_survive_an_edit_elsewhere(review: Review, de_engine: Engine) -> None:
    first, *_, last = review.findings
    review.decide(first, Decision(DecisionKind.KEPT))
    review.decide(last, Decision(DecisionKind.CUSTOM, text="ein Ergebnis"))
    edited = "Neu: " + TEXT.replace("kühl", "sehr kalt und nass")
    review.update_text(de_engine.analyze(edited))
    new_first, *_, new_last = review.findings
    assert new_first.start == first.start + 5
    assert review.decision(new_first).kind is DecisionKind.KEPT
    assert review.decision(new_last) == Decision(DecisionKind.CUSTOM, text="ein Ergebnis")
    review.undo()
    assert review.text == TEXT


def test_decision_of_a_deleted_finding_is_dropped(review: Review, de_engine: Engine) -> None:
    first = review.findings[0]
    review.decide(first, Decision(DecisionKind.KEPT))
    review.update_text(de_engine.analyze(TEXT.replace("historischer ", "")))
    assert all(review.decision(f).is_open for f in review.findings)


def test_draft_decisions_cover_author_voice_only(de_engine: Engine) -> None:
    analysis = de_engine.analyze('Ein historischer Tag. „Ein historischer Tag“, sagte sie.')
    assert len(draft_decisions(analysis)) == len(analysis.author_findings()) == 1


def test_ignore_everywhere_records_the_words(review: Review, de_engine: Engine) -> None:
    from framing_desk.core.preferences import Preferences, filter_findings
    from framing_desk.core.review import ignore_everywhere

    first = review.findings[0]
    preferences = ignore_everywhere(review, first, Preferences())
    assert review.decision(first).kind is DecisionKind.IGNORED_EVERYWHERE
    later = de_engine.analyze("Wieder ein historischer Durchbruch.")
    assert first.text not in [f.text for f in filter_findings(later.findings, preferences, "de")]


def test_rebase_carries_decisions_and_undo_history_to_the_new_text(review: Review, de_engine: Engine) -> None:
    first, second = review.findings[0], review.findings[-1]
    review.decide(first, Decision(DecisionKind.KEPT))
    review.decide(second, Decision(DecisionKind.IGNORED_HERE))
    edited = "Neu: " + TEXT
    review.rebase(de_engine.analyze(edited))
    assert review.text == edited
    moved = {f.text: review.decision(f).kind for f in review.findings}
    assert moved[first.text] is DecisionKind.KEPT and moved[second.text] is DecisionKind.IGNORED_HERE
    review.undo()
    assert review.text == edited, "undo of a decision never reverts the text"
    after_undo = {f.text: review.decision(f).kind for f in review.findings}
    assert after_undo[first.text] is DecisionKind.KEPT and review.decision(
        next(f for f in review.findings if f.text == second.text)).is_open
    review.redo()
    assert {f.text: review.decision(f).kind for f in review.findings} == moved
