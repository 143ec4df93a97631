"""Validation and build as per-partition functions, for an engine (Dask, Spark, Ray).

A collection too large for one machine is cut into partitions of documents (contiguous
runs of the manifest, :func:`partitions`); each partition is validated and turned into
rows by a plain function of the dataset folder and its document ids, so any engine
that maps a function over partitions runs it unchanged. ``docs/examples/dask_build.py``
does it on a Dask cluster; the test suite runs that example on a local cluster of two
workers and holds its tables equal to ``build``'s.

- :func:`validate_partition`: the findings of every rule that reads one annotation
  file or one raw text (the schema, the semantic rules, each raw text's hash and
  length), each file read once, as JSON-ready dicts. The dataset's own files
  (manifest, entity and event tables) are checked by :func:`validate_dataset_files` on
  the driver. Not run per partition: the checks that need every document at once
  (a manifest document without an annotation file, an event no trigger mentions, the
  gold gate's corpus-wide audit), which ``ghouta-corpus validate`` on one machine
  makes; see docs/SCALING.md.
- :func:`build_partition`: each config's rows for the partition's documents, one
  Parquet file per config and split (``data/<config>/<split>-<part>-of-<parts>.parquet``,
  the Hub's naming, so the card's ``data/<config>/<split>-*`` globs read them), with
  the build's Parquet settings; returns the partition's entity usage and row counts.
- :func:`finish`: on the driver, the entity table (split like the documents) from
  every partition's usage.

Every file has ``build``'s published columns (a name beside each ClassLabel and the
split, :mod:`ghouta_corpus.build.standalone`). The corpus-wide configs registered
beside the base ones (``events``, ``event_table``, ``claims``: issue 17) are not made
here yet; ``build`` on one machine makes them.

The functions read through :mod:`ghouta_corpus.io` and write with ``atomic_write``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..io import atomic_write, load_json, manifest_entries
from ..model.records import DocMeta, Document
from ..validate import Context, dataset_context
from ..validate.runner import check_file
from .columns import BATCH_DOCUMENTS, Prepared, batch_tables
from .configs import CONFIGS
from .features import EntityCollector
from .parquet import PARQUET_OPTIONS, PARQUET_ROW_GROUP
from .standalone import finisher


def partitions(dataset: Path, n: int) -> list[list[str]]:
    """The manifest's document ids cut into ``n`` contiguous partitions (fewer when
    there are fewer documents), in manifest order: concatenated in partition order,
    the partitions' rows are ``build``'s rows."""
    ids = [m.doc_id for m in manifest_entries(dataset)]
    n = max(1, min(n, len(ids)))
    size, extra = divmod(len(ids), n)
    out, start = [], 0
    for k in range(n):
        end = start + size + (k < extra)
        out.append(ids[start:end])
        start = end
    return out


@functools.cache
def _context(dataset: str) -> Context:
    """One validation context per worker process and dataset: the manifest, entity
    and event tables, raw texts checked as their documents are reached."""
    return dataset_context(Path(dataset), defer_raw=True)[1]


def validate_dataset_files(dataset: Path) -> list[dict[str, Any]]:
    """The findings of the dataset's own files (manifest, entity and event tables),
    for the driver; the partitions check the documents."""
    return [f.to_json() for f in dataset_context(dataset, defer_raw=True)[0]]


def validate_partition(dataset: str, doc_ids: list[str]) -> list[dict[str, Any]]:
    """The findings of the partition's annotation files and raw texts (each read once)."""
    ctx = _context(dataset)
    out = []
    for doc_id in doc_ids:
        c = check_file(Path(dataset) / "annotations" / f"{doc_id}.json", ctx)
        out += [f.to_json() for f in ctx.drain_raw() + c.findings]
    return out


def _documents(dataset: Path, doc_ids: list[str]) -> list[Document]:
    """The partition's documents, read once each (they have passed validation)."""
    ctx = _context(str(dataset))
    docs = []
    for doc_id in doc_ids:
        data = load_json(dataset / "annotations" / f"{doc_id}.json", within=dataset)
        text = ctx.text(doc_id)
        if text is None:  # unreadable: validation reported it, and nothing may be built
            raise ValueError(f"{doc_id}: the raw text cannot be read; validate the dataset first")
        docs.append(Document.trusted(data, text, DocMeta.from_json(ctx.manifest[doc_id])))
    ctx.drain_raw()  # validate_partition reported them; the worker keeps nothing
    return docs


def _write(path: Path, table: pa.Table, name: str, split: str) -> None:
    """One Parquet file of config ``name`` with the build's settings and published
    columns (:func:`~ghouta_corpus.build.standalone.finisher`), written atomically."""
    finish, batch_rows = finisher(CONFIGS[name].features(), split), CONFIGS[name].batch_rows
    sink = pa.BufferOutputStream()
    with pq.ParquetWriter(sink, finish(table.slice(0, 0)).schema, **PARQUET_OPTIONS) as w:
        for start in range(0, table.num_rows, batch_rows):
            w.write_table(finish(table.slice(start, batch_rows).combine_chunks()), row_group_size=PARQUET_ROW_GROUP)
    atomic_write(path, sink.getvalue().to_pybytes())


def build_partition(dataset: str, doc_ids: list[str], out: str, part: int, parts: int) -> dict[str, Any]:
    """Write the partition's rows of every per-document config under ``out/data``;
    return its entity usage (``mentions``, ``documents``) and rows per config and split."""
    root = Path(dataset)
    usage = EntityCollector(root)
    tables: dict[tuple[str, str], list[pa.Table]] = {}
    docs = _documents(root, doc_ids)
    by_split: dict[str, list[Prepared]] = {}
    for doc in docs:
        usage.add(doc)
        by_split.setdefault(doc.meta.split if doc.meta else "train", []).append(Prepared.of(doc))
    for split, prepared in by_split.items():
        for start in range(0, len(prepared), BATCH_DOCUMENTS):
            for name, t in batch_tables(prepared[start:start + BATCH_DOCUMENTS]).items():
                tables.setdefault((name, split), []).append(t)
    rows: dict[str, dict[str, int]] = {}
    for (name, split), ts in tables.items():
        t = pa.concat_tables(ts)
        if t.num_rows:
            _write(Path(out) / "data" / name / f"{split}-{part:05d}-of-{parts:05d}.parquet", t, name, split)
            rows.setdefault(name, {})[split] = t.num_rows
    return {"mentions": usage.mentions, "documents": usage.documents, "rows": rows}


def finish(dataset: Path, out: Path, results: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """The entity table from every partition's usage (``results`` in partition order),
    split as ``build`` splits it and written to ``out/data/entities``; returns the rows
    of every config and split."""
    usage = EntityCollector(dataset)
    rows: dict[str, dict[str, int]] = {}
    for r in results:
        for key, n in r["mentions"].items():
            usage.mentions[key] = usage.mentions.get(key, 0) + n
        for key, docs in r["documents"].items():
            usage.documents.setdefault(key, []).extend(docs)
        for name, counts in r["rows"].items():
            for split, n in counts.items():
                rows.setdefault(name, {})[split] = rows.get(name, {}).get(split, 0) + n
    table: dict[str, list[dict[str, Any]]] = {}
    for split, row in usage.finish():
        table.setdefault(split, []).append(row)
    schema = CONFIGS["entities"].features().arrow_schema
    for split, ents in table.items():
        _write(out / "data" / "entities" / f"{split}-00000-of-00001.parquet",
               pa.Table.from_pylist(ents, schema=schema), "entities", split)
        rows.setdefault("entities", {})[split] = len(ents)
    return rows
