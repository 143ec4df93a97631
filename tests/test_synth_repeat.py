"""The benchmark's repeated corpus (``synth.repeat``, ``bench --repeat-of``): the
100,000-document row is measured on it, so it must be a valid dataset whose
documents are the source's under new ids, numbered and split as ``generate`` would."""

import json
import os

from ghouta_corpus.dev.bench import corpus
from ghouta_corpus.dev.synth import generate, repeat
from ghouta_corpus.validate import validate_dataset


def test_repeat_renames_links_and_validates(tmp_path):
    src = generate(tmp_path / "src", 5, seed=3)
    out = repeat(src, tmp_path / "out", 3)
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    old = json.loads((src / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert [e["doc_id"] for e in entries] == [f"synth-{i:07d}" for i in range(15)]
    assert [e["split"] for e in entries] == ["train" if i % 5 else "test" for i in range(15)]
    for i, e in enumerate(entries):
        o = old[i % 5]
        assert {**e, "doc_id": o["doc_id"], "source_file": o["source_file"]} == o
        a = (out / "annotations" / f"{e['doc_id']}.json").read_bytes()
        b = (src / "annotations" / f"{o['doc_id']}.json").read_bytes()
        assert a.replace(e["doc_id"].encode(), o["doc_id"].encode()) == b
        assert (a == b) == (i < 5)  # the first copy keeps its ids
        assert os.stat(out / "raw" / e["source_file"]).st_ino == os.stat(src / "raw" / o["source_file"]).st_ino
    assert validate_dataset(out, jobs=1).ok


def test_bench_corpus_repeats_a_smaller_one_and_says_so(tmp_path):
    root = corpus(tmp_path, 10, seed=0, repeat_of=5, log=lambda s: None)
    assert len(list((root / "annotations").glob("*.json"))) == 10
    assert (tmp_path / "synth-5" / "manifest.json").exists()
    note = root.with_suffix(".note").read_text(encoding="utf-8")
    assert "5-document corpus of seed 0 repeated 2 times" in note
    assert corpus(tmp_path, 10, seed=0, repeat_of=5) == root  # reused, not made again
