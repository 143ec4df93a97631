"""Reading brat standoff back into Documents (the layout is in :mod:`.brat`).

Lines are read in two rounds, whatever order an editor saved them in: first what
annotations exist (``T``, ``R``, ``E``), then what is said about them (``A``, ``N``,
``#``). Every problem names the ``.ann`` file and line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..io import load_json, load_text
from ..model.records import (
    ATTRIBUTE_VOCAB,
    LABEL_ATTRIBUTES,
    ROLE_LABELS,
    Attribution,
    DocMeta,
    Document,
    EventArg,
    ModelError,
    Relation,
    Segment,
    Span,
    json_key,
)
from ..model.vocab import vocab, vocab_index
from .registry import FormatError

TRIGGER = ROLE_LABELS["cue"]     # an attribution record's event type: its first CUE triggers it
CORPUS_DB = "Corpus"
GEONAMES_DB = "GeoNames"
BRAT_META = "documents.json"
SPLITTABLE = tuple(ROLE_LABELS.values())   # labels whose discontinuous spans are several spans of a record (G54)
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
_NOTE_WORD = re.compile(r"([a-z_]+)=(\S*)")


def camel(name: str) -> str:
    return "".join(p.capitalize() for p in name.split("_"))


def role_name(field_name: str) -> str:
    return camel(field_name)   # source -> Source


def closed_attributes(label: str) -> tuple[str, ...]:
    """A label's attributes with a closed vocabulary (brat attributes; an EVENT's type
    is its brat event type)."""
    return tuple(n for n in LABEL_ATTRIBUTES.get(label, ()) if n in ATTRIBUTE_VOCAB and n != "event_type")


def note_attributes(label: str) -> tuple[str, ...]:
    """A span's attributes written as ``key=value`` notes: numbers, TIMEX3 values, anchors."""
    return tuple(n for n in LABEL_ATTRIBUTES.get(label, ())
                 if n not in ATTRIBUTE_VOCAB and n not in ("entity_id", "event_id"))


@dataclass
class _State:
    """What one ``.ann`` file has declared so far."""
    where: Path
    text: str
    spans: dict[str, dict[str, Any]] = field(default_factory=dict)
    pieces: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    relations: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    def fail(self, n: int, why: str) -> FormatError:
        return FormatError(f"{self.where}:{n}: {why}")


def _t_line(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    if len(parts) < 3 or len(head) < 3:
        raise st.fail(n, "expected 'T<n>\\tLABEL START END[;START END...]\\tTEXT'")
    kind, where = parts[1].split(" ", 1)
    pieces = [tuple(int(x) for x in frag.split(" ")) for frag in where.split(";")]
    if any(len(p) != 2 or not 0 <= p[0] < p[1] <= len(st.text) for p in pieces):
        raise st.fail(n, f"offsets {where!r} are not a stretch of the text ({len(st.text)} characters)")
    label = "EVENT" if kind in vocab_index("event_type") else kind
    if label not in vocab_index("label"):
        raise st.fail(n, f"unknown label {kind!r}; known: {', '.join([*vocab('label'), *vocab('event_type')])}")
    if len(pieces) > 1 and label not in SPLITTABLE:
        raise st.fail(n, f"a discontinuous {label} span: only {', '.join(SPLITTABLE)} spans may be discontinuous "
                         "(they become several spans of their record, G54)")
    want = " ".join(st.text[a:b] for a, b in pieces)
    if parts[2] != want:
        raise st.fail(n, f"span text {parts[2]!r} is not the document's text at {where} ({want!r})")
    st.pieces[ident] = [(a, b) for a, b in pieces]
    st.spans[ident] = {"id": ident, "label": label, "event_type": kind if label == "EVENT" else None}


def _args(head: list[str]) -> list[tuple[str, str]]:
    return [(a.split(":", 1)[0].rstrip("0123456789"), a.split(":", 1)[1]) for a in head]


def _r_line(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    args = dict(a.split(":", 1) for a in head[1:])
    st.relations[ident] = {"type": head[0], "count": args["Arg1"], "target": args["Arg2"], "origin": None}


def _e_line(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    kind, trigger = head[0].split(":", 1)
    if kind == TRIGGER:
        by_role = {role_name(r): r for r in ROLE_LABELS}
        rec: dict[str, Any] = {r: [] for r in ROLE_LABELS}
        rec["cue"].append(trigger)
        for role, sid in _args(head[1:]):
            if role not in by_role:
                raise st.fail(n, f"unknown argument {role!r} of a {TRIGGER} event (attribution record)")
            rec[by_role[role]].append(sid)
        st.records[ident] = {**rec, "type": None, "source_entity": None, "origin": None}
    elif kind in vocab_index("event_type"):
        args = _args(head[1:])
        for role, _ in args:
            if role not in vocab_index("event_role"):
                raise st.fail(n, f"unknown event argument {role!r}; roles: {', '.join(vocab('event_role'))}")
        st.events[ident] = {"trigger": trigger, "kind": kind, "args": args, "attrs": {}, "arg_origin": None}
    else:
        raise st.fail(n, f"event type {kind!r}: expected {TRIGGER} (an attribution record) or an event type "
                         f"({', '.join(vocab('event_type'))})")


def _a_line(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    name, target, value = head
    if target in st.records:
        key = {"AttributionType": "type", "Origin": "origin"}.get(name)
        if key is None:
            raise st.fail(n, f"unknown attribute {name!r} of an attribution record")
        st.records[target][key] = value
        return
    label = st.events[target]["kind"] if target in st.events else st.spans[target]["label"]
    names = {camel(a): a for a in closed_attributes("EVENT" if target in st.events else label)} | {"Origin": "origin"}
    if name not in names:
        raise st.fail(n, f"unknown attribute {name!r} of {target}")
    (st.events[target]["attrs"] if target in st.events else st.spans[target])[names[name]] = value


def _n_line(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    _, target, ref = head
    db, ref_id = ref.split(":", 1)
    if db == GEONAMES_DB:
        return          # derived from the entity table on export
    if db != CORPUS_DB:
        raise st.fail(n, f"unknown normalization database {db!r} (expected {CORPUS_DB} or {GEONAMES_DB})")
    if target in st.records:
        st.records[target]["source_entity"] = ref_id
    else:
        st.spans[target]["entity_id"] = ref_id


def _number(s: str) -> float | int:
    if not _NUMBER.fullmatch(s):
        raise ValueError(f"{s!r} is not a number")
    value = int(s) if re.fullmatch(r"-?\d+", s) else float(s)
    if not math.isfinite(value):  # 1e999 overflows to infinity, as JSON's reader refuses too
        raise ValueError(f"{s!r} is not a finite number")
    return value


def _note(st: _State, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    target = head[1] if len(head) > 1 else ""
    words: dict[str, str] = {}
    for w in (parts[2] if len(parts) > 2 else "").split():
        m = _NOTE_WORD.fullmatch(w)
        if m:
            words[m.group(1)] = m.group(2)
    if target in st.relations:
        keys: dict[str, str] = {"origin": "origin"}
        into = st.relations[target]
    elif target in st.events:
        keys, into = {"event_id": "event_id", "arg_origin": "arg_origin"}, st.events[target]
    elif target in st.records:
        keys, into = {}, st.records[target]
    elif target in st.spans:
        label = st.spans[target]["label"]
        keys, into = {json_key(label, a): a for a in note_attributes(label)}, st.spans[target]
    else:
        raise KeyError(target)
    for key, value in words.items():
        if key not in keys:
            raise st.fail(n, f"note key {key!r} means nothing for {target}; its keys: {', '.join(keys) or 'none'}")
        into[keys[key]] = _number(value) if keys[key] in ("value", "min", "max") else value


# One reader per kind of .ann line, by the first character of its id.
_READERS: dict[str, Callable[[_State, int, str, list[str], list[str]], None]] = {
    "T": _t_line, "R": _r_line, "E": _e_line, "A": _a_line, "N": _n_line, "#": _note}


def _read_line(st: _State, n: int, line: str) -> None:
    parts = line.split("\t", 2)
    ident = parts[0]
    head = parts[1].split(" ") if len(parts) > 1 else []
    read = _READERS.get(ident[:1])
    if read is None:
        raise st.fail(n, f"unsupported annotation line {ident!r}")
    try:
        read(st, n, ident, head, parts)
    except FormatError:
        raise
    except KeyError as e:
        raise st.fail(n, f"refers to {e.args[0]!r}, which is not defined in the file") from None
    except (ValueError, IndexError, ModelError) as e:
        raise st.fail(n, f"malformed line {line!r}: {e}") from None


def _split(st: _State) -> tuple[list[Span], dict[str, list[str]]]:
    """The spans, one per fragment of a discontinuous one (new ids after the largest),
    and each brat id's span ids."""
    taken = [int(i[1:]) for i in st.spans if i[1:].isdecimal()]
    fresh = iter(range(max(taken, default=0) + 1, 10**9))
    spans, ids = [], {}
    for ident, rec in st.spans.items():
        ids[ident] = [ident] + [f"T{next(fresh)}" for _ in st.pieces[ident][1:]]
        for sid, (a, b) in zip(ids[ident], st.pieces[ident], strict=True):
            spans.append(Span.from_json({**{json_key(rec["label"], k): v for k, v in rec.items()
                                            if k not in ("id",) and v is not None},
                                         "id": sid, "start": a, "end": b, "text": st.text[a:b]}))
    return spans, ids


def _event_records(st: _State, spans: list[Span]) -> tuple[list[Span], list[EventArg]]:
    by_id = {s.id: s for s in spans}
    args: list[EventArg] = []
    for eid, ev in st.events.items():
        trig = by_id.get(ev["trigger"])
        if trig is None or trig.label != "EVENT":
            raise FormatError(f"{st.where}: event {eid}: its trigger {ev['trigger']} is no {ev['kind']} span")
        origins = (ev["arg_origin"] or "").split(",") if ev["arg_origin"] else []
        if origins and len(origins) != len(ev["args"]):
            raise FormatError(f"{st.where}: event {eid}: arg_origin lists {len(origins)} origins for "
                              f"{len(ev['args'])} arguments")
        a = ev["attrs"]
        by_id[trig.id] = replace(trig, polarity=a.get("polarity"), modality=a.get("modality"), origin=a.get("origin"),
                                 event_id=ev.get("event_id"))
        for k, (role, target) in enumerate(ev["args"]):
            o = origins[k] if origins and origins[k] != "-" else None
            args.append(EventArg(f"E{len(args) + 1}", trig.id, role, target, o))
    return list(by_id.values()), args


def parse_ann(doc_id: str, text: str, ann: str, where: Path, status: str,
              segments: tuple[Segment, ...], meta: DocMeta | None) -> Document:
    st = _State(where, text)
    numbered = [(n, line) for n, line in enumerate(ann.split("\n"), 1) if line.strip()]
    numbered.sort(key=lambda x: x[1][:1] in ("A", "N", "#"))   # what exists first, then what is said of it
    for n, line in numbered:
        _read_line(st, n, line)
    try:
        spans, ids = _split(st)
        spans, args = _event_records(st, spans)
        relations = [Relation(rid, r["type"], r["count"], r["target"], r["origin"]) for rid, r in st.relations.items()]
        records = []
        for eid, rec in st.records.items():
            if rec["type"] is None:
                raise FormatError(f"{where}: event {eid} has no AttributionType attribute")
            roles = {r: [x for sid in rec[r] for x in ids.get(sid, [sid])] for r in ROLE_LABELS}
            records.append(Attribution.from_roles("A" + eid[1:], roles, rec["type"], rec["source_entity"],
                                                  rec["origin"]))
        return Document(doc_id, text, status, segments, tuple(spans), tuple(relations), tuple(records), meta,
                        tuple(args))
    except (ModelError, TypeError) as e:
        raise FormatError(f"{where}: {e}") from None


def _records(meta_path: Path) -> dict[str, dict[str, Any]]:
    if not meta_path.exists():
        return {}
    try:
        return {r["doc_id"]: r for r in load_json(meta_path, FormatError)["documents"]}
    except (KeyError, TypeError) as e:
        raise FormatError(f"{meta_path}: malformed: {e}") from None


def read_brat(folder: Path) -> list[Document]:
    if not folder.is_dir():
        raise FormatError(f"{folder}: a brat export is a folder of .txt and .ann files")
    meta_path = folder / BRAT_META
    records = _records(meta_path)
    names = list(records) + sorted(p.stem for p in folder.glob("*.txt") if p.stem not in records)
    docs = []
    for name in names:
        rec = records.get(name, {})
        txt, ann = folder / f"{name}.txt", folder / f"{name}.ann"
        if not txt.exists():
            raise FormatError(f"{txt}: missing (listed in {meta_path})")
        try:
            meta = DocMeta.from_json(rec["meta"]) if rec.get("meta") else None
            segments = tuple(Segment(**s) for s in rec.get("segments", ()))
        except (KeyError, TypeError, ModelError) as e:
            raise FormatError(f"{meta_path}: document {name}: {e}") from None
        docs.append(parse_ann(name, load_text(txt, FormatError), load_text(ann, FormatError) if ann.exists() else "",
                              ann, rec.get("status", "draft"), segments, meta))
    return docs
