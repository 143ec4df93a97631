"""Typed, immutable records of the annotation format and their JSON round trip.

A :class:`Document` holds the raw text and every annotation of one article. Records
refer to spans by id; :meth:`Document.span` is the one place an id is resolved.
Constructors check the invariants that need no other record (label known, offsets
ordered, attributes allowed for the label); rules that relate records to each other
or to the text live in :mod:`ghouta_corpus.validate`, which reports them all instead
of stopping at the first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import DataError
from .vocab import schemas, vocab, vocab_index


class ModelError(DataError, ValueError):
    """A record that cannot exist (unknown label, start after end, ...)."""


def _in(value: Any, name: str, what: str) -> None:
    if value not in vocab_index(name):
        raise ModelError(f"{what}: {value!r} is not one of {vocab(name)}")


def label_layers() -> dict[str, list[str]]:
    """Labels by layer of the spec (entity, count, attribution, time, event), from the schema."""
    return {k: list(v) for k, v in schemas()["vocabularies"]["$defs"]["label"]["x-layers"].items()}


def tag_columns() -> dict[str, list[str]]:
    """Labels by BIO tag column (mention, attribution, time, event), from the schema."""
    return {k: list(v) for k, v in schemas()["vocabularies"]["$defs"]["label"]["x-tag-columns"].items()}


# Attributes each label carries, in the order they are written to JSON. A TIME span's
# resolved value is the field ``timex_value`` (a string), written under the JSON key
# ``value`` as the spec has it (see JSON_KEYS); a COUNT's ``value`` is a number.
LABEL_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "ACTOR": ("mention_type", "actor_type", "entity_id"),
    "LOCATION": ("mention_type", "entity_id"),
    "COUNT": ("value", "modifier", "min", "max", "unit", "category"),
    "TIME": ("timex_type", "value_text", "timex_value", "mod", "anchor"),
    "EVENT": ("event_type", "polarity", "modality", "event_id"),
}
ALL_ATTRIBUTES: tuple[str, ...] = tuple(dict.fromkeys(a for names in LABEL_ATTRIBUTES.values() for a in names))
# (label, attribute) -> the JSON key it is written under, where that is not its name.
JSON_KEYS: dict[tuple[str, str], str] = {("TIME", "timex_value"): "value"}
# Attributes whose values come from a closed vocabulary, and the vocabulary's name.
ATTRIBUTE_VOCAB: dict[str, str] = {
    "mention_type": "mention_type", "actor_type": "actor_type", "modifier": "modifier", "unit": "unit",
    "category": "category", "timex_type": "timex_type", "mod": "timex_mod", "event_type": "event_type",
    "polarity": "polarity", "modality": "modality"}
NUMERIC_ATTRIBUTES = ("value", "min", "max")
_STRING_ATTRIBUTES = ("entity_id", "value_text", "timex_value", "anchor", "event_id")
# The one home of the attribution roles: each field of an Attribution record and the
# label its spans carry, in the record's order. Validation, exports, evaluation and the
# authoring compiler read the map from here.
ROLE_LABELS: dict[str, str] = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}


def json_key(label: str, attribute: str) -> str:
    """The JSON key a span attribute is written under (``timex_value`` of a TIME span is ``value``)."""
    return JSON_KEYS.get((label, attribute), attribute)


_T = TypeVar("_T")


def _bare(cls: type[_T], fields: dict[str, Any]) -> _T:
    """An instance of the frozen dataclass ``cls`` with ``fields`` set and its
    ``__post_init__`` checks skipped (fields left out keep the class's default)."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


@dataclass(frozen=True)
class Segment:
    id: str
    start: int
    end: int
    role: str

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ModelError(f"segment {self.id}: need 0 <= start < end, got {self.start}..{self.end}")
        _in(self.role, "segment_role", f"segment {self.id} role")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "role": self.role}


@dataclass(frozen=True)
class Span:
    id: str
    label: str
    start: int
    end: int
    text: str
    mention_type: str | None = None
    actor_type: str | None = None
    entity_id: str | None = None
    value: float | int | None = None
    modifier: str | None = None
    min: float | int | None = None
    max: float | int | None = None
    unit: str | None = None
    category: str | None = None
    origin: str | None = None
    timex_type: str | None = None
    value_text: str | None = None
    timex_value: str | None = None
    mod: str | None = None
    anchor: str | None = None
    event_type: str | None = None
    polarity: str | None = None
    modality: str | None = None
    event_id: str | None = None

    def __post_init__(self) -> None:
        _in(self.label, "label", f"span {self.id} label")
        if not (0 <= self.start < self.end):
            raise ModelError(f"span {self.id}: need 0 <= start < end, got {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ModelError(f"span {self.id}: text has {len(self.text)} characters for offsets "
                             f"{self.start}..{self.end}")
        allowed = LABEL_ATTRIBUTES.get(self.label, ())
        for name in ALL_ATTRIBUTES:
            v = getattr(self, name)
            if v is None:
                continue
            if name not in allowed:
                raise ModelError(f"span {self.id}: {self.label} has no attribute {name!r}")
            if name in ATTRIBUTE_VOCAB:
                _in(v, ATTRIBUTE_VOCAB[name], f"span {self.id} {name}")
            elif name in NUMERIC_ATTRIBUTES and (isinstance(v, bool) or not isinstance(v, (int, float))):
                raise ModelError(f"span {self.id}: {name} must be a number, found {v!r}")
            elif name in _STRING_ATTRIBUTES and not isinstance(v, str):
                raise ModelError(f"span {self.id}: {name} must be a string, found {v!r}")
        if self.origin is not None:
            _in(self.origin, "origin", f"span {self.id} origin")

    def attributes(self) -> dict[str, Any]:
        """The label's attributes by field name (``timex_value``, not the JSON key ``value``)."""
        return {name: getattr(self, name) for name in LABEL_ATTRIBUTES.get(self.label, ())}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label, "start": self.start,
                               "end": self.end, "text": self.text}
        out.update((json_key(self.label, k), v) for k, v in self.attributes().items())
        if self.origin is not None:
            out["origin"] = self.origin
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Span:
        """A span from its JSON record; the label decides which field a key such as
        ``value`` fills (a COUNT's number, a TIME span's resolved value)."""
        label = d.get("label", "")
        renamed = {json_key(label, n): n for n in LABEL_ATTRIBUTES.get(label, ()) if json_key(label, n) != n}
        kwargs: dict[str, Any] = {k: d[k] for k in ("id", "label", "start", "end", "text", "origin") if k in d}
        kwargs.update((n, d[n]) for n in ALL_ATTRIBUTES if n in d and n not in renamed)
        kwargs.update((n, d[key]) for key, n in renamed.items() if key in d)
        return cls(**kwargs)


def _origin(value: str | None, what: str) -> None:
    if value is not None:
        _in(value, "origin", f"{what} origin")


def _with_origin(out: dict[str, Any], origin: str | None) -> dict[str, Any]:
    """A record's JSON with its ``origin`` last, written only when set."""
    if origin is not None:
        out["origin"] = origin
    return out


@dataclass(frozen=True)
class Relation:
    """A COUNT_OF relation; ``origin`` says who made it (``auto``: the annotate command,
    not reviewed yet), like a span's."""
    id: str
    type: str
    count: str
    target: str
    origin: str | None = None

    def __post_init__(self) -> None:
        _in(self.type, "relation_type", f"relation {self.id} type")
        _origin(self.origin, f"relation {self.id}")

    def to_json(self) -> dict[str, Any]:
        return _with_origin({"id": self.id, "type": self.type, "count": self.count, "target": self.target},
                            self.origin)


@dataclass(frozen=True)
class Attribution:
    id: str
    source: tuple[str, ...]
    cue: tuple[str, ...]
    content: tuple[str, ...]
    type: str
    source_entity: str | None = None
    origin: str | None = None

    def __post_init__(self) -> None:
        _in(self.type, "attribution_type", f"attribution {self.id} type")
        _origin(self.origin, f"attribution {self.id}")
        if not self.cue:
            raise ModelError(f"attribution {self.id}: needs at least one cue")
        if not self.content:
            raise ModelError(f"attribution {self.id}: needs at least one content span")

    @classmethod
    def from_roles(cls, id: str, roles: Mapping[str, Iterable[str]], type: str,
                   source_entity: str | None = None, origin: str | None = None) -> Attribution:
        """A record from its span ids by role field (``{"source": [...], "cue": [...], ...}``)."""
        source, cue, content = (tuple(roles.get(role, ())) for role in ROLE_LABELS)
        return cls(id, source, cue, content, type, source_entity, origin)

    def span_ids(self) -> dict[str, tuple[str, ...]]:
        """Span ids per role label (``{"SOURCE": ..., "CUE": ..., "CONTENT": ...}``)."""
        return {label: getattr(self, role) for role, label in ROLE_LABELS.items()}

    def to_json(self) -> dict[str, Any]:
        return _with_origin({"id": self.id, "source": list(self.source), "cue": list(self.cue),
                             "content": list(self.content), "type": self.type, "source_entity": self.source_entity},
                            self.origin)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Attribution:
        return cls(d["id"], tuple(d["source"]), tuple(d["cue"]), tuple(d["content"]), d["type"], d.get("source_entity"),
                   d.get("origin"))


@dataclass(frozen=True)
class EventArg:
    """An EVENT_ARG relation (GUIDELINES G105): the EVENT trigger span ``event``, the
    ``role`` (a value of the ``event_role`` vocabulary) and the ``target`` span that fills it."""
    id: str
    event: str
    role: str
    target: str
    origin: str | None = None

    def __post_init__(self) -> None:
        _in(self.role, "event_role", f"event argument {self.id} role")
        _origin(self.origin, f"event argument {self.id}")

    def to_json(self) -> dict[str, Any]:
        return _with_origin({"id": self.id, "event": self.event, "role": self.role, "target": self.target},
                            self.origin)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EventArg:
        return cls(d["id"], d["event"], d["role"], d["target"], d.get("origin"))


@dataclass(frozen=True)
class Event:
    """A row of the corpus-wide event table (``events.json``, GUIDELINES G109): one real
    occurrence that EVENT triggers of any document refer to by ``event_id``."""
    event_id: str
    event_type: str
    description: str
    time: str | None = None
    location_entity: str | None = None

    def __post_init__(self) -> None:
        _in(self.event_type, "event_type", f"event {self.event_id} event_type")

    def to_json(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "event_type": self.event_type, "description": self.description,
                "time": self.time, "location_entity": self.location_entity}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Event:
        return cls(d["event_id"], d["event_type"], d["description"], d.get("time"), d.get("location_entity"))


@dataclass(frozen=True)
class ReviewStep:
    """One step of a document's review history (manifest ``review``): ``step`` from the
    ``review_step`` vocabulary, who or what made it (``by``), its day (``date``) and
    where that date comes from (``date_basis``: dates are never invented), with the
    step's ``name``, the ``layers`` it covered (all when empty) and where its files or
    notes are (``record``) where known."""
    step: str
    by: str
    date: str
    date_basis: str
    name: str | None = None
    layers: tuple[str, ...] = ()
    record: str | None = None

    def __post_init__(self) -> None:
        _in(self.step, "review_step", "review step")
        for layer in self.layers:
            _in(layer, "layer", f"review step {self.step} layer")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step}
        if self.name is not None:
            out["name"] = self.name
        if self.layers:
            out["layers"] = list(self.layers)
        out.update(by=self.by, date=self.date, date_basis=self.date_basis)
        if self.record is not None:
            out["record"] = self.record
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ReviewStep:
        return cls(d["step"], d["by"], d["date"], d["date_basis"], d.get("name"), tuple(d.get("layers", ())),
                   d.get("record"))


@dataclass(frozen=True)
class DocMeta:
    """A manifest entry. ``dct`` is the document creation time TIME values are resolved
    against and ``dct_basis`` where it comes from (GUIDELINES G97); ``genre`` is given
    for the development set's articles; ``review`` is the document's review history
    (:class:`ReviewStep`, oldest first). The four are written only when set."""
    doc_id: str
    outlet: str
    language: str
    source_file: str
    sha256: str
    char_count: int
    split: str
    event_date_range: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    dct: str | None = None
    dct_basis: str | None = None
    genre: str | None = None
    review: tuple[ReviewStep, ...] = ()

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DocMeta:
        return cls(d["doc_id"], d["outlet"], d["language"], d["source_file"], d["sha256"],
                   d["char_count"], d["split"], dict(d.get("event_date_range") or {}), d.get("dct"),
                   d.get("dct_basis"), d.get("genre"), tuple(ReviewStep.from_json(r) for r in d.get("review", ())))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id, "outlet": self.outlet, "language": self.language,
                               "source_file": self.source_file, "sha256": self.sha256,
                               "char_count": self.char_count, "split": self.split}
        out.update((k, v) for k, v in (("genre", self.genre), ("dct", self.dct), ("dct_basis", self.dct_basis))
                   if v is not None)
        if self.review:
            out["review"] = [r.to_json() for r in self.review]
        out["event_date_range"] = self.event_date_range
        return out


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    status: str
    segments: tuple[Segment, ...]
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    attributions: tuple[Attribution, ...]
    meta: DocMeta | None = None
    event_args: tuple[EventArg, ...] = ()

    def __post_init__(self) -> None:
        _in(self.status, "status", f"document {self.doc_id} status")
        index: dict[str, Span] = {}
        for s in self.spans:
            if s.id in index:
                raise ModelError(f"document {self.doc_id}: duplicate span id {s.id}")
            index[s.id] = s
        object.__setattr__(self, "_index", index)

    def span(self, span_id: str) -> Span:
        """Resolve a span id; the only place records' references are followed."""
        try:
            span: Span = self._index[span_id]  # type: ignore[attr-defined]
            return span
        except KeyError:
            raise ModelError(f"document {self.doc_id}: no span {span_id}") from None

    def has_span(self, span_id: str) -> bool:
        return span_id in self._index  # type: ignore[attr-defined]

    def spans_with(self, *labels: str) -> list[Span]:
        return [s for s in self.spans if s.label in labels]

    def segment_index(self, offset: int) -> int:
        """Index of the segment that contains ``offset`` (-1 if none)."""
        starts = self.__dict__.get("_seg_starts")
        if starts is None:
            starts = [g.start for g in self.segments]
            object.__setattr__(self, "_seg_starts", starts)
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < self.segments[i].end else -1

    def to_json(self) -> dict[str, Any]:
        """The annotation file (without the text, which lives in ``dataset/raw``)."""
        return {
            "doc_id": self.doc_id,
            "status": self.status,
            "segments": [s.to_json() for s in self.segments],
            "spans": [s.to_json() for s in self.spans],
            "relations": [r.to_json() for r in self.relations],
            "attributions": [a.to_json() for a in self.attributions],
            "event_args": [e.to_json() for e in self.event_args],
        }

    @classmethod
    def trusted(cls, d: dict[str, Any], text: str, meta: DocMeta | None = None) -> Document:
        """A document from an annotation record that validation has already passed
        (schema and every semantic rule, no finding), without re-checking each record's
        vocabularies: ``build`` and validate's gold gate make one per document from the
        parse they share, and the checks of :meth:`from_json` cost more than the parse.
        Equal to ``from_json(d, text, meta)`` for every valid record (tested)."""
        new, own = object.__new__, object.__setattr__  # a span's attributes: its record, uncopied (d is handed over)
        spans = [new(Span) for _ in d["spans"]]  # the loop below, not _bare, fills them: a call per span cost a third
        for sp, s in zip(spans, d["spans"], strict=True):
            if s["label"] == "TIME" and "value" in s:
                s = {k: v for k, v in s.items() if k != "value"} | {"timex_value": s["value"]}
            own(sp, "__dict__", s)
        attrs = tuple(_bare(Attribution, {**a, "source": tuple(a["source"]), "cue": tuple(a["cue"]),
                                          "content": tuple(a["content"])}) for a in d["attributions"])
        doc = _bare(cls, {"doc_id": d["doc_id"], "text": text, "status": d["status"],
                          "segments": tuple(_bare(Segment, g) for g in d["segments"]), "spans": tuple(spans),
                          "relations": tuple(_bare(Relation, r) for r in d["relations"]), "attributions": attrs,
                          "meta": meta, "event_args": tuple(_bare(EventArg, e) for e in d.get("event_args", ()))})
        index: dict[str, Span] = {}
        for sp in spans:
            index.setdefault(sp.id, sp)
        object.__setattr__(doc, "_index", index)
        return doc

    @classmethod
    def from_json(cls, d: dict[str, Any], text: str, meta: DocMeta | None = None) -> Document:
        return cls(
            doc_id=d["doc_id"], text=text, status=d["status"],
            segments=tuple(Segment(**s) for s in d["segments"]),
            spans=tuple(Span.from_json(s) for s in d["spans"]),
            relations=tuple(Relation(**r) for r in d["relations"]),
            attributions=tuple(Attribution.from_json(a) for a in d["attributions"]),
            meta=meta,
            event_args=tuple(EventArg.from_json(e) for e in d.get("event_args", ())),
        )


@dataclass(frozen=True)
class Entity:
    entity_id: str
    canonical_name: str
    label: str
    actor_type: str | None
    aliases: tuple[str, ...]
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_note: str | None = None

    def __post_init__(self) -> None:
        _in(self.label, "entity_label", f"entity {self.entity_id} label")
        if self.actor_type is not None:
            _in(self.actor_type, "actor_type", f"entity {self.entity_id} actor_type")

    def to_json(self) -> dict[str, Any]:
        return {"entity_id": self.entity_id, "canonical_name": self.canonical_name, "label": self.label,
                "actor_type": self.actor_type, "aliases": list(self.aliases), "geonames_id": self.geonames_id,
                "latitude": self.latitude, "longitude": self.longitude, "geonames_note": self.geonames_note}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entity:
        return cls(d["entity_id"], d["canonical_name"], d["label"], d.get("actor_type"), tuple(d.get("aliases", [])),
                   d.get("geonames_id"), d.get("latitude"), d.get("longitude"), d.get("geonames_note"))


def sort_spans(spans: Iterable[Span]) -> list[Span]:
    """Canonical span order: by start, longer first, then label order of the vocabulary."""
    order = {lab: i for i, lab in enumerate(vocab("label"))}
    return sorted(spans, key=lambda s: (s.start, -s.end, order[s.label], s.id))
