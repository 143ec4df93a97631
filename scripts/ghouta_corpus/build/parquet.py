"""Parquet shards of the published configs, written with pyarrow directly.

pyarrow is pinned in pyproject.toml; compression, row-group size and statistics are
fixed and rows come in a fixed order, so two builds of the same sources are
byte-identical. Shards are written into the build's staging folder and flushed to
disk before the build switches the folder into place.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features

from ..io import fsync_file

PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 9,
                                   "use_dictionary": True, "write_statistics": True, "data_page_size": 1 << 20}
PARQUET_ROW_GROUP = 10_000


class ShardWriter:
    """Rows of one config and split, written in batches to Parquet shards of at most
    ``max_shard_bytes`` (uncompressed Arrow bytes), so memory holds one batch at a
    time. Shards are named ``<split>-00000-of-00003.parquet`` (the Hub's convention)
    once the total is known. The schema carries the ``datasets`` Features, so
    ClassLabel survives any reader that knows the ``huggingface`` metadata key."""

    def __init__(self, folder: Path, split: str, features: Features, max_shard_bytes: int, batch_rows: int,
                 finish: Callable[[pa.Table], pa.Table] | None = None, out_features: Features | None = None) -> None:
        self.folder, self.split, self.schema = folder, split, features.arrow_schema
        # finish: the post-step on each batch's table (build.standalone), whose output has out_features
        self.finish = finish
        self.out_schema = (out_features or features).arrow_schema
        self.max_shard_bytes, self.batch_rows = max_shard_bytes, batch_rows
        self.buffer: list[pa.Table] = []
        self.pending = 0
        self.shards: list[Path] = []
        self.writer: pq.ParquetWriter | None = None
        self.shard_bytes = 0
        self.rows = 0
        self.arrow_seconds = 0.0  # time spent writing Parquet, for the benchmark

    def add(self, row: dict[str, Any]) -> None:
        """Add one row (for small tables; ``build`` adds whole tables with :meth:`add_table`)."""
        self.add_table(pa.Table.from_pylist([row], schema=self.schema))

    def add_table(self, table: pa.Table) -> None:
        """Add rows as an Arrow table of this config's schema. Rows are written in
        batches of exactly ``batch_rows`` (a row group each), however the tables
        that bring them are cut, so the bytes depend only on the rows."""
        if not table.num_rows:
            return
        self.buffer.append(table)
        self.pending += table.num_rows
        self.rows += table.num_rows
        if self.pending >= self.batch_rows:
            whole = pa.concat_tables(self.buffer)
            done = 0
            while self.pending - done >= self.batch_rows:
                self._write(whole.slice(done, self.batch_rows).combine_chunks())
                done += self.batch_rows
            self.buffer = [whole.slice(done)] if done < whole.num_rows else []
            self.pending -= done

    def _flush(self) -> None:
        if self.buffer:
            self._write(pa.concat_tables(self.buffer).combine_chunks())
        self.buffer, self.pending = [], 0

    def _write(self, table: pa.Table) -> None:
        if self.finish is not None:  # the published columns (build.standalone), added per written batch
            t0 = time.perf_counter()
            table = self.finish(table)
            self.arrow_seconds += time.perf_counter() - t0
        avg = table.nbytes / table.num_rows
        offset = 0
        while offset < table.num_rows:
            if self.writer is not None and self.shard_bytes + avg > self.max_shard_bytes:
                self.writer.close()
                self.writer = None
            if self.writer is None:
                path = self.folder / f".{self.split}-{len(self.shards):05d}.parquet"
                path.parent.mkdir(parents=True, exist_ok=True)
                t0 = time.perf_counter()
                self.writer = pq.ParquetWriter(path, self.out_schema, **PARQUET_OPTIONS)
                self.arrow_seconds += time.perf_counter() - t0
                self.shards.append(path)
                self.shard_bytes = 0
            room = max(1, int((self.max_shard_bytes - self.shard_bytes) // avg))
            piece = table.slice(offset, room)
            t0 = time.perf_counter()
            self.writer.write_table(piece, row_group_size=PARQUET_ROW_GROUP)
            self.arrow_seconds += time.perf_counter() - t0
            self.shard_bytes += avg * piece.num_rows
            offset += piece.num_rows

    def close(self) -> list[Path]:
        self._flush()
        if self.writer is not None:
            t0 = time.perf_counter()
            self.writer.close()
            self.arrow_seconds += time.perf_counter() - t0
        out = []
        for i, p in enumerate(self.shards):
            final = p.with_name(f"{self.split}-{i:05d}-of-{len(self.shards):05d}.parquet")
            fsync_file(p)
            os.replace(p, final)
            out.append(final)
        return out
