"""CoNLL: token-per-line BIO files per tag column and split (export only).

``<out>/<column>/<split>.conll`` for each BIO tag column of the schema (``mention``:
ACTOR, LOCATION, COUNT, COUNTED; ``attribution``: SOURCE, CUE, CONTENT) and each split
that has documents. One token per line, space-separated columns ``token start end
tag`` (character offsets into the raw text, end exclusive; tokens never contain
whitespace). Each document starts with the line ``-DOCSTART- <doc_id> -X- O`` and a
blank line; each segment (one sentence) is followed by a blank line. Where attribution
spans nest, the outermost span wins (:func:`ghouta_corpus.text.tokens.bio_tags`); the
nested records are only in the other formats. A span that crosses a segment boundary
(a multi-sentence quote CONTENT) keeps going: the next segment starts with ``I-``
tags, so a reader joins a segment-initial ``I-X`` with the ``X`` span that ended the
previous segment.
"""

from __future__ import annotations

from pathlib import Path

from ..io import Corpus, atomic_write
from ..model.records import Document, tag_columns
from .common import by_split, safe_doc_id, segment_tokens, tags
from .registry import Format, register


def _document_block(doc: Document, labels: list[str]) -> list[str]:
    blocks = [f"-DOCSTART- {safe_doc_id(doc.doc_id)} -X- O\n"]
    segs = segment_tokens(doc)
    doc_tags = tags(doc, [t for seg in segs for t in seg], labels)
    i = 0
    for seg in segs:
        if not seg:
            continue
        lines = []
        for t in seg:
            lines.append(f"{t.text} {t.start} {t.end} {doc_tags[i]}")
            i += 1
        blocks.append("\n".join(lines) + "\n")
    return blocks


def export_conll(corpus: Corpus, out: Path) -> list[Path]:
    files = []
    for column, labels in tag_columns().items():
        for split, docs in by_split(corpus):
            blocks = [b for doc in docs for b in _document_block(doc, labels)]
            files.append(atomic_write(out / column / f"{split}.conll", "\n".join(blocks) + "\n"))
    return files


FORMAT = register(Format("conll", "token-per-line BIO files per tag column and split: <column>/<split>.conll",
                         export_conll))
