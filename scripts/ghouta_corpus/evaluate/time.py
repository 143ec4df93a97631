"""Scores of the TIME layer's attributes (GUIDELINES G92-G96) on exactly matched spans.

The spans themselves are scored with every label (exact and overlap P/R/F1, in
:func:`~ghouta_corpus.evaluate.scores.span_scores`). On the TIME spans matched exactly
this module scores ``timex_type``, ``value_text``, the resolved ``value`` and ``mod``,
and ``anchor``: an anchor is right when both are ``DCT``, both null, or both name a
TIME span and those two spans are themselves matched (same offsets), because span ids
differ between any two annotations of one text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model.records import Document, Span
from .matching import Pair, accuracy, attribute_accuracy, exact_pairs

TIME_ATTRIBUTES = {"time_type": "timex_type", "time_value": "timex_value", "time_value_text": "value_text",
                   "time_mod": "mod"}
"""Name in the scores -> the TIME span's field."""


def _anchor_target(d: Document, s: Span) -> tuple[int, int] | None:
    if s.anchor is None or s.anchor == "DCT" or not d.has_span(s.anchor):
        return None
    a = d.span(s.anchor)
    return (a.start, a.end) if a.label == "TIME" else None


def anchors_agree(g_doc: Document, g: Span, p_doc: Document, p: Span) -> bool:
    """Whether two matched TIME spans have the same anchor (see the module docstring)."""
    if g.anchor is None or g.anchor == "DCT" or p.anchor is None or p.anchor == "DCT":
        return g.anchor == p.anchor
    target = _anchor_target(g_doc, g)
    return target is not None and target == _anchor_target(p_doc, p)


def time_scores(gold: Mapping[str, Document], pred: Mapping[str, Document],
                pairs: list[Pair] | None = None) -> dict[str, dict[str, Any]]:
    """Accuracy of each TIME attribute and of the anchor on exactly matched TIME spans."""
    pairs = exact_pairs(gold, pred, ["TIME"]) if pairs is None else pairs
    out = {name: attribute_accuracy(pairs, attr) for name, attr in TIME_ATTRIBUTES.items()}
    out["time_anchor"] = accuracy(sum(1 for doc_id, g, p in pairs if anchors_agree(gold[doc_id], g, pred[doc_id], p)),
                                  len(pairs))
    return out
