"""The time layer on a document page: each TIME span's tooltip and badge, the table of
time expressions, and the timeline of the document's dated event mentions.

A TIME span's tooltip gives ``timex_type``, ``value_text``, the resolved ``value`` with
the calendar days it covers, ``mod`` and the ``anchor``: a link to the TIME span it is
resolved from, or the document creation time with its date and basis (G96-G97).

The timeline lists every EVENT trigger of the document with the date it has: the
resolved values of its own ``time`` arguments, else its event's ``time`` in the event
table, ordered by the calendar days the value covers (:func:`~ghouta_corpus.model.timex.day_interval`);
mentions dated only by a value that is no calendar stretch (a duration, ``FUTURE_REF``)
come next, then the undated ones, each group in text order. Where the date comes from
is written next to each mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model.records import Document, Event, Span, sort_spans
from ..model.timex import TimexError, day_interval
from .context import DocContext, doc_context, span_link
from .page import esc, hl_key
from .tips import Line, Link, line_html

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

Days = tuple[date, date]


def days_of(value: str | None) -> Days | None:
    """The first and last calendar day a resolved value covers, or None (no value, no
    calendar value, or one that does not parse: the viewer shows what it is given)."""
    if not value:
        return None
    try:
        return day_interval(value)
    except TimexError:
        return None


def _day(d: date) -> str:
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def days_text(days: Days) -> str:
    """``Thursday 22 March 2018``, or ``Thursday 1 February 2018 – Wednesday 28 February 2018``."""
    first, last = days
    return _day(first) if first == last else f"{_day(first)} – {_day(last)}"


def time_badge(s: Span) -> str:
    """The resolved value, then the modifier (``2013 MID``)."""
    return " ".join(x for x in (s.timex_value or "?", s.mod or "") if x)


def time_keys(s: Span) -> list[str]:
    """What hovering a TIME span lights besides itself: the TIME span it is anchored to."""
    return [hl_key("span", s.anchor)] if s.label == "TIME" and s.anchor not in (None, "DCT") else []


def _dct(ctx: DocContext) -> str:
    meta = ctx.doc.meta
    return f"DCT ({meta.dct})" if meta is not None and meta.dct else "DCT (the manifest gives no DCT)"


def _anchor_line(ctx: DocContext, s: Span) -> Line:
    if s.anchor is None:
        return ("anchor: none (an absolute expression or a free duration)",)
    if s.anchor == "DCT":
        meta = ctx.doc.meta
        if meta is None or meta.dct is None:
            return ("anchor: DCT (the manifest gives no DCT)",)
        return (f"anchor: DCT ({meta.dct}, {meta.dct_basis or 'no basis given'})",)
    target = ctx.doc.span(s.anchor) if ctx.doc.has_span(s.anchor) else None
    value = f" = {target.timex_value}" if target is not None and target.timex_value else ""
    return ("anchor: ", span_link(ctx, s.anchor), f" {s.anchor}{value}")


def time_lines(ctx: DocContext, s: Span) -> list[Line]:
    """The TIME attributes of a span's tooltip (G92-G96)."""
    days = days_of(s.timex_value)
    resolved = f"value: {s.timex_value or '–'}" + (f" ({days_text(days)})" if days else "")
    return [(f"timex_type: {s.timex_type or '–'}",), (f"value_text: {s.value_text or '–'}",), (resolved,),
            (f"mod: {s.mod or '–'}",), _anchor_line(ctx, s)]


# --------------------------------------------------------------------------- the table of time expressions

def _cell(line: Line) -> str:
    return line_html(line) or '<span class="muted">–</span>'


def time_table(ctx: DocContext) -> str:
    """Every TIME span with its attributes, its anchor and the triggers it dates."""
    times = [s for s in sort_spans(ctx.doc.spans) if s.label == "TIME"]
    if not times:
        return '<p class="muted">No time expressions.</p>'
    rows = []
    for s in times:
        days = days_of(s.timex_value)
        dates = [span_link(ctx, a.event) for a in ctx.arg_of.get(s.id, []) if a.role == "time"]
        anchor = _anchor_line(ctx, s)[1:] if s.anchor not in (None, "DCT") else (_dct(ctx) if s.anchor else "",)
        keys = " ".join([hl_key("span", s.id)] + time_keys(s))
        rows.append(f'<tr data-k="{esc(hl_key("span", s.id))}" data-hl="{esc(keys)}">'
                    f"<td>{_cell((span_link(ctx, s.id), ' ' + s.id))}</td><td>{esc(s.timex_type or '–')}</td>"
                    f"<td><code>{esc(s.value_text or '–')}</code></td><td><code>{esc(s.timex_value or '–')}</code>"
                    + (f'<br><span class="muted">{esc(days_text(days))}</span>' if days else "")
                    + f"</td><td>{esc(s.mod or '–')}</td><td>{_cell(anchor)}</td>"
                    f"<td>{'<br>'.join(_cell((d,)) for d in dates) or _cell(())}</td></tr>")
    return ('<table id="times"><thead><tr><th>time expression</th><th>timex_type</th><th>value_text</th>'
            "<th>value (resolved)</th><th>mod</th><th>anchor</th><th>dates the events</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


# --------------------------------------------------------------------------- the timeline

@dataclass(frozen=True)
class DatedMention:
    """An EVENT trigger and its date: the TIMEX3 ``value`` that dates it (several joined
    by `` / ``), the calendar ``days`` it covers (None: no calendar stretch), and
    ``source``, the words saying where the date comes from (None: undated)."""
    trigger: Span
    value: str | None
    days: Days | None
    source: Line | None

    def sort_key(self) -> tuple[int, date, date, str, int, int]:
        rank = 0 if self.days else 1 if self.value else 2
        first, last = self.days or (date.min, date.min)
        return (rank, first, last, self.value or "", self.trigger.start, self.trigger.end)


def _time_arguments(ctx: DocContext, trigger: Span) -> list[Span]:
    spans = [ctx.doc.span(a.target) for a in ctx.args_of.get(trigger.id, [])
             if a.role == "time" and ctx.doc.has_span(a.target)]
    return [s for s in spans if s.label == "TIME" and s.timex_value]


def _from_arguments(ctx: DocContext, trigger: Span, times: list[Span], calendar: bool) -> DatedMention | None:
    chosen = [s for s in times if (days_of(s.timex_value) is not None) == calendar]
    if not chosen:
        return None
    spans = [d for d in (days_of(s.timex_value) for s in chosen) if d is not None]
    days = (min(d[0] for d in spans), max(d[1] for d in spans)) if spans else None
    value = " / ".join(dict.fromkeys(s.timex_value or "" for s in chosen))
    source: list[str | Link] = ["time argument" + ("s " if len(chosen) > 1 else " ")]
    for i, s in enumerate(chosen):
        source += ([", "] if i else []) + [span_link(ctx, s.id)]
    return DatedMention(trigger, value, days, tuple(source))


def _from_table(ctx: DocContext, trigger: Span, calendar: bool) -> DatedMention | None:
    row = ctx.events.get(trigger.event_id) if trigger.event_id else None
    if row is None or not row.time or (days_of(row.time) is not None) != calendar:
        return None
    return DatedMention(trigger, row.time, days_of(row.time),
                        ("the time of event ", Link(row.event_id, ctx.event_href(row.event_id)), " in the event table"))


def date_of(ctx: DocContext, trigger: Span) -> DatedMention:
    """The date of one EVENT trigger: its own ``time`` arguments' calendar days, else
    its event's calendar time in the event table, else the arguments' or the table's
    value that names no calendar stretch, else undated."""
    times = _time_arguments(ctx, trigger)
    for calendar in (True, False):
        found = _from_arguments(ctx, trigger, times, calendar) or _from_table(ctx, trigger, calendar)
        if found is not None:
            return found
    return DatedMention(trigger, None, None, None)


def _dated(ctx: DocContext) -> list[DatedMention]:
    return sorted((date_of(ctx, t) for t in ctx.doc.spans_with("EVENT")), key=DatedMention.sort_key)


def dated_mentions(doc: Document, events: dict[str, Event] | None = None) -> list[DatedMention]:
    """Every EVENT trigger of ``doc`` with its date, in the timeline's order; ``events``
    is the event table by id (the fallback date of a trigger without a time argument)."""
    return _dated(doc_context(doc, {}, events))


def _heading(m: DatedMention) -> str:
    if m.days is not None:
        return f'{esc(days_text(m.days))} <span class="muted">{esc(m.value)}</span>'
    if m.value is not None:
        return f'{esc(m.value)} <span class="muted">(no calendar date)</span>'
    return "undated"


def _item(ctx: DocContext, m: DatedMention) -> str:
    t = m.trigger
    flags = [x for x in (t.polarity if t.polarity == "negative" else None,
                         t.modality if t.modality not in (None, "asserted") else None) if x]
    event: Line = (" · ", Link(t.event_id, ctx.event_href(t.event_id))) if t.event_id else ()
    source = f' <span class="muted">dated by {line_html(m.source)}</span>' if m.source else ""
    return (f'<li data-hl="{esc(hl_key("span", t.id))}">{line_html((span_link(ctx, t.id),))} '
            f"{esc(t.event_type or '–')}" + "".join(f' <span class="flag">{esc(f)}</span>' for f in flags)
            + f"{line_html(event)}{source}</li>")


def timeline_html(ctx: DocContext) -> str:
    """The timeline: one entry per date (undated last), each listing its event mentions."""
    mentions = _dated(ctx)
    if not mentions:
        return '<p class="muted">No event mentions.</p>'
    groups: list[tuple[str, list[str]]] = []
    for m in mentions:
        head = _heading(m)
        if not groups or groups[-1][0] != head:
            groups.append((head, []))
        groups[-1][1].append(_item(ctx, m))
    undated = sum(1 for m in mentions if m.source is None)
    summary = (f'<p class="meta">{len(mentions) - undated} of {len(mentions)} event mentions dated, by their own '
               "time arguments or, failing those, by their event's time in the event table.</p>")
    entries = "".join(f'<li><div class="when">{head}</div><ul>{"".join(items)}</ul></li>' for head, items in groups)
    return summary + f'<ol class="timeline" id="timeline">{entries}</ol>'
