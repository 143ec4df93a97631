"""Document rules: an annotation file belongs to a manifest document, and every
manifest document has one."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from ...text.diff import first_difference
from ..context import Context
from ..registry import rule_family
from ..report import Finding


@rule_family("shared", {
    "file-name": "an annotation file is named <doc_id>.json",
    "doc-unknown": "an annotation file's doc_id is in the manifest",
})
def check_document(data: dict[str, Any], file: str, ctx: Context, expect_doc_id: str | None) -> list[Finding]:
    """Whether the file is named after its document and the document is known; the
    runner checks nothing else in a file whose document is unknown."""
    doc_id = data["doc_id"]
    out = []
    if expect_doc_id is not None and doc_id != expect_doc_id:
        out.append(Finding("file-name", file, f"file is named {expect_doc_id}.json but holds doc_id {doc_id!r}",
                           doc_id, None, "/doc_id", first_difference(expect_doc_id, doc_id)))
    if doc_id not in ctx.manifest:
        out.append(Finding("doc-unknown", file, f"doc_id {doc_id!r} is not in {ctx.root / 'manifest.json'}",
                           doc_id, None, "/doc_id"))
    return out


@rule_family("shared", {"doc-unannotated": "every manifest document has an annotation file"})
def check_unannotated(ctx: Context, annotated: Iterable[str], folder: Path) -> list[Finding]:
    """A finding for every manifest document without an annotation file in ``folder``
    (``annotated`` is used as it is when it is a set already: the pass's is one byte
    per document, and a set of its strings would grow with the corpus)."""
    have = annotated if isinstance(annotated, AbstractSet) else set(annotated)
    return [Finding("doc-unannotated", str(folder / f"{doc_id}.json"), "manifest document has no annotation file",
                    doc_id) for doc_id in ctx.manifest if doc_id not in have]
