"""German verb forms for the rewrite: which form a verb stands in, and the same form of another.

Rules suggest neutral verbs in the third person singular present ("sagt",
"legt nahe"); the verb they replace may be past, plural or a participle
("behauptete", "behaupten", "hat behauptet"). Weak verbs are conjugated by
rule; the few strong verbs that suggestions and framing verbs use are listed.
"""

from __future__ import annotations

from enum import StrEnum


class Form(StrEnum):
    PRESENT_SINGULAR = "3sg"  # sagt
    PRESENT_PLURAL = "3pl"  # sagen (also the infinitive)
    PAST_SINGULAR = "past-3sg"  # sagte
    PAST_PLURAL = "past-3pl"  # sagten
    PARTICIPLE = "participle"  # gesagt


_IRREGULAR: dict[str, dict[Form, str]] = {
    "geben": {Form.PRESENT_SINGULAR: "gibt", Form.PAST_SINGULAR: "gab", Form.PAST_PLURAL: "gaben",
              Form.PARTICIPLE: "gegeben", Form.PRESENT_PLURAL: "geben"},
    "sprechen": {Form.PRESENT_SINGULAR: "spricht", Form.PAST_SINGULAR: "sprach",
                 Form.PAST_PLURAL: "sprachen", Form.PARTICIPLE: "gesprochen"},
    "weisen": {Form.PRESENT_SINGULAR: "weist", Form.PAST_SINGULAR: "wies",
               Form.PAST_PLURAL: "wiesen", Form.PARTICIPLE: "gewiesen"},
    "beweisen": {Form.PRESENT_SINGULAR: "beweist", Form.PAST_SINGULAR: "bewies",
                 Form.PAST_PLURAL: "bewiesen", Form.PARTICIPLE: "bewiesen"},
    "gestehen": {Form.PRESENT_SINGULAR: "gesteht", Form.PAST_SINGULAR: "gestand",
                 Form.PAST_PLURAL: "gestanden", Form.PARTICIPLE: "gestanden"},
    "stehen": {Form.PRESENT_SINGULAR: "steht", Form.PAST_SINGULAR: "stand",
               Form.PAST_PLURAL: "standen", Form.PARTICIPLE: "gestanden"},
}
# Separable particles that suggestions put after the verb ("legt nahe", "teilt mit").
PARTICLES = frozenset("nahe hin an mit bekannt zu vor auf ein aus dar fest heraus hervor".split())
_INSEPARABLE = ("be", "ver", "er", "ent", "emp", "ge", "zer", "miss", "hinter", "über")


_IRREGULAR_FORMS = {form: lemma for lemma, forms in _IRREGULAR.items() for form in forms.values()}


def irregular_lemma(word: str) -> str | None:
    """The lemma of a listed strong verb form ("gaben" → "geben"), which the lookup table may
    take for a noun ("Gaben")."""
    return _IRREGULAR_FORMS.get(word.lower())


def _stem(lemma: str) -> str:
    return lemma[:-2] if lemma.endswith("en") else lemma[:-1]


def _needs_e(stem: str) -> bool:
    """Weak stems in -t, -d or consonant + m/n take an extra e ("arbeitet", "rechnete")."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) < 2 or stem[-1] not in "mn":
        return False
    before = stem[-2]
    return before not in "aeiouäöülrmnh" or stem[-3:-1] == "ch"


def conjugate(lemma: str, form: Form, particle: str = "") -> str:
    """`lemma` in `form`; a separable `particle` is fused as in a verb-final clause."""
    irregular = _IRREGULAR.get(lemma, {})
    stem = _stem(lemma)
    e = "e" if _needs_e(stem) else ""
    if form in irregular:
        word = irregular[form]
    elif form is Form.PRESENT_SINGULAR:
        word = f"{stem}{e}t"
    elif form is Form.PRESENT_PLURAL:
        word = lemma
    elif form is Form.PAST_SINGULAR:
        word = f"{stem}{e}te"
    elif form is Form.PAST_PLURAL:
        word = f"{stem}{e}ten"
    elif lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
        word = f"{stem}{e}t"
    else:
        word = f"ge{stem}{e}t"
    return particle + word


def forms_of(word: str, lemma: str) -> set[Form]:
    """The forms `word` can be of the verb `lemma` (empty if it is none of them)."""
    return {form for form in Form if conjugate(lemma, form) == word}
