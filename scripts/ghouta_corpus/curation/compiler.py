"""The compact-row compiler: text-anchored annotation rows of one document into a :class:`Document`.

Annotators (people or helper agents) never type offsets. They write one JSON object
per line, anchoring each span by a piece of context that occurs exactly once in the
document, with the span itself in square brackets::

    {"span": "ACTOR", "at": "1,500 [militants] and", "mention_type": "NOM", "actor_type": "armed_group", "entity": null}
    {"span": "COUNT", "at": "[Some 1,500] militants", "value": 1500, "modifier": "approximately",
     "min": null, "max": null, "unit": "count", "category": "evacuated", "of": ["1,500 [militants] and"]}
    {"span": "TIME", "at": "[Two days later], Faylaq", "timex_type": "DATE", "value_text": "XXXX-WXX-5",
     "value": "2018-03-23", "mod": null, "anchor": "On [Wednesday], the Ahrar"}
    {"span": "EVENT", "at": "have begun [evacuating] the town", "event_type": "evacuation", "polarity": "positive",
     "modality": "asserted", "event": "harasta-evacuation", "args": {"origin": ["town of [Harasta] in"]}}
    {"attribution": {"source": ["[It] added"], "cue": ["It [added]"],
                     "content": ["added that [they are ~~ two batches]"], "type": "indirect",
                     "source_entity": "hezbollah"}}
    {"entity": {"entity_id": "harasta", "canonical_name": "Harasta", "label": "LOCATION", "actor_type": null,
                "aliases": ["Harasta"]}}
    {"event": {"event_id": "harasta-evacuation", "event_type": "evacuation", "description": "...",
               "time": "2018-03-22", "location_entity": "harasta"}}

Inside brackets, ``A ~~ B`` stands for the stretch from ``A`` to the first ``B`` after
it. ``"occ": n`` picks the n-th occurrence when the context is not unique. A COUNT's
``of`` targets become COUNT_OF relations to the ACTOR or LOCATION span with exactly
those offsets, or to a new COUNTED span when there is none. A TIME span's ``anchor`` is
``"DCT"``, null or the anchor of another TIME span; an EVENT's ``args`` map each role to
anchors of existing spans with a label the role allows (``x-labels-by-role`` in the
schema). Lines starting with ``#`` are comments. Several compact files of one document
are read as one (the gold's entity, count and attribution rows plus the time and event
rows on top of them): identical spans (same label, offsets and attributes) and
identical attribution records are merged. Span ids are assigned in canonical order, so
the output is deterministic.

This module compiles one document (:func:`compile_rows`); :mod:`.authoring` compiles a
whole dataset folder (and is the command line), :mod:`.compact` writes annotation files
back as compact rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import DataError
from ..io import load_text, parse_json
from ..model.ids import renumber
from ..model.records import ROLE_LABELS, Attribution, Document, EventArg, Relation, Segment, Span
from ..model.vocab import labels_by_role
from ..text.segment import segment


class AnchorError(DataError, ValueError):
    """A compact row that cannot be compiled (an anchor that is not found or not unique,
    a missing attribute, a reference to no span); the message names document, file and line."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int


def occurrences(text: str, probe: str) -> list[int]:
    """Every start of ``probe`` in ``text``, overlapping ones included (``'[ ['`` occurs
    twice in ``'[ [ ['``), so that a context counted unique is unique and ``occ`` counts
    the same occurrences whoever wrote the anchor. A ``str.find`` walk, not a regex: a
    pattern per anchor overflowed ``re``'s cache, and compiling them was a third of a
    compile of the development set."""
    hits = []
    i = text.find(probe)
    while i >= 0:
        hits.append(i)
        i = text.find(probe, i + 1)
    return hits


def _hits(text: str, probe: str, occ: int | None) -> int:
    hits = occurrences(text, probe)
    if not hits:
        raise AnchorError(f"context not found: {probe!r}")
    if occ is None and len(hits) > 1:
        raise AnchorError(f"context occurs {len(hits)} times, add occ: {probe!r}")
    if occ is not None and not (1 <= occ <= len(hits)):
        raise AnchorError(f"occ {occ} but context occurs {len(hits)} times: {probe!r}")
    return hits[(occ or 1) - 1]


def resolve(text: str, at: str, occ: int | None = None) -> Anchor:
    """Offsets of the bracketed part of ``at`` in ``text`` (all of ``at`` when it has no brackets)."""
    m = re.fullmatch(r"(.*?)\[(.+)\](.*)", at, flags=re.S)
    before, inner, after = m.groups() if m else ("", at, "")
    if "~~" in inner:
        head, tail = (p.strip() for p in inner.split("~~", 1))
        start = _hits(text, before + head, occ) + len(before)
        t = text.find(tail + after, start + len(head))
        if t < 0:
            raise AnchorError(f"end {tail!r} not found after {head!r}")
        end = t + len(tail)
        if "\n" in text[start:end]:
            raise AnchorError(f"stretch {head!r} ~~ {tail!r} crosses a paragraph break")
        return Anchor(start, end)
    s = _hits(text, before + inner + after, occ) + len(before)
    return Anchor(s, s + len(inner))


def read_compact(path: Path) -> list[dict[str, Any]]:
    """The rows of one compact file, each with its line number (``_line``) and file name (``_file``)."""
    rows = []
    for n, line in enumerate(load_text(path).split("\n"), 1):  # on \n only: U+2028 may sit in a string
        line = line.strip()
        if not line or line.startswith("//") or line.startswith("#"):
            continue
        try:
            row = parse_json(line)   # strict: no duplicate keys, NaN or 1e999
        except (ValueError, RecursionError) as e:
            raise AnchorError(f"{path}:{n}: not JSON: {e}") from None
        if not isinstance(row, dict):
            raise AnchorError(f"{path}:{n}: a row is a JSON object, found {type(row).__name__}")
        rows.append({"_line": n, "_file": path.name, **row})
    return rows


def where(r: dict[str, Any]) -> str:
    """Where a row was read: ``file:line``, or ``line n`` for rows without a file."""
    return f"{r['_file']}:{r['_line']}" if r.get("_file") else f"line {r.get('_line', '?')}"


Key = tuple[str, int, int]  # (label, start, end): a span before it has an id


@dataclass(frozen=True)
class _SpanAt:
    """A TIME anchor that names another span, by offsets, until spans have ids."""
    start: int
    end: int


class Row(NamedTuple):
    """An entity or event table row of a compact file and where it was read."""
    where: str
    data: dict[str, Any]


class Compiled(NamedTuple):
    """One compiled document and the entity and event table rows its compact files hold."""
    document: Document
    entities: list[Row]
    events: list[Row]


# Attributes of each label's span rows: compact key -> the model's field name.
_SPAN_KEYS: dict[str, dict[str, str]] = {
    "ACTOR": {"mention_type": "mention_type", "actor_type": "actor_type"},
    "LOCATION": {"mention_type": "mention_type"},
    "COUNT": {k: k for k in ("value", "modifier", "min", "max", "unit", "category")},
    "TIME": {"timex_type": "timex_type", "value_text": "value_text", "value": "timex_value", "mod": "mod"},
    "EVENT": {"event_type": "event_type", "polarity": "polarity", "modality": "modality"},
}


class _Compiler:
    """The spans, relations, records and table rows of one document's rows."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: dict[Key, dict[str, Any]] = {}
        self.counts_of: list[tuple[Key, list[Anchor]]] = []
        self.args: list[tuple[str, Key, str, Anchor]] = []  # (where, event, role, target)
        self.attrs: list[dict[str, Any]] = []
        self.entities: list[Row] = []
        self.events: list[Row] = []

    def add(self, label: str, a: Anchor, extra: dict[str, Any]) -> Key:
        key = (label, a.start, a.end)
        prev = self.spans.get(key)
        if prev is not None and prev != extra:
            raise AnchorError(f"{label} {self.text[a.start:a.end]!r} annotated twice with different attributes: "
                              f"{prev} vs {extra}")
        self.spans[key] = extra
        return key

    def anchor(self, t: str | dict[str, Any]) -> Anchor:
        if isinstance(t, str):
            return resolve(self.text, t)
        if isinstance(t, dict) and isinstance(t.get("at"), str):
            return resolve(self.text, t["at"], t.get("occ"))
        raise AnchorError(f"an anchor is a string or {{\"at\": ..., \"occ\": n}}, found {t!r}")

    def span_row(self, r: dict[str, Any], at: str) -> None:
        label = r["span"]
        if label not in _SPAN_KEYS:
            raise AnchorError(f"unknown span label {label!r}; expected one of {', '.join(_SPAN_KEYS)}")
        extra = {field: r[key] for key, field in _SPAN_KEYS[label].items()}
        if label in ("ACTOR", "LOCATION"):
            extra["entity_id"] = r.get("entity")
        elif label == "TIME":
            anc = r["anchor"]
            extra["anchor"] = anc if anc is None or anc == "DCT" else _SpanAt(*self._offsets(anc))
        elif label == "EVENT":
            extra["event_id"] = r["event"]
        key = self.add(label, resolve(self.text, r["at"], r.get("occ")), extra)
        if label == "COUNT" and r.get("of"):
            self.counts_of.append((key, [self.anchor(t) for t in r["of"]]))
        if label == "EVENT":
            self.event_args(key, r.get("args") or {}, at)

    def _offsets(self, t: str | dict[str, Any]) -> tuple[int, int]:
        a = self.anchor(t)
        return a.start, a.end

    def event_args(self, key: Key, args: Any, at: str) -> None:
        if not isinstance(args, dict):
            raise AnchorError(f"args is an object of role -> list of anchors, found {args!r}")
        roles = labels_by_role()
        for role, targets in args.items():
            if role not in roles:
                raise AnchorError(f"unknown role {role!r}; expected one of {', '.join(roles)}")
            for t in targets:
                self.args.append((at, key, role, self.anchor(t)))

    def attribution_row(self, rec: dict[str, Any]) -> None:
        parts = {role: [self.add(label, self.anchor(t), {}) for t in rec.get(role, [])]
                 for role, label in ROLE_LABELS.items()}
        record = {"parts": parts, "type": rec["type"], "source_entity": rec.get("source_entity")}
        if record not in self.attrs:  # the same record in two compact files of the document is one record
            self.attrs.append(record)

    def row(self, r: dict[str, Any]) -> None:
        at = where(r)
        if "span" in r:
            self.span_row(r, at)
        elif isinstance(r.get("entity"), dict):
            self.entities.append(Row(at, r["entity"]))
        elif isinstance(r.get("event"), dict):
            self.events.append(Row(at, r["event"]))
        elif "attribution" in r:
            self.attribution_row(r["attribution"])
        else:
            raise AnchorError("row has none of span, attribution, entity, event")

    def _at(self, a: Anchor, labels: tuple[str, ...] | list[str]) -> list[Key]:
        return [k for k in self.spans if k[1] == a.start and k[2] == a.end and k[0] in labels]

    def relations(self) -> list[tuple[Key, Key]]:
        """COUNT_OF pairs: a target links to an existing mention with the same offsets,
        else to a new COUNTED span."""
        out = []
        for ckey, targets in self.counts_of:
            for a in targets:
                hit = self._at(a, ("ACTOR", "LOCATION", "COUNTED"))
                out.append((ckey, hit[0] if hit else self.add("COUNTED", a, {})))
        return out

    def references(self) -> tuple[list[tuple[Key, str, Key]], list[str]]:
        """EVENT_ARG triples (event, role, target) and the problems of references that
        name no span with a label they allow (event arguments, TIME anchors)."""
        errors, out = [], []
        allowed = labels_by_role()
        for at, ekey, role, a in self.args:
            hit = self._at(a, allowed[role])
            if hit:
                out.append((ekey, role, hit[0]))
            else:
                errors.append(f"{at}: {role} target {self.text[a.start:a.end]!r} is not a "
                              f"{'/'.join(allowed[role])} span")
        for key, extra in self.spans.items():
            anc = extra.get("anchor")
            if isinstance(anc, _SpanAt) and ("TIME", anc.start, anc.end) not in self.spans:
                errors.append(f"TIME {self.text[key[1]:key[2]]!r}: anchor {self.text[anc.start:anc.end]!r} is not a "
                              "TIME span")
        return out, errors


def compile_rows(doc_id: str, text: str, rows: list[dict[str, Any]], status: str = "gold") -> Compiled:
    """Compile compact rows (of one or several files) into a :class:`Document`, and
    collect the entity and event table rows they hold. Every row is compiled before
    the errors of all of them are raised together, one line each, as :class:`AnchorError`."""
    c = _Compiler(text)
    errors: list[str] = []
    for r in rows:
        try:
            c.row(r)
        except (AnchorError, KeyError, TypeError) as e:
            errors.append(f"{doc_id} {where(r)}: {e}")
    rel_rows = c.relations()
    arg_rows, problems = c.references()
    errors += [f"{doc_id} {p}" for p in problems]
    if errors:
        raise AnchorError("\n".join(errors))
    return Compiled(_document(doc_id, text, status, c, rel_rows, arg_rows), c.entities, c.events)


def _span(key: Key, extra: dict[str, Any], text: str, tid: dict[Key, str]) -> Span:
    anc = extra.get("anchor")
    if isinstance(anc, _SpanAt):
        extra = {**extra, "anchor": tid[("TIME", anc.start, anc.end)]}
    return Span(id=tid[key], label=key[0], start=key[1], end=key[2], text=text[key[1]:key[2]], **extra)


def _document(doc_id: str, text: str, status: str, c: _Compiler, rel_rows: list[tuple[Key, Key]],
              arg_rows: list[tuple[Key, str, Key]]) -> Document:
    """The compiled document with canonical ids (:func:`~ghouta_corpus.model.ids.renumber`):
    relations ordered by their COUNT and target span, records by their first cue,
    event arguments by trigger, role and target."""
    tid = {key: f"T{i}" for i, key in enumerate(c.spans, 1)}
    tmp = [_span(k, v, text, tid) for k, v in c.spans.items()]
    rels = [Relation(f"R{i}", "COUNT_OF", tid[a], tid[b]) for i, (a, b) in enumerate(rel_rows, 1)]
    recs = [Attribution.from_roles(f"A{i}", {role: [tid[k] for k in keys] for role, keys in a["parts"].items()},
                                   a["type"], a["source_entity"]) for i, a in enumerate(c.attrs, 1)]
    args = [EventArg(f"E{i}", tid[e], role, tid[t]) for i, (e, role, t) in enumerate(arg_rows, 1)]
    final, relations, attributions, event_args = renumber(tmp, rels, recs, args)
    by_id = {s.id: s for s in final}
    # the order of relations and records follows the canonical span ids, so renumber again
    relations = tuple(sorted(relations, key=lambda r: (int(r.count[1:]), int(r.target[1:]))))
    attributions = tuple(sorted(attributions, key=lambda a: min(by_id[i].start for i in a.cue)))
    final, relations, attributions, event_args = renumber(final, relations, attributions, event_args)
    segs = [Segment(f"S{i}", p.start, p.end, p.role) for i, p in enumerate(segment(text), 1)]
    return Document(doc_id, text, status, tuple(segs), final, relations, attributions, event_args=event_args)
