"""Growing the corpus: ``add`` an article as a draft, ready for correction.

:func:`add_article` copies the text into ``dataset/raw/`` byte for byte, appends its
manifest entry (hash, length, outlet, split; dates unknown; a review history whose
one step is this draft, dated today), writes a draft annotation
from :func:`ghouta_corpus.annotate.annotate_text`, and merges the draft's entities
into ``dataset/entities.json``: a draft entity whose name is already an alias of a
corpus entity with the same label becomes a link to that entity, so a new article
about Douma links to the existing Douma. No code changes are needed to add an
article: ``build`` refuses the document until a person has corrected it and set
``status`` to ``gold``.

Nothing is lost and nothing is half added. The article must be a regular file (not a
FIFO or a device, not a symbolic link out of its folder, within the size limit), in
UTF-8, and not a text the corpus already has (same SHA-256, or the same text once
Unicode, case and white space are normalised: one article must never sit in two
splits). The command holds the dataset lock, validates the new document against the
would-be dataset before writing anything, and writes its four files as one
:class:`~ghouta_corpus.io.transaction.Transaction`: raw text, annotation, entity
table, and the manifest last, so until the manifest switches the corpus is the old
one, and a killed ``add`` is finished by the next writing command. Replaced files
keep their permission bits; new ones get the umask's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..annotate import annotate_text
from ..io import CorpusError, annotation_path, atomic_write, dump_json, load_json, read_bytes, read_text
from ..io.lock import dataset_lock
from ..io.read import problem
from ..io.transaction import Transaction
from ..model.ids import slug
from ..model.records import Document
from ..model.timex import event_date_range
from ..model.vocab import is_valid
from ..validate import Finding, check_annotation, check_entities, check_manifest

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


def _read_article(article: Path) -> tuple[bytes, str]:
    """The article's bytes and text: a regular UTF-8 file in its own folder (a symbolic
    link to elsewhere is refused), not empty."""
    article = Path(article)
    blob, err = read_bytes(article, within=Path(os.path.abspath(article)).parent)
    if blob is None:
        raise AddError(str(err), err.rule if err else "file-unreadable")
    if blob.startswith(b"\xef\xbb\xbf"):
        raise problem(article, "file-encoding", "starts with a UTF-8 byte order mark (BOM); save it without one",
                      AddError)
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as e:
        raise problem(article, "file-encoding", f"invalid UTF-8 at byte {e.start}", AddError) from None
    if not text.strip():
        raise AddError(f"{article}: the article is empty")
    return blob, text


def normalised(text: str) -> str:
    """The text as compared for duplicates: NFKC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _refuse_duplicate(dataset: Path, documents: list[dict[str, Any]], article: Path, blob: bytes, text: str) -> None:
    """:class:`AddError` naming the manifest document whose text this already is."""
    digest = hashlib.sha256(blob).hexdigest()
    norm = normalised(text)
    for d in documents:
        same = d.get("sha256") == digest
        if not same:
            other, _ = read_text(dataset / "raw" / str(d.get("source_file")), within=dataset)
            same = other is not None and normalised(other) == norm
        if same:
            raise AddError(f"{article}: the corpus already has this text as document {d['doc_id']!r} "
                           f"(raw/{d['source_file']}, split {d.get('split')}); an article is added once")


def _check_draft(dataset: Path, raw_name: str, blob: bytes, entry: dict[str, Any], table: list[dict[str, Any]],
                 doc: Document) -> None:
    """Validate the new document against the would-be dataset, in a scratch folder;
    findings name the files they will have in ``dataset``."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        atomic_write(t / "raw" / raw_name, blob, sync=False)
        atomic_write(t / "manifest.json", json.dumps({"documents": [entry]}), sync=False)
        atomic_write(t / "entities.json", dump_json({"entities": table}), sync=False)
        findings: list[Finding]
        findings, ctx = check_manifest(t)
        findings += check_entities(t / "entities.json", ctx)
        findings += check_annotation(doc.to_json(), str(annotation_path(dataset, doc.doc_id)), ctx)
        lines = [f.line().replace(str(t), str(dataset)) for f in findings]
    if lines:
        raise AddError(f"the draft of {doc.doc_id} does not validate ({len(lines)} findings above); nothing was "
                       "written", details=lines[:20])


def _source(dataset: Path, name: str, kind: str) -> Any:
    """The manifest or entity table, schema-valid (else add would build on a broken corpus)."""
    data = load_json(dataset / name, AddError, within=dataset)
    if not is_valid(kind, data):
        raise AddError(f"{dataset / name}: does not match its JSON Schema; run ghouta-corpus validate first")
    return data


def add_article(article: Path, outlet: str, dataset: Path, split: str = "train",
                doc_id: str | None = None, dct: date | None = None) -> dict[str, Any]:
    """Add ``article`` to ``dataset`` as a draft; returns the new manifest entry
    (see the module docstring for what is refused and how it is written). With ``dct``
    (the document creation time the user gives) the draft's TIME values are resolved
    and the entry records it, with its basis (G97)."""
    blob, text = _read_article(article)
    dataset = Path(os.path.abspath(dataset))
    with dataset_lock(dataset, "add"):
        manifest_path = dataset / "manifest.json"
        manifest = _source(dataset, "manifest.json", "manifest")
        entities = _source(dataset, "entities.json", "entities")
        doc_id = doc_id or slug(f"{outlet} {article.stem}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc_id):
            raise AddError(f"doc id {doc_id!r} must be lowercase words joined by hyphens")
        if any(d["doc_id"] == doc_id for d in manifest["documents"]):
            raise AddError(f"{manifest_path}: a document {doc_id!r} already exists; pass another --doc-id")
        raw = dataset / "raw" / article.name
        if os.path.lexists(raw) or any(d["source_file"] == article.name for d in manifest["documents"]):
            raise AddError(f"{raw}: a raw text of that name already exists; rename the article")
        _refuse_duplicate(dataset, manifest["documents"], article, blob, text)
        entry: dict[str, Any] = {
            "doc_id": doc_id, "outlet": outlet, "language": "en", "source_file": article.name,
            "sha256": hashlib.sha256(blob).hexdigest(), "char_count": len(text), "split": split,
            "review": [{"step": "draft", "by": "ghouta-corpus add (the rule-based annotator)",
                        "date": date.today().isoformat(), "date_basis": "the day ghouta-corpus add ran"}]}
        doc, drafts = annotate_text(text, doc_id, dct=dct)
        basis = "given by the user with ghouta-corpus add --dct" if dct is not None else None
        if dct is not None:
            entry.update(dct=dct.isoformat(), dct_basis=basis)
        entry["event_date_range"] = event_date_range(doc.spans, dct.isoformat() if dct else None, basis)  # G98
        doc, table = merge_entities(doc, drafts, entities["entities"])
        _check_draft(dataset, article.name, blob, entry, table, doc)
        manifest["documents"].append(entry)
        with Transaction(dataset, "add") as txn:
            txn.write(raw, blob)
            txn.write(annotation_path(dataset, doc_id), dump_json(doc.to_json()))
            txn.write(dataset / "entities.json", dump_json({"entities": table}))
            txn.write(manifest_path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
            txn.commit()
    return entry
