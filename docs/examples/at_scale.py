"""Annotate and validate a large collection on an existing engine, then query the
sharded Parquet output. Runs as written on a small corpus (the tests run it):

    python docs/examples/at_scale.py [DATASET_FOLDER] [--num-proc N]     (default: dataset, 2)

1. ``datasets.map(num_proc=N)`` spreads draft annotation (``ghouta_corpus.annotate``)
   and validation (``ghouta_corpus.validate.check_annotation``) over N processes; the
   same functions run unchanged as Spark ``mapPartitions`` or Dask ``map_partitions``
   tasks, since each takes one document and returns plain data.
2. DuckDB reads every shard of a built config with one glob, in parallel, and shows
   label names (the ``label_name`` column beside each ClassLabel id).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import duckdb
from datasets import Dataset

from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.io.corpus import manifest_entries, raw_text
from ghouta_corpus.validate import check_annotation, check_manifest

_CTX = {}


def _context(root: str):
    # one Context per worker process: the manifest, the entity and event tables, no texts
    if root not in _CTX:
        from ghouta_corpus.validate import check_entities
        from ghouta_corpus.validate.rules.events import check_events
        _, ctx = check_manifest(Path(root))
        check_entities(Path(root) / "entities.json", ctx)
        if (Path(root) / "events.json").is_file():
            check_events(Path(root) / "events.json", ctx)
        _CTX[root] = ctx
    return _CTX[root]


def draft(batch: dict) -> dict:
    """Draft annotations for a batch of raw texts (the `annotate` step)."""
    out = []
    for doc_id, text in zip(batch["doc_id"], batch["text"], strict=True):
        doc, _entities = annotate_text(text, doc_id)
        out.append(len(doc.spans))
    return {"draft_spans": out}


def validate(batch: dict, root: str) -> dict:
    """Findings for a batch of annotation files (the `validate` step)."""
    ctx = _context(root)
    findings = []
    for doc_id, annotation in zip(batch["doc_id"], batch["annotation"], strict=True):
        found = check_annotation(json.loads(annotation), f"{doc_id}.json", ctx)
        findings.append([f.line() for f in found])
    return {"findings": findings}


def main(root: Path, num_proc: int = 2) -> dict:
    metas = manifest_entries(root)
    ds = Dataset.from_dict({
        "doc_id": [m.doc_id for m in metas],
        "text": [raw_text(root, m) for m in metas],
        "annotation": [(root / "annotations" / f"{m.doc_id}.json").read_text(encoding="utf-8") for m in metas],
    })
    ds = ds.map(draft, batched=True, batch_size=16, num_proc=num_proc)
    ds = ds.map(validate, batched=True, batch_size=16, num_proc=num_proc, fn_kwargs={"root": str(root)})
    invalid = sum(1 for f in ds["findings"] if f)
    result = {"documents": len(ds), "invalid": invalid, "draft_spans": sum(ds["draft_spans"])}
    shards = root / "data" / "spans"
    if shards.is_dir():
        result["spans_by_label"] = dict(duckdb.sql(
            f"SELECT label_name, count(*) FROM read_parquet('{shards}/*.parquet') GROUP BY label_name "
            "ORDER BY label_name").fetchall())
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Annotate and validate a collection with datasets.map, then query it.")
    ap.add_argument("dataset", nargs="?", type=Path, default=Path("dataset"), help="dataset folder (default: dataset)")
    ap.add_argument("--num-proc", type=int, default=2, help="processes for datasets.map (default: 2)")
    args = ap.parse_args()
    if not (args.dataset / "manifest.json").is_file():
        ap.error(f"{args.dataset}: not a dataset folder (no manifest.json)")
    print(json.dumps(main(args.dataset, args.num_proc), indent=2))
