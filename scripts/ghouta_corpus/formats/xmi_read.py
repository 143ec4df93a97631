"""Reading one UIMA CAS of the INCEpTION export back into a Document (see :mod:`.xmi`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from cassis import Cas

from ..model.records import (
    LABEL_ATTRIBUTES,
    NUMERIC_ATTRIBUTES,
    Attribution,
    Document,
    EventArg,
    ModelError,
    Relation,
    Segment,
    Span,
)
from .registry import FormatError
from .xmi_types import LAYER_TYPES, NS, ROLE_FIELDS, feature_name

_ID = re.compile(r"[TRAE][1-9][0-9]{0,8}")


def _get(fs: Any, name: str) -> Any:
    return getattr(fs, name, None)


def _number(v: str | None, where: str) -> float | int | None:
    if v is None or v == "":
        return None
    try:
        n = json.loads(v)
    except ValueError:
        n = None
    if isinstance(n, bool) or not isinstance(n, (int, float)):
        raise FormatError(f"{where}: {v!r} is not a number")
    return n


class _Ids:
    """The annotation file's ids where the tool kept them, new ones after the largest."""

    def __init__(self, taken: list[str]) -> None:
        self.used = set(taken)
        self.next: dict[str, int] = {}
        for x in taken:
            self.next[x[0]] = max(self.next.get(x[0], 0), int(x[1:]))

    def get(self, prefix: str, own: str | None) -> str:
        if own and _ID.fullmatch(own) and own[0] == prefix and own in self.used:
            self.used.discard(own)       # each kept id once
            return own
        self.next[prefix] = self.next.get(prefix, 0) + 1
        return f"{prefix}{self.next[prefix]}"


def _spans(cas: Cas, where: Path) -> tuple[list[Span], dict[int, str]]:
    """Every span, and each annotation's new span id by its xmi id."""
    annots = [fs for t in dict.fromkeys(LAYER_TYPES.values()) for fs in cas.select(NS + t)]
    ids = _Ids([x for fs in annots if (x := _get(fs, "span_id")) and _ID.fullmatch(x) and x[0] == "T"])
    by_xmi: dict[int, str] = {}
    spans = []
    for fs in sorted(annots, key=lambda f: (f.begin, -f.end, f.xmiID)):
        label = _get(fs, "label")
        at = f"{where}: {fs.type.name.rsplit('.', 1)[-1]} {fs.begin}..{fs.end} ({_get(fs, 'span_id') or 'new'})"
        if LAYER_TYPES.get(label) != fs.type.name[len(NS):]:
            raise FormatError(f"{at}: label {label!r} is not a label of this layer")
        sid = ids.get("T", _get(fs, "span_id"))
        by_xmi[fs.xmiID] = sid
        attrs: dict[str, Any] = {}
        for n in LABEL_ATTRIBUTES.get(label, ()):
            v = _get(fs, feature_name(label, n))
            attrs[n] = _number(v, f"{at}: {n}") if n in NUMERIC_ATTRIBUTES else v
        try:
            spans.append(Span(sid, label, fs.begin, fs.end, cas.sofa_string[fs.begin:fs.end],
                              origin=_get(fs, "origin"), **attrs))
        except (ModelError, TypeError) as e:
            raise FormatError(f"{at}: {e}") from None
    return spans, by_xmi


def _ref(fs: Any, by_xmi: dict[int, str], at: str) -> str:
    if fs is None or fs.xmiID not in by_xmi:
        raise FormatError(f"{at}: points at no span of the layers")
    return by_xmi[fs.xmiID]


def _anchors(cas: Cas, spans: list[Span], by_xmi: dict[int, str], where: Path) -> list[Span]:
    anchor = {by_xmi[fs.xmiID]: _ref(a, by_xmi, f"{where}: Time {fs.begin}..{fs.end} anchor_span")
              for fs in cas.select(NS + "Time") if (a := _get(fs, "anchor_span")) is not None}
    return [Span(**{**s.__dict__, "anchor": anchor[s.id]}) if s.id in anchor else s for s in spans]


def _links(cas: Cas, by_xmi: dict[int, str], where: Path) -> tuple[list[Relation], list[EventArg], list[Attribution]]:
    rel_ids = _Ids([x for fs in cas.select(NS + "CountOf") if (x := _get(fs, "relation_id")) and x[0] == "R"])
    rels = [Relation(rel_ids.get("R", _get(fs, "relation_id")), "COUNT_OF",
                     _ref(_get(fs, "Governor"), by_xmi, f"{where}: CountOf {fs.begin}..{fs.end} Governor"),
                     _ref(_get(fs, "Dependent"), by_xmi, f"{where}: CountOf {fs.begin}..{fs.end} Dependent"),
                     _get(fs, "origin"))
            for fs in sorted(cas.select(NS + "CountOf"), key=lambda f: f.xmiID)]
    args: list[EventArg] = []
    for ev in sorted(cas.select(NS + "Event"), key=lambda f: (f.begin, -f.end, f.xmiID)):
        for link in (_get(ev, "arguments").elements if _get(ev, "arguments") else []):
            at = f"{where}: Event {ev.begin}..{ev.end} argument {_get(link, 'role')}"
            args.append(EventArg(f"E{len(args) + 1}", by_xmi[ev.xmiID], _get(link, "role"),
                                 _ref(_get(link, "target"), by_xmi, at), _get(link, "origin")))
    rec_ids = _Ids([x for fs in cas.select(NS + "Attribution") if (x := _get(fs, "record_id")) and x[0] == "A"])
    recs = []
    for fs in sorted(cas.select(NS + "Attribution"), key=lambda f: f.xmiID):
        at = f"{where}: Attribution {fs.begin}..{fs.end}"
        roles: dict[str, list[str]] = {r: [] for r in ROLE_FIELDS}
        for link in (_get(fs, "roles").elements if _get(fs, "roles") else []):
            if _get(link, "role") not in roles:
                raise FormatError(f"{at}: role {_get(link, 'role')!r}; roles are {', '.join(ROLE_FIELDS)}")
            roles[_get(link, "role")].append(_ref(_get(link, "target"), by_xmi, f"{at} {_get(link, 'role')}"))
        try:
            recs.append(Attribution.from_roles(rec_ids.get("A", _get(fs, "record_id")), roles,
                                               _get(fs, "attribution_type"), _get(fs, "source_entity"),
                                               _get(fs, "origin")))
        except ModelError as e:
            raise FormatError(f"{at}: {e}") from None
    return rels, args, recs


def read_cas(cas: Cas, where: Path) -> Document:
    """The Document of one CAS; errors name the file and the annotation."""
    head = next(iter(cas.select(NS + "GhoutaDocument")), None)
    doc_id = _get(head, "doc_id") or where.stem
    status = _get(head, "status") or "draft"
    segments = tuple(Segment(_get(g, "segment_id") or f"S{k}", g.begin, g.end, _get(g, "role") or "body")
                     for k, g in enumerate(sorted(cas.select(NS + "Segment"), key=lambda f: f.begin), 1))
    spans, by_xmi = _spans(cas, where)
    spans = _anchors(cas, spans, by_xmi, where)
    try:
        rels, args, recs = _links(cas, by_xmi, where)
        return Document(doc_id, cas.sofa_string, status, segments, tuple(spans), tuple(rels), tuple(recs), None,
                        tuple(args))
    except (ModelError, TypeError) as e:
        raise FormatError(f"{where}: {e}") from None
