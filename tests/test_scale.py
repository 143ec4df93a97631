"""Scale features on a small synthetic corpus: the generator is deterministic and
valid, --jobs gives the same findings, sharded builds load, and the engine example
in docs/examples runs."""

from __future__ import annotations

import importlib.util
import os

import pytest

from conftest import ROOT, load, save
from ghouta_corpus.build.core import build
from ghouta_corpus.dev.synth import generate
from ghouta_corpus.validate import validate_dataset


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("synth") / "ds", 12, seed=7)


def test_generator_is_deterministic_and_realistic(tmp_path, synth):
    other = generate(tmp_path / "again", 12, seed=7)
    for p in sorted(synth.rglob("*")):
        if p.is_file():
            assert (other / p.relative_to(synth)).read_bytes() == p.read_bytes(), p
    doc = load(synth / "annotations" / "synth-0000000.json")
    text = (synth / "raw" / "synth-0000000.txt").read_text()
    assert 3000 < len(text) < 6000 and 280 <= len(doc["spans"]) <= 340 and len(doc["attributions"]) == 30


def test_synthetic_corpus_validates(synth):
    report = validate_dataset(synth)
    assert report.ok, [f.line() for f in report.findings[:5]]


def test_jobs_give_the_same_findings(tmp_path, synth):
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(synth, broken)
    for i in (1, 5, 9):
        p = broken / "annotations" / f"synth-{i:07d}.json"
        d = load(p)
        d["spans"][3]["end"] += 1
        save(p, d)
    one = validate_dataset(broken, jobs=1)
    two = validate_dataset(broken, jobs=2)
    assert [f.line() for f in one.findings] == [f.line() for f in two.findings] and len(one.findings) >= 3


def test_engine_example_runs(synth, tmp_path):
    os.environ.setdefault("HF_HOME", str(tmp_path / "hf"))
    build(synth, max_shard_bytes=200_000)
    assert len(list((synth / "data" / "spans").glob("train-*.parquet"))) > 1
    spec = importlib.util.spec_from_file_location("at_scale", ROOT / "docs" / "examples" / "at_scale.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result = mod.main(synth, 2)
    assert result["documents"] == 12 and result["invalid"] == 0 and result["draft_spans"] > 0
    assert sum(result["spans_by_label"].values()) == sum(len(load(p)["spans"]) for p in (synth / "annotations").glob("*.json"))


def test_benchmark_peak_is_the_childs_own_not_the_forking_parents():
    """A parent that holds 400 MiB forks the measured child: ``wait4``'s ru_maxrss
    carries the parent's RSS across exec, the child's own VmHWM does not (issue 15:
    the benchmark read validate's memory as growing with the corpus it had just made)."""
    from ghouta_corpus.dev.bench import run_child
    if not os.path.exists("/proc/self/status"):
        pytest.skip("no /proc: run_child falls back to ru_maxrss")
    ballast = bytearray(400 << 20)
    ballast[:: 4096] = b"x" * len(ballast[:: 4096])  # touch every page, so that it is resident
    small = run_child("x = bytearray(8 << 20); x[::4096] = b'y' * len(x[::4096])")
    big = run_child("x = bytearray(120 << 20); x[::4096] = b'y' * len(x[::4096])")
    del ballast
    assert small["rss_mib"] < 100 and big["rss_mib"] > small["rss_mib"] + 100, (small, big)
    with pytest.raises(RuntimeError, match="boom"):
        run_child("raise SystemExit('boom')")
