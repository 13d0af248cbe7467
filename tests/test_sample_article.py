"""The shipped sample: every framing phrase in the author's voice is found, quotes are not
the author's, and few debatable extras. Expectations are the team's own reading."""

from __future__ import annotations

import pytest

from framing_desk.core import Analysis, Category, Engine, Finding, Voice

C = Category
# (phrase as it stands in the sample, occurrence, acceptable categories)
EXPECTED: list[tuple[str, int, set[Category]]] = [
    ("Historischer Durchbruch", 0, {C.EVALUATIVE}),
    ("viele Beobachter", 0, {C.VAGUE_ATTRIBUTION}),
    ("bemerkenswerter Erfolg", 0, {C.EVALUATIVE}),
    ("Hoffnungsschimmer", 0, {C.EVALUATIVE, C.LOADED_TERM}),
    ("in Atem hält", 0, {C.EVALUATIVE, C.LOADED_TERM}),
    ("ist bemerkenswert", 0, {C.EVALUATIVE, C.OPINION}),
    ("entschlossene Führung", 0, {C.EVALUATIVE}),
    ("denn sie zeigt", 0, {C.PRESUPPOSITION}),
    ("auf Eskalation", 0, {C.LOADED_TERM, C.EVALUATIVE}),
    ("demonstriert", 0, {C.PRESUPPOSITION}),
    ("mehr erreichen kann als", 0, {C.OPINION, C.EVALUATIVE}),
    ("Experten gehen davon aus", 0, {C.VAGUE_ATTRIBUTION}),
    ("in der Tat", 0, {C.INTENSIFIER, C.CERTAINTY}),
    ("beispiellos", 0, {C.EVALUATIVE}),
    ("in endlosen Debatten", 0, {C.LOADED_TERM, C.EVALUATIVE}),
    ("zeigt Trump", 0, {C.PRESUPPOSITION}),
    ("durchaus", 0, {C.INTENSIFIER}),
    ("beherzigen sollte", 0, {C.OPINION}),
    ("Eines steht jedoch fest", 0, {C.CERTAINTY}),
    ("verdient Anerkennung", 0, {C.OPINION}),
    ("Hoffnung vieler Menschen", 0, {C.VAGUE_ATTRIBUTION}),
    ("Blutvergießens", 0, {C.LOADED_TERM, C.EVALUATIVE}),
    ("mehr als überfällig", 0, {C.OPINION, C.INTENSIFIER}),
]
# Trump's own words, in quotation marks: never the author's framing.
QUOTED = ["sehr zufrieden", "sehr glücklich", "Verschwende nicht den Anruf", "Viele Leute sagten"]
MAX_EXTRAS = 4


@pytest.fixture(scope="module")
def analysis(de_engine: Engine, sample_text: str) -> Analysis:
    return de_engine.analyze(sample_text)


def locate(text: str, phrase: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def overlapping(analysis: Analysis, start: int, end: int) -> list[Finding]:
    return [f for f in analysis.findings if f.start < end and start < f.end]


@pytest.mark.parametrize(("phrase", "occurrence", "categories"), EXPECTED,
                         ids=[e[0] for e in EXPECTED])
def test_framing_phrase_is_flagged(analysis: Analysis, phrase: str, occurrence: int,
                                   categories: set[Category]) -> None:
    start, end = locate(analysis.text, phrase, occurrence)
    found = [f for f in overlapping(analysis, start, end) if f.voice is Voice.AUTHOR]
    assert found, f"{phrase!r} is not flagged"
    assert any(f.category in categories for f in found), [(f.text, f.category) for f in found]
    assert all(f.suggestions or f.action for f in found), "every finding says what to do"


@pytest.mark.parametrize("phrase", QUOTED)
def test_quoted_words_are_not_the_authors(analysis: Analysis, phrase: str) -> None:
    start, end = locate(analysis.text, phrase, 0)
    assert all(f.voice is Voice.QUOTE for f in overlapping(analysis, start, end))


def test_no_author_finding_inside_a_quotation(analysis: Analysis) -> None:
    for finding in analysis.author_findings():
        for quote_start, quote_end in analysis.quotes:
            assert not (quote_start <= finding.start and finding.end <= quote_end), finding


def test_few_extra_flags(analysis: Analysis) -> None:
    expected = [locate(analysis.text, p, o) for p, o, _ in EXPECTED]
    extras = [f.text for f in analysis.author_findings()
              if not any(f.start < end and start < f.end for start, end in expected)]
    assert len(extras) <= MAX_EXTRAS, extras


def test_offsets_match_text(analysis: Analysis) -> None:
    for finding in analysis.findings:
        assert analysis.text[finding.start:finding.end] == finding.text


def test_headlines_and_trailing_list_are_sentences(analysis: Analysis) -> None:
    texts = [analysis.text[s.start:s.end] for s in analysis.sentences]
    assert "Historischer Durchbruch: Trump erwirkt einwöchigen Raketenstopp auf Kiew" in texts
    assert "Kreml hält sich bedeckt" in texts
    assert "- Politik" in texts
