"""The gold gate (issue 12): a document marked gold has been reviewed, or validate says
where it has not, and the commands that treat documents as gold refuse drafts by name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATASET, load, save
from ghouta_corpus.build.core import BuildError, build
from ghouta_corpus.cli import app
from ghouta_corpus.curation.baseline import run_baseline
from ghouta_corpus.validate import validate_dataset
from ghouta_corpus.validate.gate import DraftError

runner = CliRunner()


def ann(root: Path) -> Path:
    return root / "annotations" / "mini.json"


def test_one_auto_span_fails_validate_and_build(mini):
    d = load(ann(mini))
    d["spans"][3]["origin"] = "auto"
    save(ann(mini), d)
    report = validate_dataset(mini)
    [f] = report.findings
    assert f.rule == "gold-origin" and f.record == d["spans"][3]["id"] and f.pointer == "/spans/3/origin"
    assert "never reviewed" in f.line() and f.file.endswith("mini.json")
    with pytest.raises(BuildError) as e:
        build(mini)
    assert "gold-origin" in "\n".join(e.value.details) and not (mini / "data").exists()


@pytest.mark.parametrize("key", ["relations", "attributions"])
def test_auto_records_fail_the_gate(mini, key):
    d = load(ann(mini))
    d[key][0]["origin"] = "auto"
    save(ann(mini), d)
    [f] = validate_dataset(mini).findings
    assert f.rule == "gold-origin" and f.pointer == f"/{key}/0/origin" and f.record == d[key][0]["id"]


def test_the_gate_leaves_drafts_alone(mini):
    d = load(ann(mini))
    d["status"] = "draft"
    for s in d["spans"]:
        s["origin"] = "auto"
    save(ann(mini), d)
    m = load(mini / "manifest.json")
    m["documents"][0].pop("review")
    m["documents"][0].pop("dct_basis")
    save(mini / "manifest.json", m)
    assert validate_dataset(mini).ok


def test_an_open_audit_finding_fails_validate_and_build(mini):
    text = (mini / "raw" / "mini.txt").read_text(encoding="utf-8")
    d = load(ann(mini))
    d["status"] = "gold"
    # unlink the COUNT_OF of 'two batches' and drop the COUNT: 'two' becomes a number outside every COUNT
    count = next(s for s in d["spans"] if s["label"] == "COUNT" and s["text"] == "two")
    batches = next(r["target"] for r in d["relations"] if r["count"] == count["id"])
    d["relations"] = [r for r in d["relations"] if r["count"] != count["id"]]
    d["spans"] = [s for s in d["spans"] if s["id"] not in (count["id"], batches)]
    d["event_args"] = [a for a in d["event_args"] if count["id"] not in (a["event"], a["target"])]
    save(ann(mini), d)
    report = validate_dataset(mini)
    assert [f.rule for f in report.findings] == ["gold-audit"], [f.line() for f in report.findings]
    f = report.findings[0]
    assert f.doc_id == "mini" and f.file.endswith("mini.json") and "'two'" in f.message
    assert text.index("two batches") == int(f.message.split(" at ")[1].split("..")[0])
    with pytest.raises(BuildError):
        build(mini)
    # a reviewed exception in the allowlist explains it
    save(mini / "audit_allowlist.json", {"allow": [{"check": "number-uncounted", "doc_id": "mini", "text": "two",
                                                    "context": "in two batches", "reason": "test"}]})
    assert validate_dataset(mini).ok


def test_placeholder_and_missing_review_are_located(mini):
    m = load(mini / "manifest.json")
    m["documents"][0]["review"][0]["by"] = "<annotator name>"
    m["documents"][0].pop("dct_basis")
    save(mini / "manifest.json", m)
    found = {(f.rule, f.pointer) for f in validate_dataset(mini).findings}
    assert found == {("gold-placeholder", "/documents/0/dct_basis"), ("gold-placeholder", "/documents/0/review/0/by")}


def test_the_development_sets_unpublished_splits_keep_their_own_audit(tmp_path):
    """Sealed documents' audit suspects are left for a reviewer on purpose (dataset/dev/README.md);
    the gate's other rules still hold there."""
    dev = tmp_path / "dev"
    shutil.copytree(DATASET / "dev", dev)
    assert validate_dataset(dev).ok
    m = load(dev / "manifest.json")
    m["documents"][0].pop("review")
    save(dev / "manifest.json", m)
    assert [f.rule for f in validate_dataset(dev).findings] == ["gold-review"]


def test_every_gold_document_records_its_review_history():
    for root in (DATASET, DATASET / "dev"):
        for e in json.loads((root / "manifest.json").read_text())["documents"]:
            steps = [s["step"] for s in e["review"]]
            assert "annotation" in steps and "adjudication" in steps, e["doc_id"]
            for s in e["review"]:  # dates are the recorded ones or the commit that added the step, said so
                assert s["date_basis"] and s["by"], s
                if s["date_basis"].startswith("not recorded"):
                    assert "commit" in s["date_basis"]


def _drafted(tmp_path: Path) -> Path:
    ds = tmp_path / "ds"
    shutil.copytree(DATASET, ds, ignore=shutil.ignore_patterns("data", "dev", "baseline"))
    d = load(ds / "annotations" / "aljazeera-ghouta-evacuations.json")
    d["status"] = "draft"
    save(ds / "annotations" / "aljazeera-ghouta-evacuations.json", d)
    return ds


def test_baseline_and_evaluate_refuse_drafts_by_name(tmp_path):
    ds = _drafted(tmp_path)
    with pytest.raises(DraftError, match="aljazeera-ghouta-evacuations"):
        run_baseline(ds)
    assert not (ds / "baseline").exists()
    out = runner.invoke(app, ["evaluate", str(ds / "annotations"), str(ds / "annotations"), "--dataset", str(ds)])
    assert out.exit_code == 1 and "drafts: aljazeera-ghouta-evacuations" in out.output
