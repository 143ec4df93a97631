"""The event layer in the viewer: the event table, each trigger's tooltip, badge and
arguments, the document's table of event mentions and the index's list of events.

A trigger's tooltip gives its type, polarity, modality and event (a link to the
event's row in the index, with the table's description and time), then every
argument as ``role → “text”``, each a link to the argument span, which is outlined
while the trigger or the link is hovered or focused. A span that fills an argument
says whose (``agent of “evacuating”``).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from ..io.corpus import load_events  # re-exported: view's callers read the event table from here
from ..model.records import Document, Entity, Event, Span, sort_spans
from .context import DocContext, span_link
from .dates import days_of, days_text
from .page import anchor, esc, hl_key, page_name, quote_text
from .tips import Line, Link, line_html

__all__ = ["load_events"]


def event_badge(s: Span) -> str:
    """The type, then ``negative`` and the modality where they are not the default
    (``surrender negative``, ``evacuation planned``)."""
    flags = [s.polarity if s.polarity == "negative" else None, s.modality if s.modality != "asserted" else None]
    return " ".join([s.event_type or "?"] + [f for f in flags if f])


def _event_line(ctx: DocContext, s: Span) -> Line:
    if s.event_id is None:
        return ("event: none (a generic, habitual or hypothetical mention, G108)",)
    row = ctx.events.get(s.event_id)
    if row is None:
        return ("event: ", Link(s.event_id, ctx.event_href(s.event_id)), " (not in the event table)")
    when = f" (event time {row.time})" if row.time else ""
    return ("event: ", Link(s.event_id, ctx.event_href(s.event_id)), f" — {row.description}{when}")


def _argument_line(ctx: DocContext, role: str, target: str) -> Line:
    span = ctx.doc.span(target) if ctx.doc.has_span(target) else None
    value = f" = {span.timex_value}" if span is not None and span.label == "TIME" and span.timex_value else ""
    return (f"{role} → ", span_link(ctx, target), f" {target}{value}")


def event_lines(ctx: DocContext, s: Span) -> list[Line]:
    """The EVENT attributes of a trigger's tooltip and its arguments (G102-G108)."""
    lines: list[Line] = [(f"event_type: {s.event_type or '–'} · polarity: {s.polarity or '–'} · "
                          f"modality: {s.modality or '–'}",), _event_line(ctx, s)]
    args = ctx.args_of.get(s.id, [])
    lines += [_argument_line(ctx, a.role, a.target) for a in args] or [("no arguments",)]
    return lines


def argument_of_lines(ctx: DocContext, s: Span) -> list[Line]:
    """``agent of “evacuating” T6 (evacuation)`` for every argument ``s`` fills."""
    out: list[Line] = []
    for a in ctx.arg_of.get(s.id, []):
        trigger = ctx.doc.span(a.event) if ctx.doc.has_span(a.event) else None
        kind = f" ({trigger.event_type})" if trigger is not None and trigger.event_type else ""
        out.append((f"{a.role} of ", span_link(ctx, a.event), f" {a.event}{kind}"))
    return out


def trigger_keys(ctx: DocContext, s: Span) -> list[str]:
    """What hovering a trigger lights: its arguments (the trigger and its event's other
    mentions are lit through their shared keys)."""
    return [hl_key("span", a.target) for a in ctx.args_of.get(s.id, [])]


# --------------------------------------------------------------------------- the document's event mentions

def event_table(ctx: DocContext) -> str:
    """Every EVENT trigger of the document with its attributes, event and arguments."""
    triggers = [s for s in sort_spans(ctx.doc.spans) if s.label == "EVENT"]
    if not triggers:
        return '<p class="muted">No event mentions.</p>'
    rows = []
    for s in triggers:
        keys = " ".join(dict.fromkeys([hl_key("span", s.id)] + trigger_keys(ctx, s)))
        args = "<br>".join(f"<b>{esc(a.role)}</b> {line_html(_argument_line(ctx, a.role, a.target)[1:])}"
                           for a in ctx.args_of.get(s.id, [])) or '<span class="muted">–</span>'
        rows.append(f'<tr data-k="{esc(hl_key("span", s.id))}" data-hl="{esc(keys)}">'
                    f"<td>{line_html((span_link(ctx, s.id), ' ' + s.id))}</td><td>{esc(s.event_type or '–')}</td>"
                    f"<td>{esc(s.polarity or '–')}</td><td>{esc(s.modality or '–')}</td>"
                    f"<td>{line_html(_event_line(ctx, s)[1:])}</td><td>{args}</td></tr>")
    return ('<table id="events"><thead><tr><th>trigger</th><th>event_type</th><th>polarity</th><th>modality</th>'
            "<th>event</th><th>arguments</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


# --------------------------------------------------------------------------- the index's event list

def _mentions(documents: Iterable[Document]) -> dict[str, list[tuple[str, list[Span]]]]:
    """event id -> (doc id, its triggers in text order) per document, in corpus order."""
    out: dict[str, list[tuple[str, list[Span]]]] = {}
    for d in documents:
        for s in sort_spans(d.spans):
            if s.label == "EVENT" and s.event_id is not None:
                per_doc = out.setdefault(s.event_id, [])
                if not per_doc or per_doc[-1][0] != d.doc_id:
                    per_doc.append((d.doc_id, []))
                per_doc[-1][1].append(s)
    return out


def _mention_cell(per_doc: list[tuple[str, list[Span]]]) -> str:
    if not per_doc:
        return '<span class="muted">not mentioned</span>'
    parts = []
    for doc_id, spans in per_doc:
        page = quote(page_name(doc_id))
        links = ", ".join(f'<a href="{esc(page)}#{esc(anchor("span", s.id))}">{esc(quote_text(s.text, 40))}</a>'
                          for s in spans)
        parts.append(f'<a href="{esc(page)}">{esc(doc_id)}</a>: {links}')
    return "<br>".join(parts)


def event_list(documents: Iterable[Document], events: dict[str, Event], entities: dict[str, Entity]) -> str:
    """Every event of the table, then every event id the documents use that the table
    lacks, with its mentions per document (links to each trigger)."""
    mentions = _mentions(documents)
    ids = list(events) + sorted(e for e in mentions if e not in events)
    if not ids:
        return '<p class="muted">No events.</p>'
    rows = []
    for eid in ids:
        row = events.get(eid)
        if row is None:
            cells = '<td class="muted">–</td><td class="muted">not in the event table</td><td>–</td><td>–</td>'
        else:
            days = days_of(row.time)
            when = esc(row.time or "–") + (f'<br><span class="muted">{esc(days_text(days))}</span>' if days else "")
            ent = entities.get(row.location_entity or "")
            where = esc(ent.canonical_name if ent else row.location_entity or "–")
            cells = f"<td>{esc(row.event_type)}</td><td>{esc(row.description)}</td><td>{when}</td><td>{where}</td>"
        rows.append(f'<tr id="{esc(anchor("event", eid))}"><td>{esc(eid)}</td>{cells}'
                    f"<td>{_mention_cell(mentions.get(eid, []))}</td></tr>")
    return ('<table id="event-table"><thead><tr><th>event</th><th>event_type</th><th>description</th><th>time</th>'
            "<th>location</th><th>mentions</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
