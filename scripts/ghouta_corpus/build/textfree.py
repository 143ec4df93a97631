"""The text-free release and ``hydrate`` (issue 14): the publishers' article texts
left out of the published files, and put back from the user's own copies.

News corpora whose texts belong to their publishers are commonly distributed without
the texts, with offsets and a hash per document so that users restore them from their
own copies. ``build --without-texts`` writes every config with its article-text
columns (each config's :attr:`~ghouta_corpus.build.features.Config.text_columns`:
document text, span, token, trigger and claim texts) left out; the ``documents``
config keeps each document's SHA-256 and ``HYDRATE.json`` records, per document, the
file name and SHA-256 of its text and, per Parquet file, the SHA-256 of the full
build's version, plus the full build's card, ``croissant.json`` and ``SHA256SUMS``
(which carry no article text; the card's sample rows leave the text columns out).

``ghouta-corpus hydrate TEXTS_DIR`` reads each document's text from
``TEXTS_DIR/<source_file>`` (the manifest's file name), checks its SHA-256, restores
every text column from the offsets beside it (``text`` from ``start``/``end``,
``x_text`` from ``x_start``/``x_end``, ``tokens`` from ``token_starts``/``token_ends``,
a document's ``text`` whole), writes each Parquet file with the same row groups and
checks that it is byte-identical to the full build's; only then, in one transaction
under the dataset lock, are the files switched in and ``HYDRATE.json`` removed. The
folder is then exactly what ``build`` writes. A wrong or missing text is an error
naming the document, and nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features, List

from ..errors import DataError, UsageError
from ..io import atomic_write, load_text, manifest_entries, read_text, sha256_file
from ..io.lock import dataset_lock
from ..io.read import CorpusError
from ..io.transaction import Transaction
from ..io.write import dump_json, fsync_file
from .configs import CONFIGS
from .parquet import PARQUET_OPTIONS
from .standalone import published_features

RECORD = "HYDRATE.json"
FULL_OUTPUTS = ("README.md", "croissant.json", "SHA256SUMS")


class HydrateError(DataError):
    """A text that does not match its document's hash, or a text-free build that
    cannot be restored; the message names the document or file."""


def _drop(fields: dict[str, Any], paths: list[list[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, feature in fields.items():
        here = [p[1:] for p in paths if p[0] == key]
        if [] in here:
            continue
        if here and isinstance(feature, List) and isinstance(feature.feature, dict):
            out[key] = List(_drop(feature.feature, here))
        elif here and isinstance(feature, dict):
            out[key] = _drop(feature, here)
        else:
            out[key] = feature
    return out


def text_free_features(config: str) -> Features:
    """The published Features of ``config`` without its article-text columns."""
    cfg = CONFIGS[config]
    return Features(_drop(dict(published_features(cfg.features())), [c.split(".") for c in cfg.text_columns]))


def full_features(config: str) -> Features:
    return published_features(CONFIGS[config].features())


def _config_of(path: Path) -> str:
    return path.parent.name


def _rewrite(table: pa.Table, schema: pa.Schema, like: pq.ParquetFile, target: Path) -> None:
    """Write ``table`` to ``target`` with ``like``'s row groups (so that the bytes are
    the ones the build's shard writer makes for the same rows)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with pq.ParquetWriter(tmp, schema, **PARQUET_OPTIONS) as writer:
        offset = 0
        for i in range(like.metadata.num_row_groups):
            n = like.metadata.row_group(i).num_rows
            writer.write_table(table.slice(offset, n), row_group_size=n)
            offset += n
    fsync_file(tmp)
    os.replace(tmp, target)


def _strip_rows(rows: list[dict[str, Any]], paths: list[list[str]]) -> None:
    for row in rows:
        for path in paths:
            drop_path(row, path)


def drop_path(record: Any, path: list[str]) -> None:
    if isinstance(record, list):
        for r in record:
            drop_path(r, path)
    elif isinstance(record, dict):
        if len(path) == 1:
            record.pop(path[0], None)
        elif record.get(path[0]) is not None:
            drop_path(record[path[0]], path[1:])


def strip(root: Path, parquet_files: list[Path]) -> dict[str, Any]:
    """Rewrite the full build's Parquet files under ``root`` without their text
    columns; returns the ``files`` part of the hydration record (full SHA-256s)."""
    files = {}
    for path in sorted(parquet_files):
        config = _config_of(path)
        files[path.relative_to(root).as_posix()] = {"sha256": sha256_file(path)}
        like = pq.ParquetFile(path)
        rows = like.read().to_pylist()
        _strip_rows(rows, [c.split(".") for c in CONFIGS[config].text_columns])
        schema = text_free_features(config).arrow_schema
        _rewrite(pa.Table.from_pylist(rows, schema=schema), schema, like, path)
    return files


def hydration_record(dataset: Path, files: dict[str, Any], full_outputs: dict[str, str]) -> str:
    docs = [{"doc_id": m.doc_id, "source_file": m.source_file, "sha256": m.sha256} for m in manifest_entries(dataset)]
    note = ("Written by ghouta-corpus build --without-texts; ghouta-corpus hydrate TEXTS_DIR restores the article "
            "texts from your own copies.")
    return dump_json({"note": note,
                      "documents": docs, "files": files, "full": full_outputs})


# --- hydrate ---------------------------------------------------------------------------------

def _fill(record: Any, path: list[str], text: str) -> None:
    if isinstance(record, list):
        for r in record:
            _fill(r, path, text)
        return
    if not isinstance(record, dict):
        return
    if len(path) > 1:
        if record.get(path[0]) is not None:
            _fill(record[path[0]], path[1:], text)
        return
    key = path[0]
    record[key] = restored(record, key, text)


def restored(record: dict[str, Any], key: str, text: str) -> Any:
    """The value of text column ``key`` of ``record``, from the offsets beside it."""
    if key == "tokens":
        return [text[a:b] for a, b in zip(record["token_starts"], record["token_ends"], strict=True)]
    prefix = key[: -len("text")]
    start, end = record.get(f"{prefix}start", "missing"), record.get(f"{prefix}end", "missing")
    if start == "missing" and end == "missing":
        return text  # a document's whole text
    if start is None or end is None:
        return None
    return text[start:end]


@dataclass(frozen=True)
class _Doc:
    doc_id: str
    source_file: str
    sha256: str


def read_texts(texts_dir: Path, docs: list[_Doc]) -> dict[str, str]:
    """Each document's text from ``texts_dir/<source_file>``, its SHA-256 checked."""
    if not texts_dir.is_dir():
        raise UsageError(f"{texts_dir}: no such folder of article texts")
    out = {}
    for d in docs:
        path = texts_dir / d.source_file
        if not path.is_file():
            raise HydrateError(f"{path}: doc {d.doc_id}: no such file; put your copy of the article there "
                               "(the file name is the manifest's source_file); nothing was written")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != d.sha256:
            raise HydrateError(f"{path}: doc {d.doc_id}: SHA-256 {hashlib.sha256(data).hexdigest()[:12]}... is not the "
                               f"document's {d.sha256[:12]}...: not the text that was annotated; nothing was written")
        out[d.doc_id] = data.decode("utf-8")
    return out


def _hydrate_file(src: Path, rel: str, texts: dict[str, str], target: Path, want: str) -> None:
    config = _config_of(src)
    like = pq.ParquetFile(src)
    rows = like.read().to_pylist()
    paths = [c.split(".") for c in CONFIGS[config].text_columns]
    for row in rows:
        text = texts.get(row.get("doc_id", ""))
        if text is None:
            if paths:
                raise HydrateError(f"{src}: a row of document {row.get('doc_id')!r}, which {RECORD} does not list")
            continue
        for path in paths:
            _fill(row, path, text)
    schema = full_features(config).arrow_schema
    _rewrite(pa.Table.from_pylist(rows, schema=schema), schema, like, target)
    if sha256_file(target) != want:
        raise HydrateError(f"{rel}: the restored file differs from the full build's (another version of the package "
                           "or of pyarrow wrote it?); nothing was written")


def hydrate(texts_dir: Path, dataset: Path, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Restore the article texts of the text-free build in ``dataset`` from
    ``texts_dir`` (see the module docstring); returns the files written."""
    dataset = Path(os.path.abspath(dataset))
    record_path = dataset / RECORD
    if not record_path.is_file():
        raise UsageError(f"{dataset}: no {RECORD}; hydrate restores a build made with --without-texts")
    with dataset_lock(dataset, "hydrate"):
        text, problem = read_text(record_path)
        if text is None:
            raise CorpusError(f"{record_path}: {problem}")
        record = json.loads(text)
        texts = read_texts(texts_dir, [_Doc(d["doc_id"], d["source_file"], d["sha256"]) for d in record["documents"]])
        written = []
        with Transaction(dataset, "hydrate") as txn:
            staged = txn.staged("hydrate")
            files = sorted(record["files"].items())
            for i, (rel, info) in enumerate(files, 1):
                _hydrate_file(dataset / rel, rel, texts, staged / rel, info["sha256"])
                if progress:
                    progress(i, len(files))
            for name in FULL_OUTPUTS[:-1]:
                atomic_write(staged / name, record["full"][name])
            # as build does: SHA256SUMS narrowed to the lines both builds share first, the full list last,
            # so that sha256sum -c SHA256SUMS passes at every instant of the switch
            old, _ = read_text(dataset / "SHA256SUMS")
            new = record["full"]["SHA256SUMS"].splitlines()
            txn.write(dataset / "SHA256SUMS", "".join(f"{line}\n" for line in (old or "").splitlines() if line in new))
            for rel, _ in files:
                txn.move(staged / rel, dataset / rel)
                written.append(dataset / rel)
            for name in FULL_OUTPUTS[:-1]:
                txn.move(staged / name, dataset / name)
                written.append(dataset / name)
            txn.write(dataset / "SHA256SUMS", record["full"]["SHA256SUMS"])
            txn.delete(record_path)
            txn.commit()
    return written + [dataset / "SHA256SUMS"]


def without_texts(dataset: Path, out: Path, parquet: list[Path], outputs: dict[str, str],
                  render_text_free: Callable[[], dict[str, str]]) -> list[Path]:
    """Turn the full build in ``out`` into the text-free one: strip the Parquet files,
    keep the full build's ``outputs`` (card, Croissant, checksums) in the hydration
    record, write the text-free card and Croissant (``render_text_free``, called once
    the files are stripped) and the record. Returns the files to list in ``SHA256SUMS``."""
    files = strip(out, parquet)
    written = []
    for name, text in render_text_free().items():
        written.append(atomic_write(out / name, text))
    written.append(atomic_write(out / RECORD, hydration_record(dataset, files, outputs)))
    return written


def full_outputs(out: Path, sums: str) -> dict[str, str]:
    """The full build's card and Croissant (as written in ``out``) and its checksums."""
    return {"README.md": load_text(out / "README.md"), "croissant.json": load_text(out / "croissant.json"),
            "SHA256SUMS": sums}
