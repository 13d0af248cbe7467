"""The spaCy pipeline: a blank language plus Framing Desk's registered components.

    tokenizer → framing_lemmatizer → framing_quotes → framing_sentences → framing_matcher

No statistical model is loaded: lemmas come from spaCy's lookup tables,
sentences and quotes from rules. Parts of speech come from the coarse tagger,
which the matcher runs only on sentences where a rule needs them (the
`framing_tagger` component tags whole documents for those who want it).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import spacy
import spacy_lookups_data
from spacy.attrs import LEMMA, NORM
from spacy.language import Language
from spacy.tokens import Doc

from framing_desk import __version__
from framing_desk.core.nlp import german, lemmas, sentences, tagger
from framing_desk.core.nlp.arrays import doc_text, word_forms, write_columns
from framing_desk.core.nlp.framing import FramingMatcher
from framing_desk.core.nlp.lemmas import Lemmatizer, shared_lemmatizer
from framing_desk.core.nlp.quotes import QUOTE_MARKS, quote_spans
from framing_desk.core.prepared import prepared_file
from framing_desk.core.rules.catalog import load_rule_set
from framing_desk.core.storage import cache_dir

__all__ = ["build_pipeline", "sentences", "tagger"]


class LemmaSetter:
    """Writes each token's lemma to LEMMA and its normalised lemma to NORM (which rules match).

    Lemmas are worked out once per distinct word form and written for all
    tokens in one `Doc.from_array` call.
    """

    _CACHE_LIMIT = 300_000

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[int, tuple[int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        cache = self._cache
        if len(cache) > self._CACHE_LIMIT:
            cache.clear()
        forms = word_forms(doc)
        pairs = []
        for orth in forms.orths:
            pair = cache.get(orth)
            if pair is None:
                text = strings[orth]
                pair = cache[orth] = (strings.add(self.lemmatizer.lemma(text)),
                                      strings.add(self.lemmatizer.norm(text)))
            pairs.append(pair)
        write_columns(doc, [LEMMA, NORM], forms.spread(pairs, "uint64"))
        return doc


@Language.factory("framing_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LemmaSetter:
    return LemmaSetter(shared_lemmatizer(nlp.lang))


for _name, _default in (("quote_chars", []), ("source_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class QuoteMarker:
    """Direct speech as the span group `doc.spans["quotes"]` (token-aligned) and as exact
    character offsets in `doc._.quote_chars`. Give the text as `doc._.source_text` when you
    have it (see `make_doc`): rebuilding it from the tokens costs time on long documents.

    `Doc.text` is rebuilt from the tokens on every access, so it is only asked
    for when one of the tokens holds a quotation mark (most news lines have none).
    """

    def __init__(self) -> None:
        self._has_mark: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        has_mark = self._has_mark
        found = False
        for orth in word_forms(doc).orths:
            marked = has_mark.get(orth)
            if marked is None:
                marked = has_mark[orth] = QUOTE_MARKS.search(strings[orth]) is not None
            if marked:
                found = True
                break
        chars = quote_spans(doc._.source_text or doc_text(doc)) if found else []
        spans = []
        for start, end in chars:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["quotes"] = spans
        doc._.quote_chars = chars
        return doc


@Language.factory("framing_quotes")
def make_quote_marker(nlp: Language, name: str) -> QuoteMarker:
    return QuoteMarker()


@Language.factory("framing_matcher", default_config={"rule_dirs": []})
def make_matcher(nlp: Language, name: str, rule_dirs: list[str]) -> FramingMatcher:
    language = str(nlp.lang)
    rules = load_rule_set(language, tuple(rule_dirs))
    lemmatizer = shared_lemmatizer(language)
    cache = forms_cache_path(lemmatizer.language)
    lemmatizer.load_forms(cache)
    lemmatizer.load_forms(prepared_file(cache.name))  # installed with the program (core/prepared.py)
    matcher = FramingMatcher(nlp.vocab, rules, lemmatizer,
                             split=lambda word: [t.text for t in nlp.tokenizer(word)])
    lemmatizer.save_forms(cache)
    return matcher


def forms_cache_path(language: str) -> Path:
    """Where the inflected forms of rule words are kept between runs (they take seconds to work
    out); the name changes with the program's and the lemma table's version."""
    return cache_dir() / f"forms-{language}-{_lemmatizer_fingerprint()}.marshal"


@cache
def _lemmatizer_fingerprint() -> str:
    """Changes whenever the lemmatizer's code, word lists or lookup data change."""
    digest = hashlib.sha256(f"{__version__} {spacy_lookups_data.__version__}".encode())
    for module in (lemmas, german):
        with contextlib.suppress(OSError, TypeError):
            digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]



def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise `text` for `nlp`, keeping the text itself for the components that need it."""
    doc = nlp.make_doc(text)
    doc._.source_text = text
    return doc


def build_pipeline(language: str, rule_dirs: Sequence[Path]) -> Language:
    """A blank spaCy pipeline for `language` that finds framing with the rules in `rule_dirs`."""
    nlp = spacy.blank(language)
    nlp.add_pipe("framing_lemmatizer")
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_sentences")
    nlp.add_pipe("framing_matcher", config={"rule_dirs": [str(d) for d in rule_dirs]})
    return nlp
