"""``build``: validated sources in, the published dataset folder out.

:func:`build` validates first and writes nothing when anything is invalid or a
document is still a draft. It then writes, in a temporary folder beside the
dataset, the Parquet files of every config (``data/<config>/<split>.parquet``), the
dataset card (``README.md``), ``croissant.json`` and ``SHA256SUMS``, and moves them
into place; the generated blocks of the top-level README.md and DATASHEET.md are
refreshed the same way. A failure at any point leaves the previous build intact.

Parquet is written with pyarrow directly (pinned in pyproject.toml) with fixed
compression, row-group size and no statistics that vary, and rows in a fixed order,
so two builds of the same sources are byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import DataError
from ..build.card import Scan, generated_blocks, render_card
from ..io.corpus import CorpusError, iter_documents, load_entities, manifest_entries
from ..build.docgen import fill_blocks
from ..build.features import CONFIGS, ENTITY_SPLIT, EntityUsage, entity_table_rows
from ..model.vocab import vocab
from ..build.stats import StatsAccumulator
from ..validate.core import Finding, validate_dataset

PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 9,
                                   "use_dictionary": True, "write_statistics": True, "data_page_size": 1 << 20}
PARQUET_ROW_GROUP = 10_000
BATCH_ROWS = 4_096
MAX_SHARD_BYTES = 256 << 20
ARROW_SECONDS = [0.0]  # pyarrow's own share of the last scan, read by the benchmark
OUTPUTS = ("data", "README.md", "croissant.json", "DATASHEET.md", "SHA256SUMS")
TOP_LEVEL_DOCS = ("README.md", "DATASHEET.md", "docs/SCALING.md")


class BuildError(DataError):
    """The sources are invalid or not publishable; ``findings`` says why."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message, [f.line() for f in findings or []])
        self.findings = findings or []


@dataclass
class BuildResult:
    dataset: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, dict[str, int]] = field(default_factory=dict)
    updated_docs: list[Path] = field(default_factory=list)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class ShardWriter:
    """Rows of one config and split, written in batches to Parquet shards of at most
    ``max_shard_bytes`` (uncompressed Arrow bytes), so memory holds one batch at a
    time. Shards are named ``<split>-00000-of-00003.parquet`` (the Hub's convention)
    once the total is known. The schema carries the ``datasets`` Features, so
    ClassLabel survives any reader that knows the ``huggingface`` metadata key."""

    def __init__(self, folder: Path, split: str, features, max_shard_bytes: int, batch_rows: int):
        self.folder, self.split, self.schema = folder, split, features.arrow_schema
        self.max_shard_bytes, self.batch_rows = max_shard_bytes, batch_rows
        self.buffer: list[dict[str, Any]] = []
        self.shards: list[Path] = []
        self.writer: pq.ParquetWriter | None = None
        self.shard_bytes = 0
        self.rows = 0
        self.arrow_seconds = 0.0  # time spent in pyarrow itself (tables and Parquet), for the benchmark

    def add(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        self.rows += 1
        if len(self.buffer) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        t0 = time.perf_counter()
        table = pa.Table.from_pylist(self.buffer, schema=self.schema)
        self.arrow_seconds += time.perf_counter() - t0
        self.buffer = []
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
                self.writer = pq.ParquetWriter(path, self.schema, **PARQUET_OPTIONS)
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
            os.replace(p, final)
            out.append(final)
        return out


def scan(dataset: Path, out: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES,
         batch_rows: int = BATCH_ROWS, progress: Callable[[int, int], None] | None = None) -> tuple[Scan, list[Path]]:
    """One streaming pass over the documents: statistics, row counts and sample rows
    for the card, and, when ``out`` is given, every config's Parquet shards.
    Memory holds one document and one batch per config and split."""
    entities = load_entities(dataset)
    metas = manifest_entries(dataset)
    acc, usage = StatsAccumulator(), EntityUsage()
    writers: dict[tuple[str, str], ShardWriter] = {}
    counts: dict[str, dict[str, int]] = {name: {} for name in CONFIGS}
    samples: dict[str, dict[str, Any]] = {}
    split_order = {sp: i for i, sp in enumerate(vocab("split"))}

    def emit(name: str, split: str, row: dict[str, Any]) -> None:
        counts[name][split] = counts[name].get(split, 0) + 1
        samples.setdefault(name, row)
        if out is not None:
            key = (name, split)
            if key not in writers:
                writers[key] = ShardWriter(out / "data" / name, split, CONFIGS[name].features(), max_shard_bytes,
                                           min(batch_rows, CONFIGS[name].batch_rows))
            writers[key].add(row)

    doc_configs = [c for c in CONFIGS.values() if c.per == "document"]
    drafts: list[str] = []
    for i, doc in enumerate(iter_documents(dataset), 1):
        if doc.status != "gold":
            drafts.append(doc.doc_id)
        acc.add(doc)
        usage.add(doc)
        split = doc.meta.split if doc.meta else "train"
        for cfg in doc_configs:
            for row in cfg.rows(doc):
                emit(cfg.name, split, row)
        if progress:
            progress(i, len(metas))
    if out is not None:
        _refuse_drafts(drafts)
    for row in entity_table_rows(entities, usage):
        emit("entities", ENTITY_SPLIT, row)
    files: list[Path] = []
    for key in sorted(writers, key=lambda k: (list(CONFIGS).index(k[0]), split_order.get(k[1], 99))):
        files += writers[key].close()
    ARROW_SECONDS[0] = sum(w.arrow_seconds for w in writers.values())
    ordered = {name: dict(sorted(c.items(), key=lambda kv: split_order.get(kv[0], 99))) for name, c in counts.items()}
    languages = sorted({m.language for m in metas})
    return Scan(acc.result(entities), ordered, samples, languages), files


def check_publishable(dataset: Path, jobs: int = 1) -> None:
    """Validation findings stop the build; drafts are caught during the write pass
    (which happens in a temporary folder, so nothing is published either way)."""
    report = validate_dataset(dataset, jobs=jobs)
    if not report.ok:
        raise BuildError(f"{dataset}: {report.summary()}; nothing was written", report.findings)


def _refuse_drafts(drafts: list[str]) -> None:
    if drafts:
        shown = ", ".join(drafts[:20]) + (f" and {len(drafts) - 20} more" if len(drafts) > 20 else "")
        raise BuildError(f"documents still marked draft, correct and mark them gold first: {shown}; nothing was written")


def _replace(src: Path, dst: Path) -> None:
    """Move ``src`` over ``dst`` (file or folder) with a rollback copy."""
    backup = dst.with_name(f".{dst.name}.old")
    if backup.exists():
        shutil.rmtree(backup) if backup.is_dir() else backup.unlink()
    if dst.exists():
        os.replace(dst, backup)
    try:
        os.replace(src, dst)
    except OSError:
        if backup.exists():
            os.replace(backup, dst)
        raise
    if backup.exists():
        shutil.rmtree(backup) if backup.is_dir() else backup.unlink()


def render(dataset: Path, out: Path, project_root: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES,
           progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Write every output into ``out`` (an empty folder); returns what was written."""
    from ..build import croissant
    result = BuildResult(out)
    sc, parquet = scan(dataset, out, max_shard_bytes, progress=progress)
    result.files += parquet
    result.rows = sc.rows
    blocks = generated_blocks(sc, dataset)
    (out / "README.md").write_text(render_card(sc, blocks), encoding="utf-8")
    result.files.append(out / "README.md")
    (out / "croissant.json").write_text(croissant.croissant_json(sc.languages, out, sorted(parquet)), encoding="utf-8")
    result.files.append(out / "croissant.json")
    if project_root is not None:
        for name in TOP_LEVEL_DOCS:
            src = project_root / name
            if src.exists():
                new = fill_blocks(src.read_text(encoding="utf-8"), blocks, str(src))
                (out / "_top" / name).parent.mkdir(parents=True, exist_ok=True)
                (out / "_top" / name).write_text(new, encoding="utf-8")
                if name == "DATASHEET.md":  # published with the data, so Hub users have it
                    (out / name).write_text(new, encoding="utf-8")
                    result.files.append(out / name)
    sums = "".join(f"{sha256(p)}  {p.relative_to(out).as_posix()}\n" for p in sorted(result.files))
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    result.files.append(out / "SHA256SUMS")
    return result


def build(dataset: Path, project_root: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES, jobs: int = 1,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Validate ``dataset`` and publish it in place (see the module docstring).

    ``project_root``, when given, is where README.md and DATASHEET.md live; their
    generated blocks are refreshed too. Raises :class:`BuildError` with the findings
    when the sources are invalid or contain drafts."""
    try:
        check_publishable(dataset, jobs)
    except CorpusError as e:
        raise BuildError(str(e)) from None
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=dataset))
    try:
        result = render(dataset, tmp, project_root, max_shard_bytes, progress)
        for name in OUTPUTS:
            if (tmp / name).exists():
                _replace(tmp / name, dataset / name)
        if project_root is not None:
            for name in TOP_LEVEL_DOCS:
                src = tmp / "_top" / name
                if src.exists():
                    if (project_root / name).read_text(encoding="utf-8") != src.read_text(encoding="utf-8"):
                        result.updated_docs.append(project_root / name)
                    os.replace(src, project_root / name)
        result.dataset = dataset
        result.files = [dataset / p.relative_to(tmp) for p in result.files]
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
