"""TIME rules (GUIDELINES G88-G98): TIMEX3 value syntax, value against value_text,
anchors, TIME spans overlapping each other or the mention layer, and the manifest's
event_date_range derived from the TIME layer.

The grammar and the agreement test live in :mod:`ghouta_corpus.model.timex`, shared
with the authoring compiler and the annotator.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...model import timex
from ...model.records import ModelError, Span, tag_columns
from ...text.diff import first_difference
from ..context import Annotation, ptr, short
from ..registry import rule_family
from ..report import Finding


def _syntax(a: Annotation, i: int, sp: dict[str, Any]) -> Iterator[Finding]:
    for key in ("value_text", "value"):
        try:
            timex.parse(sp[key])
        except timex.TimexError as e:
            yield a.finding("timex-syntax", f"{key}: {e}", sp["id"], ptr("spans", i, key))


def _agreement(a: Annotation, i: int, sp: dict[str, Any]) -> Iterator[Finding]:
    text_value, value = sp["value_text"], sp["value"]
    if not (timex.is_valid(text_value) and timex.is_valid(value)):
        return  # timex-syntax says why
    if timex.fully_specified(text_value) and value != text_value:
        yield a.finding("timex-agree", f"value_text {text_value} is fully specified, so value must equal it, found "
                        f"{value} (G94)", sp["id"], ptr("spans", i, "value"), text_value, value)
    elif not timex.agrees(text_value, value):
        yield Finding("timex-agree", a.file, f"value {value} does not agree with value_text {text_value}: the "
                      "resolved value keeps every part the text fixes (G93, G94)", a.doc_id, sp["id"],
                      ptr("spans", i, "value"), first_difference(text_value, value, wildcard="X"))


def _anchor(a: Annotation, i: int, sp: dict[str, Any]) -> Iterator[Finding]:
    anc = sp["anchor"]
    pointer = ptr("spans", i, "anchor")
    if anc == "DCT":
        if not (a.ctx.manifest.get(a.doc_id) or {}).get("dct"):
            yield a.finding("timex-anchor", "anchor DCT, but the manifest gives this document no dct (G96, G97)",
                            sp["id"], pointer)
        return
    if anc is None:
        return
    target = a.spans.get(anc)
    if target is None:
        yield a.finding("timex-anchor", f"anchor {anc} is no span of the document", sp["id"], pointer)
    elif target["label"] != "TIME":
        yield a.finding("timex-anchor", f"anchor {anc} is a {target['label']} span; an anchor is a TIME span, DCT or "
                        "null (G96)", sp["id"], pointer)


def _cycle_heads(a: Annotation) -> dict[str, list[str]]:
    """The first span (in document order) of each cycle of anchors, with the cycle."""
    anchors = {sp["id"]: sp["anchor"] for sp in a.data["spans"] if sp["label"] == "TIME"}
    order = {sp["id"]: i for i, sp in enumerate(a.data["spans"])}
    heads: dict[str, list[str]] = {}
    seen: set[str] = set()
    for start in anchors:
        path: list[str] = []
        cur: str | None = start
        while cur is not None and cur in anchors and cur not in path and cur not in seen:
            path.append(cur)
            cur = anchors[cur]
        seen.update(path)
        if cur is not None and cur in path:
            cycle = path[path.index(cur):]
            heads[min(cycle, key=lambda x: order[x])] = cycle
    return heads


@rule_family("span", {
    "timex-syntax": "a TIME span's value_text and value are TIMEX3 values (G93)",
    "timex-agree": "a TIME span's value agrees with its value_text, and equals it where value_text is fully "
                   "specified (G94)",
    "timex-anchor": "a TIME span's anchor is another TIME span of the document, DCT (when the manifest gives a dct) "
                    "or null, and anchors form no cycle (G96)",
})
def check_time(a: Annotation) -> Iterator[tuple[int, Finding]]:
    heads = _cycle_heads(a)
    for i, sp in a.usable("TIME"):
        for check in (_syntax, _agreement, _anchor):
            yield from ((i, f) for f in check(a, i, sp))
        cycle = heads.pop(sp["id"], None)
        if cycle:
            yield i, a.finding("timex-anchor", f"anchors form a cycle: {' -> '.join([*cycle, cycle[0]])}",
                               sp["id"], ptr("spans", i, "anchor"))


@rule_family("document", {
    "time-overlap": "TIME spans overlap neither each other nor an ACTOR, LOCATION, COUNT or COUNTED span (G91)",
})
def check_time_overlap(a: Annotation) -> Iterator[Finding]:
    cols = tag_columns()
    labels = set(cols["mention"]) | set(cols["time"])
    spans = sorted((sp for sp in a.good if sp["label"] in labels), key=lambda x: (x["start"], x["end"]))
    active: list[dict[str, Any]] = []  # spans that start before y and may still cover it
    for y in spans:
        active = [x for x in active if x["end"] > y["start"]]
        for x in active:
            if "TIME" not in (x["label"], y["label"]):
                continue  # two mentions: mention-overlap's finding
            t, other = (y, x) if y["label"] == "TIME" else (x, y)
            yield a.finding("time-overlap", f"TIME {short(t['text'])} at {t['start']}..{t['end']} overlaps "
                            f"{other['label']} {other['id']} {short(other['text'])} at "
                            f"{other['start']}..{other['end']}", t["id"], ptr("spans", a.data["spans"].index(t)))
        active.append(y)


@rule_family("document", {
    "event-date-range": "a manifest entry's event_date_range is the one derived from the document's TIME layer "
                        "and DCT (G98)",
})
def check_event_date_range(a: Annotation) -> Iterator[Finding]:
    entry = a.ctx.manifest.get(a.doc_id)
    if not entry or "event_date_range" not in entry:
        return  # a context without manifest entries (predictions) has nothing to compare
    try:
        spans = [Span.from_json(sp) for sp in a.good if sp["label"] == "TIME"]
    except (ModelError, TypeError, KeyError):
        return  # the schema finding says why
    want = timex.event_date_range(spans, entry.get("dct"), entry.get("dct_basis"))
    have = entry["event_date_range"]
    if have != want:
        diff = [k for k in ("start", "end", "evidence") if have.get(k) != want[k]]
        index = a.ctx.position(a.doc_id)
        first = diff[0] if diff else "evidence"
        yield Finding("event-date-range", str(a.ctx.root / "manifest.json"),
                      f"event_date_range differs from the one derived from {a.file} in {', '.join(diff)}: derived "
                      f"start {want['start']}, end {want['end']}, evidence {short(want['evidence'], 120)}; "
                      "python -m ghouta_corpus.curation.authoring dates writes it", a.doc_id, None,
                      ptr("documents", index, "event_date_range", first),
                      first_difference(str(want[first]), str(have.get(first))))
