"""Authoring: a dataset folder compiled from compact, text-anchored annotation files.

Annotators write compact rows (see :mod:`.compiler` for the format) in one or more
files per document; :func:`compile_dataset` compiles every document of a dataset's
manifest from them and writes, all or nothing:

- ``annotations/<doc_id>.json`` for every manifest document;
- ``entities.json``, the entity rows of all documents merged (an id whose rows
  disagree is an error naming both places), with GeoNames fields (:mod:`.tables`);
- ``events.json``, the event rows merged the same way, when there are any;
- ``manifest.json`` with each document's derived ``event_date_range`` (GUIDELINES G98,
  :func:`ghouta_corpus.model.timex.event_date_range`); nothing else in it changes.

Everything is written into a staged folder beside the dataset and validated there with
every rule of ``ghouta-corpus validate``; if any document fails, nothing is written and
the error lists the findings. Then each output is switched into place by
:func:`ghouta_corpus.io.replace_path`. :func:`compile_pass` compiles an annotation pass
(annotation files only, checked by the rules ``evaluate`` needs) into a folder of its own.

Command line (``DIR``: folders of ``<doc_id>.jsonl`` or ``<name>.<doc_id>.jsonl`` files,
all of a document's files read as one)::

    python -m ghouta_corpus.curation.authoring compile dataset --compact dataset/adjudication/time-event/base \\
        dataset/adjudication/time-event/gold
    python -m ghouta_corpus.curation.authoring compile dataset/dev --compact dataset/dev/adjudication/pass-a \\
        --out dataset/dev/adjudication/pass-a/json
    python -m ghouta_corpus.curation.authoring dates dataset   # only the derived event_date_range, from the JSON
    python -m ghouta_corpus.curation.authoring DOC_ID RAW.txt COMPACT.jsonl OUT.json   # one file, no checks
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, GhoutaError, UsageError
from ..evaluate.predictions import PREDICTION_RULES
from ..io import atomic_write, dump_json, iter_documents, load_json, load_text, replace_path, staged_folder
from ..io.lock import locked
from ..model.records import Document, Entity, Event
from ..model.timex import event_date_range
from ..model.vocab import is_valid
from ..validate import Context, check_annotation, validate_dataset
from .compact import compact_lines, to_compact
from .compiler import AnchorError, Compiled, compile_rows, read_compact
from .tables import entity_table, event_table

__all__ = ["AnchorError", "CompileError", "CompileResult", "Compiled", "compact_files", "compact_lines",
           "compile_dataset", "compile_pass", "compile_rows", "main", "read_compact", "to_compact", "write_date_ranges"]


class CompileError(DataError):
    """The compact files do not compile into a valid dataset; nothing was written.
    ``details`` holds one line per problem."""


@dataclass
class CompileResult:
    """What a compile wrote (or, for a pass, compiled): documents, tables and files."""
    dataset: Path
    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def compact_files(dirs: Sequence[Path], doc_id: str) -> list[Path]:
    """A document's compact files: ``<doc_id>.jsonl`` and ``<name>.<doc_id>.jsonl`` in
    each folder, in the order of the folders (then by name)."""
    out: list[Path] = []
    for d in dirs:
        out += [p for p in [d / f"{doc_id}.jsonl"] if p.is_file()] + sorted(d.glob(f"*.{doc_id}.jsonl"))
    return out


def _manifest(dataset: Path) -> dict[str, Any]:
    data = load_json(dataset / "manifest.json")
    if not is_valid("manifest", data):
        raise CompileError(f"{dataset / 'manifest.json'}: does not conform to schema/manifest.schema.json "
                           "(ghouta-corpus validate says where)")
    assert isinstance(data, dict)
    return data


def _compile_all(dataset: Path, dirs: Sequence[Path], manifest: dict[str, Any],
                 status: str) -> tuple[list[Compiled], list[str]]:
    """Every manifest document compiled, and the problems of those that do not compile."""
    done: list[Compiled] = []
    problems: list[str] = []
    for entry in manifest["documents"]:
        doc_id = entry["doc_id"]
        files = compact_files(dirs, doc_id)
        if not files:
            problems.append(f"{doc_id}: no compact file in {', '.join(str(d) for d in dirs)}")
            continue
        try:
            text = load_text(dataset / "raw" / entry["source_file"])
            rows = [r for f in files for r in read_compact(f)]
            done.append(compile_rows(doc_id, text, rows, status))
        except GhoutaError as e:
            problems += str(e).splitlines()
    return done, problems


def _tables(compiled: list[Compiled]) -> tuple[list[Entity], list[Event], list[str]]:
    entities, p1 = entity_table(((c.document.doc_id, r) for c in compiled for r in c.entities),
                                (c.document for c in compiled))
    events, p2 = event_table((c.document.doc_id, r) for c in compiled for r in c.events)
    return entities, events, p1 + p2


def _with_ranges(manifest: dict[str, Any], docs: dict[str, Document]) -> dict[str, Any]:
    """The manifest with each document's derived event_date_range (and nothing else changed)."""
    out = []
    for entry in manifest["documents"]:
        doc = docs[entry["doc_id"]]
        out.append({**entry, "event_date_range": event_date_range(doc.spans, entry.get("dct"),
                                                                  entry.get("dct_basis"))})
    return {**manifest, "documents": out}


def _stage(staged: Path, dataset: Path, docs: list[Document], entities: list[Entity], events: list[Event],
           manifest: dict[str, Any]) -> list[str]:
    """Write the compiled dataset into ``staged`` (the raw texts linked, annotation files of
    other documents copied); returns the outputs to switch into ``dataset``."""
    (staged / "raw").mkdir()
    for p in sorted((dataset / "raw").iterdir()):  # hard links: the reader refuses a symbolic link out of a dataset
        if p.is_file():
            try:
                os.link(p, staged / "raw" / p.name)
            except OSError:  # a file system without hard links: validate a copy
                shutil.copy2(p, staged / "raw" / p.name)
    ann = staged / "annotations"
    ann.mkdir()
    old = dataset / "annotations"
    if old.is_dir():
        for p in old.iterdir():
            if p.is_file():
                shutil.copy2(p, ann / p.name)
    for d in docs:
        atomic_write(ann / f"{d.doc_id}.json", dump_json(d.to_json()))
    atomic_write(staged / "entities.json", dump_json({"entities": [e.to_json() for e in entities]}))
    outputs = ["annotations", "entities.json", "manifest.json"]
    if events:
        atomic_write(staged / "events.json", dump_json({"events": [e.to_json() for e in events]}))
        outputs.append("events.json")
    elif (dataset / "events.json").is_file():
        shutil.copy2(dataset / "events.json", staged / "events.json")
    if (dataset / "audit_allowlist.json").is_file():  # the gold gate's audit reads it
        shutil.copy2(dataset / "audit_allowlist.json", staged / "audit_allowlist.json")
    atomic_write(staged / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return outputs


@locked("compile")
def compile_dataset(dataset: Path, compact: Sequence[Path], status: str = "gold") -> CompileResult:
    """Compile every manifest document of ``dataset`` from its files in the ``compact``
    folders and write the annotation files, entity and event tables and derived date
    ranges, validated, all or nothing (see the module docstring). Raises
    :class:`CompileError` listing every problem when anything fails."""
    manifest = _manifest(dataset)
    compiled, problems = _compile_all(dataset, compact, manifest, status)
    entities, events, table_problems = _tables(compiled)
    problems += table_problems
    if problems:
        raise CompileError(f"{dataset}: {len(problems)} problems in the compact files; nothing was written", problems)
    docs = [c.document for c in compiled]
    manifest = _with_ranges(manifest, {d.doc_id: d for d in docs})
    result = CompileResult(dataset, docs, entities, events)
    with staged_folder(dataset / "annotations", prefix=".compile-") as staged:
        try:
            outputs = _stage(staged, dataset, docs, entities, events, manifest)
            report = validate_dataset(staged)
            if not report.ok:
                lines = [f.line().replace(str(staged), str(dataset)) for f in report.findings]
                raise CompileError(f"{dataset}: the compiled dataset is {report.summary()}; nothing was written",
                                   lines)
            for name in outputs:
                replace_path(staged / name, dataset / name)
                result.written.append(dataset / name)
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    return result


def compile_pass(dataset: Path, compact: Sequence[Path], out: Path) -> CompileResult:
    """Compile an annotation pass: every manifest document of ``dataset`` from its
    files in ``compact``, written as ``out/<doc_id>.json`` (other files in ``out`` are
    left alone). Each document must pass the rules ``evaluate`` needs to score it
    (:data:`~ghouta_corpus.evaluate.predictions.PREDICTION_RULES`); a pass's other
    disagreements with the guidelines are what agreement measures."""
    manifest = _manifest(dataset)
    compiled, problems = _compile_all(dataset, compact, manifest, "gold")
    texts = {c.document.doc_id: c.document.text for c in compiled}
    ctx = Context.for_texts(texts, dataset)
    for c in compiled:
        problems += [f.line() for f in check_annotation(c.document.to_json(), f"{out}/{c.document.doc_id}.json",
                                                        ctx, rules=PREDICTION_RULES)]
    if problems:
        raise CompileError(f"{out}: {len(problems)} problems in the compact files; nothing was written", problems)
    result = CompileResult(dataset, [c.document for c in compiled])
    with staged_folder(out / "pass", prefix=".compile-") as staged:
        try:
            for d in result.documents:
                atomic_write(staged / f"{d.doc_id}.json", dump_json(d.to_json()))
            for d in result.documents:
                replace_path(staged / f"{d.doc_id}.json", out / f"{d.doc_id}.json")
                result.written.append(out / f"{d.doc_id}.json")
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    return result


@locked("dates")
def write_date_ranges(dataset: Path) -> list[str]:
    """Write each manifest entry's derived ``event_date_range`` (G98) from the
    annotation files as they are (for a dataset corrected in JSON rather than compiled
    from compact files); returns the ids of the documents whose range changed."""
    manifest = _manifest(dataset)
    docs = {d.doc_id: d for d in iter_documents(dataset)}
    new = _with_ranges(manifest, docs)
    changed = [a["doc_id"] for a, b in zip(manifest["documents"], new["documents"], strict=True) if a != b]
    if changed:
        atomic_write(dataset / "manifest.json", json.dumps(new, indent=2, ensure_ascii=False) + "\n")
    return changed


def _compile_one(argv: list[str]) -> int:
    doc_id, raw, compact, out = argv
    try:
        doc = compile_rows(doc_id, load_text(Path(raw)), read_compact(Path(compact))).document
    except GhoutaError as e:
        print(e, file=sys.stderr)
        return e.exit_code
    atomic_write(Path(out), dump_json(doc.to_json()))
    print(f"{out}: {len(doc.spans)} spans, {len(doc.relations)} relations, {len(doc.attributions)} attributions, "
          f"{len(doc.event_args)} event arguments")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m ghouta_corpus.curation.authoring compile",
                                description="Compile a dataset's compact annotation files (see the module docstring).")
    p.add_argument("dataset", type=Path, help="dataset folder (manifest.json, raw/)")
    p.add_argument("--compact", type=Path, nargs="+", required=True,
                   help="folders of <doc_id>.jsonl or <name>.<doc_id>.jsonl files, read as one per document")
    p.add_argument("--out", type=Path, help="write only the annotation files, into this folder (an annotation pass)")
    return p


def _compile_command(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        for d in [args.dataset, *args.compact]:
            if not d.is_dir():
                raise UsageError(f"{d}: no such folder")
        if args.out is not None:
            result = compile_pass(args.dataset, args.compact, args.out)
        else:
            result = compile_dataset(args.dataset, args.compact)
    except GhoutaError as e:
        for line in e.details:
            print(line, file=sys.stderr)
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    n_args = sum(len(d.event_args) for d in result.documents)
    wrote = (f"{len(result.written)} annotation files in {args.out}" if args.out is not None
             else ", ".join(str(p) for p in result.written))
    print(f"compiled {len(result.documents)} documents ({sum(len(d.spans) for d in result.documents)} spans, "
          f"{n_args} event arguments), {len(result.entities)} entities, {len(result.events)} events; wrote {wrote}")
    return 0


def _dates_command(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print(main.__doc__, file=sys.stderr)
        return 2
    try:
        changed = write_date_ranges(Path(argv[0]))
    except GhoutaError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    print(f"event_date_range rewritten for {', '.join(changed)}" if changed else "every event_date_range is current")
    return 0


def main(argv: list[str] | None = None) -> int:
    """python -m ghouta_corpus.curation.authoring compile DATASET_DIR --compact DIR [DIR ...] [--out DIR]
       python -m ghouta_corpus.curation.authoring dates DATASET_DIR
       python -m ghouta_corpus.curation.authoring DOC_ID RAW.txt COMPACT.jsonl OUT.json"""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["compile"]:
        return _compile_command(argv[1:])
    if argv[:1] == ["dates"]:
        return _dates_command(argv[1:])
    if len(argv) != 4:
        print(main.__doc__, file=sys.stderr)
        return 2
    return _compile_one(argv)


if __name__ == "__main__":
    raise SystemExit(main())
