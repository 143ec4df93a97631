"""Validate and build a dataset on a Dask cluster, one partition of documents per task.

    python docs/examples/dask_build.py DATASET_FOLDER OUT_FOLDER [WORKERS] [PARTITIONS] [SCHEDULER]

Without ``SCHEDULER`` it starts a ``LocalCluster`` of ``WORKERS`` processes (2 by
default) on this machine; with a scheduler address (``tcp://host:8786``) it runs on
that cluster instead, whose workers must see ``DATASET_FOLDER`` and ``OUT_FOLDER`` at the
same paths (a shared file system) and have this package installed (docs/SCALING.md).

1. The driver checks the dataset's own files (manifest, entity and event tables).
2. Each partition's annotation files and raw texts are validated by a task
   (``ghouta_corpus.build.engine.validate_partition``); any finding stops the build.
3. Each partition's rows are written by a task as one Parquet file per config and
   split (``build_partition``), with the build's settings; the driver writes the entity
   table from the partitions' usage counts (``finish``).

The tables equal ``ghouta-corpus build``'s (the test suite checks it). The output is
the ``data/`` folder only: the card, Croissant file and checksums are ``build``'s, on
one machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dask.distributed import Client, LocalCluster

from ghouta_corpus.build import engine


def run(client: Client, dataset: Path, out: Path, parts: int) -> dict:
    findings = engine.validate_dataset_files(dataset)
    chunks = engine.partitions(dataset, parts)
    found = client.gather(client.map(engine.validate_partition, [str(dataset)] * len(chunks), chunks, pure=False))
    findings += [f for part in found for f in part]
    if findings:
        return {"ok": False, "findings": findings}
    results = client.gather(client.map(engine.build_partition, [str(dataset)] * len(chunks), chunks,
                                       [str(out)] * len(chunks), range(len(chunks)), [len(chunks)] * len(chunks),
                                       pure=False))
    return {"ok": True, "rows": engine.finish(dataset, out, results), "partitions": len(chunks)}


def main(dataset: Path, out: Path, workers: int = 2, parts: int = 4, scheduler: str | None = None) -> dict:
    if scheduler:
        with Client(scheduler) as client:
            return run(client, dataset.resolve(), out.resolve(), parts)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        return run(client, dataset.resolve(), out.resolve(), parts)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    result = main(Path(args[0]), Path(args[1]), int(args[2]) if len(args) > 2 else 2,
                  int(args[3]) if len(args) > 3 else 4, args[4] if len(args) > 4 else None)
    if not result["ok"]:
        for f in result["findings"][:50]:
            print(f"{f['file']}: [{f['rule']}] {f['message']}", file=sys.stderr)
        sys.exit(1)
    for name, by_split in result["rows"].items():
        print(f"{name}: " + ", ".join(f"{split} {n} rows" for split, n in by_split.items()))
