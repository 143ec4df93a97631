"""Export (and re-import) the corpus in the formats other tools read.

:data:`EXPORTERS` is the registry: one :class:`Format` per format name, each with an
``export(corpus, out_dir)`` writer and, where the format can carry the whole
annotation, a ``read(folder)`` reader. Adding a format is adding one entry.
:func:`export` is the entry point: it writes into a temporary folder beside ``out``
and moves it into place only when every file is written, so a failed export never
leaves half an output behind. Every label and attribute list below is read from the
vocabularies (:func:`ghouta_corpus.schema.vocab`, :func:`ghouta_corpus.model.tag_columns`),
never written out here.

Formats and their layout (``<out>`` is the folder given to :func:`export`):

``conll``
    ``<out>/<column>/<split>.conll`` for each BIO tag column of the schema
    (``mention``: ACTOR, LOCATION, COUNT, COUNTED; ``attribution``: SOURCE, CUE,
    CONTENT) and each split that has documents. One token per line, space-separated
    columns ``token start end tag`` (character offsets into the raw text, end
    exclusive; tokens never contain whitespace). Each document starts with the line
    ``-DOCSTART- <doc_id> -X- O`` and a blank line; each segment (one sentence) is
    followed by a blank line. Where attribution spans nest, the outermost span wins
    (:func:`ghouta_corpus.tokens.bio_tags`); the nested records are only in the other
    formats. A span that crosses a segment boundary (a multi-sentence quote CONTENT)
    keeps going: the next segment starts with ``I-`` tags, so a reader joins a
    segment-initial ``I-X`` with the ``X`` span that ended the previous segment.

``brat``
    brat standoff, one ``<doc_id>.txt`` (the raw text, byte for byte) and
    ``<doc_id>.ann`` per document, plus ``annotation.conf`` and ``visual.conf``
    generated from the vocabularies so the folder opens in brat, and
    ``documents.json`` (document metadata, status and segments, which brat has no
    place for; brat ignores the file). In the ``.ann`` file, in this order:

    - ``T`` lines: every span with the annotation file's own id and label
      (``T3\\tACTOR 11 20\\tmilitants``).
    - ``R`` lines: relations with their own ids (``R1\\tCOUNT_OF Arg1:T2 Arg2:T3``,
      Arg1 the COUNT, Arg2 what it counts).
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
      ``Max`` carry the number as written in JSON, ``1500`` or ``2.5``); null
      attributes are left out; the attribution type is ``AttributionType`` on the
      event; a span's ``origin`` is ``Origin``.
    - ``N`` lines: entity links as ``Corpus:<entity_id>`` references
      (``N1\\tReference T4 Corpus:harasta\\tHarasta``), also on an event for the
      record's ``source_entity``; and, for a mention whose entity has a GeoNames id,
      a second ``GeoNames:<id>`` reference (``N2\\tReference T4 GeoNames:169897\\tHarasta``),
      which the reader ignores because the entity table already holds it.

``jsonl``
    ``<out>/documents.jsonl``: one document per line,
    ``{"doc_id", "meta" (DocMeta.to_json()), "text", "annotation" (Document.to_json())}``;
    ``<out>/entities.jsonl``: one entity per line (Entity.to_json()).

``spacy``
    ``<out>/<split>.spacy``: a spaCy ``DocBin`` per split (``spacy.blank("en")``
    vocabulary, no model). Docs are built from :func:`ghouta_corpus.tokens.tokenize`
    tokens with their real whitespace (extra whitespace becomes whitespace tokens as in
    spaCy), so ``doc.text`` is the raw text and every span aligns. ``doc.spans`` holds
    one group per layer of the schema (``entity``, ``count``, ``attribution``; spans
    keep nesting there, ``span.id_`` is the span id and ``span.kb_id_`` the entity id)
    and ``segments`` (label = role); ``doc.ents`` is the mention tag column; sentence
    starts are the segments; ``doc.user_data`` holds ``doc_id``, ``meta`` and the full
    ``annotation`` JSON (relations and attribution records included). spaCy is an
    optional dependency, imported only here.

Readers exist for ``brat`` and ``jsonl``; export followed by read gives back the same
documents with the same ids. The brat reader keeps the file's order of ``T``, ``R`` and
``E`` lines (annotations added in brat come back last; :func:`ghouta_corpus.model.sort_spans`
restores the canonical order), reads ``A`` and ``N`` lines in any order, ignores ``#``
notes, and rejects what the model cannot hold (discontinuous spans, unknown labels,
attributes or normalization databases) with the file and line. A document missing
from ``documents.json`` (made in brat) is read as a ``draft`` without segments or
metadata.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import DataError
from ..io.corpus import Corpus, dump_json
from ..model.records import (ROLE_LABELS, ALL_ATTRIBUTES, LABEL_ATTRIBUTES, Attribution, DocMeta, Document, Entity, ModelError,
                    Relation, Segment, Span, label_layers, tag_columns)
from ..model.vocab import vocab, vocab_names
from ..text.tokens import BoundaryError, Token, bio_tags, tokenize


class FormatError(DataError):
    """An export or import cannot be done; the message says which format, file or
    record and why."""


@dataclass(frozen=True)
class Format:
    """One export format: ``export`` writes the corpus into an existing empty folder
    and returns the files it wrote; ``read`` (where the format carries the whole
    annotation) reads such a folder back into Documents."""
    name: str
    description: str
    export: Callable[[Corpus, Path], list[Path]]
    read: Callable[[Path], list[Document]] | None = None


# ---------------------------------------------------------------- shared helpers

def _write(path: Path, text: str) -> Path:
    # bytes, not write_text: no newline translation, the raw text stays byte-exact
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise FormatError(f"{path}: invalid UTF-8 at byte {e.start}") from None


def _split(doc: Document) -> str:
    if doc.meta is None:
        raise FormatError(f"document {doc.doc_id}: has no manifest entry, so no split")
    if doc.meta.split not in vocab("split"):
        raise FormatError(f"document {doc.doc_id}: split {doc.meta.split!r} is not one of {vocab('split')}")
    return doc.meta.split


def _by_split(corpus: Corpus) -> list[tuple[str, list[Document]]]:
    """(split, documents) in the vocabulary's split order, manifest order inside."""
    groups: dict[str, list[Document]] = {s: [] for s in vocab("split")}
    for d in corpus.documents:
        groups[_split(d)].append(d)
    return [(s, ds) for s, ds in groups.items() if ds]


def segment_tokens(doc: Document) -> list[list[Token]]:
    """The tokens of each segment, in segment order.

    Token views (CoNLL, spaCy) are built from segments so that sentence boundaries are
    the annotation's; text outside every segment would be silently dropped, so it is
    an error here (the validator's segment-cover rule forbids it)."""
    out: list[list[Token]] = []
    pos = 0
    for seg in sorted(doc.segments, key=lambda s: s.start):
        gap = doc.text[pos:seg.start]
        if seg.start < pos or gap.strip():
            raise FormatError(f"document {doc.doc_id}: text {pos}..{seg.start} lies outside the segments "
                              f"or segments overlap at {seg.id} (run ghouta-corpus validate)")
        out.append(tokenize(doc.text, seg.start, seg.end))
        pos = seg.end
    if doc.text[pos:].strip():
        raise FormatError(f"document {doc.doc_id}: text after offset {pos} lies outside the segments (run ghouta-corpus validate)")
    return out


def _tags(doc: Document, tokens: list[Token], labels: list[str]) -> list[str]:
    try:
        return bio_tags(tokens, [(s.start, s.end, s.label) for s in doc.spans if s.label in labels])
    except BoundaryError as e:
        raise FormatError(f"document {doc.doc_id}: {e}") from None


def _safe_doc_id(doc_id: str) -> str:
    # doc ids become file names; the schema's slug pattern guarantees this, Documents
    # built in code may not follow it
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", doc_id):
        raise FormatError(f"document id {doc_id!r} cannot be used as a file name")
    return doc_id


# ---------------------------------------------------------------- conll

def _export_conll(corpus: Corpus, out: Path) -> list[Path]:
    files = []
    for column, labels in tag_columns().items():
        for split, docs in _by_split(corpus):
            blocks = []
            for doc in docs:
                blocks.append(f"-DOCSTART- {_safe_doc_id(doc.doc_id)} -X- O\n")
                segs = segment_tokens(doc)
                tags = _tags(doc, [t for seg in segs for t in seg], labels)
                i = 0
                for seg in segs:
                    if not seg:
                        continue
                    lines = []
                    for t in seg:
                        lines.append(f"{t.text} {t.start} {t.end} {tags[i]}")
                        i += 1
                    blocks.append("\n".join(lines) + "\n")
            files.append(_write(out / column / f"{split}.conll", "\n".join(blocks) + "\n"))
    return files


# ---------------------------------------------------------------- jsonl

def _export_jsonl(corpus: Corpus, out: Path) -> list[Path]:
    docs = "".join(json.dumps({"doc_id": d.doc_id, "meta": d.meta.to_json() if d.meta else None, "text": d.text,
                               "annotation": d.to_json()}, ensure_ascii=False) + "\n" for d in corpus.documents)
    ents = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in corpus.entities)
    return [_write(out / "documents.jsonl", docs), _write(out / "entities.jsonl", ents)]


def _read_jsonl(folder: Path) -> list[Document]:
    path = folder / "documents.jsonl"
    out = []
    # split on "\n" only: json.dumps escapes it, but U+2028 and friends stay raw and
    # str.splitlines() would cut a line there
    for n, line in enumerate(_read(path).split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            meta = DocMeta.from_json(rec["meta"]) if rec.get("meta") else None
            doc = Document.from_json(rec["annotation"], rec["text"], meta)
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ModelError) as e:
            raise FormatError(f"{path}:{n}: not a document record: {e}") from None
        if doc.doc_id != rec.get("doc_id") or (meta and meta.doc_id != doc.doc_id):
            raise FormatError(f"{path}:{n}: doc_id {rec.get('doc_id')!r} disagrees with its annotation or meta")
        out.append(doc)
    return out


# ---------------------------------------------------------------- brat

# Attribution fields (in argument order) and the span label each lists, as in
# Attribution.span_ids(); the first cue triggers the event.
_ROLE_LABEL = ROLE_LABELS
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
    return name not in vocab_names()


def _fmt_number(v: float | int) -> str:
    return json.dumps(v)   # 1500 stays 1500, 2.5 stays 2.5: the JSON spelling round-trips


def _parse_number(s: str) -> float | int:
    return int(s) if re.fullmatch(r"-?\d+", s) else float(s)


def _role(field_name: str) -> str:
    return _camel(field_name)   # source -> Source


def _event_id(attribution_id: str) -> str:
    if not attribution_id.startswith("A"):
        raise FormatError(f"attribution id {attribution_id!r} does not start with A")
    return "E" + attribution_id[1:]


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
        if not s.id.startswith("T") or any(c.isspace() for c in s.id):
            raise FormatError(f"document {doc.doc_id}: span id {s.id!r} is not a brat text-bound id (T...)")
        if "\n" in s.text or "\r" in s.text:
            raise FormatError(f"document {doc.doc_id}: span {s.id} crosses a line break, which brat cannot show as one span")
        lines.append(f"{s.id}\t{s.label} {s.start} {s.end}\t{s.text}")
        for name in _span_attribute_names():
            v = getattr(s, name)
            if v is not None:
                attrs.append((_camel(name), s.id, _fmt_number(v) if _numeric(name) else v))
        if s.entity_id is not None:
            link(s.id, s.entity_id)
    for r in doc.relations:
        if not r.id.startswith("R"):
            raise FormatError(f"document {doc.doc_id}: relation id {r.id!r} does not start with R")
        lines.append(f"{r.id}\t{r.type} Arg1:{r.count} Arg2:{r.target}")
    for a in doc.attributions:
        eid = _event_id(a.id)
        args = [f"{_TRIGGER}:{a.cue[0]}"]
        for field_name in _ROLES:
            ids = getattr(a, field_name)
            first = 1 if field_name == "cue" else 0      # the first cue is the trigger
            for k, sid in enumerate(ids[first:], first):
                args.append(f"{_role(field_name)}{k + 1 if k else ''}:{sid}")
        lines.append(f"{eid}\t{' '.join(args)}")
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
    out += ["<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]"]
    # Source: none or several; Cue: further cues beyond the trigger; Content: one or more
    quant = {"source": "*", "cue": "*", "content": "+"}
    args = [f"{_role(r)}{quant[r]}:{lab}" for r, lab in _ROLE_LABEL.items()]
    out += [f"{_TRIGGER} {', '.join(args)}", "", "[attributes]"]
    for name in _span_attribute_names():
        targets_of = attributes_of.get(name, labels)
        if _numeric(name):
            values = sorted({getattr(s, name) for d in corpus.documents for s in d.spans if getattr(s, name) is not None})
            if not values:
                continue
            vals = [_fmt_number(v) for v in values]
        else:
            vals = vocab(name)
        out.append(f"{_camel(name)} Arg:{'|'.join(targets_of)}, Value:{'|'.join(vals)}")
    out.append(f"AttributionType Arg:{_TRIGGER}, Value:{'|'.join(vocab('attribution_type'))}")
    return "\n".join(out) + "\n"


def _visual_conf() -> str:
    labels = vocab("label")
    out = ["# Generated by ghouta_corpus.formats; do not edit.", "[labels]"]
    out += [f"{lab} | {lab.capitalize()} | {lab[:3]}" for lab in labels]
    out += [f"{rt} | {rt.replace('_', ' ').lower()}" for rt in vocab("relation_type")]
    out += ["", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5", "ATTRIBUTE_DEFAULT\tglyph:*"]
    out += [f"{lab}\tbgColor:{_PALETTE[i % len(_PALETTE)]}" for i, lab in enumerate(labels)]
    return "\n".join(out) + "\n"


def _export_brat(corpus: Corpus, out: Path) -> list[Path]:
    entities = corpus.entity_index()
    files = []
    meta = []
    for doc in corpus.documents:
        name = _safe_doc_id(doc.doc_id)
        files.append(_write(out / f"{name}.txt", doc.text))
        files.append(_write(out / f"{name}.ann", _ann(doc, entities)))
        meta.append({"doc_id": doc.doc_id, "status": doc.status, "meta": doc.meta.to_json() if doc.meta else None,
                     "segments": [s.to_json() for s in doc.segments]})
    files.append(_write(out / _BRAT_META, dump_json({"documents": meta})))
    files.append(_write(out / "annotation.conf", _annotation_conf(corpus)))
    files.append(_write(out / "visual.conf", _visual_conf()))
    return files


def _parse_ann(doc_id: str, text: str, ann: str, where: Path, status: str,
               segments: tuple[Segment, ...], meta: DocMeta | None) -> Document:
    spans: dict[str, dict[str, Any]] = {}
    relations: list[Relation] = []
    events: dict[str, dict[str, Any]] = {}
    attr_of_name = {_camel(n): n for n in _span_attribute_names()}

    def fail(n: int, why: str) -> FormatError:
        return FormatError(f"{where}:{n}: {why}")

    numbered = [(n, line) for n, line in enumerate(ann.split("\n"), 1)
                if line.strip() and not line.startswith("#")]   # brat's AnnotatorNotes have no place in the model
    # spans, relations and events first, then the attributes and links that refer to
    # them, whatever order an editor saved the lines in
    numbered.sort(key=lambda x: x[1][:1] in ("A", "N"))
    for n, line in numbered:
        parts = line.split("\t", 2)
        ident = parts[0]
        head = parts[1].split(" ") if len(parts) > 1 else []
        kind = ident[:1]
        try:
            if kind == "T":
                if len(parts) < 3 or len(head) != 3:
                    raise fail(n, "expected 'T<n>\\tLABEL START END\\tTEXT' (discontinuous spans are not supported)")
                label, start, end = head[0], int(head[1]), int(head[2])
                if text[start:end] != parts[2]:
                    raise fail(n, f"span text {parts[2]!r} is not the document's text at {start}..{end} ({text[start:end]!r})")
                spans[ident] = {"id": ident, "label": label, "start": start, "end": end, "text": text[start:end]}
            elif kind == "R":
                args = dict(a.split(":", 1) for a in head[1:])
                relations.append(Relation(ident, head[0], args["Arg1"], args["Arg2"]))
            elif kind == "E":
                trig_type, trigger = head[0].split(":", 1)
                if trig_type != _TRIGGER:
                    raise fail(n, f"event type {trig_type!r}: only {_TRIGGER} events (attributions) are known")
                rec: dict[str, Any] = {r: [] for r in _ROLES}
                rec["cue"].append(trigger)
                by_role = {_role(r): r for r in _ROLES}
                for a in head[1:]:
                    role, sid = a.split(":", 1)
                    base = role.rstrip("0123456789")
                    if base not in by_role:
                        raise fail(n, f"unknown event argument {role!r}")
                    rec[by_role[base]].append(sid)
                rec["type"] = None
                rec["source_entity"] = None
                events[ident] = rec
            elif kind == "A":
                name, target, value = head
                if name == "AttributionType":
                    events[target]["type"] = value
                elif name in attr_of_name:
                    field_name = attr_of_name[name]
                    spans[target][field_name] = _parse_number(value) if _numeric(field_name) else value
                else:
                    raise fail(n, f"unknown attribute {name!r}")
            elif kind == "N":
                _, target, ref = head
                db, ref_id = ref.split(":", 1)
                if db == _GEONAMES_DB:
                    continue          # derived from the entity table on export
                if db != _CORPUS_DB:
                    raise fail(n, f"unknown normalization database {db!r} (expected {_CORPUS_DB} or {_GEONAMES_DB})")
                if target in events:
                    events[target]["source_entity"] = ref_id
                else:
                    spans[target]["entity_id"] = ref_id
            else:
                raise fail(n, f"unsupported annotation line {ident!r}")
        except FormatError:
            raise
        except KeyError as e:
            raise fail(n, f"refers to {e.args[0]!r}, which is not defined in the file") from None
        except (ValueError, IndexError, ModelError) as e:
            raise fail(n, f"malformed line {line!r}: {e}") from None
    try:
        span_records = tuple(Span.from_json(s) for s in spans.values())
        attributions = []
        for eid, rec in events.items():
            if rec["type"] is None:
                raise FormatError(f"{where}: event {eid} has no AttributionType attribute")
            attributions.append(Attribution("A" + eid[1:], tuple(rec["source"]), tuple(rec["cue"]),
                                            tuple(rec["content"]), rec["type"], rec["source_entity"]))
        return Document(doc_id, text, status, segments, span_records, tuple(relations), tuple(attributions), meta)
    except ModelError as e:
        raise FormatError(f"{where}: {e}") from None


def _read_brat(folder: Path) -> list[Document]:
    meta_path = folder / _BRAT_META
    records: dict[str, dict[str, Any]] = {}
    if meta_path.exists():
        try:
            records = {r["doc_id"]: r for r in json.loads(_read(meta_path))["documents"]}
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise FormatError(f"{meta_path}: malformed: {e}") from None
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
        docs.append(_parse_ann(name, _read(txt), _read(ann) if ann.exists() else "", ann,
                               rec.get("status", "draft"), segments, meta))
    return docs


# ---------------------------------------------------------------- spacy

_SPACY_MISSING = "the spacy format needs spaCy: install the spacy extra: pip install -e '.[spacy]'"


def _spacy_words(doc: Document, segs: list[list[Token]]) -> tuple[list[str], list[bool], list[bool], list[int]]:
    """Words, trailing-space flags and sentence starts for ``spacy.tokens.Doc``, and
    for each of our tokens its index among the words.

    spaCy's text is each word plus one optional space; any other whitespace between
    our tokens becomes a whitespace token, as spaCy's own tokenizer does it."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    index: list[int] = []
    text = doc.text

    def gap(g: str) -> None:
        if not g:
            return
        if words and g[0] == " ":
            spaces[-1] = True
            g = g[1:]
        if g:
            words.append(g)
            spaces.append(False)
            starts.append(not starts)

    pos = 0
    for seg in segs:
        for k, t in enumerate(seg):
            gap(text[pos:t.start])
            index.append(len(words))
            words.append(t.text)
            spaces.append(False)
            starts.append(k == 0 or len(starts) == 0)
            pos = t.end
    gap(text[pos:])
    if starts:
        starts[0] = True
    return words, spaces, starts, index


def _export_spacy(corpus: Corpus, out: Path) -> list[Path]:
    try:
        import spacy
        from spacy.tokens import Doc, DocBin, Span as SpacySpan
    except ImportError:
        raise FormatError(_SPACY_MISSING) from None
    nlp = spacy.blank("en")
    layers = label_layers()
    mention_labels = tag_columns()["mention"]
    files = []
    for split, docs in _by_split(corpus):
        db = DocBin(store_user_data=True)
        for d in docs:
            segs = segment_tokens(d)
            words, spaces, starts, index = _spacy_words(d, segs)
            sdoc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
            if sdoc.text != d.text:
                raise FormatError(f"document {d.doc_id}: spaCy text differs from the raw text")

            def char_span(start: int, end: int, label: str, what: str, span_id: str = "", kb: str = "") -> SpacySpan:
                sp = sdoc.char_span(start, end, label=label, kb_id=kb, span_id=span_id, alignment_mode="strict")
                if sp is None:
                    raise FormatError(f"document {d.doc_id}: {what} {start}..{end} {d.text[start:end]!r} "
                                      "does not align to token boundaries")
                return sp

            for layer, labels in layers.items():
                sdoc.spans[layer] = [char_span(s.start, s.end, s.label, f"span {s.id}", s.id, s.entity_id or "")
                                     for s in d.spans if s.label in labels]
            # segments by token index: a segment's own edges may be whitespace
            seg_spans, k = [], 0
            for g, toks in zip(sorted(d.segments, key=lambda g: g.start), segs):
                if toks:
                    seg_spans.append(SpacySpan(sdoc, index[k], index[k + len(toks) - 1] + 1, label=g.role, span_id=g.id))
                k += len(toks)
            sdoc.spans["segments"] = seg_spans
            try:
                sdoc.ents = [char_span(s.start, s.end, s.label, f"span {s.id}", s.id, s.entity_id or "")
                             for s in d.spans if s.label in mention_labels]
            except ValueError as e:
                raise FormatError(f"document {d.doc_id}: mention spans overlap: {e}") from None
            sdoc.user_data["doc_id"] = d.doc_id
            sdoc.user_data["meta"] = d.meta.to_json() if d.meta else None
            sdoc.user_data["annotation"] = d.to_json()
            db.add(sdoc)
        path = out / f"{split}.spacy"
        db.to_disk(path)
        files.append(path)
    return files


# ---------------------------------------------------------------- registry and entry points

EXPORTERS: dict[str, Format] = {f.name: f for f in (
    Format("conll", "token-per-line BIO files per tag column and split: <column>/<split>.conll", _export_conll),
    Format("brat", "brat standoff: <doc_id>.txt/.ann, annotation.conf, visual.conf, documents.json",
           _export_brat, _read_brat),
    Format("jsonl", "one JSON document per line (metadata, text, annotation): documents.jsonl, entities.jsonl",
           _export_jsonl, _read_jsonl),
    Format("spacy", "spaCy DocBin per split with one span group per layer: <split>.spacy (needs the spacy extra)",
           _export_spacy),
)}


def get_format(name: str) -> Format:
    """The registered format ``name``; :class:`FormatError` lists the known ones."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise FormatError(f"unknown format {name!r}; known formats: {', '.join(sorted(EXPORTERS))}") from None


def export(corpus: Corpus, fmt: str, out: Path, *, overwrite: bool = False) -> list[Path]:
    """Write ``corpus`` in format ``fmt`` into the folder ``out``; returns the files
    written (paths under ``out``).

    Everything is written into a temporary folder beside ``out`` and moved into place
    at the end, so an export that fails (bad data, missing optional dependency, full
    disk) leaves ``out`` as it was, or absent, and no temporary folder behind. An
    existing non-empty ``out`` is replaced only with ``overwrite=True``, so a typo in
    ``--out`` cannot wipe an unrelated folder, and never when it holds the corpus."""
    f = get_format(fmt)
    given, out = Path(out), Path(os.path.abspath(out))
    if out.exists() and not out.is_dir():
        raise FormatError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise FormatError(f"{out} exists and is not empty; choose another folder or overwrite it")
    root = Path(os.path.abspath(corpus.root))
    if out.exists() and (out == root or out in root.parents):
        raise FormatError(f"{out} holds the corpus being exported; choose another folder")
    parent = out.parent
    created = [p for p in (parent, *parent.parents) if not p.exists()]
    tmp = parent / f".{out.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
        written = f.export(corpus, tmp)
        _move_into_place(tmp, out)
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True)
        for p in created:       # innermost first; only folders this call made
            try:
                p.rmdir()
            except OSError:
                break
        if isinstance(e, OSError):
            raise FormatError(f"{out}: cannot write the {fmt} export: {e}") from e
        raise
    return [given / p.relative_to(tmp) for p in written]


def _move_into_place(src: Path, dst: Path) -> None:
    backup = dst.with_name(f".{dst.name}.{uuid.uuid4().hex[:12]}.old")
    had = dst.exists()
    if had:
        os.replace(dst, backup)
    try:
        os.replace(src, dst)
    except OSError:
        if had:
            os.replace(backup, dst)
        raise
    if had:
        shutil.rmtree(backup, ignore_errors=True)


def read_documents(fmt: str, folder: Path) -> list[Document]:
    """Read an export folder back into Documents (``brat`` and ``jsonl``), so that
    annotations edited in brat, or shipped as JSON lines, come back into the corpus
    format with their ids; raises :class:`FormatError` for formats without a reader or
    a malformed folder."""
    f = get_format(fmt)
    if f.read is None:
        readable = sorted(n for n, x in EXPORTERS.items() if x.read)
        raise FormatError(f"format {fmt!r} cannot be read back; readable formats: {', '.join(readable)}")
    folder = Path(folder)
    if not folder.is_dir():
        raise FormatError(f"{folder}: no such folder")
    return f.read(folder)
