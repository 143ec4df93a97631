"""Bringing corrected annotations back: ``import`` (the inverse of ``export``) and ``gold``.

:func:`import_documents` reads a folder or file that an annotation tool exported
(Label Studio, INCEpTION, brat, or this project's own ``jsonl``) through the format's
reader (:func:`ghouta_corpus.formats.read_documents`), checks that every document is
a manifest document with the corpus's text byte for byte, and writes the annotation
files through the same validation as ``add``: the dataset as it would be is validated
whole (every rule, the gold gate included) and nothing is written unless it is valid.
A document whose annotation is unchanged is left alone; a changed one gains a
``correction`` step in its manifest review history.

:func:`mark_gold` is the last step of the workflow (``add`` -> ``export`` -> correct
in the tool -> ``import`` -> ``validate``/``audit`` -> ``gold`` -> ``build``): it sets
documents' status to ``gold`` and records the step, only if the gold gate then passes.

Both hold the dataset lock (:func:`ghouta_corpus.io.lock.dataset_lock`) from reading
the manifest to writing it, and write through :func:`_write`, the one place that
touches the dataset: one :class:`~ghouta_corpus.io.transaction.Transaction`, annotation
files first and the manifest last, so a kill leaves the old corpus or (once the next
writing command finished the journal) the new one.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..formats import read_documents
from ..io import (
    CorpusError,
    annotation_path,
    atomic_write,
    dump_json,
    iter_documents,
    load_json,
    read_text,
    staged_folder,
)
from ..io.lock import dataset_lock, locked
from ..io.transaction import Transaction
from ..model.ids import renumber
from ..model.records import Document, ModelError
from ..text.diff import first_difference
from ..validate import validate_dataset


class ImportDataError(CorpusError):
    """What was imported (or marked gold) does not fit the corpus or does not validate;
    nothing was written. ``details`` lists every finding."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = list(details or [])


class UnknownDocumentError(UsageError):
    """A document id the manifest does not have, named on the command line (exit 2)."""


@dataclass(frozen=True)
class Imported:
    """One imported document: where its annotation file is and whether it changed."""
    doc_id: str
    path: Path
    changed: bool
    spans: int


def _manifest(dataset: Path) -> dict[str, Any]:
    data = load_json(dataset / "manifest.json", ImportDataError)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ImportDataError(f"{dataset / 'manifest.json'}: not a manifest (run ghouta-corpus validate)")
    return data


def _entries(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["doc_id"]: e for e in manifest["documents"] if isinstance(e, dict) and "doc_id" in e}


def _check_text(doc: Document, entry: dict[str, Any] | None, dataset: Path, source: Path) -> None:
    if entry is None:
        raise ImportDataError(f"{source}: document {doc.doc_id!r} is not in {dataset / 'manifest.json'}; add the "
                              "article first (ghouta-corpus add) and import its annotation then")
    raw = dataset / "raw" / entry["source_file"]
    text, problem = read_text(raw)
    if problem is not None or text is None:
        raise ImportDataError(f"{raw}: {problem.message if problem else 'unreadable'}")
    diff = first_difference(text, doc.text)
    if diff is not None:
        raise ImportDataError(f"{source}: document {doc.doc_id}: the imported text is not the corpus text of {raw} "
                              f"({len(doc.text)} against {len(text)} characters); {diff.describe()}; annotation "
                              "tools must not change the text")


def _stage(staged: Path, dataset: Path, docs: dict[str, Document], manifest: dict[str, Any]) -> None:
    """The dataset as it would be, in ``staged``: raw texts, tables and unchanged
    annotation files linked (copied where the file system has no symlinks), the new
    annotation files and manifest written."""
    def link(src: Path, dst: Path) -> None:  # hard links: the reader refuses a symbolic link out of a dataset
        if src.is_dir():
            dst.mkdir()
            for p in sorted(src.iterdir()):
                link(p, dst / p.name)
            return
        try:
            os.link(src, dst)
        except OSError:  # a file system without hard links: validate a copy
            shutil.copy2(src, dst)
    for name in ("raw", "entities.json", "events.json", "audit_allowlist.json"):
        if (dataset / name).exists():
            link(dataset / name, staged / name)
    (staged / "annotations").mkdir()
    old = dataset / "annotations"
    for p in sorted(old.glob("*.json")) if old.is_dir() else ():
        if p.stem not in docs:
            link(p, staged / "annotations" / p.name)
    for doc_id, doc in docs.items():
        atomic_write(annotation_path(staged, doc_id), dump_json(doc.to_json()), sync=False)
    atomic_write(staged / "manifest.json", _manifest_text(manifest), sync=False)


def _manifest_text(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def _validated(dataset: Path, docs: dict[str, Document], manifest: dict[str, Any], what: str) -> None:
    """Validate the dataset as it would be; :class:`ImportDataError` with every finding if not."""
    with staged_folder(dataset / "annotations", prefix=".import-") as staged:
        try:
            _stage(staged, dataset, docs, manifest)
            report = validate_dataset(staged)
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    if not report.ok:
        lines = [f.line().replace(str(staged), str(dataset)) for f in report.findings]
        raise ImportDataError(f"{what}: the dataset would be {report.summary()}; nothing was written", lines)


def _write(dataset: Path, docs: dict[str, Document], manifest: dict[str, Any], command: str) -> list[Path]:
    """The one place that writes: annotation files, then the manifest, as one transaction."""
    written = [annotation_path(dataset, doc_id) for doc_id in docs] + [dataset / "manifest.json"]
    with Transaction(dataset, command) as txn:
        for doc_id, doc in docs.items():
            txn.write(annotation_path(dataset, doc_id), dump_json(doc.to_json()))
        txn.write(dataset / "manifest.json", _manifest_text(manifest))
        txn.commit()
    return written


def _step(step: str, by: str | None, what: str) -> dict[str, Any]:
    return {"step": step, "by": by or "not recorded (give --by to name who did it)", "date": date.today().isoformat(),
            "date_basis": f"the day of the {what}", "record": what}


def canonical(doc: Document, source: Path) -> Document:
    """The document with canonical ids and order (:func:`ghouta_corpus.model.ids.renumber`):
    what a tool added or reordered lands where the corpus's own files would put it, and
    a document that went out and came back unchanged is byte for byte the same."""
    try:
        r = renumber(doc.spans, doc.relations, doc.attributions, doc.event_args)
    except ModelError as e:
        raise ImportDataError(f"{source}: document {doc.doc_id}: {e}") from None
    return replace(doc, spans=r.spans, relations=r.relations, attributions=r.attributions, event_args=r.event_args)


def _current(dataset: Path, doc_id: str) -> str | None:
    text, problem = read_text(annotation_path(dataset, doc_id))
    return None if problem else text


def import_documents(fmt: str, source: Path, dataset: Path, by: str | None = None) -> list[Imported]:
    """Import the annotations of ``source`` (a folder or file in format ``fmt``) into
    ``dataset``; returns what was imported. Raises
    :class:`~ghouta_corpus.formats.FormatError` (a file and line of ``source``) or
    :class:`ImportDataError` (a document the corpus does not have, a changed text,
    findings of the would-be dataset), having written nothing."""
    with dataset_lock(dataset, "import"):
        return _import(fmt, source, dataset, by)


def _import(fmt: str, source: Path, dataset: Path, by: str | None) -> list[Imported]:
    documents = [canonical(d, source) for d in read_documents(fmt, Path(source))]
    if not documents:
        raise ImportDataError(f"{source}: holds no document to import")
    manifest = _manifest(dataset)
    entries = _entries(manifest)
    changed: dict[str, Document] = {}
    out = []
    for doc in documents:
        _check_text(doc, entries.get(doc.doc_id), dataset, source)
        if doc.doc_id in changed:
            raise ImportDataError(f"{source}: document {doc.doc_id} appears twice")
        new = dump_json(doc.to_json())
        is_new = new != _current(dataset, doc.doc_id)
        if is_new:
            changed[doc.doc_id] = doc
            entry = entries[doc.doc_id]
            entry["review"] = [*entry.get("review", []), _step("correction", by, f"{fmt} import of {source}")]
        out.append(Imported(doc.doc_id, annotation_path(dataset, doc.doc_id), is_new, len(doc.spans)))
    if changed:
        _validated(dataset, changed, manifest, f"import of {source}")
        _write(dataset, changed, manifest, "import")
    return out


@locked("gold")
def mark_gold(dataset: Path, doc_ids: Iterable[str], by: str | None = None) -> list[str]:
    """Set the status of ``doc_ids`` to gold and record a ``gold`` review step, only if
    the dataset then validates (the gold gate: nothing auto, a review history, no
    placeholder, no unexplained audit suspect); returns the ids marked. Raises
    :class:`ImportDataError` with every finding otherwise, having written nothing."""
    wanted = list(dict.fromkeys(doc_ids))
    manifest = _manifest(dataset)
    entries = _entries(manifest)
    unknown = [d for d in wanted if d not in entries]
    if unknown:
        raise UnknownDocumentError(f"{dataset / 'manifest.json'}: no document {', '.join(map(repr, unknown))}")
    docs = {d.doc_id: replace(d, status="gold") for d in iter_documents(dataset) if d.doc_id in wanted}
    for doc_id in wanted:
        entries[doc_id]["review"] = [*entries[doc_id].get("review", []), _step("gold", by, "gold marking")]
    _validated(dataset, docs, manifest, f"marking {', '.join(wanted)} gold")
    _write(dataset, docs, manifest, "gold")
    return wanted
