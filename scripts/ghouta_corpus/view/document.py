"""The page of one document: its text with every annotation, and tables of its
attribution records, counts and entities."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.records import Attribution, Document, Entity, Span, sort_spans
from ..model.vocab import vocab
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


@dataclass
class _DocContext:
    doc: Document
    entities: dict[str, Entity]
    records_of: dict[str, list[Attribution]]
    counts_of: dict[str, list[str]]  # count span id -> target span ids
    counted_by: dict[str, list[str]]  # target span id -> count span ids


def _context(doc: Document, entities: dict[str, Entity]) -> _DocContext:
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
    return _DocContext(doc, entities, records_of, counts_of, counted_by)


def _span_text(ctx: _DocContext, sid: str) -> str:
    return quote_text(ctx.doc.span(sid).text) if ctx.doc.has_span(sid) else f"(missing span {sid})"


def _entity_name(ctx: _DocContext, eid: str | None) -> str:
    if eid is None:
        return "–"
    ent = ctx.entities.get(eid)
    return f"{eid} — {ent.canonical_name}" if ent else f"{eid} (not in the entity table)"


def _span_title(ctx: _DocContext, s: Span) -> str:
    lines = [f"{s.label} {s.id} [{s.start}:{s.end}]" + (f" ({s.origin})" if s.origin else "")]
    if is_count(s.label):
        lines.append(" · ".join(f"{k}={num(v) if k in ('value', 'min', 'max') else (v if v is not None else '–')}"
                                for k, v in s.attributes().items()))
    else:
        for k, v in s.attributes().items():
            if k != "entity_id" and v is not None:
                lines.append(f"{k}: {v}")
    if "entity_id" in s.attributes():
        lines.append(f"entity: {_entity_name(ctx, s.entity_id)}")
        ent = ctx.entities.get(s.entity_id or "")
        if ent and ent.geonames_id is not None:
            lines.append(f"GeoNames {ent.geonames_id} ({ent.latitude}, {ent.longitude})")
    for t in ctx.counts_of.get(s.id, []):
        lines.append(f"COUNT_OF → {t} {_span_text(ctx, t)}")
    for c in ctx.counted_by.get(s.id, []):
        lines.append(f"counted by {c} {_span_text(ctx, c)}")
    for a in ctx.records_of.get(s.id, []):
        role = next((r for r, ids in a.span_ids().items() if s.id in ids), "?")
        src = ", ".join(_span_text(ctx, i) for i in a.source) or "no source"
        lines.append(f"{role} of {a.id} ({a.type}): source {src}; source entity {_entity_name(ctx, a.source_entity)}")
    return "\n".join(lines)


def _span_element(ctx: _DocContext, s: Span, order: int, level: int) -> Element:
    cls = label_class().get(s.label, "lx")
    drawn_under = underlined(s.label)
    keys = [hl_key("span", s.id)]
    hl = [hl_key("span", s.id)]
    if s.entity_id is not None:
        keys.append(hl_key("ent", s.entity_id))
        hl.append(hl_key("ent", s.entity_id))
    hl += [hl_key("span", t) for t in ctx.counts_of.get(s.id, [])]
    recs = ctx.records_of.get(s.id, [])
    for a in recs:
        keys.append(hl_key("rec", a.id))
        hl.append(hl_key("rec", a.id))
    classes = ["a", f"v{level}"] if drawn_under else ["m"]
    classes.append(cls)
    attrs = [f'data-span="{esc(s.id)}"', f'data-label="{esc(s.label)}"',
             f'data-k="{esc(" ".join(dict.fromkeys(keys)))}"', f'data-hl="{esc(" ".join(dict.fromkeys(hl)))}"',
             f'title="{esc(_span_title(ctx, s))}"']
    if s.entity_id is not None:
        attrs.append(f'data-entity="{esc(s.entity_id)}"')
    if s.id in ctx.counts_of:
        attrs.append(f'data-count-of="{esc(" ".join(ctx.counts_of[s.id]))}"')
    more = f'<span class="{" ".join(classes)}" {" ".join(attrs)}>'
    first_classes = list(classes)
    extra = []
    if is_count(s.label):
        first_classes.append("b")
        extra.append(f'data-badge="{esc(count_badge(s))}"')
    if drawn_under and recs:
        first_classes.append("r")
        extra.append(f'data-rec="{esc(",".join(a.id for a in recs))}"')
    first = (f'<span id="{esc(anchor("span", s.id))}" class="{" ".join(first_classes)}" '
             f'{" ".join(attrs + extra)}>')
    rank = RANK_UNDERLINE if drawn_under else RANK_HIGHLIGHT
    return Element(s.start, s.end, rank, order, first, more, "</span>")


def _text_html(ctx: _DocContext) -> str:
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
    for i, s in enumerate(spans):
        elements.append(_span_element(ctx, s, i, levels.get(s.id, 0)))
    return '<div class="text" id="text">' + nest(doc.text, elements) + "</div>"


def _ref(ctx: _DocContext, sid: str) -> str:
    if not ctx.doc.has_span(sid):
        return f'<span class="muted">{esc(sid)} (missing)</span>'
    s = ctx.doc.span(sid)
    return (f'<a class="span-ref" href="#{esc(anchor("span", sid))}" data-hl="{esc(hl_key("span", sid))}">'
            f'{esc(quote_text(s.text, 200))}</a> <span class="muted">{esc(sid)}</span>')


def _attribution_table(ctx: _DocContext) -> str:
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


def _count_table(ctx: _DocContext) -> str:
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


def _entity_table(ctx: _DocContext) -> str:
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


def render_document(doc: Document, entities: dict[str, Entity], index_href: str = "index.html") -> str:
    """The HTML page of one document."""
    ctx = _context(doc, entities)
    meta = doc.meta
    text_html = _text_html(ctx)
    levels = underline_levels([s for s in doc.spans if underlined(s.label)])
    style = stylesheet(max(levels.values(), default=0))
    cls = label_class()
    chips = "".join(f'<span class="chip"><span class="sw {cls.get(lab, "lx")}"></span>{esc(lab)} {n}</span>'
                    for lab, n in label_counts(doc).items())
    roles = {r: 0 for r in vocab("segment_role")}
    for seg in doc.segments:
        roles[seg.role] = roles.get(seg.role, 0) + 1
    seg_summary = ", ".join(f"{n} {r}" for r, n in roles.items())
    if meta is not None:
        rng = meta.event_date_range or {}
        metas = (f'<p class="meta"><b>Outlet</b> {esc(meta.outlet)} · <b>split</b> {esc(meta.split)} · '
                 f"<b>language</b> {esc(meta.language)} · <b>status</b> {esc(doc.status)} · "
                 f"<b>characters</b> {esc(meta.char_count)} · <b>source file</b> {esc(meta.source_file)} · "
                 f"<b>sha256</b> <code>{esc(meta.sha256[:16])}…</code></p>"
                 f'<p class="meta"><b>Event dates</b> {esc(rng.get("start") or "unknown")} – '
                 f'{esc(rng.get("end") or "unknown")}. {esc(rng.get("evidence") or "")}</p>')
    else:
        metas = f'<p class="meta"><b>status</b> {esc(doc.status)} · no manifest entry</p>'
    body = template("document.html").substitute(
        index_href=esc(index_href), doc_id=esc(doc.doc_id), meta=metas, chips=chips, relations=len(doc.relations),
        attributions=len(doc.attributions), segments=esc(seg_summary), legend=legend(), text=text_html,
        attribution_table=_attribution_table(ctx), counts=sum(1 for s in doc.spans if is_count(s.label)),
        count_table=_count_table(ctx), entity_table=_entity_table(ctx))
    return page(f"{doc.doc_id} — ghouta-corpus", style, body)
