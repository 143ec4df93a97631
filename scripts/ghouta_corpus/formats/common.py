"""What the format modules share: documents grouped by split, segment tokens, BIO tags,
file names from document ids."""

from __future__ import annotations

import re

from ..io import Corpus
from ..model.records import Document
from ..model.vocab import vocab
from ..text.tokens import BoundaryError, Token, bio_tags, tokenize
from .registry import FormatError


def split_of(doc: Document) -> str:
    if doc.meta is None:
        raise FormatError(f"document {doc.doc_id}: has no manifest entry, so no split")
    if doc.meta.split not in vocab("split"):
        raise FormatError(f"document {doc.doc_id}: split {doc.meta.split!r} is not one of {vocab('split')}")
    return doc.meta.split


def by_split(corpus: Corpus) -> list[tuple[str, list[Document]]]:
    """(split, documents) in the vocabulary's split order, manifest order inside."""
    groups: dict[str, list[Document]] = {s: [] for s in vocab("split")}
    for d in corpus.documents:
        groups[split_of(d)].append(d)
    return [(s, ds) for s, ds in groups.items() if ds]


def segment_tokens(doc: Document) -> list[list[Token]]:
    """The tokens of each segment, in segment order.

    Token views (CoNLL, spaCy) are built from segments so that sentence boundaries are
    the annotation's; text outside every segment would be silently dropped, so it is
    an error here (the validator's segment-cover rule forbids it)."""
    out: list[list[Token]] = []
    pos = 0
    for seg in sorted(doc.segments, key=lambda s: s.start):
        gap = doc.text[pos:seg.start]
        if seg.start < pos or gap.strip():
            raise FormatError(f"document {doc.doc_id}: text {pos}..{seg.start} lies outside the segments "
                              f"or segments overlap at {seg.id} (run ghouta-corpus validate)")
        out.append(tokenize(doc.text, seg.start, seg.end))
        pos = seg.end
    if doc.text[pos:].strip():
        raise FormatError(f"document {doc.doc_id}: text after offset {pos} lies outside the segments "
                          "(run ghouta-corpus validate)")
    return out


def tags(doc: Document, tokens: list[Token], labels: list[str]) -> list[str]:
    """BIO tags of ``tokens`` for the spans with ``labels`` (outermost span wins)."""
    try:
        return bio_tags(tokens, [(s.start, s.end, s.label) for s in doc.spans if s.label in labels])
    except BoundaryError as e:
        raise FormatError(f"document {doc.doc_id}: {e}") from None


def safe_doc_id(doc_id: str) -> str:
    """``doc_id`` if it can name a file. The schema's slug pattern guarantees it for
    the corpus; Documents built in code may not follow it."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", doc_id):
        raise FormatError(f"document id {doc_id!r} cannot be used as a file name")
    return doc_id
