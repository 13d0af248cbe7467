"""Lemmas from spaCy's lookup tables (spacy-lookups-data), with fallbacks for unknown words.

German news is full of compounds the table has never seen ("Terrorregimes",
"Hoffnungsschimmers"); for those the last known part is lemmatised and the
rest kept. Endings are stripped when that yields a known lemma. Results are
cached per word form. `forms()` lists the inflected forms of a rule's word so
that rules match every form, whatever the table knows.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import marshal
from collections.abc import Callable
from functools import cache
from pathlib import Path

from framing_desk.core.nlp.german import SELF_LEMMAS
from framing_desk.core.storage import atomic_write_bytes, cache_dir

_ADJ_ENDINGS = ("sten", "ster", "stes", "stem", "ste", "eren", "erer", "eres", "erem", "ere",
                "en", "em", "er", "es", "e")
_NOUN_ENDINGS = ("ens", "en", "es", "n", "s", "e")
_NOUN_FORMS = ("", "s", "es", "n", "en", "e", "er", "ern", "ns", "se", "sen", "nen")
_ADJ_FORMS = ("", "e", "en", "em", "er", "es", "ere", "eren", "erem", "erer", "eres",
              "ste", "sten", "stem", "ster", "stes", "este", "esten", "estem", "ester", "estes")
_VERB_FORMS = ("e", "st", "t", "et", "te", "ten", "test", "tet", "end", "ende", "enden", "est")
_MIN_HEAD = 4
_CACHE_LIMIT = 500_000


class Lemmatizer:
    """Maps word forms to lemmas for one language; `lemma()` is cached per form."""

    def __init__(self, language: str, cache_dir: Path | None = None) -> None:
        import spacy_lookups_data  # imported with the first table: its import lists every table file

        self.language = language
        cache = cache_dir / f"lemmas-{language}-{spacy_lookups_data.__version__}.marshal" \
            if cache_dir is not None else None
        self._table = load_table(language, cache)
        self._lemmas = frozenset(self._table.values())
        self._cache: dict[str, str] = {}
        self._forms: dict[str, frozenset[str]] = {}
        self._forms_added = False

    def known(self, form: str) -> bool:
        return self._get(form) is not None

    def _known_in_any_case(self, form: str) -> bool:
        """Whether `lemma()` would take the form's lemma from the table (not a fallback)."""
        return any(self._get(c) is not None
                   for c in (form, form.lower(), form[:1].upper() + form[1:].lower()))

    def lemma(self, form: str) -> str:
        cached = self._cache.get(form)
        if cached is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            cached = self._cache[form] = self._lemma(form)
        return cached

    def norm(self, form: str) -> str:
        """The lemma rules match against: lower case, and ß as ss (old and Swiss spelling)."""
        return self.lemma(form).lower().replace("ß", "ss")

    def forms(self, word: str) -> frozenset[str]:
        """Norms of `word`'s inflected forms: its own, and those of forms the table lacks.

        Each form is also tried capitalised and in lower case, as a word at the start
        of a sentence is capitalised and the fallbacks treat capitalised words as nouns.
        """
        cached = self._forms.get(word)
        if cached is not None:
            return cached
        norms = {self.norm(word), word.lower()}
        candidates = _inflect(word) if self.language == "de" and word.isalpha() else [word]
        for form in candidates:
            other_case = form.lower() if form[:1].isupper() else form[:1].upper() + form[1:]
            for variant in (form, other_case):
                if not self._known_in_any_case(variant):
                    norms.add(self.norm(variant))
        self._forms[word] = frozen = frozenset(norms)
        self._forms_added = True
        return frozen

    def load_forms(self, path: Path) -> None:
        """Take over `forms()` results saved by `save_forms` (a missing or bad file is ignored)."""
        try:
            saved = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(saved, dict):
            for word, norms in saved.items():
                if isinstance(word, str) and isinstance(norms, list):
                    self._forms.setdefault(word, frozenset(norms))

    def save_forms(self, path: Path, *, always: bool = False) -> None:
        """Save `forms()` results when new ones were worked out, or `always` (best effort: a cache)."""
        if not (self._forms_added or always):
            return
        data = marshal.dumps({word: sorted(norms) for word, norms in self._forms.items()})
        with contextlib.suppress(OSError):
            atomic_write_bytes(path, data)
        self._forms_added = False

    def _get(self, form: str) -> str | None:
        """The lemma of a form the table knows (as an inflected form or as a lemma)."""
        value = self._table.get(form)
        if isinstance(value, str):
            return value
        return form if form in self._lemmas else None

    def _lemma(self, form: str) -> str:
        if self.language == "de" and form.lower() in SELF_LEMMAS:
            return form.lower()
        for candidate in (form, form.lower(), form[:1].upper() + form[1:].lower()):
            found = self._get(candidate)
            if found is not None:
                return found
        if self.language == "de" and len(form) > 3:
            return _german_fallback(form, self._get, self.lemma)
        return form


def load_table(language: str, cache: Path | None = None) -> dict[str, str]:
    """spaCy's lemma lookup table for `language`, read straight from spacy-lookups-data.

    spaCy's own `load_lookups` hashes every key into a `Table`, which costs
    seconds for the German table; a plain dict from JSON costs about half a
    second, and from a marshal copy in `cache` (made on first use) a fifth.
    """
    if cache is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            cached = marshal.loads(cache.read_bytes())
            if isinstance(cached, dict):
                return cached
    import spacy_lookups_data

    path = spacy_lookups_data.get_file(f"{language}_lemma_lookup.json.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as stream:
        table: dict[str, str] = json.load(stream)
    if cache is not None:
        with contextlib.suppress(OSError):
            atomic_write_bytes(cache, marshal.dumps(table))
    return table


def _inflect(word: str) -> list[str]:
    if word[:1].isupper():
        return [word + ending for ending in _NOUN_FORMS]
    forms = [word + ending for ending in _ADJ_FORMS]
    if word.endswith(("en", "ern", "eln")):
        stem = word[:-2] if word.endswith("en") else word[:-1]
        forms += [stem + ending for ending in _VERB_FORMS]
        forms.append("ge" + stem + "t")
    return forms


def _german_fallback(form: str, get: Callable[[str], str | None],
                     lemma: Callable[[str], str]) -> str:
    if "-" in form.strip("-"):
        head, _, last = form.rstrip("-").rpartition("-")
        return f"{head}-{lemma(last)}"
    if not form.isalpha():
        return form
    lower = form.lower()
    noun = form[:1].isupper()
    for ending in _NOUN_ENDINGS if noun else _ADJ_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 3:
            found = get(stem.capitalize() if noun else stem)
            if found is not None:
                return found
    if noun:
        for cut in range(2, len(form) - _MIN_HEAD + 1):
            found = get(form[cut:].capitalize())
            if found is not None and found[:1].isupper():
                return form[:cut] + found.lower()
    return form


@cache
def shared_lemmatizer(language: str) -> Lemmatizer:
    """One lemmatizer per language for the whole process (its table takes a while to load)."""
    return Lemmatizer(language, cache_dir())


class LazyLemmatizer:
    """Stands for `shared_lemmatizer(language)` and loads it on first use, so that work which
    may need no lemma at all (a rewrite with nothing to change) does not wait for the table."""

    def __init__(self, language: str) -> None:
        self.language = language

    def lemma(self, form: str) -> str:
        return shared_lemmatizer(self.language).lemma(form)

    def norm(self, form: str) -> str:
        return shared_lemmatizer(self.language).norm(form)
