"""`add` grows the corpus with drafts that validate but do not publish; `baseline`
is reproducible and its table is what `evaluate` prints."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import DATASET, load
from ghouta_corpus.build.core import BuildError, build
from ghouta_corpus.cli import app
from ghouta_corpus.curation.add import AddError, add_article
from ghouta_corpus.curation.baseline import BASELINE_DIR, VARIANTS, predictions
from ghouta_corpus.io.corpus import dump_json, load_corpus
from ghouta_corpus.validate import validate_dataset

runner = CliRunner()
ARTICLE = ("Syrian government forces shelled Douma on Monday, killing at least 12 civilians, "
           "the Syrian Observatory for Human Rights said.\n\n"
           "\"We have nowhere to go,\" a resident told Reuters. More than 300 families fled to Idlib province.\n")


@pytest.fixture
def copy(tmp_path):
    dst = tmp_path / "dataset"
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns(".build-*"))
    return dst


def test_add_writes_a_valid_draft_linked_to_corpus_entities(copy, tmp_path):
    art = tmp_path / "douma-shelling.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    entry = add_article(art, "Example Wire", copy, "test")
    assert (copy / "raw" / "douma-shelling.txt").read_bytes() == art.read_bytes()
    report = validate_dataset(copy)
    assert report.ok, [f.line() for f in report.findings]
    doc = load(copy / "annotations" / f"{entry['doc_id']}.json")
    assert doc["status"] == "draft" and all(s.get("origin") == "auto" for s in doc["spans"])
    douma = [s for s in doc["spans"] if s["text"] == "Douma" and s["label"] == "LOCATION"]
    assert douma and douma[0]["entity_id"] == "douma"   # linked to the existing entity, not a new one
    with pytest.raises(BuildError, match=entry["doc_id"]):
        build(copy)


def test_add_refuses_bad_input_without_writing(copy, tmp_path):
    before = (copy / "manifest.json").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(AddError, match="empty"):
        add_article(empty, "X", copy)
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfSome text.")
    with pytest.raises(AddError, match="byte order mark"):
        add_article(bom, "X", copy)
    existing = tmp_path / "000_0469119f54c033b2.txt"
    existing.write_text("Other text.")
    with pytest.raises(AddError, match="already exists"):
        add_article(existing, "X", copy)
    assert (copy / "manifest.json").read_bytes() == before
    r = runner.invoke(app, ["add", str(empty), "--outlet", "X", "--dataset", str(copy)])
    assert r.exit_code == 1 and "empty" in r.output
    r = runner.invoke(app, ["add", str(empty), "--outlet", "X", "--split", "bogus", "--dataset", str(copy)])
    assert r.exit_code == 2


def test_annotate_command_writes_a_draft(tmp_path):
    art = tmp_path / "new.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "new.json"
    r = runner.invoke(app, ["annotate", str(art), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert load(out)["status"] == "draft" and load(out.with_suffix(".entities.json"))["entities"]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_committed_baseline_predictions_are_reproducible(variant):
    corpus = load_corpus(DATASET)
    for doc in predictions(corpus, variant):
        path = DATASET / BASELINE_DIR / variant / f"{doc.doc_id}.json"
        assert path.read_text(encoding="utf-8") == dump_json(doc.to_json()), f"{path} is stale: run ghouta-corpus baseline"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_baseline_scores_are_what_evaluate_prints(variant):
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(DATASET / BASELINE_DIR / variant), "--format", "json"])
    assert r.exit_code == 0, r.output
    recorded = json.loads((DATASET / BASELINE_DIR / "scores.json").read_text(encoding="utf-8"))[variant]["scores"]
    assert json.loads(r.output) == recorded
    card = (DATASET / "README.md").read_text(encoding="utf-8")
    assert f"{recorded['spans']['exact']['ACTOR']['f1']:.3f}" in card
