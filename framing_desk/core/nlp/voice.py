"""Whose words a finding stands in: the author's, or a source's (direct or reported speech).

Direct speech is what stands in quotation marks. German news also reports
speech indirectly, in the Konjunktiv I ("Der Minister sagte, die Lage sei
dramatisch"): words in such a clause are the source's, not the author's. The
clause is the stretch between punctuation marks around the finding; it counts
as reported when it holds a Konjunktiv I verb form that is not first person
("ich habe"), or when a speech tag follows it ("…, sagte der Minister").
The author's own choice of attribution verb or source (categories
presupposition and vague_attribution) always stays the author's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from framing_desk.core.model import Category, Voice
from framing_desk.core.nlp.quotes import inside

# Third-person Konjunktiv I forms that differ from the indicative (and "seien" etc.).
KONJUNKTIV_I = frozenset(
    "sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe gehe komme liege "
    "stehe bleibe brauche halte lasse mache sehe finde bringe trage zeige fehle gelte weise "
    "arbeite plane prüfe erwarte rechne handle spiele laufe führe setze stelle verfüge "
    "befinde entscheide bestehe verstehe".split()
)
# Speech tags that follow the reported words: "…, sagte der Minister", "…, so Trump weiter".
SPEECH_TAGS = frozenset(
    "sagte sagten sagt sagen erklären betonen meinen schreiben berichten warnen erklärte "
    "erklärten erklärt betonte betonten betont so schrieb schreibt "
    "warnte warnten warnt meinte meinten meint fügte fügt ergänzte ergänzt sagt teilte teilt "
    "kritisierte kritisiert forderte fordert räumte räumt versicherte versichert hieß heißt "
    "berichtete berichtet argumentierte argumentiert unterstrich unterstreicht".split()
)
_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "einer"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "„", "“", "\"", "»", "«"})
_OWN_CHOICE = frozenset({Category.PRESUPPOSITION, Category.VAGUE_ATTRIBUTION})


def voice_of(doc: Doc, start: int, end: int, sentence: tuple[int, int], category: Category,
             language: str) -> Voice:
    """The voice of the finding on tokens start..end-1 of `doc` in `sentence` (token bounds)."""
    quotes: list[tuple[int, int]] = doc._.quote_chars
    if quotes and inside(quotes, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
        return Voice.QUOTE
    if language == "de" and category not in _OWN_CHOICE and (
            _in_reported_clause(doc, start, end, sentence) or _reported_sentence(doc, sentence)):
        return Voice.QUOTE
    return Voice.AUTHOR


def _reported_sentence(doc: Doc, sentence: tuple[int, int]) -> bool:
    """A whole sentence of reported speech: its first clause has a Konjunktiv I verb ("Er
    müsse analysieren, welche …"), or a speech tag with its speaker stands between commas
    ("Es stimmt, sagt Mazzilli, dass …")."""
    first, last = sentence
    i = first
    while i < last and doc[i].text not in _CLAUSE_MARKS:
        if doc[i].lower_ in KONJUNKTIV_I and not (i > first and doc[i - 1].lower_ == "ich"):
            return True
        i += 1
    for i in range(first, last - 2):
        if doc[i].text == "," and doc[i + 1].lower_ in SPEECH_TAGS and doc[i + 1].lower_ != "so" \
                and (doc[i + 2].text[:1].isupper() or doc[i + 2].lower_ in _ARTICLES):
            return True
    return False


def _in_reported_clause(doc: Doc, start: int, end: int, sentence: tuple[int, int]) -> bool:
    first, last = sentence
    left = start
    while left > first and doc[left - 1].text not in _CLAUSE_MARKS:
        left -= 1
    right = end
    while right < last and doc[right].text not in _CLAUSE_MARKS:
        right += 1
    for i in range(left, right):
        if doc[i].lower_ in KONJUNKTIV_I and not (i > first and doc[i - 1].lower_ == "ich"):
            return True
    if not (right + 1 < last and doc[right].text == "," and doc[right + 1].lower_ in SPEECH_TAGS):
        return False
    if doc[right + 1].lower_ == "so":  # ", so Trump" / ", so der Minister", not ", so dass"
        following = doc[right + 2] if right + 2 < last else None
        return following is not None and (following.text[:1].isupper()
                                          or following.lower_ in _ARTICLES)
    return True
