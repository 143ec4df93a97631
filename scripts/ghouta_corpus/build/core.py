"""``build``: validated sources in, the published dataset folder out.

:func:`build` takes the dataset's write lock (:func:`ghouta_corpus.io.lock.dataset_lock`,
which also finishes or clears what a killed build left), validates, and writes
nothing when anything is invalid or a document is still a draft. It then writes, in
a :class:`~ghouta_corpus.io.transaction.Transaction` staged inside the dataset, the
Parquet files of every config (``data/<config>/<split>.parquet``), the dataset card
(``README.md``), ``croissant.json``, ``DATASHEET.md`` and ``SHA256SUMS``, plus the
refreshed generated blocks of the top-level README.md and DATASHEET.md, and switches
them in with renames in this order:

1. ``SHA256SUMS`` is narrowed to the lines the old and the new build share (files
   whose content does not change);
2. every new file is renamed over its old version (each rename atomic);
3. files of the old build that the new one does not have are deleted;
4. the new ``SHA256SUMS`` is renamed into place.

At every instant each file listed in ``SHA256SUMS`` is present with that checksum,
so ``sha256sum -c SHA256SUMS`` passes whenever the build is killed; a killed build's
journal is finished by the next writing command, and a failure before the switch
leaves the previous build untouched.

Parquet is written by :mod:`ghouta_corpus.build.parquet` with fixed options and rows
in a fixed order, so two builds of the same sources are byte-identical. Every other
file is written with :func:`ghouta_corpus.io.atomic_write`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import DataError
from ..io import (
    CorpusError,
    atomic_write,
    iter_documents,
    load_entities,
    load_text,
    manifest_entries,
    read_text,
    sha256_file,
)
from ..io.lock import dataset_lock
from ..io.transaction import Transaction
from ..model.records import Document, Entity
from ..model.vocab import unpublished_splits, vocab
from ..validate import Finding, validate_dataset
from . import croissant
from .card import Scan, generated_blocks, render_card
from .columns import COLUMNS, Prepared, batch_tables, features_of, table
from .docgen import fill_blocks
from .features import CONFIGS, ENTITY_SPLIT, EntityUsage, entity_table_rows
from .parquet import ShardWriter
from .stats import StatsAccumulator

BATCH_ROWS = 4_096
BATCH_DOCUMENTS = 32  # documents per split made into Arrow tables at once
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


class RowPass:
    """What ``build`` makes of each document as a pass reaches it: statistics, entity
    usage, row counts, sample rows for the card and, when ``out`` is given, every
    config's Parquet shards. Documents are gathered per split into batches of
    :data:`BATCH_DOCUMENTS`, each made into Arrow tables at once
    (:mod:`ghouta_corpus.build.columns`), so memory holds one batch per split and one
    pending row group per config and split, however many documents there are."""

    def __init__(self, dataset: Path, out: Path | None, max_shard_bytes: int = MAX_SHARD_BYTES,
                 batch_rows: int = BATCH_ROWS, progress: Callable[[int, int], None] | None = None) -> None:
        self.dataset, self.out, self.max_shard_bytes, self.batch_rows = dataset, out, max_shard_bytes, batch_rows
        self.progress, self.total = progress, 0
        self.acc, self.usage = StatsAccumulator(), EntityUsage()
        self.writers: dict[tuple[str, str], ShardWriter] = {}
        self.counts: dict[str, dict[str, int]] = {name: {} for name in CONFIGS}
        self.samples: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, list[Prepared]] = {}
        self.drafts: list[str] = []
        self.languages: set[str] = set()
        self.n = 0

    def add(self, doc: Document) -> None:
        """One document, in manifest order."""
        self.n += 1
        if doc.status != "gold":
            self.drafts.append(doc.doc_id)
        p = Prepared.of(doc)
        self.acc.add(doc, n_tokens=len(p.tokens))
        self.usage.add(doc)
        if doc.meta:
            self.languages.add(doc.meta.language)
        for name in [n for n in COLUMNS if n not in self.samples]:  # the card's sample rows: each config's first
            t = table(features_of(name), COLUMNS[name]([p]))
            if t.num_rows:
                self.samples[name] = t.slice(0, 1).to_pylist()[0]
        split = doc.meta.split if doc.meta else "train"
        batch = self.batches.setdefault(split, [])
        batch.append(p)
        if len(batch) >= BATCH_DOCUMENTS:
            self._emit(split)
        if self.progress:
            self.progress(self.n, self.total)

    def _emit(self, split: str) -> None:
        batch = self.batches.pop(split, [])
        if not batch:
            return
        for name, t in batch_tables(batch).items():
            self._table(name, split, t)

    def _table(self, name: str, split: str, t: pa.Table) -> None:
        if not t.num_rows:
            return
        self.counts[name][split] = self.counts[name].get(split, 0) + t.num_rows
        if self.out is not None:
            key = (name, split)
            if key not in self.writers:
                cfg = CONFIGS[name]
                self.writers[key] = ShardWriter(self.out / "data" / name, split, cfg.features(), self.max_shard_bytes,
                                                min(self.batch_rows, cfg.batch_rows))
            self.writers[key].add_table(t)

    def finish(self, entities: tuple[Entity, ...]) -> tuple[Scan, list[Path]]:
        """The entity table, the last batches and shards; the scan the card is made of."""
        for split in list(self.batches):
            self._emit(split)
        if self.out is not None:
            _refuse_drafts(self.drafts)
        rows = list(entity_table_rows(entities, self.usage))
        if rows:
            self.samples.setdefault("entities", rows[0])
            self._table("entities", ENTITY_SPLIT, pa.Table.from_pylist(rows, schema=CONFIGS["entities"].features(
                ).arrow_schema))
        split_order = {sp: i for i, sp in enumerate(vocab("split"))}
        files: list[Path] = []
        for key in sorted(self.writers, key=lambda k: (list(CONFIGS).index(k[0]), split_order.get(k[1], 99))):
            files += self.writers[key].close()
        ARROW_SECONDS[0] = sum(w.arrow_seconds for w in self.writers.values())
        ordered = {name: dict(sorted(c.items(), key=lambda kv: split_order.get(kv[0], 99)))
                   for name, c in self.counts.items()}
        return Scan(self.acc.result(entities), ordered, self.samples, sorted(self.languages),
                    self.acc.claim_groups()), files


def scan(dataset: Path, out: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES,
         batch_rows: int = BATCH_ROWS, progress: Callable[[int, int], None] | None = None) -> tuple[Scan, list[Path]]:
    """One streaming pass over the documents (read, not validated): statistics, row
    counts and sample rows for the card, and, when ``out`` is given, every config's
    Parquet shards (:class:`RowPass`). ``build`` makes the same pass inside validation's."""
    rows = RowPass(dataset, out, max_shard_bytes, batch_rows, progress)
    rows.total = len(manifest_entries(dataset)) if progress else 0
    for doc in iter_documents(dataset):
        rows.add(doc)
    return rows.finish(load_entities(dataset))


def check_publishable(dataset: Path, jobs: int = 1, on_document: Callable[[Document], None] | None = None) -> None:
    """Validation findings stop the build, and so does a document of a split that is
    never published (the development set's ``dev`` and ``sealed``, the schema's
    ``x-unpublished``); drafts are caught during the write pass (which happens in a
    temporary folder, so nothing is published either way). ``on_document`` receives
    every valid document of validation's pass (``build`` makes its rows there)."""
    report = validate_dataset(dataset, jobs=jobs, on_document=on_document)
    if not report.ok:
        raise BuildError(f"{dataset}: {report.summary()}; nothing was written", report.findings)
    held = [f"{m.doc_id} ({m.split})" for m in manifest_entries(dataset) if m.split in unpublished_splits()]
    if held:
        shown = ", ".join(held[:20]) + (f" and {len(held) - 20} more" if len(held) > 20 else "")
        raise BuildError(f"{dataset / 'manifest.json'}: documents of splits that are never published "
                         f"({', '.join(unpublished_splits())}): {shown}; nothing was written")


def _refuse_drafts(drafts: list[str]) -> None:
    if drafts:
        shown = ", ".join(drafts[:20]) + (f" and {len(drafts) - 20} more" if len(drafts) > 20 else "")
        raise BuildError(f"documents still marked draft, correct and mark them gold first: {shown}; "
                         "nothing was written")


def render(dataset: Path, out: Path, project_root: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES,
           progress: Callable[[int, int], None] | None = None,
           scanned: tuple[Scan, list[Path]] | None = None) -> BuildResult:
    """Write every output into ``out`` (an empty folder); returns what was written.
    ``scanned``: the pass's result when the Parquet shards are already in ``out``
    (``build`` makes them inside validation's pass), else a pass is made here."""
    result = BuildResult(out)
    sc, parquet = scanned or scan(dataset, out, max_shard_bytes, progress=progress)
    result.files += parquet
    result.rows = sc.rows
    blocks = generated_blocks(sc, dataset)
    result.files.append(atomic_write(out / "README.md", render_card(sc, blocks)))
    croissant_text = croissant.croissant_json(sc.languages, out, sorted(parquet))
    result.files.append(atomic_write(out / "croissant.json", croissant_text))
    if project_root is not None:
        for name in TOP_LEVEL_DOCS:
            src = project_root / name
            if src.exists():
                new = fill_blocks(load_text(src), blocks, str(src))
                atomic_write(out / "_top" / name, new)
                if name == "DATASHEET.md":  # published with the data, so Hub users have it
                    result.files.append(atomic_write(out / name, new))
    elif (dataset / "DATASHEET.md").is_file():  # a dataset outside the project publishes its own datasheet
        src = dataset / "DATASHEET.md"
        result.files.append(atomic_write(out / "DATASHEET.md", fill_blocks(load_text(src, within=dataset), blocks,
                                                                          str(src))))
    sums = "".join(f"{sha256_file(p)}  {p.relative_to(out).as_posix()}\n" for p in sorted(result.files))
    result.files.append(atomic_write(out / "SHA256SUMS", sums))
    return result


def _sums(path: Path) -> list[str]:
    """The lines of a ``SHA256SUMS`` file (none if it is missing or unreadable)."""
    text, _ = read_text(path)
    return text.splitlines() if text else []


def _switch(txn: Transaction, dataset: Path, staged: Path, project_root: Path | None) -> None:
    """Queue the renames and deletions that switch the staged build in (module docstring)."""
    new_sums = _sums(staged / "SHA256SUMS")
    old_sums = _sums(dataset / "SHA256SUMS")
    shared = set(new_sums)
    txn.write(dataset / "SHA256SUMS", "".join(f"{line}\n" for line in old_sums if line in shared))
    new_files = {p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file()}
    for rel in sorted(new_files):
        if rel != "SHA256SUMS" and not rel.startswith("_top/"):
            txn.move(staged / rel, dataset / rel)
    if project_root is not None:
        for name in TOP_LEVEL_DOCS:
            if (staged / "_top" / name).is_file():
                txn.move(staged / "_top" / name, project_root / name)
    old_files = {line.split("  ", 1)[1] for line in old_sums if "  " in line}
    data = dataset / "data"
    if data.is_dir() and not data.is_symlink():
        old_files |= {p.relative_to(dataset).as_posix() for p in data.rglob("*") if p.is_file() or p.is_symlink()}
    for rel in sorted(old_files - new_files):
        if rel.startswith("data/") or rel in OUTPUTS:  # only the build's own files, never a source
            txn.delete(dataset / rel)
    txn.move(staged / "SHA256SUMS", dataset / "SHA256SUMS")


def build(dataset: Path, project_root: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES, jobs: int = 1,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Validate ``dataset`` and publish it in place (see the module docstring).

    ``project_root``, when given, is where README.md and DATASHEET.md live; their
    generated blocks are refreshed too. Raises :class:`BuildError` with the findings
    when the sources are invalid or contain drafts, and
    :class:`~ghouta_corpus.io.lock.LockError` when another command is writing to
    the dataset."""
    dataset = Path(os.path.abspath(dataset))
    with dataset_lock(dataset, "build"), Transaction(dataset, "build") as txn:
        staged = txn.staged("build")
        staged.mkdir(exist_ok=True)
        scanned = None
        try:
            if jobs <= 1:  # one pass: validation hands each valid document to the row pass
                rows = RowPass(dataset, staged, max_shard_bytes, progress=progress)
                rows.total = len(manifest_entries(dataset)) if progress else 0
                check_publishable(dataset, jobs, rows.add)
                scanned = rows.finish(load_entities(dataset))
            else:  # validation spread over processes, then the row pass
                check_publishable(dataset, jobs)
        except CorpusError as e:
            raise BuildError(str(e)) from None
        result = render(dataset, staged, project_root, max_shard_bytes, progress, scanned)
        if project_root is not None:
            result.updated_docs = [project_root / name for name in TOP_LEVEL_DOCS
                                   if (staged / "_top" / name).is_file()
                                   and load_text(project_root / name) != load_text(staged / "_top" / name)]
        _switch(txn, dataset, staged, project_root)
        txn.commit()
    result.dataset = dataset
    result.files = [dataset / p.relative_to(staged) for p in result.files]
    return result
