"""The ``tokens`` config's columns for a batch of documents, made over token offsets in numpy.

A segment's row is its tokens, their offsets and one BIO tag column per tag layer
(:func:`~ghouta_corpus.build.features.tokens_rows` is the definition). Made a tag
at a time in Python, that was the largest part of the rows' cost (a document has
about a thousand tokens and four tag columns), so a document is done at once:

- its tokens' starts and ends are two ``numpy`` arrays (made once, :class:`Prepared`),
  each segment's tokens a range of them found by ``searchsorted``;
- each span's first and last token are found by ``searchsorted`` of the spans'
  starts and ends, and a tag column is filled by slices (a cumulative sum of the
  spans' ``I-`` ids, then each span's ``B-`` id at its first token), as ``ClassLabel``
  ids rather than strings;
- the list columns are built from one flat array and its offsets
  (``pa.ListArray.from_arrays``), not from a Python list per row.

That fill is the definition only where a column's spans do not overlap, each sits
inside one segment on token boundaries and no token crosses a segment boundary;
a document where any of that fails (nested attributions, a span across segments)
is tagged by the per-segment code below (:func:`_tags`, :func:`segment_tags`), so
the tables are the definition's either way (``tests/test_build.py``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from ..model.records import Document, Span, tag_columns
from ..text.tokens import Token, tokenize
from .features import segment_tags, tag_names

_TEXT, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)  # Token's fields, by position
_S_START, _S_END, _S_LABEL = attrgetter("start"), attrgetter("end"), attrgetter("label")
Ints = npt.NDArray[np.int64]
_ID, _ROLE = attrgetter("id"), attrgetter("role")


@dataclass
class Prepared:
    """One document and what several configs share: its tokens (tokenised once)."""
    doc: Document
    tokens: list[Token]

    @classmethod
    def of(cls, doc: Document) -> Prepared:
        return cls(doc, tokenize(doc.text))

    def offsets(self) -> tuple[Ints, Ints]:
        """The tokens' starts and ends as arrays (made once)."""
        got = self.__dict__.get("_offsets")
        if got is None:
            n = len(self.tokens)
            got = self.__dict__["_offsets"] = (np.fromiter(map(_START, self.tokens), np.int64, n),
                                               np.fromiter(map(_END, self.tokens), np.int64, n))
        return got

    def segment_tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``start..end``, equal to ``tokenize(text, start, end)``: taken
        from the document's tokens, unless a token crosses a boundary (then the
        segment is tokenised on its own, as it would be alone)."""
        starts = self.offsets()[0]
        i, j = int(np.searchsorted(starts, start)), int(np.searchsorted(starts, end))
        if (i > 0 and self.tokens[i - 1].end > start) or (j > 0 and self.tokens[j - 1].end > end):
            return tokenize(self.doc.text, start, end)
        return self.tokens[i:j]


@cache
def _label_codes() -> tuple[dict[str, int], Ints, Ints, tuple[str, ...]]:
    """Each tagged label's code, and by code its column's number and its ``B-`` id
    (its ``I-`` id is one more), for the fill of :func:`_doc_tags`."""
    cols = tuple(tag_columns())
    codes: dict[str, int] = {}
    col_of: list[int] = []
    b_id: list[int] = []
    for c, col in enumerate(cols):
        names = tag_names(col)
        for lab in tag_columns()[col]:
            codes[lab] = len(col_of)
            col_of.append(c)
            b_id.append(names.index(f"B-{lab}"))
    return codes, np.array(col_of, np.int64), np.array(b_id, np.int64), cols


def _segment_ranges(doc: Document, st: Ints, en: Ints) -> tuple[Ints, Ints] | None:
    """Each segment's first and end token index in the document's tokens, or None
    where the segments overlap or a token crosses a segment boundary."""
    gs = np.fromiter(map(_S_START, doc.segments), np.int64, len(doc.segments))
    ge = np.fromiter(map(_S_END, doc.segments), np.int64, len(doc.segments))
    if len(gs) > 1 and (gs[1:] < ge[:-1]).any():
        return None
    gi, gj = np.searchsorted(st, gs), np.searchsorted(st, ge)
    if len(st) and (((gi > 0) & (en[np.maximum(gi - 1, 0)] > gs)).any()
                    or ((gj > 0) & (en[np.maximum(gj - 1, 0)] > ge)).any()):
        return None
    return gi, gj


def _doc_tags(doc: Document, st: Ints, en: Ints) -> list[Ints | None]:
    """Each tag column's ids over the document's tokens, or None for a column whose
    fill would not be the definition (see the module's docstring)."""
    codes, col_of, b_id, cols = _label_codes()
    n = len(st)
    spans = [s for s in doc.spans if s.label in codes]
    s0 = np.fromiter(map(_S_START, spans), np.int64, len(spans))
    s1 = np.fromiter(map(_S_END, spans), np.int64, len(spans))
    lab = np.fromiter(map(codes.__getitem__, map(_S_LABEL, spans)), np.int64, len(spans))
    i, j = np.searchsorted(st, s0), np.searchsorted(en, s1)  # each span's first and last token
    ok = np.zeros(len(spans), bool)
    if n and doc.segments:
        gs = np.fromiter(map(_S_START, doc.segments), np.int64, len(doc.segments))
        ge = np.fromiter(map(_S_END, doc.segments), np.int64, len(doc.segments))
        k = np.maximum(np.searchsorted(gs, s0, side="right") - 1, 0)  # the segment a span starts in
        ok = ((i < n) & (j < n) & (st[np.minimum(i, n - 1)] == s0) & (en[np.minimum(j, n - 1)] == s1) & (j >= i)
              & (gs[k] <= s0) & (s1 <= ge[k]))
    out: list[Ints | None] = []
    for c in range(len(cols)):
        m = col_of[lab] == c
        ii, jj, bb = i[m], j[m], b_id[lab[m]]
        o = np.argsort(ii, kind="stable")
        ii, jj, bb = ii[o], jj[o], bb[o]
        if not ok[m].all() or (len(ii) > 1 and (ii[1:] <= jj[:-1]).any()):
            out.append(None)  # a span off the tokens or across segments, or two that overlap
            continue
        delta = np.zeros(n + 1, np.int64)
        delta[ii] += bb + 1  # I- ids from each span's first token to its last ...
        delta[jj + 1] -= bb + 1
        tags = np.cumsum(delta[:n])
        tags[ii] = bb  # ... then its B- id on the first
        out.append(tags)
    return out


def tokens_columns(batch: list[Prepared]) -> dict[str, Any]:
    """The ``tokens`` config's columns, its token and tag lists as Arrow list arrays
    (tags already ``ClassLabel`` ids, which :func:`~ghouta_corpus.build.columns.table`
    keeps as they are)."""
    cols = tuple(tag_columns())
    out: dict[str, Any] = {k: [] for k in ("doc_id", "segment_id", "segment_index", "role")}
    flat = _Flat(cols)
    for p in batch:
        d, base, segs = p.doc, len(flat.texts), p.doc.segments
        out["doc_id"].extend([d.doc_id] * len(segs))
        out["segment_id"].extend(map(_ID, segs))
        out["segment_index"].extend(range(len(segs)))
        out["role"].extend(map(_ROLE, segs))
        st, en = p.offsets()
        ranges = _segment_ranges(d, st, en)
        if ranges is None:  # a token crosses a segment boundary: each segment tokenised alone
            _python_rows(p, flat)
            continue
        doc_tags = _doc_tags(d, st, en)
        lengths = ranges[1] - ranges[0]
        # the document's tokens that its rows take, in row order (each segment's range)
        pick = np.arange(int(lengths.sum())) + np.repeat(ranges[0] - np.cumsum(lengths) + lengths, lengths)
        flat.texts.extend(map(_TEXT, p.tokens))
        flat.starts.append(st)
        flat.ends.append(en)
        flat.picks.append(pick + base)
        flat.lengths.extend(lengths.tolist())
        for c, col in enumerate(cols):
            tags = doc_tags[c]
            flat.tags[c].append((_column_tags(p, col, ranges) if tags is None else tags)[pick])
    return out | flat.lists()


def _column_tags(p: Prepared, col: str, ranges: tuple[Ints, Ints]) -> Ints:
    """One tag column's ids over the document's tokens, made a segment at a time by
    :func:`_tags` (the segments' tokens are the document's, ``ranges``)."""
    d = p.doc
    buckets = _buckets(d, {col: tag_columns()[col]})[col]
    ids = {n: k for k, n in enumerate(tag_names(col))}
    tags = np.zeros(len(p.tokens), np.int64)
    for i, (seg, a, b) in enumerate(zip(d.segments, ranges[0].tolist(), ranges[1].tolist(), strict=True)):
        toks = p.tokens[a:b]
        first = {t.start: k for k, t in enumerate(toks)}
        last = {t.end: k for k, t in enumerate(toks)}
        names = _tags(toks, buckets[i], seg.start, seg.end, first, last)
        tags[a:b] = np.fromiter(map(ids.__getitem__, names), np.int64, len(names))
    return tags


class _Flat:
    """A batch's token lists as flat values: every token's text, start and end, the
    tokens each row picks (in row order), each row's length and tags."""

    def __init__(self, cols: tuple[str, ...]) -> None:
        self.cols = cols
        self.texts: list[str] = []
        self.starts: list[Ints] = []
        self.ends: list[Ints] = []
        self.picks: list[Ints] = []
        self.lengths: list[int] = []
        self.tags: list[list[Ints]] = [[] for _ in cols]

    def lists(self) -> dict[str, pa.Array]:
        """The list columns: one flat array each and the rows' offsets."""
        offsets = pa.array(np.concatenate([[0], np.cumsum(self.lengths, dtype=np.int64)]).astype(np.int32))
        pick = np.concatenate(self.picks) if self.picks else np.zeros(0, np.int64)
        text = pa.array(self.texts, pa.string())
        if not (len(pick) == len(self.texts) and bool((pick == np.arange(len(pick))).all())):
            text = text.take(pick)  # some tokens are in no segment (or in two)

        def flat(parts: list[Ints], dtype: Any) -> Any:
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)

        out = {"tokens": pa.ListArray.from_arrays(offsets, text),
               "token_starts": pa.ListArray.from_arrays(offsets, pa.array(flat(self.starts, np.int32)[pick])),
               "token_ends": pa.ListArray.from_arrays(offsets, pa.array(flat(self.ends, np.int32)[pick]))}
        for c, col in enumerate(self.cols):
            out[f"{col}_tags"] = pa.ListArray.from_arrays(offsets, pa.array(flat(self.tags[c], np.int64)))
        return out


def _python_rows(p: Prepared, flat: _Flat) -> None:
    """One document's rows the per-segment way (each segment's own tokens, tags by
    :func:`_tags`), appended to the batch's flat values."""
    d = p.doc
    buckets = _buckets(d, {col: tag_columns()[col] for col in flat.cols})
    ids = [{n: k for k, n in enumerate(tag_names(col))} for col in flat.cols]
    for i, seg in enumerate(d.segments):
        toks = p.segment_tokens(seg.start, seg.end)
        base = len(flat.texts)
        flat.texts.extend(map(_TEXT, toks))
        flat.starts.append(np.fromiter(map(_START, toks), np.int64, len(toks)))
        flat.ends.append(np.fromiter(map(_END, toks), np.int64, len(toks)))
        flat.picks.append(np.arange(base, base + len(toks)))
        flat.lengths.append(len(toks))
        first = {t.start: k for k, t in enumerate(toks)}
        last = {t.end: k for k, t in enumerate(toks)}
        for c, col in enumerate(flat.cols):
            names = _tags(toks, buckets[col][i], seg.start, seg.end, first, last)
            flat.tags[c].append(np.fromiter(map(ids[c].__getitem__, names), np.int64, len(names)))


def _buckets(doc: Document, tag_cols: dict[str, list[str]]) -> dict[str, list[list[Span]]]:
    """:func:`~ghouta_corpus.build.features._by_segment` of every tag column in one
    walk over the spans: each column's spans bucketed by every segment they overlap."""
    cols_of: dict[str, list[str]] = {}
    for col, labels in tag_cols.items():
        for lab in labels:
            cols_of.setdefault(lab, []).append(col)
    segs = doc.segments
    starts = [g.start for g in segs]
    out: dict[str, list[list[Span]]] = {col: [[] for _ in segs] for col in tag_cols}
    for s in doc.spans:
        cols = cols_of.get(s.label)
        if not cols:
            continue
        first = max(0, bisect_right(starts, s.start) - 1)
        last = max(0, bisect_left(starts, s.end) - 1)
        for k in range(first, last + 1):
            if segs[k].start < s.end and s.start < segs[k].end:
                for col in cols:
                    out[col][k].append(s)
    return out


def _tags(toks: list[Token], spans: list[Span], seg_start: int, seg_end: int, first: dict[int, int],
          last: dict[int, int]) -> list[str]:
    """:func:`~ghouta_corpus.build.features.segment_tags`, with the segment's token
    boundaries looked up in ``first``/``last`` (token index by start and by end) made
    once for all tag columns; a span that crosses the segment or does not sit on
    token boundaries goes to ``segment_tags`` itself (which clips or raises)."""
    tags = ["O"] * len(toks)
    for s in sorted(spans, key=lambda x: (x.start - x.end, x.start, x.label)):
        i, j = first.get(s.start), last.get(s.end)
        if s.start < seg_start or s.end > seg_end or i is None or j is None or j < i:
            return segment_tags(toks, spans, seg_start, seg_end)
        if tags[i] != "O" or any(t != "O" for t in tags[i + 1:j + 1]):
            continue
        tags[i] = f"B-{s.label}"
        if j > i:
            tags[i + 1:j + 1] = [f"I-{s.label}"] * (j - i)
    return tags
