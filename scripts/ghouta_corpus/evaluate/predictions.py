"""Reading predictions to score: annotation files, JSON Lines of spans, or export folders.

Predictions come as annotation files (a folder of them or one file, the format of
``dataset/annotations/``), as JSON Lines of spans (one ``{"doc_id", "label", "start",
"end", ...}`` per line), or as a folder in a readable export format (``brat``,
``jsonl``: annotations corrected in brat score as they are). Files are read through
the one reader of :mod:`ghouta_corpus.io` and checked by the validator's own rules
(:data:`PREDICTION_RULES`), never by a second copy of them here.

Entity tables beside the predictions (``<name>.entities.json`` beside ``<name>.json``,
as ``ghouta-corpus annotate`` writes them, or one ``entities.json`` for the folder) are
not predictions: they are read as the system's entity rows, whose ids entity-link
scoring maps onto the gold's by alias.

:class:`Selection` chooses the gold documents to score (a split, named documents);
without a choice, documents of the ``sealed`` split are left out, so that the honest
estimate of the development set is never looked at by accident: their files are not
even opened. :func:`evaluate_paths` reports what was left out and which selected
documents the predictions miss.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..formats import read_documents
from ..io import (
    annotation_path,
    document_from_json,
    json_lines,
    load_entities,
    load_json,
    manifest_entries,
    raw_text,
)
from ..model.ids import renumber
from ..model.records import LABEL_ATTRIBUTES, DocMeta, Document, Entity, ModelError, Span, json_key
from ..model.vocab import SEALED, vocab
from ..validate import Context, check_annotation
from ..validate.rules.files import schema_findings
from .links import ALL_DOCUMENTS, EntityMap
from .scores import PredictionError, evaluate

PREDICTION_RULES = frozenset({"schema", "doc-unknown", "offset-order", "offset-range", "span-text", "ref-missing"})
"""The validation rules a prediction must pass to be scored: an annotation file about a
gold document whose offsets and span texts match the gold text and whose references
resolve. The other rules (segments, entity links, orphans, ...) judge annotation
quality, which is what the scores measure, so they do not stop a prediction."""

_UNSCORABLE = "predictions that do not match the gold text or the annotation format cannot be scored"


def _checked(data: Any, where: str, ctx: Context) -> Document:
    """The prediction as a Document, after the validator's :data:`PREDICTION_RULES`."""
    doc_id = data.get("doc_id") if isinstance(data, dict) and isinstance(data.get("doc_id"), str) else None
    findings = schema_findings("annotation", data, where, doc_id) or check_annotation(data, where, ctx,
                                                                                     rules=PREDICTION_RULES)
    if findings:
        raise PredictionError(f"{findings[0].line()}; {_UNSCORABLE}")
    text = ctx.text(data["doc_id"])
    assert text is not None  # doc-unknown passed
    return document_from_json(data, text, None, where, PredictionError)


def _span_row(path: Path, n: int, row: Any, texts: Mapping[str, str], k: int) -> tuple[str, Span]:
    """One JSON Lines span record as ``(doc_id, Span)``; the span gets the temporary id ``T<k>``."""
    try:
        doc_id = row["doc_id"]
        if doc_id not in texts:
            raise PredictionError(f"{path}:{n}: unknown document {doc_id!r}")
        start, end = row["start"], row["end"]
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            raise PredictionError(f"{path}:{n}: start and end must be integers, found {start!r} and {end!r}")
        t = texts[doc_id]
        if not (0 <= start < end <= len(t)):
            raise PredictionError(f"{path}:{n}: offsets {start}..{end} outside document {doc_id} ({len(t)} characters)")
        attrs = {a: row.get(json_key(row["label"], a)) for a in LABEL_ATTRIBUTES.get(row["label"], ())}
        return doc_id, Span(id=f"T{k}", label=row["label"], start=start, end=end, text=t[start:end], **attrs)
    except PredictionError:
        raise
    except (KeyError, TypeError, ValueError, ModelError) as e:
        raise PredictionError(f"{path}:{n}: not a span record ({type(e).__name__}: {e})") from None




@dataclass(frozen=True)
class Selection:
    """Which gold documents to score: those of ``split`` and/or those named in
    ``docs`` (both: documents that are both). With neither, every document except
    those of the :data:`SEALED` split."""
    split: str | None = None
    docs: tuple[str, ...] = ()

    def choose(self, metas: list[DocMeta], dataset: Path) -> tuple[list[DocMeta], dict[str, int]]:
        """The chosen manifest entries and what was left out by default (``{"sealed
        documents": n}``); a split or document the manifest does not have is a
        :class:`~ghouta_corpus.errors.UsageError`."""
        if self.split is not None and self.split not in vocab("split"):
            raise UsageError(f"--split {self.split!r}: not one of {', '.join(vocab('split'))}")
        known = {m.doc_id for m in metas}
        unknown = [d for d in self.docs if d not in known]
        if unknown:
            raise UsageError(f"--doc {unknown[0]!r}: no such document in {dataset / 'manifest.json'}")
        chosen = [m for m in metas if (self.split is None or m.split == self.split)
                  and (not self.docs or m.doc_id in self.docs)]
        left: dict[str, int] = {}
        if self.split is None and not self.docs:
            sealed = [m for m in chosen if m.split == SEALED]
            chosen = [m for m in chosen if m.split != SEALED]
            if sealed:
                left[f"{SEALED} documents (include them with --split {SEALED})"] = len(sealed)
        if not chosen:
            raise UsageError(f"{dataset / 'manifest.json'}: no document matches "
                             f"{self.describe() or 'the default selection'}")
        return chosen, left

    def describe(self) -> str:
        return " and ".join(x for x in (f"--split {self.split}" if self.split else "",
                                        " ".join(f"--doc {d}" for d in self.docs)) if x)


@dataclass
class Predictions:
    """What was read from a prediction path: the documents, and the system's entity
    tables by doc_id (:data:`~ghouta_corpus.evaluate.links.ALL_DOCUMENTS` for a
    folder-wide ``entities.json``)."""
    documents: list[Document] = field(default_factory=list)
    entities: dict[str, tuple[Entity, ...]] = field(default_factory=dict)


def _docs_from_jsonl(path: Path, texts: Mapping[str, str], skip: Collection[str] = ()) -> list[Document]:
    """Documents of the spans of a JSON Lines file, read a line at a time. Memory
    holds one Span per distinct predicted span (label and offsets), never the lines:
    a span repeated with the same attributes counts once (as exact matching always
    counted it), a span repeated with other attributes is an error naming both lines."""
    by_doc: dict[str, dict[tuple[str, int, int], tuple[int, Span]]] = defaultdict(dict)
    for k, (n, row) in enumerate(json_lines(path, PredictionError, "a span record"), 1):
        if isinstance(row, dict) and row.get("doc_id") in skip:
            continue
        doc_id, span = _span_row(path, n, row, texts, k)
        key = (span.label, span.start, span.end)
        seen = by_doc[doc_id].get(key)
        if seen is None:
            by_doc[doc_id][key] = (n, span)
        elif seen[1].attributes() != span.attributes():
            raise PredictionError(f"{path}:{n}: {span.label} span {span.start}..{span.end} of {doc_id} repeats line "
                                  f"{seen[0]} with other attributes; predict each span once")
    return [Document(doc_id, texts[doc_id], "draft", (), renumber([s for _, s in spans.values()])[0], (), ())
            for doc_id, spans in by_doc.items()]


def score_jsonl(gold: list[Document], path: Path, texts: Mapping[str, str], skip: Collection[str] = (),
                selection: dict[str, Any] | None = None) -> dict[str, Any]:
    """:func:`~ghouta_corpus.evaluate.scores.evaluate` of a JSON Lines file of spans
    in memory that does not grow with its length: lines are read one at a time, and
    only each distinct predicted span's label and offsets are kept (one integer), plus
    a Span for the few that match a gold span exactly (their attributes are scored).
    A span repeated with the same label and offsets counts once; repeated with other
    attributes it is an error naming both lines."""
    gold_keys = {(d.doc_id, s.label, s.start, s.end) for d in gold for s in d.spans}
    seen: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    exact: dict[tuple[str, str, int, int], tuple[int, Span]] = {}
    for k, (n, row) in enumerate(json_lines(path, PredictionError, "a span record"), 1):
        if isinstance(row, dict) and row.get("doc_id") in skip:
            continue
        doc_id, span = _span_row(path, n, row, texts, k)
        width = len(texts[doc_id]) + 1
        seen[doc_id][span.label].add(span.start * width + span.end)
        key = (doc_id, span.label, span.start, span.end)
        if key in gold_keys:
            first = exact.setdefault(key, (n, span))
            if first[1].attributes() != span.attributes():
                raise PredictionError(f"{path}:{n}: {span.label} span {span.start}..{span.end} of {doc_id} repeats "
                                      f"line {first[0]} with other attributes; predict each span once")
    offsets = {doc_id: {label: sorted(divmod(x, len(texts[doc_id]) + 1) for x in packed)
                        for label, packed in labels.items()} for doc_id, labels in seen.items()}
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for (doc_id, *_), (_, span) in exact.items():
        by_doc[doc_id].append(span)
    preds = [Document(doc_id, texts[doc_id], "draft", (), renumber(spans)[0], (), ())
             for doc_id, spans in by_doc.items()]
    return evaluate(gold, preds, None, selection, pred_offsets=offsets)


def _export_format(folder: Path) -> str | None:
    """``jsonl`` or ``brat`` if ``folder`` is an export in that format, else None."""
    if (folder / "documents.jsonl").is_file():
        return "jsonl"
    if any(folder.glob("*.ann")):
        return "brat"
    return None


def _is_entity_table(f: Path) -> bool:
    return f.name == "entities.json" or f.name.endswith(".entities.json")


def _entity_table(f: Path) -> tuple[Entity, ...]:
    data = load_json(f, PredictionError)
    try:
        return tuple(Entity.from_json(e) for e in data["entities"])
    except (ModelError, KeyError, TypeError) as e:
        raise PredictionError(f"{f}: not an entity table ({type(e).__name__}: {e})") from None


def _annotation_file(f: Path, ctx: Context, skip: Collection[str]) -> Document | None:
    """The checked prediction of one annotation file, or None for a document left out
    (the file of a left-out document named ``<doc_id>.json`` is not even opened)."""
    if f.stem in skip:
        return None
    data = load_json(f, PredictionError)
    if isinstance(data, dict) and data.get("doc_id") in skip:
        return None
    return _checked(data, str(f), ctx)


def _read_folder(path: Path, ctx: Context, progress: Callable[[int, int], None] | None,
                 skip: Collection[str]) -> Predictions:
    fmt = _export_format(path)
    if fmt is not None:
        return Predictions([_checked(d.to_json(), f"{path}/{d.doc_id}", ctx) for d in read_documents(fmt, path)
                            if d.doc_id not in skip])
    files = [f for f in sorted(path.glob("*.json")) if not _is_entity_table(f)]
    if not files:
        raise PredictionError(f"{path}: folder holds no .json annotation files")
    out = Predictions()
    where: dict[str, Path] = {}
    for i, f in enumerate(files, 1):
        doc = _annotation_file(f, ctx, skip)
        if doc is not None:
            if doc.doc_id in where:
                raise PredictionError(f"{f}: document {doc.doc_id!r} is also predicted by {where[doc.doc_id]}; "
                                      "one prediction file per document")
            where[doc.doc_id] = f
            out.documents.append(doc)
            table = f.with_name(f.stem + ".entities.json")
            if table.is_file():
                out.entities[doc.doc_id] = _entity_table(table)
        if progress:
            progress(i, len(files))
    if (path / "entities.json").is_file():
        out.entities[ALL_DOCUMENTS] = _entity_table(path / "entities.json")
    return out


def read_predictions(path: Path, texts: Mapping[str, str], progress: Callable[[int, int], None] | None = None,
                     dataset: Path | None = None, skip: Collection[str] = ()) -> Predictions:
    """Predicted documents and entity tables from a folder of annotation files, one
    annotation file, a JSON Lines file of spans, or a ``brat`` or ``jsonl`` export
    folder. ``texts`` maps doc_id to the gold text (``dataset``, when given, is named
    in messages about unknown documents); documents in ``skip`` are left out unread
    where their file name says which they are; ``progress`` is called with (files
    done, files in all) for folders of annotation files."""
    if not path.exists():
        raise PredictionError(f"{path}: no such file or directory")
    ctx = Context.for_texts(texts, dataset or Path("."))
    if path.is_dir():
        return _read_folder(path, ctx, progress, skip)
    if path.suffix == ".jsonl":
        return Predictions(_docs_from_jsonl(path, texts, skip))
    doc = _annotation_file(path, ctx, skip)
    table = path.with_name(path.stem + ".entities.json")
    entities = {doc.doc_id: _entity_table(table)} if doc is not None and table.is_file() else {}
    return Predictions([doc] if doc is not None else [], entities)


def load_predictions(path: Path, texts: Mapping[str, str], progress: Callable[[int, int], None] | None = None,
                     dataset: Path | None = None) -> list[Document]:
    """The predicted documents of :func:`read_predictions` (every document of ``texts``)."""
    return read_predictions(path, texts, progress, dataset).documents


def chosen_documents(dataset: Path, selection: Selection | None = None) -> tuple[list[Document], dict[str, int]]:
    """The annotated documents of ``dataset`` that ``selection`` chooses (default: all
    but the sealed ones), read from ``annotations/`` with their manifest entries, and
    what was left out; the files of the others are not opened."""
    chosen, left = (selection or Selection()).choose(manifest_entries(dataset), dataset)
    docs = []
    for m in chosen:
        path = annotation_path(dataset, m.doc_id)
        docs.append(document_from_json(load_json(path), raw_text(dataset, m), m, str(path)))
    return docs, left


def gold_texts(dataset: Path, doc_ids: Collection[str] | None = None) -> dict[str, str]:
    """doc_id -> raw text for every manifest document of ``dataset`` (or those of ``doc_ids``)."""
    return {m.doc_id: raw_text(dataset, m) for m in manifest_entries(dataset) if doc_ids is None or m.doc_id in doc_ids}


def evaluate_paths(gold: Path, pred: Path, dataset: Path, progress: Callable[[int, int], None] | None = None,
                   selection: Selection | None = None) -> dict[str, Any]:
    """:func:`~ghouta_corpus.evaluate.scores.evaluate` on files: gold and predictions
    each a folder of annotation files or one file (predictions may also be JSON Lines
    of spans or an export folder), for the documents ``selection`` chooses (default:
    all but the sealed ones). Of the documents only the chosen ones' texts and files
    are read (and the dataset's entity table, only when the predictions come with entity
    tables to map onto it); the result's ``selection`` says what was chosen and left out."""
    selection = selection or Selection()
    metas = manifest_entries(dataset)
    chosen, left = selection.choose(metas, dataset)
    ids = {m.doc_id for m in chosen}
    skip = {m.doc_id for m in metas} - ids
    texts = gold_texts(dataset, ids)
    g = read_predictions(gold, texts, dataset=dataset, skip=skip).documents
    if not g:
        raise UsageError(f"{gold}: holds no gold annotation of the chosen documents "
                         f"({selection.describe() or 'all but the sealed ones'})")
    chosen_json = {"split": selection.split, "docs": list(selection.docs), "left_out": left}
    if pred.suffix == ".jsonl" and pred.is_file():   # streamed: memory does not grow with the lines
        return score_jsonl(g, pred, texts, skip, chosen_json)
    p = read_predictions(pred, texts, progress, dataset, skip)
    # the gold entity table is read only to map a system's own entity rows onto it
    table = load_entities(dataset) if p.entities and (dataset / "entities.json").is_file() else ()
    return evaluate(g, p.documents, EntityMap(table, p.entities), chosen_json)
