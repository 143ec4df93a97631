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
    iter_manifest,
    load_entities,
    load_text,
    read_text,
    sha256_file,
)
from ..io.gcpolicy import fewer_collections
from ..io.lock import dataset_lock
from ..io.transaction import Transaction
from ..model.records import Document
from ..model.vocab import unpublished_splits, vocab
from ..validate import Finding, validate_dataset
from . import croissant, textfree
from .card import Scan, generated_blocks, render_card
from .columns import BATCH_DOCUMENTS, COLUMNS, Prepared, arrow_schema, batch_tables, features_of, table
from .configs import CONFIGS
from .docgen import fill_blocks
from .info import dataset_info
from .parquet import ShardWriter
from .standalone import finisher, published_features
from .stats import StatsAccumulator
from .textfree import text_free_features

BATCH_ROWS = 4_096
MAX_SHARD_BYTES = 256 << 20
ARROW_SECONDS = [0.0]  # pyarrow's own share of the last scan, read by the benchmark
OUTPUTS = ("data", "README.md", "croissant.json", "DATASHEET.md", "SHA256SUMS")
OWN_FILES = (*OUTPUTS, "HYDRATE.json")  # what a build may delete: its outputs and a text-free build's record
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
    """What ``build`` makes of each document as a pass reaches it: statistics, row
    counts, sample rows for the card and, when ``out`` is given, every config's
    Parquet shards, each table given its published columns (a name beside every
    ClassLabel and the split, :func:`~ghouta_corpus.build.standalone.finisher`) as it
    is written.

    The configs of :data:`~ghouta_corpus.build.columns.COLUMNS` are made as Arrow
    columns: documents are gathered per split into batches of :data:`BATCH_DOCUMENTS`,
    each made into tables at once. Every other config (``events``, ``event_table``,
    ``claims``, the ``entities`` table: those with a collector, or rows but no
    columns) gets its rows from the registry (:mod:`ghouta_corpus.build.configs`) in
    the same pass, gathered into tables of ``batch_rows`` rows. Memory holds one batch
    per split, one pending row group per config and split, and what the collectors
    keep (the entity and event usage, the claims), however many documents there are."""

    def __init__(self, dataset: Path, out: Path | None, max_shard_bytes: int = MAX_SHARD_BYTES,
                 batch_rows: int = BATCH_ROWS, progress: Callable[[int, int], None] | None = None) -> None:
        self.dataset, self.out, self.max_shard_bytes, self.batch_rows = dataset, out, max_shard_bytes, batch_rows
        self.progress, self.total = progress, 0
        self.acc = StatsAccumulator()
        self.writers: dict[tuple[str, str], ShardWriter] = {}
        self.counts: dict[str, dict[str, int]] = {name: {} for name in CONFIGS}
        self.samples: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, list[Prepared]] = {}
        self.pending: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.row_configs = [c for c in CONFIGS.values() if c.rows is not None and c.name not in COLUMNS]
        self.collectors = {c.name: c.collect(dataset) for c in CONFIGS.values() if c.collect is not None}
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
        for cfg in self.row_configs:
            for row in cfg.rows(doc):  # type: ignore[misc]  # rows is set for these
                self._row(cfg.name, split, row)
        for name, collector in self.collectors.items():
            for sp, row in collector.add(doc):
                self._row(name, sp, row)
        if self.progress:
            self.progress(self.n, self.total)

    def _emit(self, split: str) -> None:
        batch = self.batches.pop(split, [])
        if not batch:
            return
        for name, t in batch_tables(batch).items():
            self._table(name, split, t)

    def _row(self, name: str, split: str, row: dict[str, Any]) -> None:
        self.samples.setdefault(name, row)
        rows = self.pending.setdefault((name, split), [])
        rows.append(row)
        if len(rows) >= self.batch_rows:
            self._rows_out(name, split)

    def _rows_out(self, name: str, split: str) -> None:
        rows = self.pending.pop((name, split), [])
        if rows:
            self._table(name, split, pa.Table.from_pylist(rows, schema=arrow_schema(features_of(name))))

    def _table(self, name: str, split: str, t: pa.Table) -> None:
        if not t.num_rows:
            return
        self.counts[name][split] = self.counts[name].get(split, 0) + t.num_rows
        if self.out is not None:
            key = (name, split)
            if key not in self.writers:
                features = features_of(name)
                self.writers[key] = ShardWriter(self.out / "data" / name, split, features, self.max_shard_bytes,
                                                min(self.batch_rows, CONFIGS[name].batch_rows),
                                                finisher(features, split), published_features(features))
            self.writers[key].add_table(t)

    def finish(self) -> tuple[Scan, list[Path]]:
        """The last batches, the collectors' rows and the shards; the scan the card is made of."""
        with fewer_collections():
            return self._finish()

    def _finish(self) -> tuple[Scan, list[Path]]:
        for split in list(self.batches):
            self._emit(split)
        if self.out is not None:
            _refuse_drafts(self.drafts)
        for name, collector in self.collectors.items():
            tables = getattr(collector, "finish_tables", None)  # a collector that hands on Arrow (claims)
            if tables is None:
                for sp, row in collector.finish():
                    self._row(name, sp, row)
                continue
            for sp, t in tables():
                self._table(name, sp, t)
            sample = collector.sample()  # type: ignore[attr-defined]  # what finish's first row would be
            if sample is not None:
                self.samples.setdefault(name, sample)
        for name, split in list(self.pending):
            self._rows_out(name, split)
        split_order = {sp: i for i, sp in enumerate(vocab("split"))}
        files: list[Path] = []
        for key in sorted(self.writers, key=lambda k: (list(CONFIGS).index(k[0]), split_order.get(k[1], 99))):
            files += self.writers[key].close()
        ARROW_SECONDS[0] = sum(w.arrow_seconds for w in self.writers.values())
        ordered = {name: dict(sorted(c.items(), key=lambda kv: split_order.get(kv[0], 99)))
                   for name, c in self.counts.items()}
        return Scan(self.acc.result(load_entities(self.dataset)), ordered, self.samples, sorted(self.languages),
                    self.acc.claim_groups()), files


def scan(dataset: Path, out: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES,
         batch_rows: int = BATCH_ROWS, progress: Callable[[int, int], None] | None = None) -> tuple[Scan, list[Path]]:
    """One streaming pass over the documents (read, not validated): statistics, row
    counts and sample rows for the card, and, when ``out`` is given, every config's
    Parquet shards (:class:`RowPass`). ``build`` makes the same pass inside validation's."""
    rows = RowPass(dataset, out, max_shard_bytes, batch_rows, progress)
    rows.total = sum(1 for _ in iter_manifest(dataset)) if progress else 0
    for doc in iter_documents(dataset):
        rows.add(doc)
    return rows.finish()


def check_publishable(dataset: Path, jobs: int = 1, on_document: Callable[[Document], None] | None = None) -> None:
    """Validation findings stop the build, and so does a document of a split that is
    never published (the development set's ``dev`` and ``sealed``, the schema's
    ``x-unpublished``); drafts are caught during the write pass (which happens in a
    temporary folder, so nothing is published either way). ``on_document`` receives
    every valid document of validation's pass (``build`` makes its rows there)."""
    report = validate_dataset(dataset, jobs=jobs, on_document=on_document)
    if not report.ok:
        raise BuildError(f"{dataset}: {report.summary()}; nothing was written", report.findings)
    held = [f"{m.doc_id} ({m.split})" for m in iter_manifest(dataset) if m.split in unpublished_splits()]
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
           progress: Callable[[int, int], None] | None = None, without_texts: bool = False,
           scanned: tuple[Scan, list[Path]] | None = None) -> BuildResult:
    """Write every output into ``out`` (an empty folder); returns what was written.
    ``without_texts``: the text-free release (:mod:`ghouta_corpus.build.textfree`).
    ``scanned``: the pass's result when the Parquet shards are already in ``out``
    (``build`` makes them inside validation's pass), else a pass is made here."""
    with fewer_collections():
        return _render(dataset, out, project_root, max_shard_bytes, progress, without_texts, scanned)


def _render(dataset: Path, out: Path, project_root: Path | None, max_shard_bytes: int,
            progress: Callable[[int, int], None] | None, without_texts: bool,
            scanned: tuple[Scan, list[Path]] | None) -> BuildResult:
    result = BuildResult(out)
    sc, parquet = scanned or scan(dataset, out, max_shard_bytes, progress=progress)
    result.files += parquet
    result.rows = sc.rows
    blocks = generated_blocks(sc, dataset)
    result.files += _card_and_croissant(sc, blocks, out, parquet)
    result.files += _datasheet(dataset, out, project_root, blocks)
    if without_texts:
        full = textfree.full_outputs(out, _sums_text(out, result.files))

        def text_free() -> dict[str, str]:
            sc.text_free = True
            return _card_and_croissant_texts(sc, blocks, out, parquet)
        written = textfree.without_texts(dataset, out, parquet, full, text_free)
        result.files += [p for p in written if p not in result.files]
    result.files.append(atomic_write(out / "SHA256SUMS", _sums_text(out, result.files)))
    return result


def _sums_text(out: Path, files: list[Path]) -> str:
    return "".join(f"{sha256_file(p)}  {p.relative_to(out).as_posix()}\n" for p in sorted(files))


def _card_and_croissant_texts(sc: Scan, blocks: dict[str, str], out: Path, parquet: list[Path]) -> dict[str, str]:
    """The card and ``croissant.json`` of the Parquet files as they are in ``out``
    (sizes and hashes read from them), with the version stamped in both."""
    sc.info = dataset_info(parquet)
    features_of = (lambda name: text_free_features(name)) if sc.text_free else None
    splits = [s for s in vocab("split") if any(s in r for r in sc.rows.values())]
    return {"README.md": render_card(sc, blocks),
            "croissant.json": croissant.croissant_json(sc.languages, out, sorted(parquet), splits, features_of)}


def _card_and_croissant(sc: Scan, blocks: dict[str, str], out: Path, parquet: list[Path]) -> list[Path]:
    texts = _card_and_croissant_texts(sc, blocks, out, parquet)
    return [atomic_write(out / name, text) for name, text in texts.items()]


def _datasheet(dataset: Path, out: Path, project_root: Path | None, blocks: dict[str, str]) -> list[Path]:
    """The top-level documents with their generated blocks refreshed (staged in
    ``out/_top``), and the datasheet published with the data."""
    files = []
    if project_root is not None:
        for name in TOP_LEVEL_DOCS:
            src = project_root / name
            if src.exists():
                new = fill_blocks(load_text(src), blocks, str(src))
                atomic_write(out / "_top" / name, new)
                if name == "DATASHEET.md":  # published with the data, so Hub users have it
                    files.append(atomic_write(out / name, new))
    elif (dataset / "DATASHEET.md").is_file():  # a dataset outside the project publishes its own datasheet
        src = dataset / "DATASHEET.md"
        files.append(atomic_write(out / "DATASHEET.md", fill_blocks(load_text(src, within=dataset), blocks, str(src))))
    return files


def _sums(path: Path) -> list[str]:
    """The lines of a ``SHA256SUMS`` file (none if it is missing or unreadable)."""
    text, _ = read_text(path)
    return text.splitlines() if text else []


def _anchor(txn: Transaction, dataset: Path, staged: Path, old_sums: list[str], new_sums: list[str]) -> str | None:
    """When the old and new builds share no file, ``SHA256SUMS`` narrowed to the shared
    lines would be empty, which ``sha256sum -c`` rejects: instead it lists the old
    files but one (``F``), ``F`` is switched in, and it lists ``F``'s new line alone
    until the full list comes last. Returns ``F`` (None when there is no new line)."""
    if not new_sums:
        return None
    old_paths = {x.split("  ", 1)[1] for x in old_sums if "  " in x}
    line = next((x for x in new_sums if x.split("  ", 1)[1] not in old_paths), new_sums[0])  # a new file if any
    rel = line.split("  ", 1)[1]
    if rel in old_paths:
        txn.write(dataset / "SHA256SUMS", "".join(f"{x}\n" for x in old_sums if not x.endswith(f"  {rel}")))
    txn.move(staged / rel, dataset / rel)
    txn.write(dataset / "SHA256SUMS", f"{line}\n")
    return rel


def _switch(txn: Transaction, dataset: Path, staged: Path, project_root: Path | None) -> None:
    """Queue the renames and deletions that switch the staged build in (module docstring)."""
    new_sums = _sums(staged / "SHA256SUMS")
    old_sums = _sums(dataset / "SHA256SUMS")
    shared = [line for line in old_sums if line in set(new_sums)]
    new_files = {p.relative_to(staged).as_posix() for p in staged.rglob("*") if p.is_file()}
    moved = _anchor(txn, dataset, staged, old_sums, new_sums) if not shared and old_sums else None
    if moved is None:
        txn.write(dataset / "SHA256SUMS", "".join(f"{line}\n" for line in shared))
    for rel in sorted(new_files):
        if rel not in ("SHA256SUMS", moved) and not rel.startswith("_top/"):
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
        if rel.startswith("data/") or rel in OWN_FILES:  # only the build's own files, never a source
            txn.delete(dataset / rel)
    txn.move(staged / "SHA256SUMS", dataset / "SHA256SUMS")


def build(dataset: Path, project_root: Path | None = None, max_shard_bytes: int = MAX_SHARD_BYTES, jobs: int = 1,
          progress: Callable[[int, int], None] | None = None, without_texts: bool = False) -> BuildResult:
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
                rows.total = sum(1 for _ in iter_manifest(dataset)) if progress else 0
                check_publishable(dataset, jobs, rows.add)
                scanned = rows.finish()
            else:  # validation spread over processes, then the row pass
                check_publishable(dataset, jobs)
        except CorpusError as e:
            raise BuildError(str(e)) from None
        result = render(dataset, staged, project_root, max_shard_bytes, progress, without_texts, scanned)
        if project_root is not None:
            result.updated_docs = [project_root / name for name in TOP_LEVEL_DOCS
                                   if (staged / "_top" / name).is_file()
                                   and load_text(project_root / name) != load_text(staged / "_top" / name)]
        _switch(txn, dataset, staged, project_root)
        txn.commit()
    result.dataset = dataset
    result.files = [dataset / p.relative_to(staged) for p in result.files]
    return result
