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
from ghouta_corpus.validate.coverage import label_pick, span_columns
from ghouta_corpus.validate.labelcodes import label_codes, label_table
from ghouta_corpus.validate.parsed import ParsedDoc
from ghouta_corpus.validate.proof import Columns
from ghouta_corpus.validate.runner import _mentioned, _mentioned_in, check_file, dataset_context


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
        # the label codes the pass hands on pick the same spans as the labels themselves
        coded = ParsedDoc(data, text, meta, cols.labels, cols.starts, cols.ends, cols.label_codes)
        assert _mention_keys(coded) == _mention_keys(p)
        for labels in LABEL_SETS:
            want = [label in labels for label in cols.labels]
            assert label_pick(coded, cols.labels, labels).tolist() == want == label_pick(p, cols.labels, labels).tolist()
            assert cols.where(*labels).tolist() == [k for k, ok in enumerate(want) if ok]


LABEL_SETS = [("COUNT", "TIME"), ("ACTOR", "LOCATION", "COUNTED"), ("ACTOR", "LOCATION"), ("CUE",), ("CONTENT",),
              ("EVENT",), ("ACTOR", "NO-SUCH-LABEL"), ()]
"""The label sets the gold gate and the rule proofs ask about, a label outside the
vocabulary and none."""


@pytest.mark.parametrize("labels", LABEL_SETS)
def test_a_label_table_names_exactly_its_labels(labels):
    table = label_table(labels)
    assert {label for label, code in label_codes().items() if table[code]} == set(labels) & set(label_codes())
    assert not table.flags.writeable  # shared by every caller


def test_the_event_ids_of_a_checked_file_are_read_only_where_it_has_event_spans():
    _, ctx, _ = dataset_context(ROOT / "dataset")
    paths = sorted((ROOT / "dataset" / "annotations").glob("*.json"))
    named = 0
    for path in paths:
        c = check_file(path, ctx)
        assert c.cols is not None and c.cols.offsets_ok
        assert list(_mentioned_in(c)) == list(_mentioned(c.data))
        named += bool(list(_mentioned_in(c)))
    assert named == len(paths)  # the gold articles name events: the shortcut is not all this test sees


def test_a_checked_file_without_event_spans_names_no_event(tmp_path):
    from ghouta_corpus.dev.synth import generate
    root = generate(tmp_path / "synth", 2, 0)
    _, ctx, _ = dataset_context(root)
    for path in sorted((root / "annotations").glob("*.json")):
        c = check_file(path, ctx)
        assert c.cols is not None and "EVENT" not in c.cols.label_set
        assert list(_mentioned_in(c)) == list(_mentioned(c.data)) == []
