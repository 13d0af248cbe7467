"""German inflection for the rewrite: nouns (from Wiktionary data), determiners and adjectives.

The rewrite swaps words inside noun phrases ("einen Durchbruch" → "eine
Einigung"), so it needs to know a noun's gender and forms, which case and
number a determiner can stand for, and how determiners and adjectives are
inflected. Nouns come from resources/morph/de_nouns.tsv.gz (see its README);
determiner and adjective endings are the regular paradigms of German grammar.
"""

from __future__ import annotations

import contextlib
import gzip
import marshal
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from framing_desk.core.resources import resource_path
from framing_desk.core.storage import atomic_write_bytes, cache_dir


class Case(StrEnum):
    NOM = "nom"
    GEN = "gen"
    DAT = "dat"
    ACC = "acc"


CASES = (Case.NOM, Case.GEN, Case.DAT, Case.ACC)
# A slot of a paradigm: case, and gender "m"/"f"/"n" in the singular or "pl" for the plural.
Slot = tuple[Case, str]
GENDERS = ("m", "f", "n", "pl")


@dataclass(frozen=True, slots=True)
class Noun:
    lemma: str
    gender: str  # "m", "f", "n", or "" for plural-only nouns
    singular: tuple[str, str, str, str]  # nom, gen, dat, acc
    plural: tuple[str, str, str, str]

    def form(self, case: Case, plural: bool) -> str:
        forms = self.plural if plural else self.singular
        return forms[CASES.index(case)].split("|")[0] or self.lemma

    def slots_of(self, surface: str) -> set[Slot]:
        """The case/number slots in which this noun has the form `surface`."""
        found: set[Slot] = set()
        for index, case in enumerate(CASES):
            if surface in self.singular[index].split("|") and self.gender:
                found.add((case, self.gender))
            if surface in self.plural[index].split("|"):
                found.add((case, "pl"))
        return found


_Row = tuple[str, ...]  # gender, then the eight forms


class NounTable:
    """Noun lookup by lemma and by any inflected form (rows turn into `Noun`s on demand)."""

    def __init__(self, rows: dict[str, _Row], by_form: dict[str, list[str]]) -> None:
        self._rows = rows
        self._by_form = by_form

    @classmethod
    def from_rows(cls, rows: dict[str, _Row]) -> NounTable:
        by_form: dict[str, list[str]] = {}
        for lemma, row in rows.items():
            for form in {variant for forms in row[1:] for variant in forms.split("|")}:
                if form:
                    by_form.setdefault(form, []).append(lemma)
        return cls(rows, by_form)

    def noun(self, lemma: str) -> Noun | None:
        row = self._rows.get(lemma)
        if row is None:
            return None
        gender, *forms = row
        return Noun(lemma, gender, (forms[0], forms[1], forms[2], forms[3]),
                    (forms[4], forms[5], forms[6], forms[7]))

    def is_known(self, word: str) -> bool:
        """Whether `word` is a noun or noun form of the table itself (not a compound of one)."""
        return word in self._rows or word in self._by_form

    def lookup(self, word: str) -> Noun | None:
        """The noun whose lemma or form `word` is (for compounds: by their last part)."""
        noun = self.noun(word) or self._by_any_form(word)
        if noun is not None:
            return noun
        for cut in range(1, len(word) - 3):
            head = word[cut:].capitalize()
            noun = self.noun(head) or self._by_any_form(head)
            if noun is not None:
                prefix = word[:cut]
                head_lemma = noun.lemma if prefix.endswith("-") else noun.lemma.lower()
                return Noun(prefix + head_lemma, noun.gender,
                            _prefixed(prefix, noun.singular), _prefixed(prefix, noun.plural))
        return None

    def _by_any_form(self, word: str) -> Noun | None:
        lemmas = self._by_form.get(word)
        return self.noun(lemmas[0]) if lemmas else None

    def dump(self) -> bytes:
        return marshal.dumps((self._rows, self._by_form))

    @classmethod
    def load(cls, data: bytes) -> NounTable:
        rows, by_form = marshal.loads(data)
        return cls(rows, by_form)


def _prefixed(prefix: str, forms: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    hyphen = prefix.endswith("-")

    def joined(slot: str) -> str:
        return "|".join(prefix + (f if hyphen else f.lower()) for f in slot.split("|") if f)

    a, b, c, d = (joined(f) for f in forms)
    return a, b, c, d


@cache
def noun_table() -> NounTable:
    """The noun table, from a marshal copy in the cache folder when it is current."""
    path = resource_path("morph", "de_nouns.tsv.gz")
    stat = path.stat()
    cached = cache_dir() / f"nouns-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        return NounTable.load(cached.read_bytes())
    rows: dict[str, _Row] = {}
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 10:
                rows[parts[0]] = tuple(parts[1:])
    table = NounTable.from_rows(rows)
    with contextlib.suppress(OSError):
        atomic_write_bytes(cached, table.dump())
    return table


# Determiner endings by slot; "der" words take the definite endings, "ein" words (ein, kein,
# possessives) the indefinite ones, where nom m and nom/acc n have no ending.
_DEFINITE = {
    (Case.NOM, "m"): "der", (Case.GEN, "m"): "des", (Case.DAT, "m"): "dem", (Case.ACC, "m"): "den",
    (Case.NOM, "f"): "die", (Case.GEN, "f"): "der", (Case.DAT, "f"): "der", (Case.ACC, "f"): "die",
    (Case.NOM, "n"): "das", (Case.GEN, "n"): "des", (Case.DAT, "n"): "dem", (Case.ACC, "n"): "das",
    (Case.NOM, "pl"): "die", (Case.GEN, "pl"): "der", (Case.DAT, "pl"): "den", (Case.ACC, "pl"): "die",
}
_DER_WORD_ENDINGS = {
    (Case.NOM, "m"): "er", (Case.GEN, "m"): "es", (Case.DAT, "m"): "em", (Case.ACC, "m"): "en",
    (Case.NOM, "f"): "e", (Case.GEN, "f"): "er", (Case.DAT, "f"): "er", (Case.ACC, "f"): "e",
    (Case.NOM, "n"): "es", (Case.GEN, "n"): "es", (Case.DAT, "n"): "em", (Case.ACC, "n"): "es",
    (Case.NOM, "pl"): "e", (Case.GEN, "pl"): "er", (Case.DAT, "pl"): "en", (Case.ACC, "pl"): "e",
}
_EIN_WORD_ENDINGS = {**_DER_WORD_ENDINGS, (Case.NOM, "m"): "", (Case.NOM, "n"): "",
                     (Case.ACC, "n"): ""}
_EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur", "Ihr")
_DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch", "all")

# Adjective endings after a der-word (weak), an ein-word (mixed) or none (strong).
_WEAK = {slot: ("e" if slot in {(Case.NOM, "m"), (Case.NOM, "f"), (Case.NOM, "n"),
                                (Case.ACC, "f"), (Case.ACC, "n")} else "en")
         for slot in _DEFINITE}
_MIXED = {**_WEAK, (Case.NOM, "m"): "er", (Case.NOM, "n"): "es", (Case.ACC, "n"): "es"}
_STRONG = {**_DER_WORD_ENDINGS, (Case.GEN, "m"): "en", (Case.GEN, "n"): "en"}


class Determiner(StrEnum):
    DEFINITE = "definite"
    DER_WORD = "der-word"
    EIN_WORD = "ein-word"


@dataclass(frozen=True, slots=True)
class DeterminerInfo:
    kind: Determiner
    stem: str
    slots: frozenset[Slot]


CONTRACTIONS = {"zum": ("zu", "dem"), "zur": ("zu", "der"), "im": ("in", "dem"),
                "am": ("an", "dem"), "beim": ("bei", "dem"), "vom": ("von", "dem"),
                "ins": ("in", "das"), "ans": ("an", "das")}
_CONTRACTED = {parts: word for word, parts in CONTRACTIONS.items()}


def contract(preposition: str, article: str) -> str:
    """ "zu" + "der" → "zur"; forms without a contraction stay two words ("zu den")."""
    return _CONTRACTED.get((preposition.lower(), article.lower()), f"{preposition} {article}")


def analyse_determiner(word: str) -> DeterminerInfo | None:
    """Which slots a determiner form can stand for ("einen" → acc m; "der" → nom m, gen/dat f …)."""
    lower = word.lower()
    if lower in CONTRACTIONS:
        preposition, article = CONTRACTIONS[lower]
        slots = {slot for slot, form in _DEFINITE.items() if form == article}
        return DeterminerInfo(Determiner.DEFINITE, preposition, frozenset(slots))
    definite = {slot for slot, form in _DEFINITE.items() if form == lower}
    if definite:
        return DeterminerInfo(Determiner.DEFINITE, "d", frozenset(definite))
    for kind, stems, endings in ((Determiner.EIN_WORD, _EIN_STEMS, _EIN_WORD_ENDINGS),
                                 (Determiner.DER_WORD, _DER_STEMS, _DER_WORD_ENDINGS)):
        for stem in stems:
            stem_lower = stem.lower()
            if lower.startswith(stem_lower):
                ending = lower[len(stem_lower):]
                slots = {slot for slot, e in endings.items() if e == ending}
                if kind is Determiner.EIN_WORD and stem_lower == "ein":
                    slots = {slot for slot in slots if slot[1] != "pl"}
                if slots:
                    return DeterminerInfo(kind, word[:len(stem)], frozenset(slots))
    return None


def inflect_determiner(info: DeterminerInfo, slot: Slot) -> str:
    if info.kind is Determiner.DEFINITE:
        form = _DEFINITE[slot]
        return contract(info.stem, form) if info.stem != "d" else form
    endings = _EIN_WORD_ENDINGS if info.kind is Determiner.EIN_WORD else _DER_WORD_ENDINGS
    stem = "eur" if info.stem.lower() == "euer" and endings[slot] else info.stem
    return stem + endings[slot]


def adjective_ending(determiner: DeterminerInfo | None, slot: Slot) -> str:
    if determiner is None:
        return _STRONG[slot]
    if determiner.kind is Determiner.EIN_WORD:
        return _MIXED[slot]
    return _WEAK[slot]


def with_case_of(word: str, template: str) -> str:
    """`word` with the capitalisation of its first letter taken from `template`."""
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word[:1].lower() + word[1:]
