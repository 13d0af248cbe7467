"""Word-level diffs: exact ops, renderings, edit distance, invariants on random texts, speed."""

from __future__ import annotations

import json
import random
import re
import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing_desk.core import diff
from framing_desk.core.diff import (
    DiffOp,
    EditDistance,
    Op,
    common_ends,
    edit_distance,
    to_html,
    to_json_ops,
    to_unified,
    tokenize,
    word_diff,
)

from .conftest import SHARED

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def pieces(a: str, b: str) -> list[tuple[str, str]]:
    return [(op.op.value, op.text) for op in word_diff(a, b)]


def check_invariants(a: str, b: str, ops: tuple[DiffOp, ...]) -> None:
    assert "".join(op.text for op in ops if op.op is not Op.INSERT) == a
    assert "".join(op.text for op in ops if op.op is not Op.DELETE) == b
    a_pos = b_pos = 0
    for op in ops:
        assert op.text
        assert (op.a_start, op.b_start) == (a_pos, b_pos)
        if op.op is not Op.INSERT:
            assert a[op.a_start:op.a_end] == op.text
        if op.op is not Op.DELETE:
            assert b[op.b_start:op.b_end] == op.text
        assert op.a_end - op.a_start == (0 if op.op is Op.INSERT else len(op.text))
        assert op.b_end - op.b_start == (0 if op.op is Op.DELETE else len(op.text))
        a_pos, b_pos = op.a_end, op.b_end
    assert (a_pos, b_pos) == (len(a), len(b))
    for before, after in pairwise(ops):
        assert before.op is not after.op
        assert not (before.op is Op.INSERT and after.op is Op.DELETE)
    for text, ends in ((a, {op.a_end for op in ops}), (b, {op.b_end for op in ops})):
        for end in ends - {0, len(text)}:
            assert not (text[end - 1].isalnum() and text[end].isalnum()), (text, end)


# --- exact ops ---------------------------------------------------------------------------------


def test_deleted_adjective() -> None:
    assert word_diff("ein bemerkenswerter Erfolg", "ein Erfolg") == (
        DiffOp(Op.EQUAL, "ein ", 0, 4, 0, 4),
        DiffOp(Op.DELETE, "bemerkenswerter ", 4, 20, 4, 4),
        DiffOp(Op.EQUAL, "Erfolg", 20, 26, 4, 10),
    )


def test_replaced_words_are_one_delete_and_one_insert() -> None:
    assert word_diff("einen Durchbruch", "eine Einigung") == (
        DiffOp(Op.DELETE, "einen Durchbruch", 0, 16, 0, 0),
        DiffOp(Op.INSERT, "eine Einigung", 16, 16, 0, 13),
    )
    assert pieces("Die Regierung feierte einen Durchbruch.", "Die Regierung feierte eine Einigung.") == [
        ("equal", "Die Regierung feierte "), ("delete", "einen Durchbruch"),
        ("insert", "eine Einigung"), ("equal", "."),
    ]


def test_punctuation_and_crlf_are_kept() -> None:
    assert pieces("Zeile eins\r\nZeile zwei.", "Zeile 1\r\nZeile zwei!") == [
        ("equal", "Zeile "), ("delete", "eins"), ("insert", "1"),
        ("equal", "\r\nZeile zwei"), ("delete", "."), ("insert", "!"),
    ]
    assert pieces("a\r\nb", "a\nb") == [("equal", "a"), ("delete", "\r\n"), ("insert", "\n"), ("equal", "b")]
    assert pieces("Er sagte: „Nein.“ Dann ging er.", "Er sagte: »Nein!« Dann ging er.") == [
        ("equal", "Er sagte: "), ("delete", "„Nein.“"), ("insert", "»Nein!«"), ("equal", " Dann ging er."),
    ]


@pytest.mark.parametrize(("old", "new"), [
    ("Grüße", "Grüßen"), ("Maß", "Masse"), ("Straße", "Strasse"), ("über", "u\u0308ber"),
    ("Nord-Süd-Gipfel", "Nord-Ost-Gipfel"), ("geht's", "geht’s"), ("3,5", "3,6"),
    ("05.04.2018", "04.05.2018"),
])
def test_words_are_never_split(old: str, new: str) -> None:
    assert pieces(f"Das {old} hier.", f"Das {new} hier.") == [
        ("equal", "Das "), ("delete", old), ("insert", new), ("equal", " hier."),
    ]


def test_tokens() -> None:
    text = "Nord-Süd-Gipfel: geht's „gut“ – 3,5 %\r\nu\u0308ber Haus- und\tGarten!"
    assert tokenize(text) == [
        "Nord-Süd-Gipfel", ":", " ", "geht's", " ", "„", "gut", "“", " ", "–", " ", "3,5", " ", "%", "\r\n",
        "u\u0308ber", " ", "Haus", "-", " ", "und", "\t", "Garten", "!",
    ]


def test_equal_and_empty_texts() -> None:
    assert word_diff("", "") == ()
    assert word_diff("gleich", "gleich") == (DiffOp(Op.EQUAL, "gleich", 0, 6, 0, 6),)
    assert word_diff("", "neu") == (DiffOp(Op.INSERT, "neu", 0, 0, 0, 3),)
    assert word_diff("alt", "") == (DiffOp(Op.DELETE, "alt", 0, 3, 0, 0),)


def test_inserted_paragraph_lines_up_with_the_blank_line() -> None:
    assert pieces("Erster.\n\nDritter.\n", "Erster.\n\nZweiter.\n\nDritter.\n") == [
        ("equal", "Erster.\n\n"), ("insert", "Zweiter.\n\n"), ("equal", "Dritter.\n"),
    ]


# --- renderings --------------------------------------------------------------------------------


def test_html_escapes_every_piece() -> None:
    assert to_html(word_diff('Er sagte: "A < B & C"', "Er sagte: 'A > B & C'")) == (
        '<span class="diff">Er sagte: <del>&quot;</del><ins>&#x27;</ins>A <del>&lt;</del><ins>&gt;</ins>'
        " B &amp; C<del>&quot;</del><ins>&#x27;</ins></span>"
    )


def test_html_keeps_line_breaks() -> None:
    assert to_html(word_diff("a\r\nb", "a\r\nc")) == '<span class="diff">a\r\n<del>b</del><ins>c</ins></span>'
    assert to_html(()) == '<span class="diff"></span>'


ORIGINAL = """\
Zeile eins.
Die Regierung feierte einen Durchbruch.
Zeile drei.
Zeile vier.
Zeile fünf.
Ein bemerkenswerter Erfolg, sagen Experten.
"""
REWRITE = """\
Zeile eins.
Die Regierung feierte eine Einigung.
Zeile drei.
Zeile vier.
Zeile fünf.
Ein Erfolg, sagt die Ministerin.
"""


def test_unified_snapshot() -> None:
    assert to_unified(ORIGINAL, REWRITE) == """\
@@ line 1 @@
 Zeile eins.
-Die Regierung feierte [-einen Durchbruch-].
+Die Regierung feierte {+eine Einigung+}.
 Zeile drei.
@@ line 5 @@
 Zeile fünf.
-Ein [-bemerkenswerter -]Erfolg, [-sagen Experten-].
+Ein Erfolg, {+sagt die Ministerin+}.
"""


def test_unified_context_and_color() -> None:
    ops = word_diff(ORIGINAL, REWRITE)
    assert to_unified(ORIGINAL, REWRITE, ops, context=0).splitlines()[:3] == [
        "@@ line 2 @@",
        "-Die Regierung feierte [-einen Durchbruch-].",
        "+Die Regierung feierte {+eine Einigung+}.",
    ]
    assert to_unified(ORIGINAL, REWRITE, ops, context=3).count("@@") == 2
    colored = to_unified(ORIGINAL, REWRITE, ops, color=True)
    assert "-Die Regierung feierte \x1b[31meinen Durchbruch\x1b[0m." in colored
    assert "+Die Regierung feierte \x1b[32meine Einigung\x1b[0m." in colored
    assert "[-" not in colored
    assert to_unified(ORIGINAL, ORIGINAL) == ""
    with pytest.raises(ValueError, match="context"):
        to_unified(ORIGINAL, REWRITE, context=-1)


def test_unified_edits_across_lines() -> None:
    assert to_unified("foo\nbar\nbaz\n", "foo bar\nbaz\n") == (
        "@@ line 1 @@\n-foo[-↵-]\n-bar\n+foo{+ +}bar\n baz\n"
    )
    assert to_unified("Erster.\n\nDritter.\n", "Erster.\n\nZweiter.\n\nDritter.\n", context=0) == (
        "@@ line 3 @@\n+{+Zweiter.↵+}\n+{+↵+}\n"
    )
    assert to_unified("a\r\nb", "a\nb") == "@@ line 1 @@\n-a[-␍↵-]\n+a{+↵+}\n b\n"


def test_json_ops() -> None:
    ops = to_json_ops(word_diff("ein bemerkenswerter Erfolg", "ein großer Erfolg"))
    assert ops == [
        {"op": "equal", "text": "ein ", "a": [0, 4], "b": [0, 4]},
        {"op": "delete", "text": "bemerkenswerter", "a": [4, 19], "b": [4, 4]},
        {"op": "insert", "text": "großer", "a": [19, 19], "b": [4, 10]},
        {"op": "equal", "text": " Erfolg", "a": [19, 26], "b": [10, 17]},
    ]
    assert json.loads(json.dumps(ops, ensure_ascii=False)) == ops


# --- edit distance -----------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("ein bemerkenswerter Erfolg", "ein Erfolg", EditDistance(1, 3, 1 / 3)),
    ("Die Regierung feierte einen Durchbruch.", "Die Regierung feierte eine Einigung.",
     EditDistance(2, 5, 0.4)),
    ("Das ist gut.", "Das ist gut!", EditDistance(0, 3, 0.0)),
    ("Das ist gut.", "Das ist sehr, sehr gut.", EditDistance(2, 3, 2 / 3)),
    ("Hallo", "Hallo liebe Welt", EditDistance(2, 1, 2.0)),
    ("", "", EditDistance(0, 0, 0.0)),
    ("...", "!!!", EditDistance(0, 0, 0.0)),
    ("", "Neu hier", EditDistance(2, 0, 1.0)),
    (ORIGINAL, REWRITE, EditDistance(6, 18, 1 / 3)),
])
def test_edit_distance(a: str, b: str, expected: EditDistance) -> None:
    assert edit_distance(a, b) == expected
    assert edit_distance(a, b, word_diff(a, b)) == expected


# --- properties --------------------------------------------------------------------------------

WORDS = ["Die", "Regierung", "hat", "einen", "historischen", "Durchbruch", "erzielt", "Grüße", "Maß",
         "Straße", "über", "u\u0308ber", "Nord-Süd-Gipfel", "geht's", "3,5", "Prozent", "the", "government",
         "claims", "a", "breakthrough", "Fabian’s", "Ärger", "Öl", "ÄÖÜ", "x"]
SEPARATORS = [" ", " ", " ", " ", ", ", ". ", "! ", "\n", "\r\n", "\n\n", " – ", ": „", "“ ", " (", ") "]


@st.composite
def edited_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A real-looking text and a copy with random word deletions, insertions and replacements."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    tokens = [t for pair in zip(words, separators, strict=True) for t in pair]
    edited = list(tokens)
    for position, kind, word in draw(st.lists(st.tuples(
            st.integers(0, 1000), st.sampled_from(["delete", "insert", "replace"]), st.sampled_from(WORDS)),
            max_size=8)):
        i = 2 * (position % max(1, len(edited) // 2))
        if kind == "insert":
            edited[i:i] = [word, draw(st.sampled_from(SEPARATORS))]
        elif kind == "delete":
            del edited[i:i + 2]
        elif edited:
            edited[i] = word
    return "".join(tokens), "".join(edited)


UNICODE = st.text(max_size=80) | st.lists(
    st.sampled_from(["ä", "ß", "e\u0301", "\r\n", "\r", "\n", " ", "  ", ".", "-", "'", "a", "b", "1", ",",
                     "🎉", "\u200b", "\x00", "\u2028", "_"]) | st.text(max_size=5), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(a=UNICODE, b=UNICODE)
def test_invariants_on_random_unicode(a: str, b: str) -> None:
    assert "".join(tokenize(a)) == a
    check_invariants(a, b, word_diff(a, b))


@settings(max_examples=300, deadline=None)
@given(texts=edited_texts())
def test_invariants_on_edited_text(texts: tuple[str, str]) -> None:
    a, b = texts
    ops = word_diff(a, b)
    check_invariants(a, b, ops)
    distance = edit_distance(a, b, ops)
    words_a = [t for t in tokenize(a) if t[0].isalnum()]
    words_b = [t for t in tokenize(b) if t[0].isalnum()]
    assert distance.words == len(words_a)
    assert (distance.changed_words > 0) >= (words_a != words_b)
    assert distance.changed_words <= len(words_a) + len(words_b)


def side(unified: str, prefix: str, marks: tuple[str, str]) -> list[str]:
    """The lines of one text, rebuilt from a full-context unified diff."""
    lines = [line[1:] for line in unified.splitlines() if line[:1] in (" ", prefix)]
    return [line.replace(marks[0], "").replace(marks[1], "").replace("␍", "").replace("↵", "")
            for line in lines]


PLAIN = st.lists(st.sampled_from([*"abcäß 1.,-'\r\n", "\r\n", "Wort ", "Satz. "]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(a=PLAIN, b=PLAIN)
def test_unified_shows_both_texts(a: str, b: str) -> None:
    unified = to_unified(a, b, context=len(a) + len(b))
    if a == b:
        assert unified == ""
        return
    assert unified.count("@@") == 2
    assert side(unified, "-", ("[-", "-]")) == [part.rstrip("\r\n") for part in _LINE.findall(a)]
    assert side(unified, "+", ("{+", "+}")) == [part.rstrip("\r\n") for part in _LINE.findall(b)]


# --- real translations and speed ---------------------------------------------------------------

CORPUS = SHARED / "corpus" / "de-news"


def first_line(name: str) -> str:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8") as lines:
        return next(lines).rstrip("\n")


def test_two_machine_translations_of_one_line() -> None:
    google, microsoft = first_line("wmt19.google.en"), first_line("wmt19.microsoft.en")
    ops = word_diff(google, microsoft)
    check_invariants(google, microsoft, ops)
    tokens = set(tokenize(google)) | set(tokenize(microsoft))
    for op in ops:
        if op.op is not Op.EQUAL:
            assert set(tokenize(op.text)) <= tokens
    distance = edit_distance(google, microsoft, ops)
    assert distance.changed_words > 0
    assert distance.ratio < 0.5
    assert to_unified(google, microsoft, ops).startswith("@@ line 1 @@\n-")


def realistic_text(rng: random.Random, size: int) -> str:
    words = [w for w in WORDS if w[0].isalpha()] + [f"Wort{i}" for i in range(2000)]
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(5, 25))) + rng.choice(".!?")
        parts.append(sentence + rng.choice([" ", " ", "\n", "\n\n"]))
        length += len(parts[-1])
    return "".join(parts)[:size]


def lightly_edited(rng: random.Random, text: str) -> str:
    tokens = tokenize(text)
    for i in rng.sample(range(0, len(tokens), 2), len(tokens) // 100):
        tokens[i] = rng.choice(["", "neu", tokens[i] + " eingefügt", tokens[i].upper()])
    return "".join(tokens)


@pytest.mark.parametrize("one_line", [False, True])
def test_150k_characters_diff_fast(one_line: bool) -> None:
    rng = random.Random(7)
    a = realistic_text(rng, 150_000)
    if one_line:
        a = a.replace("\n", " ")
    b = lightly_edited(rng, a)
    start = time.perf_counter()
    ops = word_diff(a, b)
    elapsed = time.perf_counter() - start
    check_invariants(a, b, ops)
    assert elapsed < 1.0
    assert 0.005 < edit_distance(a, b, ops).ratio < 0.05


def test_timeout_gives_a_coarse_but_exact_diff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff, "DIFF_TIMEOUT", 0.01)
    rng = random.Random(3)
    a = " ".join(f"a{rng.randrange(5000)}" for _ in range(20_000))
    b = " ".join(f"a{rng.randrange(5000)}" for _ in range(20_000))
    start = time.perf_counter()
    ops = word_diff(a, b)
    assert time.perf_counter() - start < 1.0
    check_invariants(a, b, ops)


@given(st.lists(st.integers(0, 3), max_size=8), st.lists(st.integers(0, 3), max_size=8))
def test_common_ends_leave_exactly_the_differing_middle(old: list[int], new: list[int]) -> None:
    prefix, suffix = common_ends(old, new)
    assert prefix + suffix <= min(len(old), len(new))
    assert old[:prefix] == new[:prefix]
    assert old[len(old) - suffix:] == new[len(new) - suffix:]
    assert old[:prefix] + new[prefix:len(new) - suffix] + old[len(old) - suffix:] == new
    longer_prefix = prefix < min(len(old), len(new)) and old[prefix] == new[prefix]
    assert not longer_prefix
