"""validate's gold gate without ``Document`` objects (issue 15): when ``validate``
runs alone, the gate reads each valid file's parse and the rule proofs' columns
(:class:`ghouta_corpus.validate.parsed.ParsedDoc`); held here to the gate fed the
``Document`` of the same files (what ``build``'s pass hands it), on documents with
many open audit suspects of every check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from ghouta_corpus.io.read import read_json
from ghouta_corpus.model.records import DocMeta, Document
from ghouta_corpus.validate import validate_dataset
from ghouta_corpus.validate.audit import MENTIONS, _mention_keys
from ghouta_corpus.validate.coverage import span_columns
from ghouta_corpus.validate.parsed import ParsedDoc
from ghouta_corpus.validate.proof import Columns
from ghouta_corpus.validate.runner import dataset_context


@pytest.fixture(scope="module")
def suspects(tmp_path_factory) -> Path:
    """The development set as gold documents of published splits with an empty
    allowlist: every audit suspect of its documents is a gate finding."""
    root = tmp_path_factory.mktemp("gate") / "ds"
    shutil.copytree(ROOT / "dataset" / "dev", root)
    (root / "audit_allowlist.json").write_text('{"allow": []}\n')
    manifest = json.loads((root / "manifest.json").read_text())
    for k, d in enumerate(manifest["documents"]):
        d["split"] = "train" if k % 2 else "test"
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return root


def test_the_gate_on_the_parse_equals_the_gate_on_documents(suspects):
    seen: list[str] = []
    fast = validate_dataset(suspects)  # no on_document: the gate reads ParsedDoc
    slow = validate_dataset(suspects, on_document=lambda d: seen.append(d.doc_id))  # the gate reads Documents
    assert len(seen) == fast.documents  # every document went through the Document path
    assert fast.findings == slow.findings
    assert {f.rule for f in fast.findings} == {"gold-audit"}
    assert len(fast.findings) > 100


def test_parsed_documents_read_as_documents(suspects):
    _, ctx, _ = dataset_context(suspects)
    for path in sorted((suspects / "annotations").glob("*.json")):
        data, _ = read_json(path)
        text = ctx.text(data["doc_id"])
        meta = DocMeta.from_json(ctx.manifest[data["doc_id"]])
        cols = Columns(data, text, data["doc_id"], ctx)
        assert cols.offsets_ok
        p = ParsedDoc(data, text, meta, cols.labels, cols.starts, cols.ends)
        d = Document.trusted(data, text, meta)
        assert (p.doc_id, p.status, p.text, p.meta) == (d.doc_id, d.status, d.text, d.meta)
        assert _mention_keys(p) == _mention_keys(d)
        assert _mention_keys(p) == [(s.text, s.label, s.mention_type, s.actor_type) for s in d.spans if s.label in
                                    MENTIONS]
        mine, theirs = span_columns(p), span_columns(d)
        assert mine[0] == theirs[0] and (mine[1] == theirs[1]).all() and (mine[2] == theirs[2]).all()
