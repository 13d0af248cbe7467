"""Random text never crashes the engine and always yields valid offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing_desk.core import Engine

FRAGMENTS = ["„", "“", "\"", "»", "«", "‚", "‘", "’", "\n", "\r\n", "\r", " ", ".", "!", "?", "…",
             "z. B.", "Dr.", "3.", "historischer Durchbruch", "Experten gehen davon aus",
             "zweifellos", "in der Tat", "mehr als überfällig", "sich", "verlieren", "\u0301",
             "\u200b", "\x00", "\x0b", "\ufeff", "e\u0308", "🎉", "A" * 300, "-", "—"]

text_strategy = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40,
).map("".join)

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(engine: Engine, text: str) -> None:
    analysis = engine.analyze(text)
    for finding in analysis.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        assert 0 <= finding.sentence < max(1, len(analysis.sentences))
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    for start, end in analysis.quotes:
        assert 0 <= start < end <= len(text)


@SETTINGS
@given(text=text_strategy)
def test_random_text(de_engine: Engine, text: str) -> None:
    check(de_engine, text)


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_random_unicode(de_engine: Engine, text: str) -> None:
    check(de_engine, text)


@SETTINGS
@given(texts=st.lists(text_strategy, max_size=8))
def test_many_documents_keep_order(de_engine: Engine, texts: list[str]) -> None:
    results = list(de_engine.analyze_many(texts))
    assert [r.text for r in results] == texts
    for text, result in zip(texts, results, strict=True):
        alone = de_engine.analyze(text)
        assert result.findings == alone.findings
        assert result.sentences == alone.sentences
        assert result.quotes == alone.quotes


def test_huge_token(de_engine: Engine) -> None:
    check(de_engine, "x" * 250_000 + " historischer Durchbruch")
