"""The published ``claims`` config (issue 17): one row per claim, from
:mod:`ghouta_corpus.derive` only (the same derivation as ``ghouta-corpus claims``,
``evaluate`` and the card), with its claim group and the group's verdict.

A claim is a COUNT in context (GUIDELINES G110): its figure and normalised values,
what it counts, the EVENT trigger whose ``count`` argument it is (with the event id
and type), and its attribution chain innermost first, ending with the outlet. Each
link of the chain gives its record, type and source entity, and the extent of its
SOURCE and CUE spans in the text (``source_text`` runs from the first SOURCE span to
the last; discontinuous spans are in the ``attributions`` config). ``group_id`` and
``verdict`` (``consistent`` or ``conflicting``, G111) are null for a claim in no group.

Groups need every document, so the collector writes the rows after the last document;
until then they wait on disk, and only the claims a group can hold (those about an
event) in memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from datasets import Features, List, Value

from ..derive import Claim, claim_groups, document_claims
from ..model.records import Attribution, Document
from .features import Config, RowsOf, _idx, _num, _span_ref, cl, register


def claims_features() -> Features:
    link = {"kind": Value("string"), "record": Value("string"), "type": cl("attribution_type"),
            "source_entity": Value("string"), "source_text": Value("string"), "source_start": Value("int32"),
            "source_end": Value("int32"), "cue_text": Value("string"), "cue_start": Value("int32"),
            "cue_end": Value("int32")}
    return Features({
        "claim_id": Value("string"), "doc_id": Value("string"), "outlet": Value("string"),
        "span_id": Value("string"), "text": Value("string"), "start": Value("int32"), "end": Value("int32"),
        "value": Value("float64"), "min": Value("float64"), "max": Value("float64"), "modifier": cl("modifier"),
        "unit": cl("unit"), "category": cl("category"), "counted": List(_span_ref()),
        "event_span_id": Value("string"), "event_text": Value("string"), "event_start": Value("int32"),
        "event_end": Value("int32"), "event_id": Value("string"), "event_type": cl("event_type"),
        "chain": List(link), "chain_length": Value("int32"), "source_entity": Value("string"),
        "group_id": Value("string"), "verdict": cl("claim_verdict"),
    })


def _extent(doc: Document, ids: tuple[str, ...]) -> tuple[str | None, int | None, int | None]:
    if not ids:
        return None, None, None
    if len(ids) == 1:  # most SOURCEs and CUEs are one span: its own extent
        s = doc.span(ids[0])
        return doc.text[s.start:s.end], s.start, s.end
    spans = [doc.span(i) for i in ids]
    a, b = min(s.start for s in spans), max(s.end for s in spans)
    return doc.text[a:b], a, b


def _chain(doc: Document, c: Claim, records: dict[str, Attribution]) -> list[dict[str, Any]]:
    out = []
    for link in c.chain:
        r = records.get(link.record) if link.record else None
        st, sa, sb = _extent(doc, r.source if r else ())
        ct, ca, cb = _extent(doc, r.cue if r else ())
        out.append({"kind": "outlet" if link.is_outlet else "record", "record": link.record,
                    "type": _idx("attribution_type", link.type), "source_entity": link.source_entity,
                    "source_text": st, "source_start": sa, "source_end": sb, "cue_text": ct, "cue_start": ca,
                    "cue_end": cb})
    return out


def claim_row(doc: Document, c: Claim, records: dict[str, Attribution] | None = None) -> dict[str, Any]:
    """A claim's row without its group (``group_id`` and ``verdict`` filled at the end);
    ``records``: the document's attribution records by id, when the caller has them
    (one dict per document, not per claim)."""
    if records is None:
        records = {r.id: r for r in doc.attributions}
    ev = doc.span(c.event_span) if c.event_span else None
    return {"claim_id": c.claim_id, "doc_id": c.doc_id, "outlet": c.outlet, "span_id": c.span_id, "text": c.text,
            "start": c.start, "end": c.end, "value": _num(c.value), "min": _num(c.min), "max": _num(c.max),
            "modifier": _idx("modifier", c.modifier), "unit": _idx("unit", c.unit),
            "category": _idx("category", c.category),
            "counted": [{"span_id": t.span_id, "label": _idx("label", t.label), "text": t.text, "start": t.start,
                         "end": t.end} for t in c.counted],
            "event_span_id": c.event_span, "event_text": ev.text if ev else None,
            "event_start": ev.start if ev else None, "event_end": ev.end if ev else None,
            "event_id": c.event_id, "event_type": _idx("event_type", c.event_type), "chain": _chain(doc, c, records),
            "chain_length": c.chain_length, "source_entity": c.source_entity, "group_id": None, "verdict": None}


class Claims:
    """Collector of ``claims``: every document's rows, with their groups filled in at
    the end (groups need every document).

    Only the claims about an event stay in memory (a group is made of those alone,
    :func:`~ghouta_corpus.derive.claims.group_key`); the rows wait on disk, so that
    memory does not grow with the number of claims (kept as dicts, they were most of
    ``build``'s memory, about 120 KB per synthetic document, issue 15). They wait as
    Arrow: each split's rows are made into a record batch every :data:`SPOOL_ROWS`
    rows and written, in pass order, to an Arrow IPC stream in an anonymous temporary
    file (never named on disk, gone with the process), and at the end each batch
    gets its ``group_id`` and ``verdict`` columns and is handed on as a table
    (:meth:`finish_tables`, what ``build`` writes). Spooled as one ``orjson`` line per
    row instead, the rows cost a dump, a parse and a dict merge each and were turned
    into Arrow only after that: about 3% of ``build``'s CPU time on 2,000 synthetic
    documents. :meth:`finish` gives the same rows as dicts (the registry's protocol)."""

    def __init__(self, dataset: Path) -> None:
        self.claims: list[Claim] = []
        self.spool: IO[bytes] = tempfile.TemporaryFile()
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.splits: list[str] = []  # the split of each spooled batch, in stream order
        self.writer: Any = None
        self.first: dict[str, Any] | None = None  # the first row of the pass (the card's sample)
        self.group_of: dict[str, tuple[str, int | None]] | None = None  # claim id -> group id, verdict id

    def add(self, doc: Document) -> RowsOf:
        split = doc.meta.split if doc.meta else "train"
        records = {r.id: r for r in doc.attributions}
        rows = self.pending.setdefault(split, [])
        for c in document_claims(doc):
            if c.event_id:
                self.claims.append(c)
            rows.append(claim_row(doc, c, records))
        if self.first is None and rows:
            self.first = rows[0]
        if len(rows) >= SPOOL_ROWS:
            self._spool(split)
        return iter(())

    def _spool(self, split: str) -> None:
        import pyarrow as pa
        rows = self.pending.pop(split, [])
        if not rows:
            return
        batch = pa.RecordBatch.from_pylist(rows, schema=_schema())
        if self.writer is None:
            self.writer = pa.ipc.new_stream(self.spool, batch.schema)
        self.writer.write_batch(batch)
        self.splits.append(split)

    def _groups(self) -> dict[str, tuple[str, int | None]]:
        """Each grouped claim's group id and verdict id (made once, after the last document)."""
        if self.group_of is None:
            self.group_of = {c.claim_id: (g.group_id, _idx("claim_verdict", g.verdict))
                             for g in claim_groups(self.claims) for c in g.claims}
        return self.group_of

    def finish_tables(self) -> Iterator[tuple[str, Any]]:
        """``(split, table)`` pairs in pass order (a split's rows in its order), each
        table of the config's schema with its groups filled in."""
        import pyarrow as pa
        for split in list(self.pending):
            self._spool(split)
        groups = self._groups()
        schema = _schema()
        with self.spool:
            if self.writer is None:
                return
            self.writer.close()
            self.spool.seek(0)
            for split, batch in zip(self.splits, pa.ipc.open_stream(self.spool), strict=True):
                found = [groups.get(cid) for cid in batch.column("claim_id").to_pylist()]
                gid = pa.array([None if g is None else g[0] for g in found], schema.field("group_id").type)
                verdict = pa.array([None if g is None else g[1] for g in found], schema.field("verdict").type)
                table = pa.Table.from_batches([batch])
                table = table.set_column(schema.get_field_index("group_id"), "group_id", gid)
                yield split, table.set_column(schema.get_field_index("verdict"), "verdict", verdict)

    def sample(self) -> dict[str, Any] | None:
        """The pass's first row as :meth:`finish` gives it (with its group), or None."""
        if self.first is None:
            return None
        g = self._groups().get(self.first["claim_id"])
        return self.first if g is None else {**self.first, "group_id": g[0], "verdict": g[1]}

    def finish(self) -> RowsOf:
        for split, table in self.finish_tables():
            for row in table.to_pylist():
                yield split, row


SPOOL_ROWS = 4096
"""Rows of a split per spooled record batch."""


@cache
def _schema() -> Any:
    return claims_features().arrow_schema


CLAIMS = register(Config(
    "claims", "One row per claim (a COUNT in context, derived, never annotated): figure, values, what it counts, "
    "its event, its attribution chain up to the outlet, and its claim group across documents with the group's "
    "verdict (consistent or conflicting).", claims_features, per="corpus", collect=Claims,
    text_columns=("text", "counted.text", "event_text", "chain.source_text", "chain.cue_text")))
