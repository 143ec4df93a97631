"""Which of a text's matches no span of some labels covers: the audit's one question
about every occurrence it finds (:mod:`ghouta_corpus.validate.audit`).

A document's coverage index (its spans of some labels: starts in order, the running
maximum of their ends, the set of their offsets) is made once per document and labels
and kept in :data:`COVER`, which the audit clears after each document (it holds
documents, and a streamed corpus must not keep them).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.records import Document
from ..text.intervals import reach_index, within

COVER: dict[tuple[int, tuple[str, ...]], tuple[Document, list[int], list[int], set[tuple[int, int]]]] = {}


def covered(doc: Document, start: int, end: int, labels: tuple[str, ...]) -> bool:
    """Whether some span of ``labels`` contains ``start..end``: one bisection into the
    spans' reach index (:mod:`ghouta_corpus.text.intervals`; asking every span for every
    match was quadratic). Most matches are exactly a span, which a set of span offsets
    answers first."""
    hit = cover_index(doc, labels)
    return (start, end) in hit[3] or within(hit[1], hit[2], start, end)


def cover_index(doc: Document, labels: tuple[str, ...]) -> tuple[Document, list[int], list[int],
                                                                   set[tuple[int, int]]]:
    """The spans of ``labels`` of ``doc``: starts in order, the running maximum of
    their ends, and the set of their offsets (made once per document and labels)."""
    key = (id(doc), labels)
    hit = COVER.get(key)
    if hit is None or hit[0] is not doc:
        by_label = doc.offsets_by_label()
        spans = [o for label in labels for o in by_label.get(label, ())]
        starts, reach = reach_index(spans)
        if len(COVER) > 16:
            COVER.clear()
        hit = COVER[key] = (doc, starts, reach, set(spans))
    return hit


def uncovered(doc: Document, matches: Iterable[tuple[int, int]], labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """The ``matches`` (offsets) that no span of ``labels`` contains, in text order.
    Most matches are exactly a span: a set difference drops those at once, and only
    the rest are looked up one by one."""
    hit = cover_index(doc, labels)
    rest = set(matches) - hit[3]
    return [(a, b) for a, b in sorted(rest) if not covered(doc, a, b, labels)] if rest else []


def uncovered_words(doc: Document, where: dict[str, list[tuple[int, int]]], labels: tuple[str, ...]
                     ) -> dict[str, list[tuple[int, int]]]:
    """:func:`uncovered` for every word of one search at once (``where``: a
    :meth:`WordFinder.find` answer): ``word -> its uncovered matches, in text order``
    for the words that have one. One set difference per document instead of one per
    word: a document's search answers dozens of words, nearly all of whose matches are
    exactly a span, and the per-word calls were most of the gold gate's time."""
    hit = cover_index(doc, labels)
    rest = {o for spans in where.values() for o in spans} - hit[3]
    if not rest:
        return {}
    bad = {(a, b) for a, b in rest if not covered(doc, a, b, labels)}
    if not bad:
        return {}
    out = {word: [o for o in spans if o in bad] for word, spans in where.items()}  # a word's matches: in text order
    return {word: spans for word, spans in out.items() if spans}
