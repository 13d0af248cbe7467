"""Word-level diffs: original ↔ rewrite, or one translation ↔ another (German or English).

Both texts are cut into tokens (words, single punctuation marks, runs of
whitespace) and every distinct token is mapped to one character, so that
diff-match-patch compares token strings: the "lines to chars" trick with word
tokens. An edit therefore never splits a word. Long texts are first aligned
on the lines and sentences they share, so they diff fast even where they
differ all over.
"""

from __future__ import annotations

import html
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum
from itertools import groupby

from diff_match_patch import diff_match_patch

DIFF_TIMEOUT = 2.0
"""Seconds diff-match-patch may search for minimal diffs before it settles for coarser (still exact) ones."""

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"[\w{_MARKS}]+"
_TOKEN = re.compile(rf"{_WORD}(?:(?:[-\u2010\u2011'’]|(?<=\d)[.,:/](?=\d)){_WORD})*|\s+|\S[{_MARKS}]*")
_WORD_START = re.compile(rf"[\w{_MARKS}]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_SENTENCE_ENDS = frozenset(".!?…")
_VISIBLE_BREAKS = str.maketrans({"\r": "␍", "\n": "↵"})
_EQUAL, _DELETE, _INSERT = (diff_match_patch.DIFF_EQUAL, diff_match_patch.DIFF_DELETE,
                            diff_match_patch.DIFF_INSERT)


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One piece of the diff; `a_*`/`b_*` are str offsets into text A and text B."""

    op: Op
    text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def to_dict(self) -> dict[str, object]:
        return {"op": self.op.value, "text": self.text,
                "a": [self.a_start, self.a_end], "b": [self.b_start, self.b_end]}


@dataclass(frozen=True, slots=True)
class EditDistance:
    """Post-editing distance in words; see `edit_distance`."""

    changed_words: int
    words: int
    ratio: float


def common_ends(old: Sequence[object], new: Sequence[object]) -> tuple[int, int]:
    """How many items the two sequences share at their start and then at their end (never
    overlapping): what lies between is all a view showing `old` has to replace to show `new`."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def tokenize(text: str) -> list[str]:
    """Words (with inner hyphens and apostrophes), single punctuation marks and whitespace runs.

    Numbers keep inner . , : / between digits (3,5 · 05.04.2018 · 11:11).
    Combining accents stay with the character before them. Joining the tokens
    gives back the text exactly.
    """
    return _TOKEN.findall(text)


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """The edits that turn `a` into `b`, in whole tokens, after semantic cleanup.

    EQUAL and DELETE texts join to `a`, EQUAL and INSERT texts join to `b`.
    Between two EQUAL ops there is a DELETE, an INSERT, or a DELETE followed by
    an INSERT (a replacement). The semantic cleanup measures in tokens: an
    unchanged stretch no longer than the edits on both sides of it joins them,
    so "einen Durchbruch" → "eine Einigung" is one replacement, and so is
    „Nein.“ → »Nein!«.
    """
    differ = _TokenDiffer()
    ops: list[DiffOp] = []
    a_pos = b_pos = 0
    diffs = differ.diff(differ.encode(tokenize(a)), differ.encode(tokenize(b)))
    for equal, group in groupby(diffs, key=lambda diff: diff[0] == _EQUAL):
        pieces = list(group)
        if equal:
            text = differ.decode(pieces, _EQUAL)
            ops.append(DiffOp(Op.EQUAL, text, a_pos, a_pos + len(text), b_pos, b_pos + len(text)))
            a_pos += len(text)
            b_pos += len(text)
            continue
        if text := differ.decode(pieces, _DELETE):
            ops.append(DiffOp(Op.DELETE, text, a_pos, a_pos + len(text), b_pos, b_pos))
            a_pos += len(text)
        if text := differ.decode(pieces, _INSERT):
            ops.append(DiffOp(Op.INSERT, text, a_pos, a_pos, b_pos, b_pos + len(text)))
            b_pos += len(text)
    return tuple(ops)


def to_html(ops: Iterable[DiffOp]) -> str:
    """`<del>`/`<ins>` markup in a `<span class="diff">`; line breaks stay as they are."""
    parts = []
    for op in ops:
        text = html.escape(op.text)
        if op.op is Op.DELETE:
            text = f"<del>{text}</del>"
        elif op.op is Op.INSERT:
            text = f"<ins>{text}</ins>"
        parts.append(text)
    return f'<span class="diff">{"".join(parts)}</span>'


def to_unified(a: str, b: str, ops: Iterable[DiffOp] | None = None, *,
               context: int = 1, color: bool = False) -> str:
    """A per-line diff for the terminal, with word marks like `git diff --word-diff=plain`.

    Lines that changed are shown as "-" lines (A, deletions marked `[-old-]`)
    and "+" lines (B, insertions marked `{+new+}`); an edit that spans line
    breaks ties those lines into one group. `context` unchanged lines are kept
    around each group, the rest is elided; every run of shown lines starts
    with an "@@ line N @@" header (N counts lines of A from 1). A changed line
    break shows as ↵ (and a carriage return as ␍). With `color`, deletions are
    red and insertions green instead of marked. No changes give "".
    """
    if context < 0:
        raise ValueError("context must not be negative")
    if ops is None:
        ops = word_diff(a, b)
    if color:
        deleted, inserted = _marker("\x1b[31m", "\x1b[0m"), _marker("\x1b[32m", "\x1b[0m")
    else:
        deleted, inserted = _marker("[-", "-]"), _marker("{+", "+}")
    blocks = _blocks(ops)
    changed = [i for i, block in enumerate(blocks) if block.changed]
    shown = sorted({j for i in changed
                    for j in range(max(0, i - context), min(len(blocks), i + context + 1))})
    lines: list[str] = []
    previous = -2
    for i in shown:
        block = blocks[i]
        if i != previous + 1:
            lines.append(f"@@ line {block.line} @@")
        previous = i
        if block.changed:
            lines += ["-" + line for line in _side_lines(block.pieces, Op.DELETE, deleted)]
            lines += ["+" + line for line in _side_lines(block.pieces, Op.INSERT, inserted)]
        else:
            lines.append(" " + "".join(text for _, text in block.pieces).rstrip("\r\n"))
    return "".join(line + "\n" for line in lines)


def to_json_ops(ops: Iterable[DiffOp]) -> list[dict[str, object]]:
    """`[{"op": "delete", "text": ..., "a": [start, end], "b": [start, end]}, ...]`."""
    return [op.to_dict() for op in ops]


def edit_distance(a: str, b: str, ops: Iterable[DiffOp] | None = None) -> EditDistance:
    """Post-editing distance in words, as CAT tools report it.

    `words` is the number of word tokens in `a` (punctuation and whitespace are
    not words). Each run of edits between two unchanged pieces deletes d words
    and inserts i words; it costs max(d, i) — min(d, i) substitutions plus
    |d - i| plain insertions or deletions — and `changed_words` is the sum over
    all runs, so edits of punctuation or whitespace alone cost nothing.
    `ratio` is changed_words / words; it can exceed 1.0 when words are added,
    is 0.0 when nothing changed in words, and 1.0 when `a` has no words but `b` has.
    """
    if ops is None:
        ops = word_diff(a, b)
    changed = 0
    for equal, group in groupby(ops, key=lambda op: op.op is Op.EQUAL):
        if not equal:
            edits = list(group)
            changed += max(sum(_count_words(op.text) for op in edits if op.op is kind)
                           for kind in (Op.DELETE, Op.INSERT))
    words = _count_words(a)
    return EditDistance(changed, words, changed / words if words else float(changed > 0))


class _TokenDiffer(diff_match_patch):  # type: ignore[misc]
    """diff-match-patch over token codes: one character stands for one distinct token."""

    def __init__(self) -> None:
        super().__init__()
        self.Diff_Timeout = DIFF_TIMEOUT
        self._tokens: list[str] = []
        self._codes: dict[str, str] = {}
        self._spaces: set[str] = set()
        self._line_ends: set[str] = set()
        self._stops: set[str] = set()

    def encode(self, tokens: Iterable[str]) -> str:
        codes = self._codes
        chars = []
        for token in tokens:
            code = codes.get(token)
            if code is None:
                if len(self._tokens) > sys.maxunicode:
                    raise ValueError("too many distinct tokens to diff")
                code = codes[token] = chr(len(self._tokens))
                self._tokens.append(token)
                if token[0].isspace():
                    self._spaces.add(code)
                    if _line_breaks(token):
                        self._line_ends.add(code)
                elif token in _SENTENCE_ENDS:
                    self._stops.add(code)
            chars.append(code)
        return "".join(chars)

    def decode(self, diffs: Iterable[tuple[int, str]], kind: int) -> str:
        """The text of the diffs of one kind."""
        return "".join([self._tokens[ord(code)] for each, codes in diffs if each == kind for code in codes])

    def diff(self, codes_a: str, codes_b: str) -> list[tuple[int, str]]:
        """The token diff of two coded texts with semantic cleanup, anchored on shared segments.

        Segments are lines and sentences. difflib aligns them first, in
        milliseconds, where diff-match-patch takes seconds on long texts that
        differ all over, as two translations of one text do. Runs of as many
        segments on both sides are then diffed segment by segment, other runs as
        a whole, each with its own semantic cleanup (over a whole long text that
        takes quadratic time), all within one `Diff_Timeout`.
        """
        deadline = time.time() + self.Diff_Timeout
        segments_a, segments_b = self._segments(codes_a), self._segments(codes_b)
        diffs: list[tuple[int, str]] = []
        for _, a_start, a_end, b_start, b_end in SequenceMatcher(None, segments_a, segments_b).get_opcodes():
            old, new = segments_a[a_start:a_end], segments_b[b_start:b_end]
            pairs = zip(old, new, strict=True) if len(old) == len(new) else [("".join(old), "".join(new))]
            for old_part, new_part in pairs:
                part = self.diff_main(old_part, new_part, False, deadline)
                self.diff_cleanupSemantic(part)
                diffs += part
        return diffs

    def _segments(self, codes: str) -> list[str]:
        """Cut coded text after each line break and after the space behind . ! ? or …."""
        segments = []
        start = 0
        previous = ""
        for end, code in enumerate(codes, 1):
            if code in self._line_ends or (code in self._spaces and previous in self._stops):
                segments.append(codes[start:end])
                start = end
            previous = code
        if start < len(codes):
            segments.append(codes[start:])
        return segments

    # The name is the library's: diff_cleanupSemantic calls it.
    def diff_cleanupSemanticLossless(self, diffs: list[tuple[int, str]]) -> None:  # noqa: N802
        """Slide each edit between two equalities to the best token boundary.

        The library's own version scores the code characters, which say nothing
        about the tokens; this one scores the tokens on the library's scale.
        """
        pointer = 1
        while pointer < len(diffs) - 1:
            (before_kind, before), (kind, edit), (after_kind, after) = diffs[pointer - 1:pointer + 2]
            if before_kind != _EQUAL or after_kind != _EQUAL:
                pointer += 1
                continue
            if common := self.diff_commonSuffix(before, edit):
                shared = edit[-common:]
                before, edit, after = before[:-common], shared + edit[:-common], shared + after
            best = before, edit, after
            best_score = self._score(before, edit) + self._score(edit, after)
            while edit and after and edit[0] == after[0]:
                before, edit, after = before + edit[0], edit[1:] + after[0], after[1:]
                score = self._score(before, edit) + self._score(edit, after)
                if score >= best_score:  # >= prefers whitespace at the end of an edit
                    best, best_score = (before, edit, after), score
            if best[0] != diffs[pointer - 1][1]:
                diffs[pointer - 1:pointer + 2] = [
                    *([(_EQUAL, best[0])] if best[0] else []), (kind, best[1]),
                    *([(_EQUAL, best[2])] if best[2] else []),
                ]
                pointer -= (not best[0]) + (not best[2])
            pointer += 1

    def _score(self, one: str, two: str) -> int:
        if not one or not two:
            return 6
        return _boundary_score(self._tokens[ord(one[-1])], self._tokens[ord(two[0])])


def _boundary_score(left: str, right: str) -> int:
    """How well an edit boundary between two tokens reads, 5 (blank line) to 0 (between words)."""
    breaks = max(_line_breaks(left), _line_breaks(right))
    if breaks:
        return 5 if breaks > 1 else 4
    left_space, right_space = left[0].isspace(), right[0].isspace()
    if right_space and not left_space and not _is_word(left):
        return 3
    if left_space or right_space:
        return 2
    return 0 if _is_word(left) and _is_word(right) else 1


def _line_breaks(token: str) -> int:
    return len(_LINE_BREAK.findall(token)) if token[0].isspace() else 0


def _is_word(token: str) -> bool:
    return _WORD_START.match(token) is not None


def _count_words(text: str) -> int:
    return sum(1 for token in tokenize(text) if _is_word(token))


def _marker(start: str, end: str) -> Callable[[str], str]:
    return lambda text: f"{start}{text.translate(_VISIBLE_BREAKS)}{end}"


@dataclass(slots=True)
class _Block:
    """Lines of A and B tied together by edits; an unchanged block is one line."""

    line: int
    pieces: list[tuple[Op, str]] = field(default_factory=list)
    changed: bool = False


def _blocks(ops: Iterable[DiffOp]) -> list[_Block]:
    """Cut the ops wherever A and B both are at the start of a line."""
    blocks = []
    line = 1
    current = _Block(line)
    mid_a = mid_b = False
    for op in ops:
        for part in _LINE.findall(op.text) if op.op is Op.EQUAL else [op.text]:
            current.pieces.append((op.op, part))
            current.changed = current.changed or op.op is not Op.EQUAL
            ends_line = part.endswith(("\r", "\n"))
            if op.op is not Op.INSERT:
                mid_a = not ends_line
                line += len(_LINE_BREAK.findall(part))
            if op.op is not Op.DELETE:
                mid_b = not ends_line
            if not (mid_a or mid_b):
                blocks.append(current)
                current = _Block(line)
    if current.pieces:
        blocks.append(current)
    return blocks


def _side_lines(pieces: Iterable[tuple[Op, str]], side: Op, mark: Callable[[str], str]) -> list[str]:
    """The lines of one side (EQUAL pieces plus `side`'s edits, marked), without line ends."""
    lines: list[str] = []
    current: list[str] = []
    open_line = False
    for op, text in pieces:
        if op is not Op.EQUAL and op is not side:
            continue
        for part in _LINE.findall(text):
            body = part.rstrip("\r\n")
            current.append(body if op is Op.EQUAL else mark(part))
            open_line = body == part
            if not open_line:
                lines.append("".join(current))
                current = []
    if open_line:
        lines.append("".join(current))
    return lines
