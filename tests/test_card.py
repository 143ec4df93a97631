"""A Hub-ready card (issue 14): no placeholders, links only to uploaded files,
generated ``dataset_info`` with splits, ``num_examples`` and sizes, a citation with
year and version, one licence statement in card, Croissant and LICENSE-DATA.md, a
changelog whose newest entry is the version that ``build`` stamps everywhere."""

from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.build.configs import CONFIGS
from ghouta_corpus.build.licence import LICENCE_STATEMENT
from ghouta_corpus.cli import app
from ghouta_corpus.model.version import RELEASED, VERSION

runner = CliRunner()
CARD = (DATASET / "README.md").read_text(encoding="utf-8")
HEADER = yaml.safe_load(CARD.split("---\n", 2)[1])
BODY = CARD.split("---\n", 2)[2]


def test_no_placeholders() -> None:
    for marker in ("PATH/TO", "TODO", "FIXME", "XXX", "<your", "lorem"):
        assert marker not in CARD, marker


def _published(*extra: str) -> set[str]:
    r = runner.invoke(app, ["publish", "--repo-id", "example-org/ghouta-corpus", "--dry-run", *extra])
    assert r.exit_code == 0, r.output
    return {line.split()[-1] for line in r.output.splitlines()[:-1]}


@pytest.mark.parametrize("extra", [(), ("--include-texts",)], ids=["text-free", "with-texts"])
def test_links_resolve_to_uploaded_files(extra: tuple[str, ...]) -> None:
    uploaded = _published(*extra)
    links = re.findall(r"\]\(([^)#\s]+)\)", CARD)
    relative = [x for x in links if not re.match(r"^[a-z]+://", x)]
    assert relative, "the card links its companion files"
    assert not [x for x in relative if x not in uploaded], "links to files the Hub repository will not have"
    assert HEADER["license_link"] in uploaded


def test_dataset_info_is_generated_from_the_files() -> None:
    infos = {i["config_name"]: i for i in HEADER["dataset_info"]}
    assert set(infos) == set(CONFIGS)
    for name, info in infos.items():
        files = sorted((DATASET / "data" / name).glob("*.parquet"))
        assert info["download_size"] == sum(f.stat().st_size for f in files)
        for split in info["splits"]:
            mine = [f for f in files if f.name.startswith(f"{split['name']}-")]
            assert split["num_examples"] == sum(pq.ParquetFile(f).metadata.num_rows for f in mine)
            assert split["num_bytes"] == sum(pq.read_table(f).nbytes for f in mine)
        assert info["dataset_size"] == sum(s["num_bytes"] for s in info["splits"])
        assert info["features"], name


def test_card_parses_offline_with_huggingface_hub() -> None:
    hub = pytest.importorskip("huggingface_hub")
    card = hub.DatasetCard.load(DATASET / "README.md")
    assert card.data.configs and card.data.license == "other"


def test_citation_has_year_and_version() -> None:
    bib = re.search(r"```bibtex\n(.*?)```", BODY, re.S)
    assert bib
    assert f"year    = {{{RELEASED[:4]}}}" in bib.group(1) and f"version = {{{VERSION}}}" in bib.group(1)
    croissant = json.loads((DATASET / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["citeAs"] == bib.group(1).strip()
    assert croissant["version"] == VERSION and croissant["datePublished"].startswith(RELEASED)
    assert f"Version **{VERSION}**" in BODY


def test_one_licence_statement_everywhere() -> None:
    croissant = json.loads((DATASET / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["license"] in (LICENCE_STATEMENT, [LICENCE_STATEMENT])
    assert LICENCE_STATEMENT in BODY
    assert LICENCE_STATEMENT in (DATASET / "LICENSE-DATA.md").read_text(encoding="utf-8")


def test_changelog_newest_entry_is_this_version() -> None:
    text = (DATASET / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## (\S+)(?: - (\S+))?$", text, re.M)
    assert first and first.group(1) == VERSION and first.group(2) == RELEASED
    r = runner.invoke(app, ["--version"])
    assert r.output.strip() == f"ghouta-corpus {VERSION}"


def test_every_claim_group_is_in_the_card() -> None:
    from ghouta_corpus.derive import claim_groups, claims
    from ghouta_corpus.io import iter_documents
    groups = claim_groups(c for c in claims(iter_documents(DATASET)) if c.event_id)
    assert groups
    for g in groups:
        assert f"`{g.event_id}`" in BODY


def test_card_has_the_times_view() -> None:
    assert "**TIME types (times)**" in BODY and "**Dates per document (times)**" in BODY


def test_build_with_the_default_dataset_spelled_out_keeps_the_datasheet(tmp_path, monkeypatch) -> None:
    """``build --dataset dataset`` is the plain build: DATASHEET.md stays published and listed."""
    import shutil

    from conftest import ROOT
    project = tmp_path / "project"
    shutil.copytree(DATASET, project / "dataset", ignore=shutil.ignore_patterns(".ghouta*"))
    shutil.copytree(ROOT / "schema", project / "schema")
    for name in ("README.md", "DATASHEET.md", "docs/SCALING.md", "docs/benchmark.json"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, project / name)
    monkeypatch.setenv("GHOUTA_CORPUS_ROOT", str(project))
    monkeypatch.chdir(project)
    r = runner.invoke(app, ["build", "--dataset", "dataset"])
    assert r.exit_code == 0, r.output
    sums = (project / "dataset" / "SHA256SUMS").read_text(encoding="utf-8")
    assert "  DATASHEET.md\n" in sums
    assert sums == (DATASET / "SHA256SUMS").read_text(encoding="utf-8")


def test_benchmark_block_prints_each_steps_cpu_per_document_from_the_data(tmp_path):
    """SCALING's prose cites how each step's CPU per document moved from the smallest size to
    the largest; the block computes it from docs/benchmark.json, so no ratio is typed."""
    import json

    from ghouta_corpus.build.benchtable import benchmark_block
    rows = [{"documents": 10, "runs": 3, "parse_cpu_s": 1.0, "validate_cpu_s": 5.0},
            {"documents": 100, "runs": 1, "parse_cpu_s": 8.0, "validate_cpu_s": 60.0}]
    data = {"machine": {"cpu": "x", "cores": 2, "memory": "1 GiB", "python": "3.11", "system": "y"},
            "jobs": 1, "seed": 0, "results": rows}
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "benchmark.json").write_text(json.dumps(data), encoding="utf-8")
    assert "CPU per document at 100 documents over that at 10: parse 0.80x, validate 1.20x." in benchmark_block(tmp_path)
    data["results"] = rows[:1]
    (tmp_path / "docs" / "benchmark.json").write_text(json.dumps(data), encoding="utf-8")
    assert "CPU per document" not in benchmark_block(tmp_path)
