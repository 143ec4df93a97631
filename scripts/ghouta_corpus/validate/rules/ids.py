"""Id rules: ids are unique within a document."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Annotation, ptr
from ..registry import rule_family
from ..report import Finding


@rule_family("document", {
    "id-duplicate": "segment, span, relation, attribution and event-argument ids are unique within a document",
})
def check_ids(a: Annotation) -> Iterator[Finding]:
    keys = ("segments", "spans", "relations", "attributions", "event_args")
    every = [item["id"] for key in keys for item in a.data[key]]
    if len(set(every)) == len(every):  # no id twice (the common case, answered by one set): nothing to report
        return
    ids: dict[str, str] = {}
    for key in keys:
        for i, item in enumerate(a.data[key]):
            if item["id"] in ids:
                yield a.finding("id-duplicate", f"id {item['id']} used twice (first in {ids[item['id']]})", item["id"],
                                ptr(key, i, "id"))
            else:
                ids[item["id"]] = key
