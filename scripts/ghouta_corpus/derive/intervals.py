"""The interval a COUNT admits and whether several intervals agree (GUIDELINES G111).

A COUNT's interval is ``[min, max]`` after the COUNT conventions of
:mod:`ghouta_corpus.model.conventions` (``more than 1,500``: ``[1500, inf)``; a
``range``: its two ends; ``vague``: ``[min, inf)``), with an open bound unbounded and
one exception the guidelines make: ``approximately N`` is the point ``N`` (it has no
bounds of its own, and an unbounded interval would agree with every figure). Claims
are consistent when their intervals share at least one value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..model.conventions import CONVENTIONS, bounds

Number = int | float
Interval = tuple[float, float]
"""``(low, high)``, closed; ``-inf`` and ``inf`` stand for an open bound."""

EVERYTHING: Interval = (-math.inf, math.inf)


def interval(value: Number | None, modifier: str | None, lo: Number | None = None,
             hi: Number | None = None) -> Interval:
    """The closed interval of values a COUNT admits. With a known ``modifier`` the
    bounds are the convention's (a prediction that left ``min`` or ``max`` out is read
    as the convention says); without one, ``lo`` and ``hi`` as given."""
    if modifier == "approximately" and value is not None:
        return (float(value), float(value))
    if modifier in CONVENTIONS:
        _, lo, hi = bounds(value, modifier, lo, hi)
    return (-math.inf if lo is None else float(lo), math.inf if hi is None else float(hi))


def intersection(intervals: Iterable[Interval]) -> Interval | None:
    """The values every interval admits, or None when they share none (no intervals:
    every value)."""
    low, high = EVERYTHING
    for a, b in intervals:
        low, high = max(low, a), min(high, b)
    return (low, high) if low <= high else None


def consistent(intervals: Iterable[Interval]) -> bool:
    """Whether the intervals share at least one value (G111's ``consistent``)."""
    return intersection(intervals) is not None


def bound_json(x: float) -> float | int | None:
    """An interval bound for JSON: null for an open bound, an integer where it is one."""
    if math.isinf(x):
        return None
    return int(x) if float(x).is_integer() else x


def show(iv: Interval) -> str:
    """``[1500, inf)``, ``[1500, 1500]``, ``(-inf, 400000]``."""
    a, b = iv
    left = "(-inf" if math.isinf(a) else f"[{bound_json(a):,}"
    right = "inf)" if math.isinf(b) else f"{bound_json(b):,}]"
    return f"{left}, {right}"
