"""Bulk token work: per-word-form values spread over tokens with numpy, written in one call.

Python loops over tokens are what makes a spaCy component slow. A Doc has far
fewer distinct word forms than tokens, and the components' results depend
only on the form, so each component computes a value per distinct form
(cached across documents) and numpy spreads it over the tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy
import numpy.typing as npt
from spacy.attrs import ORTH
from spacy.tokens import Doc

NOT_SENT_START = 2**64 - 1  # SENT_START's -1 as spaCy's uint64 arrays hold it
_KEY = "framing_desk.word_forms"


@dataclass(frozen=True, slots=True)
class WordForms:
    """The distinct forms of a Doc: form k has string id `orths[k]`; token i is form `index[i]`."""

    orths: list[int]
    index: npt.NDArray[numpy.intp]

    def spread(self, per_form: Sequence[Any], dtype: str) -> npt.NDArray[Any]:
        """An array with one value per token, from a sequence with one value per form."""
        return numpy.asarray(per_form, dtype=dtype)[self.index]

    def positions(self, form: int) -> list[int]:
        positions: list[int] = numpy.flatnonzero(self.index == form).tolist()
        return positions


def word_forms(doc: Doc) -> WordForms:
    """The Doc's distinct word forms (computed once per Doc and kept in `doc.user_data`)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, WordForms) and len(cached.index) == len(doc):
        return cached
    unique, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)
    forms = WordForms(unique.tolist(), inverse.reshape(-1))
    doc.user_data[_KEY] = forms
    return forms


def forget_word_forms(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)


def write_columns(doc: Doc, attrs: Sequence[int], values: npt.NDArray[Any]) -> None:
    """Set `attrs` of every token of `doc` from `values` (one row of ids per token)."""
    if len(doc):
        array = numpy.ascontiguousarray(values, dtype="uint64").reshape(len(doc), len(attrs))
        doc.from_array(list(attrs), cast(Any, array))
