"""Scoring predicted annotations against gold ones.

:func:`evaluate` compares two sets of documents (gold and predicted, matched by
``doc_id``) and returns plain data: per-label precision, recall and F1 under three
matchings (exact span and label; overlapping span with the same label; exact
boundaries with any label) for every label, TIME spans included; attribute
accuracies on exactly matched spans (mentions, COUNTs, TIME spans with their anchors,
EVENT triggers); entity links after mapping the system's ids onto the gold's
(:mod:`~ghouta_corpus.evaluate.links`); COUNT_OF F1 (both ends' labels and offsets);
attribution record F1 (records match one-to-one when their cues overlap) and
token-level F1 per attribution role; EVENT_ARG F1 and cross-document event
coreference (:mod:`~ghouta_corpus.evaluate.events`); claims and claim-group verdicts
(:mod:`~ghouta_corpus.evaluate.claims`). A figure with nothing to count is null, not 0
(:mod:`~ghouta_corpus.evaluate.matching`). The same function measures inter-annotator
agreement: F1 is symmetric, so scoring pass B against pass A is the agreement of the two.

Reading prediction files is :mod:`ghouta_corpus.evaluate.predictions`; the text
tables are :mod:`ghouta_corpus.evaluate.tables`.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..io import CorpusError
from ..model.records import ROLE_LABELS, Attribution, Document
from ..model.vocab import vocab
from ..text.intervals import reach_index, within
from ..text.tokens import Token, tokenize
from .claims import claim_scores
from .events import EVENT_ATTRIBUTES, event_scores
from .links import EntityMap, link_scores
from .matching import PRF, accuracy, attribute_accuracy, exact_pairs
from .matching import prf_sets as _prf_sets
from .time import time_scores

T = TypeVar("T")
U = TypeVar("U")


class PredictionError(CorpusError):
    """Predictions that cannot be scored: malformed, or about unknown documents. A
    :class:`~ghouta_corpus.io.CorpusError`, like every failure to read a corpus file."""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy_pairs(gold: list[T], pred: list[U], key: Callable[[T, U], int]) -> list[tuple[T, U]]:
    """One-to-one pairs of overlapping items, largest overlap first (ties by position)."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = key(g, p)
            if ov > 0:
                cands.append((-ov, i, j))
    return _pick(cands, gold, pred)


def _pick(cands: list[tuple[int, int, int]], gold: list[T], pred: list[U]) -> list[tuple[T, U]]:
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[T, U]] = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


Offsets = dict[str, dict[str, list[tuple[int, int]]]]
"""doc_id -> label -> the distinct ``(start, end)`` of that label's spans, sorted."""


def span_offsets(docs: dict[str, Document]) -> Offsets:
    """The :data:`Offsets` of some documents' spans (a span repeated counts once)."""
    out: Offsets = {}
    for doc_id, d in docs.items():
        by_label: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for sp in d.spans:
            by_label[sp.label].add((sp.start, sp.end))
        out[doc_id] = {label: sorted(v) for label, v in by_label.items()}
    return out


def _overlap_pairs(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[Any, Any]]:
    """:func:`_greedy_pairs` by overlap for sorted offsets, in memory and time that do
    not grow with the product of the two lists: only predictions that overlap a gold
    span are looked at (found by bisection), and of those only each gold span's
    ``len(gold)`` best, which is all the greedy one-to-one matching can ever pick
    (the other gold spans take at most ``len(gold) - 1`` of them)."""
    if not gold or not pred:
        return []
    longest = max(e - s for s, e in pred)
    starts = [s for s, _ in pred]
    cands: list[tuple[int, int, int]] = []
    for i, (gs, ge) in enumerate(gold):
        lo, hi = bisect_left(starts, gs - longest + 1), bisect_left(starts, ge)
        scored = ((-_overlap((gs, ge), pred[j]), j) for j in range(lo, hi))
        best = heapq.nsmallest(len(gold), (c for c in scored if c[0] < 0))
        cands.extend((ov, i, j) for ov, j in best)
    return _pick(cands, gold, pred)


def span_scores(gold: dict[str, Document], pred: dict[str, Document],
                pred_offsets: Offsets | None = None) -> dict[str, dict[str, PRF]]:
    """exact / overlap / boundary PRF per label and overall. ``pred_offsets``, when
    given, stands for the predictions' spans (a reader that never builds them all)."""
    g_off, p_off = span_offsets(gold), pred_offsets if pred_offsets is not None else span_offsets(pred)
    out: dict[str, dict[str, PRF]] = {m: {} for m in ("exact", "overlap", "boundary")}
    for label in vocab("label"):
        ex = ov = PRF(0, 0, 0)
        for doc_id in gold:
            gs = g_off[doc_id].get(label, [])
            ps = p_off.get(doc_id, {}).get(label, [])
            ex = ex + _prf_sets(set(gs), set(ps))
            pairs = _overlap_pairs(gs, ps)
            ov = ov + PRF(len(pairs), len(ps) - len(pairs), len(gs) - len(pairs))
        out["exact"][label] = ex
        out["overlap"][label] = ov
    # boundaries with any label: per label is not meaningful, so one overall figure
    bd = PRF(0, 0, 0)
    for doc_id in gold:
        bd = bd + _prf_sets({o for v in g_off[doc_id].values() for o in v},
                            {o for v in p_off.get(doc_id, {}).values() for o in v})
    for m in ("exact", "overlap"):
        total = PRF(0, 0, 0)
        for v in out[m].values():
            total = total + v
        out[m]["overall"] = total
    out["boundary"]["overall"] = bd
    return out


def attribute_scores(gold: dict[str, Document], pred: dict[str, Document]) -> dict[str, dict[str, Any]]:
    """Accuracy of each attribute on spans matched exactly (same label and offsets):
    mentions, COUNTs, TIME spans (with the anchor, :mod:`~ghouta_corpus.evaluate.time`)
    and EVENT triggers. ``entity_id`` compares the ids as written; ``entity_links`` in
    :func:`evaluate` maps a system's ids onto the gold's first."""
    mentions = exact_pairs(gold, pred, ["ACTOR", "LOCATION"])
    actors = [x for x in mentions if x[1].label == "ACTOR"]
    counts = exact_pairs(gold, pred, ["COUNT"])
    events = exact_pairs(gold, pred, ["EVENT"])
    out = {"mention_type": attribute_accuracy(mentions, "mention_type"),
           "actor_type": attribute_accuracy(actors, "actor_type"),
           "entity_id": attribute_accuracy(mentions, "entity_id")}
    out.update((f"count_{a}", attribute_accuracy(counts, a)) for a in ("value", "min", "max", "modifier", "unit",
                                                                        "category"))
    out.update(time_scores(gold, pred))
    out.update((name, attribute_accuracy(events, attr)) for name, attr in EVENT_ATTRIBUTES.items())
    return out


def count_of_scores(gold: dict[str, Document], pred: dict[str, Document]) -> PRF:
    """COUNT_OF pairs match when both ends match exactly: the COUNT's and the target's
    label and offsets."""
    def pairs(d: Document) -> set[tuple[str, str, int, int, str, int, int]]:
        out = set()
        for r in d.relations:
            c, t = d.span(r.count), d.span(r.target)
            out.add((d.doc_id, c.label, c.start, c.end, t.label, t.start, t.end))
        return out
    total = PRF(0, 0, 0)
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        total = total + _prf_sets(pairs(g), pairs(p) if p else set())
    return total


def _record_cues(d: Document, a: Attribution) -> list[tuple[int, int]]:
    return [(d.span(c).start, d.span(c).end) for c in a.cue]


def _covered(d: Document | None, role: str, toks: list[Token]) -> set[int]:
    """Indices of the tokens inside a ``role`` span of any attribution record of ``d``.

    Each token is one bisection into the spans' reach index
    (:mod:`ghouta_corpus.text.intervals`); testing every token against every span made
    this quadratic (about 3.6 million steps in each build's agreement tables)."""
    if d is None:
        return set()
    starts, reach = reach_index((d.span(i).start, d.span(i).end) for a in d.attributions for i in a.span_ids()[role])
    return {k for k, t in enumerate(toks) if within(starts, reach, t.start, t.end)} if starts else set()


def _record_pairs(g: Document, p: Document | None) -> list[tuple[Attribution, Attribution]]:
    """Gold and predicted records matched one-to-one by overlapping cues."""
    if p is None:
        return []
    return _greedy_pairs(list(g.attributions), list(p.attributions),
                         lambda a, b: sum(_overlap(x, y) for x in _record_cues(g, a) for y in _record_cues(p, b)))


def attribution_scores(gold: dict[str, Document], pred: dict[str, Document]) -> dict[str, Any]:
    """Record F1 (one-to-one, cues overlapping), type accuracy on matched records,
    and token-level F1 per role over the union of each role's spans."""
    rec = PRF(0, 0, 0)
    type_ok = matched = entity_ok = 0
    tokens: dict[str, PRF] = {r: PRF(0, 0, 0) for r in ROLE_LABELS.values()}
    for doc_id, g in gold.items():
        p = pred.get(doc_id)
        pairs = _record_pairs(g, p)
        n_pred = len(p.attributions) if p else 0
        rec = rec + PRF(len(pairs), n_pred - len(pairs), len(g.attributions) - len(pairs))
        matched += len(pairs)
        type_ok += sum(1 for a, b in pairs if a.type == b.type)
        entity_ok += sum(1 for a, b in pairs if a.source_entity == b.source_entity)
        toks = tokenize(g.text)
        for role in tokens:
            tokens[role] = tokens[role] + _prf_sets(_covered(g, role, toks), _covered(p, role, toks))
    return {"records": rec, "type": accuracy(type_ok, matched), "source_entity": accuracy(entity_ok, matched),
            "tokens": tokens}


def _by_id(docs: Iterable[Document], side: str) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for d in docs:
        if d.doc_id in out:
            raise PredictionError(f"{side}: document {d.doc_id!r} is given twice; one annotation per document")
        out[d.doc_id] = d
    return out


def evaluate(gold: Iterable[Document], pred: Iterable[Document], entities: EntityMap | None = None,
             selection: dict[str, Any] | None = None, pred_offsets: Offsets | None = None) -> dict[str, Any]:
    """Every score of one prediction set against the gold, as JSON-ready data.
    ``pred_offsets`` (see :func:`span_scores`) stands for the predicted spans in the
    span scores; ``pred`` then needs only the spans that match a gold span exactly
    (for the attribute accuracies).

    ``entities`` maps the predictions' entity ids onto the gold's for ``entity_links``
    and the claims' source entities (default: ids compared as written, known when a
    gold mention uses them); ``selection`` records how the gold documents were chosen
    (``split``, ``docs``, ``left_out``: see
    :class:`~ghouta_corpus.evaluate.predictions.Selection`). Documents missing from the
    predictions count as predicted empty and are listed under ``missing_documents``;
    predicted documents unknown to the gold, and a document given twice on either side,
    raise :class:`PredictionError` (they are a mistake, not a zero, and keeping one of
    two would be a silent choice)."""
    g = _by_id(gold, "gold")
    p = _by_id(pred, "predictions")
    unknown = sorted((set(p) | set(pred_offsets or ())) - set(g))
    if unknown:
        raise PredictionError(f"predictions for unknown documents: {', '.join(unknown)}")
    entities = entities or EntityMap()
    spans = span_scores(g, p, pred_offsets)
    attrs = attribution_scores(g, p)
    events = event_scores(g, p)
    return {
        "documents": sorted(g),
        "selection": selection or {"split": None, "docs": [], "left_out": {}},
        "missing_documents": sorted(set(g) - set(p) - set(pred_offsets or ())),
        "spans": {m: {k: v.to_json() for k, v in d.items()} for m, d in spans.items()},
        "attributes": attribute_scores(g, p),
        "entity_links": link_scores(g, p, entities),
        "count_of": count_of_scores(g, p).to_json(),
        "attributions": {"records": attrs["records"].to_json(), "type": attrs["type"],
                         "source_entity": attrs["source_entity"],
                         "tokens": {k: v.to_json() for k, v in attrs["tokens"].items()}},
        "events": {"arguments": {k: v.to_json() for k, v in events["arguments"].items()},
                   "coreference": events["coreference"]},
        "claims": claim_scores(g, p, events["alignment"], entities),
    }
