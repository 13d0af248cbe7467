"""Load and validate rule files (YAML) into `Rule` objects with errors naming file, line and rule."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from framing_desk.core.model import Action, Category, Explanation, Severity
from framing_desk.core.rules.pattern import PatternError, PatternToken, parse_pattern

_E = TypeVar("_E", Category, Severity, Action)
_ID = re.compile(r"^[a-z]{2}\.[a-z0-9_.-]+$")
_FILE_KEYS = {"concept", "category", "severity", "explanation", "rules", "action"}
_RULE_KEYS = {
    "id", "pattern", "suggestions", "action", "severity", "explanation", "except",
    "except_in_sentence", "examples", "counterexamples",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a rule file, its patterns parsed."""

    id: str
    concept: str
    category: Category
    severity: Severity
    explanation: Explanation
    patterns: tuple[tuple[PatternToken, ...], ...]
    suggestions: tuple[str, ...] = ()
    action: Action | None = None
    exceptions: tuple[tuple[PatternToken, ...], ...] = ()
    except_in_sentence: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    source: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class RuleProblem:
    file: str
    line: int
    rule: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: rule {self.rule}: {self.problem}" if self.rule else f"{where}: {self.problem}"


class RuleError(ValueError):
    """One or more rule files are malformed; `problems` lists each with file and line."""

    def __init__(self, problems: Iterable[RuleProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class _Lines:
    """Line numbers (1-based) of the keys of a mapping read from YAML."""

    start: int
    keys: dict[str, int] = field(default_factory=dict)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that remembers where each mapping and each of its keys stands."""

    positions: dict[int, _Lines]


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    lines = _Lines(node.start_mark.line + 1)
    for key_node, _ in node.value:
        lines.keys[str(key_node.value)] = key_node.start_mark.line + 1
    loader.positions[id(mapping)] = lines
    return mapping


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
# Everything in a rule file is text: "no", "on" and "1949" must not turn into booleans or numbers.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_rules(directory: Path, language: str) -> tuple[Rule, ...]:
    """Load every `*.yaml` below `directory`; raise `RuleError` naming every problem found."""
    files = sorted(directory.rglob("*.yaml"))
    if not files:
        raise RuleError([RuleProblem(str(directory), 0, None, "no rule files (*.yaml) here")])
    rules: list[Rule] = []
    problems: list[RuleProblem] = []
    for path in files:
        file_rules, file_problems = load_rule_file(path, language)
        rules.extend(file_rules)
        problems.extend(file_problems)
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            problems.append(RuleProblem(rule.source, rule.line, rule.id,
                                        f"id already used in {first.source}:{first.line}"))
        seen[rule.id] = rule
    if problems:
        raise RuleError(problems)
    return tuple(rules)


def load_rule_file(path: Path, language: str) -> tuple[list[Rule], list[RuleProblem]]:
    """Read one rule file; return its rules and the problems found (the file is read whole)."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [], [RuleProblem(name, 0, None, f"cannot be read: {error}")]
    loader = _LineLoader(text)
    loader.positions = {}
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(error, "problem", None) or str(error)
        return [], [RuleProblem(name, line, None, f"not valid YAML: {reason}")]
    finally:
        loader.dispose()
    return _FileReader(name, language, loader.positions).read(data)


class _FileReader:
    def __init__(self, name: str, language: str, positions: dict[int, _Lines]) -> None:
        self.name = name
        self.language = language
        self.positions = positions
        self.problems: list[RuleProblem] = []

    def line(self, mapping: object, key: str | None = None) -> int:
        lines = self.positions.get(id(mapping))
        if lines is None:
            return 0
        return lines.keys.get(key, lines.start) if key else lines.start

    def problem(self, mapping: object, key: str | None, rule: str | None, text: str) -> None:
        self.problems.append(RuleProblem(self.name, self.line(mapping, key), rule, text))

    def read(self, data: object) -> tuple[list[Rule], list[RuleProblem]]:
        if not isinstance(data, dict):
            self.problems.append(RuleProblem(self.name, 1, None,
                                             "must be a mapping with concept, category, rules"))
            return [], self.problems
        for key in sorted(set(data) - _FILE_KEYS):
            self.problem(data, key, None, f"unknown field {key!r}")
        for key in sorted({"concept", "category", "severity", "explanation", "rules"} - set(data)):
            self.problem(data, None, None, f"missing field {key!r}")
        concept = self.text(data, "concept", None) or ""
        category = self.enum(data, "category", Category, None)
        severity = self.enum(data, "severity", Severity, None)
        explanation = self.explanation(data, None)
        action = self.enum(data, "action", Action, None) if "action" in data else None
        raw_rules = data.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            if "rules" in data:
                self.problem(data, "rules", None, "rules must be a non-empty list")
            return [], self.problems
        rules = []
        for raw in raw_rules:
            rule = self.rule(raw, concept, category, severity, explanation, action)
            if rule is not None:
                rules.append(rule)
        return rules, self.problems

    def rule(self, raw: object, concept: str, category: Category | None,
             severity: Severity | None, explanation: Explanation | None,
             action: Action | None) -> Rule | None:
        if not isinstance(raw, dict):
            self.problems.append(RuleProblem(self.name, 0, None, "each rule must be a mapping"))
            return None
        rule_id = raw.get("id")
        ident = str(rule_id) if rule_id is not None else None
        if ident is None:
            self.problem(raw, None, None, "missing field 'id'")
        elif not _ID.match(ident) or not ident.startswith(self.language + "."):
            self.problem(raw, "id", ident, f"id must look like '{self.language}.topic.word' "
                                           "(lowercase letters, digits, . _ -)")
        for key in sorted(set(raw) - _RULE_KEYS):
            self.problem(raw, key, ident, f"unknown field {key!r}")
        patterns = self.patterns(raw, "pattern", ident, required=True)
        exceptions = self.patterns(raw, "except", ident, required=False)
        rule_severity = self.enum(raw, "severity", Severity, ident) if "severity" in raw else severity
        rule_action = self.enum(raw, "action", Action, ident) if "action" in raw else action
        rule_explanation = self.explanation(raw, ident) if "explanation" in raw else explanation
        suggestions = self.strings(raw, "suggestions", ident)
        if not suggestions and rule_action is None:
            self.problem(raw, None, ident, "needs 'suggestions' or an 'action'")
        if any(not s.strip() for s in suggestions):
            self.problem(raw, "suggestions", ident,
                         "a suggestion is empty; use 'action: delete' to propose deleting")
        if (ident is None or category is None or rule_severity is None
                or rule_explanation is None or not patterns):
            return None
        return Rule(
            id=ident,
            concept=concept,
            category=category,
            severity=rule_severity,
            explanation=rule_explanation,
            patterns=tuple(patterns),
            suggestions=tuple(suggestions),
            action=rule_action,
            exceptions=tuple(exceptions),
            except_in_sentence=tuple(self.strings(raw, "except_in_sentence", ident)),
            examples=tuple(self.strings(raw, "examples", ident)),
            counterexamples=tuple(self.strings(raw, "counterexamples", ident)),
            source=self.name,
            line=self.line(raw),
        )

    def text(self, mapping: dict[str, Any], key: str, rule: str | None) -> str | None:
        value = mapping.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(mapping, key, rule, f"{key} must be a non-empty text")
            return None
        return value.strip()

    def strings(self, mapping: dict[str, Any], key: str, rule: str | None) -> list[str]:
        value = mapping.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(mapping, key, rule, f"{key} must be a text or a list of texts")
            return []
        return [v.strip() for v in value]

    def enum(
        self, mapping: dict[str, Any], key: str, kind: type[_E], rule: str | None
    ) -> _E | None:
        value = mapping.get(key)
        if value is None:
            return None
        try:
            return kind(str(value).strip())
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            self.problem(mapping, key, rule, f"{key} {value!r} is not one of: {allowed}")
            return None

    def explanation(self, mapping: dict[str, Any], rule: str | None) -> Explanation | None:
        value = mapping.get("explanation")
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(mapping, "explanation", rule, "explanation needs 'de' and 'en' texts")
            return None
        de, en = self.text(value, "de", rule), self.text(value, "en", rule)
        if de is None or en is None:
            self.problem(mapping, "explanation", rule, "explanation needs 'de' and 'en' texts")
            return None
        return Explanation(de=de, en=en)

    def patterns(self, mapping: dict[str, Any], key: str, rule: str | None,
                 *, required: bool) -> list[tuple[PatternToken, ...]]:
        if key not in mapping:
            if required:
                self.problem(mapping, None, rule, f"missing field {key!r}")
            return []
        parsed = []
        for source in self.strings(mapping, key, rule):
            try:
                parsed.append(parse_pattern(source))
            except PatternError as error:
                self.problem(mapping, key, rule, f"{key} {source!r}: {error}")
        return parsed
