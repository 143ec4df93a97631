"""Validation of the corpus: JSON Schema first, then every semantic rule.

:data:`RULES` is the registry of everything the validator can report, each with a
one-line statement; the test suite holds one failing fixture per rule. A
:class:`Finding` names the file, the document, the record (span, relation,
attribution, segment or entity id), the JSON pointer, the rule and what was found
against what was expected. Validation never stops at the first problem and never
raises on bad input: :func:`validate_paths` returns a :class:`Report`.

Semantic rules run only on files that passed the schema, so that they can rely on
types; the schema findings already say what is wrong with the others.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import UsageError
from ..io.read import read_json, read_text, too_deep
from ..model.records import ROLE_LABELS, label_layers, tag_columns
from ..model.vocab import is_valid, validator, vocab

RULES: dict[str, str] = {
    # files
    "file-missing": "a file the corpus needs exists",
    "file-unreadable": "a path that should be a file is a readable file",
    "file-encoding": "files are UTF-8 without a byte order mark",
    "json-empty": "a JSON file is not empty",
    "json-syntax": "a JSON file parses as strict JSON (no NaN, no trailing commas)",
    "json-depth": "JSON is nested no deeper than the format needs",
    "schema": "the file conforms to its JSON Schema in schema/",
    "file-name": "an annotation file is named <doc_id>.json",
    # manifest and raw text
    "manifest-duplicate": "doc_ids and source files are unique in the manifest",
    "raw-hash": "the raw text's SHA-256 equals the manifest's",
    "raw-char-count": "the raw text's length in code points equals the manifest's char_count",
    "doc-unknown": "an annotation file's doc_id is in the manifest",
    "doc-unannotated": "every manifest document has an annotation file",
    # ids and offsets
    "id-duplicate": "segment, span, relation and attribution ids are unique within a document",
    "offset-order": "start < end",
    "offset-range": "end <= length of the text",
    "span-text": "a span's text equals the document text between its offsets",
    "span-whitespace": "a span neither starts nor ends with whitespace",
    "span-paragraph": "a span or segment does not cross a newline",
    "span-duplicate": "no two spans have the same label and offsets",
    "mention-overlap": "ACTOR, LOCATION, COUNT and COUNTED spans never overlap",
    # segments
    "segment-cover": "segments are in order, do not overlap and cover every non-space character",
    "segment-whitespace": "a segment neither starts nor ends with whitespace",
    # references
    "ref-missing": "every span id a record refers to exists in the same document",
    "ref-label": "every span id a record refers to has the label its role needs",
    "relation-duplicate": "a COUNT_OF pair appears once",
    "counted-orphan": "every COUNTED span is the target of a COUNT_OF relation",
    "attribution-orphan": "every SOURCE, CUE and CONTENT span belongs to an attribution",
    "attribution-overlap": "spans of one attribution record do not overlap",
    # counts
    "count-bounds": "min <= value <= max for a COUNT",
    "count-modifier": "value, min and max follow the modifier's convention",
    "count-percent": "a percent COUNT is at most 100",
    # entities
    "entity-missing": "a NAM mention links to an entity",
    "entity-unknown": "an entity_id or source_entity exists in dataset/entities.json",
    "entity-label": "a mention's label equals its entity's label",
    "entity-actor-type": "an ACTOR mention's actor_type equals its entity's",
    "entity-alias": "a NAM mention's text is one of its entity's aliases",
    "entity-duplicate": "entity ids are unique in the entity table",
    "entity-fields": "ACTOR entities have an actor_type, LOCATION entities none; coordinates come with a GeoNames id; a null GeoNames id has a note",
}


@dataclass(frozen=True)
class Finding:
    rule: str
    file: str
    message: str
    doc_id: str | None = None
    record: str | None = None
    pointer: str = ""

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown rule {self.rule}")

    def line(self) -> str:
        where = [self.file]
        if self.doc_id:
            where.append(f"doc {self.doc_id}")
        if self.record:
            where.append(self.record)
        if self.pointer:
            where.append(self.pointer)
        return f"{': '.join(where)}: [{self.rule}] {self.message}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    documents: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        if self.ok:
            return f"valid: {self.files} files, {self.documents} documents, no findings"
        rules = sorted({f.rule for f in self.findings})
        return (f"invalid: {len(self.findings)} finding{'s' if len(self.findings) != 1 else ''} "
                f"in {self.files} files ({', '.join(rules)})")

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "files": self.files, "documents": self.documents,
                "findings": [f.to_json() for f in self.findings]}




@dataclass
class Context:
    """What annotation files are checked against: the manifest entries whose raw
    text is readable, and the entity table. Texts are read when a document is checked
    and not kept, so memory does not grow with the number of documents."""
    root: Path
    manifest: dict[str, dict[str, Any]] = field(default_factory=dict)
    readable: set[str] = field(default_factory=set)
    entities: dict[str, dict[str, Any]] | None = None

    def text(self, doc_id: str) -> str | None:
        if doc_id not in self.readable:
            return None
        text, _ = read_text(self.root / "raw" / self.manifest[doc_id]["source_file"])
        return text


def _ptr(*parts: Any) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _short(text: str, n: int = 40) -> str:
    return repr(text if len(text) <= n else text[: n - 3] + "...")


def _schema_findings(kind: str, data: Any, file: str, doc_id: str | None) -> list[Finding]:
    if is_valid(kind, data):
        return []
    deep = too_deep(data)
    if deep:
        return [Finding(deep.rule, file, deep.message, doc_id)]
    out = []
    for err in sorted(validator(kind).iter_errors(data), key=lambda e: list(e.absolute_path)):
        # report the most specific error of a oneOf/anyOf/if-then branch
        leaf = err
        while leaf.context:
            leaf = min(leaf.context, key=lambda e: len(list(e.absolute_schema_path)))
        path = list(err.absolute_path)
        rec = None
        if len(path) >= 2 and isinstance(data, dict):
            try:
                item = data[path[0]][path[1]]
                rec = item.get("id") or item.get("entity_id") or item.get("doc_id") if isinstance(item, dict) else None
            except (KeyError, IndexError, TypeError):
                rec = None
            if not isinstance(rec, str):
                rec = None
        msg = leaf.message
        if len(msg) > 200:
            msg = msg[:197] + "..."
        out.append(Finding("schema", file, f"{err.validator}: {msg}", doc_id, rec, _ptr(*path)))
    return out


# ---------------------------------------------------------------------------
# manifest, raw text, entities

def check_manifest(root: Path) -> tuple[list[Finding], Context]:
    ctx = Context(root)
    file = str(root / "manifest.json")
    data, problem = read_json(root / "manifest.json")
    if problem:
        return [Finding(problem.rule, file, problem.message)], ctx
    findings = _schema_findings("manifest", data, file, None)
    if findings:
        return findings, ctx
    seen_files: set[str] = set()
    for i, d in enumerate(data["documents"]):
        doc_id = d["doc_id"]
        if doc_id in ctx.manifest or d["source_file"] in seen_files:
            findings.append(Finding("manifest-duplicate", file, f"doc_id {doc_id!r} or source file {d['source_file']!r} listed twice",
                                    doc_id, None, f"/documents/{i}"))
            continue
        seen_files.add(d["source_file"])
        ctx.manifest[doc_id] = d
        raw = root / "raw" / d["source_file"]
        rawfile = str(raw)
        if not raw.is_file():
            findings.append(Finding("file-missing", rawfile, "raw text named in the manifest does not exist", doc_id, None, _ptr("documents", i, "source_file")))
            continue
        blob = raw.read_bytes()
        digest = hashlib.sha256(blob).hexdigest()
        del blob
        if digest != d["sha256"]:
            findings.append(Finding("raw-hash", file, f"SHA-256 of {rawfile} is {digest}, manifest says {d['sha256']}", doc_id, None, _ptr("documents", i, "sha256")))
        text, problem = read_text(raw)
        if problem:
            findings.append(Finding(problem.rule, rawfile, problem.message, doc_id))
            continue
        assert text is not None
        if len(text) != d["char_count"]:
            findings.append(Finding("raw-char-count", file, f"{rawfile} has {len(text)} characters, manifest says {d['char_count']}", doc_id, None, _ptr("documents", i, "char_count")))
        ctx.readable.add(doc_id)
    return findings, ctx


def check_entities(path: Path, ctx: Context) -> list[Finding]:
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return [Finding(problem.rule, file, problem.message)]
    findings = _schema_findings("entities", data, file, None)
    if findings:
        return findings
    table: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(data["entities"]):
        eid = e["entity_id"]
        ptr = f"/entities/{i}"
        if eid in table:
            findings.append(Finding("entity-duplicate", file, f"entity_id {eid!r} defined twice", None, eid, ptr))
        table[eid] = e
        if (e["label"] == "ACTOR") != (e["actor_type"] is not None):
            findings.append(Finding("entity-fields", file, f"{e['label']} entity has actor_type {e['actor_type']!r}; ACTOR entities need one, LOCATION entities none", None, eid, ptr + "/actor_type"))
        geo = (e["geonames_id"], e["latitude"], e["longitude"])
        if (e["latitude"] is None) != (e["longitude"] is None) or (e["geonames_id"] is None and e["latitude"] is not None):
            findings.append(Finding("entity-fields", file, f"geonames_id, latitude, longitude must be all set or all null, found {geo}", None, eid, ptr))
        if e["label"] == "LOCATION" and e["geonames_id"] is None and not e["geonames_note"]:
            findings.append(Finding("entity-fields", file, "LOCATION entity without GeoNames id needs a geonames_note saying why", None, eid, ptr + "/geonames_note"))
        if e["label"] == "ACTOR" and e["geonames_id"] is not None:
            findings.append(Finding("entity-fields", file, "ACTOR entity carries a GeoNames id; only places have one", None, eid, ptr + "/geonames_id"))
    ctx.entities = table
    return findings


# ---------------------------------------------------------------------------
# one annotation file

_ROLE_LABELS = {role: (label,) for role, label in ROLE_LABELS.items()}
_COUNT_TARGETS = ("ACTOR", "LOCATION", "COUNTED")


def _offsets_ok(item: dict[str, Any], text: str, what: str, file: str, doc_id: str, ptr: str) -> list[Finding]:
    out = []
    s, e = item["start"], item["end"]
    rid = item["id"]
    if s >= e:
        out.append(Finding("offset-order", file, f"{what} start {s} is not before end {e}", doc_id, rid, ptr))
    elif e > len(text):
        out.append(Finding("offset-range", file, f"{what} end {e} is past the end of the text ({len(text)} characters)", doc_id, rid, ptr + "/end"))
    return out


def _count_findings(sp: dict[str, Any], file: str, doc_id: str, ptr: str) -> list[Finding]:
    out = []
    v, lo, hi, mod = sp["value"], sp["min"], sp["max"], sp["modifier"]
    rid = sp["id"]
    if v is not None and ((lo is not None and lo > v) or (hi is not None and v > hi)):
        out.append(Finding("count-bounds", file, f"need min <= value <= max, found min={lo} value={v} max={hi}", doc_id, rid, ptr))
    elif v is None and lo is not None and hi is not None and lo > hi:
        out.append(Finding("count-bounds", file, f"need min <= max, found min={lo} max={hi}", doc_id, rid, ptr))
    expected = {
        "exact": lambda: v is not None and lo == v and hi == v,
        "more_than": lambda: v is not None and lo == v and hi is None,
        "at_least": lambda: v is not None and lo == v and hi is None,
        "at_most": lambda: v is not None and hi == v and lo is None,
        "less_than": lambda: v is not None and hi == v and lo is None,
        "approximately": lambda: v is not None and lo is None and hi is None,
        "vague": lambda: v is None and hi is None and lo is not None,
    }
    conventions = {
        "exact": "value = min = max", "more_than": "value = min, max null", "at_least": "value = min, max null",
        "at_most": "value = max, min null", "less_than": "value = max, min null",
        "approximately": "a value, min and max null", "vague": "value null, max null, a min",
    }
    if not expected[mod]():
        out.append(Finding("count-modifier", file, f"modifier {mod} needs {conventions[mod]}, found value={v} min={lo} max={hi}", doc_id, rid, ptr))
    if sp["unit"] == "percent" and any(x is not None and x > 100 for x in (v, lo, hi)):
        out.append(Finding("count-percent", file, f"percent COUNT above 100: value={v} min={lo} max={hi}", doc_id, rid, ptr))
    return out


def float_offsets(data: dict[str, Any], file: str, doc_id: str) -> list[Finding]:
    """JSON Schema's ``integer`` admits ``3.0``; offsets written that way would still
    break every reader that indexes text, so they are reported as schema findings."""
    out = []
    for key in ("segments", "spans"):
        for i, item in enumerate(data[key]):
            for k in ("start", "end"):
                if not isinstance(item[k], int):
                    out.append(Finding("schema", file, f"type: {k} must be written as an integer, found {item[k]!r}",
                                       doc_id, item["id"], f"/{key}/{i}/{k}"))
    return out


def check_annotation(data: dict[str, Any], file: str, ctx: Context, expect_doc_id: str | None = None) -> list[Finding]:
    """Every semantic rule on one schema-valid annotation file."""
    doc_id = data["doc_id"]
    findings: list[Finding] = float_offsets(data, file, doc_id)
    if findings:
        return findings
    if expect_doc_id is not None and doc_id != expect_doc_id:
        findings.append(Finding("file-name", file, f"file is named {expect_doc_id}.json but holds doc_id {doc_id!r}", doc_id, None, "/doc_id"))
    if doc_id not in ctx.manifest:
        findings.append(Finding("doc-unknown", file, f"doc_id {doc_id!r} is not in {ctx.root / 'manifest.json'}", doc_id, None, "/doc_id"))
        return findings
    text = ctx.text(doc_id)
    if text is None:
        return findings  # the raw text's own finding says why
    f = findings.append

    ids: dict[str, str] = {}
    for key in ("segments", "spans", "relations", "attributions"):
        for i, item in enumerate(data[key]):
            if item["id"] in ids:
                f(Finding("id-duplicate", file, f"id {item['id']} used twice (first in {ids[item['id']]})", doc_id, item["id"], _ptr(key, i, "id")))
            else:
                ids[item["id"]] = key

    # segments
    prev_end = 0
    for i, seg in enumerate(data["segments"]):
        ptr = f"/segments/{i}"
        bad = _offsets_ok(seg, text, "segment", file, doc_id, ptr)
        findings.extend(bad)
        if bad:
            continue
        s, e = seg["start"], seg["end"]
        chunk = text[s:e]
        if chunk != chunk.strip():
            f(Finding("segment-whitespace", file, f"segment {_short(chunk)} starts or ends with whitespace", doc_id, seg["id"], ptr))
        if "\n" in chunk:
            f(Finding("span-paragraph", file, f"segment crosses a newline at {s + chunk.index(chr(10))}", doc_id, seg["id"], ptr))
        if s < prev_end:
            f(Finding("segment-cover", file, f"segment starts at {s}, before the previous one ends at {prev_end} (out of order or overlapping)", doc_id, seg["id"], ptr + "/start"))
        elif text[prev_end:s].strip():
            f(Finding("segment-cover", file, f"text {_short(text[prev_end:s].strip())} at {prev_end}..{s} is in no segment", doc_id, seg["id"], ptr + "/start"))
        prev_end = max(prev_end, e)
    if text[prev_end:].strip() and not any(x.rule == "offset-range" for x in findings):
        f(Finding("segment-cover", file, f"text {_short(text[prev_end:].strip())} after the last segment ({prev_end}..{len(text)}) is in no segment", doc_id, None, "/segments"))

    # spans
    spans: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[str, int, int], str] = {}
    good: list[dict[str, Any]] = []
    for i, sp in enumerate(data["spans"]):
        ptr = f"/spans/{i}"
        spans.setdefault(sp["id"], sp)
        bad = _offsets_ok(sp, text, f"{sp['label']} span", file, doc_id, ptr)
        findings.extend(bad)
        if bad:
            continue
        s, e = sp["start"], sp["end"]
        actual = text[s:e]
        if sp["text"] != actual:
            f(Finding("span-text", file, f"text {_short(sp['text'])} does not equal the document text {_short(actual)} at {s}..{e}", doc_id, sp["id"], ptr + "/text"))
        if actual != actual.strip():
            f(Finding("span-whitespace", file, f"{sp['label']} {_short(actual)} starts or ends with whitespace", doc_id, sp["id"], ptr))
        if "\n" in actual:
            f(Finding("span-paragraph", file, f"{sp['label']} {_short(actual)} crosses a paragraph break", doc_id, sp["id"], ptr))
        key = (sp["label"], s, e)
        if key in seen:
            f(Finding("span-duplicate", file, f"{sp['label']} {_short(actual)} at {s}..{e} is also span {seen[key]}", doc_id, sp["id"], ptr))
        seen[key] = sp["id"]
        if sp["label"] == "COUNT":
            findings.extend(_count_findings(sp, file, doc_id, ptr))
        if sp["label"] in ("ACTOR", "LOCATION"):
            findings.extend(_entity_link_findings(sp, file, doc_id, ptr, ctx))
        good.append(sp)

    mention_labels = set(tag_columns()["mention"])
    mentions = sorted((sp for sp in good if sp["label"] in mention_labels), key=lambda x: (x["start"], x["end"]))
    for a, b in zip(mentions, mentions[1:]):
        if b["start"] < a["end"]:
            f(Finding("mention-overlap", file, f"{b['label']} {_short(b['text'])} at {b['start']}..{b['end']} overlaps {a['label']} {a['id']} {_short(a['text'])} at {a['start']}..{a['end']}",
                      doc_id, b["id"], _ptr("spans", data["spans"].index(b))))

    def resolve(ref: str, allowed: tuple[str, ...], ptr: str, owner: str) -> dict[str, Any] | None:
        sp = spans.get(ref)
        if sp is None:
            f(Finding("ref-missing", file, f"refers to span {ref}, which does not exist", doc_id, owner, ptr))
            return None
        if sp["label"] not in allowed:
            f(Finding("ref-label", file, f"refers to {ref}, a {sp['label']} span; expected {' or '.join(allowed)}", doc_id, owner, ptr))
            return None
        return sp

    # relations
    pairs: set[tuple[str, str]] = set()
    targeted: set[str] = set()
    for i, r in enumerate(data["relations"]):
        ptr = f"/relations/{i}"
        resolve(r["count"], ("COUNT",), ptr + "/count", r["id"])
        if resolve(r["target"], _COUNT_TARGETS, ptr + "/target", r["id"]):
            targeted.add(r["target"])
        pair = (r["count"], r["target"])
        if pair in pairs:
            f(Finding("relation-duplicate", file, f"COUNT_OF {r['count']} -> {r['target']} appears twice", doc_id, r["id"], ptr))
        pairs.add(pair)
    for i, sp in enumerate(data["spans"]):
        if sp["label"] == "COUNTED" and sp["id"] not in targeted:
            f(Finding("counted-orphan", file, f"COUNTED {_short(sp['text'])} is not the target of any COUNT_OF relation", doc_id, sp["id"], f"/spans/{i}"))

    # attributions
    used: set[str] = set()
    for i, a in enumerate(data["attributions"]):
        ptr = f"/attributions/{i}"
        members = []
        for role, labels in _ROLE_LABELS.items():
            for j, ref in enumerate(a[role]):
                used.add(ref)
                sp = resolve(ref, labels, ptr + f"/{role}/{j}", a["id"])
                if sp is not None and not any(x.record == sp["id"] and x.rule.startswith("offset") for x in findings):
                    members.append(sp)
        members.sort(key=lambda x: (x["start"], x["end"]))
        for x, y in zip(members, members[1:]):
            if y["start"] < x["end"]:
                f(Finding("attribution-overlap", file, f"{y['label']} {y['id']} overlaps {x['label']} {x['id']} inside one record", doc_id, a["id"], ptr))
        se = a["source_entity"]
        if se is not None and ctx.entities is not None and se not in ctx.entities:
            f(Finding("entity-unknown", file, f"source_entity {se!r} is not in the entity table", doc_id, a["id"], ptr + "/source_entity"))
    attr_labels = set(label_layers()["attribution"])
    for i, sp in enumerate(data["spans"]):
        if sp["label"] in attr_labels and sp["id"] not in used:
            f(Finding("attribution-orphan", file, f"{sp['label']} {_short(sp['text'])} belongs to no attribution record", doc_id, sp["id"], f"/spans/{i}"))
    return findings


def _entity_link_findings(sp: dict[str, Any], file: str, doc_id: str, ptr: str, ctx: Context) -> list[Finding]:
    out = []
    eid = sp["entity_id"]
    if eid is None:
        if sp["mention_type"] == "NAM":
            out.append(Finding("entity-missing", file, f"NAM {sp['label']} {_short(sp['text'])} links to no entity", doc_id, sp["id"], ptr + "/entity_id"))
        return out
    if ctx.entities is None:
        return out
    ent = ctx.entities.get(eid)
    if ent is None:
        out.append(Finding("entity-unknown", file, f"entity_id {eid!r} is not in the entity table", doc_id, sp["id"], ptr + "/entity_id"))
        return out
    if ent["label"] != sp["label"]:
        out.append(Finding("entity-label", file, f"{sp['label']} {_short(sp['text'])} links to {eid}, a {ent['label']} entity", doc_id, sp["id"], ptr + "/entity_id"))
    elif sp["label"] == "ACTOR" and ent["actor_type"] != sp["actor_type"]:
        out.append(Finding("entity-actor-type", file, f"actor_type {sp['actor_type']} differs from entity {eid}'s {ent['actor_type']}", doc_id, sp["id"], ptr + "/actor_type"))
    if sp["mention_type"] == "NAM" and sp["text"] not in ent["aliases"]:
        out.append(Finding("entity-alias", file, f"NAM {_short(sp['text'])} is not among the aliases of {eid} {ent['aliases']}", doc_id, sp["id"], ptr + "/text"))
    return out


def check_annotation_file(path: Path, ctx: Context) -> list[Finding]:
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return [Finding(problem.rule, file, problem.message, path.stem)]
    doc_id = data.get("doc_id") if isinstance(data, dict) and isinstance(data.get("doc_id"), str) else None
    findings = _schema_findings("annotation", data, file, doc_id)
    if findings:
        return findings
    return check_annotation(data, file, ctx, expect_doc_id=path.stem)


# ---------------------------------------------------------------------------
# entry point

def _is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "manifest.json").exists()


def _context(root: Path, report: Report) -> Context:
    findings, ctx = check_manifest(root)
    report.findings.extend(findings)
    report.files += 1 + len(ctx.readable)
    ent = root / "entities.json"
    report.findings.extend(check_entities(ent, ctx))
    report.files += 1
    return ctx


_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _check_in_worker(path: Path) -> list[Finding]:
    assert _WORKER_CTX is not None
    return check_annotation_file(path, _WORKER_CTX)


def _check_files(files: list[Path], ctx: Context, jobs: int) -> Iterator[list[Finding]]:
    """Findings per file, in file order; ``jobs`` > 1 spreads files over processes."""
    if jobs <= 1 or len(files) < 2:
        for p in files:
            yield check_annotation_file(p, ctx)
        return
    import multiprocessing as mp
    with mp.get_context("fork" if hasattr(__import__("os"), "fork") else "spawn").Pool(
            jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        yield from pool.imap(_check_in_worker, files, chunksize=max(1, min(256, len(files) // (jobs * 8) or 1)))


def validate_dataset(root: Path, report: Report | None = None, jobs: int = 1) -> Report:
    """Validate a whole dataset folder: manifest, raw texts and their hashes, the
    entity table, and every annotation file, including that each manifest document
    has one. Files are checked one at a time (or by ``jobs`` processes) and only their
    findings are kept, so memory stays flat however many documents there are."""
    report = report or Report()
    ctx = _context(root, report)
    ann_dir = root / "annotations"
    files = sorted(ann_dir.glob("*.json")) if ann_dir.is_dir() else []
    for found in _check_files(files, ctx, jobs):
        report.findings.extend(found)
        report.files += 1
        report.documents += 1
    have = {p.stem for p in files}
    for doc_id in ctx.manifest:
        if doc_id not in have:
            report.findings.append(Finding("doc-unannotated", str(ann_dir / f"{doc_id}.json"), "manifest document has no annotation file", doc_id))
    return report


def validate_paths(paths: Iterable[Path], dataset: Path, jobs: int = 1) -> Report:
    """Validate each path: a dataset folder (everything in it), a folder of annotation
    files, ``manifest.json``, ``entities.json`` or one annotation file. Annotation
    files are checked against the manifest, raw texts and entity table of
    ``dataset``. Raises :class:`UsageError` for a path that does not exist."""
    paths = list(paths)
    for p in paths:
        if not p.exists():
            raise UsageError(f"{p}: no such file or directory")
    report = Report()
    ctx: Context | None = None
    for p in paths:
        if _is_dataset(p):
            validate_dataset(p, report, jobs)
            continue
        if ctx is None:
            ctx = _context(dataset, report)
        if p.is_dir():
            targets = sorted(p.glob("*.json"))
            if not targets:
                raise UsageError(f"{p}: folder holds no .json annotation files")
        else:
            targets = [p]
        for t in targets:
            report.files += 1
            if t.name == "manifest.json":
                report.findings.extend(check_manifest(t.parent)[0])
            elif t.name == "entities.json":
                report.findings.extend(check_entities(t, Context(dataset)))
            else:
                report.documents += 1
                report.findings.extend(check_annotation_file(t, ctx))
    return report
