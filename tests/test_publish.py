from __future__ import annotations

import shutil

from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.cli import app

runner = CliRunner()


def test_dry_run_lists_the_built_folder():
    r = runner.invoke(app, ["publish", "--repo-id", "example-org/ghouta-corpus", "--dry-run", "--include-texts"])
    assert r.exit_code == 0, r.output
    for path in ("README.md", "croissant.json", "SHA256SUMS", "data/documents/train-00000-of-00001.parquet", "annotations/aljazeera-ghouta-evacuations.json"):
        assert path in r.output
    assert "would upload" in r.output


def test_bad_repo_id_and_stale_build_are_refused(tmp_path):
    assert runner.invoke(app, ["publish", "--repo-id", "no-slash", "--dry-run"]).exit_code == 2  # a usage error
    copy = tmp_path / "dataset"
    shutil.copytree(DATASET, copy)
    (copy / "croissant.json").write_text("{}")
    r = runner.invoke(app, ["publish", "--repo-id", "a/b", "--dry-run", "--dataset", str(copy)])
    assert r.exit_code == 1 and "checksum differs" in r.output
