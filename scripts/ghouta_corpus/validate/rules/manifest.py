"""Manifest rules: unique entries, raw texts present with the recorded hash and length,
no raw text outside the manifest, no interrupted write pending, a basis for every
document creation time. (The derived event_date_range is checked against each
document's TIME layer by :mod:`.time`.)"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Container
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from ...io import decode_text, read_bytes, read_json
from ...io.manifest import HashIndex, ManifestDoubt, Positions, StreamedManifest, stream_entries
from ...io.transaction import pending
from ...model.vocab import is_valid, schemas
from ...text.diff import first_difference
from ..context import Context, DocSet, ptr
from ..registry import rule_family
from ..report import Finding
from .files import file_finding, schema_findings


def _raw_findings(root: Path, i: int, d: dict[str, Any], file: str) -> tuple[list[Finding], str | None]:
    """Findings of one manifest entry's raw text, and the text when it is readable."""
    doc_id = d["doc_id"]
    raw = root / "raw" / d["source_file"]
    rawfile = str(raw)
    if not os.path.lexists(raw):
        return [Finding("file-missing", rawfile, "raw text named in the manifest does not exist", doc_id, None,
                        ptr("documents", i, "source_file"))], None
    blob, problem = read_bytes(raw, within=root)
    if blob is None:
        return [file_finding(problem, rawfile, doc_id)] if problem else [], None
    out = []
    digest = hashlib.sha256(blob).hexdigest()
    if digest != d["sha256"]:
        out.append(Finding("raw-hash", file, f"SHA-256 of {rawfile} is {digest}, manifest says {d['sha256']}", doc_id,
                           None, ptr("documents", i, "sha256"), first_difference(d["sha256"], digest)))
    text, problem = decode_text(raw, blob)
    if problem or text is None:
        return out + ([file_finding(problem, rawfile, doc_id)] if problem else []), None
    if len(text) != d["char_count"]:
        out.append(Finding("raw-char-count", file,
                           f"{rawfile} has {len(text)} characters, manifest says {d['char_count']}",
                           doc_id, None, ptr("documents", i, "char_count")))
    return out, text


def _folder_findings(root: Path, named: Container[str] | None) -> list[Finding]:
    """Raw texts no manifest entry names (what an interrupted ``add`` of an older
    version left), and interrupted multi-file writes waiting to be finished. The
    folder is scanned, not listed whole, and only its orphans are sorted."""
    out = []
    raw = root / "raw"
    if named is not None and raw.is_dir():
        with os.scandir(raw) as it:
            orphans = sorted(raw / e.name for e in it if not e.name.startswith(".") and e.name not in named)
        for p in orphans:
            out.append(Finding("raw-orphan", str(p), "no manifest entry names this raw text; add it with "
                               "ghouta-corpus add, or delete it"))
    for folder, command, journal in pending(root):
        if journal:
            out.append(Finding("write-pending", str(folder), f"a {command} was killed while switching its files in; "
                               "the next writing command (e.g. ghouta-corpus build) finishes it"))
    return out


def _dct_findings(d: dict[str, Any], i: int, file: str) -> list[Finding]:
    dct, doc_id = d.get("dct"), d["doc_id"]
    if not dct:
        return []
    out = []
    if not d.get("dct_basis"):
        out.append(Finding("dct-basis", file, f"dct {dct} without a dct_basis saying where it comes from", doc_id,
                           None, ptr("documents", i, "dct_basis")))
    try:
        date.fromisoformat(dct)
    except ValueError:
        out.append(Finding("dct-date", file, f"dct {dct!r} is not a calendar date", doc_id, None,
                           ptr("documents", i, "dct")))
    return out


@rule_family("manifest", {
    "manifest-duplicate": "doc_ids and source files are unique in the manifest",
    "raw-hash": "the raw text's SHA-256 equals the manifest's",
    "raw-char-count": "the raw text's length in code points equals the manifest's char_count",
    "raw-orphan": "every file in raw/ is named by a manifest entry",
    "write-pending": "no multi-file write (add, build, baseline) was interrupted half way",
    "dct-basis": "a manifest entry with a dct says where it comes from in dct_basis (G97)",
    "dct-date": "a manifest entry's dct is a calendar date",
})
def check_manifest(root: Path, defer_raw: bool = False) -> tuple[list[Finding], Context]:
    """Findings of ``root/manifest.json`` and the raw texts it names, and the
    :class:`Context` that annotation files are checked against. With ``defer_raw``,
    each raw text is checked when its document is (:meth:`Context.check_raw`, which
    hands the text on), so that a single pass reads every raw file once.

    The manifest is streamed (:mod:`ghouta_corpus.io.manifest`) and the context holds
    each document's position, not its entry, so that memory does not grow with the
    corpus; a manifest the stream cannot vouch for, or with an entry the schema
    rejects, is read whole as before, which words every finding."""
    streamed = _streamed(root, defer_raw)
    if streamed is not None:
        return streamed
    ctx = Context(root)
    file = str(root / "manifest.json")
    data, problem = read_json(root / "manifest.json", within=root)
    if problem:
        return [file_finding(problem, file)] + _folder_findings(root, None), ctx
    findings = schema_findings("manifest", data, file, None)
    if findings:
        return findings + _folder_findings(root, None), ctx
    seen_files: set[str] = set()
    entries: dict[str, dict[str, Any]] = {}
    positions: dict[str, int] = {}
    ctx.manifest, ctx._positions = entries, positions
    for i, d in enumerate(data["documents"]):
        doc_id = d["doc_id"]
        if doc_id in positions or d["source_file"] in seen_files:
            findings.append(Finding("manifest-duplicate", file,
                                    f"doc_id {doc_id!r} or source file {d['source_file']!r} listed twice",
                                    doc_id, None, f"/documents/{i}"))
            continue
        seen_files.add(d["source_file"])
        entries[doc_id], positions[doc_id] = d, i
        if _entry_findings(ctx, findings, i, d, file, defer_raw):
            ctx.readable.add(doc_id)
    _defer(ctx, root, file, defer_raw)
    return findings + _folder_findings(root, seen_files), ctx


def _entry_findings(ctx: Context, findings: list[Finding], i: int, d: dict[str, Any], file: str,
                    defer_raw: bool) -> bool:
    """The findings of the ``i``-th entry, not a duplicate (added to ``findings``),
    and whether its raw text was checked here and is readable."""
    findings += _dct_findings(d, i, file)
    if defer_raw:
        return False
    found, text = _raw_findings(ctx.root, i, d, file)
    findings += found
    return text is not None


def _defer(ctx: Context, root: Path, file: str, defer_raw: bool) -> None:
    if defer_raw:
        ctx.raw_check = lambda doc_id: _raw_findings(root, ctx.position(doc_id), ctx.manifest[doc_id], file)


_CHUNK = 256
"""Entries checked against the schema at a time: a manifest of a chunk of entries is
valid exactly when each entry is (the schema constrains the array by its items and
its total length only, which is checked after the stream), and one check of a chunk
costs about what one check of one entry did (the schema proof's walk per call)."""


def _streamed(root: Path, defer_raw: bool) -> tuple[list[Finding], Context] | None:
    """:func:`check_manifest` entry by entry, or None when the manifest must be read
    whole: the stream is in doubt; an entry breaks the schema (one entry is checked
    in a manifest of a chunk of entries (:data:`_CHUNK`), which the schema accepts
    exactly when it accepts each entry inside the whole, as it constrains the array
    only by its items and its length); or a doc_id or source file is listed twice
    (the whole read names it). Document ids and source files are kept as hashes
    (:class:`~ghouta_corpus.io.manifest.HashIndex`), what is readable as one byte per
    document."""
    path, file = root / "manifest.json", str(root / "manifest.json")
    ctx = Context(root)
    ids, files, readable = HashIndex(), HashIndex(), bytearray()
    findings: list[Finding] = []
    try:
        n = 0
        entries = stream_entries(path, root)
        while chunk := list(islice(entries, _CHUNK)):
            if not is_valid("manifest", {"documents": chunk}):
                return None
            for d in chunk:
                ids.add(d["doc_id"], n)
                files.add(d["source_file"], n)
                readable.append(_entry_findings(ctx, findings, n, d, file, defer_raw))
                n += 1
    except ManifestDoubt:
        return None
    if n > schemas()["manifest"]["properties"]["documents"]["maxItems"] or not ids.freeze() \
            or not files.freeze():
        return None
    positions = Positions(path, root, ids)
    ctx._positions, ctx.manifest = positions, StreamedManifest(path, root, positions)
    ctx.readable, ctx.raw_checked = DocSet(positions, readable), DocSet(positions)
    _defer(ctx, root, file, defer_raw)
    return findings + _folder_findings(root, files), ctx
