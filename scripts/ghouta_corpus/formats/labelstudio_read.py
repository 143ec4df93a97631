"""Reading one Label Studio task's result back into spans and records.

:func:`read_task` is the reader of :mod:`ghouta_corpus.formats.labelstudio`: it picks
the annotation to read (the most recently updated one not cancelled, else the last
prediction), groups the result items by region, and turns regions and relations into
the model's records, with every error naming the task, document and region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..model.records import LABEL_ATTRIBUTES, Attribution, EventArg, ModelError, Relation, Span
from ..model.vocab import vocab
from ..text.diff import first_difference
from .labelstudio_config import (
    ANCHOR,
    CONTROLS,
    COUNT_OF,
    DCT,
    LABELS,
    ORIGIN,
    ORIGIN_LABELS,
    RECORD,
    RECORD_TYPE,
    ROLE_NAMES,
    SOURCE_ENTITY,
    Offsets,
)
from .registry import FormatError

Records = tuple[tuple[Span, ...], tuple[Relation, ...], tuple[Attribution, ...], tuple[EventArg, ...]]
_HUMAN = ("manual", "prediction-changed")   # Label Studio's result origins for what a person made or changed


@dataclass
class _Region:
    rid: str
    label: str | None = None
    start: int = 0
    end: int = 0
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    human: bool = False


def _result(task: dict[str, Any], where: str) -> list[Any]:
    anns = [a for a in task.get("annotations") or () if isinstance(a, dict)
            and not a.get("was_cancelled") and not a.get("skipped")]
    if anns:
        k = max(range(len(anns)), key=lambda i: (str(anns[i].get("updated_at") or anns[i].get("created_at") or ""), i))
        result = anns[k].get("result")
    elif task.get("predictions"):
        pred = task["predictions"][-1]
        result = pred.get("result") if isinstance(pred, dict) else None
    else:
        raise FormatError(f"{where}: has neither an annotation nor a prediction")
    if not isinstance(result, list) or not all(isinstance(r, dict) for r in result):
        raise FormatError(f"{where}: the annotation's result is not a list of result items")
    return result


def _value(item: dict[str, Any], kind: str, where: str) -> Any:
    v = item.get("value") or {}
    try:
        if kind == "choices":
            [x] = v["choices"]
            return x
        if kind == "number":
            n = v["number"]
            if isinstance(n, bool) or not isinstance(n, (int, float)):
                raise ValueError(f"{n!r} is not a number")
            return n
        texts = [t for t in v["text"] if str(t).strip()] if isinstance(v["text"], list) else [v["text"]]
        if len(texts) > 1:
            raise ValueError(f"{len(texts)} entries, expected one")
        return str(texts[0]).strip() if texts else None
    except (KeyError, TypeError, ValueError) as e:
        raise FormatError(f"{where}: {item.get('from_name')}: unreadable {kind} value ({type(e).__name__}: {e})") \
            from None


def _regions(items: list[dict[str, Any]], where: str) -> tuple[dict[str, _Region], list[dict[str, Any]]]:
    regions: dict[str, _Region] = {}
    relations = []
    for item in items:
        if item.get("type") == "relation":
            relations.append(item)
            continue
        rid, name = str(item.get("id")), item.get("from_name")
        reg = regions.setdefault(rid, _Region(rid))
        at = f"{where}: region {rid}"
        if name == LABELS:
            labels = (item.get("value") or {}).get("labels") or []
            if len(labels) != 1:
                raise FormatError(f"{at}: has labels {labels}; a region has exactly one label")
            v = item["value"]
            reg.label, reg.start, reg.end, reg.text = labels[0], v.get("start"), v.get("end"), v.get("text", "")
            reg.human = item.get("origin") in _HUMAN
        elif name in CONTROLS:
            reg.attrs[name] = _value(item, CONTROLS[name].kind, at)
        else:
            raise FormatError(f"{at}: unknown control {name!r}; the labeling config of "
                              "ghouta-corpus export --format label-studio has: " + ", ".join([LABELS, *CONTROLS]))
    return regions, relations


def _offsets(reg: _Region, text: str, off: Offsets, at: str) -> tuple[int, int]:
    s = off.from_ls(reg.start) if isinstance(reg.start, int) else None
    e = off.from_ls(reg.end) if isinstance(reg.end, int) else None
    if s is None or e is None or not 0 <= s < e <= len(text):
        raise FormatError(f"{at}: offsets {reg.start!r}..{reg.end!r} are not a stretch of the text "
                          f"({off.to_ls(len(text))} UTF-16 units)")
    diff = first_difference(text[s:e], reg.text) if reg.text else None
    if diff is not None:
        raise FormatError(f"{at}: text {reg.text[:40]!r} is not the document's text at {reg.start}..{reg.end}; "
                          f"{diff.describe()}")
    return s, e


def _span(reg: _Region, new_id: str, text: str, off: Offsets, at: str) -> Span:
    label = reg.label
    if label not in vocab("label"):
        raise FormatError(f"{at}: unknown label {label!r}; known: {', '.join([*vocab('label'), RECORD])}")
    s, e = _offsets(reg, text, off, at)
    allowed = LABEL_ATTRIBUTES.get(label, ())
    for name in reg.attrs:
        if name not in allowed and name != ORIGIN:
            raise FormatError(f"{at}: {label} has no attribute {name!r} (it has {', '.join(allowed) or 'none'})")
    origin = reg.attrs.get(ORIGIN)
    if reg.human and origin == "auto":
        origin = "manual"
    attrs = {n: reg.attrs.get(n) for n in allowed}
    try:
        return Span(new_id, label, s, e, text[s:e], origin=origin, **attrs)
    except (ModelError, TypeError) as err:
        raise FormatError(f"{at}: {err}") from None


def _ids(regions: dict[str, _Region], prefix: str, pick: bool) -> dict[str, str]:
    """New ids for the regions that ``pick`` selects: their own where it is a valid
    unique id with ``prefix``, else the next free number."""
    pat = re.compile(rf"{prefix}[1-9][0-9]{{0,8}}")
    chosen = [r for r in regions.values() if (r.label == RECORD) != pick]
    keep = {r.rid for r in chosen if pat.fullmatch(r.rid)}
    n = max((int(x[1:]) for x in keep), default=0)
    out = {}
    for r in chosen:
        if r.rid in keep:
            out[r.rid] = r.rid
        else:
            n += 1
            out[r.rid] = f"{prefix}{n}"
    return out


def _relation_parts(item: dict[str, Any], regions: dict[str, _Region], where: str) -> tuple[str, str, str, str | None]:
    a, b = str(item.get("from_id")), str(item.get("to_id"))
    labels = item.get("labels") or []
    kinds = [x for x in labels if x not in ORIGIN_LABELS]
    origins = [x for x in labels if x in ORIGIN_LABELS]
    at = f"{where}: relation {a} -> {b}"
    if len(kinds) != 1 or len(origins) > 1:
        raise FormatError(f"{at}: labels {labels}; a relation has one type (COUNT_OF, an event role, source, cue, "
                          "content or anchor) and at most one of auto, manual")
    for x in (a, b):
        if x not in regions:
            raise FormatError(f"{at}: region {x} does not exist")
    return kinds[0], a, b, (origins[0] if origins else None)


@dataclass
class _Links:
    """What the relations of a task say, under the new ids."""
    span_ids: dict[str, str]
    rec_ids: dict[str, str]
    roles: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    args: list[EventArg] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, a: str, b: str, origin: str | None, at: str) -> None:
        if kind in ROLE_NAMES:
            if a not in self.rec_ids or b not in self.span_ids:
                raise FormatError(f"{at}: a {kind} relation goes from an {RECORD} region to a span")
            self.roles.setdefault(a, {x: [] for x in ROLE_NAMES})[kind].append(self.span_ids[b])
        elif b not in self.span_ids or a not in self.span_ids:
            raise FormatError(f"{at}: a {kind} relation joins two spans")
        elif kind == COUNT_OF:
            self.relations.append(Relation(f"R{len(self.relations) + 1}", COUNT_OF, self.span_ids[a],
                                           self.span_ids[b], origin))
        elif kind == ANCHOR:
            self.anchors[a] = self.span_ids[b]
        else:
            try:
                self.args.append(EventArg(f"E{len(self.args) + 1}", self.span_ids[a], kind, self.span_ids[b], origin))
            except ModelError as e:
                raise FormatError(f"{at}: {e}") from None


def _anchored(spans: dict[str, Span], anchors: dict[str, str], where: str) -> None:
    for a, target in anchors.items():
        sp = spans[a]
        if sp.label != "TIME" or sp.anchor is not None:
            raise FormatError(f"{where}: region {a}: an anchor relation goes from a TIME span without the {DCT} "
                              "anchor choice")
        spans[a] = replace(sp, anchor=target)


def _record(reg: _Region, new: str, roles: dict[str, list[str]], at: str) -> Attribution:
    kind = reg.attrs.get(RECORD_TYPE)
    if not isinstance(kind, str):
        raise FormatError(f"{at}: the {RECORD} record has no {RECORD_TYPE}")
    try:
        return Attribution.from_roles(new, roles, kind, reg.attrs.get(SOURCE_ENTITY), reg.attrs.get(ORIGIN))
    except ModelError as e:
        raise FormatError(f"{at}: {RECORD} record: {e}") from None


def read_task(task: dict[str, Any], text: str, where: str) -> Records:
    """The spans, COUNT_OF relations, attribution records and EVENT_ARG relations of
    one task (see :mod:`ghouta_corpus.formats.labelstudio`)."""
    regions, relations = _regions(_result(task, where), where)
    off = Offsets(text)
    links = _Links(_ids(regions, "T", True), _ids(regions, "A", False))
    spans = {r.rid: _span(r, links.span_ids[r.rid], text, off, f"{where}: region {r.rid}")
             for r in regions.values() if r.label != RECORD}
    for item in relations:
        kind, a, b, origin = _relation_parts(item, regions, where)
        links.add(kind, a, b, origin, f"{where}: relation {a} -> {b}")
    _anchored(spans, links.anchors, where)
    recs = tuple(_record(regions[rid], new, links.roles.get(rid, {}), f"{where}: region {rid}")
                 for rid, new in links.rec_ids.items())
    return tuple(spans.values()), tuple(links.relations), recs, tuple(links.args)
