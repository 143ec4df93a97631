"""Draft annotation files for new articles (``ghouta-corpus annotate``): :func:`write_drafts`.

Why here and not in ``annotate``: the annotator returns data and touches no file;
reading articles, naming documents and writing the draft files is curation work,
next to ``add``, which drafts the same way and derives the same document ids.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..annotate import annotate_text
from ..errors import DataError, UsageError
from ..io.corpus import dump_json, read_json, read_text
from ..io.guard import GuardError, refuse_inputs, refuse_sources
from ..io.write import atomic_write, clean_stale
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


class NoArticleError(UsageError):
    """The article path names no file, or a folder without ``.txt`` files (exit 2)."""


def _untouched_draft(data: Any) -> bool:
    """Whether ``data`` is a draft as annotate wrote it: status draft, every span still
    ``origin: auto`` (a person removes the origin of each span they checked)."""
    return (isinstance(data, dict) and data.get("status") == "draft" and isinstance(data.get("spans"), list)
            and all(isinstance(s, dict) and s.get("origin") == "auto" for s in data["spans"]))


def _entity_rows(path: Path) -> bool:
    """Whether ``path`` holds only draft entity rows as annotate writes them: JSON Lines
    of objects with an ``entity_id``."""
    text, problem = read_text(path)
    if problem is not None or text is None:
        return False
    try:
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError:
        return False
    return all(isinstance(r, dict) and "entity_id" in r for r in rows)


def _is_draft_file(path: Path) -> bool:
    data, problem = read_json(path)
    return problem is None and _untouched_draft(data)


def check_target(target: Path, inputs: list[Path]) -> None:
    """Raise :class:`~ghouta_corpus.io.guard.GuardError` (exit 2) unless ``target`` and
    its ``.entities.json`` may be written: neither is an input, lies in a dataset's
    sources, or is an existing file other than an uncorrected draft (and its entity
    rows) that annotate wrote, so a rerun refreshes a draft but a corrected draft, a
    gold annotation or an article is never replaced."""
    side = entities_path(target)
    for path, ours in ((target, _is_draft_file), (side, _entity_rows)):
        refuse_inputs(path, inputs, "annotate")
        refuse_sources(path, "annotate")
        if os.path.lexists(path):
            if not ours(path):
                raise GuardError(f"{path} exists and is not an uncorrected draft annotate wrote (a corrected draft, "
                                 "a gold annotation or another file); choose another --out, or move it away first")


def write_drafts(article: Path, out: Path | None = None, doc_id: str | None = None,
                 dct: date | None = None, progress: Callable[[int, int], None] | None = None) -> list[Written]:
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
    input (a FIFO, a device, a symbolic link out of its folder) and
    :class:`~ghouta_corpus.io.guard.GuardError` for a target :func:`check_target`
    refuses, before anything is written for that article.
    """
    files = sorted(article.glob("*.txt")) if article.is_dir() else [article]
    if not os.path.lexists(article) or not files:
        raise NoArticleError(f"{article}: no such article (or no .txt files in the folder)")
    folder = article if article.is_dir() else Path(os.path.abspath(article)).parent
    written = []
    cleaned: set[Path] = set()
    for f in files:
        target = out if (out and not article.is_dir()) else ((out or f.parent) / f"{f.stem}.draft.json")
        check_target(target, files)
        if target.parent not in cleaned:  # temporary files of a killed annotate
            cleaned.add(target.parent)
            clean_stale(target.parent)
        text, problem = read_text(f, within=folder)
        if problem or text is None:
            raise AnnotateError(f"{f}: {problem.message if problem else 'unreadable'}")
        did = doc_id if (doc_id and len(files) == 1) else slug(f.stem)
        doc, entities = annotate_text(text, did, dct=dct)
        atomic_write(target, dump_json(doc.to_json()))
        atomic_write(entities_path(target), "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities))
        written.append((target, doc, entities))
        if progress:
            progress(len(written), len(files))
    return written
