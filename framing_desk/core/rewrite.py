"""The neutral rewrite: the text with the accepted suggestions applied, as correct German.

Every change is an `Edit` of the original text; everything no edit touches
stays byte for byte as it was. Applying a suggestion can take more than
swapping the marked words:

- deleting an adjective in a list also deletes its comma or "und"
  ("ein großer, bemerkenswerter Erfolg" → "ein großer Erfolg");
- deleting words that open a sentence deletes a following ":" or ",", and the
  next word is capitalised; if a verb would then open the sentence (German
  puts the verb second), the subject is moved in front of it
  ("Zweifellos hat die Reform …" → "Die Reform hat …");
- a replacement noun of another gender or in another case changes its
  determiner and adjectives ("einen Durchbruch" → "eine Einigung").

A finding whose only fix is an action such as "name the source" is kept as it
is and listed in `Rewrite.kept`. Quoted words are never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Protocol

from framing_desk.core.model import Action, Category, Finding, Voice
from framing_desk.core.morph import (
    CASES,
    Case,
    DeterminerInfo,
    Noun,
    Slot,
    adjective_ending,
    analyse_determiner,
    inflect_determiner,
    noun_table,
    with_case_of,
)
from framing_desk.core.nlp.german import ADJECTIVE_ENDINGS as _ADJ_ENDINGS
from framing_desk.core.review import Decision, DecisionKind, Review, ReviewState
from framing_desk.core.verbs import PARTICLES, Form, conjugate, forms_of, irregular_lemma

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw."})
_CLAUSE_END = frozenset({":", ","})
_OPENERS = frozenset("„“\"»«‚'(")
# Finite verb forms that may follow a deleted sentence opener (German verb-second order).
_FINITE = re.compile(
    r"^(ist|sind|war|waren|wäre|wären|sei|seien|hat|haben|hatte|hatten|hätte|hätten|wird|werden|"
    r"wurde|wurden|würde|würden|kann|können|konnte|konnten|könnte|könnten|muss|müssen|musste|"
    r"mussten|müsste|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|dürfte|"
    r"mag|möchte|gibt|gab|geht|ging|steht|stand|bleibt|blieb|zeigt|zeigte|liegt|lag|"
    r"\w+(?:t|te|ten|tet)|\w+en)$")
# Finite verbs that make a span a clause of its own; deleting such a span would leave the rest of
# the sentence without its main clause, unless a colon ends it ("Eines steht fest: …").
_CLAUSE_VERBS = frozenset(
    "ist sind war waren wäre wären sei seien hat haben hatte hatten hätte hätten wird werden "
    "wurde wurden würde würden kann können konnte konnten könnte könnten muss müssen musste "
    "müsste soll sollen sollte sollten will wollen wollte darf dürfen dürfte mag möchte bleibt "
    "bleiben blieb steht stehen stand gilt gelten galt zeigt zeigen zeigte gibt gab geht ging "
    "lässt ließ scheint schien".split())
_AUXILIARIES = frozenset("hat habe haben hatte hatten hätte hätten ist sind war waren wird werden "
                         "wurde wurden würde würden sei seien".split())
_SUBORDINATORS = frozenset("dass weil ob wenn als da obwohl nachdem bevor damit sodass die der das "
                           "den dem denen deren dessen welche welcher welches was wie wo".split())
_COPULAS = frozenset("ist sind war waren wäre wären sei seien bleibt blieb scheint schien".split())
_SENTENCE_CONJUNCTIONS = frozenset({"aber", "und", "doch", "denn", "oder"})
_REFLEXIVE = frozenset({"sich", "mich", "dich", "uns", "euch"})
_DEGREE_WORDS = frozenset("umso desto so zu sehr besonders äußerst höchst ganz recht ziemlich "
                          "allzu weniger mehr am".split())
_RELATIVE_FORMS: dict[Slot, str] = {
    (Case.NOM, "m"): "der", (Case.GEN, "m"): "dessen", (Case.DAT, "m"): "dem", (Case.ACC, "m"): "den",
    (Case.NOM, "f"): "die", (Case.GEN, "f"): "deren", (Case.DAT, "f"): "der", (Case.ACC, "f"): "die",
    (Case.NOM, "n"): "das", (Case.GEN, "n"): "dessen", (Case.DAT, "n"): "dem", (Case.ACC, "n"): "das",
    (Case.NOM, "pl"): "die", (Case.GEN, "pl"): "deren", (Case.DAT, "pl"): "denen",
    (Case.ACC, "pl"): "die",
}
_GENITIVE = frozenset({"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"})
_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche",
                       "welcher", "welches"})
_NAME_PARTICLES = frozenset({"del", "de", "da", "van", "von", "di", "du", "la", "le"})
_PRONOUNS = frozenset("er sie es wir ich du ihr man das dies dieses diese dieser jeder alle "
                      "alles nichts vieles einiges manches etwas beide niemand jemand".split())


class Lemmas(Protocol):
    def lemma(self, form: str) -> str: ...

    def norm(self, form: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace original[start:end] with `text` (on behalf of `finding`, if any)."""

    start: int
    end: int
    text: str
    agreement: bool = False  # only re-inflects a word for a neighbouring replacement


@dataclass(frozen=True, slots=True)
class Rewrite:
    original: str
    text: str
    edits: tuple[Edit, ...]  # sorted, non-overlapping, in original offsets
    applied: tuple[Finding, ...]
    kept: tuple[Finding, ...]  # accepted but left as they are (e.g. "name the source")

    def to_rewrite(self, position: int) -> int:
        """Map an offset of the original to the rewrite (inside an edit: its start)."""
        shift = 0
        for edit in self.edits:
            if position < edit.start:
                break
            if position < edit.end:
                return edit.start + shift
            shift += len(edit.text) - (edit.end - edit.start)
        return position + shift

    def to_original(self, position: int) -> int:
        """Map an offset of the rewrite back to the original (inside an edit: its start)."""
        shift = 0
        for edit in self.edits:
            new_start = edit.start + shift
            if position < new_start:
                break
            if position < new_start + len(edit.text):
                return edit.start
            shift += len(edit.text) - (edit.end - edit.start)
        return position - shift


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int


def rewrite(review: Review | ReviewState, lemmas: Lemmas, *, draft: bool = True) -> Rewrite:
    """Apply the decided (and with `draft`, also the open author-voice) suggestions."""
    state = review.state if isinstance(review, Review) else review
    original = state.text
    planner = _Planner(original, lemmas)
    edits: list[Edit] = []
    applied: list[Finding] = []
    kept: list[Finding] = []
    # Right to left: a noun's replacement re-inflects the adjectives before it; an adjective
    # replaced later in the loop then takes over the ending that agreement asked for.
    for finding in reversed(state.analysis.findings):
        decision = state.decision(finding)
        replacement = _replacement(finding, decision, draft=draft)
        if finding.voice is Voice.QUOTE:
            continue
        if replacement is None:
            if _wanted(finding, decision, draft=draft):
                kept.append(finding)
            continue
        planned = planner.plan(finding, replacement)
        if planned is not None:
            planned = _merge_agreement(planned, edits, lemmas)
        if planned is None or any(_overlaps(e, other) for e in planned for other in edits):
            kept.append(finding)
            continue
        edits.extend(planned)
        applied.append(finding)
    edits.sort(key=lambda e: (e.start, e.end))
    applied.reverse()
    kept.reverse()
    return Rewrite(original, _apply(original, edits), tuple(edits), tuple(applied), tuple(kept))


def _merge_agreement(planned: list[Edit], edits: list[Edit], lemmas: Lemmas) -> list[Edit]:
    """Where a planned edit replaces a word that an agreement edit re-inflects, drop the
    agreement edit and give the replacement the ending agreement wanted."""
    merged = []
    for edit in planned:
        twin = next((e for e in edits if e.agreement and (e.start, e.end) == (edit.start, edit.end)
                     and not edit.agreement), None)
        if twin is not None and edit.text.isalpha() and edit.text.islower():
            edits.remove(twin)
            wanted = twin.text[len(lemmas.norm(twin.text)):]
            edit = Edit(edit.start, edit.end, lemmas.norm(edit.text) + wanted)
        merged.append(edit)
    return merged


def _replacement(finding: Finding, decision: Decision, *, draft: bool) -> str | None:
    """The words to put in place of the finding, or None to leave it alone."""
    kind = decision.kind
    if kind is DecisionKind.CUSTOM:
        return decision.text
    if kind is DecisionKind.OPEN and not (draft and finding.voice is Voice.AUTHOR):
        return None
    if kind not in (DecisionKind.ACCEPTED, DecisionKind.OPEN):
        return None
    if finding.suggestions:
        index = decision.alternative if kind is DecisionKind.ACCEPTED else 0
        return finding.suggestions[min(index, len(finding.suggestions) - 1)]
    if finding.action is Action.DELETE:
        return ""
    return None


def _wanted(finding: Finding, decision: Decision, *, draft: bool) -> bool:
    """Whether the editor wants this finding dealt with (accepted, or open in a draft)."""
    return decision.kind is DecisionKind.ACCEPTED or (
        draft and decision.kind is DecisionKind.OPEN and finding.voice is Voice.AUTHOR)


def _overlaps(a: Edit, b: Edit) -> bool:
    return (a.start < b.end and b.start < a.end) or (a.start == a.end == b.start == b.end)


def _apply(text: str, edits: list[Edit]) -> str:
    parts = []
    position = 0
    for edit in edits:
        parts.append(text[position:edit.start])
        parts.append(edit.text)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


class _Planner:
    """Works out the edits one finding needs, from the words around it."""

    def __init__(self, text: str, lemmas: Lemmas) -> None:
        self.text = text
        self.lemmas = lemmas
        self.tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [t.start for t in self.tokens]

    def plan(self, finding: Finding, replacement: str) -> list[Edit] | None:
        first = bisect_right(self.starts, finding.start) - 1
        last = bisect_right(self.starts, finding.end - 1) - 1
        if first < 0 or self.tokens[first].start != finding.start:
            return None
        if replacement.strip():
            return self._replace(finding, replacement, first, last)
        return self._delete(first, last,
                            predicative=finding.category is Category.EVALUATIVE)

    # Deleting -------------------------------------------------------------------------------

    def _delete(self, first: int, last: int, *, predicative: bool) -> list[Edit] | None:
        """Delete tokens first..last; `predicative`: the words may be an adjective used as a
        predicate (evaluative findings), not a sentence adverb such as "zweifellos"."""
        tokens = self.tokens
        if tokens[last].text == "dass" and last > first:
            return self._dass_to_main(first, last)
        before = tokens[first - 1] if first > 0 and self._same_line(first - 1, first) else None
        after = tokens[last + 1] if last + 1 < len(tokens) and self._same_line(last, last + 1) \
            else None
        if before is None or before.text in {".", "!", "?"} or (
                before.text in _OPENERS and before.text != "(") or (
                before.text == ":" and self.tokens[first].text[:1].isupper()):
            return self._delete_opener(first, last, after, predicative)
        if before.text.lower() in _SENTENCE_CONJUNCTIONS and self._starts_sentence(first - 1) \
                and after is not None and after.text == ":" and last + 2 < len(tokens):
            # "Aber eins ist sicher: diese …" → "Aber diese …"
            return [Edit(tokens[first].start, tokens[last + 2].start, "")]
        if self._is_clause(first, last) or (first == last and tokens[last].text[:1].isupper()):
            return None  # a clause's verb or a lone noun would go: the sentence would break
        start, end = tokens[first].start, tokens[last].end
        listed = self._is_adjective_list(last)  # the deleted words end in an adjective
        if listed and after is not None and after.text == "," and self._is_adjective_list(last + 2):
            return [self._without_space(start, after.end)]  # "bemerkenswerte, große Erfolge"
        if listed and before.text == "," and self._is_adjective_list(first - 2):
            return [Edit(before.start, end, "")]  # "große, bemerkenswerte Erfolge"
        if after is not None and after.text in _CONJUNCTIONS and self._is_lower_word(last + 2):
            return [self._without_space(start, after.end)]  # "bemerkenswerte und große …"
        if before.text in _CONJUNCTIONS and self._is_adjective_list(first - 2):
            return [self._without_space(before.start, end)]  # "große und bemerkenswerte …"
        if before.text.lower() in _DEGREE_WORDS:
            return None  # "umso bedauerlicher ist …": the degree word needs its adjective
        if (after is None or not after.text[:1].isalnum()) and (
                before.text in _CLAUSE_END or before.text.lower() in _CLAUSE_VERBS):
            return None  # a predicate ("ist bemerkenswert.") or a clause would be left empty
        if after is not None and after.text in {".", "!", "?", ";", ":"} and before.text[
                :1].isalnum() and tokens[last].text[:1].islower():
            return None  # likely the predicate itself ("ist dies mehr als bedenklich.")
        return [self._without_space(start, end)]

    def _delete_opener(self, first: int, last: int, after: _Token | None,
                       predicative: bool) -> list[Edit] | None:
        """Delete words that open a sentence; keep the sentence starting properly."""
        tokens = self.tokens
        end_index = last
        if after is not None and after.text in _CLAUSE_END:
            end_index = last + 1
        if self._is_clause(first, last) and not (after is not None and after.text == ":"):
            return None
        nxt = end_index + 1
        if nxt >= len(tokens) or not self._same_line(end_index, nxt) or not tokens[nxt].text[
                :1].isalpha():
            return None
        start = tokens[first].start
        word = tokens[nxt]
        if word.text.lower() in _COPULAS and end_index == last and predicative:
            return None  # "Erfreulich ist der Verbrauch …": the verb needs that predicate
        if word.text[:1].islower() and self._is_finite(word.text) and end_index == last:
            subject = self._subject_after(nxt)
            if subject is None:
                return None
            subject_start, subject_end = subject
            moved = with_case_of(self.text[subject_start:subject_end], "A")
            between = self.text[word.end:subject_start].rstrip()  # " sich"
            return [Edit(start, subject_end, f"{moved} {word.text}{between}")]
        return [Edit(start, word.start, ""),
                Edit(word.start, word.start + 1, word.text[0].upper())]

    def _is_finite(self, word: str) -> bool:
        """A finite verb form: a known one, or a form of a verb lemma (-en/-ern/-eln)."""
        lower = word.lower()
        if lower in _CLAUSE_VERBS:
            return True
        lemma = self.lemmas.norm(word)
        return lemma.endswith(("en", "ern", "eln")) and (lemma != lower or lower.endswith("n"))

    def _subject_after(self, verb: int) -> tuple[int, int] | None:
        """The character span of the subject right after a finite verb, if it can be told:
        a pronoun, or a noun phrase with its genitive attribute, a relative clause or a
        second conjunct ("die Superprofite, die …,", "Zagar und seine Band")."""
        tokens = self.tokens
        start = verb + 1
        if start < len(tokens) and tokens[start].text.lower() in _REFLEXIVE:
            start += 1  # "freut sich die Mannschaft": the subject follows the pronoun
        first = tokens[start] if start < len(tokens) else None
        if first is None:
            return None
        end = self._noun_phrase(start)
        if end is None:
            return (first.start, first.end) if first.text.lower() in _PRONOUNS else None
        while end + 1 < len(tokens):
            following = tokens[end + 1].text
            extended = None
            if following in {"und", "oder"}:
                extended = self._noun_phrase(end + 2)  # a second conjunct
            elif following.lower() in _GENITIVE:
                extended = self._noun_phrase(end + 1)  # a genitive attribute
            if extended is not None:
                end = extended
            elif following == "," and end + 2 < len(tokens) and tokens[
                    end + 2].text.lower() in _RELATIVE:
                closing = end + 2
                while closing < len(tokens) and tokens[closing].text not in {",", ".", ";"}:
                    closing += 1
                if closing >= len(tokens) or tokens[closing].text != ",":
                    return None
                end = closing
            else:
                break
        return first.start, tokens[end].end

    def _noun_phrase(self, i: int) -> int | None:
        """The index of the last word of a noun phrase starting at token i (determiner,
        adjectives, noun, or a name of capitalised words), or None."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        determined = analyse_determiner(tokens[i].text) is not None
        if tokens[i].text.lower() in _PRONOUNS and not determined:
            return None
        j = i + 1 if determined else i
        while j < len(tokens) and self._is_adjective_list(j) and len(tokens[j].text) > 3 \
                and analyse_determiner(tokens[j].text) is None:
            j += 1
        if j >= len(tokens) or not tokens[j].text[:1].isupper() or not tokens[j].text[
                :1].isalpha():
            return None
        if not determined and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() and tokens[
                j + 1].text.isalpha() and self._same_line(j, j + 1):
            j += 1  # a name: "Donald Trump"
            if j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
                return None  # three capitalised words: where the name ends is unclear
        while j + 2 < len(tokens) and tokens[j + 1].text in _NAME_PARTICLES and tokens[
                j + 2].text[:1].isupper():
            j += 2
        return j

    def _is_clause(self, first: int, last: int) -> bool:
        phrase = last > first  # a lone word ending in -t is more often an adverb ("äußerst")
        return any(t.text.lower() in _CLAUSE_VERBS or (
            phrase and t.text.islower() and self._is_finite(t.text) and t.text.endswith("t"))
            for t in self.tokens[first:last + 1])

    def _without_space(self, start: int, end: int) -> Edit:
        """Delete start..end and one neighbouring run of spaces, leaving no double space."""
        text = self.text
        if end < len(text) and text[end] == " ":
            while end < len(text) and text[end] == " ":
                end += 1
        elif start > 0 and text[start - 1] == " ":
            while start > 0 and text[start - 1] == " ":
                start -= 1
        return Edit(start, end, "")

    def _dass_to_main(self, first: int, last: int) -> list[Edit] | None:
        """Delete a frame such as "Tatsache ist, dass" and make its dass-clause a main clause:
        the finite verb moves from the end to second place ("… dass die Dividende gestrichen
        wurde." → "Die Dividende wurde gestrichen.")."""
        tokens = self.tokens
        start = last + 1
        end = start
        while end < len(tokens) and tokens[end].text not in {",", ".", "!", "?", ";", ":"}:
            end += 1
        if end >= len(tokens) or tokens[end].text == "," or end - start < 2:
            return None
        verb = tokens[end - 1]
        if not (verb.text.islower() and (verb.text in _AUXILIARIES or verb.text in _CLAUSE_VERBS
                                         or self._is_finite(verb.text))):
            return None
        constituent_end = self._noun_phrase(start)
        if constituent_end is None or constituent_end >= end - 1:
            constituent_end = start
        constituent = self.text[tokens[start].start:tokens[constituent_end].end]
        middle = self.text[tokens[constituent_end].end:verb.start].strip()
        if self._starts_sentence(first):
            constituent = with_case_of(constituent, "A")
        clause = " ".join(part for part in (constituent, verb.text, middle) if part)
        return [Edit(tokens[first].start, verb.end, clause)]

    def _starts_sentence(self, index: int) -> bool:
        return index == 0 or not self._same_line(index - 1, index) or self.tokens[
            index - 1].text in {".", "!", "?"}

    def _is_lower_word(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].text.isalpha() and (
            self.tokens[index].text.islower())

    def _is_adjective_list(self, index: int) -> bool:
        if index < 0 or index >= len(self.tokens):
            return False
        word = self.tokens[index].text
        return word[:1].islower() and word.isalpha() and word.endswith(_ADJ_ENDINGS)

    def _same_line(self, a: int, b: int) -> bool:
        return "\n" not in self.text[self.tokens[a].end:self.tokens[b].start]

    # Replacing ------------------------------------------------------------------------------

    def _replace(self, finding: Finding, replacement: str, first: int,
                 last: int) -> list[Edit] | None:
        edits = [Edit(finding.start, finding.end, replacement)]
        words = replacement.split(" ")
        if self.tokens[last].text.islower() and words[-1][:1].isupper() and noun_table().is_known(
                words[-1]):
            return None  # a noun suggested for an adjective would stand beside the noun
        if last > first and self.tokens[last].text in PARTICLES and self.tokens[
                last - 1].text[:1] not in ",.;:":
            return self._separable_swap(first, last, words)  # "räumte er ein" → "sagte er"
        if last - first + 1 > len(words) + 2:
            return None  # a match with a gap: replacing it whole would drop the words inside
        is_verb, swapped = self._verb_swap(first, last, words)
        if is_verb:
            return swapped
        head = self.tokens[last]
        words = self._keep_compound_part(head.text, words, single=first == last)
        lowercase = [t.text for t in self.tokens[first:last + 1] if t.text.isalpha()
                     and t.text.islower()]
        before_noun = last + 1 < len(self.tokens) and self.tokens[last + 1].text[:1].isupper()
        words = self._adjective_ending(lowercase[-1] if lowercase else "", words,
                                       attributive=before_noun)
        edits = [Edit(finding.start, finding.end, " ".join(words))]
        new_head = words[-1]
        if not (head.text[:1].isupper() and new_head[:1].isupper() and new_head.replace(
                "-", "").isalpha()) or sum(w[:1].isupper() for w in words) > 1:
            return edits  # no noun, or a phrase of several nouns: leave it as written
        table = noun_table()
        old_noun = table.lookup(head.text)
        new_noun = table.lookup(new_head)
        if new_noun is None:
            return edits
        det_index, adjectives = self._determiner_before(first)
        determiner = analyse_determiner(self.tokens[det_index].text) if det_index is not None \
            else None
        governor = self.tokens[det_index - 1].text if det_index is not None and det_index > 0 \
            else (self.tokens[first - 1].text if first > 0 else "")
        slot = _slot(old_noun, head.text, determiner, governor)
        if slot is None:
            return edits
        case, number = slot
        plural = number == "pl"
        if not new_noun.gender and not plural:
            return edits
        new_slot: Slot = (case, "pl" if plural else new_noun.gender)
        new_words = [*words[:-1], new_noun.form(case, plural)]
        new_words = [self._adjective(w, determiner, new_slot) for w in new_words[:-1]] + [
            new_words[-1]]
        edits = [Edit(finding.start, finding.end, " ".join(new_words))]
        if new_slot != slot and determiner is not None and det_index is not None:
            token = self.tokens[det_index]
            edits.append(Edit(token.start, token.end,
                              with_case_of(inflect_determiner(determiner, new_slot), token.text),
                              agreement=True))
            for index in adjectives:
                token = self.tokens[index]
                edits.append(Edit(token.start, token.end,
                                  self._adjective(token.text, determiner, new_slot),
                                  agreement=True))
        if new_slot[1] != slot[1]:
            edits.extend(self._relative_clause(last, slot[1], new_slot[1]))
        return edits

    def _relative_clause(self, last: int, old: str, new: str) -> list[Edit]:
        """A relative clause right after a replaced noun follows its new gender: the relative
        pronoun ("…, das" → "…, die") and possessives in it ("sein Image" → "ihr Image")."""
        tokens = self.tokens
        comma = last + 1
        genders_between: set[str] = set()
        while comma < len(tokens) and tokens[comma].text not in {".", "!", "?", ";"}:
            word = tokens[comma].text
            if word == "," and comma + 1 < len(tokens) and tokens[comma + 1].text in {
                    _RELATIVE_FORMS[(case, old)] for case in CASES}:
                break
            if word[:1].isupper() and (noun := noun_table().lookup(word)) is not None:
                genders_between.add(noun.gender)
            comma += 1
        else:
            return []
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return []
        pronoun = tokens[comma + 1]
        cases = [case for case in CASES if _RELATIVE_FORMS[(case, old)] == pronoun.text]
        if not cases or any(_RELATIVE_FORMS[(case, gender or "pl")] == pronoun.text
                            for gender in genders_between for case in CASES):
            return []  # the pronoun could refer to a noun in between
        edits = [Edit(pronoun.start, pronoun.end, _RELATIVE_FORMS[(cases[0], new)],
                      agreement=True)]
        owner_changes = (old in ("m", "n")) != (new in ("m", "n"))
        i = comma + 2
        while owner_changes and i < len(tokens) and tokens[i].text not in {",", ".", ";", "!", "?"}:
            word = tokens[i].text
            for stem, other in (("sein", "ihr"), ("ihr", "sein")):
                if word.startswith(stem) and word[len(stem):] in ("", "e", "em", "en", "er", "es") \
                        and stem == ("sein" if old in ("m", "n") else "ihr"):
                    edits.append(Edit(tokens[i].start, tokens[i].end,
                                      other + word[len(stem):], agreement=True))
                    break
            i += 1
        return edits

    def _separable_swap(self, first: int, last: int, words: list[str]) -> list[Edit] | None:
        """Replace a separable verb split around other words ("räumte … ein"): the new verb
        takes the first part's place and form, the particle goes, the words between stay."""
        is_verb, swapped = self._verb_swap(first, first, words)
        if not is_verb or not swapped or len(swapped) != 1 or " " in swapped[0].text:
            return None
        particle = self.tokens[last]
        start = self.tokens[last - 1].end
        return [swapped[0], Edit(start, particle.end, "")]

    def _keep_compound_part(self, original: str, words: list[str], *, single: bool) -> list[str]:
        """A hyphenated compound keeps its first part: "Assad-Regimes" → "Assad-Regierung".

        Closed compounds are left alone: their first part is often the framing
        itself ("Wundermittel", "Horrorszenario").
        """
        new = words[-1]
        if single and len(words) == 1 and "-" in original.strip("-") and noun_table().is_known(new):
            return [original[:original.rindex("-") + 1] + new]
        return words

    def _adjective_ending(self, original: str, words: list[str], *,
                          attributive: bool = False) -> list[str]:
        """An adjective suggestion in its dictionary form takes the ending of the adjective it
        replaces ("beispiellosen Ausmaßes" → "ungewöhnlichen Ausmaßes")."""
        first = words[0]
        if not (first.isalpha() and first.islower() and original.isalpha() and original.islower()):
            return words
        stem = self.lemmas.lemma(original).lower()
        ending = original[len(stem):] if original.startswith(stem) else ""
        if not ending and attributive:  # a participle the table lemmatises as a verb
            ending = next((e for e in _ADJ_ENDINGS if original.endswith(e)), "")
        if ending not in _ADJ_ENDINGS or self.lemmas.lemma(first).lower() != first:
            return words
        return [first + ending, *words[1:]]

    def _verb_swap(self, first: int, last: int, words: list[str]) -> tuple[bool, list[Edit] | None]:
        """Edits that put a replacement verb in the form and place of the verb it replaces.

        Returns (False, None) when this is no verb swap, (True, None) when it
        cannot be done well (the finding is then kept). Suggestions are written in the present
        tense, third person singular ("sagt", "legt nahe"); the new verb takes
        the original's tense and number, an auxiliary before it in its clause
        makes it a participle ("hat nahegelegt"), a verb-final clause fuses a
        separable particle ("…, die nahelegen"), and in a main clause the
        particle goes to the end of the clause ("legt Trump nahe, dass").
        """
        head = words[0]
        new_lemma = self.lemmas.lemma(head).lower()
        if not (head[:1].islower() and new_lemma.endswith(("en", "ern", "eln"))):
            return False, None
        original = self.tokens[last].text
        old_lemma = irregular_lemma(original) or self.lemmas.lemma(original).lower()
        if not (original[:1].isalpha() and old_lemma.endswith(("en", "ern", "eln"))
                and (original[:1].islower() or first == self._clause(first)[0])):
            return False, None
        if first != last or Form.PRESENT_SINGULAR not in forms_of(head, new_lemma):
            return True, None
        forms = forms_of(original.lower(), old_lemma)
        clause_start, clause_end = self._clause(first)
        auxiliary = any(t.text.lower() in _AUXILIARIES
                        for t in self.tokens[clause_start:first])
        if auxiliary and Form.PARTICIPLE in forms:
            form = Form.PARTICIPLE
        else:
            candidates = [f for f in (Form.PRESENT_SINGULAR, Form.PAST_SINGULAR, Form.PAST_PLURAL,
                                      Form.PRESENT_PLURAL) if f in forms]
            if not candidates or auxiliary or (first > 0 and self.tokens[first - 1].text == "zu"):
                return True, None
            form = candidates[0]
        rest = words[1:]
        particle = rest[-1] if rest and rest[-1] in PARTICLES else ""
        middle = rest[:-1] if particle else rest
        opener = self.tokens[clause_start - 1].text if clause_start > 0 else ""
        verb_final = last + 1 == clause_end and opener == "," and (
            self.tokens[clause_start].text.lower() in _SUBORDINATORS)
        token = self.tokens[first]
        if form is Form.PARTICIPLE or verb_final:
            new = " ".join([*middle, conjugate(new_lemma, form, particle)])
            return True, [Edit(token.start, token.end, with_case_of(new, original))]
        verb = with_case_of(conjugate(new_lemma, form), original)
        tail = [*middle, particle] if particle else middle
        if last + 1 == clause_end or not tail:
            return True, [Edit(token.start, token.end, " ".join([verb, *tail]))]
        end_position = self.tokens[clause_end - 1].end
        return True, [Edit(token.start, token.end, verb),
                      Edit(end_position, end_position, " " + " ".join(tail))]

    def _clause(self, index: int) -> tuple[int, int]:
        """Token indices [start, end) of the clause around token `index` (between , ; : . ! ?)."""
        marks = {",", ";", ":", ".", "!", "?"}
        start = index
        while start > 0 and self.tokens[start - 1].text not in marks and self._same_line(
                start - 1, start):
            start -= 1
        end = index + 1
        while end < len(self.tokens) and self.tokens[end].text not in marks and self._same_line(
                end - 1, end):
            end += 1
        return start, end

    def _determiner_before(self, first: int) -> tuple[int | None, list[int]]:
        """The determiner of the noun phrase the span ends, and adjectives in between."""
        adjectives: list[int] = []
        i = first - 1
        while i >= 0 and i >= first - 4:
            word = self.tokens[i].text
            if analyse_determiner(word) is not None:
                return i, adjectives
            if not (word[:1].islower() and word.isalpha() and word.endswith(_ADJ_ENDINGS)):
                break
            adjectives.append(i)
            i -= 1
        return None, adjectives

    def _adjective(self, word: str, determiner: DeterminerInfo | None, slot: Slot) -> str:
        if not (word[:1].islower() and word.isalpha()):
            return word
        stem = self.lemmas.lemma(word).lower()
        if stem == word:
            stem = next((word[:-len(e)] for e in _ADJ_ENDINGS if word.endswith(e)), word)
        if not word.startswith(stem) or word[len(stem):] not in ("", *_ADJ_ENDINGS):
            return word
        return stem + adjective_ending(determiner, slot)


def _slot(noun: Noun | None, surface: str, determiner: DeterminerInfo | None,
          governor: str = "") -> Slot | None:
    """The case and number a noun form stands in, narrowed by its determiner and by the word
    before the noun phrase (a preposition's case; after a noun, the genitive)."""
    slots = noun.slots_of(surface) if noun is not None else set()
    if determiner is not None:
        narrowed = slots & determiner.slots if slots else set(determiner.slots)
        slots = narrowed or slots
    if not slots:
        return None
    wanted = _GOVERNED.get(governor.lower())
    if wanted is None and governor[:1].isupper() and governor.isalpha():
        wanted = Case.GEN
    governed = {slot for slot in slots if slot[0] is wanted}
    slots = governed or slots
    return min(slots, key=lambda s: (CASES.index(s[0]) if s[0] is not Case.GEN else 5, s[1]))


_GOVERNED: dict[str, Case] = {
    **dict.fromkeys("mit nach bei seit von zu aus gegenüber zum zur vom beim".split(), Case.DAT),
    **dict.fromkeys("wegen trotz während statt anstatt angesichts aufgrund infolge innerhalb "
                    "außerhalb".split(), Case.GEN),
    **dict.fromkeys("für durch gegen ohne um".split(), Case.ACC),
}
