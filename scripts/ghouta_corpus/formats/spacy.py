"""spaCy: a ``DocBin`` per split, one span group per layer (export only).

``<out>/<split>.spacy``: a spaCy ``DocBin`` per split (``spacy.blank("en")``
vocabulary, no model). Docs are built from :func:`ghouta_corpus.text.tokens.tokenize`
tokens with their real whitespace (extra whitespace becomes whitespace tokens as in
spaCy), so ``doc.text`` is the raw text and every span aligns. ``doc.spans`` holds one
group per layer of the schema (``entity``, ``count``, ``attribution``; spans keep
nesting there, ``span.id_`` is the span id and ``span.kb_id_`` the entity id) and
``segments`` (label = role); ``doc.ents`` is the mention tag column; sentence starts
are the segments; ``doc.user_data`` holds ``doc_id``, ``meta`` and the full
``annotation`` JSON (relations and attribution records included).

spaCy is an optional dependency (the ``spacy`` extra), imported only when this format
is written, so that the package and its CLI work without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..io import Corpus, atomic_write
from ..model.records import Document, label_layers, tag_columns
from ..text.tokens import Token
from .common import by_split, segment_tokens
from .registry import Format, FormatError, register

_SPACY_MISSING = "the spacy format needs spaCy: install the spacy extra: pip install -e '.[spacy]'"


def _spacy_words(doc: Document, segs: list[list[Token]]) -> tuple[list[str], list[bool], list[bool], list[int]]:
    """Words, trailing-space flags and sentence starts for ``spacy.tokens.Doc``, and
    for each of our tokens its index among the words.

    spaCy's text is each word plus one optional space; any other whitespace between
    our tokens becomes a whitespace token, as spaCy's own tokenizer does it."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    index: list[int] = []
    text = doc.text

    def gap(g: str) -> None:
        if not g:
            return
        if words and g[0] == " ":
            spaces[-1] = True
            g = g[1:]
        if g:
            words.append(g)
            spaces.append(False)
            starts.append(not starts)

    pos = 0
    for seg in segs:
        for k, t in enumerate(seg):
            gap(text[pos:t.start])
            index.append(len(words))
            words.append(t.text)
            spaces.append(False)
            starts.append(k == 0 or len(starts) == 0)
            pos = t.end
    gap(text[pos:])
    if starts:
        starts[0] = True
    return words, spaces, starts, index


def _spacy_doc(nlp: Any, d: Document) -> Any:
    """The spaCy ``Doc`` of one document, with its span groups, entities and user data."""
    from spacy.tokens import Doc  # spaCy is optional (the spacy extra): imported only when this format is written
    from spacy.tokens import Span as SpacySpan
    segs = segment_tokens(d)
    words, spaces, starts, index = _spacy_words(d, segs)
    sdoc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=list(starts))
    if sdoc.text != d.text:
        raise FormatError(f"document {d.doc_id}: spaCy text differs from the raw text")

    def char_span(s: Any) -> Any:
        sp = sdoc.char_span(s.start, s.end, label=s.label, kb_id=s.entity_id or "", span_id=s.id,
                            alignment_mode="strict")
        if sp is None:
            raise FormatError(f"document {d.doc_id}: span {s.id} {s.start}..{s.end} {d.text[s.start:s.end]!r} "
                              "does not align to token boundaries")
        return sp

    for layer, labels in label_layers().items():
        sdoc.spans[layer] = [char_span(s) for s in d.spans if s.label in labels]
    # segments by token index: a segment's own edges may be whitespace
    seg_spans, k = [], 0
    for g, toks in zip(sorted(d.segments, key=lambda g: g.start), segs, strict=False):
        if toks:
            seg_spans.append(SpacySpan(sdoc, index[k], index[k + len(toks) - 1] + 1, label=g.role, span_id=g.id))
        k += len(toks)
    sdoc.spans["segments"] = seg_spans
    mention_labels = tag_columns()["mention"]
    try:
        sdoc.ents = [char_span(s) for s in d.spans if s.label in mention_labels]
    except ValueError as e:
        raise FormatError(f"document {d.doc_id}: mention spans overlap: {e}") from None
    sdoc.user_data["doc_id"] = d.doc_id
    sdoc.user_data["meta"] = d.meta.to_json() if d.meta else None
    sdoc.user_data["annotation"] = d.to_json()
    return sdoc


def export_spacy(corpus: Corpus, out: Path) -> list[Path]:
    try:  # spaCy is optional (the spacy extra): imported only when this format is written
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise FormatError(_SPACY_MISSING) from None
    nlp = spacy.blank("en")
    files = []
    for split, docs in by_split(corpus):
        db = DocBin(store_user_data=True)
        for d in docs:
            db.add(_spacy_doc(nlp, d))
        files.append(atomic_write(out / f"{split}.spacy", db.to_bytes()))
    return files


FORMAT = register(Format("spacy", "spaCy DocBin per split with one span group per layer: <split>.spacy "
                         "(needs the spacy extra)", export_spacy))
