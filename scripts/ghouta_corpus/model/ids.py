"""Ids and slugs: the one place span, relation and record ids are assigned.

Span ids are ``T1..Tn`` in canonical span order (:func:`~ghouta_corpus.model.records.sort_spans`),
relation ids ``R1..``, attribution ids ``A1..`` and EVENT_ARG ids ``E1..``;
:func:`renumber` gives a document built in any order its canonical ids (and rewrites
the span ids that TIME anchors name), so that the same annotations always serialise to
the same bytes. :func:`slug` makes document and entity ids from names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from .records import ROLE_LABELS, Attribution, EventArg, ModelError, Relation, Span, sort_spans
from .vocab import vocab_index


def slug(text: str, fallback: str = "document") -> str:
    """Lower-case ASCII words joined by ``-`` (at most 80 characters), or ``fallback``.

    Accents are folded (``Müller`` -> ``muller``) so that ids match the schema's
    pattern whatever the script of the name.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].strip("-") or fallback


class Renumbered(NamedTuple):
    """A document's records with canonical ids."""
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    attributions: tuple[Attribution, ...]
    event_args: tuple[EventArg, ...]


def _new_id(new: dict[str, str], old: str, what: str) -> str:
    try:
        return new[old]
    except KeyError:
        raise ModelError(f"{what} refers to span {old}, which does not exist") from None


def _anchored(sp: Span, new: dict[str, str]) -> Span:
    """The span with its new id and, for a TIME span anchored to another span, the anchor's new id."""
    anchor = sp.anchor
    if anchor is not None and anchor != "DCT":
        anchor = _new_id(new, anchor, f"TIME span {sp.id}'s anchor")
    return replace(sp, id=new[sp.id], anchor=anchor)


def _event_args(args: Iterable[EventArg], new: dict[str, str]) -> tuple[EventArg, ...]:
    """EVENT_ARG relations in canonical order (trigger, role in vocabulary order,
    target), numbered ``E1..``; of duplicates the first is kept, with its origin."""
    roles = vocab_index("event_role")
    keys: dict[tuple[str, str, str], str | None] = {}
    for a in args:
        what = f"event argument {a.id}"
        key = (_new_id(new, a.event, what), a.role, _new_id(new, a.target, what))
        keys.setdefault(key, a.origin)
    ordered = sorted(keys, key=lambda k: (int(k[0][1:]), roles[k[1]], int(k[2][1:])))
    return tuple(EventArg(f"E{i}", ev, role, target, keys[(ev, role, target)])
                 for i, (ev, role, target) in enumerate(ordered, 1))


def renumber(spans: Iterable[Span], relations: Iterable[Relation] = (), attributions: Iterable[Attribution] = (),
             event_args: Iterable[EventArg] = ()) -> Renumbered:
    """Canonical ids for a document's records, references followed.

    Spans are sorted canonically and numbered ``T1..`` (a TIME anchor that names a span
    follows it to its new id); relations keep their order and are numbered ``R1..``
    (duplicates, same type and ends after renumbering, dropped); attribution records
    keep their order and are numbered ``A1..``; every record keeps its ``origin``; EVENT_ARG relations are sorted by
    trigger, role and target and numbered ``E1..`` (duplicates dropped). Callers that
    want a canonical relation or record order sort before calling. A reference to a
    span that does not exist raises :class:`~ghouta_corpus.model.records.ModelError`.
    """
    ordered = sort_spans(spans)
    new = {sp.id: f"T{i}" for i, sp in enumerate(ordered, 1)}
    out_spans = tuple(_anchored(sp, new) for sp in ordered)
    out_rels: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for r in relations:
        key = (r.type, _new_id(new, r.count, f"relation {r.id}"), _new_id(new, r.target, f"relation {r.id}"))
        if key in seen:
            continue
        seen.add(key)
        out_rels.append(Relation(f"R{len(out_rels) + 1}", *key, r.origin))
    out_attrs = tuple(
        Attribution.from_roles(f"A{i}", {role: [_new_id(new, x, f"attribution {a.id}") for x in getattr(a, role)]
                                         for role in ROLE_LABELS}, a.type, a.source_entity, a.origin)
        for i, a in enumerate(attributions, 1))
    return Renumbered(out_spans, tuple(out_rels), out_attrs, _event_args(event_args, new))
