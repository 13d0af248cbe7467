"""Sentence boundaries for news copy: headlines without final punctuation, quotes, abbreviations.

Every line break ends a sentence (headlines, subheadings, list items). Inside
a line, a sentence ends after . ! ? … (and any closing quotation mark or
bracket that follows) when the next word starts like a sentence. spaCy's
German tokenizer already keeps abbreviations ("z. B.", "Dr.") and ordinals
("3.") together with their period, so a lone period is a real full stop.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

_TERMINAL = frozenset({".", "!", "?", "…", "?!", "!?", "...", "!!", "??", "?!?", "!!!"})
_CLOSING = frozenset("“”\"«»’‘)]")
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


def _is_line_break(token: Token) -> bool:
    return token.is_space and ("\n" in token.text or "\r" in token.text)


def _closes_sentence(doc: Doc, i: int, quote_ends: set[int]) -> bool:
    """Whether a sentence ends right after token i."""
    text = doc[i].text
    if text in _TERMINAL or text in _ENDING_ABBREVIATIONS or _YEAR_DOT.match(text):
        return True
    is_closing = text in _CLOSING and (text not in "\"”“»«" or doc[i].idx + 1 in quote_ends)
    return is_closing and i > 0 and _closes_sentence(doc, i - 1, quote_ends)


def _starts_sentence(token: Token) -> bool:
    text = token.text
    if not _STARTS.match(text):
        return False
    first = text[0]
    return not first.isalpha() or first.isupper()


@Language.component("framing_sentences")
def segment_sentences(doc: Doc) -> Doc:
    """Set `is_sent_start` on every token (needs the quote spans for straight quotes)."""
    quote_ends = {span.end_char for span in doc.spans.get("quotes", [])}
    previous_break = True
    for i, token in enumerate(doc):
        if previous_break:
            start = not token.is_space or i == 0
        elif token.is_space:
            start = False
        else:
            start = _starts_sentence(token) and (
                _closes_sentence(doc, i - 1, quote_ends)
                or (_NUMBER_DOT.match(doc[i - 1].text) is not None
                    and token.text.lower() in _STARTERS))
            if start and token.text in _CLOSING and token.idx + 1 in quote_ends:
                start = False
        token.is_sent_start = start
        if _is_line_break(token):
            previous_break = True
        elif not token.is_space:
            previous_break = False
    return doc
