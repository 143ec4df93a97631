"""brat standoff (export and read).

One ``<doc_id>.txt`` (the raw text, byte for byte) and ``<doc_id>.ann`` per document,
plus ``annotation.conf`` and ``visual.conf`` generated from the vocabularies so the
folder opens in brat, and ``documents.json`` (document metadata, status and segments,
which brat has no place for; brat ignores the file). In the ``.ann`` file, in this
order:

- ``T`` lines: every span with the annotation file's own id and label
  (``T3\\tACTOR 11 20\\tmilitants``); an EVENT trigger's type is its event type
  (``T40\\tevacuation 80 90\\tevacuating``), as brat wants an event's trigger.
- ``R`` lines: COUNT_OF relations with their own ids (``R1\\tCOUNT_OF Arg1:T2 Arg2:T3``,
  Arg1 the COUNT, Arg2 what it counts).
- ``E`` lines: each attribution record is an event whose trigger is its first CUE
  span, so the event type is ``CUE``; the record ``A<n>`` becomes ``E<n>`` (brat's
  ``A`` ids are attributes). Arguments are ``Source``, ``Content`` and further cues
  ``Cue``, a repeated role numbered from its second span on, in list order
  (``E12\\tCUE:T95 Source:T92 Cue2:T97 Content:T98 Content2:T99``). Then every EVENT
  trigger is a brat event of its event type, numbered on after the records, with its
  EVENT_ARG relations as arguments by role (``E50\\tevacuation:T40 agent:T3
  origin:T41 origin2:T42``); ``annotation.conf`` lists the roles each event type
  allows (GUIDELINES G106).
- ``A`` lines: the attributes with a closed vocabulary, named in CamelCase
  (``A1\\tActorType T3 armed_group``), on the span, or for an EVENT trigger
  (``Polarity``, ``Modality``) and an attribution record (``AttributionType``) on its
  event; ``origin`` is ``Origin`` on spans and events (a record's own origin on its
  event; an EVENT trigger's on its event).
- ``N`` lines: entity links as ``Corpus:<entity_id>`` references
  (``N1\\tReference T4 Corpus:harasta\\tHarasta``), also on an event for the
  record's ``source_entity``; and, for a mention whose entity has a GeoNames id,
  a second ``GeoNames:<id>`` reference, which the reader ignores (the entity table
  holds it).
- ``#`` lines: brat's annotator notes hold what brat's closed attribute lists cannot,
  as ``key=value`` words: a COUNT's numbers (``#1\\tAnnotatorNotes T2\\tvalue=1500
  min=1500 max=1500``: any number, not only those already in the corpus), a TIME
  span's ``value_text``, ``value`` and ``anchor``, an EVENT's ``event_id`` and the
  origins of its arguments (``arg_origin=auto,-,manual``), a COUNT_OF relation's
  ``origin``. Other words of a note are the annotator's comments and are ignored.

Export followed by read gives back the same documents with the same ids (EVENT_ARG
relations in the order of their events; an import renumbers canonically). The
reader reads lines in any order and rejects what the model cannot hold (unknown
labels, attributes, note keys or normalization databases) with the file and line. A
discontinuous SOURCE, CUE or CONTENT span (``T5\\tCONTENT 0 10;15 20\\t...``, brat's
way to mark content that a cue interrupts) becomes one span per fragment in its
records, in order (G54); other labels cannot be discontinuous. A document missing
from ``documents.json`` (made in brat) is read as a ``draft`` without segments or
metadata. The reader is :mod:`ghouta_corpus.formats.brat_read`.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..io import Corpus, atomic_write, dump_json
from ..model.records import (
    ATTRIBUTE_VOCAB,
    LABEL_ATTRIBUTES,
    ROLE_LABELS,
    Attribution,
    Document,
    Entity,
    Span,
    json_key,
    tag_columns,
)
from ..model.vocab import labels_by_role, roles_by_type, vocab
from .brat_read import (
    BRAT_META,
    CORPUS_DB,
    GEONAMES_DB,
    TRIGGER,
    camel,
    closed_attributes,
    note_attributes,
    read_brat,
    role_name,
)
from .common import safe_doc_id
from .registry import Format, FormatError, register

_PALETTE = ("#8fb2ff", "#7fe2a0", "#ffd27f", "#ffb07f", "#d9b3ff", "#ff9ecf", "#b0e0e6", "#e0e0a0", "#c0c0c0")


def _fmt(v: object) -> str:
    return json.dumps(v) if isinstance(v, (int, float)) else str(v)   # 1500 stays 1500, 2.5 stays 2.5


def _event_id(attribution_id: str) -> str:
    if not attribution_id.startswith("A"):
        raise FormatError(f"attribution id {attribution_id!r} does not start with A")
    return "E" + attribution_id[1:]


def _t_line(doc: Document, s: Span) -> str:
    if not s.id.startswith("T") or any(c.isspace() for c in s.id):
        raise FormatError(f"document {doc.doc_id}: span id {s.id!r} is not a brat text-bound id (T...)")
    if "\n" in s.text or "\r" in s.text:
        raise FormatError(f"document {doc.doc_id}: span {s.id} crosses a line break, which brat cannot show "
                          "as one span")
    kind = s.event_type if s.label == "EVENT" and s.event_type else s.label
    return f"{s.id}\t{kind} {s.start} {s.end}\t{s.text}"


def _arguments(pairs: list[tuple[str, str]]) -> list[str]:
    """``role:id`` words, a repeated role numbered from its second use on."""
    seen: dict[str, int] = {}
    out = []
    for role, sid in pairs:
        seen[role] = seen.get(role, 0) + 1
        out.append(f"{role}{seen[role] if seen[role] > 1 else ''}:{sid}")
    return out


def _record_arguments(a: Attribution) -> list[str]:
    """The trigger (the first cue), then every role's spans, a repeated role numbered."""
    args = [f"{TRIGGER}:{a.cue[0]}"]
    for field_name in ROLE_LABELS:
        ids = getattr(a, field_name)
        first = 1 if field_name == "cue" else 0      # the first cue is the trigger
        for k, sid in enumerate(ids[first:], first):
            args.append(f"{role_name(field_name)}{k + 1 if k else ''}:{sid}")
    return args


class _Ann:
    """The lines of one ``.ann`` file, in brat's order."""

    def __init__(self, doc: Document, entities: dict[str, Entity]) -> None:
        self.doc, self.entities = doc, entities
        self.lines: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.norms: list[tuple[str, str, str, str]] = []
        self.notes: list[tuple[str, str]] = []

    def link(self, target: str, entity_id: str) -> None:
        ent = self.entities.get(entity_id)
        if ent is None:
            raise FormatError(f"document {self.doc.doc_id}: {target} links to unknown entity {entity_id!r}")
        self.norms.append((target, CORPUS_DB, entity_id, ent.canonical_name))
        if ent.geonames_id is not None:
            self.norms.append((target, GEONAMES_DB, str(ent.geonames_id), ent.canonical_name))

    def note(self, target: str, pairs: list[tuple[str, object]]) -> None:
        words = [f"{k}={_fmt(v)}" for k, v in pairs if v is not None]
        if words:
            self.notes.append((target, " ".join(words)))

    def span(self, s: Span) -> None:
        self.lines.append(_t_line(self.doc, s))
        if s.label == "EVENT":
            return            # its attributes go on its event
        self.attrs += [(camel(n), s.id, v) for n in closed_attributes(s.label) if (v := getattr(s, n)) is not None]
        if s.origin is not None:
            self.attrs.append(("Origin", s.id, s.origin))
        if s.entity_id is not None:
            self.link(s.id, s.entity_id)
        self.note(s.id, [(json_key(s.label, n), getattr(s, n)) for n in note_attributes(s.label)])

    def event(self, eid: str, s: Span) -> None:
        args = [g for g in self.doc.event_args if g.event == s.id]
        words = [f"{s.event_type}:{s.id}", *_arguments([(g.role, g.target) for g in args])]
        self.lines.append(f"{eid}\t{' '.join(words)}")
        self.attrs += [(camel(n), eid, v) for n in closed_attributes("EVENT") if (v := getattr(s, n)) is not None]
        if s.origin is not None:
            self.attrs.append(("Origin", eid, s.origin))
        arg_origin = ",".join(g.origin or "-" for g in args) if any(g.origin for g in args) else None
        self.note(eid, [("event_id", s.event_id), ("arg_origin", arg_origin)])

    def text(self) -> str:
        out = self.lines + [f"A{i}\t{n} {t} {v}" for i, (n, t, v) in enumerate(self.attrs, 1)]
        out += [f"N{i}\tReference {t} {db}:{ref}\t{x}" for i, (t, db, ref, x) in enumerate(self.norms, 1)]
        out += [f"#{i}\tAnnotatorNotes {t}\t{x}" for i, (t, x) in enumerate(self.notes, 1)]
        return "".join(line + "\n" for line in out)


def _ann(doc: Document, entities: dict[str, Entity]) -> str:
    ann = _Ann(doc, entities)
    for s in doc.spans:
        ann.span(s)
    for r in doc.relations:
        if not r.id.startswith("R"):
            raise FormatError(f"document {doc.doc_id}: relation id {r.id!r} does not start with R")
        ann.lines.append(f"{r.id}\t{r.type} Arg1:{r.count} Arg2:{r.target}")
        ann.note(r.id, [("origin", r.origin)])
    for a in doc.attributions:
        eid = _event_id(a.id)
        ann.lines.append(f"{eid}\t{' '.join(_record_arguments(a))}")
        ann.attrs.append(("AttributionType", eid, a.type))
        if a.origin is not None:
            ann.attrs.append(("Origin", eid, a.origin))
        if a.source_entity is not None:
            ann.link(eid, a.source_entity)
    first = 1 + max((int(a.id[1:]) for a in doc.attributions if a.id[1:].isdecimal()), default=0)
    for k, s in enumerate((s for s in doc.spans if s.label == "EVENT"), first):
        if s.event_type is None:
            raise FormatError(f"document {doc.doc_id}: EVENT span {s.id} has no event_type")
        ann.event(f"E{k}", s)
    return ann.text()


def _annotation_conf() -> str:
    """brat's type system, from the vocabularies. Numbers, TIMEX3 values, anchors and
    event ids are annotator notes (free text), so any value can be entered."""
    labels = [lab for lab in vocab("label") if lab not in (TRIGGER, "EVENT")]
    counts = [lab for lab, names in LABEL_ATTRIBUTES.items() if "value" in names and lab != "TIME"]
    targets = [lab for lab in tag_columns()["mention"] if lab not in counts]
    out = ["# Generated by ghouta_corpus.formats from schema/vocabularies.schema.json; do not edit.",
           "[entities]", *labels, "", "[relations]"]
    out += [f"{rt} Arg1:{'|'.join(counts)}, Arg2:{'|'.join(targets)}" for rt in vocab("relation_type")]
    out += ["<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]"]
    quant = {"source": "*", "cue": "*", "content": "+"}
    out.append(f"{TRIGGER} {', '.join(f'{role_name(r)}{quant[r]}:{lab}' for r, lab in ROLE_LABELS.items())}")
    by_role = labels_by_role()
    for etype, roles in roles_by_type().items():
        out.append(f"{etype} " + ", ".join(f"{r}*:{'|'.join(by_role[r])}" for r in roles))
    out += ["", "[attributes]"]
    events = list(roles_by_type())
    for lab in ("ACTOR", "LOCATION", "COUNT", "TIME", "EVENT"):
        for name in closed_attributes(lab):
            line = f"{camel(name)} Arg:{'|'.join(events if lab == 'EVENT' else _owners(name))}, " \
                   f"Value:{'|'.join(_values(name))}"
            if line not in out:
                out.append(line)
    out.append(f"AttributionType Arg:{TRIGGER}, Value:{'|'.join(vocab('attribution_type'))}")
    out.append(f"Origin Arg:{'|'.join([*labels, TRIGGER, *events])}, Value:{'|'.join(vocab('origin'))}")
    return "\n".join(out) + "\n"


def _owners(name: str) -> list[str]:
    return [lab for lab in LABEL_ATTRIBUTES if lab != "EVENT" and name in closed_attributes(lab)]


def _values(name: str) -> list[str]:
    return vocab(ATTRIBUTE_VOCAB[name])


def _visual_conf() -> str:
    labels = vocab("label")
    out = ["# Generated by ghouta_corpus.formats; do not edit.", "[labels]"]
    out += [f"{lab} | {lab.capitalize()} | {lab[:3]}" for lab in labels]
    out += [f"{rt} | {rt.replace('_', ' ').lower()}" for rt in vocab("relation_type")]
    out += [f"{et} | {et}" for et in vocab("event_type")]
    out += ["", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5", "ATTRIBUTE_DEFAULT\tglyph:*"]
    out += [f"{lab}\tbgColor:{_PALETTE[i % len(_PALETTE)]}" for i, lab in enumerate(labels)]
    out += [f"{et}\tbgColor:{_PALETTE[-1]}" for et in vocab("event_type")]
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
    files.append(atomic_write(out / BRAT_META, dump_json({"documents": meta})))
    files.append(atomic_write(out / "annotation.conf", _annotation_conf()))
    files.append(atomic_write(out / "visual.conf", _visual_conf()))
    return files


FORMAT = register(Format("brat", "brat standoff: <doc_id>.txt/.ann, annotation.conf, visual.conf, documents.json",
                         export_brat, read_brat))
