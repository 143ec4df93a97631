"""What a document page needs to know about one document, looked up once: who refers to
each span (records, COUNT_OF, EVENT_ARG), the entity and event tables, where the index is."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.records import Attribution, Document, Entity, Event, EventArg
from ..model.vocab import vocab
from .page import anchor, hl_key, quote_text
from .tips import Link


@dataclass
class DocContext:
    doc: Document
    entities: dict[str, Entity]
    events: dict[str, Event]
    index_href: str
    records_of: dict[str, list[Attribution]]  # span id -> the records it is a SOURCE, CUE or CONTENT of
    counts_of: dict[str, list[str]]  # count span id -> target span ids
    counted_by: dict[str, list[str]]  # target span id -> count span ids
    args_of: dict[str, list[EventArg]]  # EVENT trigger id -> its arguments, in role order, then text order
    arg_of: dict[str, list[EventArg]]  # span id -> the arguments it fills

    def event_href(self, event_id: str) -> str:
        """The event's row in the index's event list."""
        return f"{self.index_href}#{anchor('event', event_id)}"


def _span_order(doc: Document, sid: str) -> tuple[int, int, str]:
    if not doc.has_span(sid):
        return (len(doc.text) + 1, 0, sid)
    s = doc.span(sid)
    return (s.start, s.end, sid)


def doc_context(doc: Document, entities: dict[str, Entity], events: dict[str, Event] | None = None,
                index_href: str = "index.html") -> DocContext:
    records_of: dict[str, list[Attribution]] = {}
    for a in doc.attributions:
        for ids in a.span_ids().values():
            for sid in ids:
                lst = records_of.setdefault(sid, [])
                if a not in lst:
                    lst.append(a)
    counts_of: dict[str, list[str]] = {}
    counted_by: dict[str, list[str]] = {}
    for r in doc.relations:
        counts_of.setdefault(r.count, []).append(r.target)
        counted_by.setdefault(r.target, []).append(r.count)
    roles = {r: i for i, r in enumerate(vocab("event_role"))}
    args_of: dict[str, list[EventArg]] = {}
    arg_of: dict[str, list[EventArg]] = {}
    for e in sorted(doc.event_args, key=lambda e: (roles.get(e.role, len(roles)), _span_order(doc, e.target), e.id)):
        args_of.setdefault(e.event, []).append(e)
        arg_of.setdefault(e.target, []).append(e)
    return DocContext(doc, entities, events or {}, index_href, records_of, counts_of, counted_by, args_of, arg_of)


def span_link(ctx: DocContext, sid: str, limit: int = 60) -> Link | str:
    """A link to span ``sid`` of the page (its text quoted), which lights the span while
    hovered; the id itself where the document has no such span."""
    if not ctx.doc.has_span(sid):
        return f"(missing span {sid})"
    return Link(quote_text(ctx.doc.span(sid).text, limit), f"#{anchor('span', sid)}", hl_key("span", sid))
