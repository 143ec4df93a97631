"""The gold gate: what a document marked ``gold`` must have been through.

``status: gold`` is a claim that people reviewed the document; these rules check the
traces that claim leaves, so that setting the status by hand cannot publish a draft:

- ``gold-origin``: no span or record (COUNT_OF relation, attribution record,
  EVENT_ARG relation) still marked ``origin: auto``, i.e. made by the annotator and
  never looked at;
- ``gold-review``: the manifest entry has a review history with a step other than the
  automatic draft (who reviewed it, when);
- ``gold-placeholder``: the manifest entry says where the document creation time
  comes from, or why there is none (``dct_basis``), and holds no placeholder text
  (``TODO``, ``TBD``, ``FIXME``, ``XXX``, ``???``, ``<...>``, ``placeholder``);
- ``gold-audit``: no ``audit`` suspect that the reviewed allowlist does not explain
  (run over the whole dataset by :func:`check_gold_audit`, which the runner calls
  once the dataset is otherwise valid), for documents of the splits ``build``
  publishes. The development set's splits (``dev``, ``sealed``: the schema's
  ``x-unpublished``) are never published and keep their own audit process
  (``dataset/dev/README.md``: the sealed documents' suspects are left, on purpose, to
  a reviewer who may read them), so their gold is gated by the other three rules.

``build`` validates first, so it refuses a document that fails the gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ...io.corpus import StreamedCorpus, annotation_path, load_entities
from ...model.records import Document
from ...model.vocab import unpublished_splits
from ..context import Annotation, ptr
from ..parsed import ParsedDoc
from ..registry import rule_family
from ..report import Finding

PLACEHOLDER = re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b|\?\?|<[^<>\n]{0,80}>|\bplaceholder\b", re.IGNORECASE)
"""Text that stands for something still to be written."""

_RECORDS = ("spans", "relations", "attributions", "event_args")


def _is_gold(a: Annotation) -> bool:
    return bool(a.data["status"] == "gold")


def _entry(a: Annotation) -> tuple[dict[str, Any] | None, str]:
    """The document's manifest entry and its JSON pointer in manifest.json."""
    entry = a.ctx.manifest.get(a.doc_id)
    if entry is None:
        return None, ""
    return entry, ptr("documents", a.ctx.position(a.doc_id))


@rule_family("document", {
    "gold-origin": "a gold document has no span or record (COUNT_OF, attribution, EVENT_ARG) marked origin auto: "
                   "everything the annotator drafted has been reviewed",
})
def check_gold_origin(a: Annotation) -> Iterator[Finding]:
    if not _is_gold(a):
        return
    for key in _RECORDS:
        for i, item in enumerate(a.data[key]):
            if item.get("origin") == "auto":
                what = f"{item['label']} span {item['text']!r}" if key == "spans" else f"{key[:-1].replace('_', ' ')}"
                yield a.finding("gold-origin", f"the document is gold but its {what} is still origin auto (drafted, "
                                "never reviewed): review it and drop the origin, or set status draft", item["id"],
                                ptr(key, i, "origin"))


def manifest_texts(entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer below the entry, text) of every typed text field of a manifest entry
    (the derived event_date_range is left out)."""
    for key in ("outlet", "genre", "dct_basis"):
        if isinstance(entry.get(key), str):
            yield f"/{key}", entry[key]
    for k, step in enumerate(entry.get("review") or ()):
        for key in ("name", "by", "date_basis", "record"):
            if isinstance(step.get(key), str):
                yield f"/review/{k}/{key}", step[key]


@rule_family("document", {
    "gold-review": "a gold document's manifest entry has a review history with a step other than the automatic draft",
    "gold-placeholder": "a gold document's manifest entry says where its dct comes from or why it has none "
                        "(dct_basis) and holds no placeholder text (TODO, TBD, ???, <...>)",
})
def check_gold_manifest(a: Annotation) -> Iterator[Finding]:
    if not _is_gold(a):
        return
    entry, pointer = _entry(a)
    if entry is None:
        return  # doc-unknown says why
    manifest = str(a.ctx.root / "manifest.json")
    if not [s for s in entry.get("review") or () if s.get("step") != "draft"]:
        yield Finding("gold-review", manifest, "the document is gold but its manifest entry records no review "
                      "(passes, adjudication, correction, who and when): add its review history", a.doc_id, None,
                      pointer + "/review")
    if not entry.get("dct_basis"):
        yield Finding("gold-placeholder", manifest, "the document is gold but its manifest entry has no dct_basis: "
                      "give the dct and where it comes from, or say why no date is known (G97)", a.doc_id, None,
                      pointer + "/dct_basis")
    for where, text in manifest_texts(entry):
        m = PLACEHOLDER.search(text)
        if m:
            yield Finding("gold-placeholder", manifest, f"the document is gold but {where[1:]} holds placeholder "
                          f"text {m.group()!r}: {text[:80]!r}", a.doc_id, None, pointer + where)


def _suspect_finding(s: Any, root: Path, allowlist: Path) -> Finding:
    what = f"[{s.check}] {s.text!r}" + (f" at {s.start}..{s.end}" if s.start >= 0 else "")
    fix = f"fix the annotation, or record a reviewed exception with its rule in {allowlist}, or set status draft"
    if s.doc_id == "*":
        return Finding("gold-audit", str(allowlist), f"open audit finding involving gold documents "
                       f"{', '.join(s.docs) or '(entity table)'}: {what}: {s.message}; {fix}")
    return Finding("gold-audit", str(annotation_path(root, s.doc_id)), f"the document is gold but has an open audit "
                   f"finding {what}: {s.message}; {fix}", s.doc_id)


@rule_family("shared", {
    "gold-audit": "a gold document has no audit finding that the reviewed allowlist (audit_allowlist.json) does "
                  "not explain",
})
def check_gold_audit(root: Path) -> list[Finding]:
    """Run ``audit`` over the dataset (one document in memory at a time) and report
    each suspect the allowlist does not explain whose documents are all gold and of a
    published split; a suspect about the entity table alone counts once any such
    document exists. Suspects that involve a draft wait until it is marked gold.
    (``validate`` runs the same gate inside its single pass, :class:`GoldGate`.)"""
    corpus = StreamedCorpus(root)
    gate = GoldGate(root)
    for d in corpus.documents:
        gate.add(d)

    again = enumerate(corpus.documents)  # asked for in rising order: one more walk at most

    def reread(i: int) -> Document:
        return next(d for k, d in again if k == i)
    return gate.findings(reread)


class GoldGate:
    """The gold gate's audit fed one valid document at a time by validate's pass
    (:class:`~ghouta_corpus.validate.audit.StreamAudit`), so that the audit reads no
    file of its own; :meth:`findings` gives what :func:`check_gold_audit` reports."""

    def __init__(self, root: Path) -> None:
        # imported here: the audit reads the annotator's lexicons, which the other rules
        # (and ``ghouta-corpus validate FILE``) do not need to load
        from ..audit import AllowlistError, StreamAudit, load_allowlist
        self.root, self.path = root, root / "audit_allowlist.json"
        self.held = set(unpublished_splits())
        self.error: str | None = None
        try:
            allowlist = load_allowlist(self.path)
        except AllowlistError as e:
            allowlist, self.error = [], str(e)
        self.audit: StreamAudit | None = None
        self._make = lambda: StreamAudit(load_entities(root), allowlist)
        self.gold = False

    def add(self, d: Document | ParsedDoc) -> None:
        if self.audit is None:
            self.audit = self._make()
        counted = d.status == "gold" and (d.meta is None or d.meta.split not in self.held)
        self.gold = self.gold or counted
        self.audit.add(d, counted and self.error is None)

    def findings(self, reread: Callable[[int], Document]) -> list[Finding]:
        """The gate's findings once every document was added; ``reread(i)`` reads the
        ``i``-th added document again (see :meth:`StreamAudit.finish`)."""
        if not self.gold or self.audit is None:
            return []
        if self.error is not None:
            return [Finding("gold-audit", str(self.path), f"the allowlist cannot be read, so gold documents cannot be "
                            f"audited: {self.error}")]

        def again(i: int) -> tuple[Document, bool]:
            d = reread(i)
            return d, d.status == "gold" and (d.meta is None or d.meta.split not in self.held)
        return [_suspect_finding(s, self.root, self.path) for s in self.audit.finish(again)]
