"""`rules check`: validate a folder of rule files and run each rule's examples through the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from framing_desk.core.engine import Engine
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
        for example in rule.examples:
            report.examples += 1
            findings = engine.analyze(example).findings
            if not any(f.rule == rule.id or f.category is rule.category for f in findings):
                report.problems.append(f"{rule.source}:{rule.line}: rule {rule.id}: "
                                       f"example not flagged: {example!r}")
        for counterexample in rule.counterexamples:
            report.counterexamples += 1
            fired = [f for f in engine.analyze(counterexample).findings if f.rule == rule.id]
            if fired:
                report.problems.append(f"{rule.source}:{rule.line}: rule {rule.id}: "
                                       f"counterexample flagged ({fired[0].text!r}): "
                                       f"{counterexample!r}")
    return report
