"""Mention rules: the spans of the mention tag column never overlap."""

from __future__ import annotations

from collections.abc import Iterator

from ...model.records import tag_columns
from ..context import Annotation, ptr, short
from ..registry import rule_family
from ..report import Finding


@rule_family("document", {"mention-overlap": "ACTOR, LOCATION, COUNT and COUNTED spans never overlap"})
def check_mention_overlap(a: Annotation) -> Iterator[Finding]:
    # positions carried along: looking each one up again was quadratic in the spans
    mentions = sorted(a.usable(*tag_columns()["mention"]), key=lambda t: (t[1]["start"], t[1]["end"]))
    for (_, x), (i, y) in zip(mentions, mentions[1:], strict=False):
        if y["start"] < x["end"]:
            yield a.finding("mention-overlap", f"{y['label']} {short(y['text'])} at {y['start']}..{y['end']} overlaps "
                            f"{x['label']} {x['id']} {short(x['text'])} at {x['start']}..{x['end']}",
                            y["id"], ptr("spans", i))
