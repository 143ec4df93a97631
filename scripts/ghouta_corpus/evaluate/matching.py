"""The counting every score shares: precision, recall and F1 of matched items, accuracy
on matched pairs, and spans matched exactly (same label and offsets).

A figure with nothing to count is undefined, never 0: precision with no predictions,
recall with no gold items, F1 with neither, accuracy with no matched pair are None in
JSON and ``n/a`` in tables (:func:`fmt`), so that a layer a system does not predict is
not mistaken for one it gets wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model.records import Document, Span


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives. The properties follow the
    usual convention (0 where undefined) for arithmetic; :meth:`to_json` says null."""
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        """Counts and rounded figures; a figure whose denominator is 0 is null."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 6) if self.tp + self.fp else None,
                "recall": round(self.recall, 6) if self.tp + self.fn else None,
                "f1": round(self.f1, 6) if self.tp + self.fp + self.fn else None}


def prf_sets(gold: set[Any], pred: set[Any]) -> PRF:
    """PRF of two sets of hashable items (an item is correct when both sets hold it)."""
    return PRF(len(gold & pred), len(pred - gold), len(gold - pred))


def accuracy(correct: int, matched: int) -> dict[str, Any]:
    """``{"correct", "matched", "accuracy"}``; accuracy is None when nothing was matched."""
    return {"correct": correct, "matched": matched, "accuracy": round(correct / matched, 6) if matched else None}


Pair = tuple[str, Span, Span]
"""``(doc_id, gold span, predicted span)``."""


def exact_pairs(gold: Mapping[str, Document], pred: Mapping[str, Document], labels: Iterable[str]) -> list[Pair]:
    """Gold and predicted spans of ``labels`` with the same label and offsets, per
    document (a predicted document missing counts as empty)."""
    wanted = set(labels)
    out: list[Pair] = []
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        if p is None:
            continue
        idx = {(s.label, s.start, s.end): s for s in p.spans if s.label in wanted}
        out.extend((doc_id, s, idx[(s.label, s.start, s.end)]) for s in g.spans
                   if s.label in wanted and (s.label, s.start, s.end) in idx)
    return out


def attribute_accuracy(pairs: Iterable[Pair], attr: str) -> dict[str, Any]:
    """Accuracy of one span attribute on matched pairs."""
    pairs = list(pairs)
    return accuracy(sum(1 for _, g, p in pairs if getattr(g, attr) == getattr(p, attr)), len(pairs))


def fmt(x: float | None, digits: int = 3) -> str:
    """A figure for a table: ``n/a`` where it is undefined."""
    return "n/a" if x is None else f"{x:.{digits}f}"
