"""Every published config's rows as Arrow columns, a batch of documents at a time.

:mod:`ghouta_corpus.build.features` says what each config's rows are, one dict per
row (the readable definition, which tests and small corpora use); this module makes
the same tables without a dict per row, which is what ``build`` writes:

- each column is gathered for the whole batch in one list (a span's own record is
  used as it is: the Arrow conversion reads its fields by name, in C);
- closed vocabularies stay strings until the column is whole, then become
  ``ClassLabel`` ids in one vectorised lookup (:func:`encode`, ``pyarrow.compute.index_in``);
- each document is tokenised once (:class:`Prepared`), and its tokens serve the
  ``tokens`` config, its BIO tags and the statistics' token count; the ``tokens``
  config's lists and tags are made over the tokens' offsets in ``numpy``
  (:mod:`ghouta_corpus.build.tokencols`).

``tests/test_build.py`` holds these tables equal to the rows of ``features`` on the
corpus and on a synthetic one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
from datasets import ClassLabel, Features, List, Value

from ..model.records import ALL_ATTRIBUTES, Document, Span
from .configs import CONFIGS
from .tokencols import Prepared, tokens_columns

__all__ = ["BATCH_DOCUMENTS", "COLUMNS", "Prepared", "arrow_schema", "batch_tables", "encode", "features_of",
           "plain_type", "table"]

_S_ID, _S_START, _S_END = attrgetter("id"), attrgetter("start"), attrgetter("end")
Ints = npt.NDArray[np.int64]
BATCH_DOCUMENTS = 32  # documents per split made into Arrow tables at once (build's pass and the engine)


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


_SCHEMAS: dict[int, tuple[Features, pa.Schema, list[tuple[str, Any, pa.DataType, pa.DataType]]]] = {}


def arrow_schema(features: Features) -> pa.Schema:
    """``features.arrow_schema``, made once per ``Features`` object (``datasets`` makes
    it afresh on every access, its metadata written out as JSON each time: a hundredth
    of ``build``'s CPU time when asked once per table)."""
    return _schema_of(features)[1]


def _schema_of(features: Features) -> tuple[Features, pa.Schema, list[tuple[str, Any, pa.DataType, pa.DataType]]]:
    """The features (held, so that no other object takes their id), their Arrow schema
    and per column its name, feature, published type and :func:`plain_type`."""
    hit = _SCHEMAS.get(id(features))
    if hit is None or hit[0] is not features:
        if len(_SCHEMAS) > 64:  # bounded: callers that make their Features afresh each time
            _SCHEMAS.clear()
        schema = features.arrow_schema
        hit = _SCHEMAS[id(features)] = (features, schema, [(name, f, schema.field(name).type, plain_type(f))
                                                           for name, f in features.items()])
    return hit


def table(features: Features, columns: dict[str, Any]) -> pa.Table:
    """A table of ``features`` from columns of plain values (lists, or Arrow arrays of
    :func:`plain_type`). ``features`` must not change once a table is made of them (their
    schema is kept, :func:`arrow_schema`)."""
    _, schema, fields = _schema_of(features)
    arrays = []
    for name, f, published, plain in fields:
        col = columns[name]
        if isinstance(col, pa.Array) and col.type == published:
            arrays.append(col)  # already the published type (ids made by the column's own code: tokencols)
            continue
        arr = col if isinstance(col, pa.Array) else pa.array(col, type=plain)
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


def _segment_indices(doc: Document, s0: Ints | None = None) -> Ints:
    """Each span's segment index, :meth:`Document.segment_index` of its start (the
    ``spans`` rows' definition, :func:`~ghouta_corpus.build.features.spans_rows`): one
    ``searchsorted`` of the spans' starts in the segments' starts, which sorted starts
    make ``bisect_right`` (a valid document's are sorted; unsorted ones take the bisection
    per span). ``s0``: the spans' starts, when the caller has them as an array."""
    segs, spans = doc.segments, doc.spans
    gs = np.fromiter(map(_S_START, segs), np.int64, len(segs))
    if not len(segs) or (len(segs) > 1 and (gs[1:] < gs[:-1]).any()):
        return np.fromiter((doc.segment_index(s.start) for s in spans), np.int64, len(spans))
    ge = np.fromiter(map(_S_END, segs), np.int64, len(segs))
    if s0 is None:
        s0 = np.fromiter(map(_S_START, spans), np.int64, len(spans))
    i = np.searchsorted(gs, s0, side="right") - 1
    return np.where((i >= 0) & (s0 < ge[np.maximum(i, 0)]), i, -1)


_LAST_BATCH: list[Any] = [(), None]


def _batch_spans(batch: list[Prepared]) -> pa.StructArray:
    """Every span of the batch as one struct array, converted once for the two
    configs that need it (``spans`` and ``documents``' list of spans: 0.4 ms a
    document each). The last batch's array is kept with the documents it was made
    of (held, so that no other object can take their ids) and reused when the
    same documents come again."""
    key = tuple(batch)
    old = _LAST_BATCH[0]
    if len(old) != len(key) or any(a is not b for a, b in zip(old, key, strict=True)):
        _LAST_BATCH[:] = [key, _span_records([s for p in batch for s in p.doc.spans])]
    records: pa.StructArray = _LAST_BATCH[1]
    return records


def spans_columns(batch: list[Prepared]) -> dict[str, Any]:
    records = _batch_spans(batch)
    cols: dict[str, Any] = {("span_id" if k == "id" else k): records.field(k) for k in _SPAN_FIELDS}
    cols["doc_id"] = [p.doc.doc_id for p in batch for _ in p.doc.spans]
    starts = records.field("start").to_numpy()  # the batch's span starts, from its Arrow array
    bounds = [0, *accumulate(len(p.doc.spans) for p in batch)]
    parts = [_segment_indices(p.doc, starts[a:b]) for p, a, b in zip(batch, bounds[:-1], bounds[1:], strict=True)]
    cols["segment_index"] = pa.array(np.concatenate([np.zeros(0, np.int64), *parts]), pa.int32())
    return cols


_REF = {"span_id": "id", "label": "label", "text": "text", "start": "start", "end": "end"}  # a reference's fields


def _refs(records: pa.StructArray, picks: list[int], lengths: list[int]) -> pa.ListArray:
    """Lists of span references (id, label, text, offsets), one per row of
    ``lengths`` spans, taken from the batch's spans at ``picks`` (in C, not a dict
    per reference)."""
    ix = pa.array(picks, pa.int64())
    refs = pa.StructArray.from_arrays([records.field(k).take(ix) for k in _REF.values()], names=list(_REF))
    return pa.ListArray.from_arrays(pa.array([0, *accumulate(lengths)], pa.int32()), refs)


def _positions(batch: list[Prepared]) -> list[dict[str, int]]:
    """Each document's spans by id, as positions in the batch's spans (:func:`_batch_spans`)."""
    out, base = [], 0
    for p in batch:
        spans = p.doc.spans
        out.append(dict(zip(map(_S_ID, spans), range(base, base + len(spans)), strict=True)))
        base += len(spans)
    return out


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
    cols: dict[str, Any] = {k: [] for k in ("doc_id", "attribution_id", "type", "source_entity")}
    roles = ("source", "cue", "content")
    picks: dict[str, list[int]] = {role: [] for role in roles}
    lengths: dict[str, list[int]] = {role: [] for role in roles}
    for p, pos in zip(batch, _positions(batch), strict=True):
        d = p.doc
        for a in d.attributions:
            cols["doc_id"].append(d.doc_id)
            cols["attribution_id"].append(a.id)
            cols["type"].append(a.type)
            cols["source_entity"].append(a.source_entity)
            for role in roles:
                ids = getattr(a, role)
                picks[role].extend(map(pos.__getitem__, ids))
                lengths[role].append(len(ids))
    spans = _batch_spans(batch)
    return cols | {role: _refs(spans, picks[role], lengths[role]) for role in roles}


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
        cols["relations"].append([r.__dict__ for r in d.relations])
        cols["attributions"].append([a.__dict__ for a in d.attributions])
        cols["event_args"].append([e.__dict__ for e in d.event_args])
    offsets = pa.array([0, *accumulate(len(p.doc.spans) for p in batch)], pa.int32())
    return cols | {"spans": pa.ListArray.from_arrays(offsets, _batch_spans(batch))}


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
