"""Draft annotation files for new articles (``ghouta-corpus annotate``): :func:`write_drafts`.

Why here and not in ``annotate``: the annotator returns data and touches no file;
reading articles, naming documents and writing the draft files is curation work,
next to ``add``, which drafts the same way and derives the same document ids.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ..annotate import annotate_text
from ..errors import DataError
from ..io.corpus import dump_json, read_text
from ..io.write import atomic_write
from ..model.ids import slug
from ..model.records import Document

Written = tuple[Path, Document, list[dict[str, Any]]]


def entities_path(target: Path) -> Path:
    """Where the draft entity rows of the annotation file ``target`` go: beside it, as
    JSON Lines (``<stem>.entities.jsonl``), a name that ``evaluate`` never reads as a
    prediction (it reads ``*.json`` annotation files) when it is given the folder."""
    return target.with_name(f"{target.stem}.entities.jsonl")


class AnnotateError(DataError):
    """An article that cannot be annotated (missing, unreadable, not UTF-8)."""


def write_drafts(article: Path, out: Path | None = None, doc_id: str | None = None,
                 dct: date | None = None) -> list[Written]:
    """Draft-annotate one article or every ``.txt`` in a folder and write, per article,
    ``<out>`` (the annotation file) and ``<out stem>.entities.jsonl`` (the draft entity
    rows to merge into ``entities.json``, one per line: :func:`entities_path`). Without
    ``out`` the files go next to each article as ``<name>.draft.json``; with a folder,
    ``out`` is a folder, which then holds nothing else that ``evaluate`` would read as a
    prediction.

    The document id is ``doc_id`` for a single article, else the slug of the file
    name (as ``add`` makes it). ``dct``, the document creation time, resolves the TIME
    values (G94); without it each ``value`` is its ``value_text``. Returns ``(annotation path, Document, entity rows)``
    per article; raises :class:`AnnotateError` for a missing, empty or unreadable
    input before anything is written for it.
    """
    files = sorted(article.glob("*.txt")) if article.is_dir() else [article]
    if not article.exists() or not files:
        raise AnnotateError(f"{article}: no such article (or no .txt files in the folder)")
    written = []
    for f in files:
        text, problem = read_text(f)
        if problem or text is None:
            raise AnnotateError(f"{f}: {problem.message if problem else 'unreadable'}")
        did = doc_id if (doc_id and len(files) == 1) else slug(f.stem)
        doc, entities = annotate_text(text, did, dct=dct)
        target = out if (out and not article.is_dir()) else ((out or f.parent) / f"{f.stem}.draft.json")
        atomic_write(target, dump_json(doc.to_json()))
        atomic_write(entities_path(target), "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities))
        written.append((target, doc, entities))
    return written
