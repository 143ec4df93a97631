"""Growing the corpus: ``add`` an article as a draft, ready for correction.

:func:`add_article` copies the text into ``dataset/raw/`` byte for byte, appends its
manifest entry (hash, length, outlet, split; dates unknown), writes a draft annotation
from :func:`ghouta_corpus.annotate.annotate_text`, and merges the draft's entities
into ``dataset/entities.json``: a draft entity whose name is already an alias of a
corpus entity with the same label becomes a link to that entity, so a new article
about Douma links to the existing Douma. Nothing is written unless the new document
validates; the three files are then replaced atomically one by one, raw text first.
No code changes are needed to add an article: ``build`` refuses the document until a
person has corrected it and set ``status`` to ``gold``.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..annotate import annotate_text
from ..io import CorpusError, annotation_path, atomic_write, dump_json, load_json, load_text
from ..model.ids import slug
from ..model.records import Document
from ..model.timex import event_date_range
from ..validate import check_annotation, check_entities, check_manifest

__all__ = ["AddError", "add_article", "merge_entities"]


class AddError(CorpusError):
    """The article cannot be added: unreadable, a name already taken, or a draft that does not validate."""


def merge_entities(doc: Document, drafts: list[dict[str, Any]],
                   existing: list[dict[str, Any]]) -> tuple[Document, list[dict[str, Any]]]:
    """Link the draft's entities to the corpus's where a name matches (same label),
    give new ones unique ids, and return the relinked document and the new table."""
    table = [dict(e) for e in existing]
    by_id = {e["entity_id"]: e for e in table}
    by_alias: dict[tuple[str, str], dict[str, Any]] = {}
    for e in table:
        for a in e["aliases"]:
            by_alias.setdefault((a, e["label"]), e)
    mapping: dict[str, dict[str, Any]] = {}
    for d in drafts:
        hit = next((by_alias[(a, d["label"])] for a in d.get("aliases", []) if (a, d["label"]) in by_alias), None)
        if hit is None:
            new_id, k = d["entity_id"], 2
            while new_id in by_id:
                new_id, k = f"{d['entity_id']}-{k}", k + 1
            hit = {**d, "entity_id": new_id, "aliases": list(d.get("aliases", []))}
            table.append(hit)
            by_id[new_id] = hit
            for a in hit["aliases"]:
                by_alias.setdefault((a, hit["label"]), hit)
        mapping[d["entity_id"]] = hit
    spans = []
    for s in doc.spans:
        if s.entity_id and s.entity_id in mapping:
            e = mapping[s.entity_id]
            s = replace(s, entity_id=e["entity_id"], actor_type=e["actor_type"] if s.label == "ACTOR" else None)
            if s.mention_type == "NAM" and s.text not in e["aliases"]:
                e["aliases"].append(s.text)
        spans.append(s)
    attrs = tuple(replace(a, source_entity=mapping[a.source_entity]["entity_id"]) if a.source_entity in mapping else a
                  for a in doc.attributions)
    return replace(doc, spans=tuple(spans), attributions=attrs), table


def add_article(article: Path, outlet: str, dataset: Path, split: str = "train",
                doc_id: str | None = None, dct: date | None = None) -> dict[str, Any]:
    """Add ``article`` to ``dataset`` as a draft; returns the new manifest entry. With
    ``dct`` (the document creation time the user gives) the draft's TIME values are
    resolved and the entry records it, with the basis 'given with add --dct' (G97)."""
    text = load_text(article, AddError)
    if not text.strip():
        raise AddError(f"{article}: the article is empty")
    manifest_path = dataset / "manifest.json"
    manifest = load_json(manifest_path, AddError)
    entities = load_json(dataset / "entities.json", AddError)
    doc_id = doc_id or slug(f"{outlet} {article.stem}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc_id):
        raise AddError(f"doc id {doc_id!r} must be lowercase words joined by hyphens")
    if any(d["doc_id"] == doc_id for d in manifest["documents"]):
        raise AddError(f"{manifest_path}: a document {doc_id!r} already exists; pass another --doc-id")
    raw = dataset / "raw" / article.name
    if raw.exists() or any(d["source_file"] == article.name for d in manifest["documents"]):
        raise AddError(f"{raw}: a raw text of that name already exists; rename the article")
    blob = article.read_bytes()
    entry = {"doc_id": doc_id, "outlet": outlet, "language": "en", "source_file": article.name,
             "sha256": hashlib.sha256(blob).hexdigest(), "char_count": len(text), "split": split}
    doc, drafts = annotate_text(text, doc_id, dct=dct)
    basis = "given by the user with ghouta-corpus add --dct" if dct is not None else None
    if dct is not None:
        entry.update(dct=dct.isoformat(), dct_basis=basis)
    entry["event_date_range"] = event_date_range(doc.spans, dct.isoformat() if dct else None, basis)  # G98
    doc, table = merge_entities(doc, drafts, entities["entities"])

    # validate the new document against the would-be dataset before writing anything
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        atomic_write(t / "raw" / article.name, blob)
        atomic_write(t / "manifest.json", json.dumps({"documents": [entry]}))
        atomic_write(t / "entities.json", dump_json({"entities": table}))
        findings, ctx = check_manifest(t)
        findings += check_entities(t / "entities.json", ctx)
        findings += check_annotation(doc.to_json(), f"{doc_id}.json", ctx)
    if findings:
        raise AddError("the draft does not validate, nothing was written:\n"
                       + "\n".join(f.line() for f in findings[:20]))

    atomic_write(raw, blob)
    atomic_write(annotation_path(dataset, doc_id), dump_json(doc.to_json()))
    atomic_write(dataset / "entities.json", dump_json({"entities": table}))
    manifest["documents"].append(entry)
    atomic_write(manifest_path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return entry
