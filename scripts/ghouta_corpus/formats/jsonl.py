"""JSON Lines: one document per line, with everything (export and read).

``<out>/documents.jsonl``: one document per line, ``{"doc_id", "meta"
(DocMeta.to_json()), "text", "annotation" (Document.to_json())}``;
``<out>/entities.jsonl``: one entity per line (Entity.to_json()). Reading gives back
the same documents with the same ids.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..io import Corpus, atomic_write, document_from_json, json_lines
from ..model.records import DocMeta, Document, ModelError
from .registry import Format, FormatError, register


def export_jsonl(corpus: Corpus, out: Path) -> list[Path]:
    docs = "".join(json.dumps({"doc_id": d.doc_id, "meta": d.meta.to_json() if d.meta else None, "text": d.text,
                               "annotation": d.to_json()}, ensure_ascii=False) + "\n" for d in corpus.documents)
    ents = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in corpus.entities)
    return [atomic_write(out / "documents.jsonl", docs), atomic_write(out / "entities.jsonl", ents)]


def read_jsonl(folder: Path) -> list[Document]:
    path = folder / "documents.jsonl" if folder.is_dir() else folder
    out = []
    for n, rec in json_lines(path, FormatError, "a document record"):
        where = f"{path}:{n}: not a document record"
        try:
            meta = DocMeta.from_json(rec["meta"]) if rec.get("meta") else None
            doc = document_from_json(rec["annotation"], rec["text"], meta, where, FormatError)
        except (KeyError, TypeError, AttributeError, ModelError) as e:
            raise FormatError(f"{where}: {e}") from None
        if doc.doc_id != rec.get("doc_id") or (meta and meta.doc_id != doc.doc_id):
            raise FormatError(f"{path}:{n}: doc_id {rec.get('doc_id')!r} disagrees with its annotation or meta")
        out.append(doc)
    return out


FORMAT = register(Format("jsonl", "one JSON document per line (metadata, text, annotation): documents.jsonl, "
                         "entities.jsonl", export_jsonl, read_jsonl))
