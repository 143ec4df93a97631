"""A content-addressed cache of derived results, outside the dataset.

Some figures a build prints are pure functions of committed files that rarely change:
the agreement between two recorded annotation passes reads every file of both passes
and scores them (about 3 s of CPU for the development set, a third of a build of the
two gold articles). :func:`cached_json` keys such a result by the SHA-256 of everything
it depends on -- the bytes of each input file with its path under a root, the bytes of
this package's own code and schemas (so that a changed scorer never reads an old
result), and a name for the computation -- and keeps it as one JSON file under
``$GHOUTA_CORPUS_CACHE`` (default ``$XDG_CACHE_HOME/ghouta-corpus``, else
``~/.cache/ghouta-corpus``), in the manner of the ``datasets`` cache's fingerprints.
A copy of the repository, or a second build, then reads the result instead of
recomputing it; changing any input byte changes the key. The annotator's GeoNames
index (1.8 s of folding names in every process that annotates) is kept the same way,
as ``marshal`` bytes keyed by the gazetteer package's version and Python's
(:func:`key_of`, :func:`cached`).

The cache is never a source of truth: a result that does not survive a JSON round trip
unchanged is not kept; a cache entry that cannot be read, or a cache folder that cannot
be written, falls back to computing (silently: a cache miss is not an error). Entries are
written with :func:`~ghouta_corpus.io.write.atomic_write`, so two processes computing
the same entry at once each leave a whole file. ``GHOUTA_CORPUS_CACHE=off`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import schema_dir
from .write import atomic_write

_PACKAGE = Path(__file__).resolve().parent.parent
_OFF = "off"


def cache_dir() -> Path | None:
    """The cache folder, or None when ``GHOUTA_CORPUS_CACHE`` is ``off``."""
    env = os.environ.get("GHOUTA_CORPUS_CACHE")
    if env is not None:
        return None if env.strip().lower() in (_OFF, "") else Path(env)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home directory to be found: no cache
        return None
    return Path(base) / "ghouta-corpus"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 of every file of the package (its code and word lists) and of the
    schema folder, in path order: any change to how a result is computed changes
    every key."""
    h = hashlib.sha256()
    for top in (_PACKAGE, schema_dir()):
        _add_files(h, top, (p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts))
    return h.hexdigest()


def _add_files(h: Any, root: Path, files: Iterable[Path]) -> None:
    """Each file's path under ``root`` and its bytes, in path order, into the hash ``h``."""
    for f in sorted(files):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")


def content_key(name: str, root: Path, files: Iterable[Path]) -> str:
    """The key of computation ``name`` over ``files`` (each named by its path under
    ``root``, in sorted order, and hashed by its bytes) and this package's code."""
    h = hashlib.sha256(f"{name}\0{code_fingerprint()}\0".encode())
    _add_files(h, root, files)
    return h.hexdigest()


def key_of(name: str, *parts: str) -> str:
    """The key of computation ``name`` over inputs that are not files (package
    versions, the Python version) and this package's code."""
    return hashlib.sha256("\0".join((name, code_fingerprint(), *parts)).encode()).hexdigest()


def cached(key: str, compute: Callable[[], Any], dump: Callable[[Any], bytes | None],
           load: Callable[[bytes], Any]) -> Any:
    """``compute()``, or ``load`` of the bytes an earlier call with the same ``key``
    kept (``dump`` makes them; None keeps nothing). An entry ``load`` cannot read is
    computed again and replaced."""
    folder = cache_dir()
    entry = folder / key if folder is not None else None
    if entry is not None:
        try:
            return load(entry.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    result = compute()
    blob = dump(result) if entry is not None else None
    if entry is not None and blob is not None:
        try:
            atomic_write(entry, blob, sync=False)
        except OSError:
            pass
    return result


def _json_blob(result: Any) -> bytes | None:
    text = json.dumps(result)  # insertion order kept: tables render in the order computed
    return text.encode() if json.loads(text) == result else None


def cached_json(key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or the JSON result an earlier call with the same ``key`` kept."""
    return cached(f"{key}.json", compute, _json_blob, json.loads)
