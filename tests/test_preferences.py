import dataclasses
import json
import os
from pathlib import Path

import pytest

from framing_desk.core import Engine
from framing_desk.core.model import Action, Category, Explanation, Finding, Severity, Voice
from framing_desk.core.preferences import (
    SCHEMA_VERSION,
    CustomTerm,
    Preferences,
    PreferencesError,
    filter_findings,
    load_preferences,
    preferences_path,
    save_preferences,
    write_custom_rule_dir,
)
from framing_desk.core.rules.loader import load_rules


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config folder; the real one is never touched."""
    folder = tmp_path / "config"
    monkeypatch.setenv("FRAMING_DESK_CONFIG_DIR", str(folder))
    return folder


def full_prefs() -> Preferences:
    return (Preferences()
            .with_ignored_word("de", "Historischer Durchbruch")
            .with_ignored_word("en", "landmark")
            .with_ignored_rule("de.erfolg.bemerkenswert")
            .with_category_enabled(Category.OPINION, False)
            .with_min_severity(Severity.WARNING)
            .with_custom_term(CustomTerm("de", "Klimakleber", Category.LOADED_TERM,
                                         ("Klimaaktivisten",), "Abwertende Bezeichnung."))
            .with_custom_term(CustomTerm("de", "Schuldenorgie", Category.EVALUATIVE)))


def finding(text: str = "bemerkenswert", *, rule: str = "de.test.a",
            category: Category = Category.EVALUATIVE,
            severity: Severity = Severity.WARNING) -> Finding:
    return Finding(0, len(text), text, category, rule, severity, Voice.AUTHOR,
                   Explanation(de="x", en="x"))


def test_path_comes_from_the_environment(config_dir: Path) -> None:
    assert preferences_path() == config_dir / "preferences.json"


def test_path_defaults_to_the_user_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRAMING_DESK_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    path = preferences_path()
    assert path.name == "preferences.json"
    assert path.parent.name == "framing-desk"


def test_missing_file_gives_defaults(config_dir: Path) -> None:
    prefs = load_preferences()
    assert prefs == Preferences()
    assert prefs.min_severity is Severity.INFO
    assert not prefs.ignored_words and not prefs.custom_terms
    assert not config_dir.exists()


def test_round_trip(config_dir: Path) -> None:
    prefs = full_prefs()
    save_preferences(prefs)
    assert load_preferences() == prefs
    data = json.loads((config_dir / "preferences.json").read_text(encoding="utf-8"))
    assert data["version"] == SCHEMA_VERSION
    assert data["ignored_words"] == {"de": ["historischer durchbruch"], "en": ["landmark"]}
    assert data["disabled_categories"] == ["opinion"]
    assert data["custom_terms"][0] == {"language": "de", "phrase": "Klimakleber",
                                       "category": "loaded_term", "suggestions": ["Klimaaktivisten"],
                                       "explanation": "Abwertende Bezeichnung."}


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "prefs.json"
    save_preferences(full_prefs(), path)
    assert load_preferences(path) == full_prefs()


def test_preferences_are_immutable() -> None:
    prefs = Preferences()
    changed = prefs.with_ignored_rule("de.x.y")
    assert prefs.ignored_rules == frozenset() and changed.ignored_rules == {"de.x.y"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        prefs.min_severity = Severity.ERROR  # type: ignore[misc]
    with pytest.raises(TypeError):
        changed.extra["new"] = 1  # type: ignore[index]
    assert changed.without_ignored_rule("de.x.y") == prefs
    assert hash(full_prefs()) == hash(full_prefs())


def test_category_toggle() -> None:
    prefs = Preferences().with_category_enabled(Category.CERTAINTY, False)
    assert prefs.disabled_categories == {Category.CERTAINTY}
    assert prefs.with_category_enabled(Category.CERTAINTY, True).disabled_categories == frozenset()


def test_ignored_words_are_case_and_space_insensitive() -> None:
    prefs = Preferences().with_ignored_word("de", "  Historischer \n DURCHBRUCH ")
    assert prefs.is_word_ignored("de", "historischer durchbruch")
    assert prefs.is_word_ignored("de", "HISTORISCHER\tDurchbruch")
    assert not prefs.is_word_ignored("en", "historischer durchbruch")
    assert prefs.ignored_words_in("de") == {"historischer durchbruch"}
    assert prefs.without_ignored_word("de", "Historischer Durchbruch") == Preferences()


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_ignored_word_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        Preferences().with_ignored_word("de", text)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        Preferences().with_ignored_word("fr", "magnifique")


def test_corrupt_json_raises_and_keeps_the_file(config_dir: Path) -> None:
    path = config_dir / "preferences.json"
    config_dir.mkdir()
    path.write_text('{"version": 1, "ignored_rules": [', encoding="utf-8")
    with pytest.raises(PreferencesError, match="not valid JSON") as error:
        load_preferences()
    assert str(path) in str(error.value)
    assert error.value.path == path
    assert path.read_text(encoding="utf-8") == '{"version": 1, "ignored_rules": ['


def test_recover_sets_the_bad_file_aside(config_dir: Path) -> None:
    path = config_dir / "preferences.json"
    config_dir.mkdir()
    path.write_bytes(b"\x00garbage")
    assert load_preferences(recover=True) == Preferences()
    assert not path.exists()
    (aside,) = config_dir.glob("preferences.json.bad-*")
    assert aside.read_bytes() == b"\x00garbage"
    path.write_bytes(b"[]")
    load_preferences(recover=True)
    assert len(list(config_dir.glob("preferences.json.bad-*"))) == 2


@pytest.mark.parametrize(("content", "message"), [
    ("[]", "must hold a JSON object"),
    ("{}", "'version'"),
    ('{"version": "1"}', "'version'"),
    ('{"version": true}', "'version'"),
    ('{"version": 1, "ignored_words": ["a"]}', "'ignored_words'"),
    ('{"version": 1, "ignored_words": {"de": "a"}}', "'de' must be a list of texts"),
    ('{"version": 1, "ignored_words": {"xx": ["a"]}}', "unsupported language 'xx'"),
    ('{"version": 1, "ignored_rules": "de.a.b"}', "'ignored_rules' must be a list of texts"),
    ('{"version": 1, "ignored_rules": [1]}', "'ignored_rules'"),
    ('{"version": 1, "disabled_categories": ["boring"]}', "'boring' is not one of"),
    ('{"version": 1, "min_severity": "fatal"}', "'fatal' is not one of"),
    ('{"version": 1, "min_severity": null}', "'min_severity'"),
    ('{"version": 1, "custom_terms": {}}', "'custom_terms' must be a list"),
    ('{"version": 1, "custom_terms": ["x"]}', "must be an object"),
    ('{"version": 1, "custom_terms": [{"language": "de", "phrase": "x"}]}', "'category'"),
    ('{"version": 1, "custom_terms": [{"language": "de", "phrase": "a|b", "category": "opinion"}]}',
     "only words and punctuation"),
    ('{"version": 1, "custom_terms": [{"language": "de", "phrase": "x", "category": "opinion",'
     ' "suggestions": "y"}]}', "'suggestions'"),
    ("[" * 100_000, "nested too deeply|not valid JSON"),
])
def test_wrong_content_raises(config_dir: Path, content: str, message: str) -> None:
    path = config_dir / "preferences.json"
    config_dir.mkdir()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PreferencesError, match=message):
        load_preferences()
    assert path.read_text(encoding="utf-8") == content


def test_non_utf8_file_raises(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "preferences.json").write_bytes(b'{"version": 1, "x": "\xff"}')
    with pytest.raises(PreferencesError, match="not UTF-8"):
        load_preferences()


def test_unreadable_file_raises_even_with_recover(config_dir: Path) -> None:
    (config_dir / "preferences.json").mkdir(parents=True)
    with pytest.raises(PreferencesError, match="cannot be read"):
        load_preferences(recover=True)
    assert (config_dir / "preferences.json").is_dir()


def test_hand_written_file_with_bom_and_missing_fields(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "preferences.json").write_bytes('{"version": 1, "min_severity": "error"}'
                                                  .encode("utf-8-sig"))
    assert load_preferences() == Preferences(min_severity=Severity.ERROR)


def test_fields_of_a_newer_version_survive_saving(config_dir: Path) -> None:
    path = config_dir / "preferences.json"
    config_dir.mkdir()
    path.write_text(json.dumps({
        "version": 7,
        "ignored_rules": ["de.a.b"],
        "theme": {"dark": True},
        "custom_terms": [{"language": "de", "phrase": "Gezerre", "category": "loaded_term",
                          "severity": "error"}],
    }), encoding="utf-8")
    prefs = load_preferences()
    assert prefs.extra == {"theme": {"dark": True}}
    assert prefs.custom_terms[0].extra == {"severity": "error"}
    save_preferences(prefs.with_ignored_rule("de.c.d"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["theme"] == {"dark": True}
    assert data["custom_terms"][0]["severity"] == "error"
    assert data["ignored_rules"] == ["de.a.b", "de.c.d"]


def test_extra_may_not_shadow_known_fields() -> None:
    with pytest.raises(ValueError, match="ignored_rules"):
        Preferences(extra={"ignored_rules": []})


def test_save_leaves_no_temporary_files(config_dir: Path) -> None:
    save_preferences(full_prefs())
    save_preferences(Preferences())
    assert [p.name for p in config_dir.iterdir()] == ["preferences.json"]


def test_failed_save_keeps_the_old_file(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_preferences(full_prefs())
    before = (config_dir / "preferences.json").read_bytes()

    def fail(self: Path, target: str | os.PathLike[str]) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save_preferences(Preferences())
    monkeypatch.undo()
    assert (config_dir / "preferences.json").read_bytes() == before
    assert [p.name for p in config_dir.iterdir()] == ["preferences.json"]
    assert load_preferences(config_dir / "preferences.json") == full_prefs()


def test_filter_findings() -> None:
    kept = finding("ordentlich")
    findings = [
        kept,
        finding("Historischer  DURCHBRUCH"),
        finding(rule="de.erfolg.bemerkenswert"),
        finding(category=Category.OPINION),
        finding(severity=Severity.INFO),
    ]
    prefs = (Preferences()
             .with_ignored_word("de", "historischer durchbruch")
             .with_ignored_rule("de.erfolg.bemerkenswert")
             .with_category_enabled(Category.OPINION, False)
             .with_min_severity(Severity.WARNING))
    assert filter_findings(findings, prefs, "de") == (kept,)
    assert filter_findings(findings, Preferences(), "de") == tuple(findings)
    # Ignored words belong to one language.
    assert finding("Historischer  DURCHBRUCH") in filter_findings(findings, prefs, "en")


def test_custom_term_is_cleaned_and_validated() -> None:
    term = CustomTerm("de", "  Sturm   der Entrüstung ", Category.EVALUATIVE, (" Kritik ", " "), "  ")
    assert term.phrase == "Sturm der Entrüstung"
    assert term.suggestions == ("Kritik",)
    assert term.explanation is None
    for bad in ("", "a|b", "sehr?", "[gut]", "{NOUN}", "Hoffnungs*", "=gut", "a ... b", "a … b", ", ."):
        with pytest.raises(ValueError):
            CustomTerm("de", bad, Category.EVALUATIVE)


def test_custom_terms_are_replaced_by_phrase() -> None:
    prefs = (Preferences()
             .with_custom_term(CustomTerm("de", "Gezerre", Category.LOADED_TERM))
             .with_custom_term(CustomTerm("de", "GEZERRE", Category.EVALUATIVE, ("Streit",))))
    (term,) = prefs.custom_terms
    assert term.category is Category.EVALUATIVE and term.suggestions == ("Streit",)
    assert prefs.without_custom_term("de", "gezerre").custom_terms == ()
    with pytest.raises(ValueError, match="twice"):
        Preferences(custom_terms=(term, term))


def test_no_custom_terms_no_rule_dir(tmp_path: Path) -> None:
    prefs = Preferences().with_custom_term(CustomTerm("en", "jaw-dropping", Category.EVALUATIVE))
    assert write_custom_rule_dir(prefs, tmp_path / "rules", "de") is None
    assert not (tmp_path / "rules").exists()


def test_custom_rule_dir_loads(tmp_path: Path) -> None:
    prefs = (full_prefs()
             .with_custom_term(CustomTerm("de", "Öl-Krise!", Category.LOADED_TERM, ("Ölpreisanstieg",)))
             .with_custom_term(CustomTerm("de", "Oel Krise", Category.LOADED_TERM, ("Ölpreisanstieg",)))
             .with_custom_term(CustomTerm("de", "null", Category.LOADED_TERM, ("no", "1949"))))
    folder = write_custom_rule_dir(prefs, tmp_path / "rules", "de")
    assert folder == tmp_path / "rules"
    assert sorted(p.name for p in folder.iterdir()) == ["custom-evaluative.yaml",
                                                       "custom-loaded_term.yaml"]
    rules = {rule.id: rule for rule in load_rules(folder, "de")}
    assert set(rules) == {"de.custom.klimakleber", "de.custom.schuldenorgie", "de.custom.oel-krise",
                          "de.custom.oel-krise-2", "de.custom.null"}
    klima = rules["de.custom.klimakleber"]
    assert klima.category is Category.LOADED_TERM and klima.suggestions == ("Klimaaktivisten",)
    assert klima.explanation == Explanation(de="Abwertende Bezeichnung.", en="Abwertende Bezeichnung.")
    assert klima.action is None
    orgie = rules["de.custom.schuldenorgie"]
    assert orgie.action is Action.REPHRASE and orgie.suggestions == ()
    assert orgie.category is Category.EVALUATIVE
    assert rules["de.custom.null"].suggestions == ("no", "1949")


def test_custom_rule_dir_drops_stale_files(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    write_custom_rule_dir(full_prefs(), folder, "de")
    fewer = full_prefs().without_custom_term("de", "Schuldenorgie")
    assert write_custom_rule_dir(fewer, folder, "de") == folder
    assert [p.name for p in folder.iterdir()] == ["custom-loaded_term.yaml"]
    assert write_custom_rule_dir(Preferences(), folder, "de") is None
    assert list(folder.iterdir()) == []


def test_custom_rule_matches_in_the_engine(tmp_path: Path) -> None:
    folder = write_custom_rule_dir(full_prefs(), tmp_path / "rules", "de")
    assert folder is not None
    engine = Engine("de", extra_rule_dirs=[folder], builtin_rules=False)
    analysis = engine.analyze("Die Klimakleber blockierten erneut die Autobahn.")
    (found,) = analysis.findings
    assert found.text == "Klimakleber"
    assert found.rule == "de.custom.klimakleber"
    assert found.category is Category.LOADED_TERM
    assert found.suggestions == ("Klimaaktivisten",)
    assert filter_findings(analysis.findings, full_prefs().with_ignored_word("de", "KLIMAKLEBER"),
                           "de") == ()


def test_new_engines_see_rewritten_custom_rules(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    prefs = Preferences().with_custom_term(CustomTerm("de", "Klimakleber", Category.LOADED_TERM))
    write_custom_rule_dir(prefs, folder, "de")
    assert Engine("de", [folder], builtin_rules=False).analyze("Die Schuldenorgie geht weiter.") \
        .findings == ()
    write_custom_rule_dir(prefs.with_custom_term(CustomTerm("de", "Schuldenorgie", Category.EVALUATIVE)),
                          folder, "de")
    engine = Engine("de", [folder], builtin_rules=False)
    assert [f.rule for f in engine.analyze("Die Schuldenorgie geht weiter.").findings] == [
        "de.custom.schuldenorgie"]
