"""Which offsets a set of spans covers, by bisection: one home for the index that the
audit's gold gate (:mod:`ghouta_corpus.validate.coverage`) and the evaluation's token
coverage (:mod:`ghouta_corpus.evaluate.scores`) both ask.

A stretch ``start..end`` lies inside some span exactly when, of the spans that start at
or before ``start``, the one reaching furthest ends at or after ``end``. So the spans
are sorted by start once and the running maximum of their ends kept; each question is
then one bisection. Asking every span for every offset was quadratic in both places (a
16 MB document took minutes in the gold gate; an agreement table took a second).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


def reach_index(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' starts in order and the running maximum of their ends."""
    ordered = sorted(spans)
    return [a for a, _ in ordered], list(accumulate((e for _, e in ordered), max))


def within(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether some span of the index (:func:`reach_index`) contains ``start..end``."""
    k = bisect_right(starts, start)
    return k > 0 and reach[k - 1] >= end
