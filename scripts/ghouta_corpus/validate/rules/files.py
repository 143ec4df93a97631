"""File rules: what the reader rejects, and the JSON Schema.

The reader (:mod:`ghouta_corpus.io.read`) names the rule each problem breaks; this
module declares those rules and turns the reader's errors into findings. The schema
rule covers what ``schema/`` says and one thing JSON Schema cannot: offsets written as
``3.0``.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ...io import CorpusError, too_deep
from ...model.vocab import checked_valid, fast_errors, is_valid, validator
from ..context import ptr
from ..registry import rule_family
from ..report import Finding


@rule_family("shared", {
    "file-missing": "a file the corpus needs exists",
    "file-unreadable": "a path that should be a file is a readable file",
    "file-encoding": "files are UTF-8 without a byte order mark",
    "json-empty": "a JSON file is not empty",
    "json-syntax": "a JSON file parses as strict JSON (no NaN, no trailing commas)",
    "json-depth": "JSON is nested no deeper than the format needs",
})
def file_finding(problem: CorpusError, file: str, doc_id: str | None = None) -> Finding:
    """The finding of a file the reader could not read."""
    return Finding(problem.rule, file, problem.message, doc_id)


def _record_id(data: Any, path: list[Any]) -> str | None:
    """The id of the record an error sits in (``/spans/3/...`` -> that span's id)."""
    if len(path) < 2 or not isinstance(data, dict):
        return None
    try:
        item = data[path[0]][path[1]]
    except (KeyError, IndexError, TypeError):
        return None
    rec = item.get("id") or item.get("entity_id") or item.get("doc_id") if isinstance(item, dict) else None
    return rec if isinstance(rec, str) else None


DETAIL_LIMIT = 100
"""Records whose schema errors get the reference validator's detailed messages; the
errors of further records are worded by ``jsonschema-rs`` (same rule, place and
keyword), so a file with 100,000 broken records is reported in seconds, not hours."""


def _record_key(data: Any, path: list[Any]) -> tuple[Any, ...]:
    """The top-level record an error sits in: ``("spans", 3)`` for ``/spans/3/...``, else ``(key,)`` or ``()``."""
    if len(path) >= 2 and isinstance(data, dict) and isinstance(data.get(path[0]), list) and isinstance(path[1], int):
        return (path[0], path[1])
    return tuple(path[:1])


def _finding(data: Any, path: list[Any], keyword: str, msg: str, file: str, doc_id: str | None) -> Finding:
    if len(msg) > 200:
        msg = msg[:197] + "..."
    return Finding("schema", file, f"{keyword}: {msg}", doc_id, _record_id(data, path), ptr(*path))


def _detailed(kind: str, data: Any, records: list[tuple[Any, ...]] | None) -> list[tuple[list[Any], str, str]]:
    """The reference validator's errors, each worded by its most specific leaf. With
    ``records``, of those records only: it then runs on a copy of ``data`` whose
    top-level arrays hold just them (an array with an error of its own stays whole;
    errors the reduction itself would cause are not wanted, so they are dropped), and
    indices are mapped back, so the cost follows the number of broken records."""
    keep: dict[str, list[int]] = {}
    reduced = data
    if records is not None and isinstance(data, dict):
        keep = {key: [] for key, v in data.items() if isinstance(v, list) and (key,) not in records}
        for rec in records:
            if len(rec) == 2 and rec[0] in keep:
                keep[rec[0]].append(rec[1])
        reduced = {**data, **{key: [data[key][i] for i in idx] for key, idx in keep.items()}}
    wanted = None if records is None else set(records)
    out = []
    for err in validator(kind).iter_errors(reduced):
        leaf = err
        while leaf.context:
            leaf = min(leaf.context, key=lambda e: len(list(e.absolute_schema_path)))
        path = list(err.absolute_path)
        if len(path) >= 2 and path[0] in keep and isinstance(path[1], int):
            path[1] = keep[path[0]][path[1]]
        if wanted is None or _record_key(data, path) in wanted:
            out.append((path, str(err.validator), leaf.message))
    return out


@rule_family("shared", {"schema": "the file conforms to its JSON Schema in schema/"})
def schema_findings(kind: str, data: Any, file: str, doc_id: str | None) -> list[Finding]:
    """Every place ``data`` breaks the ``kind`` schema, the most specific error of
    each (``oneOf``/``anyOf``/``if``-``then`` branches are followed to their leaf).

    ``jsonschema-rs`` finds every error; the reference ``jsonschema`` words those of
    the first :data:`DETAIL_LIMIT` broken records, validating only them (without
    ``jsonschema-rs``, all of them on the whole file)."""
    if is_valid(kind, data):
        return []
    return _schema_errors(kind, data, file, doc_id)


def unproven_schema_findings(kind: str, data: Any, file: str, doc_id: str | None) -> list[Finding]:
    """:func:`schema_findings` of ``data`` that the schema proof was not sure of
    (:func:`~ghouta_corpus.model.vocab.proven` said None): the proof is not run again."""
    if checked_valid(kind, data):
        return []
    return _schema_errors(kind, data, file, doc_id)


def _schema_errors(kind: str, data: Any, file: str, doc_id: str | None) -> list[Finding]:
    deep = too_deep(data)
    if deep:
        return [file_finding(deep, file, doc_id)]
    fast = fast_errors(kind, data)
    if fast is None:
        errors = _detailed(kind, data, None)
    else:
        records = list(dict.fromkeys(_record_key(data, path) for path, _, _ in fast))
        errors = _detailed(kind, data, records[:DETAIL_LIMIT])
        rest = set(records[DETAIL_LIMIT:])
        errors += [e for e in fast if _record_key(data, e[0]) in rest]
    errors.sort(key=lambda e: e[0])
    return [_finding(data, path, keyword, msg, file, doc_id) for path, keyword, msg in errors]


def float_offsets(data: dict[str, Any], file: str, doc_id: str) -> list[Finding]:
    """JSON Schema's ``integer`` admits ``3.0``; offsets written that way would still
    break every reader that indexes text, so they are reported as schema findings."""
    out = []
    for key in ("segments", "spans"):
        items = data[key]
        if set(map(type, map(itemgetter("start"), items))) | set(map(type, map(itemgetter("end"), items))) <= {int}:
            continue  # every offset a plain int (one pass in C); else the loop below finds which are not
        for i, item in enumerate(items):
            for k in ("start", "end"):
                if not isinstance(item[k], int):
                    out.append(Finding("schema", file, f"type: {k} must be written as an integer, found {item[k]!r}",
                                       doc_id, item["id"], f"/{key}/{i}/{k}"))
    return out
