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
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..io import read_json
from ..io.gcpolicy import fewer_collections
from ..model.records import DocMeta, Document
from ..model.vocab import proven as schema_proven
from .context import Annotation, Context, DocSet
from .parsed import ParsedDoc
from .proof import Columns, Tapped, proven, tapped
from .registry import FAMILIES, Family
from .report import Finding, Report
from .rules.document import check_document, check_unannotated
from .rules.entities import check_entities
from .rules.events import check_events, check_unmentioned
from .rules.files import file_finding, float_offsets, unproven_schema_findings
from .rules.gold import GoldGate, check_gold_audit
from .rules.manifest import check_manifest


def _semantic_findings(a: Annotation, families: list[Family]) -> list[Finding]:
    """Every ``document`` and ``span`` family of ``families`` on one annotation, in
    registration order; the ``span`` families run as one pass, so each span's findings
    stay together."""
    out: list[Finding] = []
    spans_done = False
    for fam in families:
        if fam.scope == "document":
            out.extend(fam.check(a))
        elif fam.scope == "span" and not spans_done:
            spans_done = True
            per_span = [(i, k, n, f) for k, g in enumerate(x for x in families if x.scope == "span")
                        for n, (i, f) in enumerate(g.check(a))]
            out.extend(f for *_, f in sorted(per_span, key=lambda t: (t[0], t[1], t[2])))
    return out


def _unproven(cols: Columns) -> list[Family]:
    """The ``document`` and ``span`` families that may report something on the file
    whose columns ``cols`` are: those whose fast proof
    (:mod:`~ghouta_corpus.validate.proof`) does not hold. The others would report
    nothing, so they are not run."""
    return [f for f in FAMILIES if f.scope in ("document", "span") and not proven(f.name, cols)]


def _annotation_findings(data: dict[str, Any], file: str, ctx: Context, expect_doc_id: str | None,
                         tap: Tapped | None = None) -> tuple[list[Finding], str | None, Columns | None]:
    """Every semantic rule on one schema-valid annotation file, the document's text
    (read once, here, and handed on to whatever else needs it) and its columns.
    ``tap``: the columns of the schema proof that proved the file valid, which also
    proved every offset an ``int`` (so :func:`float_offsets` has nothing to say)."""
    doc_id = data["doc_id"]
    findings = [] if tap is not None else float_offsets(data, file, doc_id)
    text, cols = None, None
    if not findings:
        findings = check_document(data, file, ctx, expect_doc_id)
        text = ctx.text(doc_id) if doc_id in ctx.manifest else None
        if text is not None:  # else the unknown document's or the raw text's own finding says why
            cols = Columns(data, text, doc_id, ctx, tap)
            families = _unproven(cols)
            if families:  # the Annotation (a walk over every span) is made only for a family to run
                findings += _semantic_findings(Annotation(data, file, doc_id, text, ctx), families)
    return findings, text, cols


def check_annotation(data: dict[str, Any], file: str, ctx: Context, expect_doc_id: str | None = None,
                     rules: Collection[str] | None = None) -> list[Finding]:
    """Every semantic rule on one schema-valid annotation file (or only ``rules``)."""
    findings, *_ = _annotation_findings(data, file, ctx, expect_doc_id)
    return findings if rules is None else [f for f in findings if f.rule in rules]


@dataclass
class Checked:
    """One annotation file after its check: its findings, its parse (None if it does
    not parse) and, when it has no finding, its text: what the pass shares with
    ``build`` and the gold gate, so that neither reads the file again (and its
    columns, which the rule proofs gathered)."""
    findings: list[Finding]
    data: Any = None
    text: str | None = None
    cols: Columns | None = None

    @property
    def valid(self) -> bool:
        return not self.findings and self.text is not None


def check_file(path: Path, ctx: Context) -> Checked:
    """Read, parse and check one annotation file (the reader, the schema, every rule)."""
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return Checked([file_finding(problem, file, path.stem)])
    doc_id = data.get("doc_id") if isinstance(data, dict) and isinstance(data.get("doc_id"), str) else None
    proof = schema_proven("annotation", data)  # its columns are read before the next file's proof replaces them
    tap = tapped(proof) if proof is not None else None
    findings = [] if proof is not None else unproven_schema_findings("annotation", data, file, doc_id)
    if findings:
        return Checked(findings, data)
    findings, text, cols = _annotation_findings(data, file, ctx, path.stem, tap)
    return Checked(findings, data, text, cols)


def check_annotation_file(path: Path, ctx: Context) -> list[Finding]:
    return check_file(path, ctx).findings


def _is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "manifest.json").exists()


def dataset_context(root: Path, defer_raw: bool = False) -> tuple[list[Finding], Context, int]:
    """The findings of a dataset's own files (manifest, entity table, and event table
    when there is one), the validation context built from them, and how many files
    were read: one home for how a dataset's tables are checked, used by
    :func:`validate_dataset` and by the engine's driver and workers
    (:mod:`ghouta_corpus.build.engine`). ``defer_raw``: raw texts are checked when
    their documents are reached, not here."""
    findings, ctx = check_manifest(root, defer_raw)
    files = 1 + len(ctx.readable)
    findings += check_entities(root / "entities.json", ctx)
    files += 1
    if (root / "events.json").exists():  # optional: a dataset without an event layer has none
        findings += check_events(root / "events.json", ctx)
        files += 1
    return findings, ctx, files


def _context(root: Path, report: Report, defer_raw: bool = False) -> Context:
    findings, ctx, files = dataset_context(root, defer_raw)
    report.findings.extend(findings)
    report.files += files
    return ctx


_LABEL = itemgetter("label")


def _mentioned(data: Any) -> Iterator[str]:
    """The event ids the EVENT triggers of one parsed annotation file name (a file
    without the shape has its own findings and names none)."""
    if not isinstance(data, dict) or not isinstance(data.get("spans"), list):
        return
    try:  # most files have no EVENT trigger: one search in C says so (any other shape takes the walk)
        if "EVENT" not in map(_LABEL, data["spans"]):
            return
    except (KeyError, TypeError):
        pass
    for sp in data["spans"]:
        if isinstance(sp, dict) and sp.get("label") == "EVENT" and isinstance(sp.get("event_id"), str):
            yield sp["event_id"]


def _mentioned_in(c: Checked) -> Iterator[str]:
    """:func:`_mentioned` of a checked file: none when the labels the rule proofs
    gathered (every span's, once the offsets are proven) hold no EVENT, without
    reading the spans' labels again."""
    cols = c.cols
    if cols is not None and cols.offsets_ok and "EVENT" not in cols.label_set:
        return iter(())
    return _mentioned(c.data)


_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _check_in_worker(path: Path) -> Checked:
    assert _WORKER_CTX is not None
    c = check_file(path, _WORKER_CTX)
    return Checked(c.findings, {"spans": [{"label": "EVENT", "event_id": e} for e in _mentioned_in(c)]})


def _check_files(files: Iterable[Path], ctx: Context, jobs: int) -> Iterator[tuple[Path, Checked]]:
    """Each file with its check, in file order; ``jobs`` > 1 spreads files over
    processes (which hand back findings and event ids, not the parse)."""
    if jobs <= 1:
        for p in files:
            yield p, check_file(p, ctx)
        return
    paths = list(files)
    with mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(
            jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        yield from zip(paths, pool.imap(_check_in_worker, paths,
                                        chunksize=max(1, min(256, len(paths) // (jobs * 8) or 1))), strict=True)


def _annotation_files(root: Path, ctx: Context) -> Iterator[Path]:
    """The annotation files in pass order: the manifest's documents in manifest order
    (those that have a file), then any other ``.json`` file of the folder, sorted (the
    manifest order is the published row order, so ``build`` shares this pass)."""
    ann_dir = root / "annotations"
    if not ann_dir.is_dir():
        return
    for doc_id in ctx.manifest:
        p = ann_dir / f"{doc_id}.json"
        if os.path.lexists(p):
            yield p
    with os.scandir(ann_dir) as it:
        extra = sorted(e.name for e in it if e.name.endswith(".json") and e.name[:-5] not in ctx.manifest)
    yield from (ann_dir / name for name in extra)


class _Reread:
    """The pass's valid documents read again in order (the gold gate asks for the
    ``i``-th with ``i`` rising, and only for documents before a string first
    annotated later), streamed from one walk over the files."""

    def __init__(self, root: Path, ctx: Context) -> None:
        self.root, self.ctx = root, ctx
        self.files = enumerate(_annotation_files(root, ctx))

    def __call__(self, i: int) -> Document:
        for k, path in self.files:
            if k == i:
                c = check_file(path, self.ctx)
                assert c.text is not None
                return Document.trusted(c.data, c.text, DocMeta.from_json(self.ctx.manifest[c.data["doc_id"]]))
        raise IndexError(i)


def _hand_on(c: Checked, meta: DocMeta, gate: GoldGate, on_document: Callable[[Document], None] | None) -> None:
    """A valid document to the gold gate and to ``on_document``. Without
    ``on_document`` (``validate`` alone) the gate reads the parse and the columns the
    rule proofs gathered (:class:`ParsedDoc`): no ``Document`` is made."""
    cols = c.cols
    if on_document is None and cols is not None and cols.offsets_ok:
        gate.add(ParsedDoc(c.data, c.text or "", meta, cols.labels, cols.starts, cols.ends, cols.label_codes))
        return
    doc = Document.trusted(c.data, c.text or "", meta)
    if cols is not None and cols.offsets_ok:  # the gate's coverage index reads these instead of the spans
        object.__setattr__(doc, "_span_columns", (cols.labels, cols.starts, cols.ends))
        object.__setattr__(doc, "_span_codes", cols.label_codes)  # and these instead of the labels
    gate.add(doc)
    if on_document is not None:
        on_document(doc)


def _count_files(ann_dir: Path) -> int:
    """How many ``.json`` files the pass will check (for progress; nothing kept)."""
    if not ann_dir.is_dir():
        return 0
    with os.scandir(ann_dir) as it:
        return sum(1 for e in it if e.name.endswith(".json"))


def validate_dataset(root: Path, report: Report | None = None, jobs: int = 1,
                     on_document: Callable[[Document], None] | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Report:
    """Validate a whole dataset folder: manifest, raw texts and their hashes, the
    entity and event tables, and every annotation file, including that each manifest
    document has one and that every table event is mentioned; then, when all that is
    valid, the gold gate's audit (no unexplained audit suspect in a gold document).

    One pass: each annotation file and each raw text is read and parsed once, and
    every check that needs them (the schema, the rules, the raw text's hash, the
    event ids mentioned, the gold gate's audit) shares that read. ``on_document``
    receives each valid document (in manifest order) as a :class:`Document`: ``build``
    produces its rows from this same pass. Only findings and the audit's corpus-wide
    tallies accumulate, so memory stays flat however many documents there are;
    ``jobs`` > 1 spreads the files over processes (the gate then reads the documents
    in a pass of its own). ``progress(done, total)`` is called after each annotation
    file."""
    with fewer_collections():  # a pass makes hundreds of short-lived objects per document
        return _validate_dataset(root, report or Report(), jobs, on_document, progress)


def _validate_dataset(root: Path, report: Report, jobs: int, on_document: Callable[[Document], None] | None,
                      progress: Callable[[int, int], None] | None) -> Report:
    ctx = _context(root, report, defer_raw=jobs <= 1)
    gate = GoldGate(root)
    mentioned: set[str] = set()
    seen = DocSet(ctx._positions)  # one byte per manifest document, not a string
    total = _count_files(root / "annotations") if progress else 0
    for done, (path, c) in enumerate(_check_files(_annotation_files(root, ctx), ctx, jobs), 1):
        report.findings.extend(ctx.drain_raw())
        report.findings.extend(c.findings)
        report.files += 1
        report.documents += 1
        seen.add(path.stem)
        mentioned.update(_mentioned_in(c))
        if c.valid and jobs <= 1 and report.ok:
            _hand_on(c, DocMeta.from_json(ctx.manifest[c.data["doc_id"]]), gate, on_document)
        if progress:
            progress(done, total)
    for doc_id in ctx.manifest:
        ctx.check_raw(doc_id)  # the raw texts of documents without an annotation file
    report.findings.extend(ctx.drain_raw())
    report.files += sum(1 for d in ctx.readable if d in ctx.raw_checked)  # counted, not gathered into a set
    report.findings.extend(check_unannotated(ctx, seen, root / "annotations"))
    if ctx.events is not None:
        report.findings.extend(check_unmentioned(root / "events.json", ctx, iter(sorted(mentioned))))
    if report.ok:  # the audit reads the documents, which needs them valid
        if jobs > 1:
            report.findings.extend(check_gold_audit(root))
        else:
            report.findings.extend(gate.findings(_Reread(root, ctx)))
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
            validate_dataset(p, report, jobs, progress=progress)
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
