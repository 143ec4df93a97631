"""The published folder: it loads offline with full types, any Parquet reader can
read it, Croissant describes it, builds are reproducible and atomic, and the
committed build is never stale."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from datasets import ClassLabel, List

from conftest import DATASET, ROOT, load, save
from ghouta_corpus.build.card import generated_blocks
from ghouta_corpus.build.configs import CONFIGS, config_rows
from ghouta_corpus.build.core import OUTPUTS, BuildError, build, render, scan
from ghouta_corpus.build.docgen import block_names, fill_blocks
from ghouta_corpus.build.features import tag_names
from ghouta_corpus.build.standalone import published_features
from ghouta_corpus.io.corpus import load_corpus
from ghouta_corpus.model.records import tag_columns
from ghouta_corpus.model.vocab import schemas, vocab


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """A build of the committed sources into a temporary folder."""
    out = tmp_path_factory.mktemp("build")
    render(DATASET, out, ROOT)
    return out


@pytest.fixture(scope="module")
def card_yaml() -> dict:
    text = (DATASET / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


@pytest.fixture(autouse=True, scope="module")
def offline_hf(tmp_path_factory):
    """Offline, with a cache of this module's own: ``datasets`` reads HF_HOME when it is
    imported (before this fixture runs), so its cache folder is set directly too; a
    shared cache would serve a build of another checkout whose folder has the same name."""
    import datasets.config
    old = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HOME")}
    home = tmp_path_factory.mktemp("hf")
    os.environ.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(home))
    old_cache = datasets.config.HF_DATASETS_CACHE
    datasets.config.HF_DATASETS_CACHE = home / "datasets"
    yield
    datasets.config.HF_DATASETS_CACHE = old_cache
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _class_labels(features, prefix=""):
    """(path, names) of every ClassLabel in nested Features."""
    out = []
    for k, v in features.items():
        if isinstance(v, ClassLabel):
            out.append((prefix + k, v.names))
        elif isinstance(v, List):
            inner = v.feature
            if isinstance(inner, ClassLabel):
                out.append((prefix + k, inner.names))
            elif isinstance(inner, dict):
                out += _class_labels(inner, prefix + k + ".")
    return out


def test_features_agree_with_the_schema():
    enums = {tuple(d["enum"]) for d in schemas()["vocabularies"]["$defs"].values() if "enum" in d}
    tag_sets = {tuple(tag_names(c)) for c in tag_columns()}
    seen = set()
    for cfg in CONFIGS.values():
        for path, names in _class_labels(cfg.features()):
            assert tuple(names) in enums | tag_sets, (cfg.name, path, names)
            seen.add(tuple(names))
    assert tuple(vocab("label")) in seen and tuple(vocab("actor_type")) in seen and tuple(vocab("category")) in seen


def test_committed_build_is_not_stale(fresh):
    """Fails when the sources changed and `ghouta-corpus build` was not rerun."""
    for name in OUTPUTS:
        a, b = fresh / name, DATASET / name
        if a.is_dir():
            fa = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
            fb = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
            assert fa == fb, f"{name}: files differ; run ghouta-corpus build"
            for rel in fa:
                assert (a / rel).read_bytes() == (b / rel).read_bytes(), f"{name}/{rel} is stale; run ghouta-corpus build"
        else:
            assert a.read_bytes() == b.read_bytes(), f"{name} is stale; run ghouta-corpus build"


def test_numbers_in_readme_and_datasheet_are_generated():
    blocks = generated_blocks(scan(DATASET)[0], DATASET)
    for name in ("README.md", "DATASHEET.md", "docs/SCALING.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert block_names(text), f"{name} has no generated blocks"
        assert fill_blocks(text, blocks) == text, f"{name}: generated numbers are stale; run ghouta-corpus build"


def test_two_builds_are_byte_identical(tmp_path, fresh):
    other = tmp_path / "b"
    other.mkdir()
    render(DATASET, other, ROOT)
    assert (other / "SHA256SUMS").read_bytes() == (fresh / "SHA256SUMS").read_bytes()
    for line in (fresh / "SHA256SUMS").read_text().splitlines():
        digest, rel = line.split("  ")
        assert (other / rel).read_bytes() == (fresh / rel).read_bytes(), rel


def test_checksum_manifest_lists_every_file(fresh):
    listed = {line.split("  ")[1] for line in (fresh / "SHA256SUMS").read_text().splitlines()}
    written = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file() and "_top" not in p.parts} - {"SHA256SUMS"}
    assert listed == written


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_load_dataset_offline_with_features_and_card_counts(config, card_yaml):
    from datasets import load_dataset
    ds = load_dataset(str(DATASET), config)
    expected = published_features(CONFIGS[config].features())  # ClassLabel ids with names and split beside them
    rows = config_rows(load_corpus(DATASET), CONFIGS[config])
    card_text = (DATASET / "README.md").read_text(encoding="utf-8")
    for split, d in ds.items():
        assert d.features == expected
        assert d.num_rows == len(rows[split])
        assert f"{split}: {d.num_rows} rows" in card_text
    declared = next(c for c in card_yaml["configs"] if c["config_name"] == config)
    assert {f["split"] for f in declared["data_files"]} == set(ds)


def test_default_config_and_streaming():
    from datasets import load_dataset
    ds = load_dataset(str(DATASET))
    assert set(ds) == {"train", "test"} and "spans" in ds["train"].features
    st = load_dataset(str(DATASET), "tokens", streaming=True)
    row = next(iter(st["test"]))
    assert st["test"].features["mention_tags"].feature.names == tag_names("mention")
    assert len(row["tokens"]) == len(row["mention_tags"]) == len(row["token_starts"])


def test_class_labels_survive_in_the_parquet_metadata():
    schema = pq.read_schema(DATASET / "data" / "spans" / "train-00000-of-00001.parquet")
    meta = json.loads(schema.metadata[b"huggingface"])
    assert meta["info"]["features"]["label"]["names"] == vocab("label")


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_duckdb_reads_every_config(config):
    duckdb = pytest.importorskip("duckdb")
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{DATASET}/data/{config}/*.parquet')").fetchall()[0][0]
    rows = config_rows(load_corpus(DATASET), CONFIGS[config])
    assert n == sum(len(r) for r in rows.values())


def test_duckdb_unnests_spans():
    duckdb = pytest.importorskip("duckdb")
    n = duckdb.sql(f"SELECT count(*) FROM (SELECT UNNEST(spans) AS s FROM read_parquet('{DATASET}/data/documents/*.parquet'))").fetchall()[0][0]
    assert n == sum(len(d.spans) for d in load_corpus(DATASET).documents)


def test_croissant_validates_and_reads_every_record_set():
    mlc = pytest.importorskip("mlcroissant")
    ds = mlc.Dataset(jsonld=str(DATASET / "croissant.json"))
    corpus = load_corpus(DATASET)
    for name, cfg in CONFIGS.items():
        records = list(ds.records(name))
        assert len(records) == sum(len(r) for r in config_rows(corpus, cfg).values()), name
    meta = load(DATASET / "croissant.json")
    assert meta["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    files = [d for d in meta["distribution"] if d["@type"] == "cr:FileObject"]
    assert files and all(len(f["sha256"]) == 64 for f in files)


def _copy_dataset(tmp_path: Path) -> Path:
    dst = tmp_path / "dataset"
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns(".build-*"))
    return dst


def test_invalid_sources_write_nothing(tmp_path):
    ds = _copy_dataset(tmp_path)
    before = {p: p.read_bytes() for p in ds.rglob("*") if p.is_file()}
    ann = ds / "annotations" / "aljazeera-ghouta-evacuations.json"
    d = load(ann)
    d["spans"][0]["text"] = "not the text"
    save(ann, d)
    before[ann] = ann.read_bytes()
    with pytest.raises(BuildError) as e:
        build(ds)
    assert any(f.rule == "span-text" for f in e.value.findings)
    after = {p: p.read_bytes() for p in ds.rglob("*") if p.is_file()}
    assert after == before


def test_drafts_are_refused_by_name(tmp_path):
    ds = _copy_dataset(tmp_path)
    ann = ds / "annotations" / "aljazeera-ghouta-evacuations.json"
    d = load(ann)
    d["status"] = "draft"
    save(ann, d)
    with pytest.raises(BuildError, match="aljazeera-ghouta-evacuations"):
        build(ds)
    rel = "data/documents/test-00000-of-00001.parquet"
    assert (ds / rel).read_bytes() == (DATASET / rel).read_bytes()


def test_failure_midway_keeps_the_previous_build(tmp_path, monkeypatch):
    ds = _copy_dataset(tmp_path)
    before = (ds / "croissant.json").read_bytes()
    import ghouta_corpus.build.croissant as cr  # noqa: F811

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(cr, "croissant_json", boom)
    with pytest.raises(RuntimeError):
        build(ds)
    assert (ds / "croissant.json").read_bytes() == before
    assert not list(ds.glob(".build-*"))


def test_small_shards_split_a_config_and_still_load(tmp_path):
    from datasets import load_dataset
    ds = _copy_dataset(tmp_path)
    build(ds, max_shard_bytes=2_000)
    shards = sorted((ds / "data" / "spans").glob("train-*.parquet"))
    assert len(shards) > 1 and shards[0].name.endswith(f"-of-{len(shards):05d}.parquet")
    loaded = load_dataset(str(ds), "spans", split="train")
    assert loaded.num_rows == sum(1 for d in load_corpus(DATASET).documents if d.meta.split == "train" for _ in d.spans)


def test_tokens_rebuild_every_mention_span():
    corpus = load_corpus(DATASET)
    rows = config_rows(corpus, CONFIGS["tokens"])
    names = tag_names("mention")
    for doc in corpus.documents:
        got = []
        for r in [r for rs in rows.values() for r in rs if r["doc_id"] == doc.doc_id]:
            cur = None
            for s, e, t in zip(r["token_starts"], r["token_ends"], r["mention_tags"], strict=True):
                tag = names[t]
                if tag.startswith("B-"):
                    if cur:
                        got.append(tuple(cur))
                    cur = [s, e, tag[2:]]
                elif tag.startswith("I-") and cur:
                    cur[1] = e
                else:
                    if cur:
                        got.append(tuple(cur))
                    cur = None
            if cur:
                got.append(tuple(cur))
        want = sorted((s.start, s.end, s.label) for s in doc.spans if s.label in ("ACTOR", "LOCATION", "COUNT", "COUNTED"))
        assert sorted(got) == want, doc.doc_id


def test_tokens_never_split_a_span_boundary():
    from ghouta_corpus.text.tokens import token_span, tokenize
    for doc in load_corpus(DATASET).documents:
        toks = tokenize(doc.text)
        for s in doc.spans:
            token_span(toks, s.start, s.end)  # raises BoundaryError if a boundary is inside a token
