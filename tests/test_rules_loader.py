from collections.abc import Callable
from pathlib import Path

import pytest

from framing_desk.core.model import Action, Category, Severity
from framing_desk.core.rules.loader import RuleError, load_rules
from framing_desk.core.rules.pattern import Kind, PatternError, parse_pattern

from .conftest import HEADER


def test_pattern_notation() -> None:
    tokens = parse_pattern("[=durchaus|absolut] sich? ... *regime hoffnungs* {NOUN} , dass")
    kinds = [t.kind for t in tokens]
    assert kinds == [Kind.EXACT, Kind.LEMMA, Kind.GAP, Kind.SUFFIX, Kind.PREFIX, Kind.POS,
                     Kind.PUNCT, Kind.LEMMA]
    assert tokens[0].values == ("durchaus", "absolut")
    assert tokens[1].optional and not tokens[1].marked
    assert tokens[0].marked


def test_pattern_punctuation_is_split_off() -> None:
    tokens = parse_pattern("zeigt, dass")
    assert [t.values for t in tokens] == [("zeigt",), (",",), ("dass",)]


def test_several_bracket_pairs_mark_from_first_to_last() -> None:
    tokens = parse_pattern("[führt] ... [vor Augen] , dass")
    assert [t.marked for t in tokens] == [True, False, True, True, False, False]


@pytest.mark.parametrize("bad", ["", "...", "... gut", "[gut", "[a [b]]", "a] b", "{FOO}", "a|=b",
                                 "sehr?", "gut ..."])
def test_bad_patterns(bad: str) -> None:
    with pytest.raises(PatternError):
        parse_pattern(bad)


def test_valid_file_loads(rule_dir: Callable[[str], Path]) -> None:
    folder = rule_dir(HEADER + """\
  - id: de.test.gut
    pattern: gut
    action: delete
    suggestions: [ordentlich]
    except: [gut Wetter]
    except_in_sentence: [no, 1949]
""")
    (rule,) = load_rules(folder, "de")
    assert rule.id == "de.test.gut"
    assert rule.category is Category.EVALUATIVE and rule.severity is Severity.WARNING
    assert rule.action is Action.DELETE
    assert rule.except_in_sentence == ("no", "1949")
    assert rule.line == 8


@pytest.mark.parametrize(("body", "message", "line"), [
    ("  - id: de.test.a\n    pattern: gut\n", "needs 'suggestions' or an 'action'", 8),
    ("  - id: de.test.a\n    pattern: gut\n    action: explode\n", "action 'explode' is not one of", 10),
    ("  - id: Bad Id\n    pattern: gut\n    action: delete\n", "id must look like", 8),
    ("  - id: de.test.a\n    pattern: '[gut'\n    action: delete\n", "pattern '[gut'", 9),
    ("  - id: de.test.a\n    pattern: gut\n    action: delete\n    colour: red\n",
     "unknown field 'colour'", 11),
    ("  - id: de.test.a\n    pattern: gut\n    suggestions: ['']\n", "a suggestion is empty", 10),
    ("  - id: de.test.a\n    action: delete\n", "missing field 'pattern'", 8),
])
def test_problems_name_file_line_and_rule(rule_dir: Callable[[str], Path], body: str,
                                          message: str, line: int) -> None:
    folder = rule_dir(HEADER + body)
    with pytest.raises(RuleError) as caught:
        load_rules(folder, "de")
    text = str(caught.value)
    assert message in text
    assert f"test-rules.yaml:{line}:" in text
    assert "de.test.a" in text or "Bad Id" in text


def test_broken_yaml_names_line(rule_dir: Callable[[str], Path]) -> None:
    folder = rule_dir("concept: x\ncategory: [unclosed\nrules: []\n")
    with pytest.raises(RuleError, match=r"test-rules.yaml:\d+: not valid YAML"):
        load_rules(folder, "de")


def test_wrong_category_and_missing_fields(rule_dir: Callable[[str], Path]) -> None:
    folder = rule_dir("concept: x\ncategory: spin\nrules:\n  - id: de.x.y\n    pattern: a\n"
                      "    action: delete\n")
    with pytest.raises(RuleError) as caught:
        load_rules(folder, "de")
    text = str(caught.value)
    assert "category 'spin' is not one of" in text
    assert "missing field 'severity'" in text and "missing field 'explanation'" in text


def test_duplicate_ids(rule_dir: Callable[[str], Path]) -> None:
    rule_dir(HEADER + "  - id: de.test.a\n    pattern: gut\n    action: delete\n", "a.yaml")
    folder = rule_dir(HEADER + "  - id: de.test.a\n    pattern: toll\n    action: delete\n", "b.yaml")
    with pytest.raises(RuleError, match="id already used in"):
        load_rules(folder, "de")


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no rule files"):
        load_rules(tmp_path, "de")


def test_not_a_mapping(rule_dir: Callable[[str], Path]) -> None:
    with pytest.raises(RuleError, match="must be a mapping"):
        load_rules(rule_dir("- just\n- a list\n"), "de")
