"""The content-addressed cache of derived results (io.cache) and its one user, the
card's agreement between recorded passes: a hit returns what computing returns, and
any change of an input byte, a file name or the code is a miss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from ghouta_corpus.build import agreement as agreement_mod
from ghouta_corpus.io import cache


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", str(folder))
    return folder


def test_a_kept_result_is_read_not_recomputed(cache_home: Path) -> None:
    calls: list[int] = []

    def compute() -> dict[str, object]:
        calls.append(1)
        return {"f1": 0.5, "layers": [1, 2], "name": "x"}

    first = cache.cached_json("k1", compute)
    second = cache.cached_json("k1", compute)
    assert first == second == {"f1": 0.5, "layers": [1, 2], "name": "x"}
    assert calls == [1]
    assert [p.name for p in cache_home.iterdir()] == ["k1.json"]


def test_off_computes_every_time_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []
    for _ in range(2):
        cache.cached_json("k", lambda: calls.append(1) or 1)
    assert calls == [1, 1]
    assert list(tmp_path.iterdir()) == []


def test_a_result_json_would_change_is_not_kept(cache_home: Path) -> None:
    assert cache.cached_json("t", lambda: {"pair": (1, 2)}) == {"pair": (1, 2)}
    assert not (cache_home / "t.json").exists()


def test_a_damaged_entry_or_an_unwritable_folder_falls_back_to_computing(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", str(tmp_path / "c"))
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "bad.json").write_text("{not json", encoding="utf-8")
    assert cache.cached_json("bad", lambda: [3]) == [3]
    assert json.loads((tmp_path / "c" / "bad.json").read_text(encoding="utf-8")) == [3]
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", str(tmp_path / "file"))  # a file where the folder would be
    assert cache.cached_json("k", lambda: [4]) == [4]


def test_the_key_follows_bytes_and_names_not_the_root(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "p").mkdir(parents=True)
        (root / "p" / "x.json").write_text('{"v": 1}', encoding="utf-8")
    key = cache.content_key("n", a, [a / "p" / "x.json"])
    assert cache.content_key("n", b, [b / "p" / "x.json"]) == key  # a copy elsewhere hits
    assert cache.content_key("m", a, [a / "p" / "x.json"]) != key  # another computation
    (b / "p" / "x.json").write_text('{"v": 2}', encoding="utf-8")
    assert cache.content_key("n", b, [b / "p" / "x.json"]) != key  # one byte
    (a / "p" / "x.json").rename(a / "p" / "y.json")
    assert cache.content_key("n", a, [a / "p" / "y.json"]) != key  # a name


def test_the_code_fingerprint_covers_the_package_and_the_schemas(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    cache.code_fingerprint.cache_clear()  # of the files as they are now
    base = cache.code_fingerprint()
    pkg = tmp_path / "pkg"
    shutil.copytree(cache._PACKAGE, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", pkg)
    cache.code_fingerprint.cache_clear()
    try:
        assert cache.code_fingerprint() == base
        (pkg / "evaluate" / "scores.py").write_text("# changed\n", encoding="utf-8")
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != base
    finally:
        cache.code_fingerprint.cache_clear()


def test_agreement_from_the_cache_equals_agreement_computed(cache_home: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Cold, warm and with the cache off, the card's dev agreement is the same; a
    changed pass file is scored again, not read from the entry of the old one."""
    ds = tmp_path / "dataset"
    shutil.copytree(ROOT / "dataset" / "adjudication", ds / "adjudication")
    for name in ("manifest.json", "raw", "annotations"):
        src = ROOT / "dataset" / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, ds / name)
    cold = agreement_mod.agreement(ds, "original")
    assert cold is not None and len(list(cache_home.iterdir())) == 1
    monkeypatch.setattr(agreement_mod, "evaluate_paths", lambda *a, **k: pytest.fail("recomputed"))
    assert agreement_mod.agreement(ds, "original") == cold
    monkeypatch.undo()
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", "off")
    assert agreement_mod.agreement(ds, "original") == cold
    monkeypatch.setenv("GHOUTA_CORPUS_CACHE", str(cache_home))
    pass_b = sorted((ds / "adjudication" / "pass-b").glob("*.json"))[0]
    data = json.loads(pass_b.read_text(encoding="utf-8"))
    data["spans"] = data["spans"][1:]
    pass_b.write_text(json.dumps(data), encoding="utf-8")
    changed = agreement_mod.agreement(ds, "original")
    assert changed != cold and len(list(cache_home.iterdir())) == 2


def test_the_gazetteer_index_read_back_equals_the_index_built(cache_home: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The annotator's GeoNames index (1.8 s of folding per process) read from the cache
    is the index built, look-ups included; a damaged entry is built again and replaced."""
    from ghouta_corpus.annotate import gazetteer
    gazetteer._index.cache_clear()
    try:
        built = gazetteer._index()
        (entry,) = cache_home.iterdir()
        assert entry.suffix == ".marshal"
        gazetteer._index.cache_clear()
        with monkeypatch.context() as m:
            m.setattr(gazetteer, "_build_index", lambda: pytest.fail("rebuilt"))
            assert gazetteer._index() == built
            damascus = gazetteer.lookup("Damascus", ("SY",))
        assert damascus and damascus[0].kind == "city" and damascus[0].geonames_id == 170654
        entry.write_bytes(entry.read_bytes()[: 1000])  # truncated
        gazetteer._index.cache_clear()
        assert gazetteer._index() == built
        assert len(entry.read_bytes()) > 1000
    finally:
        gazetteer._index.cache_clear()


def test_no_home_directory_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GHOUTA_CORPUS_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache.cache_dir() is None
    assert cache.cached_json("k", lambda: [5]) == [5]
