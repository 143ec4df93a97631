"""The index's claim groups: the figures documents give for the same event, count
category and unit, side by side, each with who gives it and a link to its COUNT.

Claims and groups are derived by :mod:`ghouta_corpus.derive` (G110-G111), the one place
``build`` and the ``claims`` command derive them too, so the page shows exactly what
the card and the command show.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from ..derive import Claim, ClaimGroup, claim_groups, document_claims
from ..derive.intervals import show
from ..model.records import Document, Entity
from .page import anchor, esc, num, page_name, quote_text

_MUTED_DASH = '<span class="muted">–</span>'


def _doc_href(doc_id: str, fragment: str = "") -> str:
    return quote(page_name(doc_id)) + (f"#{fragment}" if fragment else "")


def _figure(c: Claim) -> str:
    number = f"{c.modifier or ''} {num(c.value)}".strip() if c.value is not None else (c.modifier or "–")
    bounds = f"min {num(c.min)} · max {num(c.max)}"
    return (f"<td>{esc(number)}</td><td>{esc(bounds)}</td>"
            f'<td class="nw">{esc(show(c.interval))}</td>')


def _source_entity(c: Claim, entities: dict[str, Entity]) -> str:
    if c.source_entity is not None:
        ent = entities.get(c.source_entity)
        return esc(f"{ent.canonical_name} ({c.source_entity})" if ent else c.source_entity)
    why = "the outlet's own figure" if c.chain_length == 0 else "source not linked to an entity"
    return f'<span class="muted">– ({esc(why)})</span>'


def _chain(c: Claim) -> str:
    """The attribution chain, innermost record first, each a link to its row, then the outlet."""
    parts = []
    for link in c.chain:
        if link.is_outlet:
            parts.append(f"outlet {esc(link.source or c.doc_id)}")
            continue
        href = _doc_href(c.doc_id, anchor("rec", link.record or ""))
        source = esc(quote_text(link.source)) if link.source else '<span class="muted">(no source span)</span>'
        parts.append(f'<a href="{esc(href)}">{esc(link.record)}</a> {source} '
                     f'<span class="muted">({esc(link.cue or "–")}, {esc(link.type or "–")})</span>')
    return " &lt; ".join(parts)


def _claim_row(c: Claim, entities: dict[str, Entity]) -> str:
    count = f'<a href="{esc(_doc_href(c.doc_id, anchor("span", c.span_id)))}">{esc(quote_text(c.text))}</a>'
    counted = ", ".join(esc(quote_text(t.text, 40)) for t in c.counted) or _MUTED_DASH
    event = (f'<a href="{esc(_doc_href(c.doc_id, anchor("span", c.event_span)))}">'
             f"{esc(quote_text(c.event_text or ''))}</a>" if c.event_span else _MUTED_DASH)
    return (f'<tr><td><a href="{esc(_doc_href(c.doc_id))}">{esc(c.doc_id)}</a><br>'
            f'<span class="muted">{esc(c.outlet or "–")}</span></td><td>{count}</td>{_figure(c)}'
            f"<td>{counted}</td><td>{event}</td><td>{_source_entity(c, entities)}</td><td>{_chain(c)}</td></tr>")


def _group(g: ClaimGroup, entities: dict[str, Entity]) -> str:
    common = (f'<span class="muted">every claim admits {esc(show(g.common))}</span>' if g.common is not None
              else '<span class="muted">no value admitted by every claim</span>')
    kind = f" ({g.event_type})" if g.event_type else ""
    head = (f'<h3><a href="#{esc(anchor("event", g.event_id))}">{esc(g.event_id)}</a>{esc(kind)} · '
            f'{esc(g.category or "–")} · '
            f'{esc(g.unit or "–")} <span class="verdict {esc(g.verdict)}">{esc(g.verdict)}</span> {common}</h3>')
    rows = "".join(_claim_row(c, entities) for c in g.claims)
    return (f'<div class="claim-group" id="{esc(anchor("group", g.group_id))}">{head}<div class="scroll">'
            '<table class="claims"><thead><tr><th>document</th><th>figure (COUNT)</th><th>value</th><th>bounds</th>'
            "<th>admits</th><th>counts</th><th>event mention</th><th>source entity</th>"
            "<th>attribution chain (innermost first)</th></tr></thead><tbody>" + rows + "</tbody></table></div></div>")


def claims_html(documents: Sequence[Document], entities: dict[str, Entity]) -> tuple[int, str]:
    """The number of claim groups and their section: a summary, then one table per
    group (G111), in group-id order."""
    rows = [c for d in documents for c in document_claims(d)]
    groups = claim_groups(rows)
    conflicting = sum(1 for g in groups if g.verdict == "conflicting")
    summary = (f'<p class="meta">{len(rows)} claims (one per COUNT), {sum(1 for c in rows if c.event_id)} about a '
               f"specific event; {len(groups)} claim group{'' if len(groups) == 1 else 's'} across documents "
               f"({len(groups) - conflicting} consistent, "
               f"{conflicting} conflicting). A group gathers the claims of at least two documents about one event, "
               "count category and unit; it is consistent when some value is admitted by every claim (G111).</p>")
    return len(groups), summary + "".join(_group(g, entities) for g in groups)
