"""Attribution rules: references by role, no overlap inside a record, no SOURCE,
CUE or CONTENT span outside every record, a known source entity."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...model.records import ROLE_LABELS, label_layers
from ..context import Annotation, short
from ..registry import rule_family
from ..report import Finding
from .links import unknown_entity
from .references import resolve


def _members(a: Annotation, rec: dict[str, Any], ptr: str, used: set[str]) -> Iterator[Finding | dict[str, Any]]:
    """The record's resolvable spans with usable offsets, and the findings of the others
    (a reference to a span of its role's label is answered here; any other goes through
    :func:`resolve`, which words the finding)."""
    spans, bad_offsets = a.spans, a.bad_offsets
    for role, label in ROLE_LABELS.items():
        refs = rec[role]
        used.update(refs)
        for j, ref in enumerate(refs):
            sp = spans.get(ref)
            if sp is None or sp["label"] != label:
                sp, bad = resolve(a, ref, (label,), ptr + f"/{role}/{j}", rec["id"])
                if bad is not None:
                    yield bad
                    continue
            if sp is not None and sp["id"] not in bad_offsets:
                yield sp


@rule_family("document", {
    "attribution-overlap": "spans of one attribution record do not overlap",
    "attribution-orphan": "every SOURCE, CUE and CONTENT span belongs to an attribution",
})
def check_attributions(a: Annotation) -> Iterator[Finding]:
    used: set[str] = set()
    for i, rec in enumerate(a.data["attributions"]):
        ptr = f"/attributions/{i}"
        members = []
        for m in _members(a, rec, ptr, used):
            if isinstance(m, Finding):
                yield m
            else:
                members.append(m)
        members.sort(key=lambda x: (x["start"], x["end"]))
        for x, y in zip(members, members[1:], strict=False):
            if y["start"] < x["end"]:
                yield a.finding("attribution-overlap", f"{y['label']} {y['id']} overlaps {x['label']} {x['id']} inside "
                                "one record", rec["id"], ptr)
        unknown = unknown_entity(a, rec["source_entity"], "source_entity", rec["id"], ptr + "/source_entity")
        if unknown is not None:
            yield unknown
    labels = set(label_layers()["attribution"])
    for i, sp in enumerate(a.data["spans"]):
        if sp["label"] in labels and sp["id"] not in used:
            yield a.finding("attribution-orphan", f"{sp['label']} {short(sp['text'])} belongs to no attribution record",
                            sp["id"], f"/spans/{i}")
