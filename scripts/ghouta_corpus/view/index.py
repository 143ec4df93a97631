"""The index page: every document with its counts per label, the claim groups, the
event list and the entity table."""

from __future__ import annotations

from urllib.parse import quote

from ..io import Corpus
from ..model.records import Event
from ..model.vocab import vocab
from .claims import claims_html
from .events import event_list
from .page import anchor, esc, geo_cells, label_class, label_counts, legend, page, page_name, stylesheet, template


def render_index(corpus: Corpus, events: dict[str, Event] | None = None) -> str:
    """The HTML index of the corpus: one row per document, the claim groups across
    documents, the events (``events``, the event table by id) with links to their
    mentions, then the entity table."""
    labels = vocab("label")
    cls = label_class()
    head = "".join(f'<th><span class="sw {cls[lab]}"></span>{esc(lab)}</th>' for lab in labels)
    rows = []
    totals = {lab: 0 for lab in labels}
    for doc in corpus.documents:
        counts = label_counts(doc)
        for lab in labels:
            totals[lab] += counts.get(lab, 0)
        m = doc.meta
        cells = "".join(f'<td class="n">{counts.get(lab, 0)}</td>' for lab in labels)
        rows.append(f'<tr><td><a href="{esc(quote(page_name(doc.doc_id)))}">{esc(doc.doc_id)}</a></td>'
                    f'<td>{esc(m.outlet if m else "–")}</td><td>{esc(m.split if m else "–")}</td>'
                    f'<td>{esc(doc.status)}</td><td class="n">{len(doc.text)}</td>'
                    f'<td class="n">{len(doc.segments)}</td>'
                    f'{cells}<td class="n">{len(doc.spans)}</td><td class="n">{len(doc.relations)}</td>'
                    f'<td class="n">{len(doc.attributions)}</td><td class="n">{len(doc.event_args)}</td></tr>')
    total_cells = "".join(f'<td class="n">{totals[lab]}</td>' for lab in labels)
    rows.append(f'<tr><th colspan="4">all {len(corpus.documents)} documents</th>'
                f'<td class="n">{sum(len(d.text) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.segments) for d in corpus.documents)}</td>{total_cells}'
                f'<td class="n">{sum(len(d.spans) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.relations) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.attributions) for d in corpus.documents)}</td>'
                f'<td class="n">{sum(len(d.event_args) for d in corpus.documents)}</td></tr>')
    docs_table = ('<table id="documents"><thead><tr><th>document</th><th>outlet</th><th>split</th><th>status</th>'
                  f"<th>chars</th><th>segments</th>{head}<th>spans</th><th>COUNT_OF</th><th>attributions</th><th>EVENT_ARG</th></tr>"
                  "</thead><tbody>" + "".join(rows) + "</tbody></table>")
    mentioned: dict[str, list[str]] = {}
    for doc in corpus.documents:
        for s in doc.spans:
            if s.entity_id is not None and doc.doc_id not in mentioned.setdefault(s.entity_id, []):
                mentioned[s.entity_id].append(doc.doc_id)
    erows = []
    for ent in corpus.entities:
        docs = "<br>".join(f'<a href="{esc(quote(page_name(d)))}#{esc(anchor("ent", ent.entity_id))}">{esc(d)}</a>'
                        for d in mentioned.get(ent.entity_id, []))
        erows.append(f"<tr><td>{esc(ent.entity_id)}</td><td>{esc(ent.canonical_name)}</td><td>{esc(ent.label)}</td>"
                     f'<td>{esc(ent.actor_type or "–")}</td><td>{esc(" · ".join(ent.aliases))}</td>'
                     f"{geo_cells(ent)}<td class=\"nw\">{docs or '<span class=muted>–</span>'}</td></tr>")
    ent_table = ('<table id="entity-table"><thead><tr><th>entity</th><th>canonical name</th><th>label</th>'
                 "<th>actor type</th><th>aliases</th><th>GeoNames id</th><th>lat, lon</th><th>GeoNames note</th>"
                 "<th>documents</th></tr></thead><tbody>" + "".join(erows) + "</tbody></table>")
    events = events or {}
    groups, claims = claims_html(corpus.documents, corpus.entity_index())
    body = template("index.html").substitute(
        documents=len(corpus.documents), legend=legend(), documents_table=docs_table, groups=groups, claims=claims,
        events=len(events), event_list=event_list(corpus.documents, events, corpus.entity_index()),
        entities=len(corpus.entities), entity_table=ent_table)
    return page("ghouta-corpus", stylesheet(0), body)
