"""Span rules: offsets, the text between them, whitespace, paragraphs, duplicates."""

from __future__ import annotations

from collections.abc import Iterator

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
    seen: dict[tuple[str, int, int], str] = {}
    for i, sp in enumerate(a.data["spans"]):
        ptr = f"/spans/{i}"
        bad = offset_findings(a, sp, f"{sp['label']} span", ptr)
        if bad:
            yield from ((i, f) for f in bad)
            continue
        s, e = sp["start"], sp["end"]
        actual = a.text[s:e]
        if sp["text"] != actual:
            yield i, a.finding("span-text", f"text {short(sp['text'])} does not equal the document text "
                               f"{short(actual)} at {s}..{e}", sp["id"], ptr + "/text", actual, sp["text"])
        if actual != actual.strip():
            yield i, a.finding("span-whitespace", f"{sp['label']} {short(actual)} starts or ends with whitespace",
                               sp["id"], ptr)
        if "\n" in actual:
            yield i, a.finding("span-paragraph", f"{sp['label']} {short(actual)} crosses a paragraph break", sp["id"],
                               ptr)
        key = (sp["label"], s, e)
        if key in seen:
            yield i, a.finding("span-duplicate", f"{sp['label']} {short(actual)} at {s}..{e} is also span {seen[key]}",
                               sp["id"], ptr)
        seen[key] = sp["id"]
