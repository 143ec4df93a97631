"""The published Parquet stands on its own (issue 14) and the event and claim configs
load (issue 17): DuckDB, polars and mlcroissant read label names and splits without
the ``datasets`` metadata; ``load_dataset`` still yields ClassLabel features, for
every config, ``events`` and ``claims`` included, offline."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datasets import ClassLabel, List, load_dataset

from conftest import DATASET
from ghouta_corpus.build.configs import CONFIGS
from ghouta_corpus.build.standalone import published_features
from ghouta_corpus.model.vocab import vocab

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published Parquet files with the ``huggingface`` schema metadata removed:
    what a reader that knows nothing of ``datasets`` gets."""
    out = tmp_path_factory.mktemp("bare")
    for p in sorted((DATASET / "data").rglob("*.parquet")):
        table = pq.read_table(p)
        target = out / p.relative_to(DATASET / "data")
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.replace_schema_metadata(None), target)
    return out


def test_every_classlabel_has_a_name_column_and_every_config_a_split() -> None:
    def walk(fields: dict, where: str) -> list[str]:
        missing = []
        for key, f in fields.items():
            inner = f.feature if isinstance(f, List) else f
            if isinstance(inner, ClassLabel):
                name = f"{key}_names" if isinstance(f, List) else f"{key}_name"
                if name not in fields:
                    missing.append(f"{where}.{key}")
            elif isinstance(inner, dict):
                missing += walk(inner, f"{where}.{key}")
        return missing
    for name, cfg in CONFIGS.items():
        feats = published_features(cfg.features())
        assert walk(dict(feats), name) == []
        assert "split" in feats


def test_duckdb_reads_label_names_and_splits(bare: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    rows = con.execute(f"SELECT split, label_name, count(*) FROM read_parquet('{bare}/spans/*.parquet') "
                       "GROUP BY ALL ORDER BY ALL").fetchall()
    assert {r[0] for r in rows} == {"train", "test"}
    assert {r[1] for r in rows} <= set(vocab("label")) and "ACTOR" in {r[1] for r in rows}
    nested = con.execute(f"SELECT s.label_name FROM read_parquet('{bare}/documents/*.parquet'), "
                         "UNNEST(spans) AS t(s) LIMIT 5").fetchall()
    assert all(r[0] in vocab("label") for r in nested)
    tags = con.execute(f"SELECT mention_tags_names FROM read_parquet('{bare}/tokens/train-*.parquet') LIMIT 1").fetchone()
    assert tags and all(t == "O" or t[2:] in vocab("label") for t in tags[0])


def test_polars_reads_label_names_and_splits(bare: Path) -> None:
    pl = pytest.importorskip("polars")
    df = pl.read_parquet(str(bare / "claims" / "*.parquet"))
    assert set(df["split"].unique().to_list()) == {"train", "test"}
    assert set(df["category_name"].drop_nulls().unique().to_list()) <= set(vocab("category"))
    assert set(df["verdict_name"].drop_nulls().unique().to_list()) <= {"consistent", "conflicting"}
    ents = pl.read_parquet(str(bare / "entities" / "*.parquet"))
    assert set(ents["label_name"].unique().to_list()) == {"ACTOR", "LOCATION"}
    assert set(ents["split"].unique().to_list()) == {"train", "test"}


def test_mlcroissant_reads_names_splits_and_enumerations() -> None:
    mlc = pytest.importorskip("mlcroissant")
    ds = mlc.Dataset(jsonld=str(DATASET / "croissant.json"))
    splits = {r["splits/name"].decode() if isinstance(r["splits/name"], bytes) else r["splits/name"]
              for r in ds.records("splits")}
    assert splits == {"train", "test"}
    labels = [r["enum/label/name"] for r in ds.records("enum/label")]
    assert [x.decode() if isinstance(x, bytes) else x for x in labels] == vocab("label")
    for rec in itertools.islice(ds.records("spans"), 20):
        assert rec["spans/label_name"].decode() == vocab("label")[rec["spans/label"]]
        assert rec["spans/split"].decode() in splits
    meta = ds.metadata.to_json()
    label_field = next(f for rs in meta["recordSet"] if rs["@id"] == "spans" for f in rs["field"]
                       if f["@id"] == "spans/label")
    assert label_field["references"]["field"]["@id"] == "enum/label/id"


@pytest.mark.parametrize("config", list(CONFIGS))
def test_load_dataset_keeps_classlabel_features(config: str, tmp_path: Path) -> None:
    ds = load_dataset(str(DATASET), config, cache_dir=str(tmp_path))
    feats = ds["train"].features
    assert feats == published_features(CONFIGS[config].features())
    assert ds["train"][0]["split"] == "train"


def test_events_and_claims_load_offline_with_classlabels(tmp_path: Path) -> None:
    ev = load_dataset(str(DATASET), "events", cache_dir=str(tmp_path))
    assert isinstance(ev["train"].features["event_type"], ClassLabel)
    assert isinstance(ev["train"].features["arguments"].feature["role"], ClassLabel)
    row = next(r for r in ev["train"] if r["arguments"])
    assert row["event_id"] and row["event_description"]
    assert all(a["text"] for a in row["arguments"])
    claims = load_dataset(str(DATASET), "claims", cache_dir=str(tmp_path))
    verdict = claims["train"].features["verdict"]
    assert isinstance(verdict, ClassLabel) and verdict.names == ["consistent", "conflicting"]


def test_claims_config_has_the_death_toll_group() -> None:
    """Issue 17's done-when: TRT World's 'more than 1,500' and Al Jazeera's '1,500' in
    one group about the offensive's deaths, consistent, each with its source chain."""
    rows = [r for p in sorted((DATASET / "data" / "claims").glob("*.parquet")) for r in pq.read_table(p).to_pylist()]
    groups: dict[str, list[dict]] = {}
    for r in rows:
        if r["group_id"]:
            groups.setdefault(r["group_id"], []).append(r)
    toll = [g for g in groups.values() if {r["text"] for r in g} >= {"more than 1,500", "1,500"}
            and all(r["category_name"] == "killed" for r in g)]
    assert len(toll) == 1
    g = toll[0]
    assert {r["outlet"] for r in g} == {"TRT World", "Al Jazeera"}
    assert {r["verdict_name"] for r in g} == {"consistent"}
    for r in g:
        assert r["chain"] and r["chain"][-1]["kind"] == "outlet"
    trt = next(r for r in g if r["outlet"] == "TRT World")
    assert trt["chain_length"] >= 1 and trt["chain"][0]["source_text"]


def test_entities_are_split_by_the_documents_that_mention_them() -> None:
    for split in ("train", "test"):
        rows = pq.read_table(next((DATASET / "data" / "entities").glob(f"{split}-*.parquet"))).to_pylist()
        assert rows and all(r["split"] == split and r["mentions"] > 0 and r["documents"] for r in rows)


def test_a_copy_without_the_card_still_shows_names(tmp_path: Path) -> None:
    """A folder of only the Parquet files (no README, no Croissant): pandas-style readers see names."""
    dst = tmp_path / "data"
    shutil.copytree(DATASET / "data", dst)
    t = pq.read_table(next((dst / "counts").glob("train-*.parquet")))
    assert set(t.column("unit_name").to_pylist()) <= set(vocab("unit"))
