"""Where rules come from: the rules shipped in resources/rules/<language>/ plus extra folders."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from framing_desk.core.resources import resource_path
from framing_desk.core.rules.loader import Rule, load_rules


def builtin_rule_dir(language: str) -> Path:
    return resource_path("rules", language)


@cache
def load_rule_set(language: str, rule_dirs: tuple[str, ...]) -> tuple[Rule, ...]:
    """All rules of `rule_dirs` (cached per process); raises `RuleError` on a malformed file."""
    rules: list[Rule] = []
    for directory in rule_dirs:
        rules.extend(load_rules(Path(directory), language))
    return tuple(rules)
