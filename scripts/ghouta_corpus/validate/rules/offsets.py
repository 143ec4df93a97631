"""Offset rules: ``start < end <= len(text)`` for segments and spans; rules that
read the text skip an item that breaks them."""

from __future__ import annotations

from typing import Any

from ..context import Annotation
from ..registry import rule_family
from ..report import Finding


@rule_family("shared", {
    "offset-order": "start < end",
    "offset-range": "end <= length of the text",
})
def offset_findings(a: Annotation, item: dict[str, Any], what: str, pointer: str) -> list[Finding]:
    """Findings of a segment's or span's offsets (rules that read the text skip an
    item with such a finding)."""
    s, e = item["start"], item["end"]
    if s >= e:
        return [a.finding("offset-order", f"{what} start {s} is not before end {e}", item["id"], pointer)]
    if e > len(a.text):
        return [a.finding("offset-range", f"{what} end {e} is past the end of the text ({len(a.text)} characters)",
                          item["id"], pointer + "/end")]
    return []
