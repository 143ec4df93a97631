"""The draft the stages fill (:class:`Draft`) and its assembly into a :class:`~ghouta_corpus.model.Document`.

Why apart from the stages: the stages reason in words and keep their findings as
word ranges; turning those into spans (one per label and offsets), COUNT_OF
relations and attribution records with canonical ids is one job, done once here
with :func:`ghouta_corpus.model.ids.renumber`, the one home of id assignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model.ids import renumber
from ..model.records import Attribution, Document, EventArg, Relation, Segment, Span
from .attribution import Rec, record_type
from .context import Ctx, Mention
from .counts import Count, CountLinks
from .events import Trigger
from .times import TimeSpan

Row = dict[str, Any]
Key = tuple[str, int, int]          # (label, start, end): one span per key


@dataclass
class Draft:
    """What the stages have found in one document so far: the blackboard they share."""
    ctx: Ctx
    counts: list[Count] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)              # the words of the counts
    mentions: list[Mention] = field(default_factory=list)
    count_links: CountLinks = field(default_factory=lambda: CountLinks([], [], {}))
    records: list[Rec] = field(default_factory=list)
    entity_ids: dict[int, str] = field(default_factory=dict)    # id(mention) -> entity id
    entity_rows: list[Row] = field(default_factory=list)
    nom_links: dict[int, str] = field(default_factory=dict)      # id(NOM mention) -> entity id (G30)
    dct: date | None = None                                      # the document creation time, if given
    times: list[TimeSpan] = field(default_factory=list)
    events: list[Trigger] = field(default_factory=list)
    source_entities: dict[int, str | None] = field(default_factory=dict)  # id(record) -> entity id


class _Spans:
    """Spans deduplicated by (label, offsets), each with a provisional id in the order
    it was first put; the first attributes put for a key win."""

    def __init__(self, text: str):
        self.text = text
        self.attrs: dict[Key, dict[str, Any]] = {}
        self.ids: dict[Key, str] = {}

    def put(self, label: str, s: int, e: int, **attrs: Any) -> str:
        """The provisional id of the span (label, s, e), adding it with ``attrs`` if new."""
        key = (label, s, e)
        if key not in self.attrs:
            self.attrs[key] = attrs
            self.ids[key] = f"T{len(self.ids) + 1}"
        return self.ids[key]

    def spans(self) -> list[Span]:
        """The spans in the order they were first put (``auto`` origin)."""
        return [Span(id=self.ids[k], label=k[0], start=k[1], end=k[2], text=self.text[k[1]:k[2]], origin="auto",
                     **attrs) for k, attrs in self.attrs.items()]


def _mention_spans(d: Draft, table: _Spans) -> dict[int, str]:
    """ACTOR, LOCATION and COUNTED spans; the provisional span id of each mention."""
    ws, ids = d.ctx.ws, d.entity_ids
    out: dict[int, str] = {}
    for m in d.mentions:
        s, e = ws[m.i].start, ws[m.j - 1].end
        eid = ids.get(id(m)) if m.mtype == "NAM" else d.nom_links.get(id(m))
        if m.label == "ACTOR":
            out[id(m)] = table.put("ACTOR", s, e, mention_type=m.mtype, actor_type=m.atype or "other", entity_id=eid)
        else:
            out[id(m)] = table.put("LOCATION", s, e, mention_type=m.mtype, entity_id=eid)
    for m in d.count_links.counted:
        out[id(m)] = table.put("COUNTED", ws[m.i].start, ws[m.j - 1].end)
    return out


def _count_spans(d: Draft, table: _Spans) -> dict[int, str]:
    """COUNT spans with their values and categories; the provisional id by first word."""
    ws, cats = d.ctx.ws, d.count_links.categories
    return {s: table.put("COUNT", ws[s].start, ws[e - 1].end, value=cv.value, modifier=cv.modifier, min=cv.min,
                         max=cv.max, unit=cv.unit, category=cats.get(s, "other"))
            for s, e, cv in d.counts}


def _time_spans(d: Draft, table: _Spans) -> dict[int, str]:
    """TIME spans with their TIMEX3 attributes; an anchor is the provisional id of the
    anchoring TIME span (renumbered with the rest) or ``DCT``. The provisional id by
    ``id()`` of the TimeSpan."""
    ws = d.ctx.ws
    ids = {id(t): table.put("TIME", ws[t.i].start, ws[t.j - 1].end, timex_type=t.timex_type,
                             value_text=t.value_text, timex_value=t.value, mod=t.mod, anchor=None)
           for t in d.times}
    for t in d.times:
        key = ("TIME", ws[t.i].start, ws[t.j - 1].end)
        a = t.anchor
        table.attrs[key]["anchor"] = ids.get(id(a)) if isinstance(a, TimeSpan) else a
    return ids


def _event_args(d: Draft, table: _Spans, count_ids: dict[int, str], span_ids: dict[int, str]) -> list[EventArg]:
    """EVENT trigger spans and their EVENT_ARG relations: a COUNT target by its first
    word (``count_ids``), a mention or TIME span by ``id()`` (``span_ids``)."""
    ws = d.ctx.ws
    out: list[EventArg] = []
    for t in d.events:
        ev = table.put("EVENT", ws[t.i].start, ws[t.j - 1].end, event_type=t.event_type, polarity=t.polarity,
                       modality=t.modality, event_id=None)
        for role, target in t.args:
            target_id = count_ids.get(target[0]) if isinstance(target, tuple) else span_ids.get(id(target))
            if target_id is not None:
                out.append(EventArg(f"E{len(out) + 1}", ev, role, target_id))
    return out


def _relations(d: Draft, count_ids: dict[int, str], mention_ids: dict[int, str]) -> list[Relation]:
    """COUNT_OF relations in text order of the count, then of its target (``auto`` origin)."""
    ws = d.ctx.ws
    links = sorted(d.count_links.links, key=lambda x: (ws[x[0][0]].start, ws[x[1].i].start))
    return [Relation(f"R{i}", "COUNT_OF", count_ids[c[0]], mention_ids[id(t)], origin="auto")
            for i, (c, t) in enumerate(links, 1)]


def _attributions(d: Draft, table: _Spans) -> list[Attribution]:
    """Attribution records in the order of their first cue, with their spans (``auto``
    origin, like every record the annotator makes)."""
    text = d.ctx.text
    return [Attribution(f"A{i}", tuple(table.put("SOURCE", s, e) for s, e in r.source),
                        tuple(table.put("CUE", s, e) for s, e in r.cue),
                        tuple(table.put("CONTENT", s, e) for s, e, _ in sorted(r.content)),
                        record_type(text, r.content), d.source_entities.get(id(r)), origin="auto")
            for i, r in enumerate(d.records, 1)]


def assemble(d: Draft, doc_id: str) -> tuple[Document, list[Row]]:
    """The draft Document (status ``draft``, canonical ids) and the entity rows it uses."""
    ctx = d.ctx
    table = _Spans(ctx.text)
    mention_ids = _mention_spans(d, table)
    count_ids = _count_spans(d, table)
    time_ids = _time_spans(d, table)
    event_args = _event_args(d, table, count_ids, {**mention_ids, **time_ids})
    attributions = _attributions(d, table)
    spans, relations, records, args = renumber(table.spans(), _relations(d, count_ids, mention_ids), attributions,
                                               event_args)
    segments = tuple(Segment(f"S{i + 1}", p.start, p.end, p.role) for i, p in enumerate(ctx.pieces))
    doc = Document(doc_id=doc_id, text=ctx.text, status="draft", segments=segments, spans=spans,
                   relations=relations, attributions=records, event_args=args)
    used = {sp.entity_id for sp in spans if sp.entity_id} | {a.source_entity for a in records if a.source_entity}
    return doc, [r for r in d.entity_rows if r["entity_id"] in used]
