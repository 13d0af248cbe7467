"""`rules check`: validate a folder of rule files and run each rule's examples through the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from framing_desk.core.engine import Engine
from framing_desk.core.nlp.framing import FramingMatcher
from framing_desk.core.nlp.pipeline import make_doc
from framing_desk.core.rules.loader import RuleError, load_rules


@dataclass
class CheckReport:
    rules: int = 0
    files: int = 0
    examples: int = 0
    counterexamples: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        verdict = "OK" if self.ok else f"{len(self.problems)} problem(s)"
        return (f"{verdict}: {self.rules} rules in {self.files} files; "
                f"{self.examples} examples and {self.counterexamples} counterexamples checked")


def check_rules(directory: Path, language: str) -> CheckReport:
    """Schema problems, examples a rule does not flag, counterexamples it flags."""
    report = CheckReport(files=len(list(directory.rglob("*.yaml"))))
    try:
        rules = load_rules(directory, language)
    except RuleError as error:
        report.problems.extend(str(p) for p in error.problems)
        return report
    report.rules = len(rules)
    engine = Engine(language, extra_rule_dirs=[directory], builtin_rules=False)
    for rule in rules:
        where = f"{rule.source}:{rule.line}: rule {rule.id}"
        for example in rule.examples:
            report.examples += 1
            if not _fired(engine, rule.id, example):
                report.problems.append(f"{where}: example not flagged: {example!r}")
        for counterexample in rule.counterexamples:
            report.counterexamples += 1
            fired = _fired(engine, rule.id, counterexample)
            if fired:
                report.problems.append(f"{where}: counterexample flagged ({fired[0]!r}): "
                                       f"{counterexample!r}")
    return report


def _fired(engine: Engine, rule_id: str, text: str) -> list[str]:
    """The words `rule_id` itself marks in `text`, whether or not an overlapping rule wins."""
    matcher = engine.nlp.get_pipe("framing_matcher")
    assert isinstance(matcher, FramingMatcher)
    with engine.nlp.select_pipes(disable=["framing_matcher"]):
        doc = engine.nlp(make_doc(engine.nlp, text))
    return [doc[m.mark_start:m.mark_end].text for m in matcher.find(doc) if m.rule.id == rule_id]
