"""A hypothesis strategy for documents with every layer, for the format round trips.

The documents hold what the model can hold, not only what validates: random words
(with accents and characters outside the Basic Multilingual Plane, which Label Studio
and UIMA count as two UTF-16 units), paragraphs, segments, spans of every label with
every attribute drawn from its vocabulary or at random (integer and fractional COUNT
numbers, free entity and event ids, TIMEX3 strings, anchors to DCT or to another TIME
span), COUNT_OF and EVENT_ARG relations, attribution records with several sources,
cues and contents, and ``origin`` on spans and records, in canonical form
(:func:`ghouta_corpus.model.ids.renumber`), as the corpus's own files are.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from ghouta_corpus.model.ids import renumber
from ghouta_corpus.model.records import (
    LABEL_ATTRIBUTES,
    NUMERIC_ATTRIBUTES,
    Attribution,
    Document,
    EventArg,
    Relation,
    Segment,
    Span,
)
from ghouta_corpus.model.vocab import labels_by_role, vocab

WORD = st.text(alphabet="abcXYZ019éş,.'\"-😀", min_size=1, max_size=7)
SLUG = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
NUMBER = st.one_of(st.integers(0, 10**9), st.floats(0, 10**6, allow_nan=False).map(lambda x: round(x, 4)))
ORIGIN = st.sampled_from([None, None, "auto", "manual"])
CLOSED = {"mention_type": "mention_type", "actor_type": "actor_type", "modifier": "modifier", "unit": "unit",
          "category": "category", "timex_type": "timex_type", "mod": "timex_mod", "event_type": "event_type",
          "polarity": "polarity", "modality": "modality"}


def _value(draw, name: str):
    if name in CLOSED:
        return draw(st.sampled_from([*vocab(CLOSED[name])] + ([None] if name == "mod" else [])))
    if name in NUMERIC_ATTRIBUTES:
        return draw(st.one_of(st.none(), NUMBER))
    if name in ("value_text", "timex_value"):
        return draw(st.sampled_from(["XXXX-WXX-4", "2018-03-22", "PAST_REF", "P2D", "2016"]))
    if name == "anchor":
        return None        # drawn after the spans exist
    return draw(st.one_of(st.none(), SLUG))   # entity_id, event_id


@st.composite
def documents(draw, doc_id: str = "gen") -> Document:
    words = draw(st.lists(WORD, min_size=3, max_size=30))
    breaks = draw(st.sets(st.integers(1, len(words) - 1), max_size=3)) if len(words) > 1 else set()
    text, toks, para = "", [], []
    for i, w in enumerate(words):
        if i:
            text += "\n" if i in breaks else " "
        toks.append((len(text), len(text) + len(w)))
        para.append(sum(1 for b in breaks if b <= i))
        text += w
    spans: list[Span] = []
    for k in range(draw(st.integers(0, 14))):
        i = draw(st.integers(0, len(toks) - 1))
        j = i
        while j + 1 < len(toks) and para[j + 1] == para[i] and draw(st.booleans()):
            j += 1
        label = draw(st.sampled_from(vocab("label")))
        if any((s.label, s.start, s.end) == (label, toks[i][0], toks[j][1]) for s in spans):
            continue
        attrs = {n: _value(draw, n) for n in LABEL_ATTRIBUTES.get(label, ())}
        spans.append(Span(f"T{k + 1}", label, toks[i][0], toks[j][1], text[toks[i][0]:toks[j][1]], origin=draw(ORIGIN),
                          **attrs))
    times = [s for s in spans if s.label == "TIME"]
    spans = [replace(s, anchor=draw(st.sampled_from([None, "DCT", *[t.id for t in times if t.id != s.id]])))
             if s.label == "TIME" else s for s in spans]
    return _records(draw, doc_id, text, para, toks, spans)


def _records(draw, doc_id, text, para, toks, spans) -> Document:
    by = {lab: [s for s in spans if s.label == lab] for lab in vocab("label")}
    rels = [Relation(f"R{k + 1}", "COUNT_OF", draw(st.sampled_from(by["COUNT"])).id,
                     draw(st.sampled_from(by["ACTOR"] + by["LOCATION"] + by["COUNTED"])).id, draw(ORIGIN))
            for k in range(draw(st.integers(0, 3)))] if by["COUNT"] and by["ACTOR"] + by["COUNTED"] else []
    args = []
    for ev in by["EVENT"]:
        for role in draw(st.lists(st.sampled_from(vocab("event_role")), max_size=3)):
            fits = [s for s in spans if s.label in labels_by_role()[role]]
            if fits:
                args.append(EventArg(f"E{len(args) + 1}", ev.id, role, draw(st.sampled_from(fits)).id, draw(ORIGIN)))
    recs = []
    if by["CUE"] and by["CONTENT"]:
        for k in range(draw(st.integers(0, 3))):
            pick = lambda lab, lo: [s.id for s in draw(st.lists(st.sampled_from(by[lab]), min_size=lo, max_size=2,  # noqa: E731
                                                                 unique=True))] if by[lab] else []
            recs.append(Attribution(f"A{k + 1}", tuple(pick("SOURCE", 0)), tuple(pick("CUE", 1)),
                                    tuple(pick("CONTENT", 1)), draw(st.sampled_from(vocab("attribution_type"))),
                                    draw(st.one_of(st.none(), SLUG)), draw(ORIGIN)))
    r = renumber(spans, rels, recs, args)
    starts = sorted({0, *[toks[i][0] for i in range(1, len(toks)) if para[i] != para[i - 1]]})
    ends = [*[toks[i - 1][1] for i in range(1, len(toks)) if para[i] != para[i - 1]], len(text)]
    segs = tuple(Segment(f"S{k + 1}", a, b, draw(st.sampled_from(vocab("segment_role"))))
                 for k, (a, b) in enumerate(zip(starts, ends, strict=True)))
    status = draw(st.sampled_from(vocab("status")))
    return Document(doc_id, text, status, segs, r.spans, r.relations, r.attributions, None, r.event_args)
