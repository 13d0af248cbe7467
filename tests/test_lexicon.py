"""The shipped German lexicon on sentences a news desk meets: literal uses stay unflagged."""

import pytest

from framing_desk.core import Category, Engine, Voice

C = Category

FLAGGED = [
    ("Das ist ein historischer Durchbruch für die Verhandlungen.", "historischer Durchbruch",
     C.EVALUATIVE),
    ("Der Kanzler zeigte entschlossene Führung.", "entschlossene", C.EVALUATIVE),
    ("Experten gehen davon aus, dass die Preise steigen.", "Experten", C.VAGUE_ATTRIBUTION),
    ("Eines steht fest: Die Reform kommt.", "Eines steht fest", C.CERTAINTY),
    ("Zweifellos ist das ein Fehler.", "Zweifellos", C.CERTAINTY),
    ("Der Plan verdient Anerkennung.", "verdient Anerkennung", C.OPINION),
    ("Es bleibt zu hoffen, dass die Waffen schweigen.", "Es bleibt zu hoffen", C.OPINION),
    ("Die Reform ist mehr als überfällig.", "mehr als überfällig", C.OPINION),
    ("Das Regime in Teheran reagierte nicht.", "Regime", C.LOADED_TERM),
    ("Viele arbeiten für einen Hungerlohn.", "Hungerlohn", C.LOADED_TERM),
    ("Der Minister behauptet, er habe nichts gewusst.", "behauptet", C.PRESUPPOSITION),
    ("Die sogenannte Reform der Regierung scheiterte.", "sogenannte", C.PRESUPPOSITION),
    ("Das ist in der Tat beispiellos.", "in der Tat", C.INTENSIFIER),
]

NOT_FLAGGED = [
    "Das historische Rathaus wird renoviert.",
    "Nach dem Durchbruch des Damms wurden die Dörfer evakuiert.",
    "Deutschland ist arm an natürlichen Ressourcen.",
    "Bei dem Unglück starben mehr als 100 Menschen.",
    "Der Ökonom Marcel Fratzscher geht davon aus, dass die Zinsen sinken.",
    "Sollte sich die Meldung bestätigen, müsste der Minister zurücktreten.",
    "Die Polizei nahm am Dienstag zwei Männer fest.",
    "Der Bundestag stimmte dem Gesetz mit 380 zu 250 Stimmen zu.",
    "Das Steuerregime für Unternehmen wird vereinfacht.",
    "Der Zug fährt um acht Uhr ab.",
]


@pytest.mark.parametrize(("text", "words", "category"), FLAGGED, ids=[f[1] for f in FLAGGED])
def test_framing_is_flagged(de_engine: Engine, text: str, words: str, category: Category) -> None:
    findings = [f for f in de_engine.analyze(text).findings if f.voice is Voice.AUTHOR]
    assert any(words in f.text or f.text in words for f in findings), findings
    assert any(f.category is category for f in findings), findings


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_neutral_reporting_is_not_flagged(de_engine: Engine, text: str) -> None:
    assert [f.text for f in de_engine.analyze(text).findings] == []


def test_lexicon_is_large(de_engine: Engine) -> None:
    assert len(de_engine.rules) >= 600
    assert {r.category for r in de_engine.rules} == set(Category)


def test_every_rule_says_what_to_do(de_engine: Engine) -> None:
    for rule in de_engine.rules:
        assert rule.suggestions or rule.action, rule.id
        assert rule.explanation.de and rule.explanation.en, rule.id
