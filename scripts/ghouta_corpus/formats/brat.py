"""brat standoff (export and read).

brat standoff, one ``<doc_id>.txt`` (the raw text, byte for byte) and
``<doc_id>.ann`` per document, plus ``annotation.conf`` and ``visual.conf``
generated from the vocabularies so the folder opens in brat, and
``documents.json`` (document metadata, status and segments, which brat has no
place for; brat ignores the file). In the ``.ann`` file, in this order:

- ``T`` lines: every span with the annotation file's own id and label
  (``T3\\tACTOR 11 20\\tmilitants``).
- ``R`` lines: relations with their own ids (``R1\\tCOUNT_OF Arg1:T2 Arg2:T3``,
  Arg1 the COUNT, Arg2 what it counts), then the EVENT_ARG relations, numbered on
  after them and typed by their role (``R4\\torigin Arg1:T6 Arg2:T5``, Arg1 the EVENT
  trigger, Arg2 the argument).
- ``E`` lines: each attribution record is an event whose trigger is its first
  CUE span, so the event type is ``CUE``; the record ``A<n>`` becomes ``E<n>``
  (brat's ``A`` ids are attributes). Arguments are ``Source``, ``Content`` and
  further cues ``Cue``, a repeated role numbered from its second span on, in
  list order (``E12\\tCUE:T95 Source:T92 Cue2:T97 Content:T98 Content2:T99``).
  ``annotation.conf`` declares ``Cue*:CUE`` for the extra cues; brat's own
  consistency check may flag that argument (it points at a trigger span, not at
  an entity), which does not stop brat from showing or saving the file.
- ``A`` lines: attributes, multi-valued, named in CamelCase from the record's
  field names (``A1\\tActorType T3 armed_group``; COUNT ``Value``, ``Min`` and
  ``Max`` carry the number as written in JSON, ``1500`` or ``2.5``; a TIME span's
  ``ValueText``, resolved ``TimexValue``, ``Mod`` and ``Anchor`` and an EVENT's
  ``EventType``, ``Polarity``, ``Modality`` and ``EventId`` carry their values as
  written); null attributes are left out; the attribution type is
  ``AttributionType`` on the event; a span's ``origin`` is ``Origin``.
- ``N`` lines: entity links as ``Corpus:<entity_id>`` references
  (``N1\\tReference T4 Corpus:harasta\\tHarasta``), also on an event for the
  record's ``source_entity``; and, for a mention whose entity has a GeoNames id,
  a second ``GeoNames:<id>`` reference (``N2\\tReference T4 GeoNames:169897\\tHarasta``),
  which the reader ignores because the entity table already holds it.

Export followed by read gives back the same documents with the same ids. The reader
keeps the file's order of ``T``, ``R`` and ``E`` lines (annotations added in brat come
back last; :func:`ghouta_corpus.model.records.sort_spans` restores the canonical
order), reads ``A`` and ``N`` lines in any order, ignores ``#`` notes, and rejects
what the model cannot hold (discontinuous spans, unknown labels, attributes or
normalization databases) with the file and line. A document missing
from ``documents.json`` (made in brat) is read as a ``draft`` without segments or
metadata.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..io import Corpus, atomic_write, dump_json, load_json, load_text
from ..model.records import (
    ALL_ATTRIBUTES,
    ATTRIBUTE_VOCAB,
    LABEL_ATTRIBUTES,
    NUMERIC_ATTRIBUTES,
    ROLE_LABELS,
    Attribution,
    DocMeta,
    Document,
    Entity,
    EventArg,
    ModelError,
    Relation,
    Segment,
    Span,
    tag_columns,
)
from ..model.vocab import labels_by_role, vocab, vocab_index, vocab_names
from .common import safe_doc_id
from .registry import Format, FormatError, register

# Attribution fields (in argument order) and the span label each lists, as in
# Attribution.span_ids(); the first cue triggers the event.
_ROLE_LABEL = ROLE_LABELS  # the model's attribution roles, in argument order
_ROLES = tuple(_ROLE_LABEL)
_TRIGGER = _ROLE_LABEL["cue"]
_CORPUS_DB = "Corpus"
_GEONAMES_DB = "GeoNames"
_BRAT_META = "documents.json"
_PALETTE = ("#8fb2ff", "#7fe2a0", "#ffd27f", "#ffb07f", "#d9b3ff", "#ff9ecf", "#b0e0e6", "#e0e0a0", "#c0c0c0")


def _camel(name: str) -> str:
    return "".join(p.capitalize() for p in name.split("_"))


def _span_attribute_names() -> tuple[str, ...]:
    """Span fields written as brat attributes: every attribute but the entity link
    (an ``N`` line), then ``origin``."""
    return tuple(a for a in ALL_ATTRIBUTES if a != "entity_id") + ("origin",)


def _numeric(name: str) -> bool:
    return name in NUMERIC_ATTRIBUTES


def _closed(name: str) -> str | None:
    """The vocabulary of an attribute with a closed list of values, else None
    (numbers and free strings: annotation.conf lists the values the corpus uses)."""
    vocab_name = ATTRIBUTE_VOCAB.get(name, name)
    return vocab_name if vocab_name in vocab_names() else None


def _fmt_number(v: float | int) -> str:
    return json.dumps(v)   # 1500 stays 1500, 2.5 stays 2.5: the JSON spelling round-trips


def _parse_number(s: str) -> float | int:
    """A number as brat's attribute value writes it; ``nan``, ``inf`` and what
    overflows to it are refused (``ValueError``), as in JSON."""
    value = int(s) if re.fullmatch(r"-?\d+", s) else float(s)
    if not math.isfinite(value):
        raise ValueError(f"{s!r} is not a finite number")
    return value


def _role(field_name: str) -> str:
    return _camel(field_name)   # source -> Source


def _event_id(attribution_id: str) -> str:
    if not attribution_id.startswith("A"):
        raise FormatError(f"attribution id {attribution_id!r} does not start with A")
    return "E" + attribution_id[1:]


def _t_line_of(doc: Document, s: Span) -> str:
    if not s.id.startswith("T") or any(c.isspace() for c in s.id):
        raise FormatError(f"document {doc.doc_id}: span id {s.id!r} is not a brat text-bound id (T...)")
    if "\n" in s.text or "\r" in s.text:
        raise FormatError(f"document {doc.doc_id}: span {s.id} crosses a line break, which brat cannot show "
                          "as one span")
    return f"{s.id}\t{s.label} {s.start} {s.end}\t{s.text}"


def _event_arguments(a: Attribution) -> list[str]:
    """The trigger (the first cue), then every role's spans, a repeated role numbered."""
    args = [f"{_TRIGGER}:{a.cue[0]}"]
    for field_name in _ROLES:
        ids = getattr(a, field_name)
        first = 1 if field_name == "cue" else 0      # the first cue is the trigger
        for k, sid in enumerate(ids[first:], first):
            args.append(f"{_role(field_name)}{k + 1 if k else ''}:{sid}")
    return args


def _ann(doc: Document, entities: dict[str, Entity]) -> str:
    lines: list[str] = []
    attrs: list[tuple[str, str, str]] = []    # (name, target, value)
    norms: list[tuple[str, str, str, str]] = []   # (target, db, ref, text)

    def link(target: str, entity_id: str) -> None:
        ent = entities.get(entity_id)
        if ent is None:
            raise FormatError(f"document {doc.doc_id}: {target} links to unknown entity {entity_id!r}")
        norms.append((target, _CORPUS_DB, entity_id, ent.canonical_name))
        if ent.geonames_id is not None:
            norms.append((target, _GEONAMES_DB, str(ent.geonames_id), ent.canonical_name))

    for s in doc.spans:
        lines.append(_t_line_of(doc, s))
        attrs += [(_camel(name), s.id, _fmt_number(v) if _numeric(name) else v)
                  for name in _span_attribute_names() if (v := getattr(s, name)) is not None]
        if s.entity_id is not None:
            link(s.id, s.entity_id)
    for r in doc.relations:
        if not r.id.startswith("R"):
            raise FormatError(f"document {doc.doc_id}: relation id {r.id!r} does not start with R")
        lines.append(f"{r.id}\t{r.type} Arg1:{r.count} Arg2:{r.target}")
    taken = {r.id for r in doc.relations}
    free = (f"R{k}" for k in range(1, len(taken) + len(doc.event_args) + 1) if f"R{k}" not in taken)
    for arg, rid in zip(doc.event_args, free, strict=False):
        lines.append(f"{rid}\t{arg.role} Arg1:{arg.event} Arg2:{arg.target}")
    for a in doc.attributions:
        eid = _event_id(a.id)
        lines.append(f"{eid}\t{' '.join(_event_arguments(a))}")
        attrs.append(("AttributionType", eid, a.type))
        if a.source_entity is not None:
            link(eid, a.source_entity)
    lines += [f"A{i}\t{name} {target} {value}" for i, (name, target, value) in enumerate(attrs, 1)]
    lines += [f"N{i}\tReference {target} {db}:{ref}\t{text}" for i, (target, db, ref, text) in enumerate(norms, 1)]
    return "".join(line + "\n" for line in lines)


def _annotation_conf(corpus: Corpus) -> str:
    """brat's type system, from the vocabularies; numeric attribute values are the
    ones the corpus uses (brat wants a closed list)."""
    labels = vocab("label")
    entity_labels = [lab for lab in labels if lab != _TRIGGER]
    attributes_of: dict[str, list[str]] = {}
    for lab, names in LABEL_ATTRIBUTES.items():
        for n in names:
            attributes_of.setdefault(n, []).append(lab)
    counts = [lab for lab, names in LABEL_ATTRIBUTES.items() if "value" in names]
    targets = [lab for lab in tag_columns()["mention"] if lab not in counts]
    out = ["# Generated by ghouta_corpus.formats from schema/vocabularies.schema.json; do not edit.",
           "[entities]", *entity_labels, "", "[relations]"]
    for rt in vocab("relation_type"):
        out.append(f"{rt} Arg1:{'|'.join(counts)}, Arg2:{'|'.join(targets)}")
    for role, role_labels in labels_by_role().items():
        out.append(f"{role} Arg1:EVENT, Arg2:{'|'.join(role_labels)}")
    out += ["<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]"]
    # Source: none or several; Cue: further cues beyond the trigger; Content: one or more
    quant = {"source": "*", "cue": "*", "content": "+"}
    args = [f"{_role(r)}{quant[r]}:{lab}" for r, lab in _ROLE_LABEL.items()]
    out += [f"{_TRIGGER} {', '.join(args)}", "", "[attributes]"]
    for name in _span_attribute_names():
        targets_of = attributes_of.get(name, labels)
        closed = _closed(name)
        if closed is None:
            values = sorted({getattr(s, name) for d in corpus.documents for s in d.spans
                             if getattr(s, name) is not None})
            if not values:
                continue
            vals = [_fmt_number(v) if _numeric(name) else v for v in values]
        else:
            vals = vocab(closed)
        out.append(f"{_camel(name)} Arg:{'|'.join(targets_of)}, Value:{'|'.join(vals)}")
    out.append(f"AttributionType Arg:{_TRIGGER}, Value:{'|'.join(vocab('attribution_type'))}")
    return "\n".join(out) + "\n"


def _visual_conf() -> str:
    labels = vocab("label")
    out = ["# Generated by ghouta_corpus.formats; do not edit.", "[labels]"]
    out += [f"{lab} | {lab.capitalize()} | {lab[:3]}" for lab in labels]
    out += [f"{rt} | {rt.replace('_', ' ').lower()}" for rt in vocab("relation_type")]
    out += [f"{role} | {role}" for role in vocab("event_role")]
    out += ["", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5", "ATTRIBUTE_DEFAULT\tglyph:*"]
    out += [f"{lab}\tbgColor:{_PALETTE[i % len(_PALETTE)]}" for i, lab in enumerate(labels)]
    return "\n".join(out) + "\n"


def export_brat(corpus: Corpus, out: Path) -> list[Path]:
    entities = corpus.entity_index()
    files = []
    meta = []
    for doc in corpus.documents:
        name = safe_doc_id(doc.doc_id)
        files.append(atomic_write(out / f"{name}.txt", doc.text))
        files.append(atomic_write(out / f"{name}.ann", _ann(doc, entities)))
        meta.append({"doc_id": doc.doc_id, "status": doc.status, "meta": doc.meta.to_json() if doc.meta else None,
                     "segments": [s.to_json() for s in doc.segments]})
    files.append(atomic_write(out / _BRAT_META, dump_json({"documents": meta})))
    files.append(atomic_write(out / "annotation.conf", _annotation_conf(corpus)))
    files.append(atomic_write(out / "visual.conf", _visual_conf()))
    return files


# ---------------------------------------------------------------- reading

@dataclass
class _Ann:
    """What one ``.ann`` file has declared so far."""
    where: Path
    text: str
    spans: dict[str, dict[str, Any]] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    event_args: list[EventArg] = field(default_factory=list)

    def fail(self, n: int, why: str) -> FormatError:
        return FormatError(f"{self.where}:{n}: {why}")


def _t_line(st: _Ann, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    if len(parts) < 3 or len(head) != 3:
        raise st.fail(n, "expected 'T<n>\\tLABEL START END\\tTEXT' (discontinuous spans are not supported)")
    label, start, end = head[0], int(head[1]), int(head[2])
    if st.text[start:end] != parts[2]:
        raise st.fail(n, f"span text {parts[2]!r} is not the document's text at {start}..{end} "
                         f"({st.text[start:end]!r})")
    st.spans[ident] = {"id": ident, "label": label, "start": start, "end": end, "text": st.text[start:end]}


def _r_line(st: _Ann, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    args = dict(a.split(":", 1) for a in head[1:])
    if head[0] in vocab_index("event_role"):
        st.event_args.append(EventArg(f"E{len(st.event_args) + 1}", args["Arg1"], head[0], args["Arg2"]))
    else:
        st.relations.append(Relation(ident, head[0], args["Arg1"], args["Arg2"]))


def _e_line(st: _Ann, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    trig_type, trigger = head[0].split(":", 1)
    if trig_type != _TRIGGER:
        raise st.fail(n, f"event type {trig_type!r}: only {_TRIGGER} events (attributions) are known")
    rec: dict[str, Any] = {r: [] for r in _ROLES}
    rec["cue"].append(trigger)
    by_role = {_role(r): r for r in _ROLES}
    for a in head[1:]:
        role, sid = a.split(":", 1)
        base = role.rstrip("0123456789")
        if base not in by_role:
            raise st.fail(n, f"unknown event argument {role!r}")
        rec[by_role[base]].append(sid)
    rec["type"] = None
    rec["source_entity"] = None
    st.events[ident] = rec


def _a_line(st: _Ann, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    name, target, value = head
    attr_of_name = {_camel(a): a for a in _span_attribute_names()}
    if name == "AttributionType":
        st.events[target]["type"] = value
    elif name in attr_of_name:
        field_name = attr_of_name[name]
        st.spans[target][field_name] = _parse_number(value) if _numeric(field_name) else value
    else:
        raise st.fail(n, f"unknown attribute {name!r}")


def _n_line(st: _Ann, n: int, ident: str, head: list[str], parts: list[str]) -> None:
    _, target, ref = head
    db, ref_id = ref.split(":", 1)
    if db == _GEONAMES_DB:
        return          # derived from the entity table on export
    if db != _CORPUS_DB:
        raise st.fail(n, f"unknown normalization database {db!r} (expected {_CORPUS_DB} or {_GEONAMES_DB})")
    if target in st.events:
        st.events[target]["source_entity"] = ref_id
    else:
        st.spans[target]["entity_id"] = ref_id


# One reader per kind of .ann line, by the first letter of its id.
_LINE_READERS: dict[str, Callable[[_Ann, int, str, list[str], list[str]], None]] = {
    "T": _t_line, "R": _r_line, "E": _e_line, "A": _a_line, "N": _n_line}


def _read_line(st: _Ann, n: int, line: str) -> None:
    parts = line.split("\t", 2)
    ident = parts[0]
    head = parts[1].split(" ") if len(parts) > 1 else []
    read = _LINE_READERS.get(ident[:1])
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


def _parse_ann(doc_id: str, text: str, ann: str, where: Path, status: str,
               segments: tuple[Segment, ...], meta: DocMeta | None) -> Document:
    st = _Ann(where, text)
    numbered = [(n, line) for n, line in enumerate(ann.split("\n"), 1)
                if line.strip() and not line.startswith("#")]   # brat's AnnotatorNotes have no place in the model
    # spans, relations and events first, then the attributes and links that refer to
    # them, whatever order an editor saved the lines in
    numbered.sort(key=lambda x: x[1][:1] in ("A", "N"))
    for n, line in numbered:
        _read_line(st, n, line)
    try:
        span_records = tuple(Span.from_json(s) for s in st.spans.values())
        attributions = []
        for eid, rec in st.events.items():
            if rec["type"] is None:
                raise FormatError(f"{where}: event {eid} has no AttributionType attribute")
            attributions.append(Attribution("A" + eid[1:], tuple(rec["source"]), tuple(rec["cue"]),
                                            tuple(rec["content"]), rec["type"], rec["source_entity"]))
        return Document(doc_id, text, status, segments, span_records, tuple(st.relations), tuple(attributions), meta,
                        tuple(st.event_args))
    except ModelError as e:
        raise FormatError(f"{where}: {e}") from None


def _records(meta_path: Path) -> dict[str, dict[str, Any]]:
    if not meta_path.exists():
        return {}
    try:
        return {r["doc_id"]: r for r in load_json(meta_path, FormatError)["documents"]}
    except (KeyError, TypeError) as e:
        raise FormatError(f"{meta_path}: malformed: {e}") from None


def read_brat(folder: Path) -> list[Document]:
    meta_path = folder / _BRAT_META
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
        docs.append(_parse_ann(name, load_text(txt, FormatError), load_text(ann, FormatError) if ann.exists() else "",
                               ann, rec.get("status", "draft"), segments, meta))
    return docs


FORMAT = register(Format("brat", "brat standoff: <doc_id>.txt/.ann, annotation.conf, visual.conf, documents.json",
                         export_brat, read_brat))
