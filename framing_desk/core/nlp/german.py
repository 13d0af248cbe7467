"""Closed word classes of German: articles, prepositions, pronouns, conjunctions, auxiliaries.

Used by the coarse tagger, and by the lemmatizer to keep spaCy's lookup table
from merging function words ("es", "er", "wir" → "ich"; "wie" → "weisen").
"""

from __future__ import annotations

CLOSED_CLASS: dict[str, str] = {}
for _pos, _words in {
    "DET": "der die das des dem den ein eine einer eines einem einen kein keine keiner keines "
           "keinem keinen dieser diese dieses diesem diesen jener jene jenes jenem jenen "
           "jeder jede jedes jedem jeden mein meine sein seine ihr ihre unser unsere euer "
           "manche mancher manches manchem manchen alle aller allen welche welcher welches",
    "ADP": "in im an am auf aus bei beim mit nach seit von vom zu zum zur für gegen ohne um "
           "durch über unter vor hinter neben zwischen wegen trotz während laut gemäß statt "
           "anstatt ab bis samt binnen entlang innerhalb außerhalb angesichts infolge",
    "PRON": "ich du er sie es wir ihr man sich mich mir dich dir ihn ihm uns euch ihnen "
            "jemand niemand nichts etwas wer was dies unser unsere euer",
    "CCONJ": "und oder aber sondern doch denn sowie",
    "SCONJ": "dass daß ob weil wenn als da damit obwohl obgleich sofern falls bevor nachdem "
             "während indem sodass",
    "AUX": "sein bin bist ist sind seid war waren warst wart wäre wären sei seien gewesen "
           "haben habe hast hat habt hatte hatten hätte hätten gehabt werden werde wirst "
           "wird werdet wurde wurden würde würden worden geworden "
           "können kann kannst konnte konnten könnte könnten müssen muss musste mussten "
           "müsste müssten sollen soll sollte sollten wollen will wollte wollten dürfen darf "
           "durfte dürfte mögen mag mochte möchte möchten",
    "PART": "nicht zu",
    "ADV": "wie wo wann warum auch noch schon nur sehr so dann jetzt heute hier dort immer wieder bereits "
           "damit dabei dazu daher deshalb jedoch allerdings zudem außerdem bislang bisher",
}.items():
    for _word in _words.split():
        CLOSED_CLASS.setdefault(_word, _pos)


# Function words that are their own lemma (articles and auxiliaries keep the table's lemma).
SELF_LEMMAS = frozenset(word for word, pos in CLOSED_CLASS.items() if pos not in ("DET", "AUX"))

# Inflectional endings of German adjectives, longest first (so "en" is tried before "e").
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
