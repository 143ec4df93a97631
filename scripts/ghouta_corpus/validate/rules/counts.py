"""COUNT rules: bounds in order, the modifier's convention (ranges too), percentages, fractions.

The conventions themselves (which bounds each modifier implies, which numbers each
unit admits) live in :mod:`ghouta_corpus.model.conventions`, shared with the annotator.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...model.conventions import unit_violation, violation
from ..context import Annotation
from ..registry import rule_family
from ..report import Finding

# the rule that reports each unit's convention (model.conventions.UNIT_RULES)
_UNIT_RULE = {"percent": "count-percent", "fraction": "count-fraction"}


@rule_family("span", {
    "count-bounds": "min <= value <= max for a COUNT",
    "count-modifier": "value, min and max follow the modifier's convention",
    "count-percent": "a percent COUNT is at most 100",
    "count-fraction": "a fraction COUNT has a value with 0 < value <= 1, its bounds likewise (G75)",
})
def check_counts(a: Annotation) -> Iterator[tuple[int, Finding]]:
    for i, sp in a.usable("COUNT"):
        ptr, rid = f"/spans/{i}", sp["id"]
        v, lo, hi, mod = sp["value"], sp["min"], sp["max"], sp["modifier"]
        if v is not None and ((lo is not None and lo > v) or (hi is not None and v > hi)):
            yield i, a.finding("count-bounds", f"need min <= value <= max, found min={lo} value={v} max={hi}", rid, ptr)
        elif v is None and lo is not None and hi is not None and lo > hi:
            yield i, a.finding("count-bounds", f"need min <= max, found min={lo} max={hi}", rid, ptr)
        needs = violation(v, mod, lo, hi)
        if needs is not None:
            yield i, a.finding("count-modifier", f"modifier {mod} needs {needs}, found value={v} min={lo} max={hi}",
                               rid, ptr)
        unit = sp["unit"]
        needs = unit_violation(unit, v, lo, hi)
        if needs is not None and unit in _UNIT_RULE:
            yield i, a.finding(_UNIT_RULE[unit], f"{unit} COUNT needs {needs}, found value={v} min={lo} max={hi}",
                               rid, ptr)
