"""The neutral rewrite: exact German output for each grammatical situation."""

from collections.abc import Callable

import pytest

from framing_desk.core import Engine
from framing_desk.core.nlp.lemmas import shared_lemmatizer
from framing_desk.core.review import Decision, DecisionKind, Review
from framing_desk.core.rewrite import rewrite

from .conftest import HEADER

CERTAINTY = """\
concept: Gewissheit
category: certainty
severity: warning
explanation:
  de: Behauptet Gewissheit.
  en: Claims certainty.
rules:
  - id: de.t.zweifellos
    pattern: zweifellos
    action: delete
  - id: de.t.tatsache
    pattern: Tatsache ist , dass
    action: delete
"""

RULES = HEADER + """\
  - id: de.t.bemerkenswert
    pattern: bemerkenswert
    action: delete
  - id: de.t.durchbruch
    pattern: Durchbruch
    suggestions: [Einigung]
  - id: de.t.blutvergiessen
    pattern: Blutvergießen
    suggestions: [Gewalt]
  - id: de.t.natuerlich
    pattern: "[=natürlich] ,"
    action: delete
  - id: de.t.eines
    pattern: Eines steht jedoch? fest
    action: delete
  - id: de.t.tat
    pattern: in =der Tat
    action: delete
  - id: de.t.dramatisch
    pattern: dramatisch
    suggestions: [deutlich]
  - id: de.t.abwarten
    pattern: bleibt abzuwarten
    action: delete
  - id: de.t.beobachter
    pattern: viele Beobachter
    action: name_source
  - id: de.t.erfolgsgeschichte
    pattern: Erfolgsgeschichte
    suggestions: [Entwicklung]
  - id: de.t.behauptet
    pattern: behaupten
    suggestions: [sagt]
  - id: de.t.zeigt
    pattern: "[zeigen] ... , dass"
    suggestions: [legt nahe]
"""

CASES = [
    ("Das war ein bemerkenswerter Erfolg.", "Das war ein Erfolg."),
    ("Das war ein großer, bemerkenswerter Erfolg.", "Das war ein großer Erfolg."),
    ("Es gab bemerkenswerte, große Erfolge.", "Es gab große Erfolge."),
    ("Es gab bemerkenswerte und große Erfolge.", "Es gab große Erfolge."),
    ("Es gab große und bemerkenswerte Erfolge.", "Es gab große Erfolge."),
    ("Sie erzielten einen Durchbruch.", "Sie erzielten eine Einigung."),
    ("Der Durchbruch kam spät.", "Die Einigung kam spät."),
    ("Trotz eines wichtigen Durchbruchs blieb es still.",
     "Trotz einer wichtigen Einigung blieb es still."),
    ("Nach dem Durchbruch feierten sie.", "Nach der Einigung feierten sie."),
    ("Nach Jahren des Blutvergießens kam Ruhe.", "Nach Jahren der Gewalt kam Ruhe."),
    ("Das ist eine Erfolgsgeschichte.", "Das ist eine Entwicklung."),
    ("Zweifellos hat die Reform ihr Ziel erreicht.", "Die Reform hat ihr Ziel erreicht."),
    ("Zweifellos ist er der Beste.", "Er ist der Beste."),
    ("Zweifellos hat Donald Trump recht.", "Donald Trump hat recht."),
    ("Das ist zweifellos richtig.", "Das ist richtig."),
    ("Natürlich, das war zu erwarten.", "Das war zu erwarten."),
    ("Eines steht jedoch fest: Der Versuch lohnt sich.", "Der Versuch lohnt sich."),
    ("Das ist in der Tat beispiellos.", "Das ist beispiellos."),
    ("Ein dramatischer Anstieg folgte.", "Ein deutlicher Anstieg folgte."),
    ("Dramatisch war der Anstieg.", "Deutlich war der Anstieg."),
    ("Bemerkenswert ist der Anstieg.", "Bemerkenswert ist der Anstieg."),
    ("Tatsache ist, dass die Dividende gestrichen wurde.", "Die Dividende wurde gestrichen."),
    ("Sie erzielten einen Durchbruch, der alles änderte.",
     "Sie erzielten eine Einigung, die alles änderte."),
    ("Es war ein Durchbruch nach dem Spiel, der seinen Preis hatte.",
     "Es war eine Einigung nach dem Spiel, die ihren Preis hatte."),
    ("Es war ein Durchbruch nach langer Zeit, der seinen Preis hatte.",
     "Es war eine Einigung nach langer Zeit, der seinen Preis hatte."),
    ("Ein Durchbruch nach einem Streit, der lange dauerte.",
     "Eine Einigung nach einem Streit, der lange dauerte."),
    ("Tatsache ist, dass heute alle gehen.", "Heute gehen alle."),
    ("Tatsache ist, dass er, wie alle, ging.", "Tatsache ist, dass er, wie alle, ging."),
    ("Die Lage ist bemerkenswert.", "Die Lage ist bemerkenswert."),
    ("Ob es klappt, bleibt abzuwarten.", "Ob es klappt, bleibt abzuwarten."),
    ("Was viele Beobachter sagen, stimmt.", "Was viele Beobachter sagen, stimmt."),
    ('„Das ist ein bemerkenswerter Erfolg“, sagte er.',
     '„Das ist ein bemerkenswerter Erfolg“, sagte er.'),
    ("Titel\r\n\r\nEin  bemerkenswerter   Erfolg.\r\n", "Titel\r\n\r\nEin  Erfolg.\r\n"),
    ("Er behauptet, es sei wahr.", "Er sagt, es sei wahr."),
    ("Er behauptete, es sei wahr.", "Er sagte, es sei wahr."),
    ("Sie behaupteten, es sei wahr.", "Sie sagten, es sei wahr."),
    ("Er hat behauptet, es sei wahr.", "Er hat gesagt, es sei wahr."),
    ("Die Studie zeigt, dass Kaffee hilft.", "Die Studie legt nahe, dass Kaffee hilft."),
    ("Die Studie zeigt deutlich, dass Kaffee hilft.",
     "Die Studie legt deutlich nahe, dass Kaffee hilft."),
    ("Die Studie zeigte, dass Kaffee hilft.", "Die Studie legte nahe, dass Kaffee hilft."),
    ("Es gibt Studien, die zeigen, dass Kaffee hilft.",
     "Es gibt Studien, die nahelegen, dass Kaffee hilft."),
    ("Die Studie hat gezeigt, dass Kaffee hilft.",
     "Die Studie hat nahegelegt, dass Kaffee hilft."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("rules") / "de"
    folder.mkdir()
    (folder / "t.yaml").write_text(RULES, encoding="utf-8")
    (folder / "c.yaml").write_text(CERTAINTY, encoding="utf-8")
    return Engine("de", [folder], builtin_rules=False)


@pytest.fixture(scope="module")
def draft(engine: Engine) -> Callable[[str], str]:
    def run(text: str) -> str:
        return rewrite(Review(engine.analyze(text)), shared_lemmatizer("de")).text

    return run


@pytest.mark.parametrize(("original", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_neutral_draft(draft: Callable[[str], str], original: str, expected: str) -> None:
    assert draft(original) == expected


def test_name_the_source_is_kept_and_listed(engine: Engine) -> None:
    result = rewrite(Review(engine.analyze("Was viele Beobachter sagen, stimmt.")),
                     shared_lemmatizer("de"))
    assert [f.text for f in result.kept] == ["viele Beobachter"]
    assert result.applied == ()


def test_decisions_choose_what_is_applied(engine: Engine) -> None:
    review = Review(engine.analyze("Ein dramatischer Durchbruch."))
    dramatic, breakthrough = review.findings
    review.decide(dramatic, Decision(DecisionKind.KEPT))
    review.decide(breakthrough, Decision(DecisionKind.CUSTOM, text="Kompromiss"))
    lemmas = shared_lemmatizer("de")
    assert rewrite(review, lemmas, draft=False).text == "Ein dramatischer Kompromiss."
    review.undo()
    assert rewrite(review, lemmas, draft=False).text == "Ein dramatischer Durchbruch."
    assert rewrite(review, lemmas).text == "Eine dramatische Einigung."


def test_adjective_and_noun_replaced_together_agree(engine: Engine) -> None:
    lemmas = shared_lemmatizer("de")
    assert rewrite(Review(engine.analyze("Ein dramatischer Durchbruch.")), lemmas).text == (
        "Eine deutliche Einigung.")
    assert rewrite(Review(engine.analyze("Trotz eines dramatischen Durchbruchs.")),
                   lemmas).text == "Trotz einer deutlichen Einigung."


def test_offset_map(engine: Engine) -> None:
    text = "Sie erzielten einen Durchbruch. Danach kam Ruhe."
    result = rewrite(Review(engine.analyze(text)), shared_lemmatizer("de"))
    assert result.text == "Sie erzielten eine Einigung. Danach kam Ruhe."
    danach = text.index("Danach")
    assert result.text[result.to_rewrite(danach):].startswith("Danach")
    assert result.to_original(result.text.index("Danach")) == danach
    assert result.to_rewrite(0) == 0


def test_draft_of_the_sample_has_no_applied_framing_left(de_engine: Engine,
                                                        sample_text: str) -> None:
    lemmas = shared_lemmatizer("de")
    result = rewrite(Review(de_engine.analyze(sample_text)), lemmas)
    assert len(result.applied) >= 10
    again = de_engine.analyze(result.text)
    applied_rules = {f.rule for f in result.applied}
    left = [(f.text, f.rule) for f in again.author_findings() if f.rule in applied_rules]
    assert left == []


def test_draft_of_the_sample_keeps_quotes_and_untouched_sentences(de_engine: Engine,
                                                                 sample_text: str) -> None:
    analysis = de_engine.analyze(sample_text)
    result = rewrite(Review(analysis), shared_lemmatizer("de"))
    for start, end in analysis.quotes:
        quote = sample_text[start:end]
        assert quote in result.text
    touched = {f.sentence for f in result.applied}
    for index, sentence in enumerate(analysis.sentences):
        if index not in touched:
            assert sample_text[sentence.start:sentence.end] in result.text


def test_a_rewrite_with_nothing_to_change_loads_no_lemma_table(
        de_engine: Engine, sample_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from framing_desk.core.nlp import lemmas

    loaded: list[str] = []
    real = lemmas.shared_lemmatizer

    def counting(language: str) -> lemmas.Lemmatizer:
        loaded.append(language)
        return real(language)

    monkeypatch.setattr(lemmas, "shared_lemmatizer", counting)
    review = Review(de_engine.analyze(sample_text))
    unchanged = rewrite(review, lemmas.LazyLemmatizer("de"), draft=False)
    assert unchanged.text == sample_text
    assert loaded == []
    drafted = rewrite(review, lemmas.LazyLemmatizer("de"), draft=True)
    assert drafted.text != sample_text
    assert loaded and set(loaded) == {"de"}
