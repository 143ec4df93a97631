"""Segment rules: segments are ordered, trimmed, and cover the text."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Annotation, short
from ..registry import rule_family
from ..report import Finding
from .offsets import offset_findings


@rule_family("document", {
    "segment-cover": "segments are in order, do not overlap and cover every non-space character",
    "segment-whitespace": "a segment neither starts nor ends with whitespace",
})
def check_segments(a: Annotation) -> Iterator[Finding]:
    text = a.text
    prev_end = 0
    out_of_range = False
    for i, seg in enumerate(a.data["segments"]):
        ptr = f"/segments/{i}"
        bad = offset_findings(a, seg, "segment", ptr)
        if bad:
            out_of_range = out_of_range or any(f.rule == "offset-range" for f in bad)
            yield from bad
            continue
        s, e = seg["start"], seg["end"]
        chunk = text[s:e]
        if chunk != chunk.strip():
            yield a.finding("segment-whitespace", f"segment {short(chunk)} starts or ends with whitespace", seg["id"],
                            ptr)
        if "\n" in chunk:
            yield a.finding("span-paragraph", f"segment crosses a newline at {s + chunk.index(chr(10))}", seg["id"],
                            ptr)
        if s < prev_end:
            yield a.finding("segment-cover", f"segment starts at {s}, before the previous one ends at {prev_end} "
                            "(out of order or overlapping)", seg["id"], ptr + "/start")
        elif text[prev_end:s].strip():
            yield a.finding("segment-cover",
                            f"text {short(text[prev_end:s].strip())} at {prev_end}..{s} is in no segment",
                            seg["id"], ptr + "/start")
        prev_end = max(prev_end, e)
    if text[prev_end:].strip() and not out_of_range:
        yield a.finding("segment-cover", f"text {short(text[prev_end:].strip())} after the last segment "
                        f"({prev_end}..{len(text)}) is in no segment", None, "/segments")
