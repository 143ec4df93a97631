"""The span labels as small integers, and which of them a set of labels names.

A document's span labels are read as a column many times over: the rule proofs ask
where the spans of some labels are (:mod:`ghouta_corpus.validate.proof`), and the gold
gate builds a coverage index for five sets of labels and picks out the ACTOR and
LOCATION spans (:mod:`ghouta_corpus.validate.coverage`,
:mod:`ghouta_corpus.validate.parsed`). The labels are turned into codes once per
document (the rule proofs' :class:`~ghouta_corpus.validate.proof.Columns`); each set of
labels is then one lookup of the codes in a small table, where a set-membership test
per span and per set was a tenth of the gate's time (issue 15).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from ..model.records import label_layers


@lru_cache(maxsize=1)
def label_codes() -> dict[str, int]:
    """Each label of the schema's vocabulary as a small integer (a schema-valid span has one of them)."""
    return {label: k for k, label in enumerate(label for labels in label_layers().values() for label in labels)}


@lru_cache(maxsize=64)
def label_table(labels: tuple[str, ...]) -> npt.NDArray[np.bool_]:
    """``table[code]``: whether the label of that code is one of ``labels`` (a label
    outside the vocabulary has no code, so it names no span that has one)."""
    codes = label_codes()
    table = np.zeros(len(codes), dtype=bool)
    table[[codes[label] for label in labels if label in codes]] = True
    table.flags.writeable = False  # shared by every caller
    return table
