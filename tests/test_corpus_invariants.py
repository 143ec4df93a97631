"""Invariants that hold for every document of the corpus, as hard failures (in the
manner of BigBIO's dataset tests): offsets match the text, ids are unique, every
reference resolves to the right label, and the validator has nothing to say."""

from __future__ import annotations

import hashlib

import pytest

from conftest import DATASET
from ghouta_corpus.io.corpus import load_corpus, manifest_entries
from ghouta_corpus.model.records import Document
from ghouta_corpus.validate import validate_dataset

CORPUS = load_corpus(DATASET)
DOCS = {d.doc_id: d for d in CORPUS.documents}


def test_every_manifest_document_is_loaded():
    assert [m.doc_id for m in manifest_entries(DATASET)] == list(DOCS)


def test_validator_finds_nothing():
    report = validate_dataset(DATASET)
    assert report.ok, "\n".join(f.line() for f in report.findings)


@pytest.fixture(params=sorted(DOCS))
def doc(request) -> Document:
    return DOCS[request.param]


def test_text_is_the_raw_file_byte_for_byte(doc):
    raw = (DATASET / "raw" / doc.meta.source_file).read_bytes()
    assert doc.text.encode("utf-8") == raw
    assert hashlib.sha256(raw).hexdigest() == doc.meta.sha256


def test_offsets_match_text(doc):
    for s in doc.spans:
        assert doc.text[s.start:s.end] == s.text, s.id
        assert s.text == s.text.strip() and "\n" not in s.text, s.id


def test_ids_unique(doc):
    for group in (doc.segments, doc.spans, doc.relations, doc.attributions):
        ids = [x.id for x in group]
        assert len(ids) == len(set(ids))


def test_references_resolve_to_the_right_label(doc):
    for r in doc.relations:
        assert doc.span(r.count).label == "COUNT"
        assert doc.span(r.target).label in ("ACTOR", "LOCATION", "COUNTED")
    for a in doc.attributions:
        for role, ids in a.span_ids().items():
            assert all(doc.span(i).label == role for i in ids), a.id


def test_segments_cover_the_text(doc):
    covered = set()
    for seg in doc.segments:
        covered.update(range(seg.start, seg.end))
    assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


def test_entity_links_resolve(doc):
    ents = CORPUS.entity_index()
    for s in doc.spans:
        if s.entity_id:
            assert ents[s.entity_id].label == s.label
    for a in doc.attributions:
        assert a.source_entity is None or a.source_entity in ents


def test_json_round_trip(doc):
    """annotation JSON -> model -> JSON is the identity on the committed files."""
    import json
    data = json.loads((DATASET / "annotations" / f"{doc.doc_id}.json").read_text(encoding="utf-8"))
    assert Document.from_json(data, doc.text).to_json() == data


def test_committed_files_use_the_canonical_layout(doc):
    from ghouta_corpus.io.corpus import dump_json
    path = DATASET / "annotations" / f"{doc.doc_id}.json"
    assert path.read_text(encoding="utf-8") == dump_json(doc.to_json())
