"""The build's fast paths of round twenty held to their definitions (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ghouta_corpus.build.columns import _segment_indices
from ghouta_corpus.model.records import Document

_RANGE = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: (min(t), max(t) + 1))


def _doc(segments: list[tuple[int, int]], starts: list[int]) -> Document:
    return Document.trusted({
        "doc_id": "d", "status": "gold", "relations": [], "attributions": [],
        "segments": [{"id": f"g{k}", "start": a, "end": b, "role": "body"} for k, (a, b) in enumerate(segments)],
        "spans": [{"id": f"s{k}", "label": "ACTOR", "start": a, "end": a + 1, "text": "x"}
                  for k, a in enumerate(starts)]}, "x" * 80)


@settings(max_examples=400, deadline=None)
@given(segments=st.lists(_RANGE, max_size=6), starts=st.lists(st.integers(0, 70), max_size=10),
       ordered=st.booleans())
def test_segment_indices_equal_segment_index_per_span(segments, starts, ordered):
    # the spans config's segment_index column (one searchsorted) against Document.segment_index
    # per span (the row definition), on sorted segments (as validation makes them) and on any
    doc = _doc(sorted(segments) if ordered else segments, starts)
    assert _segment_indices(doc).tolist() == [doc.segment_index(s.start) for s in doc.spans]
