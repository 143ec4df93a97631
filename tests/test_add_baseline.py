"""`add` grows the corpus with drafts that validate but do not publish; `baseline`
is reproducible and its table is what `evaluate` prints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
    rows = [json.loads(line) for line in (tmp_path / "new.entities.jsonl").read_text().splitlines()]
    assert load(out)["status"] == "draft" and rows and all(r["entity_id"] for r in rows)


def test_annotate_out_folder_holds_only_what_evaluate_reads_as_predictions(tmp_path):
    """annotate --out <folder> writes the annotation files and, beside them, entity rows
    that evaluate does not take for predictions: evaluating the folder scores every draft."""
    corpus = load_corpus(DATASET)
    arts, out = tmp_path / "articles", tmp_path / "drafts"
    arts.mkdir()
    for d in corpus.documents:
        (arts / f"{d.doc_id}.txt").write_text(d.text, encoding="utf-8")
    assert runner.invoke(app, ["annotate", str(arts), "--out", str(out)]).exit_code == 0
    assert sorted(p.name for p in out.glob("*.json")) == sorted(f"{d.doc_id}.draft.json" for d in corpus.documents)
    for p in out.glob("*.draft.json"):
        p.rename(out / p.name.replace(".draft", ""))
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(out), "--format", "json"])
    assert r.exit_code == 0, r.output


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
    recorded = json.loads((DATASET / BASELINE_DIR / "scores.json").read_text(encoding="utf-8"))["gold"][variant]["scores"]
    assert json.loads(r.output) == recorded
    card = (DATASET / "README.md").read_text(encoding="utf-8")
    assert f"{recorded['spans']['exact']['ACTOR']['f1']:.3f}" in card


@pytest.fixture
def devcopy(tmp_path):
    """A copy of the dataset whose development set holds six of the dev documents (no
    sealed file is copied), two of which are relabelled ``sealed`` to stand for them.
    Six are enough for what the tests pin (which files a run opens, where its rows go);
    the whole dev set made each baseline run of them take 15 s."""
    dst = tmp_path / "dataset"
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns(".build-*", "dev"))
    src, dev = DATASET / "dev", dst / "dev"
    entries = [d for d in json.loads((src / "manifest.json").read_text())["documents"] if d["split"] == "dev"][:6]
    for sub in ("raw", "annotations"):
        (dev / sub).mkdir(parents=True)
    for d in entries:
        shutil.copy(src / "raw" / d["source_file"], dev / "raw" / d["source_file"])
        shutil.copy(src / "annotations" / f"{d['doc_id']}.json", dev / "annotations" / f"{d['doc_id']}.json")
    for d in entries[:2]:
        d["split"] = "sealed"
    (dev / "manifest.json").write_text(json.dumps({"documents": entries}))
    return dst, [d["doc_id"] for d in entries[:2]]


def devcopy_dev_ids(copy: Path) -> list[str]:
    """Every document id of the copy's development set."""
    return [d["doc_id"] for d in json.loads((copy / "dev" / "manifest.json").read_text())["documents"]]


def test_baseline_reads_no_sealed_document_and_keeps_the_sealed_row(devcopy, monkeypatch):
    """Plain baseline scores the dev part and never opens a sealed document (raw text
    or annotation); a sealed row recorded before is kept as it was."""
    import ghouta_corpus.curation.baseline as bl
    from ghouta_corpus.io import corpus as io_corpus
    copy, sealed_ids = devcopy
    opened: list[str] = []
    real_raw, real_ann = io_corpus.raw_text, io_corpus.annotation_path
    monkeypatch.setattr(bl, "raw_text", lambda root, meta: opened.append(meta.doc_id) or real_raw(root, meta))
    monkeypatch.setattr(bl, "annotation_path", lambda root, doc_id: opened.append(doc_id) or real_ann(root, doc_id))
    recorded = {"description": "x", "documents": sorted(sealed_ids), "scores": {}, "scored_at": "2000-01-01",
                "commit": "abc"}
    (copy / BASELINE_DIR / "scores.json").write_text(json.dumps({"sealed": recorded}))
    scores = bl.run_baseline(copy)
    assert len(set(opened)) == len(devcopy_dev_ids(copy)) - len(sealed_ids) and not (set(opened) & set(sealed_ids))
    assert sorted(scores["dev"]["documents"]) == sorted(set(opened))
    assert scores["sealed"] == recorded
    assert not (copy / "dev" / BASELINE_DIR / "sealed").exists()


def test_sealed_row_is_scored_only_on_request_and_records_when(devcopy):
    import ghouta_corpus.curation.baseline as bl
    copy, sealed_ids = devcopy
    scores = bl.run_baseline(copy, sealed=True)
    assert scores["sealed"]["documents"] == sealed_ids and scores["sealed"]["scored_at"]
    assert sorted(p.stem for p in (copy / "dev" / BASELINE_DIR / "sealed").glob("*.json")) == sorted(sealed_ids)
    assert f"scored once, on {scores['sealed']['scored_at']}" in bl.baseline_table(scores)
    assert "has not been scored yet" in bl.baseline_table({k: v for k, v in scores.items() if k != "sealed"})


def test_a_spent_or_rescored_sealed_row_moves_to_the_history_and_stays_in_the_card(devcopy):
    """A sealed row whose documents are no longer the sealed part, or that is scored
    again, is never dropped: it moves to sealed_history with the reason, and the card
    keeps printing it."""
    import ghouta_corpus.curation.baseline as bl
    copy, sealed_ids = devcopy
    (copy / BASELINE_DIR / "scores.json").write_text("{}")
    first = bl.run_baseline(copy, sealed=True)["sealed"]
    again = bl.run_baseline(copy, sealed=True)
    assert again["sealed_history"] == [{**first, "retired": "superseded by a later sealed run"}]
    manifest = json.loads((copy / "dev" / "manifest.json").read_text())
    for d in manifest["documents"]:
        d["split"] = "dev"
    (copy / "dev" / "manifest.json").write_text(json.dumps(manifest))
    spent = bl.run_baseline(copy)
    assert "sealed" not in spent and len(spent["sealed_history"]) == 2
    assert "no longer the sealed part" in spent["sealed_history"][1]["retired"]
    table = bl.baseline_table(spent)
    assert "Earlier sealed estimates" in table and "has not been scored yet" in table
    assert first["scored_at"] in table


def test_benchmark_annotate_case_runs_on_a_small_input():
    """The benchmark's annotate case (CPU time of annotate against the tokenizer on the
    same text) runs; the speed figures themselves are the benchmark's, not a test's."""
    from ghouta_corpus.dev.bench import bench_annotate, gold_articles
    out = bench_annotate([2000, 4000], gold_articles())
    assert [r["characters"] for r in out["sizes"]] == [2000, 4000]
    assert all(r["annotate_cpu_seconds"] > 0 for r in out["sizes"]) and out["startup_cpu_seconds"] > 0


def test_annotate_and_add_take_a_dct(tmp_path, copy):
    art = tmp_path / "new.txt"
    art.write_text("Shelling hit Douma on Monday, residents said.\n", encoding="utf-8")
    out = tmp_path / "new.json"
    assert runner.invoke(app, ["annotate", str(art), "--out", str(out), "--dct", "2018-03-22"]).exit_code == 0
    times = [s for s in load(out)["spans"] if s["label"] == "TIME"]
    assert [(s["value_text"], s["value"], s["anchor"]) for s in times] == [("XXXX-WXX-1", "2018-03-19", "DCT")]
    r = runner.invoke(app, ["annotate", str(art), "--out", str(out), "--dct", "22 March"])
    assert r.exit_code == 2 and "--dct" in r.output
    entry = add_article(art, "Example Wire", copy, "test", dct=__import__("datetime").date(2018, 3, 22))
    assert entry["dct"] == "2018-03-22" and entry["event_date_range"]
    assert validate_dataset(copy).ok


def test_a_layer_a_part_has_no_gold_for_is_n_a_not_zero():
    """The development set has no EVENT layer: its EVENT cell is n/a (an F1 of 0 would
    only count the drafted triggers as errors), while the gold rows keep their figure."""
    from ghouta_corpus.build.card import baseline_table
    scores = json.loads((DATASET / BASELINE_DIR / "scores.json").read_text(encoding="utf-8"))
    event = scores["dev"]["scores"]["spans"]["exact"]["EVENT"]
    assert event["tp"] + event["fn"] == 0 and event["fp"] > 0
    rows = {line.split(" | ")[0]: line.split(" | ") for line in baseline_table(scores).splitlines()
            if line.startswith("| ")}
    head = rows["| part"]
    col = head.index("EVENT trigger F1")
    dev = next(r for k, r in rows.items() if k.startswith("| dev"))
    gold = next(r for k, r in rows.items() if k.startswith("| gold"))
    assert dev[col] == "n/a" and gold[col] != "n/a"
    assert dev[head.index("TIME F1")] != "n/a"                 # the dev set has a TIME layer
