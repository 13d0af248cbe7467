"""Bulk token work: per-word-form values spread over tokens with numpy, written in one call.

Python loops over tokens are what makes a spaCy component slow. A Doc has far
fewer distinct word forms than tokens, and the components' results depend
only on the form, so each component computes a value per distinct form
(cached across documents) and numpy spreads it over the tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

import numpy
import numpy.typing as npt
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

NOT_SENT_START = 2**64 - 1  # SENT_START's -1 as spaCy's uint64 arrays hold it
_KEY = "framing_desk.word_forms"


@dataclass(frozen=True)
class WordForms:
    """The distinct forms of a Doc: form k has string id `orths[k]`; token i is form `index[i]`."""

    orths: list[int]
    index: npt.NDArray[numpy.intp]

    @cached_property
    def _grouped(self) -> tuple[list[int], list[int]]:
        """Token positions sorted by form, and where each form's run starts."""
        order = numpy.argsort(self.index, kind="stable")
        bounds = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(self.index,
                                                                    minlength=len(self.orths)))))
        return order.tolist(), bounds.tolist()

    def spread(self, per_form: Sequence[Any], dtype: str) -> npt.NDArray[Any]:
        """An array with one value per token, from a sequence with one value per form."""
        return numpy.asarray(per_form, dtype=dtype)[self.index]

    def positions(self, form: int) -> list[int]:
        """The tokens of form `form`, in order."""
        order, bounds = self._grouped
        return order[bounds[form]:bounds[form + 1]]


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


def doc_text(doc: Doc) -> str:
    """The Doc's text, built from string ids (`Doc.text` makes a Python Token per token)."""
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if space else strings[orth]
                   for orth, space in doc.to_array([ORTH, SPACY]).tolist())
