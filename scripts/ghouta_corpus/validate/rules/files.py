"""File rules: what the reader rejects, and the JSON Schema.

The reader (:mod:`ghouta_corpus.io.read`) names the rule each problem breaks; this
module declares those rules and turns the reader's errors into findings. The schema
rule covers what ``schema/`` says and one thing JSON Schema cannot: offsets written as
``3.0``.
"""

from __future__ import annotations

from typing import Any

from ...io import CorpusError, too_deep
from ...model.vocab import is_valid, validator
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


@rule_family("shared", {"schema": "the file conforms to its JSON Schema in schema/"})
def schema_findings(kind: str, data: Any, file: str, doc_id: str | None) -> list[Finding]:
    """Every place ``data`` breaks the ``kind`` schema, the most specific error of
    each (``oneOf``/``anyOf``/``if``-``then`` branches are followed to their leaf)."""
    if is_valid(kind, data):
        return []
    deep = too_deep(data)
    if deep:
        return [file_finding(deep, file, doc_id)]
    out = []
    for err in sorted(validator(kind).iter_errors(data), key=lambda e: list(e.absolute_path)):
        leaf = err
        while leaf.context:
            leaf = min(leaf.context, key=lambda e: len(list(e.absolute_schema_path)))
        path = list(err.absolute_path)
        msg = leaf.message
        if len(msg) > 200:
            msg = msg[:197] + "..."
        out.append(Finding("schema", file, f"{err.validator}: {msg}", doc_id, _record_id(data, path), ptr(*path)))
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
