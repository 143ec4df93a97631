"""evaluate on files (issue 12, issue 11 item 5): --split and --doc, a warning and a
JSON field for documents the predictions miss, sealed documents left out (and left
unread) unless named, and entity tables beside the predictions read as such."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATASET, load, save
from ghouta_corpus.cli import app
from ghouta_corpus.evaluate import EntityMap, evaluate
from ghouta_corpus.io import load_corpus
from ghouta_corpus.io.corpus import dump_json

runner = CliRunner()
CORPUS = load_corpus(DATASET)
GOLD = {d.doc_id: d for d in CORPUS.documents}
AJ, TRT = "aljazeera-ghouta-evacuations", "trtworld-harasta-evacuation"
BASELINE = DATASET / "baseline" / "rules"


def run(*args: str) -> tuple[int, dict | None, str]:
    r = runner.invoke(app, ["evaluate", *args])
    data = json.loads(r.stdout) if r.exit_code == 0 and "--format" in args else None
    return r.exit_code, data, r.output


@pytest.mark.parametrize("option", [["--doc", AJ], ["--split", "test"]])
def test_split_and_doc_choose_the_documents(option):
    code, data, _ = run(str(DATASET / "annotations"), str(BASELINE), "--format", "json", *option)
    assert code == 0 and data["documents"] == [AJ] and data["missing_documents"] == []
    pred = load_corpus_file(BASELINE / f"{AJ}.json")
    expected = evaluate([GOLD[AJ]], [pred], EntityMap(CORPUS.entities), data["selection"])
    assert data == json.loads(json.dumps(expected))


def load_corpus_file(path: Path):
    from ghouta_corpus.evaluate import gold_texts, load_predictions
    return load_predictions(path, gold_texts(DATASET))[0]


@pytest.mark.parametrize("args,message", [
    (["--doc", "nowhere"], "--doc 'nowhere': no such document"),
    (["--split", "bogus"], "--split 'bogus': not one of"),
    (["--split", "train", "--doc", AJ], "no document matches --split train and --doc"),
])
def test_a_selection_of_nothing_is_a_usage_error(args, message):
    code, _, out = run(str(DATASET / "annotations"), str(BASELINE), *args)
    assert code == 2 and message in out and "Traceback" not in out


def test_missing_documents_are_warned_about_and_listed(tmp_path):
    shutil.copy(BASELINE / f"{TRT}.json", tmp_path / f"{TRT}.json")
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(tmp_path), "--format", "json"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["missing_documents"] == [AJ]
    assert "warning: the predictions cover 1 of 2 gold documents" in r.stderr and AJ in r.stderr


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    """A copy of the dataset whose Al Jazeera article is in the sealed split."""
    ds = tmp_path / "ds"
    for name in ("raw", "annotations"):
        shutil.copytree(DATASET / name, ds / name)
    for name in ("manifest.json", "entities.json"):
        shutil.copy(DATASET / name, ds / name)
    m = load(ds / "manifest.json")
    for d in m["documents"]:
        if d["doc_id"] == AJ:
            d["split"] = "sealed"
    save(ds / "manifest.json", m)
    return ds


def test_sealed_documents_are_left_out_and_unread_unless_named(sealed, tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    shutil.copy(BASELINE / f"{TRT}.json", pred / f"{TRT}.json")
    (pred / f"{AJ}.json").write_text("not JSON: this file is never opened by default")
    code, data, _ = run(str(sealed / "annotations"), str(pred), "--dataset", str(sealed), "--format", "json")
    assert code == 0 and data["documents"] == [TRT]
    assert data["selection"]["left_out"] == {"sealed documents (include them with --split sealed)": 1}
    r = runner.invoke(app, ["evaluate", str(sealed / "annotations"), str(pred), "--dataset", str(sealed)])
    assert "left out: 1 sealed documents" in r.stdout
    code, _, out = run(str(sealed / "annotations"), str(pred), "--dataset", str(sealed), "--split", "sealed")
    assert code == 1 and f"{AJ}.json" in out and "malformed JSON" in out


def renamed(doc_id: str) -> tuple[dict, dict]:
    """The gold annotation with every entity id prefixed ``sys-`` and a draft-style
    entity table of the renamed ids (the gold rows' labels and aliases)."""
    d = GOLD[doc_id]
    spans = tuple(replace(s, entity_id=f"sys-{s.entity_id}") if s.entity_id else s for s in d.spans)
    used = {s.entity_id for s in d.spans if s.entity_id}
    rows = [{**e.to_json(), "entity_id": f"sys-{e.entity_id}"} for e in CORPUS.entities if e.entity_id in used]
    return replace(d, spans=spans).to_json(), {"entities": rows}


def test_entity_tables_beside_predictions_map_the_ids_by_alias(tmp_path):
    ann, table = renamed(AJ)
    (tmp_path / "article.draft.json").write_text(dump_json(ann))
    (tmp_path / "article.draft.entities.json").write_text(dump_json(table))  # as annotate --out writes it
    code, data, _ = run(str(DATASET / "annotations"), str(tmp_path), "--doc", AJ, "--format", "json")
    assert code == 0, _
    links = data["entity_links"]
    n_ids = len(table["entities"])
    assert (links["mapped"], links["kept"], links["unmapped"]) == (n_ids, 0, 0)
    # every id maps back to its own entity but one: "Idlib" is an alias of the city and
    # of the province, and add (so the mapping) links a name to the first entity that has it
    province = sum(1 for s in GOLD[AJ].spans if s.entity_id == "idlib-province")
    assert province and links["correct"] == links["matched"] - province
    assert data["attributes"]["entity_id"]["accuracy"] < 1.0  # the ids as written differ
    assert data["claims"]["source_entity"]["accuracy"] == 1.0  # no claim is sourced to Idlib


def test_without_the_table_renamed_ids_are_unmapped(tmp_path):
    ann, table = renamed(AJ)
    (tmp_path / f"{AJ}.json").write_text(dump_json(ann))
    code, data, _ = run(str(DATASET / "annotations"), str(tmp_path), "--doc", AJ, "--format", "json")
    assert code == 0 and data["entity_links"]["mapped"] == 0
    assert data["entity_links"]["unmapped"] == len(table["entities"])
    assert data["entity_links"]["accuracy"] == data["attributes"]["entity_id"]["accuracy"]


def test_text_output_has_every_table_and_the_notes():
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(BASELINE)])
    assert r.exit_code == 0
    for title in ("scores", "attribute accuracy", "event coreference", "EVENT_ARG", "claim_group_verdict",
                  "entity ids on matched mentions"):
        assert title in r.stdout


def test_claims_leave_the_sealed_documents_out_unread_unless_named(sealed):
    (sealed / "annotations" / f"{AJ}.json").write_text("not JSON: never opened by default")
    r = runner.invoke(app, ["claims", "--dataset", str(sealed), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert {c["doc_id"] for c in data["claims"]} == {TRT} and data["groups"] == []
    assert data["left_out"] == {"sealed documents (include them with --split sealed)": 1}
    r = runner.invoke(app, ["claims", "--dataset", str(sealed), "--split", "sealed"])
    assert r.exit_code == 1 and "malformed JSON" in r.output
