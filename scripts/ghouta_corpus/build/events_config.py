"""The published event configs (issue 17): ``events`` and ``event_table``.

``events`` has one row per EVENT trigger mention: the trigger (text and offsets), its
type, polarity and modality, its ``event_id`` with that event's row of the corpus-wide
event table joined in (description, time, location entity), and its EVENT_ARG
arguments as a list of ``{role, span_id, label, text, start, end}``: what a
``load_dataset(..., "events")`` user needs to train or score event extraction without
another join. ``event_table`` is ``events.json`` itself, split like the documents: an
event's row is in every split whose documents mention it, with its mention count and
those documents (an event no document mentions, which ``validate`` reports, is kept in
the first split).

Rows are computed from the per-document model (:class:`~ghouta_corpus.model.records.Document`)
and the event table only, through the config registry (:func:`.features.register`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from datasets import Features, List, Value

from ..io.corpus import load_events
from ..model.records import Document, Event
from ..model.vocab import vocab
from .features import Config, RowsOf, _idx, cl, register


def events_features() -> Features:
    return Features({
        "doc_id": Value("string"), "span_id": Value("string"), "text": Value("string"),
        "start": Value("int32"), "end": Value("int32"), "segment_index": Value("int32"),
        "event_type": cl("event_type"), "polarity": cl("polarity"), "modality": cl("modality"),
        "event_id": Value("string"), "event_description": Value("string"), "event_time": Value("string"),
        "event_location_entity": Value("string"),
        "arguments": List({"role": cl("event_role"), "span_id": Value("string"), "label": cl("label"),
                           "text": Value("string"), "start": Value("int32"), "end": Value("int32")}),
    })


def event_mentions(doc: Document, table: dict[str, Event]) -> Iterator[dict[str, Any]]:
    """One row per EVENT trigger of ``doc``, in text order, with its arguments in
    text order of their targets."""
    args: dict[str, list[dict[str, Any]]] = {}
    for a in doc.event_args:
        t = doc.span(a.target)
        args.setdefault(a.event, []).append({"role": _idx("event_role", a.role), "span_id": t.id,
                                             "label": _idx("label", t.label), "text": t.text, "start": t.start,
                                             "end": t.end})
    for s in sorted(doc.spans_with("EVENT"), key=lambda s: (s.start, s.end, s.id)):
        ev = table.get(s.event_id) if s.event_id else None
        yield {"doc_id": doc.doc_id, "span_id": s.id, "text": s.text, "start": s.start, "end": s.end,
               "segment_index": doc.segment_index(s.start), "event_type": _idx("event_type", s.event_type),
               "polarity": _idx("polarity", s.polarity), "modality": _idx("modality", s.modality),
               "event_id": s.event_id, "event_description": ev.description if ev else None,
               "event_time": ev.time if ev else None, "event_location_entity": ev.location_entity if ev else None,
               "arguments": sorted(args.get(s.id, []), key=lambda r: (r["start"], r["end"], r["span_id"]))}


class EventMentions:
    """Collector of ``events``: rows as each document comes (the event table is read once)."""

    def __init__(self, dataset: Path) -> None:
        self.table = load_events(dataset)

    def add(self, doc: Document) -> RowsOf:
        split = doc.meta.split if doc.meta else "train"
        return ((split, row) for row in event_mentions(doc, self.table))

    def finish(self) -> RowsOf:
        return iter(())


def event_table_features() -> Features:
    return Features({"event_id": Value("string"), "event_type": cl("event_type"), "description": Value("string"),
                     "time": Value("string"), "location_entity": Value("string"), "mentions": Value("int32"),
                     "documents": List(Value("string"))})


class EventTable:
    """Collector of ``event_table``: mentions per split and event, rows at the end."""

    def __init__(self, dataset: Path) -> None:
        self.table = load_events(dataset)
        self.mentions: dict[tuple[str, str], int] = {}
        self.documents: dict[tuple[str, str], list[str]] = {}

    def add(self, doc: Document) -> RowsOf:
        split = doc.meta.split if doc.meta else "train"
        for s in doc.spans_with("EVENT"):
            if s.event_id:
                key = (split, s.event_id)
                self.mentions[key] = self.mentions.get(key, 0) + 1
                docs = self.documents.setdefault(key, [])
                if not docs or docs[-1] != doc.doc_id:
                    docs.append(doc.doc_id)
        return iter(())

    def finish(self) -> RowsOf:
        used = {eid for _, eid in self.mentions}
        first = vocab("split")[0]
        for split in vocab("split"):
            for eid in sorted(self.table):
                if (split, eid) in self.mentions or (split == first and eid not in used):
                    e = self.table[eid]
                    yield split, {"event_id": eid, "event_type": _idx("event_type", e.event_type),
                                  "description": e.description, "time": e.time, "location_entity": e.location_entity,
                                  "mentions": self.mentions.get((split, eid), 0),
                                  "documents": self.documents.get((split, eid), [])}


EVENTS = register(Config(
    "events", "One row per EVENT trigger mention: trigger text and offsets, type, polarity, modality, its event "
    "(event_id, with the event table's description, time and location entity joined in) and its EVENT_ARG "
    "arguments (role and target span).", events_features, per="corpus", collect=EventMentions,
    text_columns=("text", "arguments.text")))
EVENT_TABLE = register(Config(
    "event_table", "The corpus-wide event table (events.json: the real events triggers refer to across documents); "
    "each split has the events its documents mention, with how often and where.", event_table_features,
    per="corpus", collect=EventTable))
