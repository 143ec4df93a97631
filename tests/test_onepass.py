"""The single pass of validate and build: what it shares stays equal to what it
replaced. Documents made without re-checks equal checked ones; the columnar tables
equal the rows of ``features``; the one-pass tokenisation equals the per-segment one;
the streaming audit of the gold gate finds what ``audit`` finds, in the same order;
each file is read once."""

from __future__ import annotations

import random
from dataclasses import replace

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATASET
from ghouta_corpus.build.columns import Prepared, batch_tables
from ghouta_corpus.build.features import CONFIGS
from ghouta_corpus.dev.synth import generate
from ghouta_corpus.io import iter_documents, load_corpus
from ghouta_corpus.io.corpus import Corpus
from ghouta_corpus.model.records import Document
from ghouta_corpus.text.tokens import _CAMEL, _TOKEN, Token, tokenize
from ghouta_corpus.validate import validate_dataset
from ghouta_corpus.validate.audit import CHECKS, StreamAudit, audit, load_allowlist


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("onepass") / "ds", 10, seed=3)


def _docs(root):
    return list(iter_documents(root))


def test_trusted_documents_equal_checked_ones(synth):
    for root in (DATASET, synth):
        for d in _docs(root):
            t = Document.trusted(d.to_json(), d.text, d.meta)
            assert t == d and t.to_json() == d.to_json() and [t.span(s.id) for s in d.spans] == list(d.spans)


def test_columnar_tables_equal_the_rows_of_features(synth):
    for root in (DATASET, synth):
        docs = _docs(root)
        for name, table in batch_tables([Prepared.of(d) for d in docs]).items():
            cfg = CONFIGS[name]
            rows = pa.Table.from_pylist([r for d in docs for r in cfg.rows(d)], schema=cfg.features().arrow_schema)
            assert table.equals(rows), (root, name)


def _reference_tokenize(text, start=0, end=None):
    """The tokeniser as it was before its fast path (one match at a time)."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        s, piece = m.start(), m.group()
        if len(piece) < 2 or piece[1:].islower() or not piece[1:].isalpha():
            out.append(Token(piece, s, m.end()))
            continue
        cut = 0
        for c in _CAMEL.finditer(piece):
            out.append(Token(piece[cut:c.start()], s + cut, s + c.start()))
            cut = c.start()
        out.append(Token(piece[cut:], s + cut, m.end()))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBzZ 1,0.5-'\u00e9\u00c9\n\u2019", max_size=40), st.data())
def test_tokenize_equals_the_reference_and_segments_equal_their_own_tokenisation(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert tokenize(text, a, b) == _reference_tokenize(text, a, b)
    assert all(type(t) is Token for t in tokenize(text, a, b))  # named tuples, not bare ones
    doc = Document("x", text or " ", "draft", (), (), (), ())
    assert Prepared.of(doc).segment_tokens(a, b) == tokenize(doc.text, a, b)


def _broken(corpus: Corpus, rng: random.Random) -> Corpus:
    """The corpus with a few mentions, counts and cues dropped, so that every kind of
    suspect occurs, including strings first annotated after a document that has them."""
    docs = []
    for i, d in enumerate(corpus.documents):
        gone = {s.id for s in d.spans if (s.label in ("ACTOR", "LOCATION", "COUNT", "CUE") and rng.random() < 0.15)
                or (i < 2 and s.text in ("Harasta", "Eastern Ghouta"))}  # first annotated in a later document
        docs.append(replace(d, spans=tuple(s for s in d.spans if s.id not in gone),
                            relations=tuple(r for r in d.relations if r.count not in gone and r.target not in gone),
                            attributions=tuple(a for a in d.attributions if not gone & {*a.source, *a.cue, *a.content})))
    return Corpus(corpus.root, tuple(docs), corpus.entities)


@pytest.mark.parametrize("seed", [0, 1])
def test_streaming_audit_finds_what_audit_finds(synth, seed):
    for root in (DATASET, synth):
        corpus = _broken(load_corpus(root), random.Random(seed))
        allow = load_allowlist(root / "audit_allowlist.json")
        want = audit(corpus, allow).suspects
        stream = StreamAudit(corpus.entities, allow)
        for d in corpus.documents:
            stream.add(d, counted=True)
        reread: list[int] = []

        def again(i, corpus=corpus, reread=reread):
            reread.append(i)
            return corpus.documents[i], True
        got = stream.finish(again)
        assert reread  # the strings first annotated later were looked for again in the documents before
        assert [s.line() for s in got] == [s.line() for s in want]
        assert [s.docs for s in got] == [s.docs for s in want]
        assert {s.check for s in want} >= set(CHECKS) - {"entity-same-name", "nom-head-inconsistent",
                                                        "quote-outside-content"} or root == DATASET


def test_validate_reads_each_file_once(synth, monkeypatch):
    from ghouta_corpus.io import read
    seen: list[str] = []
    real = read.read_bytes

    def counting(path, within=None):
        seen.append(str(path))
        return real(path, within)
    monkeypatch.setattr(read, "read_bytes", counting)
    from ghouta_corpus.validate.rules import manifest
    monkeypatch.setattr(manifest, "read_bytes", counting)
    got = []
    assert validate_dataset(synth, on_document=got.append).ok
    per_doc = [p for p in seen if "/annotations/" in p or "/raw/" in p]
    assert len(per_doc) == len(set(per_doc)) == 2 * len(got) == 20
