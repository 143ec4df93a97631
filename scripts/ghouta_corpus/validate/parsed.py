"""A valid annotation as the gold gate reads it, straight from the pass's parse.

``validate`` alone (no ``build`` waiting for rows) does not need a
:class:`~ghouta_corpus.model.records.Document` for a file it proved valid: the gold
gate's audit (:class:`~ghouta_corpus.validate.audit.StreamAudit`) reads only the
document's id, status, split and text, the keys of its ACTOR and LOCATION mentions
(text, label, mention and actor type) and its spans' labels and offsets, which the
rule proofs have already gathered as columns (:class:`~ghouta_corpus.validate.proof.Columns`).
:class:`ParsedDoc` hands the gate those, so no ``Span`` object is made for a valid
file (making them was a tenth of ``validate``'s CPU time; issue 15). A test holds
the gate's findings on a ``ParsedDoc`` to those on the ``Document`` of the same file.
"""

from __future__ import annotations

from itertools import compress
from operator import itemgetter, methodcaller
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model.records import DocMeta
from .coverage import label_pick

_TEXT, _LABEL = itemgetter("text"), itemgetter("label")
_MENTION_TYPE, _ACTOR_TYPE = methodcaller("get", "mention_type"), methodcaller("get", "actor_type")


class ParsedDoc:
    """What the gold gate reads of one schema-valid, finding-free annotation file:
    ``data`` its parse, ``text`` its raw text, ``meta`` its manifest entry, and the
    span columns (labels, starts, ends) the rule proofs gathered from ``data``."""

    def __init__(self, data: dict[str, Any], text: str, meta: DocMeta, labels: list[str],
                 starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64],
                 codes: npt.NDArray[np.int64] | None = None) -> None:
        self.doc_id: str = data["doc_id"]
        self.status: str = data["status"]
        self.text, self.meta, self._spans = text, meta, data["spans"]
        self._span_columns = (labels, starts, ends)  # what validate.coverage.span_columns reads
        self._span_codes = codes  # the labels' codes (validate.labelcodes), what validate.coverage.label_pick reads

    def mention_keys(self, labels: tuple[str, ...]) -> list[tuple[str, str, str | None, str | None]]:
        """``(text, label, mention_type, actor_type)`` of every span of ``labels``, in
        span order: the ``Span`` attributes (a key the record lacks reads None)."""
        picked = list(compress(self._spans, label_pick(self, self._span_columns[0], labels).tolist()))
        # column by column, each a C-level map (a Python step per span was a tenth of the gate's time)
        return list(zip(map(_TEXT, picked), map(_LABEL, picked), map(_MENTION_TYPE, picked), map(_ACTOR_TYPE, picked),
                        strict=True))
