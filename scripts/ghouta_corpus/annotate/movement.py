"""The kind of movement a story or a sentence tells of (G77, G155): organised evacuation,
flight, or an exchange of prisoners.

Why apart from the categories: the kind is read from evidence words over a span of
text (the whole document for the story, one sentence for a figure's own clause), and
both the COUNT categories and the EVENT types ask for it; someone changing what counts
as evidence of an evacuation opens this file only. Its words are categories.json's.
"""

from __future__ import annotations

from functools import cache
from weakref import WeakKeyDictionary

from .context import Ctx
from .lexicons import load
from .wordclass import lemma, only_verb
from .words import POSSESSIVES

# Articles and demonstratives that make the word after them a noun (the crossing).
_ARTICLES = ("the", "a", "an", "this", "that")


def movement_kind(ctx: Ctx) -> str:
    """The document's kind of movement (G77): 'evacuated' where its evidence of
    organised evacuation outweighs its evidence of flight (:func:`_evidence`) or where
    it has no evidence of flight at all, else 'displaced' (a tie goes to flight: an
    evacuation is organised, and the text says so where it is); 'released' where it
    speaks of an exchange of prisoners more than of either."""
    counts = _evidence(ctx, 0, ctx.n)
    if counts["released"] > max(counts["evacuated"], counts["displaced"]):
        return "released"
    if counts["displaced"] == 0:
        return "evacuated"                            # no word of flight at all: as before (G77's first sense)
    return "evacuated" if counts["evacuated"] > counts["displaced"] else "displaced"


# Per text, whether it tells of an organised evacuation at all (:func:`evacuation_told`).
_TOLD: WeakKeyDictionary[Ctx, bool] = WeakKeyDictionary()


def evacuation_told(ctx: Ctx) -> bool:
    """Whether the document has any evidence of organised evacuation (:func:`_evidence`):
    :func:`movement_kind` answers 'evacuated' also where a text tells of no movement at
    all (a strike toll, a storm), and people lodged somewhere are an evacuation's
    evacuees only where the text tells of one (G304). Read once per text."""
    if ctx not in _TOLD:
        _TOLD[ctx] = _evidence(ctx, 0, ctx.n)["evacuated"] > 0
    return _TOLD[ctx]


def sentence_movement(ctx: Ctx, s: int, story: str, seen: dict[int, str] | None = None) -> str:
    """The kind of movement of the sentence word s is in (G77, G155): where the
    sentence's own evidence (:func:`_evidence`) is of organised evacuation more than of
    flight, or the other way round, that; else the story's kind ``story``
    (:func:`movement_kind`). A sentence's own words beat the story's: a story of
    evacuation also tells of people who left on their own, and a story of flight of
    people later taken on by bus. ``seen`` keeps each sentence's answer, so that a
    sentence with many figures is read once (linear in the text)."""
    seg = ctx.seg_of[s]
    if seen is not None and seg in seen:
        return seen[seg]
    lo, hi = ctx.seg_range(s)
    counts = _evidence(ctx, lo, hi)
    kind = story
    if counts["evacuated"] != counts["displaced"]:
        kind = "evacuated" if counts["evacuated"] > counts["displaced"] else "displaced"
    if seen is not None:
        seen[seg] = kind
    return kind


# Each list's kind and weight as evidence (categories.json): a word of flight or of
# evacuation 2, a vehicle 1 (refugees board buses and flights too), an exchange word 2.
# The lists are disjoint, so a word weighs once; a border crossing and 'on foot' weigh
# 1 for flight where _crossing says so.
_WEIGHTS = (("flight_words", "displaced", 2), ("evacuation_words", "evacuated", 2),
            ("vehicle_words", "evacuated", 1), ("exchange_words", "released", 2))


@cache
def _weights() -> dict[str, tuple[str, int]]:
    """Word -> (kind, weight), from categories.json's lists and :data:`_WEIGHTS`."""
    c = load("categories")
    return {w: (kind, weight) for key, kind, weight in _WEIGHTS for w in c[key]}


def _evidence(ctx: Ctx, lo: int, hi: int) -> dict[str, int]:
    """The weight of the words of [lo, hi) that speak of organised evacuation, of flight
    and of an exchange of prisoners: each word's (kind, weight) from :func:`_weights`,
    read in [lo, hi) only (a sentence's evidence is its own), with three readings in
    context: 'flight' from or of people is flight (2), a word of evacuation before an
    order, an area or a kind of place ('evacuation orders', 'the evacuation zone',
    'evacuation centres') is no evidence of organised transport, and a verb of crossing
    a border or 'on foot' is flight (1)."""
    c = load("categories")
    lows, weights = ctx.lows, _weights()
    counts = {"evacuated": 0, "displaced": 0, "released": 0}
    for k in range(lo, hi):
        w = lows[k]
        nxt = lows[k + 1] if k + 1 < hi else ""
        kind, weight = weights.get(w, ("", 0))
        if kind == "evacuated" and w.startswith("flight") and nxt in ("from", "of"):
            kind, weight = "displaced", 2             # the flight from the city: fleeing
        elif kind == "evacuated" and weight == 2 and (nxt in c["order_nouns"] or nxt in c["shelter_nouns"]):
            continue                                  # an evacuation order, evacuation centres: no transport
        elif kind == "released" and _publishes(ctx, k, hi):
            continue                                  # released a report, a toll: no one freed
        elif w in c["crossing_verbs"] and _crossing(ctx, k, lo, hi) or w == "foot" and _on_foot(ctx, k, lo):
            kind, weight = "displaced", 1             # crossed into Moldova, crossed the border, on foot
        if kind:
            counts[kind] += weight
    return counts


def _publishes(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether the word of release at word k has a thing published as its object: one of
    categories.json's 'publication_nouns' within the four words after it, before any
    punctuation ('released a report', 'has not released a comprehensive civilian toll',
    'released figures on Monday'): a body making something public frees no one, and it
    is no evidence of an exchange of prisoners (G77)."""
    pubs = load("categories")["publication_nouns"]
    for x in range(k + 1, min(hi, k + 5)):
        if not ctx.ws[x].text[:1].isalnum():
            return False
        if ctx.lows[x] in pubs:
            return True
    return False


def _on_foot(ctx: Ctx, k: int, lo: int) -> bool:
    """Whether 'foot' at word k is people going 'on foot': 'on' before it, and the verb
    before it (the nearest word that can only be a verb, within six words: 'reached the
    centre on foot') has people as its subject, an ACTOR head, a figure or a
    personal pronoun ('thousands left on foot', 'families walked on foot', 'they set off
    on foot'); not a unit on its rounds ('the patrol went on foot', 'the inspection was
    done on foot'), which is no one's flight (from G77: who walks out is displaced)."""
    lows = ctx.lows
    if not (k - 2 >= lo and lows[k - 1] == "on"):
        return False
    v = next((v for v in range(k - 2, max(lo, k - 8) - 1, -1)
              if ctx.ws[v].text.islower() and lows[v] not in ctx.T.adverbs and only_verb(lows[v])), None)
    if v is None:
        return True                                   # no verb found: as before, 'on foot' weighs
    return _people_subject(ctx, v, lo)


def _people_subject(ctx: Ctx, v: int, lo: int) -> bool:
    """Whether the subject of the verb at word v (within the sentence from lo) is people:
    an ACTOR head, a people's name (a demonym: 'Syrians'), a figure or a personal pronoun
    ('thousands left', 'families walked', 'they set off'); a going that only people do is
    flight (G77)."""
    lows, x = ctx.lows, ctx.subject_before(v)
    return x >= lo and (lows[x] in ctx.lex.actor_heads or ctx.ws[x].text[:1].isdigit() or lows[x] in ctx.T.units
                        or lows[x] in load("numbers")["vague"] or lows[x] in ctx.T.subject_pronouns
                        or ctx.ws[x].text in ctx.T.demonyms)


def _crossing(ctx: Ctx, k: int, lo: int, hi: int) -> bool:
    """Whether the verb of crossing at word k crosses a border: a border word within two
    words after it ('crossed the border'), or 'from', 'into' or 'over' before a place,
    a name or a place head within three words ('crossed into Chad', 'crossed over into
    the valley'), not into a state or a level ('prices crossed into new highs'); not after
    an article or possessive (the crossing), not a lower-case noun's 'cross' (a red cross)
    and not with a thing or a place as its subject ('trucks crossed the border': categories.json's
    thing_nouns; 'the river crosses into Turkey', 'the road crosses the border': nouns.json's
    place lists; past auxiliaries and adverbs); within the sentence [lo, hi)."""
    lows, n = ctx.lows, hi
    if k > lo and (lows[k - 1] in _ARTICLES or lows[k - 1] in POSSESSIVES) or not ctx.ws[k].text.islower():
        return False
    c = load("categories")
    x = ctx.subject_before(k)
    if x >= lo and (lows[x] in c["thing_nouns"] or lows[x] in _place_nouns()):
        return False                                  # trucks crossed the border; the river crosses into Turkey
    for x in range(k + 1, min(n, k + 3)):
        if lows[x] in c["crossing_objects"] and lows[x] not in ctx.T.prepositions:
            return True                               # the border, the frontier
        if lows[x] in c["crossing_objects"]:
            return any(ctx.ws[y].text[:1].isupper() or lows[y] in ctx.lex.place_heads
                       for y in range(x + 1, min(n, x + 4)))
    return _bare_crossing(ctx, k, lo, hi)


def _bare_crossing(ctx: Ctx, k: int, lo: int, hi: int) -> bool:
    """Whether the verb of crossing at word k has no object, a preposition right after
    it, and people as its subject ('2,000 Syrians had crossed near the town', 'several
    thousand people crossed during the lull', 'they crossed at night'): people who
    simply 'crossed', a place or a time after them, crossed a border or a front line of
    their own accord, which is flight (G77's 'crossed into Bangladesh'), not an
    organised evacuation; not 'crossed the river' (an object), not a bare 'crossed.'
    (too little to tell), nor a thing that crossed (the caller's test)."""
    return k + 1 < hi and ctx.lows[k + 1] in ctx.T.prepositions and _people_subject(ctx, k, lo)


@cache
def _place_nouns() -> frozenset[str]:
    """nouns.json's place nouns (every place list: river, road, valley), which cross
    borders as features of the land, not as people fleeing."""
    return frozenset(w for ws in load("nouns")["place_lists"].values() for w in ws)


# Figure words that open a count right after a verb: its object ('move 3,000 people').
_FIGURE_WORDS = ("dozens", "hundreds", "thousands", "tens", "millions", "several", "some", "about", "around",
                 "roughly", "nearly", "almost", "more", "over", "up", "at", "an", "estimated")


def moved_by_others(ctx: Ctx, k: int) -> bool:
    """Whether word k is a verb of moving people that someone else does to them
    (categories.json's 'organised_moves', by lemma): a passive ('had been moved into
    schools', 'were relocated') or a transitive verb with a figure as its object ('will
    move about 3,000 employees', 'relocated 300 families'): an organised move, 'evacuated'
    (G342), where the verb is planned ('to move', 'will move'), has a particle ('moved out')
    or a place phrase after the object ('relocated 300 families to the camp'); not 'the
    speech moved thousands of people' (a feeling), nor the intransitive 'have moved into
    mosques' (people going on their own: the story's movement) nor 'moved on'. A verb of
    categories.json's 'passive_moves' ('take') only in the passive and with a direction
    right after it ('had been taken there', 'were taken north', 'had been taken to the
    camp') and no purpose ('for') in its next eight words: people taken somewhere were
    moved by others, as people moved are; not 'were taken away' or 'taken to a school
    for questioning' (a detention, senses.py's reading), nor the active 'soldiers took
    two men'. Not 'moved to tears', a negated verb, nor
    patients (categories.json's care_nouns) moved for care ('40 patients were moved to the
    city hospital': their harm or 'other', G179, G342)."""
    lows, T, c = ctx.lows, ctx.T, load("categories")
    passive_only = lemma(lows[k]) in c["passive_moves"]
    if lemma(lows[k]) not in c["organised_moves"] and not passive_only or not ctx.ws[k].text.islower() \
            or k > 0 and lows[k - 1] in _ARTICLES + POSSESSIVES:
        return False                                  # (the move, their relocation: nouns)
    lo, hi = ctx.seg_range(k)
    if passive_only and not (k > lo and lows[k - 1] in T.attr["passive_aux"] and k + 1 < hi
                             and lows[k + 1] in c["passive_move_directions"] and "for" not in lows[k + 1:k + 9]):
        return False                                  # (soldiers took two men; were taken away, to X for questioning)
    if "tears" in lows[k + 1:min(hi, k + 8)] or any(w in ("not", "never", "n't") for w in lows[max(lo, k - 3):k]):
        return False                                  # (moved hundreds to tears; were not moved)
    if any(w in load("categories")["care_nouns"] for w in lows[max(lo, k - 4):min(hi, k + 6)]) \
            and not _across_boundary(ctx, k, hi):
        return False                                  # patients moved to a hospital: their harm, not a move (G179)
    if k > lo and lows[k - 1] in T.attr["passive_aux"]:
        x = ctx.subject_before(k)                     # were moved, had been relocated
        return _organised(ctx, k, lows[x] if x >= lo else "", True)
    x = k + 1
    while x < hi and lows[x] in ("out", "away", "off"):
        x += 1                                        # (moved out 300 families)
    figure = x < hi and (ctx.ws[x].text[:1].isdigit() or lows[x] in T.units or lows[x] in T.tens
                         or lows[x] in _FIGURE_WORDS)
    planned = k > lo and (lows[k - 1] == "to" or lows[k - 1] in ("will", "would", "could", "can", "shall", "must"))
    y = x + 1                                         # (a place phrase in the verb's clause: relocated N to)
    while y < hi and ctx.ws[y].text not in (",", ";", ":") and lows[y] not in ("who", "which", "that", "whom"):
        if lows[y] in T.place_prepositions or lows[y] in ("to", "from", "onto", "out"):
            break
        y += 1
    to_place = y < hi and ctx.ws[y].text not in (",", ";", ":") and lows[y] not in ("who", "which", "that", "whom")
    return figure and (planned or x > k + 1 or to_place) and _organised(ctx, k, _moved_noun(ctx, x + 1, hi), False)


def _across_boundary(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether 'across' and, within three words, a boundary (categories.json's
    'boundary_nouns': border, corridor, front line) follow the verb at word k in its
    next ten words ('helped move 40 patients across the border'): wounded or sick
    people moved across a front line or a border by an organised move are evacuated
    (G351), not patients moved to a hospital for care."""
    lows, bounds = ctx.lows, load("categories")["boundary_nouns"]
    return any(lows[x] == "across" and any(w in bounds for w in lows[x + 1:min(hi, x + 4)])
               for x in range(k + 1, min(hi, k + 11)))


def _actors(*names: str) -> frozenset[str]:
    """The words of nouns.json's actor_lists ``names``."""
    lists = load("nouns")["actor_lists"]
    return frozenset(w for name in names for w in lists[name]["words"])


def _moved_noun(ctx: Ctx, x: int, hi: int) -> str:
    """The noun of people a move's figure counts, from word x on (past 'of' and
    modifiers, up to five words: '300 displaced families', 'thousands of soldiers'),
    or '' where none of nouns.json's person lists comes before a preposition or a stop."""
    people = _actors("people", "kin", "state", "armed", "captives", "occupations")
    for y in range(x, min(hi, x + 5)):
        if ctx.lows[y] in people or ctx.lows[y] in load("categories")["situation_groups"]:
            return ctx.lows[y]
        if ctx.lows[y] != "of" and ctx.lows[y] in ctx.T.prepositions or not ctx.ws[y].text[:1].isalnum():
            break
    return ""


def _organised(ctx: Ctx, k: int, noun: str, passive: bool) -> bool:
    """Whether the move at word k of the people ``noun`` is an organised move of G342
    (an authority, an aid body or an evacuation moving people out), not another move of
    people: not captives nor a move into detention (a word categories.json's verbs make
    'detained' after the verb in its clause: 'moved 500 men to the prison'), not a
    side's own forces (nouns.json's state and armed lists: 'would move 300 soldiers to the
    border') unless the sentence tells of an evacuation ('rebels were moved by bus');
    and, for the active verb, an aid body (its mover, the last person noun before it,
    in nouns.json's organisations) moves anyone, an authority (state, armed) a civilian
    group (categories.json's situation_groups, nouns.json's kin) or anyone to a place or
    'out' ('to the city'; not 'police moved 300 protesters from the square', a dispersal), any other mover only
    in a story with evidence of evacuation ('managers were preparing to move 3,000
    employees' in a frontline evacuation story; not 'the company will move 300 employees
    to its new office')."""
    lows, (lo, hi) = ctx.lows, ctx.seg_range(k)
    detained = load("categories")["verbs"]
    if noun in _actors("captives") or any(detained.get(w) == "detained" for w in lows[k + 1:min(hi, k + 12)]):
        return False                                  # (moved 500 men to the prison; prisoners were moved)
    if noun in _actors("state", "armed") and _evidence(ctx, lo, hi)["evacuated"] == 0:
        return False                                  # (would move 300 soldiers to the border)
    if passive:
        return True
    people = _actors("people", "kin", "state", "armed", "organisations", "foreign_states", "occupations")
    mover = next((w for w in reversed(lows[lo:k]) if w in people), "")
    if mover in _actors("organisations"):
        return True                                   # (the Red Cross moved dozens of burn victims)
    if mover in _actors("state", "armed", "foreign_states"):
        return noun in _actors("kin", "state", "armed") or noun in load("categories")["situation_groups"] \
            or any(w in ("out", "to", "into", "towards") for w in lows[k + 1:hi])   # (... out of the area)
    return evacuation_told(ctx)


def driven_off(ctx: Ctx, k: int, end: int) -> bool:
    """Whether the verb at word k is one of driving people (categories.json's
    'driving_verbs', by lemma: push, drive, force) whose object, ending before word
    ``end``, is sent somewhere by a direction right after it ('the fighting pushed more
    than 40,000 people toward the coast', 'pushed hundreds more families west'): people a
    force drives off are displaced whatever the story's kind of movement (G77), as people
    driven from their homes are. Not 'pushed 300 people back' (a pushback: the passage
    phrasals' reading) nor a verb in capitals or with an article (a push)."""
    lows = ctx.lows
    if lemma(lows[k]) not in load("categories")["driving_verbs"] or not ctx.ws[k].text.islower() \
            or k > 0 and lows[k - 1] in _ARTICLES + POSSESSIVES:
        return False
    return end < ctx.seg_range(k)[1] and lows[end] in load("categories")["driving_directions"]


def kept_from_moving(ctx: Ctx, k: int) -> bool:
    """Whether word k is a verb of leaving or reaching (categories.json's
    'blocked_moves', by lemma) that a negation or 'unable to' keeps from happening in
    the three words before it ('dozens of elderly people could not reach the boats',
    'several thousand had been unable to leave', 'cannot leave'): people who could
    not go are still where they were, 'present' (G77: people who remain or are
    trapped), whatever the story's kind of movement."""
    lows = ctx.lows
    if lemma(lows[k]) not in load("categories")["blocked_moves"] or not ctx.ws[k].text.islower():
        return False
    lo = ctx.seg_range(k)[0]
    return k - 2 >= lo and lows[k - 1] == "to" and lows[k - 2] == "unable" \
        or any(w in _NEGATIONS for w in lows[max(lo, k - 3):k])


# Negations before a verb (a split "couldn't" leaves 't' after the apostrophe).
_NEGATIONS = ("not", "never", "n't", "cannot", "t")
