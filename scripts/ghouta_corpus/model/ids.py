"""Ids and slugs: the one place span, relation and record ids are assigned.

Span ids are ``T1..Tn`` in canonical span order (:func:`~ghouta_corpus.model.records.sort_spans`),
relation ids ``R1..`` and attribution ids ``A1..``; :func:`renumber` gives a document
built in any order its canonical ids, so that the same annotations always serialise to
the same bytes. :func:`slug` makes document and entity ids from names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from .records import Attribution, Relation, Span, sort_spans


def slug(text: str, fallback: str = "document") -> str:
    """Lower-case ASCII words joined by ``-`` (at most 80 characters), or ``fallback``.

    Accents are folded (``Müller`` -> ``muller``) so that ids match the schema's
    pattern whatever the script of the name.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].strip("-") or fallback


def renumber(spans: Iterable[Span], relations: Iterable[Relation] = (),
             attributions: Iterable[Attribution] = ()) -> tuple[tuple[Span, ...], tuple[Relation, ...],
                                                                 tuple[Attribution, ...]]:
    """Canonical ids for a document's records, references followed.

    Spans are sorted canonically and numbered ``T1..``; relations keep their order and
    are numbered ``R1..`` (duplicates, same type and ends after renumbering, dropped);
    attribution records keep their order and are numbered ``A1..``. Callers that want
    a canonical record order sort before calling.
    """
    ordered = sort_spans(spans)
    new = {sp.id: f"T{i}" for i, sp in enumerate(ordered, 1)}
    out_spans = tuple(replace(sp, id=new[sp.id]) for sp in ordered)
    out_rels: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for r in relations:
        key = (r.type, new[r.count], new[r.target])
        if key in seen:
            continue
        seen.add(key)
        out_rels.append(Relation(f"R{len(out_rels) + 1}", r.type, new[r.count], new[r.target]))
    out_attrs = tuple(
        Attribution(f"A{i}", tuple(new[x] for x in a.source), tuple(new[x] for x in a.cue),
                    tuple(new[x] for x in a.content), a.type, a.source_entity)
        for i, a in enumerate(attributions, 1))
    return out_spans, tuple(out_rels), out_attrs
