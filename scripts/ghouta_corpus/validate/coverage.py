"""Which of a text's matches no span of some labels covers: the audit's one question
about every occurrence it finds (:mod:`ghouta_corpus.validate.audit`).

A stretch ``start..end`` lies inside some span exactly when, of the spans that start at
or before ``start``, the one reaching furthest ends at or after ``end``
(:mod:`ghouta_corpus.text.intervals`). A document's coverage index for some labels
(the starts of their spans in order, and the running maximum of their ends) is made
once per document and labels, in ``numpy``, from the document's span columns (labels,
starts, ends: gathered once per document by C-level ``map`` calls), and kept in
:data:`COVER`, which the audit clears after each document (it holds documents, and a
streamed corpus must not keep them). A search's matches are then tested all at once:
one ``searchsorted`` of their starts and one compare of their ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from .labelcodes import label_table

Ints = npt.NDArray[np.int64]

COVER: dict[tuple[int, tuple[str, ...]], tuple[Any, Ints, Ints]] = {}

_NONE = np.iinfo(np.int64).min
"""The reach before the first span (no span starts at or before the offset)."""
_LABEL, _START, _END = attrgetter("label"), attrgetter("start"), attrgetter("end")


def span_columns(doc: Any) -> tuple[list[str], Ints, Ints]:
    """The document's spans as columns (labels, starts, ends), in span order, made
    once per document."""
    got: tuple[list[str], Ints, Ints] | None = doc.__dict__.get("_span_columns")
    if got is None:
        spans = doc.spans
        got = (list(map(_LABEL, spans)), np.fromiter(map(_START, spans), dtype=np.int64, count=len(spans)),
               np.fromiter(map(_END, spans), dtype=np.int64, count=len(spans)))
        object.__setattr__(doc, "_span_columns", got)
    return got


def label_pick(doc: Any, names: list[str], labels: tuple[str, ...]) -> npt.NDArray[np.bool_]:
    """Whether each span of ``doc`` (its labels ``names``) has one of ``labels``: one
    lookup of the label codes the pass gathered (``_span_codes``, set with the span
    columns) when the document has them, else a membership test per span."""
    codes: Ints | None = doc.__dict__.get("_span_codes")
    if codes is not None and len(codes) == len(names):
        return label_table(labels)[codes]
    return np.fromiter(map(frozenset(labels).__contains__, names), dtype=bool, count=len(names))


def cover_index(doc: Any, labels: tuple[str, ...]) -> tuple[Any, Ints, Ints]:
    """The spans of ``labels`` of ``doc``: their starts in order, and ``reach``, where
    ``reach[k]`` is the furthest end of the first ``k`` of them (``reach[0]``: none,
    the lowest integer); made once per document and labels."""
    key = (id(doc), labels)
    hit = COVER.get(key)
    if hit is None or hit[0] is not doc:
        names, starts, ends = span_columns(doc)
        pick = label_pick(doc, names, labels)
        s, e = starts[pick], ends[pick]
        order = np.argsort(s, kind="stable")
        reach = np.concatenate(([_NONE], np.maximum.accumulate(e[order]) if len(e) else e))
        if len(COVER) > 16:
            COVER.clear()
        hit = COVER[key] = (doc, s[order], reach)
    return hit


def reach_before(index: tuple[Any, Ints, Ints], at: Ints) -> Ints:
    """For each offset of ``at``, the furthest end of the index's spans that start at
    or before it (the lowest integer where none does)."""
    return index[2][np.searchsorted(index[1], at, side="right")]


def _covered_mask(index: tuple[Any, Ints, Ints], flat: Ints) -> npt.NDArray[np.bool_]:
    """Whether each of the matches ``flat`` (``start, end, start, end, ...``) lies inside a span of the index."""
    return reach_before(index, flat[0::2]) >= flat[1::2]


def _flat(matches: Iterable[tuple[int, int]], n: int) -> Ints:
    return np.fromiter(chain.from_iterable(matches), dtype=np.int64, count=2 * n)


def covered(doc: Any, start: int, end: int, labels: tuple[str, ...]) -> bool:
    """Whether some span of ``labels`` contains ``start..end``: one bisection into the
    spans' reach index (asking every span for every match was quadratic)."""
    return bool(reach_before(cover_index(doc, labels), np.array([start]))[0] >= end)


def uncovered(doc: Any, matches: Iterable[tuple[int, int]], labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """The distinct ``matches`` (offsets) that no span of ``labels`` contains, in text order."""
    rest = sorted(set(matches))
    if not rest:
        return []
    ok = _covered_mask(cover_index(doc, labels), _flat(rest, len(rest)))
    return [rest[k] for k in np.flatnonzero(~ok).tolist()]


def uncovered_words(doc: Any, where: dict[str, list[tuple[int, int]]], labels: tuple[str, ...]
                    ) -> dict[str, list[tuple[int, int]]]:
    """:func:`uncovered` for every word of one search at once (``where``: a
    :meth:`WordFinder.find` answer): ``word -> its uncovered matches, in text order``
    for the words that have one. Every match of the search is tested in one go: a
    document's search answers dozens of words, nearly all of whose matches are exactly
    a span, and the per-word calls were most of the gold gate's time."""
    flat = list(chain.from_iterable(where.values()))  # every match, word by word (in C)
    if not flat:
        return {}
    ok = _covered_mask(cover_index(doc, labels), _flat(flat, len(flat)))
    if ok.all():
        return {}
    bad = {flat[k] for k in np.flatnonzero(~ok).tolist()}
    out = {word: [o for o in spans if o in bad] for word, spans in where.items()}  # a word's matches: in text order
    return {word: spans for word, spans in out.items() if spans}
