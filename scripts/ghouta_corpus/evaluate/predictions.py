"""Reading predictions to score: annotation files, JSON Lines of spans, or export folders.

Predictions come as annotation files (a folder of them or one file, the format of
``dataset/annotations/``), as JSON Lines of spans (one ``{"doc_id", "label", "start",
"end", ...}`` per line), or as a folder in a readable export format (``brat``,
``jsonl``: annotations corrected in brat score as they are). Files are read through
the one reader of :mod:`ghouta_corpus.io` and checked by the validator's own rules
(:data:`PREDICTION_RULES`), never by a second copy of them here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..formats import read_documents
from ..io import document_from_json, json_lines, load_json, manifest_entries, raw_text
from ..model.ids import renumber
from ..model.records import LABEL_ATTRIBUTES, Document, ModelError, Span, json_key
from ..validate import Context, check_annotation
from ..validate.rules.files import schema_findings
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


def _docs_from_jsonl(path: Path, texts: Mapping[str, str]) -> list[Document]:
    """Documents of the spans of a JSON Lines file, read a line at a time. Memory
    holds one Span per distinct predicted span (label and offsets), never the lines:
    a span repeated with the same attributes counts once (as exact matching always
    counted it), a span repeated with other attributes is an error naming both lines."""
    by_doc: dict[str, dict[tuple[str, int, int], tuple[int, Span]]] = defaultdict(dict)
    for k, (n, row) in enumerate(json_lines(path, PredictionError, "a span record"), 1):
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


def score_jsonl(gold: list[Document], path: Path, texts: Mapping[str, str]) -> dict[str, Any]:
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
    return evaluate(gold, preds, offsets)


def _export_format(folder: Path) -> str | None:
    """``jsonl`` or ``brat`` if ``folder`` is an export in that format, else None."""
    if (folder / "documents.jsonl").is_file():
        return "jsonl"
    if any(folder.glob("*.ann")):
        return "brat"
    return None


def _docs_from_folder(path: Path, ctx: Context, progress: Callable[[int, int], None] | None) -> list[Document]:
    fmt = _export_format(path)
    if fmt is not None:
        return [_checked(d.to_json(), f"{path}/{d.doc_id}", ctx) for d in read_documents(fmt, path)]
    files = sorted(path.glob("*.json"))
    if not files:
        raise PredictionError(f"{path}: folder holds no .json annotation files")
    docs: list[Document] = []
    where: dict[str, Path] = {}
    for i, f in enumerate(files, 1):
        doc = _checked(load_json(f, PredictionError), str(f), ctx)
        if doc.doc_id in where:
            raise PredictionError(f"{f}: document {doc.doc_id!r} is also predicted by {where[doc.doc_id]}; "
                                  "one prediction file per document")
        where[doc.doc_id] = f
        docs.append(doc)
        if progress:
            progress(i, len(files))
    return docs


def load_predictions(path: Path, texts: Mapping[str, str], progress: Callable[[int, int], None] | None = None,
                     dataset: Path | None = None) -> list[Document]:
    """Predicted documents from a folder of annotation files, one annotation file, a
    JSON Lines file of spans, or a ``brat`` or ``jsonl`` export folder. ``texts`` maps
    doc_id to the gold text (``dataset``, when given, is named in messages about
    unknown documents); ``progress`` is called with (files done, files in all) for
    folders of annotation files."""
    if not path.exists():
        raise PredictionError(f"{path}: no such file or directory")
    ctx = Context.for_texts(texts, dataset or Path("."))
    if path.is_dir():
        return _docs_from_folder(path, ctx, progress)
    if path.suffix == ".jsonl":
        return _docs_from_jsonl(path, texts)
    return [_checked(load_json(path, PredictionError), str(path), ctx)]


def gold_texts(dataset: Path) -> dict[str, str]:
    """doc_id -> raw text for every manifest document of ``dataset``."""
    return {m.doc_id: raw_text(dataset, m) for m in manifest_entries(dataset)}


def evaluate_paths(gold: Path, pred: Path, dataset: Path,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """:func:`~ghouta_corpus.evaluate.scores.evaluate` on files: gold and predictions
    each a folder of annotation files or one file (predictions may also be JSON Lines
    of spans or an export folder)."""
    texts = gold_texts(dataset)
    g = load_predictions(gold, texts, dataset=dataset)
    if pred.suffix == ".jsonl" and pred.is_file():
        return score_jsonl(g, pred, texts)
    p = load_predictions(pred, texts, progress, dataset)
    return evaluate(g, p)
