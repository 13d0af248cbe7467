"""Derive resources/morph/de_nouns.tsv.gz (gender and case forms of German nouns) from the
Wiktionary data in the `german-nouns` package (CC BY-SA 4.0).

    .venv/bin/pip install -c constraints.txt -e '.[dev,morph-data]'
    .venv/bin/python scripts/build_noun_table.py

Columns: lemma, gender (m/f/n, empty for plural-only nouns), then the forms
nominative, genitive, dative, accusative singular, and the same four plural;
where a slot has several forms they are joined by "|", the usual one first.
"""

from __future__ import annotations

import csv
import gzip
from importlib.resources import files
from pathlib import Path

CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "morph" / "de_nouns.tsv.gz"


def first(row: dict[str, str], column: str) -> str:
    for key in (column, f"{column} 1", f"{column}*", f"{column} stark"):
        value = row.get(key, "").strip()
        if value and value != "—":
            return value
    return ""


def variants(row: dict[str, str], column: str) -> str:
    """All forms of a slot, the usual one first, joined by "|" ("Regime|Regimes")."""
    found: list[str] = []
    for key in (column, f"{column} 1", f"{column}*", f"{column} 2", f"{column} 3",
                f"{column} stark"):
        value = row.get(key, "").strip()
        if value and value != "—" and value not in found:
            found.append(value)
    return "|".join(found)


def main() -> None:
    source = files("german_nouns").joinpath("nouns.csv")
    rows: dict[str, list[str]] = {}
    with source.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            lemma = row["lemma"].strip()
            if "Substantiv" not in row["pos"] or not lemma[:1].isupper() or " " in lemma:
                continue
            gender = first(row, "genus")
            if gender not in ("m", "f", "n", ""):
                continue
            forms = [variants(row, f"{case} {number}") for number in ("singular", "plural")
                     for case in CASES]
            if not any(forms) or lemma in rows:
                continue
            rows[lemma] = [lemma, gender, *forms]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as out:
        for lemma in sorted(rows):
            out.write("\t".join(rows[lemma]) + "\n")
    print(f"{len(rows)} nouns → {TARGET} ({TARGET.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
