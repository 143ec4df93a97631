"""Claims (GUIDELINES G110): one row per COUNT, with what it counts, its event and
who reports it, derived from the annotation layers, never annotated.

A claim is a COUNT in context: its values and bounds, the spans it counts (COUNT_OF),
the EVENT trigger whose ``count`` argument it is (with that trigger's ``event_id`` and
``event_type``), and the chain of attribution records it sits in: the innermost record
whose CONTENT contains the COUNT, then the record whose CONTENT contains that record's
cue, and so on, always ending at the outlet, which reports everything in its article.
The source entity of a claim is the innermost record's ``source_entity`` (null when the
outlet itself states the number, or when the record's source is not linked).

Ids are deterministic and readable: a claim is ``<doc_id>:<start>-<end>`` (the COUNT's
offsets, which do not change when other spans are renumbered), a group
``<event_id>:<category>:<unit>``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..model.records import Attribution, Document, Span
from .intervals import Interval, bound_json, intersection, interval, show

Number = int | float


@dataclass(frozen=True)
class Counted:
    """A span a COUNT counts (the target of a COUNT_OF relation)."""
    span_id: str
    label: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"span_id": self.span_id, "label": self.label, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ChainLink:
    """One step of a claim's attribution chain: an attribution record (``record`` is
    its id) or, last, the outlet (``record`` None, ``source`` the outlet's name)."""
    record: str | None
    source: str | None
    source_entity: str | None = None
    cue: str | None = None
    type: str | None = None

    @property
    def is_outlet(self) -> bool:
        return self.record is None

    def to_json(self) -> dict[str, Any]:
        return {"kind": "outlet" if self.is_outlet else "record", "record": self.record, "source": self.source,
                "source_entity": self.source_entity, "cue": self.cue, "type": self.type}


@dataclass(frozen=True)
class Claim:
    """One COUNT in context (G110). ``event_*`` describe the EVENT trigger whose
    ``count`` argument the COUNT is (all None when it is no event's argument);
    ``chain`` runs innermost record first and ends with the outlet."""
    claim_id: str
    doc_id: str
    outlet: str | None
    split: str | None
    span_id: str
    start: int
    end: int
    text: str
    value: Number | None
    min: Number | None
    max: Number | None
    modifier: str | None
    unit: str | None
    category: str | None
    counted: tuple[Counted, ...] = ()
    event_span: str | None = None
    event_text: str | None = None
    event_id: str | None = None
    event_type: str | None = None
    chain: tuple[ChainLink, ...] = field(default_factory=tuple)
    group_id: str | None = None

    @property
    def source_entity(self) -> str | None:
        """The innermost record's source entity; None when the outlet states it."""
        return self.chain[0].source_entity if self.chain and not self.chain[0].is_outlet else None

    @property
    def source(self) -> str | None:
        """Who gives the number: the innermost record's SOURCE text, else the outlet."""
        return self.chain[0].source if self.chain else self.outlet

    @property
    def interval(self) -> Interval:
        """The values the claim admits (:func:`~ghouta_corpus.derive.intervals.interval`)."""
        return interval(self.value, self.modifier, self.min, self.max)

    @property
    def chain_length(self) -> int:
        """The number of attribution records the claim sits in (0: the outlet's own)."""
        return sum(1 for link in self.chain if not link.is_outlet)

    def to_json(self) -> dict[str, Any]:
        return {"claim_id": self.claim_id, "doc_id": self.doc_id, "outlet": self.outlet, "split": self.split,
                "span_id": self.span_id, "start": self.start, "end": self.end, "text": self.text,
                "value": self.value, "min": self.min, "max": self.max, "modifier": self.modifier,
                "unit": self.unit, "category": self.category, "counted": [c.to_json() for c in self.counted],
                "event_span": self.event_span, "event_text": self.event_text, "event_id": self.event_id,
                "event_type": self.event_type, "chain": [link.to_json() for link in self.chain],
                "chain_length": self.chain_length, "source": self.source, "source_entity": self.source_entity,
                "group_id": self.group_id}


def claim_id(doc_id: str, span: Span) -> str:
    """The claim id of a COUNT span: ``<doc_id>:<start>-<end>``."""
    return f"{doc_id}:{span.start}-{span.end}"


class _Contents:
    """The CONTENT spans of one document's attribution records, sorted by start, with
    the running maximum of their ends: the spans that contain an offset range are
    found by a bisection and a walk back that stops where no earlier span reaches far
    enough. A claim's chain asks every record about every COUNT; asking each record
    in turn was most of ``build``'s own CPU (issue 15)."""

    def __init__(self, d: Document) -> None:
        self.doc = d
        self.records: dict[str, Attribution] = {}
        for r in d.attributions:
            self.records.setdefault(r.id, r)
        spans = sorted((o.start, o.end, r.id) for r in d.attributions for o in map(d.span, r.content))
        self.starts = [a for a, _, _ in spans]
        self.spans = spans
        self.reach: list[int] = []
        best = -1
        for _, e, _ in spans:
            best = max(best, e)
            self.reach.append(best)

    def tightest(self, a: int, b: int, skip: set[str]) -> str | None:
        """The record not in ``skip`` with the shortest CONTENT span containing a..b
        (ties by record id), or None: the least ``(length, record id)`` over the
        containing spans, found in the same walk as :meth:`containing` without its
        dict (the least pair over the spans is the least over each record's shortest)."""
        best: tuple[int, str] | None = None
        spans, reach = self.spans, self.reach
        for j in range(bisect_right(self.starts, a) - 1, -1, -1):
            if reach[j] < b:
                break
            s, e, rid = spans[j]
            if e >= b and rid not in skip and (best is None or (e - s, rid) < best):
                best = (e - s, rid)
        return None if best is None else best[1]

    def containing(self, a: int, b: int) -> dict[str, int]:
        """``record id -> length of its shortest CONTENT span containing a..b``."""
        out: dict[str, int] = {}
        for j in range(bisect_right(self.starts, a) - 1, -1, -1):
            if self.reach[j] < b:
                break
            s, e, rid = self.spans[j]
            if e >= b and e - s < out.get(rid, e - s + 1):
                out[rid] = e - s
        return out


_LAST: list[_Contents] = []
"""The last document's index (one document at a time is asked about)."""


def _contents(d: Document) -> _Contents:
    if not _LAST or _LAST[0].doc is not d:
        _LAST[:] = [_Contents(d)]
    return _LAST[0]


def _innermost(d: Document, inner: list[Span], skip: set[str]) -> Attribution | None:
    """The record of ``d`` whose CONTENT contains every span of ``inner`` most tightly
    (the shortest containing CONTENT span; ties by record id), skipping ``skip``: for
    each record, the length of its shortest CONTENT span that contains each inner
    span, the largest of those over the inner spans, and the record with the least."""
    if not inner:
        return None
    index = _contents(d)
    if len(inner) == 1:  # one inner span (a COUNT, a one-span cue): no largest to take
        rid = index.tightest(inner[0].start, inner[0].end, skip)
        return None if rid is None else index.records[rid]
    sizes = [index.containing(s.start, s.end) for s in inner]
    ids = set(sizes[0]).intersection(*sizes[1:]) - skip
    if not ids:
        return None
    rid = min(ids, key=lambda i: (max(size[i] for size in sizes), i))
    return index.records[rid]


def _link(d: Document, r: Attribution) -> ChainLink:
    source = " ... ".join(d.span(i).text for i in r.source) or None
    cue = " ... ".join(d.span(i).text for i in r.cue)
    return ChainLink(r.id, source, r.source_entity, cue, r.type)


def attribution_chain(d: Document, count: Span, outlet: str | None) -> tuple[ChainLink, ...]:
    """The records ``count`` sits in, innermost first, then the outlet: each next
    record is the innermost one whose CONTENT contains the previous record's cues."""
    chain: list[ChainLink] = []
    seen: set[str] = set()
    current = _innermost(d, [count], seen)
    while current is not None:
        seen.add(current.id)
        chain.append(_link(d, current))
        current = _innermost(d, [d.span(i) for i in current.cue], seen)
    chain.append(ChainLink(None, outlet))
    return tuple(chain)


def _events_of(d: Document) -> dict[str, Span]:
    """COUNT id -> the EVENT trigger whose ``count`` argument the COUNT is (G133 allows
    one; of several, the first trigger in the text), from one walk over the arguments
    (not one per COUNT)."""
    triggers: dict[str, list[Span]] = {}
    for a in d.event_args:
        if a.role == "count":
            triggers.setdefault(a.target, []).append(d.span(a.event))
    return {k: min(v, key=lambda t: (t.start, t.end, t.id)) for k, v in triggers.items()}


_LAST_CLAIMS: list[Any] = []
"""The last document asked about (held, so that no other object can take its id),
its outlet and split, and its claims: ``build``'s statistics and its ``claims``
config ask for each document's claims one after the other."""


def document_claims(d: Document, outlet: str | None = None, split: str | None = None) -> list[Claim]:
    """The claims of one document, in text order. ``outlet`` and ``split`` default to
    the document's manifest entry (``d.meta``) when it has one. The same document
    asked again (the same object, outlet and split) gets the claims made the first
    time, in a list of its own (claims are frozen)."""
    if d.meta is not None:
        outlet = outlet if outlet is not None else d.meta.outlet
        split = split if split is not None else d.meta.split
    if _LAST_CLAIMS and _LAST_CLAIMS[0] is d and _LAST_CLAIMS[1] == (outlet, split):
        return list(_LAST_CLAIMS[2])
    out = _claims_of(d, outlet, split)
    _LAST_CLAIMS[:] = [d, (outlet, split), tuple(out)]
    return out


def _claims_of(d: Document, outlet: str | None, split: str | None) -> list[Claim]:
    out = []
    targets: dict[str, list[str]] = {}  # COUNT id -> its COUNT_OF targets in relation order, from one walk
    for r in d.relations:
        targets.setdefault(r.count, []).append(r.target)
    events = _events_of(d) if d.event_args else {}
    for s in sorted(d.spans_with("COUNT"), key=lambda s: (s.start, s.end)):
        counted = tuple(Counted(t.id, t.label, t.start, t.end, t.text)
                        for t in sorted((d.span(t) for t in targets.get(s.id, ())), key=lambda t: (t.start, t.end)))
        ev = events.get(s.id)
        out.append(Claim(claim_id(d.doc_id, s), d.doc_id, outlet, split, s.id, s.start, s.end, s.text, s.value,
                         s.min, s.max, s.modifier, s.unit, s.category, counted,
                         ev.id if ev else None, ev.text if ev else None, ev.event_id if ev else None,
                         ev.event_type if ev else None, attribution_chain(d, s, outlet)))
    return out


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of at least two documents about the same event, category and unit
    (G111), ``consistent`` when their intervals share a value (``common``), else
    ``conflicting``. The unit is part of the key because a percentage and a head count
    of the same event cannot contradict each other."""
    group_id: str
    event_id: str
    event_type: str | None
    category: str | None
    unit: str | None
    claims: tuple[Claim, ...]
    common: Interval | None

    @property
    def verdict(self) -> str:
        return "consistent" if self.common is not None else "conflicting"

    @property
    def documents(self) -> list[str]:
        return sorted({c.doc_id for c in self.claims})

    def to_json(self) -> dict[str, Any]:
        """Every field, each claim with its interval (null for an open bound) and source."""
        common = None if self.common is None else [bound_json(x) for x in self.common]
        return {"group_id": self.group_id, "event_id": self.event_id, "event_type": self.event_type,
                "category": self.category, "unit": self.unit, "verdict": self.verdict, "common": common,
                "documents": self.documents,
                "claims": [{**c.to_json(), "interval": [bound_json(x) for x in c.interval]} for c in self.claims]}


GroupKey = tuple[str, str | None, str | None]


def group_key(c: Claim) -> GroupKey | None:
    """``(event_id, category, unit)``, or None for a claim about no specific event."""
    return (c.event_id, c.category, c.unit) if c.event_id else None


def group_id(key: GroupKey) -> str:
    """``<event_id>:<category>:<unit>``."""
    return ":".join(str(k) for k in key)


def claim_groups(rows: Iterable[Claim]) -> list[ClaimGroup]:
    """The claim groups of ``rows``: claims with the same event, category and unit
    from at least two documents (claims of one article about one event count different
    things, such as fighters and civilians, far more often than they disagree), in
    group-id order, each group's claims in the order of ``rows``."""
    by_key: dict[GroupKey, list[Claim]] = {}
    for c in rows:
        key = group_key(c)
        if key is not None:
            by_key.setdefault(key, []).append(c)
    out = []
    for key, members in by_key.items():
        if len({c.doc_id for c in members}) < 2:
            continue
        types = sorted({c.event_type for c in members if c.event_type})
        out.append(ClaimGroup(group_id(key), key[0], types[0] if types else None, key[1], key[2], tuple(members),
                              intersection(c.interval for c in members)))
    return sorted(out, key=lambda g: g.group_id)


def claims(documents: Iterable[Document]) -> list[Claim]:
    """Every claim of ``documents`` (a :class:`~ghouta_corpus.io.Corpus`'s
    ``documents``, or :func:`~ghouta_corpus.io.iter_documents` to stream), in document
    and text order, each with the id of its claim group (None when it is in none)."""
    rows = [c for d in documents for c in document_claims(d)]
    ids = {c.claim_id: g.group_id for g in claim_groups(rows) for c in g.claims}
    return [replace(c, group_id=ids.get(c.claim_id)) for c in rows]


def chain_text(c: Claim) -> str:
    """The attribution chain in words, innermost first: ``a monitor < TRT World``."""
    return " < ".join(link.source or "(no source span)" for link in c.chain)


def group_table(g: ClaimGroup) -> tuple[str, list[list[str]]]:
    """A claim group as a title (event, category, unit, verdict) and rows (header
    first), one per claim: who, the figure, the values it admits, the source chain."""
    title = f"{g.event_id}: {g.category} ({g.unit}), {g.verdict}"
    rows = [["document", "figure", "admits", "source chain"]]
    rows += [[c.outlet or c.doc_id, c.text, show(c.interval), chain_text(c)] for c in g.claims]
    return title, rows
