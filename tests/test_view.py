"""The static HTML viewer: structure, escaping, determinism, safe writing, and what a
real browser (headless Chromium) shows."""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATASET
from ghouta_corpus.io.corpus import Corpus, load_corpus
from ghouta_corpus.model.records import Attribution, DocMeta, Document, Entity, Relation, Segment, Span
from ghouta_corpus.model.vocab import vocab
from ghouta_corpus.view import ViewError, label_colours, page_name, render_view

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Parses a page, checks that tags nest properly, and records for every character
    of the document text (the data inside ``div#text``) the span ids around it."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.text_depth: int | None = None
        self.text = ""
        self.cover: list[frozenset[str]] = []  # span ids around each character of the text
        self.attrs_of: dict[str, dict[str, str | None]] = {}
        self.feed(source)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"])
            self.attrs_of[a["id"]] = a
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if a.get("id") == "text":
            self.text_depth = len(self.stack)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        if self.text_depth is not None and len(self.stack) == self.text_depth:
            self.text_depth = -1  # done
        self.stack.pop()

    def handle_data(self, data):
        if self.text_depth is not None and self.text_depth > 0:
            ids = frozenset(a["data-span"] for _, a in self.stack if a.get("data-span"))
            self.text += data
            self.cover.extend([ids] * len(data))


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> tuple[Corpus, Path, list[Path]]:
    corpus = load_corpus(DATASET)
    out = tmp_path_factory.mktemp("view") / "html"
    return corpus, out, render_view(corpus, out)


def _check_page(doc: Document, source: str) -> Page:
    page = Page(source)
    assert page.errors == [], page.errors[:5]
    assert len(page.ids) == len(set(page.ids)), "duplicate element ids"
    # the text is shown exactly (badges are CSS pseudo-elements, not text)
    assert page.text == doc.text
    # every span is drawn over exactly its own characters, and anchored once
    for s in doc.spans:
        assert f"span-{s.id}" in page.ids
        covered = [i for i, ids in enumerate(page.cover) if s.id in ids]
        assert covered == list(range(s.start, s.end)), s.id
    return page


# ------------------------------------------------------------------- real corpus

def test_files_written(real):
    corpus, out, paths = real
    assert paths == [out / "index.html"] + [out / page_name(d.doc_id) for d in corpus.documents]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")], "temporary folder left behind"


def test_every_span_of_the_real_corpus_in_its_page(real):
    corpus, out, _ = real
    for doc in corpus.documents:
        page = _check_page(doc, (out / page_name(doc.doc_id)).read_text(encoding="utf-8"))
        for seg in doc.segments:
            assert f"seg-{seg.id}" in page.ids
            assert page.attrs_of[f"seg-{seg.id}"]["data-role"] == seg.role
        for a in doc.attributions:
            assert f"rec-{a.id}" in page.ids
            for sid in a.source + a.cue + a.content:
                el = page.attrs_of[f"span-{sid}"]
                assert f"rec:{a.id}" in el["data-hl"].split()
                assert a.id in el["data-rec"].split(",")
        for r in doc.relations:
            assert r.target in page.attrs_of[f"span-{r.count}"]["data-count-of"].split()
        for s in doc.spans:
            el = page.attrs_of[f"span-{s.id}"]
            assert el["data-label"] == s.label
            if s.label == "COUNT":
                assert el["data-badge"] and (s.category or "") in el["data-badge"]
            if s.entity_id is not None:
                ent = corpus.entity_index()[s.entity_id]
                assert ent.canonical_name in el["title"] and el["data-entity"] == s.entity_id
        # the document's entities, with GeoNames ids where known
        for s in doc.spans:
            if s.entity_id is not None:
                assert f"ent-{s.entity_id}" in page.ids
                ent = corpus.entity_index()[s.entity_id]
                if ent.geonames_id is not None:
                    assert f">{ent.geonames_id}<" in (out / page_name(doc.doc_id)).read_text(encoding="utf-8")


def test_segment_roles_marked(real):
    corpus, out, _ = real
    for doc in corpus.documents:
        src = (out / page_name(doc.doc_id)).read_text(encoding="utf-8")
        for seg in doc.segments:
            if seg.role != "body":
                assert re.search(rf'<span id="seg-{seg.id}" class="seg role-nonbody role-{seg.role} f"', src)


def test_legend_has_every_label(real):
    corpus, out, paths = real
    colours = label_colours()
    assert list(colours) == vocab("label")
    assert len({c.light for c in colours.values()}) == len(colours)
    assert len({c.strong for c in colours.values()}) == len(colours)
    for p in paths:
        src = p.read_text(encoding="utf-8")
        legend = re.search(r'<div class="legend" id="legend">(.*?)</div>', src, re.S).group(1)
        for lab in vocab("label"):
            assert f"</span>{lab} <span" in legend, (p.name, lab)
            assert colours[lab].light in src and colours[lab].strong in src
        for role in vocab("segment_role"):
            if role != "body":
                assert f'data-role="{role}"' in legend


def test_index_lists_documents(real):
    corpus, out, _ = real
    src = (out / "index.html").read_text(encoding="utf-8")
    page = Page(src)
    assert page.errors == []
    for doc in corpus.documents:
        row = re.search(rf'<tr><td><a href="{re.escape(page_name(doc.doc_id))}">.*?</tr>', src).group(0)
        assert f"<td>{doc.meta.outlet}</td><td>{doc.meta.split}</td>" in row
        counts = re.findall(r'<td class="n">(\d+)</td>', row)
        per_label = [sum(1 for s in doc.spans if s.label == lab) for lab in vocab("label")]
        assert [int(c) for c in counts[2:2 + len(per_label)]] == per_label


EXTERNAL = re.compile(r"""(?:src|href|action|data|poster|srcset|xlink:href)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""", re.I)


def test_no_external_resources(real):
    _, out, paths = real
    for p in paths:
        src = p.read_text(encoding="utf-8")
        assert "http://" not in src and "https://" not in src, p.name
        assert not EXTERNAL.search(src), EXTERNAL.search(src).group(0)
        assert "@import" not in src and "url(" not in src
        assert "<link" not in src and "<img" not in src and "<iframe" not in src
        assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;', src)
        # every link leads to a page that was written and, with a fragment, to an element in it
        for href in re.findall(r'href="([^"]*)"', src):
            target, _, frag = html.unescape(href).partition("#")
            dest = out / (target or p.name)
            assert dest.exists(), href
            if frag:
                assert f'id="{frag}"' in dest.read_text(encoding="utf-8"), href


def test_deterministic(real, tmp_path):
    corpus, out, paths = real
    again = render_view(load_corpus(DATASET), tmp_path / "again")
    assert [p.name for p in again] == [p.name for p in paths]
    for a, b in zip(paths, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


# ------------------------------------------------------------------- synthetic documents

def _doc(text: str, spans: list[Span], segments=None, relations=(), attributions=(), doc_id="d") -> Document:
    segments = segments or [Segment("S1", 0, len(text), "body")]
    meta = DocMeta(doc_id, "Outlet <&>", "en", "d.txt", "0" * 64, len(text), "train")
    return Document(doc_id, text, "gold", tuple(segments), tuple(spans), tuple(relations), tuple(attributions), meta)


def _span(sid: str, label: str, text: str, start: int, end: int, **kw) -> Span:
    return Span(sid, label, start, end, text[start:end], **kw)


def test_html_escaping(tmp_path):
    text = 'Tom & "Jerry" said <marquee>it\'s</marquee> fine <script>alert(1)</script> & more'
    i = text.index
    spans = [
        _span("T1", "ACTOR", text, 0, 13, mention_type="NAM", actor_type="other", entity_id="tom<&>"),
        _span("T2", "CUE", text, i("said"), i("said") + 4),
        _span("T3", "CONTENT", text, i("<marquee>"), len(text)),
        _span("T4", "COUNTED", text, i("<script>"), i("</script>") + 9),
    ]
    rec = Attribution("A1", ("T1",), ("T2",), ("T3",), "indirect", "tom<&>")
    ent = Entity("tom<&>", 'Tom "<Cat>" & Co', "ACTOR", "other", ("Tom & Jerry",))
    doc = _doc(text, spans, attributions=[rec])
    paths = render_view(Corpus(tmp_path, (doc,), (ent,)), tmp_path / "out")
    for p in paths:
        src = p.read_text(encoding="utf-8")
        assert src.count("<script>") == 1 and "alert(1)</script>" not in src  # only the viewer's own script
        assert "<marquee" not in src and "<Cat>" not in src and "tom<&>" not in src and "<&>" not in src
    src = paths[1].read_text(encoding="utf-8")
    assert "Tom &amp; &quot;Jerry&quot;" in src and "&lt;marquee&gt;it&#x27;s&lt;/marquee&gt;" in src
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in src
    assert 'data-entity="tom&lt;&amp;&gt;"' in src and "Tom &quot;&lt;Cat&gt;&quot; &amp; Co" in src
    _check_page(doc, src)


def test_mini_fixture_badges_and_tables(mini, tmp_path):
    corpus = load_corpus(mini)
    out = tmp_path / "view"
    paths = render_view(corpus, out)
    src = paths[1].read_text(encoding="utf-8")
    page = _check_page(corpus.documents[0], src)
    t2 = page.attrs_of["span-T2"]  # "Some 1,500": approximately 1500, COUNT_OF militants
    assert t2["data-badge"] == "≈1,500 evacuated" and t2["data-count-of"] == "T3"
    assert "span:T3" in t2["data-hl"].split() and "COUNT_OF → T3 “militants”" in t2["title"]
    assert page.attrs_of["span-T13"]["data-badge"] == "≤400 present"
    assert "counted by T16" in page.attrs_of["span-T17"]["title"]
    assert page.attrs_of["span-T5"]["data-rec"] == "A1" and page.attrs_of["span-T10"]["data-rec"] == "A2"
    row = re.search(r'<tr id="rec-A2".*?</tr>', src).group(0)
    assert "Ahmad Khalil" in row and "“told”" in row and "We will return" in row and "direct" in row
    assert 'id="ent-harasta"' in src and "entity: harasta" in page.attrs_of["span-T4"]["title"]
    # the heading segment is marked
    assert page.attrs_of["seg-S2"]["data-role"] == "heading"


def test_crossing_spans_are_split_but_complete(tmp_path):
    text = "Alpha beta gamma. Delta epsilon zeta.\n\nEta theta."
    segs = [Segment("S1", 0, 17, "body"), Segment("S2", 18, 37, "heading"), Segment("S3", 39, 50, "boilerplate")]
    spans = [
        _span("T1", "CONTENT", text, 6, 31),  # crosses the segment boundary
        _span("T2", "SOURCE", text, 11, 24),  # overlaps T1 partially and crosses too
        _span("T3", "CUE", text, 0, 10),  # overlaps T1 partially
        _span("T4", "ACTOR", text, 11, 16, mention_type="NOM", actor_type="other"),
        _span("T5", "COUNT", text, 39, 42, value=None, modifier="vague", min=2000, unit="count", category="present"),
        _span("T6", "LOCATION", text, 43, 48, mention_type="NOM"),
    ]
    doc = _doc(text, spans, segs, relations=[Relation("R1", "COUNT_OF", "T5", "T6")],
               attributions=[Attribution("A1", ("T2",), ("T3",), ("T1",), "mixed")])
    paths = render_view(Corpus(tmp_path, (doc,), ()), tmp_path / "out")
    src = paths[1].read_text(encoding="utf-8")
    page = _check_page(doc, src)
    assert src.count('data-span="T1"') > 1  # split into pieces ...
    assert src.count('id="span-T1"') == 1  # ... anchored once
    assert page.attrs_of["span-T5"]["data-badge"] == "~≥2,000 present"
    assert "<p>" in src and src.count("<p>") == 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.sampled_from(vocab("label"))),
                max_size=12))
def test_any_overlap_renders_well_formed(tmp_path, raw):
    text = "One two three four.\nFive six seven eight nine ten eleven."
    spans = []
    for k, (start, length, label) in enumerate(raw):
        end = min(start + length, len(text))
        if start < end:
            spans.append(_span(f"T{k}", label, text, start, end))
    segs = [Segment("S1", 0, 19, "body"), Segment("S2", 20, 30, "heading"), Segment("S3", 31, len(text), "body")]
    doc = _doc(text, spans, segs)
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}"
    paths = render_view(Corpus(tmp_path, (doc,), ()), out)
    _check_page(doc, paths[1].read_text(encoding="utf-8"))


# ------------------------------------------------------------------- writing safely

def test_replaces_previous_view_atomically(real, tmp_path):
    corpus, _, _ = real
    out = tmp_path / "view"
    render_view(corpus, out)
    (out / "stale.html").write_text("old", encoding="utf-8")
    paths = render_view(corpus, out)
    assert not (out / "stale.html").exists() and all(p.exists() for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view"]


def test_refuses_to_replace_foreign_folder(real, tmp_path):
    corpus, _, _ = real
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ViewError, match="notes.txt"):
        render_view(corpus, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious"]


@pytest.mark.parametrize("doc_id", ["index", "../x", ".hidden", "a/b"])
def test_unusable_doc_ids(doc_id):
    with pytest.raises(ViewError):
        page_name(doc_id)


# ------------------------------------------------------------------- headless Chromium

def _png_pixels(data: bytes) -> tuple[int, int, set[tuple[int, int, int]], dict[tuple[int, int, int], int]]:
    """Width, height and a histogram of the RGB colours of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat.append(body)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), w * bpp
    prev, hist, i = bytearray(stride), {}, 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=False))
        elif f == 3:
            for x in range(stride):
                line[x] = (line[x] + ((line[x - bpp] if x >= bpp else 0) + prev[x]) // 2) & 255
        elif f == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            px = (line[x], line[x + 1], line[x + 2])
            hist[px] = hist.get(px, 0) + 1
        prev = line
    return w, h, set(hist), hist


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))  # type: ignore[return-value]


def _chromium(tmp_path: Path) -> list[str]:
    """The command line of headless Chromium with a throw-away profile (skips the test without one)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("headless browser test needs `chromium` on PATH (Debian: apt-get install -y chromium)")
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--force-color-profile=srgb", "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600"]


def _probe_dom(flags: list[str], page: Path, script: str, copy: Path) -> str:
    """The DOM Chromium shows for a copy of ``page`` without its CSP and with ``script``
    (a probe standing in for the person's mouse and keyboard) run at the end of the body."""
    src = page.read_text(encoding="utf-8")
    src = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", src)
    copy.write_text(src.replace("</body>", f"<script>{script}</script></body>"), encoding="utf-8")
    return subprocess.run(flags + ["--dump-dom", copy.as_uri()], capture_output=True, timeout=60,
                          check=True).stdout.decode()


def test_chromium_shows_document_and_annotations(real, tmp_path):
    flags = _chromium(tmp_path)
    corpus, out, _ = real
    doc = corpus.documents[0]
    url = (out / page_name(doc.doc_id)).resolve().as_uri()
    shot = tmp_path / "page.png"
    subprocess.run(flags + [f"--screenshot={shot}", url], capture_output=True, timeout=60, check=True)
    dom = subprocess.run(flags + ["--dump-dom", url], capture_output=True, timeout=60, check=True).stdout.decode()

    # the DOM after load: the script ran (so the CSP admitted it) and every span is there
    assert 'data-viewer="ready"' in dom
    page = _check_page(doc, dom)  # the browser's DOM holds the exact text and every span over its characters
    assert all(f"rec-{a.id}" in page.ids for a in doc.attributions)

    # hovering: a copy of the page without its CSP gets a probe script that hovers a count
    # and an attribution span; the viewer's script outlines the count's targets and the record
    count = next(r for r in doc.relations)
    rec = doc.attributions[0]
    probe = ("function hover(id){document.getElementById(id).dispatchEvent("
             "new MouseEvent('mouseover',{bubbles:true}));return Array.from(document.querySelectorAll('.on'))"
             ".map(function(e){return e.id||e.getAttribute('data-span');}).join(' ');}"
             f"document.body.setAttribute('data-count',hover('span-{count.count}'));"
             f"document.body.setAttribute('data-rec',hover('span-{rec.cue[0]}'));")
    dom = _probe_dom(flags, out / page_name(doc.doc_id), probe, tmp_path / "probe.html")
    lit = re.search(r'<body data-count="([^"]*)" data-rec="([^"]*)"', dom)
    lit_count, lit_rec = set(lit.group(1).split()), set(lit.group(2).split())
    assert {f"span-{r.target}" for r in doc.relations if r.count == count.count} <= lit_count
    assert {f"span-{i}" for i in rec.source + rec.cue + rec.content} | {f"rec-{rec.id}"} <= lit_rec

    # the screenshot: a real page, with the highlight colours of at least two labels
    w, h, colours, hist = _png_pixels(shot.read_bytes())
    assert (w, h) == (1200, 1600)
    assert len(colours) > 200, "screenshot looks blank"
    seen = {lab for lab, c in label_colours().items() if hist.get(_rgb(c.light), 0) >= 100}
    assert len(seen) >= 2, f"label colours in the screenshot: {sorted(seen)}"
    assert len({lab for lab, c in label_colours().items() if hist.get(_rgb(c.strong), 0) >= 20}) >= 2


TIP_PROBE = """
function tip(){var t=document.getElementById('tip');return t.hidden?'':t.textContent;}
function lit(){return Array.from(document.querySelectorAll('.on')).map(function(e){
  return e.id||e.getAttribute('data-span');}).join(' ');}
function hover(el){el.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));}
function key(k){document.activeElement.dispatchEvent(new KeyboardEvent('keydown',{key:k,bubbles:true}));}
var out={};
hover(document.getElementById('span-TIME')); out.timeTip=tip(); out.timeLit=lit();
hover(document.getElementById('span-TRIGGER')); out.eventTip=tip(); out.eventLit=lit();
hover(document.querySelector('h1')); out.leftTip=tip();
document.getElementById('span-TIME').focus(); out.focusTip=tip();
document.getElementById('span-TRIGGER').focus(); out.focusEventTip=tip();
key('Enter'); out.inTip=!!document.activeElement.closest('#tip');
out.linkLit=(document.activeElement.getAttribute('data-hl')||'');
key('Escape'); out.back=document.activeElement.id; key('Escape'); out.afterEscape=tip();
document.body.setAttribute('data-probe', JSON.stringify(out));
"""


def test_chromium_tooltips_show_resolved_dates_and_event_arguments(real, tmp_path):
    """In a real browser: hovering a TIME span shows its resolved date (and outlines its
    anchor), hovering an EVENT trigger shows its arguments and outlines them; the same
    tooltips open on keyboard focus, Enter moves into the tooltip's links, Escape leaves."""
    import json

    from ghouta_corpus.view.dates import days_of, days_text
    flags = _chromium(tmp_path)
    corpus, out, _ = real
    doc = next(d for d in corpus.documents if any(s.label == "TIME" and s.anchor not in (None, "DCT")
                                                  for s in d.spans))
    time = next(s for s in doc.spans if s.label == "TIME" and s.anchor not in (None, "DCT")
                and days_of(s.timex_value))
    args = {}
    for a in doc.event_args:
        args.setdefault(a.event, []).append(a)
    trigger = max(args, key=lambda t: (len({a.role for a in args[t]}), -doc.span(t).start))
    probe = TIP_PROBE.replace("TIME", time.id).replace("TRIGGER", trigger)
    dom = _probe_dom(flags, out / page_name(doc.doc_id), probe, tmp_path / "tips.html")
    got = json.loads(html.unescape(re.search(r'data-probe="([^"]*)"', dom).group(1)))

    assert time.timex_value in got["timeTip"] and days_text(days_of(time.timex_value)) in got["timeTip"]
    assert f"value_text: {time.value_text}" in got["timeTip"] and doc.span(time.anchor).text in got["timeTip"]
    assert {f"span-{time.id}", f"span-{time.anchor}"} <= set(got["timeLit"].split())
    for a in args[trigger]:
        assert f"{a.role} → “{' '.join(doc.span(a.target).text.split())}" in got["eventTip"], a
        assert f"span-{a.target}" in got["eventLit"].split()
    t = doc.span(trigger)
    assert f"event_type: {t.event_type} · polarity: {t.polarity} · modality: {t.modality}" in got["eventTip"]
    assert t.event_id is None or t.event_id in got["eventTip"]
    assert got["leftTip"] == got["eventTip"], "the tooltip waits for the pointer to reach it"
    assert got["focusTip"].startswith(f"TIME {time.id} ") and got["focusEventTip"] == got["eventTip"]
    assert got["inTip"] and got["linkLit"] in ("", *(f"span:{a.target}" for a in args[trigger]))
    assert got["back"] == f"span-{trigger}" and got["afterEscape"] == ""
