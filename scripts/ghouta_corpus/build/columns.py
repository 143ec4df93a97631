"""Every published config's rows as Arrow columns, a batch of documents at a time.

:mod:`ghouta_corpus.build.features` says what each config's rows are, one dict per
row (the readable definition, which tests and small corpora use); this module makes
the same tables without a dict per row, which is what ``build`` writes:

- each column is gathered for the whole batch in one list (a span's own record is
  used as it is: the Arrow conversion reads its fields by name, in C);
- closed vocabularies stay strings until the column is whole, then become
  ``ClassLabel`` ids in one vectorised lookup (:func:`encode`, ``pyarrow.compute.index_in``);
- each document is tokenised once (:class:`Prepared`), and its tokens serve the
  ``tokens`` config, its BIO tags and the statistics' token count.

``tests/test_build.py`` holds these tables equal to the rows of ``features`` on the
corpus and on a synthetic one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from datasets import ClassLabel, Features, List, Value

from ..model.records import ALL_ATTRIBUTES, Document, Span, tag_columns
from ..text.tokens import Token, tokenize
from .configs import CONFIGS
from .features import segment_tags

BATCH_DOCUMENTS = 32  # documents per split made into Arrow tables at once (build's pass and the engine)


@dataclass
class Prepared:
    """One document and what several configs share: its tokens (tokenised once)."""
    doc: Document
    tokens: list[Token]

    @classmethod
    def of(cls, doc: Document) -> Prepared:
        return cls(doc, tokenize(doc.text))

    def segment_tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``start..end``, equal to ``tokenize(text, start, end)``: taken
        from the document's tokens, unless a token crosses a boundary (then the
        segment is tokenised on its own, as it would be alone)."""
        starts = self._starts()
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if (i > 0 and self.tokens[i - 1].end > start) or (j > 0 and self.tokens[j - 1].end > end):
            return tokenize(self.doc.text, start, end)
        return self.tokens[i:j]

    def _starts(self) -> list[int]:
        starts = self.__dict__.get("_starts_cache")
        if starts is None:
            starts = self.__dict__["_starts_cache"] = [t.start for t in self.tokens]
        return starts


# ---------------------------------------------------------------------------
# Arrow types and the vectorised ClassLabel lookup

def plain_type(f: Any) -> pa.DataType:
    """The Arrow type of a feature with every ``ClassLabel`` still a string."""
    if isinstance(f, ClassLabel):
        return pa.string()
    if isinstance(f, Value):
        return f.pa_type
    if isinstance(f, List):
        return pa.list_(plain_type(f.feature))
    if isinstance(f, dict):
        return pa.struct([(k, plain_type(v)) for k, v in f.items()])
    raise TypeError(f"no Arrow type for {f!r}")


def _has_labels(f: Any) -> bool:
    if isinstance(f, ClassLabel):
        return True
    if isinstance(f, List):
        return _has_labels(f.feature)
    if isinstance(f, dict):
        return any(_has_labels(v) for v in f.values())
    return False


@cache
def _names(names: tuple[str, ...]) -> pa.Array:
    return pa.array(names, pa.string())


def encode(arr: pa.Array, f: Any) -> pa.Array:
    """``arr`` (of :func:`plain_type`) with every ``ClassLabel`` string replaced by its
    id, in one lookup per column. Validation guarantees every value is a name."""
    if not _has_labels(f):
        return arr
    if isinstance(f, ClassLabel):
        return pc.index_in(arr, value_set=_names(tuple(f.names))).cast(pa.int64())
    mask = arr.is_null() if arr.null_count else None
    if isinstance(f, List):
        return pa.ListArray.from_arrays(arr.offsets, encode(arr.flatten(), f.feature), mask=mask)
    children = [encode(arr.field(k), v) for k, v in f.items()]
    return pa.StructArray.from_arrays(children, names=list(f), mask=mask)


def table(features: Features, columns: dict[str, Any]) -> pa.Table:
    """A table of ``features`` from columns of plain values (lists, or Arrow arrays of
    :func:`plain_type`)."""
    schema = features.arrow_schema
    arrays = []
    for name, f in features.items():
        col = columns[name]
        arr = col if isinstance(col, pa.Array) else pa.array(col, type=plain_type(f))
        arrays.append(encode(arr, f))
    return pa.Table.from_arrays(arrays, schema=schema)


# ---------------------------------------------------------------------------
# the configs' columns

_SPAN_FIELDS = ("id", "label", "start", "end", "text", *ALL_ATTRIBUTES)


@cache
def _span_struct() -> pa.DataType:
    f = features_of("spans")
    return pa.struct([(k, plain_type(f["span_id" if k == "id" else k])) for k in _SPAN_FIELDS])


def _span_records(spans: Sequence[Span]) -> pa.StructArray:
    """Spans as one struct array of their fields, converted from their own records."""
    return pa.array([s.__dict__ for s in spans], type=_span_struct())


def _segment_indices(doc: Document) -> list[int]:
    starts = [g.start for g in doc.segments]
    ends = [g.end for g in doc.segments]
    out = []
    for s in doc.spans:
        i = bisect_right(starts, s.start) - 1
        out.append(i if i >= 0 and s.start < ends[i] else -1)
    return out


def spans_columns(batch: list[Prepared]) -> dict[str, Any]:
    records = _span_records([s for p in batch for s in p.doc.spans])
    cols: dict[str, Any] = {("span_id" if k == "id" else k): records.field(k) for k in _SPAN_FIELDS}
    cols["doc_id"] = [p.doc.doc_id for p in batch for _ in p.doc.spans]
    cols["segment_index"] = [i for p in batch for i in _segment_indices(p.doc)]
    return cols


def _ref(s: Span) -> dict[str, Any]:
    return {"span_id": s.id, "label": s.label, "text": s.text, "start": s.start, "end": s.end}


def counts_columns(batch: list[Prepared]) -> dict[str, Any]:
    counts, doc_ids, counted = [], [], []
    for p in batch:
        d = p.doc
        targets: dict[str, list[Span]] = {}
        for r in d.relations:
            targets.setdefault(r.count, []).append(d.span(r.target))
        for s in d.spans:
            if s.label == "COUNT":
                counts.append(s)
                doc_ids.append(d.doc_id)
                counted.append([_ref(t) for t in sorted(targets.get(s.id, ()), key=lambda t: t.start)])
    records = _span_records(counts)
    cols: dict[str, Any] = {k: records.field(k) for k in ("text", "start", "end", "value", "modifier", "min", "max",
                                                          "unit", "category")}
    return cols | {"doc_id": doc_ids, "span_id": records.field("id"), "counted": counted}


def attributions_columns(batch: list[Prepared]) -> dict[str, Any]:
    cols: dict[str, list[Any]] = {k: [] for k in ("doc_id", "attribution_id", "type", "source_entity", "source",
                                                  "cue", "content")}
    for p in batch:
        d = p.doc
        for a in d.attributions:
            cols["doc_id"].append(d.doc_id)
            cols["attribution_id"].append(a.id)
            cols["type"].append(a.type)
            cols["source_entity"].append(a.source_entity)
            for role in ("source", "cue", "content"):
                cols[role].append([_ref(d.span(i)) for i in getattr(a, role)])
    return cols


_META = ("doc_id", "outlet", "language", "source_file", "sha256", "char_count", "dct", "dct_basis")


def documents_columns(batch: list[Prepared]) -> dict[str, Any]:
    cols: dict[str, list[Any]] = {k: [] for k in (*_META, "event_date_start", "event_date_end", "event_date_evidence",
                                                  "review", "text", "segments", "spans", "relations", "attributions",
                                                  "event_args")}
    for p in batch:
        d, m = p.doc, p.doc.meta
        assert m is not None
        for k in _META:
            cols[k].append(getattr(m, k))
        edr = m.event_date_range or {}
        for k in ("start", "end", "evidence"):
            cols[f"event_date_{k}"].append(edr.get(k))
        cols["review"].append([r.__dict__ for r in m.review])
        cols["text"].append(d.text)
        cols["segments"].append([g.__dict__ for g in d.segments])
        cols["spans"].append([s.__dict__ for s in d.spans])
        cols["relations"].append([r.__dict__ for r in d.relations])
        cols["attributions"].append([a.__dict__ for a in d.attributions])
        cols["event_args"].append([e.__dict__ for e in d.event_args])
    return cols


_TEXT, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)  # Token's fields, by position


def tokens_columns(batch: list[Prepared]) -> dict[str, Any]:
    tag_cols = tag_columns()
    cols: dict[str, list[Any]] = {k: [] for k in ("doc_id", "segment_id", "segment_index", "role", "tokens",
                                                  "token_starts", "token_ends", *(f"{c}_tags" for c in tag_cols))}
    for p in batch:
        d = p.doc
        buckets = _buckets(d, tag_cols)
        for i, seg in enumerate(d.segments):
            toks = p.segment_tokens(seg.start, seg.end)
            cols["doc_id"].append(d.doc_id)
            cols["segment_id"].append(seg.id)
            cols["segment_index"].append(i)
            cols["role"].append(seg.role)
            # each column in one pass in C (a segment has hundreds of tokens, a corpus millions)
            starts, ends = list(map(_START, toks)), list(map(_END, toks))
            cols["tokens"].append(list(map(_TEXT, toks)))
            cols["token_starts"].append(starts)
            cols["token_ends"].append(ends)
            first = dict(zip(starts, range(len(toks)), strict=True))
            last = dict(zip(ends, range(len(toks)), strict=True))
            for col in tag_cols:
                cols[f"{col}_tags"].append(_tags(toks, buckets[col][i], seg.start, seg.end, first, last))
    return cols


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


COLUMNS: dict[str, Callable[[list[Prepared]], dict[str, Any]]] = {
    "documents": documents_columns, "spans": spans_columns, "counts": counts_columns,
    "attributions": attributions_columns, "tokens": tokens_columns,
}
"""The columns of the per-document configs that ``build`` makes as Arrow columns;
every other config (``entities`` and those registered by :mod:`ghouta_corpus.build.configs`:
``events``, ``event_table``, ``claims``) comes from its rows or collector in the same pass."""


@cache
def features_of(name: str) -> Features:
    """A config's Features, made once."""
    return CONFIGS[name].features()


def batch_tables(batch: list[Prepared]) -> dict[str, pa.Table]:
    """Every per-document config's table for a batch of documents (rows in the order
    of ``features``: documents in batch order, then each document's own order)."""
    return {name: table(features_of(name), cols(batch)) for name, cols in COLUMNS.items()}
