"""Span rules: offsets, the text between them, whitespace, paragraphs, duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..context import Annotation, short
from ..registry import rule_family
from ..report import Finding
from .offsets import offset_findings


@rule_family("span", {
    "span-text": "a span's text equals the document text between its offsets",
    "span-whitespace": "a span neither starts nor ends with whitespace",
    "span-paragraph": "a span or segment does not cross a newline",
    "span-duplicate": "no two spans have the same label and offsets",
})
def check_spans(a: Annotation) -> Iterator[tuple[int, Finding]]:
    # The common case (good offsets, text equal, no whitespace at the edges, no newline,
    # no duplicate) is tested inline, and a finding's pointer is made only for a finding:
    # this loop runs for every span of every file.
    seen: dict[tuple[str, int, int], str] = {}
    text, n = a.text, len(a.text)
    for i, sp in enumerate(a.data["spans"]):
        s, e = sp["start"], sp["end"]
        if not s < e <= n:
            yield from ((i, f) for f in offset_findings(a, sp, f"{sp['label']} span", f"/spans/{i}"))
            continue
        actual = text[s:e]
        key = (sp["label"], s, e)
        if sp["text"] != actual or actual != actual.strip() or "\n" in actual or key in seen:
            yield from ((i, f) for f in _span_findings(a, sp, i, actual, seen.get(key)))
        seen[key] = sp["id"]


def _span_findings(a: Annotation, sp: dict[str, Any], i: int, actual: str, twin: str | None) -> Iterator[Finding]:
    """The findings of one span with usable offsets, in rule order (``twin``: the id
    of an earlier span with the same label and offsets)."""
    ptr, (s, e) = f"/spans/{i}", (sp["start"], sp["end"])
    if sp["text"] != actual:
        yield a.finding("span-text", f"text {short(sp['text'])} does not equal the document text "
                        f"{short(actual)} at {s}..{e}", sp["id"], ptr + "/text", actual, sp["text"])
    if actual != actual.strip():
        yield a.finding("span-whitespace", f"{sp['label']} {short(actual)} starts or ends with whitespace",
                        sp["id"], ptr)
    if "\n" in actual:
        yield a.finding("span-paragraph", f"{sp['label']} {short(actual)} crosses a paragraph break", sp["id"], ptr)
    if twin is not None:
        yield a.finding("span-duplicate", f"{sp['label']} {short(actual)} at {s}..{e} is also span {twin}",
                        sp["id"], ptr)
