"""COUNT_OF rules: references, no duplicate pairs, no COUNTED span left uncounted."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Annotation, short
from ..registry import rule_family
from ..report import Finding
from .references import resolve

COUNT_TARGETS = ("ACTOR", "LOCATION", "COUNTED")


@rule_family("document", {
    "relation-duplicate": "a COUNT_OF pair appears once",
    "counted-orphan": "every COUNTED span is the target of a COUNT_OF relation",
})
def check_relations(a: Annotation) -> Iterator[Finding]:
    pairs: set[tuple[str, str]] = set()
    targeted: set[str] = set()
    for i, r in enumerate(a.data["relations"]):
        ptr = f"/relations/{i}"
        _, bad = resolve(a, r["count"], ("COUNT",), ptr + "/count", r["id"])
        if bad:
            yield bad
        target, bad = resolve(a, r["target"], COUNT_TARGETS, ptr + "/target", r["id"])
        if bad:
            yield bad
        if target is not None:
            targeted.add(r["target"])
        pair = (r["count"], r["target"])
        if pair in pairs:
            yield a.finding("relation-duplicate", f"COUNT_OF {r['count']} -> {r['target']} appears twice", r["id"], ptr)
        pairs.add(pair)
    for i, sp in enumerate(a.data["spans"]):
        if sp["label"] == "COUNTED" and sp["id"] not in targeted:
            yield a.finding("counted-orphan", f"COUNTED {short(sp['text'])} is not the target of any COUNT_OF relation",
                            sp["id"], f"/spans/{i}")
