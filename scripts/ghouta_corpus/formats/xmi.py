"""INCEpTION / WebAnno: UIMA CAS XMI with a type system for every layer (export and read).

Export writes ``<doc_id>.xmi`` per document and ``TypeSystem.xml`` (the types are in
:mod:`.xmi_types`), written and read with ``dkpro-cassis``, which also converts UIMA's
UTF-16 offsets to the corpus's code points. In INCEpTION, import the files with the
format "UIMA CAS XMI (XML 1.0)" into a project whose custom layers match the type
system (``webanno.custom.Entity``, ``Count``, ``AttributionSpan``, ``Time``,
``Event`` with its ``arguments`` slot, ``CountOf``, ``Attribution`` with its ``roles``
slot), and export them the same way after correcting.

Reading takes such a folder (or one ``.xmi`` file next to its ``TypeSystem.xml``): the
document id and status from ``GhoutaDocument`` (else the file name, ``draft``),
segments from ``Segment``, every span from the layer types, records, COUNT_OF and
EVENT_ARG relations from their types and slots. An annotation made in the tool has no
``span_id`` and gets a new one (the import renumbers canonically). Every problem is
an error naming the file and the annotation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cassis import Cas, TypeSystem, load_cas_from_xmi, load_typesystem

from ..io import Corpus, atomic_write
from ..model.records import LABEL_ATTRIBUTES, NUMERIC_ATTRIBUTES, Document, Span
from ..text.tokens import tokenize
from .common import safe_doc_id
from .registry import Format, FormatError, register
from .xmi_read import read_cas
from .xmi_types import ANNOTATION, DKPRO, LAYER_TYPES, NS, ROLE_FIELDS, feature_name, type_system

TYPESYSTEM = "TypeSystem.xml"


def _str(v: Any) -> str | None:
    return None if v is None else json.dumps(v) if isinstance(v, (int, float)) else str(v)


def _span_fs(cas: Cas, ts: TypeSystem, s: Span) -> Any:
    kind = ts.get_type(NS + LAYER_TYPES[s.label])
    feats: dict[str, Any] = {"label": s.label, "span_id": s.id, "origin": s.origin}
    for n in LABEL_ATTRIBUTES.get(s.label, ()):
        v = getattr(s, n)
        if n == "anchor":
            feats["anchor"] = v if v == "DCT" else None
        else:
            feats[feature_name(s.label, n)] = _str(v) if n in NUMERIC_ATTRIBUTES else v
    fs = kind(begin=s.start, end=s.end, **{k: v for k, v in feats.items() if v is not None})
    cas.add(fs)
    return fs


def _fsarray(ts: TypeSystem, items: list[Any]) -> Any:
    return ts.get_type("uima.cas.FSArray")(elements=items)


def _records(cas: Cas, ts: TypeSystem, doc: Document, fs: dict[str, Any]) -> None:
    for s in doc.spans:
        if s.label == "TIME" and s.anchor not in (None, "DCT"):
            fs[s.id].anchor_span = fs[s.anchor]
        if s.label == "EVENT":
            link = ts.get_type(NS + "EventArgLink")
            fs[s.id].arguments = _fsarray(ts, [
                link(role=g.role, target=fs[g.target], arg_id=g.id, **({"origin": g.origin} if g.origin else {}))
                for g in doc.event_args if g.event == s.id])
    count_of = ts.get_type(NS + "CountOf")
    for r in doc.relations:
        dep = fs[r.target]
        cas.add(count_of(begin=dep.begin, end=dep.end, Governor=fs[r.count], Dependent=dep, relation_id=r.id,
                         **({"origin": r.origin} if r.origin else {})))
    rec, link = ts.get_type(NS + "Attribution"), ts.get_type(NS + "AttributionRoleLink")
    for a in doc.attributions:
        cue = fs[a.cue[0]]
        roles = [link(role=role, target=fs[sid]) for role in ROLE_FIELDS for sid in getattr(a, role)]
        extra = {k: v for k, v in (("source_entity", a.source_entity), ("origin", a.origin)) if v is not None}
        cas.add(rec(begin=cue.begin, end=cue.end, record_id=a.id, attribution_type=a.type, roles=_fsarray(ts, roles),
                    **extra))


def cas_of(doc: Document, ts: TypeSystem) -> Cas:
    """The CAS of one document: text, DKPro sentences and tokens, segments, every layer."""
    cas = Cas(typesystem=ts)
    cas.sofa_string = doc.text
    cas.add(ts.get_type(NS + "GhoutaDocument")(begin=0, end=len(doc.text), doc_id=doc.doc_id, status=doc.status))
    sentence, token, seg = ts.get_type(DKPRO + "Sentence"), ts.get_type(DKPRO + "Token"), ts.get_type(NS + "Segment")
    for g in doc.segments:
        cas.add(seg(begin=g.start, end=g.end, segment_id=g.id, role=g.role))
    for a, b in [(g.start, g.end) for g in doc.segments] or [(0, len(doc.text))]:
        cas.add(sentence(begin=a, end=b))
        for t in tokenize(doc.text, a, b):
            cas.add(token(begin=t.start, end=t.end))
    fs = {s.id: _span_fs(cas, ts, s) for s in doc.spans}
    _records(cas, ts, doc, fs)
    return cas


def export_xmi(corpus: Corpus, out: Path) -> list[Path]:
    ts = type_system()
    files = []
    for doc in corpus.documents:
        xmi = cas_of(doc, ts).to_xmi(pretty_print=True)
        files.append(atomic_write(out / f"{safe_doc_id(doc.doc_id)}.xmi", xmi))
    files.append(atomic_write(out / TYPESYSTEM, ts.to_xml()))
    return files


def read_xmi(path: Path) -> list[Document]:
    folder = path if path.is_dir() else path.parent
    files = sorted(folder.glob("*.xmi")) if path.is_dir() else [path]
    if not files:
        raise FormatError(f"{path}: no .xmi file")
    tsfile = folder / TYPESYSTEM
    if not tsfile.is_file():
        raise FormatError(f"{tsfile}: missing; export the type system with the documents")
    try:
        with tsfile.open("rb") as f:
            ts = load_typesystem(f)
    except Exception as e:  # cassis raises plain exceptions for malformed XML; the reason goes into the message
        raise FormatError(f"{tsfile}: not a UIMA type system ({type(e).__name__}: {e})") from None
    docs = []
    for p in files:
        try:
            with p.open("rb") as f:
                cas = load_cas_from_xmi(f, typesystem=ts)
        except Exception as e:  # as above: malformed XMI
            raise FormatError(f"{p}: not a UIMA CAS XMI file ({type(e).__name__}: {e})") from None
        docs.append(read_cas(cas, p))
    return docs


__all__ = ["ANNOTATION", "TYPESYSTEM", "cas_of", "export_xmi", "read_xmi"]

FORMAT = register(Format("inception", "INCEpTION/WebAnno UIMA CAS XMI: <doc_id>.xmi per document and "
                         "TypeSystem.xml with a type per layer", export_xmi, read_xmi))
