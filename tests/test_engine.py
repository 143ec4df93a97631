"""The engine example (docs/examples/dask_build.py) on a local Dask cluster of two
workers, and the benchmark's columnar reference: both make tables equal to
``build``'s. (The benchmark itself is never run by the tests.)"""

from __future__ import annotations

import importlib.util
import os
import shutil
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, load, save
from ghouta_corpus.build.core import build
from ghouta_corpus.dev.bench import columnar_rebuild
from ghouta_corpus.dev.synth import generate


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A small synthetic corpus and its build (with the test split: every config has rows)."""
    root = generate(tmp_path_factory.mktemp("engine") / "ds", 12, seed=11)
    source = root.parent / "source"
    shutil.copytree(root, source)
    build(root, max_shard_bytes=200_000)
    return source, root


def tables(folder, config) -> dict[str, pa.Table]:
    """Each split's rows of one config, its files read in name order."""
    out: dict[str, list[pa.Table]] = {}
    for p in sorted((folder / config).glob("*.parquet")):
        out.setdefault(p.name.split("-")[0].split(".")[0], []).append(pq.read_table(p))
    return {split: pa.concat_tables(ts) for split, ts in out.items()}


def _example():
    spec = importlib.util.spec_from_file_location("dask_build", ROOT / "docs" / "examples" / "dask_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dask_example_on_two_local_workers_makes_builds_tables(built, tmp_path):
    source, done = built
    t = time.monotonic()
    result = _example().main(source, tmp_path / "out", workers=2, parts=3)
    assert time.monotonic() - t < 60
    assert result["ok"] and result["partitions"] == 3
    for config in ("documents", "spans", "counts", "attributions", "entities", "tokens"):
        got, want = tables(tmp_path / "out" / "data", config), tables(done / "data", config)
        assert got.keys() == want.keys() and got, config
        for split in want:
            assert got[split].equals(want[split]), (config, split)
    assert len(list((tmp_path / "out" / "data" / "spans").glob("train-*-of-00003.parquet"))) == 3


def test_dask_example_stops_on_a_finding(built, tmp_path):
    source, _ = built
    broken = tmp_path / "broken"
    shutil.copytree(source, broken)
    p = broken / "annotations" / "synth-0000004.json"
    d = load(p)
    d["spans"][3]["end"] += 1
    save(p, d)
    from dask.distributed import Client
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as client:
        result = _example().run(client, broken.resolve(), (tmp_path / "out").resolve(), 2)
    assert not result["ok"] and any(f["doc_id"] == "synth-0000004" for f in result["findings"])
    assert not (tmp_path / "out").exists()


def test_columnar_reference_of_the_benchmark_makes_builds_tables(built, tmp_path):
    source, done = built
    os.environ.setdefault("HF_HOME", str(tmp_path / "hf"))
    columnar_rebuild(source, tmp_path / "ref", batch_documents=5)
    for config in ("documents", "spans", "counts", "attributions", "entities", "tokens"):
        got, want = tables(tmp_path / "ref", config), tables(done / "data", config)
        assert got.keys() == want.keys(), config
        for split in want:
            assert got[split].equals(want[split]), (config, split)
