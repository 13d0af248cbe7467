"""Writing token attributes in bulk: one `Doc.from_array` call instead of a Token per token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy
from spacy.tokens import Doc

NOT_SENT_START = 2**64 - 1  # SENT_START's -1 as spaCy's uint64 arrays hold it


def write_columns(doc: Doc, attrs: Sequence[int], rows: Sequence[Sequence[int]]) -> None:
    """Set `attrs` of every token of `doc` from `rows` (one row of ids per token)."""
    if rows:
        array = numpy.array(rows, dtype="uint64").reshape(len(rows), len(attrs))
        doc.from_array(list(attrs), cast(Any, array))
