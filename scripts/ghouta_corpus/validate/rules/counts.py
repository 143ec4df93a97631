"""COUNT rules: bounds in order, the modifier's convention, percentages.

The convention itself (which bounds each modifier implies) lives in
:mod:`ghouta_corpus.model.conventions`, shared with the annotator.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...model.conventions import violation
from ..context import Annotation, offsets_ok
from ..registry import rule_family
from ..report import Finding


@rule_family("span", {
    "count-bounds": "min <= value <= max for a COUNT",
    "count-modifier": "value, min and max follow the modifier's convention",
    "count-percent": "a percent COUNT is at most 100",
})
def check_counts(a: Annotation) -> Iterator[tuple[int, Finding]]:
    for i, sp in enumerate(a.data["spans"]):
        if sp["label"] != "COUNT" or not offsets_ok(sp, a.text):
            continue
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
        if sp["unit"] == "percent" and any(x is not None and x > 100 for x in (v, lo, hi)):
            yield i, a.finding("count-percent", f"percent COUNT above 100: value={v} min={lo} max={hi}", rid, ptr)
