"""The runner: applies the registered rule families to files, folders and datasets.

Validation never stops at the first problem and never raises on bad input (only on
arguments that name nothing, :class:`~ghouta_corpus.errors.UsageError`): every file is
read through the one reader, checked against its JSON Schema, and, when it conforms,
by every rule family of :mod:`ghouta_corpus.validate.rules` (semantic rules rely on
the types the schema guarantees; the schema findings already say what is wrong with
the other files). Files are checked one at a time, or by a pool of processes, and only
their findings are kept, so memory stays flat however many documents there are.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..io import read_json
from .context import Annotation, Context
from .registry import FAMILIES
from .report import Finding, Report
from .rules.document import check_document, check_unannotated
from .rules.entities import check_entities
from .rules.events import check_events, check_unmentioned
from .rules.files import file_finding, float_offsets, schema_findings
from .rules.gold import check_gold_audit
from .rules.manifest import check_manifest


def _semantic_findings(a: Annotation) -> list[Finding]:
    """Every ``document`` and ``span`` family on one annotation, in registration
    order; the ``span`` families run as one pass, so each span's findings stay together."""
    out: list[Finding] = []
    spans_done = False
    for fam in FAMILIES:
        if fam.scope == "document":
            out.extend(fam.check(a))
        elif fam.scope == "span" and not spans_done:
            spans_done = True
            per_span = [(i, k, n, f) for k, g in enumerate(x for x in FAMILIES if x.scope == "span")
                        for n, (i, f) in enumerate(g.check(a))]
            out.extend(f for *_, f in sorted(per_span, key=lambda t: (t[0], t[1], t[2])))
    return out


def check_annotation(data: dict[str, Any], file: str, ctx: Context, expect_doc_id: str | None = None,
                     rules: Collection[str] | None = None) -> list[Finding]:
    """Every semantic rule on one schema-valid annotation file (or only ``rules``)."""
    doc_id = data["doc_id"]
    findings = float_offsets(data, file, doc_id)
    if not findings:
        findings = check_document(data, file, ctx, expect_doc_id)
        text = ctx.text(doc_id) if doc_id in ctx.manifest else None
        if text is not None:  # else the unknown document's or the raw text's own finding says why
            findings += _semantic_findings(Annotation(data, file, doc_id, text, ctx))
    return findings if rules is None else [f for f in findings if f.rule in rules]


def check_annotation_file(path: Path, ctx: Context) -> list[Finding]:
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return [file_finding(problem, file, path.stem)]
    doc_id = data.get("doc_id") if isinstance(data, dict) and isinstance(data.get("doc_id"), str) else None
    findings = schema_findings("annotation", data, file, doc_id)
    if findings:
        return findings
    return check_annotation(data, file, ctx, expect_doc_id=path.stem)


def _is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "manifest.json").exists()


def _context(root: Path, report: Report) -> Context:
    findings, ctx = check_manifest(root)
    report.findings.extend(findings)
    report.files += 1 + len(ctx.readable)
    report.findings.extend(check_entities(root / "entities.json", ctx))
    report.files += 1
    if (root / "events.json").exists():  # optional: a dataset without an event layer has none
        report.findings.extend(check_events(root / "events.json", ctx))
        report.files += 1
    return ctx


def _mentioned_events(files: Iterable[Path]) -> Iterator[str]:
    """The event ids EVENT triggers of the annotation files name (files that do not
    parse, or do not have the shape, have their own findings and are skipped)."""
    for p in files:
        data, problem = read_json(p)
        if problem or not isinstance(data, dict) or not isinstance(data.get("spans"), list):
            continue
        for sp in data["spans"]:
            if isinstance(sp, dict) and sp.get("label") == "EVENT" and isinstance(sp.get("event_id"), str):
                yield sp["event_id"]


_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _check_in_worker(path: Path) -> list[Finding]:
    assert _WORKER_CTX is not None
    return check_annotation_file(path, _WORKER_CTX)


def _check_files(files: list[Path], ctx: Context, jobs: int) -> Iterator[list[Finding]]:
    """Findings per file, in file order; ``jobs`` > 1 spreads files over processes."""
    if jobs <= 1 or len(files) < 2:
        for p in files:
            yield check_annotation_file(p, ctx)
        return
    with mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(
            jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        yield from pool.imap(_check_in_worker, files, chunksize=max(1, min(256, len(files) // (jobs * 8) or 1)))


def validate_dataset(root: Path, report: Report | None = None, jobs: int = 1,
                     progress: Callable[[int, int], None] | None = None) -> Report:
    """Validate a whole dataset folder: manifest, raw texts and their hashes, the
    entity and event tables, and every annotation file, including that each manifest
    document has one and that every table event is mentioned; then, when all that is
    valid, the gold gate's audit (no unexplained audit suspect in a gold document). Files are checked one
    at a time (or by ``jobs`` processes) and only their findings are kept, so memory
    stays flat however many documents there are. ``progress(done, total)`` is called
    after each annotation file."""
    report = report or Report()
    ctx = _context(root, report)
    ann_dir = root / "annotations"
    files = sorted(ann_dir.glob("*.json")) if ann_dir.is_dir() else []
    for done, found in enumerate(_check_files(files, ctx, jobs), 1):
        report.findings.extend(found)
        report.files += 1
        report.documents += 1
        if progress:
            progress(done, len(files))
    report.findings.extend(check_unannotated(ctx, (p.stem for p in files), ann_dir))
    if ctx.events is not None:
        report.findings.extend(check_unmentioned(root / "events.json", ctx, _mentioned_events(files)))
    if report.ok:  # the audit reads the documents, which needs them valid
        report.findings.extend(check_gold_audit(root))
    return report


def _targets(p: Path) -> list[Path]:
    if not p.is_dir():
        return [p]
    targets = sorted(p.glob("*.json"))
    if not targets:
        raise UsageError(f"{p}: folder holds no .json annotation files")
    return targets


def validate_paths(paths: Iterable[Path], dataset: Path, jobs: int = 1,
                   progress: Callable[[int, int], None] | None = None) -> Report:
    """Validate each path: a dataset folder (everything in it), a folder of annotation
    files, ``manifest.json``, ``entities.json``, ``events.json`` or one annotation file. Annotation
    files are checked against the manifest, raw texts and entity table of
    ``dataset``. Raises :class:`UsageError` for a path that does not exist."""
    paths = list(paths)
    for p in paths:
        if not p.exists():
            raise UsageError(f"{p}: no such file or directory")
    report = Report()
    ctx: Context | None = None
    for p in paths:
        if _is_dataset(p):
            validate_dataset(p, report, jobs, progress)
            continue
        if ctx is None:
            ctx = _context(dataset, report)
        for t in _targets(p):
            report.files += 1
            if t.name == "manifest.json":
                report.findings.extend(check_manifest(t.parent)[0])
            elif t.name == "entities.json":
                report.findings.extend(check_entities(t, Context(dataset)))
            elif t.name == "events.json":
                report.findings.extend(check_events(t, ctx))
            else:
                report.documents += 1
                report.findings.extend(check_annotation_file(t, ctx))
    return report
