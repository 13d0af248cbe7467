"""Where rules come from: the rules shipped in resources/rules/<language>/ plus extra folders."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from framing_desk.core.resources import resource_path

if TYPE_CHECKING:
    from framing_desk.core.rules.loader import Rule


def builtin_rule_dir(language: str) -> Path:
    return resource_path("rules", language)


def load_rule_set(language: str, rule_dirs: tuple[str, ...]) -> tuple[Rule, ...]:
    """All rules of `rule_dirs`; raises `RuleError` on a malformed file.

    Results are cached per process as long as no rule file was added, removed or
    changed (compared by modification time and size), so an edited rule folder is
    read again.
    """
    return _load(language, rule_dirs, tuple(rule_fingerprint(Path(d)) for d in rule_dirs))


@cache
def _load(language: str, rule_dirs: tuple[str, ...],
          fingerprint: tuple[tuple[tuple[str, int, int], ...], ...]) -> tuple[Rule, ...]:
    from framing_desk.core.rules.loader import load_rules  # YAML loads with the first rule file read

    rules: list[Rule] = []
    for directory in rule_dirs:
        rules.extend(load_rules(Path(directory), language))
    return tuple(rules)


def rule_fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Each rule file of `directory` with its modification time and size: changes when any file does."""
    files = []
    for path in sorted(directory.rglob("*.yaml")):
        stat = path.stat()
        files.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(files)
