"""The COUNT conventions: which bounds each modifier implies (GUIDELINES G37, G72) and
which numbers each unit admits (G38, G75).

This is the one home of the rule "``more than N``: value N, min N, max null" and its
siblings. The annotator uses :func:`bounds` to fill a draft COUNT's ``min`` and
``max``; ``validate`` uses :func:`violation` and :func:`unit_violation` to check a gold
COUNT. A new modifier is one new entry in :data:`CONVENTIONS`, a new unit rule one entry
in :data:`UNIT_RULES` (and the value in ``schema/vocabularies.schema.json``).
"""

from __future__ import annotations

from dataclasses import dataclass

Number = int | float


@dataclass(frozen=True)
class Convention:
    """How a modifier relates ``value`` to ``min`` and ``max``.

    ``value``: whether the modifier has a value (False for ``vague`` and ``range``);
    ``min`` and ``max``: ``"value"`` (the bound equals the value), ``None`` (the bound
    is null) or ``"given"`` (the bound is a number of its own, as ``vague``'s minimum);
    ``ordered``: the given bounds must satisfy ``min < max`` (a range's two ends).
    """

    value: bool
    min: str | None
    max: str | None
    description: str
    ordered: bool = False


CONVENTIONS: dict[str, Convention] = {
    "exact": Convention(True, "value", "value", "value = min = max"),
    "more_than": Convention(True, "value", None, "value = min, max null"),
    "at_least": Convention(True, "value", None, "value = min, max null"),
    "at_most": Convention(True, None, "value", "value = max, min null"),
    "less_than": Convention(True, None, "value", "value = max, min null"),
    "approximately": Convention(True, None, None, "a value, min and max null"),
    "vague": Convention(False, "given", None, "value null, max null, a min"),
    "range": Convention(False, "given", "given", "value null, min and max given, min < max", ordered=True),
}


@dataclass(frozen=True)
class UnitRule:
    """Which numbers a unit admits: every one of value, min and max that is set lies in
    ``(low, high]`` when ``low_open`` else ``[low, high]`` (``None``: unbounded), and
    ``value`` is set where ``needs_value``."""

    low: Number | None
    high: Number | None
    description: str
    low_open: bool = False
    needs_value: bool = False


UNIT_RULES: dict[str, UnitRule] = {
    "percent": UnitRule(None, 100, "at most 100"),
    "fraction": UnitRule(0, 1, "a value with 0 < value <= 1 (and bounds likewise)", low_open=True, needs_value=True),
}


def bounds(value: Number | None, modifier: str, given_min: Number | None = None,
           given_max: Number | None = None) -> tuple[Number | None, Number | None, Number | None]:
    """``(value, min, max)`` for a COUNT with ``modifier``, following :data:`CONVENTIONS`.

    ``given_min`` and ``given_max`` are the bounds a modifier takes from the text
    rather than from the value (``vague``'s minimum: ``thousands`` -> 2000).
    """
    c = CONVENTIONS[modifier]
    v = value if c.value else None

    def one(rule: str | None, given: Number | None) -> Number | None:
        return v if rule == "value" else given if rule == "given" else None

    return v, one(c.min, given_min), one(c.max, given_max)


def violation(value: Number | None, modifier: str, lo: Number | None, hi: Number | None) -> str | None:
    """The convention ``modifier`` needs when ``(value, lo, hi)`` breaks it, else None."""
    c = CONVENTIONS[modifier]
    if c.value != (value is not None):
        return c.description

    def ok(rule: str | None, bound: Number | None) -> bool:
        if rule == "value":
            return bound == value
        if rule == "given":
            return bound is not None
        return bound is None

    if not (ok(c.min, lo) and ok(c.max, hi)):
        return c.description
    if c.ordered and lo is not None and hi is not None and not lo < hi:
        return c.description
    return None


def unit_violation(unit: str, value: Number | None, lo: Number | None, hi: Number | None) -> str | None:
    """What ``unit`` admits when ``(value, lo, hi)`` breaks it, else None (also for a
    unit without a rule, such as ``count``)."""
    rule = UNIT_RULES.get(unit)
    if rule is None:
        return None
    if rule.needs_value and value is None:
        return rule.description
    for x in (value, lo, hi):
        if x is None:
            continue
        if rule.high is not None and x > rule.high:
            return rule.description
        if rule.low is not None and (x <= rule.low if rule.low_open else x < rule.low):
            return rule.description
    return None
