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

from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk.core.nlp.arrays import NOT_SENT_START, write_columns

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
    """Sets sentence starts for a whole Doc (needs `doc.spans["quotes"]` for straight quotes)."""

    _CACHE_LIMIT = 300_000

    def __init__(self) -> None:
        self._forms: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        quote_ends = {span.end_char for span in doc.spans.get("quotes", [])}
        forms_cache = self._forms
        if len(forms_cache) > self._CACHE_LIMIT:
            forms_cache.clear()
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, IDX]).tolist()
        forms: list[int] = []
        for orth, idx in columns:
            form = forms_cache.get(orth)
            if form is None:
                form = forms_cache[orth] = _classify(strings[orth])
            if form & _Form.QUOTE_MARK and idx + 1 not in quote_ends:
                form &= ~_Form.CLOSING
            forms.append(form)
        starts = [(NOT_SENT_START,)] * len(doc)
        starts[0] = (1,)
        after_break = True
        for i, form in enumerate(forms):
            if form & _Form.SPACE:
                after_break = after_break or bool(form & _Form.LINE_BREAK)
                continue
            if after_break or _boundary(forms, i):
                starts[i] = (1,)
            after_break = False
        write_columns(doc, [SENT_START], starts)
        return doc


def _boundary(forms: list[int], i: int) -> bool:
    """Whether a sentence starts at token i (not after a line break)."""
    form = forms[i]
    if not form & _Form.STARTS or form & _Form.CLOSING:
        return False
    j = i - 1
    while j > 0 and forms[j] & _Form.SPACE:
        j -= 1
    if forms[j] & _Form.NUMBER_DOT and form & _Form.STARTER:
        return True
    while j > 0 and forms[j] & (_Form.CLOSING | _Form.SPACE):
        j -= 1
    return bool(forms[j] & _Form.TERMINAL)


@Language.factory("framing_sentences")
def make_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()
