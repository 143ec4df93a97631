"""The workflow of the README's "Adding an article", end to end on files, through the
command line: add -> export --format label-studio -> (a scripted edit stands in for the
person correcting in Label Studio) -> import -> validate / audit -> gold -> build."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATASET, load, save
from ghouta_corpus.cli import app

runner = CliRunner()
ARTICLE = """Some 1,500 militants left Harasta on Thursday, a monitor said.

Nearly 400 people remained in the town, the monitor added.
"""


def run(*args: str, code: int = 0) -> str:
    out = runner.invoke(app, list(args))
    assert out.exit_code == code, out.output
    return out.output


def _region(result: list, text: str, label: str) -> dict:
    return next(r for r in result if r.get("from_name") == "label" and r["value"]["labels"] == [label]
                and r["value"]["text"] == text)


def correct_in_label_studio(tasks_json: Path, doc_id: str, out: Path) -> None:
    """What a person does in Label Studio, as its JSON export: open the pre-annotated
    task, check every region and relation (the origin choices and auto labels go), link
    'the town' to Harasta (G30), replace the drafted TIME span 'Thursday' (if any) with a region
    of their own, submit."""
    tasks = json.loads(tasks_json.read_text())
    task = next(t for t in tasks if t["data"]["doc_id"] == doc_id)
    result = [r for r in task["predictions"][0]["result"] if r.get("from_name") != "origin"]
    for r in result:
        if r.get("type") == "relation":
            r["labels"] = [x for x in r["labels"] if x != "auto"]
        r["origin"] = "prediction"
    town = _region(result, "town", "LOCATION")
    where = {k: town["value"][k] for k in ("start", "end")}
    result.append({"id": town["id"], "from_name": "entity_id", "to_name": "text", "type": "textarea",
                   "value": {**where, "text": ["harasta"]}, "origin": "manual"})
    s = ARTICLE.index("Thursday")
    span = {"start": s, "end": s + len("Thursday"), "text": "Thursday"}
    drafted = {r["id"] for r in result if r.get("from_name") == "label" and r["value"]["labels"] == ["TIME"]}
    result = [r for r in result if r.get("id") not in drafted      # the person deletes the drafted TIME
              and r.get("from_id") not in drafted and r.get("to_id") not in drafted]
    new = "Kd8s1xQz0p"   # a region id as Label Studio makes them
    result += [{"id": new, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
                "value": {**span, "labels": ["TIME"]}}] + [
        {"id": new, "from_name": name, "to_name": "text", "type": "choices" if name == "timex_type" else "textarea",
         "origin": "manual", "value": {**span, **({"choices": [v]} if name == "timex_type" else {"text": [v]})}}
        for name, v in (("timex_type", "DATE"), ("value_text", "XXXX-WXX-4"), ("timex_value", "XXXX-WXX-4"))]
    task["annotations"] = [{"id": 1, "completed_by": {"email": "annotator@example.org"}, "was_cancelled": False,
                            "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:30:00Z",
                            "result": result}]
    out.write_text(json.dumps([task], ensure_ascii=False))


@pytest.fixture
def ds(tmp_path: Path) -> Path:
    dst = tmp_path / "dataset"
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns("data", "dev", ".build-*"))
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return dst


def test_add_export_correct_import_gold_build(ds: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    d = ["--dataset", str(ds)]
    run("add", str(tmp_path / "article.txt"), "--outlet", "Test Wire", "--split", "test", *d)
    doc_id = "test-wire-article"
    ann = ds / "annotations" / f"{doc_id}.json"
    assert load(ann)["status"] == "draft"
    run("build", *d, code=1)                                  # a draft is never published
    run("gold", doc_id, "--by", "A. Annotator", *d, code=1)    # nothing reviewed yet: the gate says where
    run("export", "--format", "label-studio", "--out", str(tmp_path / "ls"), *d)
    assert (tmp_path / "ls" / "label_config.xml").is_file()

    correct_in_label_studio(tmp_path / "ls" / "tasks.json", doc_id, tmp_path / "ls-export.json")
    run("import", str(tmp_path / "ls-export.json"), "--format", "label-studio", "--by", "A. Annotator", *d)
    doc = load(ann)
    assert not [x for k in ("spans", "relations", "attributions") for x in doc[k] if x.get("origin") == "auto"]
    town = next(s for s in doc["spans"] if s["text"] == "town")
    assert town["entity_id"] == "harasta" and any(s["label"] == "TIME" for s in doc["spans"])
    entry = next(e for e in load(ds / "manifest.json")["documents"] if e["doc_id"] == doc_id)
    assert [s["step"] for s in entry["review"]] == ["draft", "correction"]
    assert entry["review"][1]["by"] == "A. Annotator"

    run("validate", str(ds), *d)
    run("audit", *d)
    out = run("gold", doc_id, "--by", "A. Annotator", *d, code=1)  # the manifest still lacks a dct_basis
    assert "gold-placeholder" in out
    m = load(ds / "manifest.json")
    next(e for e in m["documents"] if e["doc_id"] == doc_id)["dct_basis"] = \
        "No publication date is known: the article was written for this test."
    save(ds / "manifest.json", m)
    run("gold", doc_id, "--by", "A. Annotator", *d)
    assert load(ann)["status"] == "gold"
    out = run("build", *d)
    assert "documents: train 1 rows, test 2 rows" in out
    assert os.path.exists(ds / "data" / "documents")
