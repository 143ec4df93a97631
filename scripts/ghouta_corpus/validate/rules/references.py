"""Reference rules: span ids in relations and attribution records resolve to spans
with the label their role needs."""

from __future__ import annotations

from typing import Any

from ..context import Annotation
from ..registry import rule_family
from ..report import Finding


@rule_family("shared", {
    "ref-missing": "every span id a record refers to exists in the same document",
    "ref-label": "every span id a record refers to has the label its role needs",
})
def resolve(a: Annotation, ref: str, allowed: tuple[str, ...], pointer: str,
            owner: str) -> tuple[dict[str, Any] | None, Finding | None]:
    """The span ``ref`` names if it exists with an ``allowed`` label, else the finding."""
    sp = a.spans.get(ref)
    if sp is None:
        return None, a.finding("ref-missing", f"refers to span {ref}, which does not exist", owner, pointer)
    if sp["label"] not in allowed:
        return None, a.finding("ref-label", f"refers to {ref}, a {sp['label']} span; expected {' or '.join(allowed)}",
                               owner, pointer)
    return sp, None
