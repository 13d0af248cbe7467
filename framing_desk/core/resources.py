"""Locating the files shipped in resources/ (in a checkout, an installed package or a frozen app)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def sample_article() -> Path:
    return resource_path("samples", "raketenstopp.de.txt")
