"""deep-translator's language tables (name → code per service), loaded on first use.

Importing `deep_translator.constants` first runs the package's `__init__`, which
imports every translator with requests and BeautifulSoup (about 0.3 s), so the
tables are fetched only when a provider actually needs a code.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache


@cache
def language_codes(table: str) -> Mapping[str, str]:
    """The table `table` of `deep_translator.constants` (e.g. "GOOGLE_LANGUAGES_TO_CODES"),
    keyed by lower-case language name."""
    from deep_translator import constants

    values: Mapping[str, str] = getattr(constants, table)
    return {name.lower(): code for name, code in values.items()}


def code_for(table: str, language: str) -> str:
    """The service's code for `language` (a name or already a code)."""
    return str(language_codes(table).get(language.lower(), language))
