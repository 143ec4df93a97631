"""Scores of the EVENT layer (GUIDELINES G99-G109) beyond its spans: trigger attributes,
EVENT_ARG relations and cross-document event coreference.

- Trigger attributes (``event_type``, ``polarity``, ``modality``, :data:`EVENT_ATTRIBUTES`)
  are scored on triggers matched exactly, with the other attributes.
- A predicted EVENT_ARG is correct when its trigger matches a gold trigger exactly, its
  role is the same and its target matches that argument's gold target exactly, with the
  same label (F1 overall and per role).
- Coreference is scored on the triggers matched exactly, so that it measures the
  clustering alone: each side's clusters are its ``event_id``s across all documents (a
  trigger with a null id is a singleton), scored with MUC, B-cubed, CEAF-e and their
  mean, the CoNLL F1 (:mod:`ghouta_corpus.evaluate.coref`). The CEAF-e alignment of the
  two clusterings also maps each predicted ``event_id`` onto a gold one
  (:func:`event_alignment`), which claims are matched through.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from ..model.records import Document
from ..model.vocab import vocab
from .coref import ceaf_alignment, clusters, coreference_scores
from .matching import PRF, Pair, exact_pairs, prf_sets

EVENT_ATTRIBUTES = {"event_type": "event_type", "event_polarity": "polarity", "event_modality": "modality"}
"""Name in the scores -> the EVENT span's field."""

ArgKey = tuple[str, int, int, str, str, int, int]


def _arguments(d: Document | None) -> set[ArgKey]:
    """``(doc, trigger start, trigger end, role, target label, target start, target end)``."""
    if d is None:
        return set()
    out = set()
    for a in d.event_args:
        t, x = d.span(a.event), d.span(a.target)
        out.add((d.doc_id, t.start, t.end, a.role, x.label, x.start, x.end))
    return out


def argument_scores(gold: Mapping[str, Document], pred: Mapping[str, Document]) -> dict[str, PRF]:
    """EVENT_ARG PRF overall and per role."""
    by_role = {r: PRF(0, 0, 0) for r in vocab("event_role")}
    for doc_id, g in gold.items():
        gs, ps = _arguments(g), _arguments(pred.get(doc_id))
        for role in by_role:
            by_role[role] = by_role[role] + prf_sets({k for k in gs if k[3] == role}, {k for k in ps if k[3] == role})
    total = PRF(0, 0, 0)
    for v in by_role.values():
        total = total + v
    return {"overall": total, **by_role}


def _ids(pairs: list[Pair]) -> tuple[dict[Hashable, str | None], dict[Hashable, str | None]]:
    """Each matched trigger's (document, start, end) -> its gold and its predicted event id."""
    gold: dict[Hashable, str | None] = {}
    pred: dict[Hashable, str | None] = {}
    for doc_id, g, p in pairs:
        gold[(doc_id, g.start, g.end)] = g.event_id
        pred[(doc_id, g.start, g.end)] = p.event_id
    return gold, pred


def coreference(pairs: list[Pair]) -> dict[str, Any]:
    """MUC, B-cubed, CEAF-e and CoNLL F1 of the predicted event ids against the gold
    ones on matched triggers; every figure null when no trigger matched."""
    if not pairs:
        return {"mentions": 0, "muc": None, "b_cubed": None, "ceaf_e": None, "conll_f1": None}
    gold, pred = _ids(pairs)
    return {"mentions": len(pairs), **coreference_scores(clusters(gold.items()), clusters(pred.items()))}


def event_alignment(pairs: list[Pair]) -> dict[str, str | None]:
    """Predicted event id -> the gold event id its cluster is aligned with by CEAF-e
    (None where it is aligned with triggers the gold leaves without an id). Predicted
    ids that no alignment reaches are absent."""
    gold, pred = _ids(pairs)
    key, response = clusters(gold.items()), clusters(pred.items())
    aligned, _ = ceaf_alignment(key, response)
    out: dict[str, str | None] = {}
    for i, j in aligned:
        pred_id = pred[next(iter(response[j]))]
        if pred_id is not None:
            out[pred_id] = gold[next(iter(key[i]))]
    return out


def event_scores(gold: Mapping[str, Document], pred: Mapping[str, Document]) -> dict[str, Any]:
    """Argument PRF (as :class:`PRF`), coreference and the event-id alignment (trigger
    attributes are among :func:`~ghouta_corpus.evaluate.scores.attribute_scores`)."""
    pairs = exact_pairs(gold, pred, ["EVENT"])
    return {"arguments": argument_scores(gold, pred), "coreference": coreference(pairs),
            "alignment": event_alignment(pairs)}
