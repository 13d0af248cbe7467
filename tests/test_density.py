"""Framing density per paragraph: hand-built analyses, then the real engine on a short article."""

from __future__ import annotations

import pytest

from framing_desk.core import Engine
from framing_desk.core.density import ParagraphDensity, category_totals, paragraph_density
from framing_desk.core.model import Analysis, Category, Explanation, Finding, Sentence, Severity, Voice


def finding(text: str, word: str, category: Category, voice: Voice = Voice.AUTHOR) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), word, category, "test", Severity.WARNING, voice,
                   Explanation("x", "x"))


TEXT = ("Ein bemerkenswerter Erfolg.\n"
        "\n"
        "Der Zug fährt um neun Uhr ab. Er ist zweifellos pünktlich.\n"
        "Experten sagen: „Ein historischer Tag.“")


def sentence(text: str, block: int) -> Sentence:
    start = TEXT.index(text)
    return Sentence(start, start + len(text), block)


ANALYSIS = Analysis(
    TEXT, "de",
    (finding(TEXT, "bemerkenswerter", Category.EVALUATIVE),
     finding(TEXT, "zweifellos", Category.CERTAINTY),
     finding(TEXT, "Experten sagen", Category.VAGUE_ATTRIBUTION),
     finding(TEXT, "historischer", Category.EVALUATIVE, Voice.QUOTE)),
    (sentence("Ein bemerkenswerter Erfolg.", 0),
     sentence("Der Zug fährt um neun Uhr ab.", 1),
     sentence("Er ist zweifellos pünktlich.", 1),
     sentence("Experten sagen: „Ein historischer Tag.“", 2)),
)


def test_one_entry_per_block_with_extent_words_and_density() -> None:
    paragraphs = paragraph_density(ANALYSIS)
    assert [p.block for p in paragraphs] == [0, 1, 2]
    first, second, third = paragraphs
    assert TEXT[first.start:first.end] == "Ein bemerkenswerter Erfolg."
    assert TEXT[second.start:second.end] == "Der Zug fährt um neun Uhr ab. Er ist zweifellos pünktlich."
    assert (first.words, second.words, third.words) == (3, 11, 5)
    assert first.counts == {Category.EVALUATIVE: 1}
    assert first.weighted == pytest.approx(100 / 3)
    assert second.counts == {Category.CERTAINTY: 1}
    assert second.weighted == pytest.approx(100 / 11)
    assert third.counts == {Category.VAGUE_ATTRIBUTION: 1}
    assert third.total == 1


def test_quoted_findings_count_only_when_asked() -> None:
    third = paragraph_density(ANALYSIS, author_only=False)[2]
    assert third.counts == {Category.EVALUATIVE: 1, Category.VAGUE_ATTRIBUTION: 1}
    assert list(third.counts) == [Category.EVALUATIVE, Category.VAGUE_ATTRIBUTION]
    assert third.weighted == pytest.approx(40.0)


def test_category_totals_list_every_category_in_order() -> None:
    totals = category_totals(ANALYSIS)
    assert list(totals) == list(Category)
    assert totals[Category.EVALUATIVE] == 1
    assert totals[Category.CERTAINTY] == 1
    assert totals[Category.OPINION] == 0
    assert category_totals(ANALYSIS, author_only=False)[Category.EVALUATIVE] == 2


def test_without_sentences_non_blank_lines_are_paragraphs() -> None:
    analysis = Analysis(TEXT, "de", ANALYSIS.findings)
    paragraphs = paragraph_density(analysis)
    assert [(p.block, TEXT[p.start:p.end][:8]) for p in paragraphs] == [
        (0, "Ein beme"), (1, "Der Zug "), (2, "Experten")]
    assert [p.total for p in paragraphs] == [1, 1, 1]


def test_empty_text_has_no_paragraphs() -> None:
    assert paragraph_density(Analysis("", "de", ())) == []
    assert paragraph_density(Analysis(" \n\n ", "de", ())) == []
    assert sum(category_totals(Analysis("", "de", ())).values()) == 0


def test_paragraph_without_words_has_zero_density() -> None:
    paragraph = paragraph_density(Analysis("— …", "de", ()))[0]
    assert paragraph == ParagraphDensity(0, 0, 3, 0, {}, 0.0)


def test_real_engine_blocks(de_engine: Engine) -> None:
    text = ("Die Regierung hat zweifellos recht. Ein bemerkenswerter Erfolg.\n\n"
            "Der Zug fährt um neun Uhr ab.\n"
            "Kritiker sagen, das sei ein Skandal.")
    analysis = de_engine.analyze(text)
    paragraphs = paragraph_density(analysis)
    assert [p.block for p in paragraphs] == sorted({s.block for s in analysis.sentences})
    assert len(paragraphs) == 3
    assert paragraphs[0].total >= 2
    assert paragraphs[1].total == 0 and paragraphs[1].weighted == 0.0
    assert sum(p.total for p in paragraphs) == sum(category_totals(analysis).values())
