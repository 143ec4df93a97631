"""Scoring predicted annotations against gold ones.

:func:`evaluate` compares two sets of documents (gold and predicted, matched by
``doc_id``) and returns plain data: per-label precision, recall and F1 under three
matchings (exact span and label; overlapping span with the same label; exact
boundaries with any label), COUNT attribute accuracies on exactly matched COUNTs,
COUNT_OF F1, attribution record F1 (records match one-to-one when their cues overlap)
and token-level F1 per attribution role. The same function measures inter-annotator
agreement: F1 is symmetric, so scoring pass B against pass A is the agreement of the two.

Predictions come as annotation files (:func:`load_predictions` on a folder or file) or
as JSON Lines of spans, one ``{"doc_id", "label", "start", "end", ...}`` per line.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import DataError
from ..io.read import read_json, read_text, too_deep
from ..model.records import ROLE_LABELS, Attribution, Document, ModelError, Span, label_layers
from ..model.vocab import is_valid, validator, vocab
from ..text.tokens import tokenize


class PredictionError(DataError):
    """Predictions that cannot be scored: malformed, or about unknown documents."""


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 6),
                "recall": round(self.recall, 6), "f1": round(self.f1, 6)}


def _prf_sets(gold: set, pred: set) -> PRF:
    return PRF(len(gold & pred), len(pred - gold), len(gold - pred))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy_pairs(gold: list[Any], pred: list[Any], key) -> list[tuple[Any, Any]]:
    """One-to-one pairs of overlapping items, largest overlap first (ties by position)."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = key(g, p)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _span_labels() -> list[str]:
    return [lab for lab in vocab("label")]


def span_scores(gold: dict[str, Document], pred: dict[str, Document]) -> dict[str, dict[str, PRF]]:
    """exact / overlap / boundary PRF per label and overall."""
    out: dict[str, dict[str, PRF]] = {m: {} for m in ("exact", "overlap", "boundary")}
    for label in _span_labels():
        ex = ov = PRF(0, 0, 0)
        for doc_id, g in gold.items():
            p = pred.get(doc_id)
            gs = [(s.start, s.end) for s in g.spans if s.label == label]
            ps = [(s.start, s.end) for s in p.spans if s.label == label] if p else []
            ex = ex + _prf_sets(set(gs), set(ps))
            pairs = _greedy_pairs(gs, ps, _overlap)
            ov = ov + PRF(len(pairs), len(ps) - len(pairs), len(gs) - len(pairs))
        out["exact"][label] = ex
        out["overlap"][label] = ov
    # boundaries with any label: per label is not meaningful, so one overall figure
    bd = PRF(0, 0, 0)
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        bd = bd + _prf_sets({(s.start, s.end) for s in g.spans}, {(s.start, s.end) for s in p.spans} if p else set())
    for m in ("exact", "overlap"):
        total = PRF(0, 0, 0)
        for v in out[m].values():
            total = total + v
        out[m]["overall"] = total
    out["boundary"]["overall"] = bd
    return out


def _acc(pairs: list[tuple[Span, Span]], attr: str) -> dict[str, Any]:
    n = len(pairs)
    ok = sum(1 for g, p in pairs if getattr(g, attr) == getattr(p, attr))
    return {"correct": ok, "matched": n, "accuracy": round(ok / n, 6) if n else 0.0}


def attribute_scores(gold: dict[str, Document], pred: dict[str, Document]) -> dict[str, dict[str, Any]]:
    """Accuracy of each attribute on spans matched exactly (same label and offsets)."""
    pairs: dict[str, list[tuple[Span, Span]]] = defaultdict(list)
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        if not p:
            continue
        idx = {(s.label, s.start, s.end): s for s in p.spans}
        for s in g.spans:
            if (s.label, s.start, s.end) in idx:
                pairs[s.label].append((s, idx[(s.label, s.start, s.end)]))
    mentions = pairs["ACTOR"] + pairs["LOCATION"]
    return {
        "mention_type": _acc(mentions, "mention_type"),
        "actor_type": _acc(pairs["ACTOR"], "actor_type"),
        "entity_id": _acc(mentions, "entity_id"),
        "count_value": _acc(pairs["COUNT"], "value"),
        "count_min": _acc(pairs["COUNT"], "min"),
        "count_max": _acc(pairs["COUNT"], "max"),
        "count_modifier": _acc(pairs["COUNT"], "modifier"),
        "count_unit": _acc(pairs["COUNT"], "unit"),
        "count_category": _acc(pairs["COUNT"], "category"),
    }


def count_of_scores(gold: dict[str, Document], pred: dict[str, Document]) -> PRF:
    """COUNT_OF pairs match when both the COUNT and the target span match exactly (offsets)."""
    def pairs(d: Document) -> set[tuple]:
        out = set()
        for r in d.relations:
            c, t = d.span(r.count), d.span(r.target)
            out.add((d.doc_id, c.start, c.end, t.start, t.end))
        return out
    total = PRF(0, 0, 0)
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        total = total + _prf_sets(pairs(g), pairs(p) if p else set())
    return total


def _record_cues(d: Document, a: Attribution) -> list[tuple[int, int]]:
    return [(d.span(c).start, d.span(c).end) for c in a.cue]


def attribution_scores(gold: dict[str, Document], pred: dict[str, Document]) -> dict[str, Any]:
    """Record F1 (one-to-one, cues overlapping), type accuracy on matched records,
    and token-level F1 per role over the union of each role's spans."""
    rec = PRF(0, 0, 0)
    type_ok = matched = entity_ok = 0
    tokens: dict[str, PRF] = {r: PRF(0, 0, 0) for r in ROLE_LABELS.values()}
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        gr = list(g.attributions)
        pr = list(p.attributions) if p else []

        def cue_overlap(a: Attribution, b: Attribution) -> int:
            return sum(_overlap(x, y) for x in _record_cues(g, a) for y in _record_cues(p, b))  # type: ignore[arg-type]
        pairs = _greedy_pairs(gr, pr, cue_overlap) if p else []
        rec = rec + PRF(len(pairs), len(pr) - len(pairs), len(gr) - len(pairs))
        matched += len(pairs)
        type_ok += sum(1 for a, b in pairs if a.type == b.type)
        entity_ok += sum(1 for a, b in pairs if a.source_entity == b.source_entity)
        toks = tokenize(g.text)
        for role in tokens:
            def covered(d: Document | None) -> set[int]:
                if d is None:
                    return set()
                spans = [d.span(i) for a in d.attributions for i in a.span_ids()[role]]
                return {k for k, t in enumerate(toks) if any(s.start <= t.start and t.end <= s.end for s in spans)}
            tokens[role] = tokens[role] + _prf_sets(covered(g), covered(p))
    return {"records": rec, "type": {"correct": type_ok, "matched": matched,
                                     "accuracy": round(type_ok / matched, 6) if matched else 0.0},
            "source_entity": {"correct": entity_ok, "matched": matched,
                              "accuracy": round(entity_ok / matched, 6) if matched else 0.0},
            "tokens": tokens}


def evaluate(gold: Iterable[Document], pred: Iterable[Document]) -> dict[str, Any]:
    """Every score of one prediction set against the gold, as JSON-ready data.

    Documents missing from the predictions count as predicted empty; predicted
    documents unknown to the gold raise :class:`PredictionError` (they are a mistake,
    not a zero)."""
    g = {d.doc_id: d for d in gold}
    p = {d.doc_id: d for d in pred}
    unknown = sorted(set(p) - set(g))
    if unknown:
        raise PredictionError(f"predictions for unknown documents: {', '.join(unknown)}")
    spans = span_scores(g, p)
    attrs = attribution_scores(g, p)
    return {
        "documents": sorted(g),
        "spans": {m: {k: v.to_json() for k, v in d.items()} for m, d in spans.items()},
        "attributes": attribute_scores(g, p),
        "count_of": count_of_scores(g, p).to_json(),
        "attributions": {"records": attrs["records"].to_json(), "type": attrs["type"],
                         "source_entity": attrs["source_entity"],
                         "tokens": {k: v.to_json() for k, v in attrs["tokens"].items()}},
    }


# ---------------------------------------------------------------------------
# reading predictions

def _doc_from_annotation(data: Any, where: str, texts: dict[str, str]) -> Document:
    if is_valid("annotation", data):
        errors = []
    elif too_deep(data):
        raise PredictionError(f"{where}: JSON nested too deeply to be an annotation file")
    else:
        errors = sorted(validator("annotation").iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        ptr = "/" + "/".join(str(x) for x in e.absolute_path)
        raise PredictionError(f"{where}: {ptr}: not a valid annotation file: {e.message[:160]}")
    if data["doc_id"] not in texts:
        raise PredictionError(f"{where}: unknown document {data['doc_id']!r}")
    from ..validate import float_offsets
    bad = float_offsets(data, where, data["doc_id"])
    if bad:
        raise PredictionError(bad[0].line())
    text = texts[data["doc_id"]]
    for s in data["spans"]:
        if s["end"] > len(text) or text[s["start"]:s["end"]] != s["text"]:
            raise PredictionError(f"{where}: span {s['id']}: offsets {s['start']}..{s['end']} do not match its text {s['text']!r}")
    try:
        doc = Document.from_json(data, text)
        for r in doc.relations:
            doc.span(r.count), doc.span(r.target)
        for a in doc.attributions:
            for ids in a.span_ids().values():
                for i in ids:
                    doc.span(i)
        return doc
    except ModelError as e:
        raise PredictionError(f"{where}: {e}") from None


def _docs_from_jsonl(path: Path, texts: dict[str, str]) -> list[Document]:
    text, problem = read_text(path)
    if problem:
        raise PredictionError(f"{path}: {problem.message}")
    assert text is not None
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            doc_id = row["doc_id"]
            if doc_id not in texts:
                raise PredictionError(f"{path}:{n}: unknown document {doc_id!r}")
            start, end = row["start"], row["end"]
            if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
                raise PredictionError(f"{path}:{n}: start and end must be integers, found {start!r} and {end!r}")
            t = texts[doc_id]
            if not (0 <= start < end <= len(t)):
                raise PredictionError(f"{path}:{n}: offsets {start}..{end} outside document {doc_id} ({len(t)} characters)")
            attrs = {k: row.get(k) for k in ("mention_type", "actor_type", "entity_id", "value", "modifier", "min", "max", "unit", "category")}
            attrs = {k: v for k, v in attrs.items() if k in _allowed(row["label"])}
            by_doc[doc_id].append(Span(id=f"T{len(by_doc[doc_id]) + 1}", label=row["label"], start=start, end=end, text=t[start:end], **attrs))
        except PredictionError:
            raise
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, ModelError) as e:
            raise PredictionError(f"{path}:{n}: not a span record ({type(e).__name__}: {e})") from None
    return [Document(doc_id, texts[doc_id], "draft", (), tuple(spans), (), ()) for doc_id, spans in by_doc.items()]


def _allowed(label: str) -> tuple[str, ...]:
    from ..model.records import LABEL_ATTRIBUTES
    return LABEL_ATTRIBUTES.get(label, ())


def load_predictions(path: Path, texts: dict[str, str], progress: Callable[[int, int], None] | None = None) -> list[Document]:
    """Predicted documents from a folder of annotation files, one annotation file, or
    a JSON Lines file of spans. ``texts`` maps doc_id to the gold text; ``progress``
    is called with (files done, files in all) for folders."""
    if not path.exists():
        raise PredictionError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise PredictionError(f"{path}: folder holds no .json annotation files")
        docs = []
        for i, f in enumerate(files, 1):
            data, problem = read_json(f)
            if problem:
                raise PredictionError(f"{f}: [{problem.rule}] {problem.message}")
            docs.append(_doc_from_annotation(data, str(f), texts))
            if progress:
                progress(i, len(files))
        return docs
    if path.suffix == ".jsonl":
        return _docs_from_jsonl(path, texts)
    data, problem = read_json(path)
    if problem:
        raise PredictionError(f"{path}: [{problem.rule}] {problem.message}")
    return [_doc_from_annotation(data, str(path), texts)]


def gold_texts(dataset: Path) -> dict[str, str]:
    """doc_id -> raw text for every manifest document of ``dataset``."""
    from ..io.corpus import CorpusError, manifest_entries, raw_text
    try:
        return {m.doc_id: raw_text(dataset, m) for m in manifest_entries(dataset)}
    except CorpusError as e:
        raise PredictionError(str(e)) from None


def evaluate_paths(gold: Path, pred: Path, dataset: Path, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """:func:`evaluate` on files: gold and predictions each a folder of annotation
    files or one file (predictions may also be JSON Lines of spans)."""
    texts = gold_texts(dataset)
    g = load_predictions(gold, texts)
    p = load_predictions(pred, texts, progress)
    return evaluate(g, p)


def score_table(result: dict[str, Any]) -> list[list[str]]:
    """Rows of the human-readable score table: one per label and measure."""
    rows = [["measure", "label", "P", "R", "F1", "tp", "fp", "fn"]]
    def add(measure: str, label: str, d: dict[str, Any]) -> None:
        rows.append([measure, label, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
                     str(d["tp"]), str(d["fp"]), str(d["fn"])])
    for measure in ("exact", "overlap"):
        for label, d in result["spans"][measure].items():
            add(f"span {measure}", label, d)
    add("span boundary (any label)", "overall", result["spans"]["boundary"]["overall"])
    add("COUNT_OF", "relation", result["count_of"])
    add("attribution records", "cue overlap", result["attributions"]["records"])
    for role, d in result["attributions"]["tokens"].items():
        add("attribution tokens", role, d)
    return rows


def accuracy_table(result: dict[str, Any]) -> list[list[str]]:
    rows = [["attribute (on exact matches)", "accuracy", "correct", "matched"]]
    items = dict(result["attributes"])
    items["attribution_type"] = result["attributions"]["type"]
    items["attribution_source_entity"] = result["attributions"]["source_entity"]
    for name, d in items.items():
        rows.append([name, f"{d['accuracy']:.3f}", str(d["correct"]), str(d["matched"])])
    return rows
