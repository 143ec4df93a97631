"""The card's ``dataset_info``: per config its splits with ``num_examples`` and
``num_bytes``, ``download_size`` and ``dataset_size``, read from the Parquet files
the build wrote (never typed): ``num_examples`` from each file's footer, ``num_bytes``
the size of the split's rows as Arrow data (what ``datasets`` holds once loaded),
``download_size`` the Parquet files' bytes on disk, ``dataset_size`` the sum of the
splits' ``num_bytes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..model.vocab import vocab


def dataset_info(parquet_files: list[Path]) -> dict[str, dict[str, Any]]:
    """``{config: {"splits": [...], "download_size": n, "dataset_size": n}}``."""
    by_config: dict[str, dict[str, list[Path]]] = {}
    for p in parquet_files:
        by_config.setdefault(p.parent.name, {}).setdefault(p.name.split("-", 1)[0], []).append(p)
    order = {s: i for i, s in enumerate(vocab("split"))}
    out = {}
    for config, splits in by_config.items():
        rows = []
        for split in sorted(splits, key=lambda s: order.get(s, 99)):
            files = sorted(splits[split])
            n = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
            size = sum(pq.read_table(f).nbytes for f in files)
            rows.append({"name": split, "num_bytes": size, "num_examples": n})
        out[config] = {"splits": rows, "download_size": sum(f.stat().st_size for fs in splits.values() for f in fs),
                       "dataset_size": sum(r["num_bytes"] for r in rows)}
    return out
