"""The viewer's time, event and claim views (issues 16, 17): TIME spans' tooltips and
badges, EVENT triggers with their arguments, each document's timeline, the index's event
list and claim groups; escaping of every new field; a golden rendering of a small synthetic corpus that has
every case.

The golden pages in ``tests/golden/view/`` are the synthetic corpus's view, byte for
byte. Regenerate them after an intended change with::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_view_layers.py

and review the diff before committing.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from conftest import DATASET
from ghouta_corpus.derive import claim_groups, document_claims
from ghouta_corpus.io import CorpusError
from ghouta_corpus.io.corpus import Corpus, load_corpus
from ghouta_corpus.model.records import (
    Attribution,
    DocMeta,
    Document,
    Entity,
    Event,
    EventArg,
    Relation,
    Segment,
    Span,
)
from ghouta_corpus.model.timex import day_interval
from ghouta_corpus.view import dated_mentions, load_events, page_name, render_view
from test_view import Page, _check_page

GOLDEN = Path(__file__).resolve().parent / "golden" / "view"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

TEXT_A = ("On Wednesday, 1,500 fighters left Harasta, a monitor said. Two days later the deal was signed. "
          "In late 2016 the siege began, and an attack followed. They may return in coming days.")
TEXT_B = "Some 2,000 fighters left Harasta on Wednesday."
BASIS_A = "Invented for the test, as if published on that day."


def _span(text: str, sid: str, label: str, sub: str, **kw) -> Span:
    start = text.index(sub)
    return Span(sid, label, start, start + len(sub), sub, **kw)


def _meta(doc_id: str, text: str, outlet: str, dct: str) -> DocMeta:
    return DocMeta(doc_id, outlet, "en", f"{doc_id}.txt", "0" * 64, len(text), "train", {}, dct, BASIS_A)


def _doc_a(text: str = TEXT_A, **changes) -> Document:
    t = text
    spans = [
        _span(t, "T1", "CONTENT", "On Wednesday, 1,500 fighters left Harasta"),
        _span(t, "T2", "TIME", "Wednesday", timex_type="DATE", value_text="XXXX-WXX-3", timex_value="2018-03-21",
              anchor="DCT"),
        _span(t, "T3", "COUNT", "1,500", value=1500, modifier="exact", min=1500, max=1500, unit="count",
              category="evacuated"),
        _span(t, "T4", "ACTOR", "fighters", mention_type="NOM", actor_type="armed_group"),
        _span(t, "T5", "EVENT", "left", event_type="evacuation", polarity="positive", modality="asserted",
              event_id="harasta-evacuation"),
        _span(t, "T6", "LOCATION", "Harasta", mention_type="NAM", entity_id="harasta"),
        _span(t, "T7", "SOURCE", "a monitor"),
        _span(t, "T8", "ACTOR", "monitor", mention_type="NOM", actor_type="organization", entity_id="monitor-x"),
        _span(t, "T9", "CUE", "said"),
        _span(t, "T10", "TIME", "Two days later", timex_type="DATE", value_text="XXXX-WXX-5",
              timex_value="2018-03-23", anchor="T2"),
        _span(t, "T11", "EVENT", "deal", event_type="agreement", polarity="positive", modality="asserted",
              event_id="harasta-deal"),
        _span(t, "T12", "TIME", "late 2016", timex_type="DATE", value_text="2016", timex_value="2016", mod="END"),
        _span(t, "T13", "EVENT", "siege", event_type="attack", polarity="positive", modality="asserted",
              event_id="ghouta-siege"),
        _span(t, "T14", "EVENT", "attack", event_type="attack", polarity="positive", modality="asserted"),
        _span(t, "T15", "EVENT", "return", event_type="other", polarity="positive", modality="possible"),
        _span(t, "T16", "TIME", "coming days", timex_type="DATE", value_text="FUTURE_REF", timex_value="FUTURE_REF",
              anchor="DCT"),
    ]
    args = [EventArg("E1", "T5", "count", "T3"), EventArg("E2", "T5", "affected", "T4"),
            EventArg("E3", "T5", "origin", "T6"), EventArg("E4", "T5", "time", "T2"),
            EventArg("E5", "T13", "time", "T12"), EventArg("E6", "T15", "time", "T16")]
    fields = dict(doc_id="a", text=t, status="gold", segments=(Segment("S1", 0, len(t), "body"),), spans=tuple(spans),
                  relations=(Relation("R1", "COUNT_OF", "T3", "T4"),),
                  attributions=(Attribution("A1", ("T7",), ("T9",), ("T1",), "indirect", "monitor-x"),),
                  meta=_meta("a", t, "Outlet A", "2018-03-22"), event_args=tuple(args))
    fields.update(changes)
    return Document(**fields)


def _doc_b() -> Document:
    t = TEXT_B
    spans = [
        _span(t, "T1", "COUNT", "Some 2,000", value=2000, modifier="approximately", unit="count", category="evacuated"),
        _span(t, "T2", "ACTOR", "fighters", mention_type="NOM", actor_type="armed_group"),
        _span(t, "T3", "EVENT", "left", event_type="evacuation", polarity="positive", modality="asserted",
              event_id="harasta-evacuation"),
        _span(t, "T4", "LOCATION", "Harasta", mention_type="NAM", entity_id="harasta"),
        _span(t, "T5", "TIME", "Wednesday", timex_type="DATE", value_text="XXXX-WXX-3", timex_value="2018-03-21",
              anchor="DCT"),
    ]
    args = [EventArg("E1", "T3", "count", "T1"), EventArg("E2", "T3", "affected", "T2"),
            EventArg("E3", "T3", "origin", "T4"), EventArg("E4", "T3", "time", "T5")]
    return Document("b", t, "gold", (Segment("S1", 0, len(t), "body"),), tuple(spans),
                    (Relation("R1", "COUNT_OF", "T1", "T2"),), (), _meta("b", t, "Outlet B", "2018-03-24"), tuple(args))


ENTITIES = (Entity("harasta", "Harasta", "LOCATION", None, ("Harasta",), 170017, 33.56, 36.37),
            Entity("monitor-x", "Monitor X", "ACTOR", "organization", ("a monitor",)))
EVENTS = {e.event_id: e for e in (
    Event("ghouta-siege", "attack", "The siege of the enclave.", None, None),
    Event("harasta-deal", "agreement", "The Harasta deal.", "2018-03", "harasta"),
    Event("harasta-evacuation", "evacuation", "Fighters leave Harasta.", "2018-03-21", "harasta"))}


@pytest.fixture
def synthetic(tmp_path) -> tuple[list[Document], dict[str, str]]:
    docs = [_doc_a(), _doc_b()]
    paths = render_view(Corpus(tmp_path, tuple(docs), ENTITIES), tmp_path / "view", events=EVENTS)
    return docs, {p.name: p.read_text(encoding="utf-8") for p in paths}


def _attrs(src: str, element_id: str) -> dict[str, str | None]:
    return Page(src).attrs_of[element_id]


def _tip(src: str, span_id: str) -> str:
    """The hidden tooltip block of a span, as HTML."""
    return re.search(rf'<div id="tip-{span_id}">(.*?)</div></div>(?=<div id="tip-|</div><div id="tip")',
                     src).group(1)


# ------------------------------------------------------------------- the golden pages

def test_synthetic_view_matches_the_golden_pages(synthetic):
    _, pages = synthetic
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in GOLDEN.iterdir():
            old.unlink()
        for name, text in pages.items():
            (GOLDEN / name).write_bytes(text.encode("utf-8"))
    assert GOLDEN.is_dir(), "no golden pages; run with UPDATE_GOLDEN=1 and review them"
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(pages)
    for name, text in pages.items():
        assert text.encode("utf-8") == (GOLDEN / name).read_bytes(), f"{name} differs (UPDATE_GOLDEN=1 to accept)"


def test_synthetic_pages_are_well_formed_and_linked(synthetic, tmp_path):
    docs, pages = synthetic
    for doc in docs:
        _check_page(doc, pages[page_name(doc.doc_id)])
    for name, src in pages.items():
        page = Page(src)
        assert page.errors == [] and len(page.ids) == len(set(page.ids)), name
        for href in re.findall(r'href="([^"]*)"', src):
            target, _, frag = html.unescape(href).partition("#")
            dest = pages[target or name]
            assert not frag or f'id="{frag}"' in dest, (name, href)


# ------------------------------------------------------------------- TIME spans

def test_time_tooltips_badges_and_anchors(synthetic):
    _, pages = synthetic
    src = pages["a.html"]
    t2, t10, t12, t16 = (_attrs(src, f"span-{i}") for i in ("T2", "T10", "T12", "T16"))
    assert t2["data-badge"] == "2018-03-21" and t12["data-badge"] == "2016 END" and t16["data-badge"] == "FUTURE_REF"
    assert "timex_type: DATE\nvalue_text: XXXX-WXX-3\nvalue: 2018-03-21 (Wednesday 21 March 2018)\nmod: –\n" \
           f"anchor: DCT (2018-03-22, {BASIS_A})" in t2["title"]
    assert "anchor: “Wednesday” T2 = 2018-03-21" in t10["title"]
    assert "value: 2016 (Friday 1 January 2016 – Saturday 31 December 2016)\nmod: END\nanchor: none" in t12["title"]
    assert "time of “left” T5 (evacuation)" in t2["title"]
    # the anchor is a link in the tooltip block, and hovering the span outlines it
    assert '<a href="#span-T2" data-hl="span:T2">“Wednesday”</a>' in _tip(src, "T10")
    assert t10["data-hl"].split() == ["span:T10", "span:T2"]
    assert t2["tabindex"] == "0" and t2["data-tip"] == "tip-T2"
    # the table of time expressions: the anchor, the days and the triggers dated
    row = re.search(r'<tr data-k="span:T2".*?</tr>', src).group(0)
    assert "Wednesday 21 March 2018" in row and "DCT (2018-03-22)" in row and "“left”" in row


# ------------------------------------------------------------------- EVENT triggers

def test_event_triggers_with_arguments(synthetic):
    _, pages = synthetic
    src = pages["a.html"]
    t5 = _attrs(src, "span-T5")
    assert t5["data-badge"] == "evacuation" and _attrs(src, "span-T15")["data-badge"] == "other possible"
    assert t5["data-event"] == "harasta-evacuation"
    assert ("event_type: evacuation · polarity: positive · modality: asserted\n"
            "event: harasta-evacuation — Fighters leave Harasta. (event time 2018-03-21)\n"
            "affected → “fighters” T4\norigin → “Harasta” T6\ntime → “Wednesday” T2 = 2018-03-21\n"
            "count → “1,500” T3") in t5["title"]
    tip = _tip(src, "T5")
    assert '<a href="index.html#event-harasta-evacuation">harasta-evacuation</a>' in tip
    for role, target in (("affected", "T4"), ("origin", "T6"), ("time", "T2"), ("count", "T3")):
        assert f'{role} → <a href="#span-{target}" data-hl="span:{target}">' in tip
        assert f"span:{target}" in t5["data-hl"].split()
    assert "ev:harasta-evacuation" in t5["data-k"].split()
    assert "affected of “left” T5 (evacuation)" in _attrs(src, "span-T4")["title"]
    assert "event: none (a generic, habitual or hypothetical mention, G108)" in _attrs(src, "span-T14")["title"]
    assert "no arguments" in _attrs(src, "span-T11")["title"]
    row = re.search(r'<tr data-k="span:T5".*?</tr>', src).group(0)
    assert "<b>count</b>" in row and 'href="index.html#event-harasta-evacuation"' in row


# ------------------------------------------------------------------- the timeline

def test_timeline_orders_mentions_by_their_days():
    got = [(m.trigger.id, m.value, m.days is not None, m.source is not None)
           for m in dated_mentions(_doc_a(), EVENTS)]
    assert got == [
        ("T13", "2016", True, True),  # its time argument 'late 2016'
        ("T11", "2018-03", True, True),  # no time argument: its event's time in the table (1 March on)
        ("T5", "2018-03-21", True, True),  # its time argument 'Wednesday'
        ("T15", "FUTURE_REF", False, True),  # dated, but by no calendar stretch
        ("T14", None, False, False),  # undated: no argument, no event
    ]
    # without the event table the deal is undated, and undated mentions keep text order
    assert [m.trigger.id for m in dated_mentions(_doc_a())] == ["T13", "T5", "T15", "T11", "T14"]


def test_timeline_of_a_page(synthetic):
    _, pages = synthetic
    timeline = re.search(r'<ol class="timeline" id="timeline">(.*?)</ol>', pages["a.html"]).group(1)
    order = re.findall(r'<li data-hl="span:(T\d+)">', timeline)
    assert order == ["T13", "T11", "T5", "T15", "T14"]
    heads = re.findall(r'<div class="when">(.*?)</div>', timeline)
    assert heads == ['Friday 1 January 2016 – Saturday 31 December 2016 <span class="muted">2016</span>',
                     'Thursday 1 March 2018 – Saturday 31 March 2018 <span class="muted">2018-03</span>',
                     'Wednesday 21 March 2018 <span class="muted">2018-03-21</span>',
                     'FUTURE_REF <span class="muted">(no calendar date)</span>', "undated"]
    assert 'dated by the time of event <a class="span-ref" href="index.html#event-harasta-deal">' in timeline
    assert 'dated by time argument <a class="span-ref" href="#span-T12"' in timeline
    assert '<span class="flag">possible</span>' in timeline
    assert "4 of 5 event mentions dated" in pages["a.html"]


def test_dates_that_do_not_parse_are_shown_not_ordered():
    doc = _doc_a()
    spans = tuple(Span(**{**s.__dict__, "timex_value": "not-a-date"}) if s.id == "T12" else s for s in doc.spans)
    got = dated_mentions(_doc_a(spans=spans), EVENTS)
    assert [(m.trigger.id, m.value, m.days) for m in got][3] == ("T13", "not-a-date", None)


# ------------------------------------------------------------------- the index

def test_index_lists_events_with_their_mentions(synthetic):
    _, pages = synthetic
    src = pages["index.html"]
    row = re.search(r'<tr id="event-harasta-evacuation">.*?</tr>', src).group(0)
    assert "Fighters leave Harasta." in row and "Wednesday 21 March 2018" in row and "<td>Harasta</td>" in row
    assert '<a href="a.html#span-T5">“left”</a>' in row and '<a href="b.html#span-T3">“left”</a>' in row
    deal = re.search(r'<tr id="event-harasta-deal">.*?</tr>', src).group(0)
    assert '<a href="a.html#span-T11">“deal”</a>' in deal and "b.html" not in deal


def test_index_claim_groups(synthetic):
    docs, pages = synthetic
    src = pages["index.html"]
    groups = claim_groups([c for d in docs for c in document_claims(d)])
    assert [g.group_id for g in groups] == ["harasta-evacuation:evacuated:count"]
    assert '<h2 id="claims">Claim groups (1)</h2>' in src and "1 claim group across documents" in src
    group = re.search(r'<div class="claim-group" id="group-harasta-evacuation%3Aevacuated%3Acount">.*?</table>',
                      src).group(0)
    assert '<span class="verdict conflicting">conflicting</span>' in group
    assert '<a href="#event-harasta-evacuation">harasta-evacuation</a> (evacuation) · evacuated · count' in group
    rows = re.findall(r"<tr><td>.*?</tr>", group)
    assert len(rows) == 2
    assert '<a href="a.html#span-T3">“1,500”</a>' in rows[0] and "exact 1,500" in rows[0]
    assert "min 1,500 · max 1,500" in rows[0] and "[1,500, 1,500]" in rows[0]
    assert "Monitor X (monitor-x)" in rows[0] and "Outlet A" in rows[0]
    assert '<a href="a.html#rec-A1">A1</a> “a monitor”' in rows[0] and "&lt; outlet Outlet A" in rows[0]
    assert '<a href="a.html#span-T5">“left”</a>' in rows[0] and "“fighters”" in rows[0]
    assert '<a href="b.html#span-T1">“Some 2,000”</a>' in rows[1] and "approximately 2,000" in rows[1]
    assert "the outlet&#x27;s own figure" in rows[1] and "outlet Outlet B" in rows[1]


# ------------------------------------------------------------------- escaping

def test_new_fields_are_escaped(tmp_path):
    bad = "<blink>&\"x'</blink>"
    doc = _doc_a()
    changed = []
    for s in doc.spans:
        if s.id == "T10":
            s = Span(**{**s.__dict__, "value_text": bad, "timex_value": bad, "anchor": bad})
        elif s.id in ("T5", "T14"):
            s = Span(**{**s.__dict__, "event_id": "<ev&id>" if s.id == "T14" else s.event_id})
        changed.append(s)
    doc = _doc_a(spans=tuple(changed), meta=DocMeta("a", "Outlet <i>A</i>", "en", "a.txt", "0" * 64, len(TEXT_A),
                                                     "train", {}, "2018-03-22", "<script>alert(3)</script>"))
    events = {**EVENTS, "harasta-evacuation": Event("harasta-evacuation", "evacuation",
                                                    "<script>alert(2)</script> & co", "<u>t</u>", "<loc>")}
    paths = render_view(Corpus(tmp_path, (doc, _doc_b()), ENTITIES), tmp_path / "out", events=events)
    for p in paths:
        src = p.read_text(encoding="utf-8")
        assert src.count("<script>") == 1  # the viewer's own
        assert "<blink>" not in src and "<i>A" not in src and "<u>" not in src and "<loc>" not in src
        assert "<ev&id>" not in src and "alert(2)</script>" not in src and "alert(3)</script>" not in src
        assert Page(src).errors == []
    src = paths[1].read_text(encoding="utf-8")
    _check_page(doc, src)
    assert "&lt;blink&gt;&amp;&quot;x&#x27;&lt;/blink&gt;" in src and "&lt;script&gt;alert(3)&lt;/script&gt;" in src
    assert "&lt;script&gt;alert(2)&lt;/script&gt; &amp; co" in src and 'data-event="&lt;ev&amp;id&gt;"' in src
    index = paths[0].read_text(encoding="utf-8")
    assert 'id="event-%3Cev%26id%3E"' in index and "&lt;loc&gt;" in index and "Outlet &lt;i&gt;A&lt;/i&gt;" in index


# ------------------------------------------------------------------- the event table

def test_load_events(tmp_path):
    assert load_events(tmp_path) == {}
    (tmp_path / "events.json").write_text(json.dumps({"events": [e.to_json() for e in EVENTS.values()]}),
                                          encoding="utf-8")
    assert load_events(tmp_path) == EVENTS
    (tmp_path / "events.json").write_text('{"events": [{"event_id": "x"}]}', encoding="utf-8")
    with pytest.raises(CorpusError, match="events.json"):
        load_events(tmp_path)
    (tmp_path / "events.json").write_text("{", encoding="utf-8")
    with pytest.raises(CorpusError, match="events.json"):
        load_events(tmp_path)


# ------------------------------------------------------------------- the real corpus

@pytest.fixture(scope="module")
def real_view(tmp_path_factory) -> tuple[Corpus, dict[str, Event], dict[str, str]]:
    corpus = load_corpus(DATASET)
    out = tmp_path_factory.mktemp("view-layers") / "html"
    return corpus, load_events(DATASET), {p.name: p.read_text(encoding="utf-8") for p in render_view(corpus, out)}


def test_real_time_spans_and_triggers(real_view):
    corpus, events, pages = real_view
    for doc in corpus.documents:
        src = pages[page_name(doc.doc_id)]
        page = Page(src)
        for s in doc.spans_with("TIME"):
            title = page.attrs_of[f"span-{s.id}"]["title"]
            assert f"value_text: {s.value_text}\nvalue: {s.timex_value}" in title and f"mod: {s.mod or '–'}" in title
            if s.anchor == "DCT":
                assert f"anchor: DCT ({doc.meta.dct}, {doc.meta.dct_basis})" in title
            elif s.anchor is not None:
                assert f"“{doc.span(s.anchor).text}” {s.anchor}" in title
        for s in doc.spans_with("EVENT"):
            el, tip = page.attrs_of[f"span-{s.id}"], _tip(src, s.id)
            assert f"polarity: {s.polarity} · modality: {s.modality}" in el["title"]
            if s.event_id is not None:
                assert events[s.event_id].description in el["title"]
                assert f'href="index.html#event-{s.event_id}"' in tip
            for a in doc.event_args:
                if a.event == s.id:
                    assert f"span:{a.target}" in el["data-hl"].split()
                    assert f'{a.role} → <a href="#span-{a.target}"' in tip


def test_real_timelines_list_every_trigger_in_date_order(real_view):
    corpus, events, pages = real_view
    for doc in corpus.documents:
        timeline = re.search(r'<ol class="timeline" id="timeline">(.*?)</ol>', pages[page_name(doc.doc_id)]).group(1)
        order = re.findall(r'<li data-hl="span:(T\d+)">', timeline)
        assert sorted(order) == sorted(s.id for s in doc.spans_with("EVENT"))
        mentions = dated_mentions(doc, events)
        assert [m.trigger.id for m in mentions] == order
        days = [m.days for m in mentions if m.days is not None]
        assert days == sorted(days) and len(days) > 0
        ranks = [0 if m.days else 1 if m.value else 2 for m in mentions]
        assert ranks == sorted(ranks)
        for m in mentions:  # the date is the trigger's own time argument's where it has one
            times = [doc.span(a.target).timex_value for a in doc.event_args if a.event == m.trigger.id
                     and a.role == "time"]
            calendar = [v for v in times if v and day_interval(v)]
            if calendar:
                assert m.value == " / ".join(dict.fromkeys(calendar))


def test_real_index_lists_every_event_with_its_mentions(real_view):
    corpus, events, pages = real_view
    src = pages["index.html"]
    for eid in events:
        row = re.search(rf'<tr id="event-{eid}">.*?</tr>', src).group(0)
        for doc in corpus.documents:
            for s in doc.spans_with("EVENT"):
                if s.event_id == eid:
                    assert f'href="{page_name(doc.doc_id)}#span-{s.id}"' in row


def test_real_index_has_every_claim_group(real_view):
    corpus, _, pages = real_view
    src = pages["index.html"]
    groups = claim_groups([c for d in corpus.documents for c in document_claims(d)])
    assert groups, "the corpus has claim groups (the offensive's death toll)"
    assert f'<h2 id="claims">Claim groups ({len(groups)})</h2>' in src
    for g in groups:
        block = re.search(rf'<div class="claim-group" id="group-{re.escape(g.group_id.replace(":", "%3A"))}">'
                          r".*?</table>", src).group(0)
        assert f'<span class="verdict {g.verdict}">' in block
        assert len(re.findall(r"<tr><td>", block)) == len(g.claims)
        for c in g.claims:
            assert f'href="{page_name(c.doc_id)}#span-{c.span_id}"' in block
            assert c.outlet in block
            for link in c.chain:
                if link.record is not None:
                    assert f'href="{page_name(c.doc_id)}#rec-{link.record}"' in block


def test_view_leaves_the_sealed_documents_out_unless_named(tmp_path):
    """The development set's sealed documents are the honest estimate: the view shows
    them only with --split sealed, so looking at the view never spends them."""
    dev = DATASET / "dev"
    manifest = json.loads((dev / "manifest.json").read_text(encoding="utf-8"))["documents"]
    sealed = {page_name(d["doc_id"]) for d in manifest if d["split"] == "sealed"}
    dev_pages = {page_name(d["doc_id"]) for d in manifest if d["split"] == "dev"}
    assert sealed and dev_pages
    corpus = load_corpus(dev)
    shown = {p.name for p in render_view(corpus, tmp_path / "all")} - {"index.html"}
    assert shown == dev_pages
    only = {p.name for p in render_view(corpus, tmp_path / "dev", split="dev")} - {"index.html"}
    assert only == dev_pages
    assert not any(name in (tmp_path / "all" / "index.html").read_text(encoding="utf-8") for name in sealed)
