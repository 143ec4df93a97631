"""The development set (dataset/dev) is a dataset like the corpus: its files are the
authoring compile of the committed compact files, it validates, its audit is clean in
the documents the developer may read, and build never publishes it."""

from __future__ import annotations

import pytest

from conftest import DATASET, load
from ghouta_corpus.build.core import BuildError, check_publishable
from ghouta_corpus.curation.authoring import compact_files, compile_rows, read_compact, to_compact
from ghouta_corpus.io import load_corpus
from ghouta_corpus.model.vocab import unpublished_splits
from ghouta_corpus.validate import validate_dataset
from ghouta_corpus.validate.audit import audit, load_allowlist

DEV = DATASET / "dev"
CORPUS = load_corpus(DEV)
SEALED = {d.doc_id for d in CORPUS.documents if d.meta and d.meta.split == "sealed"}


def test_splits_are_the_development_sets():
    assert {d.meta.split for d in CORPUS.documents if d.meta} == set(unpublished_splits())
    assert len(SEALED) == 5 and all(d.meta and d.meta.dct and d.meta.dct_basis for d in CORPUS.documents)


def test_dev_set_validates():
    report = validate_dataset(DEV)
    assert report.ok, [f.line() for f in report.findings]


@pytest.mark.parametrize("folder", ["gold", "pass-a", "pass-b"])
def test_files_are_the_compile_of_the_compact_files(folder):
    out = DEV / "annotations" if folder == "gold" else DEV / "adjudication" / folder / "json"
    for doc in CORPUS.documents:
        rows = [r for f in compact_files([DEV / "adjudication" / folder], doc.doc_id) for r in read_compact(f)]
        assert compile_rows(doc.doc_id, doc.text, rows).document.to_json() == load(out / f"{doc.doc_id}.json")


def test_compact_round_trip():
    entities = CORPUS.entity_index()
    for doc in CORPUS.documents:
        lines = [{"_line": n, **r} for n, r in enumerate(to_compact(doc, entities), 1)]
        assert compile_rows(doc.doc_id, doc.text, lines).document.to_json() == doc.to_json(), doc.doc_id


def test_audit_is_clean_outside_the_sealed_documents():
    """Suspects in the sealed documents are left for a reviewer who may read them (their
    gold is sealed); everywhere else every suspect is explained by a reviewed entry."""
    allow = load_allowlist(DEV / "audit_allowlist.json")
    result = audit(CORPUS, allow)
    assert not result.stale
    assert not [s.line() for s in result.suspects if s.doc_id != "*" and s.doc_id not in SEALED]
    assert all(a.doc_id not in SEALED and "G" in a.reason for a in allow)
    # a corpus-wide suspect left open has a variant only a sealed document uses
    heads = {s.text.split(":")[0] for s in result.suspects if s.doc_id == "*"}
    used = {}
    from ghouta_corpus.validate.audit import _head
    for d in CORPUS.documents:
        for s in d.spans_with("ACTOR", "LOCATION"):
            if s.mention_type == "NOM" and _head(s.text) in heads:
                used.setdefault((_head(s.text), s.label, s.actor_type), set()).add(d.doc_id in SEALED)
    for head in heads:
        assert any(v == {True} for (h, *_), v in used.items() if h == head), head


def test_build_refuses_the_development_set():
    with pytest.raises(BuildError, match="never published"):
        check_publishable(DEV)
