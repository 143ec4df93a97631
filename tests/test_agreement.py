"""The agreement tables of the card and DATASHEET are what ``ghouta-corpus evaluate``
prints for the same pass folders, and the sealed documents' agreement reads nothing of
them but their two passes and raw texts."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATASET, ROOT
from ghouta_corpus.build import agreement as ag
from ghouta_corpus.build.card import TEMPLATE
from ghouta_corpus.cli import app
from ghouta_corpus.io import manifest_entries

runner = CliRunner()


def printed(pair: str) -> dict:
    """The JSON that the block's own command prints (run from the repository root)."""
    args = shlex.split(ag.PASS_PAIRS[pair].command())[1:]
    args = [str(ROOT / a) if a.startswith("dataset") else a for a in args]
    r = runner.invoke(app, [*args, "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_original_block_is_what_evaluate_prints():
    table = ag.agreement_table(ag.BLOCK_LAYERS["agreement"], {"agreement": printed("original")})
    assert ag.agreement_block(DATASET) == table
    assert "| entities | ACTOR exact-span F1 |" in table and "| attributions | record F1 (cues overlap) |" in table


def test_time_event_block_is_what_evaluate_prints():
    r = printed("time-event")
    block = ag.time_event_block(DATASET)
    assert block.startswith(ag.agreement_table(ag.BLOCK_LAYERS["agreement-time-event"], {"agreement": r}))
    assert f"`{ag.PASS_PAIRS['time-event'].command()}`" in block
    for measure in ("TIME exact-span F1", "value (resolved) agreement", "EVENT trigger exact-span F1",
                    "event_type agreement", "EVENT_ARG F1", "coreference CoNLL F1", "coreference B-cubed F1"):
        assert f"| {measure}" in block
    # the figures themselves, as evaluate computed them
    assert f"| TIME exact-span F1 | {r['spans']['exact']['TIME']['f1']:.3f} |" in block
    assert f"| coreference B-cubed F1 | {r['events']['coreference']['b_cubed']['f1']:.3f} |" in block


def test_dev_block_has_a_column_per_split_that_is_what_evaluate_prints():
    dev, sealed = printed("dev"), printed("sealed")
    splits = {m.doc_id: m.split for m in manifest_entries(DATASET / "dev")}
    assert {splits[d] for d in dev["documents"]} == {"dev"} and {splits[d] for d in sealed["documents"]} == {"sealed"}
    columns = {f"dev ({len(dev['documents'])} documents)": dev,
               f"sealed ({len(sealed['documents'])} documents)": sealed}
    block = ag.dev_block(DATASET)
    assert block.startswith(ag.agreement_table(ag.BLOCK_LAYERS["agreement-dev"], columns))
    for layer in ("entities", "counts", "attributions", "time", "events", "claims"):
        assert f"| {layer} |" in block


def test_a_layer_no_pass_annotated_is_one_row():
    acc = {"correct": 0, "matched": 0, "accuracy": None}
    nothing = {"spans": {"exact": {"EVENT": {"f1": None}}},
               "attributes": {k: acc for k in ("event_type", "event_polarity", "event_modality")},
               "events": {"arguments": {"overall": {"f1": None}},
                          "coreference": {"mentions": 0, "muc": None, "b_cubed": None, "ceaf_e": None,
                                          "conll_f1": None}}}
    rows = ag.agreement_table(("events",), {"a": nothing}).splitlines()
    assert rows[2:] == ["| events | not annotated in these passes | n/a |"]


def test_card_and_datasheet_say_the_passes_are_one_models_agents_next_to_each_table():
    for path in (TEMPLATE, ROOT / "DATASHEET.md"):
        text = path.read_text(encoding="utf-8")
        for block in ("agreement-time-event", "agreement-dev"):
            after = text.split(f"<!-- end: {block} -->", 1)[1][:400]
            assert "instances of one model" in after and "upper bound" in after, (path.name, block)


def test_sealed_agreement_reads_only_the_two_passes_and_the_raw_texts(monkeypatch):
    sealed = {m.doc_id: m.source_file for m in manifest_entries(DATASET / "dev") if m.split == "sealed"}
    opened: list[Path] = []
    import ghouta_corpus.io.read as reader
    real = reader.open_input  # every file the package reads is opened here (the one reader)

    def spy(path, *a, **kw):
        opened.append(Path(path).resolve())
        return real(path, *a, **kw)
    monkeypatch.setattr(reader, "open_input", spy)
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", "off")  # computed, not read from the cache
    assert ag.agreement(DATASET, "sealed") is not None
    dev = (DATASET / "dev").resolve()
    hashed = {f.resolve() for f in ag._inputs(DATASET / "dev", *ag.PASS_PAIRS["sealed"].paths(DATASET)[1:],
                                              "sealed")}
    assert set(opened) <= hashed <= {(DATASET / "dev" / "manifest.json").resolve()} | set(opened)  # the cache key
    # hashes exactly what the scores read
    allowed = {dev / "manifest.json"}
    allowed |= {dev / "raw" / f for f in sealed.values()}
    allowed |= {dev / "adjudication" / p / "json" / f"{d}.json" for p in ("pass-a", "pass-b") for d in sealed}
    assert set(opened) <= allowed, sorted(map(str, set(opened) - allowed))
    assert {dev / "raw" / f for f in sealed.values()} <= set(opened)  # the spy does see the reads


@pytest.mark.parametrize("pair", sorted(ag.PASS_PAIRS))
def test_each_pair_names_existing_folders(pair):
    ds, a, b = ag.PASS_PAIRS[pair].paths(DATASET)
    assert a.is_dir() and b.is_dir() and (ds / "manifest.json").is_file()
