"""The text-free release (issue 14): ``build --without-texts`` then ``hydrate`` gives
files byte-identical to ``build``; a wrong text fails naming the document and writes
nothing; the text-free files carry no article-text column; every article-text
column of every config is declared; ``publish`` uploads the text-free release unless
``--include-texts``, and says so."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datasets import List, Value
from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.build.configs import CONFIGS
from ghouta_corpus.build.standalone import published_features
from ghouta_corpus.build.textfree import RECORD, text_free_features
from ghouta_corpus.cli import app
from ghouta_corpus.io import manifest_entries

runner = CliRunner()


def _copy(tmp: Path, name: str) -> Path:
    dst = tmp / name
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns("dev", ".ghouta*"))
    return dst


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("textfree")
    full, free = _copy(tmp, "full"), _copy(tmp, "free")
    assert runner.invoke(app, ["build", "--dataset", str(full)]).exit_code == 0
    r = runner.invoke(app, ["build", "--dataset", str(free), "--without-texts"])
    assert r.exit_code == 0, r.output
    assert "text-free" in r.output
    return full, free


def _text_columns(fields: dict, prefix: str = "") -> list[str]:
    """Article-text columns by the rule hydrate restores them with: ``tokens`` beside
    token offsets, ``text``/``x_text`` beside ``start``/``end`` or ``x_start``/``x_end``,
    a document's whole ``text``."""
    out = []
    for key, f in fields.items():
        path = f"{prefix}{key}"
        if isinstance(f, List) and isinstance(f.feature, dict):
            out += _text_columns(f.feature, f"{path}.")
        elif isinstance(f, dict):
            out += _text_columns(f, f"{path}.")
        elif key == "tokens" and "token_starts" in fields:
            out.append(path)
        elif isinstance(f, Value) and f.dtype == "string" and (key == "text" or key.endswith("_text")):
            stem = key[: -len("text")]
            if f"{stem}start" in fields or (key == "text" and "char_count" in fields):
                out.append(path)
    return out


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_article_text_column_is_declared(config: str) -> None:
    found = _text_columns(dict(published_features(CONFIGS[config].features())))
    assert sorted(found) == sorted(CONFIGS[config].text_columns)
    assert _text_columns(dict(text_free_features(config))) == []


def test_text_free_files_hold_no_text_column_and_no_article_text(builds: tuple[Path, Path]) -> None:
    _, free = builds
    texts = [(DATASET / "raw" / m.source_file).read_text(encoding="utf-8") for m in manifest_entries(DATASET)]
    for p in sorted((free / "data").rglob("*.parquet")):
        table = pq.read_table(p)
        assert table.schema.equals(text_free_features(p.parent.name).arrow_schema, check_metadata=False), p
        # no string cell is a long piece of an article (names and short labels may recur)
        for row in table.to_pylist():
            for value in _strings(row):
                assert len(value) < 40 or not any(value in t for t in texts), (p, value[:60])
    assert not any(p.name.endswith(".txt") for p in (free / "data").rglob("*"))


def _strings(x: object) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in _strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in _strings(v)]
    return []


def test_hydrate_gives_the_full_build_byte_for_byte(builds: tuple[Path, Path], tmp_path: Path) -> None:
    full, free = builds
    target = tmp_path / "free"
    shutil.copytree(free, target)
    assert (target / RECORD).is_file()
    r = runner.invoke(app, ["hydrate", str(DATASET / "raw"), "--dataset", str(target)])
    assert r.exit_code == 0, r.output
    assert not (target / RECORD).exists()
    assert _files(target) == _files(full)


def test_hydrate_with_a_wrong_text_names_the_document_and_writes_nothing(builds: tuple[Path, Path],
                                                                         tmp_path: Path) -> None:
    _, free = builds
    target = tmp_path / "free"
    shutil.copytree(free, target)
    before = _files(target)
    texts = tmp_path / "texts"
    shutil.copytree(DATASET / "raw", texts)
    meta = manifest_entries(DATASET)[-1]
    changed = texts / meta.source_file
    changed.write_text(changed.read_text(encoding="utf-8").replace("Idlib", "Idleb", 1), encoding="utf-8")
    assert hashlib.sha256(changed.read_bytes()).hexdigest() != meta.sha256
    r = runner.invoke(app, ["hydrate", str(texts), "--dataset", str(target)])
    assert r.exit_code == 1
    assert meta.doc_id in r.output and "nothing was written" in r.output
    assert _files(target) == before
    (texts / meta.source_file).unlink()
    r = runner.invoke(app, ["hydrate", str(texts), "--dataset", str(target)])
    assert r.exit_code == 1 and meta.doc_id in r.output
    assert _files(target) == before


def test_hydrate_refuses_a_full_build(tmp_path: Path) -> None:
    r = runner.invoke(app, ["hydrate", str(DATASET / "raw"), "--dataset", str(DATASET)])
    assert r.exit_code == 2 and RECORD in r.output


def test_a_full_build_after_a_text_free_one_removes_the_record(builds: tuple[Path, Path], tmp_path: Path) -> None:
    full, free = builds
    target = tmp_path / "free"
    shutil.copytree(free, target)
    assert runner.invoke(app, ["build", "--dataset", str(target)]).exit_code == 0
    assert _files(target) == _files(full)


def test_publish_uploads_the_text_free_release_unless_asked() -> None:
    r = runner.invoke(app, ["publish", "--repo-id", "example-org/ghouta-corpus", "--dry-run"])
    assert r.exit_code == 0, r.output
    paths = [line.split()[-1] for line in r.output.splitlines()[:-1]]
    assert "text-free release" in r.output.splitlines()[-1]
    assert RECORD in paths and "data/documents/train-00000-of-00001.parquet" in paths
    assert not [p for p in paths if p.startswith(("raw/", "annotations/", "adjudication/", "baseline/"))]
    r = runner.invoke(app, ["publish", "--repo-id", "example-org/ghouta-corpus", "--dry-run", "--include-texts"])
    assert r.exit_code == 0, r.output
    paths = [line.split()[-1] for line in r.output.splitlines()[:-1]]
    assert any(p.startswith("raw/") for p in paths) and RECORD not in paths
    assert "with the article texts" in r.output.splitlines()[-1]
