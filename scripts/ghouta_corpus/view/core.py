"""A static, self-contained HTML view of the corpus for reading the annotations.

:func:`render_view` writes ``index.html`` (every document with its outlet, split and
span counts per label) and one ``<doc_id>.html`` per document showing

* the text, paragraph by paragraph, every span coloured by its label: the labels of the
  entity and count layers as background highlights, the attribution layer as underlines
  (nested or overlapping attribution spans get separate underline levels);
* COUNT attributes in a superscript badge and tooltip, and COUNT_OF: hovering a count
  outlines what it counts;
* attribution records: each SOURCE/CUE/CONTENT span carries the badge of its record
  ids (``A1``...); a table lists the records, and hovering a span or a row outlines all
  spans of the record;
* entity links in each mention's tooltip, and a table of the document's entities with
  their GeoNames id and coordinates; hovering a mention outlines the other mentions of
  the same entity;
* heading and boilerplate segments marked as such;
* a legend of the labels and their colours.

Pages use no external resource at all: CSS and a few lines of JavaScript are inline,
and a Content-Security-Policy (with hashes of exactly that CSS and script) forbids
loading anything else. Every piece of corpus text is HTML-escaped. Output is
deterministic: the same corpus gives the same bytes. Colours are generated from the
order of the ``label`` vocabulary, never from a hard-coded label list.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from ..errors import DataError
from ..io import Corpus, atomic_write, replace_path, staged_folder
from ..model.records import LABEL_ATTRIBUTES, Attribution, Document, Entity, Span, label_layers, sort_spans
from ..model.vocab import vocab

__all__ = ["ViewError", "LabelColour", "label_colours", "render_view", "render_document", "render_index",
           "page_name"]

# Layers drawn as underlines (they nest and overlap); every other layer is drawn as a
# background highlight (those layers do not overlap within themselves).
UNDERLINED_LAYERS = frozenset({"attribution"})
# Nesting rank of the elements of a page: a lower rank is kept outside a higher one.
_RANK_PARAGRAPH, _RANK_SEGMENT, _RANK_UNDERLINE, _RANK_HIGHLIGHT = 0, 1, 2, 3
# Symbols for COUNT modifiers in the badge; an unknown modifier is shown by name.
_MODIFIER_SYMBOL = {"exact": "", "approximately": "≈", "at_least": "≥", "more_than": ">",
                    "at_most": "≤", "less_than": "<", "vague": "~"}
_DEFAULT_ROLE = "body"


class ViewError(DataError):
    """The view cannot be written (unusable document id, output path in the way)."""


class LabelColour(NamedTuple):
    light: str  # background highlight, "#rrggbb"
    strong: str  # underline, badge and swatch border, "#rrggbb"


def _hex(h: float, lightness: float, saturation: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, lightness, saturation)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (r, g, b))


def label_colours() -> dict[str, LabelColour]:
    """One colour pair per label, hues spread evenly in the order of ``vocab("label")``."""
    labels = vocab("label")
    n = max(len(labels), 1)
    return {lab: LabelColour(_hex(i / n, 0.84, 0.85), _hex(i / n, 0.38, 0.75)) for i, lab in enumerate(labels)}


def page_name(doc_id: str) -> str:
    """The file name of a document's page (``<doc_id>.html``)."""
    if (not doc_id or doc_id in (".", "..") or doc_id.startswith(".") or "/" in doc_id or "\\" in doc_id
            or "\x00" in doc_id or doc_id.lower() == "index"):
        raise ViewError(f"document id {doc_id!r} cannot name a page file")
    return f"{doc_id}.html"


# --------------------------------------------------------------------------- helpers

def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _key(kind: str, ident: str) -> str:
    """A highlight key without spaces (keys are space-separated in data-k/data-hl)."""
    return kind + ":" + quote(ident, safe="")


def _anchor(kind: str, ident: str) -> str:
    return f"{kind}-{quote(ident, safe='')}"


def _num(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    return repr(v)


def _quote_text(text: str, limit: int = 60) -> str:
    t = " ".join(text.split())
    return "“" + (t if len(t) <= limit else t[: limit - 1] + "…") + "”"


def _label_class() -> dict[str, str]:
    return {lab: f"l{i}" for i, lab in enumerate(vocab("label"))}


def _layer_of() -> dict[str, str]:
    return {lab: layer for layer, labs in label_layers().items() for lab in labs}


def _underlined(label: str) -> bool:
    return _layer_of().get(label) in UNDERLINED_LAYERS


def _is_count(label: str) -> bool:
    """Labels whose spans carry a normalised number (COUNT)."""
    return "value" in LABEL_ATTRIBUTES.get(label, ())


def _count_badge(s: Span) -> str:
    unit = "%" if s.unit == "percent" else ""
    if s.value is not None:
        sym = _MODIFIER_SYMBOL.get(s.modifier or "", f"{s.modifier} ")
        number = f"{sym}{_num(s.value)}{unit}"
    else:
        if s.min is not None and s.max is not None:
            rng = f"{_num(s.min)}–{_num(s.max)}{unit}"
        elif s.min is not None:
            rng = f"≥{_num(s.min)}{unit}"
        elif s.max is not None:
            rng = f"≤{_num(s.max)}{unit}"
        else:
            rng = "?"
        number = f"{_MODIFIER_SYMBOL.get(s.modifier or '', '')}{rng}"
    return f"{number} {s.category}" if s.category else number


# --------------------------------------------------------------------------- nesting

@dataclass
class _Element:
    """Something drawn around a stretch of text; split into pieces where it crosses
    the boundary of an element that must stay outside it."""
    start: int
    end: int
    rank: int
    order: int
    open_first: str  # opening tag of the first piece (carries the id and badges)
    open_more: str  # opening tag of the following pieces
    close: str
    opened: bool = field(default=False)

    def sort_key(self) -> tuple[int, int, int, int]:
        return (self.rank, self.start, -self.end, self.order)


def _nest(text: str, elements: list[_Element]) -> str:
    """HTML for ``text`` with ``elements`` as properly nested tags.

    At every boundary the wanted stack of open elements is recomputed (outer rank
    first, then earlier start, then longer); the part of the current stack that is a
    prefix of the wanted one stays open, the rest is closed and reopened. An element
    whose extent crosses one that must stay outside it is thus split into pieces."""
    points = sorted({0, len(text), *(e.start for e in elements), *(e.end for e in elements)})
    starting: dict[int, list[_Element]] = {}
    for el in elements:
        starting.setdefault(el.start, []).append(el)
    out: list[str] = []
    stack: list[_Element] = []
    pos = 0
    for b in points:
        if b > pos:
            out.append(_e(text[pos:b]))
            pos = b
        wanted = sorted([el for el in stack if el.end > b] + starting.get(b, []), key=_Element.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for el in reversed(stack[keep:]):
            out.append(el.close)
        for el in wanted[keep:]:
            out.append(el.open_more if el.opened else el.open_first)
            el.opened = True
        stack = wanted
    for el in reversed(stack):
        out.append(el.close)
    return "".join(out)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs: the lines of the text with anything but whitespace."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _underline_levels(spans: list[Span]) -> dict[str, int]:
    """Underline level per span: overlapping spans get different levels, inner
    (shorter) spans the lower ones, so that nested underlines stay apart."""
    levels: dict[str, int] = {}
    placed: list[tuple[int, int, int]] = []
    for s in sorted(spans, key=lambda s: (s.end - s.start, s.start, s.id)):
        used = {lv for (a, b, lv) in placed if a < s.end and s.start < b}
        lv = next(i for i in range(len(used) + 1) if i not in used)
        levels[s.id] = lv
        placed.append((s.start, s.end, lv))
    return levels


# --------------------------------------------------------------------------- page parts

_CSS_BASE = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1f;background:#fafafa}
header,main,footer{max-width:1140px;margin:0 auto;padding:12px 24px}
header{border-bottom:1px solid #ddd;background:#fff}
h1{font-size:22px;margin:6px 0}
h2{font-size:17px;margin:22px 0 8px}
a{color:#1a56a8}
.meta{color:#555;font-size:13px;margin:2px 0}
.meta b{color:#222}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
.chip{border:1px solid #ccc;border-radius:10px;padding:0 8px;font-size:12px;background:#fff}
.legend{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;font-size:13px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px;margin:8px 0}
.legend .lg{white-space:nowrap}
.legend .how{color:#555;font-size:12px;flex-basis:100%}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:3px;border:2px solid}
.text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 28px 14px;font:17px/2.5 Georgia,"DejaVu Serif",serif}
.text p{margin:0 0 10px;white-space:pre-wrap}
.m{border-radius:3px;padding:1px 1px}
.a{border-bottom:3px solid}
.b::after,.r::before,.seg.f::before{font:bold 10px/1.2 system-ui,"DejaVu Sans",sans-serif;border-radius:6px;padding:0 3px;vertical-align:0.9em;white-space:nowrap}
.b::after{content:attr(data-badge);color:#fff;margin-left:1px}
.r::before{content:attr(data-rec);color:#fff;margin-right:1px}
.seg.f::before{content:attr(data-role);color:#fff;background:#666;margin-right:4px;text-transform:uppercase;letter-spacing:.05em}
.seg.role-nonbody{color:#444;background:repeating-linear-gradient(135deg,#f2f2f2 0 6px,#e9e9e9 6px 12px)}
.seg.role-heading{font-weight:bold;font-size:1.12em}
.seg.role-boilerplate{font-style:italic;color:#666}
.on{outline:2px solid #111;outline-offset:1px;background-color:#fff59d}
.text .on.a{outline-style:dashed}
table{border-collapse:collapse;background:#fff;font-size:13px;width:100%}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.on td{background:#fff59d}
.muted{color:#777}
.nw{white-space:nowrap}
.scroll{overflow-x:auto}
#documents{font-size:12px}
#documents th,#documents td{padding:3px 4px}
.span-ref{text-decoration:none;color:inherit;border-bottom:1px dotted #888}
"""

_JS = """(function(){
var idx={},lit=[];
document.querySelectorAll('[data-k]').forEach(function(el){
el.getAttribute('data-k').split(' ').forEach(function(k){(idx[k]=idx[k]||[]).push(el);});});
function clear(){lit.forEach(function(el){el.classList.remove('on');});lit=[];}
document.addEventListener('mouseover',function(ev){
var t=ev.target&&ev.target.closest?ev.target.closest('[data-hl]'):null;clear();if(!t)return;
t.getAttribute('data-hl').split(' ').forEach(function(k){(idx[k]||[]).forEach(function(el){el.classList.add('on');lit.push(el);});});});
document.documentElement.setAttribute('data-viewer','ready');
})();"""


def _label_css(max_level: int) -> str:
    cls = _label_class()
    rules = []
    for lab, col in label_colours().items():
        c = cls[lab]
        rules.append(f".m.{c}{{background-color:{col.light};box-shadow:inset 0 0 0 1px {col.strong}}}")
        rules.append(f".a.{c}{{border-bottom-color:{col.strong}}}")
        rules.append(f".b.{c}::after,.r.{c}::before{{background:{col.strong}}}")
        rules.append(f".sw.{c}{{background:{col.light};border-color:{col.strong}}}")
    for lv in range(max_level + 1):
        rules.append(f".a.v{lv}{{padding-bottom:{1 + 5 * lv}px}}")
    return "\n".join(rules) + "\n"


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _page(title: str, css: str, body: str) -> str:
    csp = (f"default-src 'none'; style-src '{_csp_hash(css)}'; script-src '{_csp_hash(_JS)}'; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_e(csp)}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
            f"<script>{_JS}</script>\n</body>\n</html>\n")


def _legend() -> str:
    cls = _label_class()
    layer_of = _layer_of()
    items = []
    for lab, col in label_colours().items():
        how = "underline" if _underlined(lab) else "highlight"
        layer = layer_of.get(lab, "?")
        tip = f"{lab}: {layer} layer, {how}, {col.light} / {col.strong}"
        items.append(f'<span class="lg" title="{_e(tip)}">'
                     f'<span class="sw {cls[lab]}"></span>{_e(lab)} <span class="muted">({_e(layer)})</span></span>')
    roles = [r for r in vocab("segment_role") if r != _DEFAULT_ROLE]
    for role in roles:
        items.append(f'<span class="lg"><span class="seg f role-nonbody role-{_e(role)}" data-role="{_e(role)}">'
                     f'{_e(role)} segment</span></span>')
    underl = ", ".join(lab for lab in vocab("label") if _underlined(lab))
    hl = ", ".join(lab for lab in vocab("label") if not _underlined(lab))
    items.append(f'<span class="how">Background highlight: {_e(hl)}. Underline: {_e(underl)} '
                 "(nested spans get separate underline levels; the badge names the attribution record). "
                 "COUNT badges show the normalised number and category. Hover a count to outline what it counts, "
                 "an attribution span or record row to outline the whole record, a mention or entity row to outline "
                 "the mentions of the entity. Tooltips give all attributes.</span>")
    return '<div class="legend" id="legend">' + "".join(items) + "</div>"


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
    return _quote_text(ctx.doc.span(sid).text) if ctx.doc.has_span(sid) else f"(missing span {sid})"


def _entity_name(ctx: _DocContext, eid: str | None) -> str:
    if eid is None:
        return "–"
    ent = ctx.entities.get(eid)
    return f"{eid} — {ent.canonical_name}" if ent else f"{eid} (not in the entity table)"


def _span_title(ctx: _DocContext, s: Span) -> str:
    lines = [f"{s.label} {s.id} [{s.start}:{s.end}]" + (f" ({s.origin})" if s.origin else "")]
    if _is_count(s.label):
        lines.append(" · ".join(f"{k}={_num(v) if k in ('value', 'min', 'max') else (v if v is not None else '–')}"
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


def _span_element(ctx: _DocContext, s: Span, order: int, level: int) -> _Element:
    cls = _label_class().get(s.label, "lx")
    underlined = _underlined(s.label)
    keys = [_key("span", s.id)]
    hl = [_key("span", s.id)]
    if s.entity_id is not None:
        keys.append(_key("ent", s.entity_id))
        hl.append(_key("ent", s.entity_id))
    hl += [_key("span", t) for t in ctx.counts_of.get(s.id, [])]
    recs = ctx.records_of.get(s.id, [])
    for a in recs:
        keys.append(_key("rec", a.id))
        hl.append(_key("rec", a.id))
    classes = ["a", f"v{level}"] if underlined else ["m"]
    classes.append(cls)
    attrs = [f'data-span="{_e(s.id)}"', f'data-label="{_e(s.label)}"',
             f'data-k="{_e(" ".join(dict.fromkeys(keys)))}"', f'data-hl="{_e(" ".join(dict.fromkeys(hl)))}"',
             f'title="{_e(_span_title(ctx, s))}"']
    if s.entity_id is not None:
        attrs.append(f'data-entity="{_e(s.entity_id)}"')
    if s.id in ctx.counts_of:
        attrs.append(f'data-count-of="{_e(" ".join(ctx.counts_of[s.id]))}"')
    more = f'<span class="{" ".join(classes)}" {" ".join(attrs)}>'
    first_classes = list(classes)
    extra = []
    if _is_count(s.label):
        first_classes.append("b")
        extra.append(f'data-badge="{_e(_count_badge(s))}"')
    if underlined and recs:
        first_classes.append("r")
        extra.append(f'data-rec="{_e(",".join(a.id for a in recs))}"')
    first = (f'<span id="{_e(_anchor("span", s.id))}" class="{" ".join(first_classes)}" '
             f'{" ".join(attrs + extra)}>')
    rank = _RANK_UNDERLINE if underlined else _RANK_HIGHLIGHT
    return _Element(s.start, s.end, rank, order, first, more, "</span>")


def _text_html(ctx: _DocContext) -> str:
    doc = ctx.doc
    n = len(doc.text)
    elements: list[_Element] = []
    for i, (a, b) in enumerate(_paragraphs(doc.text)):
        elements.append(_Element(a, b, _RANK_PARAGRAPH, i, "<p>", "<p>", "</p>"))
    for i, seg in enumerate(doc.segments):
        start, end = min(seg.start, n), min(seg.end, n)
        if start >= end:
            continue
        nb = "" if seg.role == _DEFAULT_ROLE else f" role-nonbody role-{_e(seg.role)}"
        attrs = f'data-role="{_e(seg.role)}" title="{_e(f"segment {seg.id}: {seg.role}")}"'
        first_cls = "seg" + nb + (" f" if seg.role != _DEFAULT_ROLE else "")
        elements.append(_Element(
            start, end, _RANK_SEGMENT, i,
            f'<span id="{_e(_anchor("seg", seg.id))}" class="{first_cls}" {attrs}>',
            f'<span class="seg{nb}" {attrs}>', "</span>"))
    spans = [s for s in sort_spans(doc.spans) if s.end <= n]
    levels = _underline_levels([s for s in spans if _underlined(s.label)])
    for i, s in enumerate(spans):
        elements.append(_span_element(ctx, s, i, levels.get(s.id, 0)))
    return '<div class="text" id="text">' + _nest(doc.text, elements) + "</div>"


def _ref(ctx: _DocContext, sid: str) -> str:
    if not ctx.doc.has_span(sid):
        return f'<span class="muted">{_e(sid)} (missing)</span>'
    s = ctx.doc.span(sid)
    return (f'<a class="span-ref" href="#{_e(_anchor("span", sid))}" data-hl="{_e(_key("span", sid))}">'
            f'{_e(_quote_text(s.text, 200))}</a> <span class="muted">{_e(sid)}</span>')


def _attribution_table(ctx: _DocContext) -> str:
    if not ctx.doc.attributions:
        return '<p class="muted">No attribution records.</p>'
    rows = []
    for a in ctx.doc.attributions:
        k = _e(_key("rec", a.id))
        cells = ["<br>".join(_ref(ctx, i) for i in ids) or '<span class="muted">–</span>'
                 for ids in (a.source, a.cue, a.content)]
        rows.append(f'<tr id="{_e(_anchor("rec", a.id))}" data-k="{k}" data-hl="{k}"><td>{_e(a.id)}</td>'
                    f"<td>{cells[0]}</td><td>{cells[1]}</td><td>{cells[2]}</td><td>{_e(a.type)}</td>"
                    f"<td>{_e(_entity_name(ctx, a.source_entity))}</td></tr>")
    return ('<table id="attributions"><thead><tr><th>record</th><th>source</th><th>cue</th><th>content</th>'
            "<th>type</th><th>source entity</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _count_table(ctx: _DocContext) -> str:
    counts = [s for s in sort_spans(ctx.doc.spans) if _is_count(s.label)]
    if not counts:
        return '<p class="muted">No counts.</p>'
    rows = []
    for s in counts:
        keys = " ".join([_key("span", s.id)] + [_key("span", t) for t in ctx.counts_of.get(s.id, [])])
        targets = "<br>".join(_ref(ctx, t) for t in ctx.counts_of.get(s.id, [])) or '<span class="muted">– (elided)</span>'
        rows.append(f'<tr data-k="{_e(_key("span", s.id))}" data-hl="{_e(keys)}"><td>{_ref(ctx, s.id)}</td>'
                    f'<td class="n">{_e(_num(s.value))}</td><td>{_e(s.modifier or "–")}</td>'
                    f'<td class="n">{_e(_num(s.min))}</td><td class="n">{_e(_num(s.max))}</td>'
                    f'<td>{_e(s.unit or "–")}</td><td>{_e(s.category or "–")}</td><td>{targets}</td></tr>')
    return ('<table id="counts"><thead><tr><th>count</th><th>value</th><th>modifier</th><th>min</th><th>max</th>'
            "<th>unit</th><th>category</th><th>COUNT_OF</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _geo_cells(ent: Entity | None) -> str:
    if ent is None:
        return '<td class="muted">–</td><td class="muted">–</td><td class="muted">not in the entity table</td>'
    gid = _e(ent.geonames_id) if ent.geonames_id is not None else '<span class="muted">–</span>'
    coords = (f"{_e(ent.latitude)}, {_e(ent.longitude)}" if ent.latitude is not None and ent.longitude is not None
              else '<span class="muted">–</span>')
    return f'<td class="n">{gid}</td><td class="n">{coords}</td><td>{_e(ent.geonames_note or "")}</td>'


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
        k = _e(_key("ent", eid))
        ms = mentions.get(eid, [])
        texts = sorted({m.text for m in ms})
        rows.append(f'<tr id="{_e(_anchor("ent", eid))}" data-k="{k}" data-hl="{k}"><td>{_e(eid)}</td>'
                    f'<td>{_e(ent.canonical_name if ent else "–")}</td><td>{_e(ent.label if ent else "–")}</td>'
                    f'<td>{_e((ent.actor_type if ent else None) or "–")}</td>'
                    f'<td class="n">{len(ms)}</td><td>{_e(" · ".join(texts)) or "<span class=muted>source only</span>"}</td>'
                    f"{_geo_cells(ent)}</tr>")
    return ('<table id="entities"><thead><tr><th>entity</th><th>canonical name</th><th>label</th><th>actor type</th>'
            "<th>mentions</th><th>as written</th><th>GeoNames id</th><th>lat, lon</th><th>GeoNames note</th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>")


def _label_counts(doc: Document) -> dict[str, int]:
    counts = {lab: 0 for lab in vocab("label")}
    for s in doc.spans:
        counts[s.label] = counts.get(s.label, 0) + 1
    return counts


def render_document(doc: Document, entities: dict[str, Entity], index_href: str = "index.html") -> str:
    """The HTML page of one document."""
    ctx = _context(doc, entities)
    meta = doc.meta
    text_html = _text_html(ctx)
    levels = _underline_levels([s for s in doc.spans if _underlined(s.label)])
    css = _CSS_BASE + _label_css(max(levels.values(), default=0))
    cls = _label_class()
    chips = "".join(f'<span class="chip"><span class="sw {cls.get(lab, "lx")}"></span>{_e(lab)} {n}</span>'
                    for lab, n in _label_counts(doc).items())
    roles = {r: 0 for r in vocab("segment_role")}
    for seg in doc.segments:
        roles[seg.role] = roles.get(seg.role, 0) + 1
    seg_summary = ", ".join(f"{n} {r}" for r, n in roles.items())
    if meta is not None:
        rng = meta.event_date_range or {}
        metas = (f'<p class="meta"><b>Outlet</b> {_e(meta.outlet)} · <b>split</b> {_e(meta.split)} · '
                 f"<b>language</b> {_e(meta.language)} · <b>status</b> {_e(doc.status)} · "
                 f"<b>characters</b> {_e(meta.char_count)} · <b>source file</b> {_e(meta.source_file)} · "
                 f"<b>sha256</b> <code>{_e(meta.sha256[:16])}…</code></p>"
                 f'<p class="meta"><b>Event dates</b> {_e(rng.get("start") or "unknown")} – '
                 f'{_e(rng.get("end") or "unknown")}. {_e(rng.get("evidence") or "")}</p>')
    else:
        metas = f'<p class="meta"><b>status</b> {_e(doc.status)} · no manifest entry</p>'
    body = (f'<header><p class="meta"><a href="{_e(index_href)}">← all documents</a></p>'
            f"<h1>{_e(doc.doc_id)}</h1>{metas}"
            f'<div class="chips">{chips}<span class="chip">{len(doc.relations)} COUNT_OF</span>'
            f'<span class="chip">{len(doc.attributions)} attributions</span>'
            f'<span class="chip">segments: {_e(seg_summary)}</span></div>{_legend()}</header>\n'
            f"<main>\n{text_html}\n"
            f'<h2>Attribution records ({len(doc.attributions)})</h2>{_attribution_table(ctx)}\n'
            f'<h2>Counts ({sum(1 for s in doc.spans if _is_count(s.label))})</h2>{_count_table(ctx)}\n'
            f"<h2>Entities</h2>{_entity_table(ctx)}\n</main>")
    return _page(f"{doc.doc_id} — ghouta-corpus", css, body)


def render_index(corpus: Corpus) -> str:
    """The HTML index of the corpus: one row per document, then the entity table."""
    labels = vocab("label")
    cls = _label_class()
    head = "".join(f'<th><span class="sw {cls[lab]}"></span>{_e(lab)}</th>' for lab in labels)
    rows = []
    totals = {lab: 0 for lab in labels}
    for doc in corpus.documents:
        counts = _label_counts(doc)
        for lab in labels:
            totals[lab] += counts.get(lab, 0)
        m = doc.meta
        cells = "".join(f'<td class="n">{counts.get(lab, 0)}</td>' for lab in labels)
        rows.append(f'<tr><td><a href="{_e(quote(page_name(doc.doc_id)))}">{_e(doc.doc_id)}</a></td>'
                    f'<td>{_e(m.outlet if m else "–")}</td><td>{_e(m.split if m else "–")}</td>'
                    f'<td>{_e(doc.status)}</td><td class="n">{len(doc.text)}</td><td class="n">{len(doc.segments)}</td>'
                    f'{cells}<td class="n">{len(doc.spans)}</td><td class="n">{len(doc.relations)}</td>'
                    f'<td class="n">{len(doc.attributions)}</td></tr>')
    total_cells = "".join(f'<td class="n">{totals[lab]}</td>' for lab in labels)
    rows.append(f'<tr><th colspan="4">all {len(corpus.documents)} documents</th>'
                f'<td class="n">{sum(len(d.text) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.segments) for d in corpus.documents)}</td>{total_cells}'
                f'<td class="n">{sum(len(d.spans) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.relations) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.attributions) for d in corpus.documents)}</td></tr>')
    docs_table = ('<table id="documents"><thead><tr><th>document</th><th>outlet</th><th>split</th><th>status</th>'
                  f"<th>chars</th><th>segments</th>{head}<th>spans</th><th>COUNT_OF</th><th>attributions</th></tr>"
                  "</thead><tbody>" + "".join(rows) + "</tbody></table>")
    mentioned: dict[str, list[str]] = {}
    for doc in corpus.documents:
        for s in doc.spans:
            if s.entity_id is not None and doc.doc_id not in mentioned.setdefault(s.entity_id, []):
                mentioned[s.entity_id].append(doc.doc_id)
    erows = []
    for ent in corpus.entities:
        docs = "<br>".join(f'<a href="{_e(quote(page_name(d)))}#{_e(_anchor("ent", ent.entity_id))}">{_e(d)}</a>'
                        for d in mentioned.get(ent.entity_id, []))
        erows.append(f"<tr><td>{_e(ent.entity_id)}</td><td>{_e(ent.canonical_name)}</td><td>{_e(ent.label)}</td>"
                     f'<td>{_e(ent.actor_type or "–")}</td><td>{_e(" · ".join(ent.aliases))}</td>'
                     f"{_geo_cells(ent)}<td class=\"nw\">{docs or '<span class=muted>–</span>'}</td></tr>")
    ent_table = ('<table id="entity-table"><thead><tr><th>entity</th><th>canonical name</th><th>label</th>'
                 "<th>actor type</th><th>aliases</th><th>GeoNames id</th><th>lat, lon</th><th>GeoNames note</th>"
                 "<th>documents</th></tr></thead><tbody>" + "".join(erows) + "</tbody></table>")
    body = (f"<header><h1>ghouta-corpus: {len(corpus.documents)} annotated documents</h1>"
            f'<p class="meta">Open a document to read its text with every annotation.</p>{_legend()}</header>\n'
            f'<main>\n<h2>Documents</h2><div class="scroll">{docs_table}</div>\n'
            f"<h2>Entities ({len(corpus.entities)})</h2>{ent_table}\n</main>")
    return _page("ghouta-corpus", _CSS_BASE + _label_css(0), body)


# --------------------------------------------------------------------------- writing

def _check_replaceable(out: Path) -> None:
    if not out.exists() and not out.is_symlink():
        return
    if out.is_symlink() or not out.is_dir():
        raise ViewError(f"{out} exists and is not a directory; refusing to replace it")
    foreign = sorted(p.name for p in out.iterdir() if not (p.is_file() and not p.is_symlink() and p.suffix == ".html"))
    if foreign:
        raise ViewError(f"{out} holds {foreign[0]!r}, which the viewer did not write; refusing to replace it "
                        "(choose an empty or new folder)")


def render_view(corpus: Corpus, out: Path) -> list[Path]:
    """Write the HTML view of ``corpus`` to the folder ``out`` and return the files
    written (``index.html`` first, then one page per document in corpus order).

    The pages are built in a temporary folder next to ``out`` and moved into place,
    so ``out`` is either the previous view or the complete new one. An existing
    ``out`` is replaced only if it holds nothing but ``.html`` files (a previous view)."""
    out = Path(out)
    pages: list[tuple[str, str]] = []
    names = [page_name(d.doc_id) for d in corpus.documents]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ViewError(f"two documents would share the page {dupes[0]}")
    entities = corpus.entity_index()
    pages.append(("index.html", render_index(corpus)))
    for doc, name in zip(corpus.documents, names):
        pages.append((name, render_document(doc, entities)))
    _check_replaceable(out)
    with staged_folder(out) as tmp:
        for name, text in pages:
            atomic_write(tmp / name, text)
        replace_path(tmp, out)
    return [out / name for name, _ in pages]
