"""Pattern semantics on real sentences, with small rule files written by each test."""

from collections.abc import Callable
from pathlib import Path

from framing_desk.core import Engine, Voice

from .conftest import HEADER

Build = Callable[[str], Engine]


def marks(engine: Engine, text: str) -> list[str]:
    return [f.text for f in engine.analyze(text).findings]


def test_every_inflection_matches(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.b\n    pattern: bemerkenswert\n    action: delete\n")
    for form in ("bemerkenswert", "bemerkenswerte", "bemerkenswerter", "bemerkenswerten",
                 "bemerkenswertes", "Bemerkenswert", "bemerkenswerteste"):
        assert marks(engine, f"Das ist {form} gewesen.") == [form], form


def test_rule_written_inflected_matches_other_forms(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.b\n    pattern: bemerkenswerter Erfolg\n"
                                  "    suggestions: [Erfolg]\n")
    analysis = engine.analyze("Er sprach von eines bemerkenswerten Erfolgs wegen.")
    assert [f.text for f in analysis.findings] == ["bemerkenswerten Erfolgs"]
    assert analysis.findings[0].suggestions == ("Erfolgs",)


def test_compound_suffix(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.r\n    pattern: '*regime'\n"
                                  "    suggestions: [Regierung]\n")
    assert marks(engine, "Das Terrorregime und das Mullah-Regime sowie des Regimes.") == [
        "Terrorregime", "Mullah-Regime", "Regimes"]


def test_discontinuous_separable_verb(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.v\n    pattern: sich ... verlieren\n"
                                  "    action: rephrase\n")
    text = "Die Politiker verlieren sich in endlosen Debatten."
    assert marks(engine, "Die Politiker, die sich in endlosen Debatten verlieren, schweigen.") == [
        "sich in endlosen Debatten verlieren"]
    assert marks(engine, text) == []


def test_matches_stay_inside_one_sentence(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.v\n    pattern: sich ... verlieren\n"
                                  "    action: rephrase\n")
    assert marks(engine, "Er freut sich. Sie verlieren.") == []


def test_brackets_mark_part_of_match(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.z\n    pattern: '[zeigt] , dass'\n"
                                  "    suggestions: [legt nahe]\n")
    analysis = engine.analyze("Die Studie zeigt, dass Kaffee hilft.")
    assert [f.text for f in analysis.findings] == ["zeigt"]


def test_exception_pattern_blocks_literal_use(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.h\n    pattern: historisch\n    action: delete\n"
                                  "    except: [historisch Rathaus|Altstadt]\n")
    assert marks(engine, "Das historische Rathaus brannte.") == []
    assert marks(engine, "Ein historischer Tag für die Stadt.") == ["historischer"]


def test_exception_word_in_sentence(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.d\n    pattern: Durchbruch\n"
                                  "    suggestions: [Einigung]\n    except_in_sentence: [Damm, Deich]\n")
    assert marks(engine, "Nach dem Durchbruch des Damms wurde evakuiert.") == []
    assert marks(engine, "Ein Durchbruch in den Gesprächen.") == ["Durchbruch"]


def test_exact_form_only(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.d\n    pattern: '=durchaus'\n    action: delete\n")
    assert marks(engine, "Das ist durchaus möglich. Durchaus!") == ["durchaus", "Durchaus"]


def test_optional_word_and_longest_match_wins(engine_with: Build) -> None:
    engine = engine_with(HEADER + """\
  - id: de.t.a
    pattern: überfällig
    action: delete
  - id: de.t.b
    pattern: mehr als überfällig
    suggestions: [notwendig]
  - id: de.t.c
    pattern: Eines steht jedoch? fest
    action: delete
""")
    analysis = engine.analyze("Das wäre mehr als überfällig. Eines steht fest: Eines steht jedoch fest.")
    assert [(f.text, f.rule) for f in analysis.findings] == [
        ("mehr als überfällig", "de.t.b"), ("Eines steht fest", "de.t.c"),
        ("Eines steht jedoch fest", "de.t.c")]


def test_quoted_words_have_quote_voice(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.z\n    pattern: zufrieden\n    action: delete\n")
    analysis = engine.analyze('„Wir sind sehr zufrieden damit", sagte er. Er war zufrieden.')
    assert [(f.text, f.voice) for f in analysis.findings] == [
        ("zufrieden", Voice.QUOTE), ("zufrieden", Voice.AUTHOR)]


def test_suggestion_takes_adjective_ending_and_sentence_case(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.d\n    pattern: dramatisch\n"
                                  "    suggestions: [deutlich, stark]\n")
    first, second = engine.analyze("Ein dramatischer Anstieg. Dramatisch war das.").findings
    assert first.suggestions == ("deutlicher", "starker")
    assert second.suggestions == ("Deutlich", "Stark")


def test_inflected_suggestion_is_reinflected(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.e\n    pattern: endlos\n"
                                  "    suggestions: [lange]\n")
    (finding,) = engine.analyze("Sie verlieren sich in endlosen Debatten.").findings
    assert finding.suggestions == ("langen",)


def test_offsets_are_true_with_crlf_and_emoji(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.d\n    pattern: dramatisch\n    action: delete\n")
    text = "Titel 🎉\r\n\r\nEin dramatischer 👍 Anstieg.\r\n"
    (finding,) = engine.analyze(text).findings
    assert text[finding.start:finding.end] == finding.text == "dramatischer"


def test_long_document_is_chunked_with_true_offsets(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.d\n    pattern: dramatisch\n    action: delete\n")
    paragraph = "Ein ganz normaler Satz über die Lage im Land. " * 40 + "Ein dramatischer Satz.\n"
    text = paragraph * 120
    analysis = engine.analyze(text)
    assert len(text) > 200_000
    assert len(analysis.findings) == 120
    assert all(text[f.start:f.end] == "dramatischer" for f in analysis.findings)
    assert analysis.sentences[-1].block == 119


def test_longer_pattern_of_a_rule_wins(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.a\n    pattern: [ein neues Kapitel, neues Kapitel]\n"
                                  "    action: rephrase\n")
    assert marks(engine, "Ein neues Kapitel beginnt.") == ["Ein neues Kapitel"]


def test_function_words_keep_their_own_lemma(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.a\n    pattern: sich ... verlieren\n"
                                  "    action: rephrase\n")
    assert marks(engine, "Wir verlieren.") == []
    assert marks(engine, "Sie sind sicher, dass sie verlieren.") == []


def test_old_spelling_with_eszett_matches(engine_with: Build) -> None:
    engine = engine_with(HEADER + "  - id: de.t.a\n    pattern: blass Auftritt\n    action: delete\n")
    # The lookup table gives "blassen" the old-spelling lemma "blaß".
    assert marks(engine, "Trotz eines blassen Auftritts. Ein blasser Auftritt.") == [
        "blassen Auftritts", "blasser Auftritt"]


def test_pattern_words_split_like_the_text(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "t.yaml").write_text(HEADER + "  - id: en.t.a\n    pattern: so-called\n"
                                            "    action: delete\n"
                                            "  - id: en.t.b\n    pattern: let's be clear\n"
                                            "    action: delete\n", encoding="utf-8")
    engine = Engine("en", [folder], builtin_rules=False)
    assert marks(engine, "The so-called reform. Let's be clear about it.") == [
        "so-called", "Let's be clear"]


def test_separable_and_reflexive_verbs(engine_with: Build) -> None:
    engine = engine_with(HEADER + """\
  - id: de.t.einraeumen
    pattern:
      - räumt ... =ein
      - einräumen
    suggestions: [sagt]
  - id: de.t.bedeckt
    pattern: halten sich ... bedeckt
    action: rephrase
""")
    assert marks(engine, "Der Minister räumte den Fehler gestern ein.") == [
        "räumte den Fehler gestern ein"]
    assert marks(engine, "Er musste den Fehler einräumen.") == ["einräumen"]
    assert marks(engine, "Der Kreml hielt sich zunächst bedeckt.") == [
        "hielt sich zunächst bedeckt"]
