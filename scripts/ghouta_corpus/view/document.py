"""The page of one document: its text with every annotation, and tables of its
attribution records, counts and entities."""

from __future__ import annotations

from ..model.records import Document, Entity, Event, Span, sort_spans
from ..model.vocab import vocab
from .context import DocContext, doc_context, span_link
from .dates import time_badge, time_keys, time_lines, time_table, timeline_html
from .events import argument_of_lines, event_badge, event_lines, event_table, trigger_keys
from .nesting import (
    RANK_HIGHLIGHT,
    RANK_PARAGRAPH,
    RANK_SEGMENT,
    RANK_UNDERLINE,
    Element,
    nest,
    paragraphs,
    underline_levels,
)
from .page import (
    DEFAULT_ROLE,
    anchor,
    count_badge,
    esc,
    geo_cells,
    hl_key,
    is_count,
    label_class,
    label_counts,
    legend,
    num,
    page,
    quote_text,
    stylesheet,
    template,
    underlined,
)
from .tips import Line, Link, tip_block, tip_id, tips_container, title_text


def _entity_name(ctx: DocContext, eid: str | None) -> str:
    if eid is None:
        return "–"
    ent = ctx.entities.get(eid)
    return f"{eid} — {ent.canonical_name}" if ent else f"{eid} (not in the entity table)"


def _attribute_lines(ctx: DocContext, s: Span) -> list[Line]:
    """The label's own attributes: a COUNT's on one line, TIME and EVENT from their
    layers' modules, any other label's one per line, its entity with a link."""
    if is_count(s.label):
        return [(" · ".join(f"{k}={num(v) if k in ('value', 'min', 'max') else (v if v is not None else '–')}"
                            for k, v in s.attributes().items()),)]
    if s.label == "TIME":
        return time_lines(ctx, s)
    if s.label == "EVENT":
        return event_lines(ctx, s)
    lines: list[Line] = [(f"{k}: {v}",) for k, v in s.attributes().items() if k != "entity_id" and v is not None]
    if "entity_id" in s.attributes():
        name = _entity_name(ctx, s.entity_id)
        lines.append(("entity: ", Link(name, f"#{anchor('ent', s.entity_id)}", hl_key("ent", s.entity_id)))
                     if s.entity_id is not None else ("entity: –",))
        ent = ctx.entities.get(s.entity_id or "")
        if ent and ent.geonames_id is not None:
            lines.append((f"GeoNames {ent.geonames_id} ({ent.latitude}, {ent.longitude})",))
    return lines


def _span_lines(ctx: DocContext, s: Span) -> list[Line]:
    """Everything a span's tooltip says: label, id and offsets, its attributes, what
    it counts or is counted by, the records it belongs to and the arguments it fills."""
    lines: list[Line] = [(f"{s.label} {s.id} [{s.start}:{s.end}]" + (f" ({s.origin})" if s.origin else ""),)]
    lines += _attribute_lines(ctx, s)
    lines += [("COUNT_OF → ", f"{t} ", span_link(ctx, t)) for t in ctx.counts_of.get(s.id, [])]
    lines += [("counted by ", f"{c} ", span_link(ctx, c)) for c in ctx.counted_by.get(s.id, [])]
    for a in ctx.records_of.get(s.id, []):
        role = next((r for r, ids in a.span_ids().items() if s.id in ids), "?")
        src = ", ".join(quote_text(ctx.doc.span(i).text) if ctx.doc.has_span(i) else f"(missing span {i})"
                        for i in a.source) or "no source"
        lines.append((f"{role} of ", Link(a.id, f"#{anchor('rec', a.id)}", hl_key("rec", a.id)),
                      f" ({a.type}): source {src}; source entity {_entity_name(ctx, a.source_entity)}"))
    lines += argument_of_lines(ctx, s)
    return lines


def _badge(s: Span) -> str | None:
    if is_count(s.label):
        return count_badge(s)
    if s.label == "TIME":
        return time_badge(s)
    if s.label == "EVENT":
        return event_badge(s)
    return None


def _keys(ctx: DocContext, s: Span) -> tuple[list[str], list[str]]:
    """The highlight keys a span answers to (``data-k``) and lights (``data-hl``)."""
    keys = [hl_key("span", s.id)]
    hl = [hl_key("span", s.id)]
    for kind, ident in (("ent", s.entity_id), ("ev", s.event_id)):
        if ident is not None:
            keys.append(hl_key(kind, ident))
            hl.append(hl_key(kind, ident))
    hl += [hl_key("span", t) for t in ctx.counts_of.get(s.id, [])]
    hl += trigger_keys(ctx, s) + time_keys(s)
    for a in ctx.records_of.get(s.id, []):
        keys.append(hl_key("rec", a.id))
        hl.append(hl_key("rec", a.id))
    return list(dict.fromkeys(keys)), list(dict.fromkeys(hl))


def _span_element(ctx: DocContext, s: Span, order: int, level: int, lines: list[Line]) -> Element:
    cls = label_class().get(s.label, "lx")
    drawn_under = underlined(s.label)
    keys, hl = _keys(ctx, s)
    recs = ctx.records_of.get(s.id, [])
    classes = ["a", f"v{level}"] if drawn_under else ["m"]
    classes.append(cls)
    attrs = [f'data-span="{esc(s.id)}"', f'data-label="{esc(s.label)}"', f'data-k="{esc(" ".join(keys))}"',
             f'data-hl="{esc(" ".join(hl))}"', f'data-tip="{esc(tip_id(s.id))}"']
    if s.entity_id is not None:
        attrs.append(f'data-entity="{esc(s.entity_id)}"')
    if s.event_id is not None:
        attrs.append(f'data-event="{esc(s.event_id)}"')
    if s.id in ctx.counts_of:
        attrs.append(f'data-count-of="{esc(" ".join(ctx.counts_of[s.id]))}"')
    more = f'<span class="{" ".join(classes)}" {" ".join(attrs)}>'
    first_classes = list(classes)
    extra = [f'title="{esc(title_text(lines))}"', 'tabindex="0"']  # the first piece: one title, one stop
    badge = _badge(s)
    if badge is not None:
        first_classes.append("b")
        extra.append(f'data-badge="{esc(badge)}"')
    if drawn_under and recs:
        first_classes.append("r")
        extra.append(f'data-rec="{esc(",".join(a.id for a in recs))}"')
    first = (f'<span id="{esc(anchor("span", s.id))}" class="{" ".join(first_classes)}" '
             f'{" ".join(attrs + extra)}>')
    rank = RANK_UNDERLINE if drawn_under else RANK_HIGHLIGHT
    return Element(s.start, s.end, rank, order, first, more, "</span>")


def _text_html(ctx: DocContext) -> tuple[str, list[str]]:
    """The text with every annotation, and the tooltip block of every span drawn."""
    doc = ctx.doc
    n = len(doc.text)
    elements: list[Element] = []
    for i, (a, b) in enumerate(paragraphs(doc.text)):
        elements.append(Element(a, b, RANK_PARAGRAPH, i, "<p>", "<p>", "</p>"))
    for i, seg in enumerate(doc.segments):
        start, end = min(seg.start, n), min(seg.end, n)
        if start >= end:
            continue
        nb = "" if seg.role == DEFAULT_ROLE else f" role-nonbody role-{esc(seg.role)}"
        attrs = f'data-role="{esc(seg.role)}" title="{esc(f"segment {seg.id}: {seg.role}")}"'
        first_cls = "seg" + nb + (" f" if seg.role != DEFAULT_ROLE else "")
        elements.append(Element(
            start, end, RANK_SEGMENT, i,
            f'<span id="{esc(anchor("seg", seg.id))}" class="{first_cls}" {attrs}>',
            f'<span class="seg{nb}" {attrs}>', "</span>"))
    spans = [s for s in sort_spans(doc.spans) if s.end <= n]
    levels = underline_levels([s for s in spans if underlined(s.label)])
    tips = []
    for i, s in enumerate(spans):
        lines = _span_lines(ctx, s)
        elements.append(_span_element(ctx, s, i, levels.get(s.id, 0), lines))
        tips.append(tip_block(s.id, lines))
    return '<div class="text" id="text">' + nest(doc.text, elements) + "</div>", tips


def _ref(ctx: DocContext, sid: str) -> str:
    if not ctx.doc.has_span(sid):
        return f'<span class="muted">{esc(sid)} (missing)</span>'
    s = ctx.doc.span(sid)
    return (f'<a class="span-ref" href="#{esc(anchor("span", sid))}" data-hl="{esc(hl_key("span", sid))}">'
            f'{esc(quote_text(s.text, 200))}</a> <span class="muted">{esc(sid)}</span>')


def _attribution_table(ctx: DocContext) -> str:
    if not ctx.doc.attributions:
        return '<p class="muted">No attribution records.</p>'
    rows = []
    for a in ctx.doc.attributions:
        k = esc(hl_key("rec", a.id))
        cells = ["<br>".join(_ref(ctx, i) for i in ids) or '<span class="muted">–</span>'
                 for ids in (a.source, a.cue, a.content)]
        rows.append(f'<tr id="{esc(anchor("rec", a.id))}" data-k="{k}" data-hl="{k}"><td>{esc(a.id)}</td>'
                    f"<td>{cells[0]}</td><td>{cells[1]}</td><td>{cells[2]}</td><td>{esc(a.type)}</td>"
                    f"<td>{esc(_entity_name(ctx, a.source_entity))}</td></tr>")
    return ('<table id="attributions"><thead><tr><th>record</th><th>source</th><th>cue</th><th>content</th>'
            "<th>type</th><th>source entity</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _count_table(ctx: DocContext) -> str:
    counts = [s for s in sort_spans(ctx.doc.spans) if is_count(s.label)]
    if not counts:
        return '<p class="muted">No counts.</p>'
    rows = []
    for s in counts:
        keys = " ".join([hl_key("span", s.id)] + [hl_key("span", t) for t in ctx.counts_of.get(s.id, [])])
        targets = ("<br>".join(_ref(ctx, t) for t in ctx.counts_of.get(s.id, []))
                   or '<span class="muted">– (elided)</span>')
        rows.append(f'<tr data-k="{esc(hl_key("span", s.id))}" data-hl="{esc(keys)}"><td>{_ref(ctx, s.id)}</td>'
                    f'<td class="n">{esc(num(s.value))}</td><td>{esc(s.modifier or "–")}</td>'
                    f'<td class="n">{esc(num(s.min))}</td><td class="n">{esc(num(s.max))}</td>'
                    f'<td>{esc(s.unit or "–")}</td><td>{esc(s.category or "–")}</td><td>{targets}</td></tr>')
    return ('<table id="counts"><thead><tr><th>count</th><th>value</th><th>modifier</th><th>min</th><th>max</th>'
            "<th>unit</th><th>category</th><th>COUNT_OF</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _entity_table(ctx: DocContext) -> str:
    mentions: dict[str, list[Span]] = {}
    for s in sort_spans(ctx.doc.spans):
        if s.entity_id is not None:
            mentions.setdefault(s.entity_id, []).append(s)
    order = list(mentions)
    for a in ctx.doc.attributions:
        if a.source_entity is not None and a.source_entity not in mentions and a.source_entity not in order:
            order.append(a.source_entity)
    if not order:
        return '<p class="muted">No linked entities.</p>'
    rows = []
    for eid in order:
        ent = ctx.entities.get(eid)
        k = esc(hl_key("ent", eid))
        ms = mentions.get(eid, [])
        texts = sorted({m.text for m in ms})
        rows.append(f'<tr id="{esc(anchor("ent", eid))}" data-k="{k}" data-hl="{k}"><td>{esc(eid)}</td>'
                    f'<td>{esc(ent.canonical_name if ent else "–")}</td><td>{esc(ent.label if ent else "–")}</td>'
                    f'<td>{esc((ent.actor_type if ent else None) or "–")}</td>'
                    f'<td class="n">{len(ms)}</td>'
                    f'<td>{esc(" · ".join(texts)) or "<span class=muted>source only</span>"}</td>'
                    f"{geo_cells(ent)}</tr>")
    return ('<table id="entities"><thead><tr><th>entity</th><th>canonical name</th><th>label</th><th>actor type</th>'
            "<th>mentions</th><th>as written</th><th>GeoNames id</th><th>lat, lon</th><th>GeoNames note</th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>")


def _meta_html(doc: Document) -> str:
    meta = doc.meta
    if meta is None:
        return f'<p class="meta"><b>status</b> {esc(doc.status)} · no manifest entry</p>'
    rng = meta.event_date_range or {}
    return (f'<p class="meta"><b>Outlet</b> {esc(meta.outlet)} · <b>split</b> {esc(meta.split)} · '
            f"<b>language</b> {esc(meta.language)} · <b>status</b> {esc(doc.status)} · "
            f"<b>characters</b> {esc(meta.char_count)} · <b>source file</b> {esc(meta.source_file)} · "
            f"<b>sha256</b> <code>{esc(meta.sha256[:16])}…</code> · <b>DCT</b> {esc(meta.dct or 'none')}</p>"
            f'<p class="meta"><b>Event dates</b> {esc(rng.get("start") or "unknown")} – '
            f'{esc(rng.get("end") or "unknown")}. {esc(rng.get("evidence") or "")}</p>')


def render_document(doc: Document, entities: dict[str, Entity], index_href: str = "index.html",
                    events: dict[str, Event] | None = None) -> str:
    """The HTML page of one document; ``events`` is the event table by id (the
    triggers' events link to their rows in the index at ``index_href``)."""
    ctx = doc_context(doc, entities, events, index_href)
    text_html, tips = _text_html(ctx)
    levels = underline_levels([s for s in doc.spans if underlined(s.label)])
    style = stylesheet(max(levels.values(), default=0))
    cls = label_class()
    chips = "".join(f'<span class="chip"><span class="sw {cls.get(lab, "lx")}"></span>{esc(lab)} {n}</span>'
                    for lab, n in label_counts(doc).items())
    roles = {r: 0 for r in vocab("segment_role")}
    for seg in doc.segments:
        roles[seg.role] = roles.get(seg.role, 0) + 1
    seg_summary = ", ".join(f"{n} {r}" for r, n in roles.items())
    body = template("document.html").substitute(
        index_href=esc(index_href), doc_id=esc(doc.doc_id), meta=_meta_html(doc), chips=chips,
        relations=len(doc.relations), attributions=len(doc.attributions), event_args=len(doc.event_args),
        segments=esc(seg_summary), legend=legend(), text=text_html, timeline=timeline_html(ctx),
        attribution_table=_attribution_table(ctx), counts=sum(1 for s in doc.spans if is_count(s.label)),
        count_table=_count_table(ctx), times=sum(1 for s in doc.spans if s.label == "TIME"),
        time_table=time_table(ctx), triggers=sum(1 for s in doc.spans if s.label == "EVENT"),
        event_table=event_table(ctx), entity_table=_entity_table(ctx), tips=tips_container(tips))
    return page(f"{doc.doc_id} — ghouta-corpus", style, body)
