"""The ``tokens`` config's numpy fill (``build/tokencols.py``) against its definition
(``features.tokens_rows``) on documents that leave the fill's conditions: nested
spans in a column, a span across segments, spans outside every segment, a segment
boundary inside a token. Each such document (or column) is tagged the per-segment
way; a batch that mixes them must still be the definition's table."""

from __future__ import annotations

import random
from dataclasses import replace

import pyarrow as pa
import pytest

from ghouta_corpus.build.columns import Prepared, batch_tables
from ghouta_corpus.build.features import CONFIGS
from ghouta_corpus.dev.synth import generate
from ghouta_corpus.io import iter_documents
from ghouta_corpus.model.records import Document, Segment


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    return list(iter_documents(generate(tmp_path_factory.mktemp("tokencols") / "ds", 12, seed=5)))


def _nested(d: Document, rng: random.Random) -> Document:
    """A CONTENT span around a source and its cue: the attribution column nests."""
    src = rng.choice([s for s in d.spans if s.label == "SOURCE"])
    cue = min((s for s in d.spans if s.label == "CUE" and s.start > src.end), key=lambda s: s.start)
    extra = replace(cue, id="T9999", label="CONTENT", start=src.start, text=d.text[src.start:cue.end])
    return replace(d, spans=(*d.spans, extra))


def _across(d: Document, rng: random.Random) -> Document:
    """An ACTOR span from a mention in one segment to one in the next."""
    k = rng.randrange(len(d.segments) - 1)
    a = next(s for s in d.spans if s.label == "ACTOR" and d.segments[k].start <= s.start < d.segments[k].end)
    b = next(s for s in d.spans if s.label == "ACTOR" and s.start >= d.segments[k + 1].start)
    return replace(d, spans=(*d.spans, replace(a, id="T9998", end=b.end, text=d.text[a.start:b.end])))


def _fewer_segments(d: Document, rng: random.Random) -> Document:
    """Every other segment dropped: spans outside every segment."""
    return replace(d, segments=tuple(g for i, g in enumerate(d.segments) if i % 2 == 0))


def _cut_token(d: Document, rng: random.Random) -> Document:
    """A segment that ends inside a word (its tokens are not the document's)."""
    g = d.segments[0]
    cut = next(i for i in range(g.end - 1, g.start, -1) if d.text[i - 1].isalpha() and d.text[i].isalpha())
    return replace(d, segments=(Segment(g.id, g.start, cut, g.role), *d.segments[1:]))


@pytest.mark.parametrize("seed", range(4))
def test_tokens_table_equals_its_definition_on_documents_off_the_fast_path(docs, seed):
    rng = random.Random(seed)
    changes = [_nested, _across, _fewer_segments, _cut_token, lambda d, r: d]
    batch = [rng.choice(changes)(d, rng) for d in docs]
    cfg = CONFIGS["tokens"]
    want = pa.Table.from_pylist([r for d in batch for r in cfg.rows(d)], schema=cfg.features().arrow_schema)
    got = batch_tables([Prepared.of(d) for d in batch])["tokens"]
    assert got.equals(want)
    assert got.num_rows and want.column("mention_tags").to_pylist() == got.column("mention_tags").to_pylist()
