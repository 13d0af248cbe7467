"""Sentence boundaries for news copy: headlines without final punctuation, quotes, abbreviations.

Every line break ends a sentence (headlines, subheadings, list items). Inside
a line, a sentence ends after . ! ? … (and any closing quotation mark or
bracket that follows) when the next word starts like a sentence. spaCy's
German tokenizer already keeps abbreviations ("z. B.", "Dr.") and ordinals
("3.") together with their period, so a lone period is a real full stop.

The component reads and writes arrays (`Doc.to_array` / `Doc.from_array`) and
classifies each word form once, so it costs little more than a loop over ints.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk.core.nlp.arrays import NOT_SENT_START, word_forms, write_columns

_TERMINAL = frozenset({".", "!", "?", "…", "?!", "!?", "...", "!!", "??", "?!?", "!!!"})
_CLOSING = frozenset("“”\"«»’‘)]")
_QUOTE_MARKS = frozenset("\"”“»«")
_ENDING_ABBREVIATIONS = frozenset({"usw.", "etc.", "bzw.", "u.a.", "o.ä.", "u.ä.", "ff.", "Chr."})
_YEAR_DOT = re.compile(r"^(1[0-9]|20)\d\d\.$")
_NUMBER_DOT = re.compile(r"^\d+\.$")
# Words that start sentences but hardly ever follow an ordinal ("am 3. Oktober", "der 2. Platz"):
# after "Nr. 5." one of them means a new sentence.
_STARTERS = frozenset(
    "der die das ein eine er sie es wir ich man dies diese dieser dieses danach dann doch aber "
    "auch so zudem außerdem damit dabei deshalb daher trotzdem allerdings jedoch nun jetzt "
    "heute bisher seitdem zuvor in im am an auf bei mit nach von vor für um zum zur als wenn "
    "weil ob wie was wer wo warum".split()
)
_STARTS = re.compile(r"^[\w„“\"»«‚(\[–—-]")


class _Form:
    """Bit flags describing a word form (plain ints: enum flags are slow in a hot loop)."""

    NONE = 0
    SPACE = 1
    LINE_BREAK = 2
    TERMINAL = 4
    CLOSING = 8
    QUOTE_MARK = 16
    STARTS = 32
    NUMBER_DOT = 64
    STARTER = 128


def _classify(text: str) -> int:
    form = _Form.NONE
    if text.isspace():
        form |= _Form.SPACE
        if "\n" in text or "\r" in text:
            form |= _Form.LINE_BREAK
        return form
    if text in _TERMINAL or text in _ENDING_ABBREVIATIONS or _YEAR_DOT.match(text):
        form |= _Form.TERMINAL
    if text in _CLOSING:
        form |= _Form.CLOSING
    if text in _QUOTE_MARKS:
        form |= _Form.QUOTE_MARK
    if _STARTS.match(text) and (not text[0].isalpha() or text[0].isupper()):
        form |= _Form.STARTS
    if _NUMBER_DOT.match(text):
        form |= _Form.NUMBER_DOT
    if text.lower() in _STARTERS:
        form |= _Form.STARTER
    return form


class SentenceSegmenter:
    """Sets sentence starts for a whole Doc (needs `doc._.quote_chars` for straight quotes).

    Word forms are classified once (cached); only tokens that follow
    punctuation or white space are looked at one by one.
    """

    _CACHE_LIMIT = 300_000
    _AFTER = _Form.TERMINAL | _Form.CLOSING | _Form.SPACE | _Form.NUMBER_DOT

    def __init__(self) -> None:
        self._forms: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache = self._forms
        if len(cache) > self._CACHE_LIMIT:
            cache.clear()
        strings = doc.vocab.strings
        forms = word_forms(doc)
        per_form = []
        for orth in forms.orths:
            form = cache.get(orth)
            if form is None:
                form = cache[orth] = _classify(strings[orth])
            per_form.append(form)
        flags = forms.spread(per_form, "int64")
        quote_ends = {end for _, end in doc._.quote_chars}
        for i in numpy.flatnonzero(flags & _Form.QUOTE_MARK).tolist():
            if doc[i].idx + 1 not in quote_ends:
                flags[i] &= ~_Form.CLOSING
        token_flags: list[int] = flags.tolist()
        starts = numpy.full(len(doc), NOT_SENT_START, dtype="uint64")
        starts[0] = 1
        candidates = numpy.flatnonzero(flags[:-1] & self._AFTER) + 1
        for i in candidates.tolist():
            if not token_flags[i] & _Form.SPACE and _boundary(token_flags, i):
                starts[i] = 1
        write_columns(doc, [SENT_START], starts)
        return doc


def _boundary(forms: list[int], i: int) -> bool:
    """Whether a sentence starts at token i, which follows punctuation or white space."""
    form = forms[i]
    j = i - 1
    while j > 0 and forms[j] & _Form.SPACE:
        if forms[j] & _Form.LINE_BREAK:
            return True
        j -= 1
    if forms[j] & _Form.LINE_BREAK:
        return True
    if not form & _Form.STARTS or form & _Form.CLOSING:
        return False
    if forms[j] & _Form.NUMBER_DOT and form & _Form.STARTER:
        return True
    while j > 0 and forms[j] & (_Form.CLOSING | _Form.SPACE):
        if forms[j] & _Form.LINE_BREAK:
            return False
        j -= 1
    return bool(forms[j] & _Form.TERMINAL)


@Language.factory("framing_sentences")
def make_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()
