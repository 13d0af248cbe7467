"""The aligned pane: a new list of sentences replaces only those that changed, with the same result
as laying everything out anew."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from framing_desk.gui.aligned_view import AlignedSentence, AlignedView, Badge

PLACEHOLDER = "— none —"
BADGE = Badge("▲ amplified", QColor("red"), "tip")


def laid_out(view: AlignedView) -> list[str]:
    """The text at each sentence's range, as the view records it."""
    text = view.toPlainText()
    return [text[start:end] for start, end in view._ranges]


def expected(item: AlignedSentence) -> str:
    badge = item.badge.text + " " if item.badge else ""
    return badge + (item.text if item.text is not None else PLACEHOLDER)


def fresh(qtbot: QtBot, items: list[AlignedSentence]) -> AlignedView:
    view = AlignedView(PLACEHOLDER)
    qtbot.addWidget(view)
    view.set_sentences(items)
    return view


words = st.sampled_from(["Ein Satz.", "Noch einer.", "Kurz.", "", "Ä ö ü ß.", "Tab\tZeile."])
sentence = st.tuples(st.one_of(st.none(), words), st.booleans(), st.booleans(), st.booleans())


def items_of(raw: list[tuple[str | None, bool, bool, bool]]) -> list[AlignedSentence]:
    """(text, new paragraph?, badge?, mark the first letters?) → sentences in paragraphs."""
    block = 0
    items = []
    for index, (text, new_paragraph, badge, mark) in enumerate(raw):
        block += int(new_paragraph and index > 0)
        marks = ((0, min(3, len(text))),) if mark and text else ()
        items.append(AlignedSentence(text, block, BADGE if badge else None, marks))
    return items


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(sentence, max_size=8), min_size=2, max_size=5))
def test_updates_equal_a_fresh_layout(qtbot: QtBot, steps: list[list[tuple[str | None, bool, bool, bool]]]
                                      ) -> None:
    view = AlignedView(PLACEHOLDER)
    qtbot.addWidget(view)
    for raw in steps:
        items = items_of(raw)
        view.set_sentences(items)
        assert view.toPlainText() == fresh(qtbot, items).toPlainText()
        assert laid_out(view) == [expected(item) for item in items]
        assert view.sentence_count == len(items)


def test_an_edit_in_one_sentence_keeps_the_others_in_place(qtbot: QtBot) -> None:
    items = [AlignedSentence(f"Satz {i}.", i // 3) for i in range(300)]
    view = fresh(qtbot, items)
    first_block = view.document().findBlockByNumber(0)
    items[150] = AlignedSentence("Ein geänderter Satz.", items[150].block, BADGE, ((4, 14),))
    view.set_sentences(items)
    assert view.document().findBlockByNumber(0) == first_block, "the text above was not laid out anew"
    assert laid_out(view)[150] == "▲ amplified Ein geänderter Satz."
    marked = view.document().find("geänderter")
    assert marked.charFormat().fontUnderline()
    assert laid_out(view) == laid_out(fresh(qtbot, items))


def test_a_paragraph_added_above_shifts_the_rest(qtbot: QtBot) -> None:
    items = [AlignedSentence(f"Satz {i}.", i // 2) for i in range(10)]
    view = fresh(qtbot, items)
    moved = [AlignedSentence("Neu.", 0), *(AlignedSentence(i.text, i.block + 1) for i in items)]
    view.set_sentences(moved)
    assert view.toPlainText() == fresh(qtbot, moved).toPlainText()
    assert view.toPlainText().startswith("Neu.\n\nSatz 0. Satz 1.\n\nSatz 2.")
