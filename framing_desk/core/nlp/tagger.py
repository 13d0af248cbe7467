"""A coarse part-of-speech tagger for German built from spelling and a closed-class word list.

German capitalises nouns, and articles, prepositions, pronouns, conjunctions
and auxiliaries form small closed lists, so a few rules tag most tokens well
enough for rule patterns ({NOUN} {ADJ} {VERB} {NUM}) at a cost of a dict
lookup per word form. ARCHITECTURE.md reports its accuracy against HanTa.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk.core.nlp.german import ADJECTIVE_ENDINGS as _ADJ_ENDINGS
from framing_desk.core.nlp.german import CLOSED_CLASS as _CLOSED
from framing_desk.core.nlp.lemmas import Lemmatizer

_ADJ_SUFFIXES = ("ig", "lich", "isch", "bar", "sam", "haft", "los", "voll", "iv", "al", "ell",
                 "ant", "ent", "end", "reich", "arm", "wert", "fest", "weit")


class CoarseTagger:
    """Tags tokens with Universal POS tags from spelling, closed classes and lemmas."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[tuple[int, bool], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Tag the whole Doc."""
        self.tag_range(doc, 0, len(doc))
        return doc

    def tag_range(self, doc: Doc, first: int, last: int) -> None:
        """Tag tokens first..last-1 (the matcher tags only the sentences a rule needs)."""
        cache = self._cache
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SENT_START])[first:last].tolist()
        for i, (orth, start) in enumerate(rows, start=first):
            key = (orth, start == 1)
            tag = cache.get(key)
            if tag is None:
                lexeme = doc.vocab[orth]
                tag = cache[key] = strings.add(self.tag(
                    strings[orth], sentence_start=key[1], is_punct=lexeme.is_punct,
                    like_num=lexeme.like_num, is_space=lexeme.is_space))
            doc[i].pos = tag

    def tag(self, text: str, *, sentence_start: bool, is_punct: bool = False,
            like_num: bool = False, is_space: bool = False) -> str:
        if is_space:
            return "SPACE"
        if is_punct:
            return "PUNCT"
        if like_num:
            return "NUM"
        lower = text.lower()
        closed = _CLOSED.get(lower)
        if closed is not None and (sentence_start or not text[:1].isupper()):
            return closed
        if text[:1].isupper():
            if not sentence_start:
                return "NOUN"
            lemma = self.lemmatizer.lemma(text)
            if lemma[:1].isupper() or not self.lemmatizer.known(lower):
                return "NOUN"
        return self._open_class(lower)

    def _open_class(self, lower: str) -> str:
        lemma = self.lemmatizer.lemma(lower).lower()
        if lemma != lower and any(lower == lemma + e for e in _ADJ_ENDINGS):
            return "ADJ"
        if lemma.endswith(_ADJ_SUFFIXES):
            return "ADJ"
        if lemma.endswith(("en", "ern", "eln")):
            return "VERB"
        return "ADV"


@Language.factory("framing_tagger")
def make_tagger(nlp: Language, name: str) -> CoarseTagger:
    from framing_desk.core.nlp.lemmas import shared_lemmatizer

    return CoarseTagger(shared_lemmatizer(nlp.lang))
