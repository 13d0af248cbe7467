"""Shared fixtures: small rule folders written per test, the shipped sample, engines."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from framing_desk.core import Engine
from framing_desk.core.resources import sample_article

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return sample_article().read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def de_engine() -> Engine:
    return Engine("de")


@pytest.fixture(scope="session")
def en_engine() -> Engine:
    return Engine("en")


@pytest.fixture
def rule_dir(tmp_path: Path) -> Callable[[str], Path]:
    """Write one rule file (YAML text) into a fresh `de` folder and return the folder."""

    def write(yaml_text: str, name: str = "test-rules.yaml") -> Path:
        folder = tmp_path / "de"
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(textwrap.dedent(yaml_text), encoding="utf-8")
        return folder

    return write


@pytest.fixture
def engine_with(rule_dir: Callable[[str], Path]) -> Callable[[str], Engine]:
    def build(yaml_text: str) -> Engine:
        return Engine("de", [rule_dir(yaml_text)], builtin_rules=False)

    return build


HEADER = """\
concept: Test
category: evaluative
severity: warning
explanation:
  de: Wertet.
  en: Judges.
rules:
"""
