"""The category one word gives in its context (G39, G77): a category verb or noun, a
verb of movement (the document's kind), a verb of lodging or holding, a phrasal reading.

Why apart from categories.py: that module searches the clause for the word that governs
a count (:func:`categories.category`); this one says what a single word gives, read once
per text and kind of movement (the searches walk a sentence from every figure). Its
words are categories.json's.
"""

from __future__ import annotations

from functools import cache
from weakref import WeakKeyDictionary

from .context import Ctx, Mention
from .lexicons import load
from .lodging import HOLD, endangered, holds, it_holds, located, lodged, negated
from .movement import kept_from_moving, moved_by_others
from .phrase_acts import casualty_state
from .senses import _complaint as complaint
from .senses import cared_for, in_care, phrase_category
from .wordclass import can_be_verb, lemma, only_verb, word_classes
from .words import APOS, POSSESSIVES, QUOTES

# Directional particles that make any form of a verb of movement a movement (took out, brought away).
_AWAY = ("out", "away", "off")
_GO = ("go", "goes", "went", "gone", "going")
# Articles and demonstratives that make the word after them a noun (the crossing; with POSSESSIVES: their arrival).
ARTICLES = ("the", "a", "an", "this", "that")

# Each word's category, once per text and kind of movement: _after, _before and
# _aside_end walk the sentence from every figure, so a sentence of many figures asked
# for the same words' categories once per figure (2,000 figures: quadratic).
_SEEN: WeakKeyDictionary[Ctx, dict[tuple[int, str], str | None]] = WeakKeyDictionary()


# 'gather' gives 'present' (G39) only intransitive: people gathered (in the square, to pray)
_GATHER_AFTER = ("to", "for", "at", "in", "on", "near", "outside", "there", "here", "together", "again",
                 "around", "by", "from", "inside", "into", "along", "before", "after", "and", "as")


def gathers_something(ctx: Ctx, k: int) -> bool:
    """Whether word k is a transitive 'gather' (troops gathered 300 men, gathered
    testimony from 40 survivors): it says no one is present, as the intransitive
    'people gathered in the square' does (G39)."""
    lows = ctx.lows
    return lemma(lows[k]) == "gather" and k + 1 < ctx.n and ctx.ws[k + 1].text[:1].isalnum() \
        and lows[k + 1] not in _GATHER_AFTER and lows[k + 1] not in ctx.T.place_prepositions


def verb_category(ctx: Ctx, k: int, movement: str) -> str | None:
    """The category word k gives (:func:`_word_category`; an organised move, G342:
    :func:`~.movement.moved_by_others`), read once per text."""
    seen = _SEEN.setdefault(ctx, {})
    if (k, movement) not in seen:
        seen[k, movement] = None if gathers_something(ctx, k) else "evacuated" if moved_by_others(ctx, k) \
            else "present" if kept_from_moving(ctx, k) else _word_category(ctx, k, movement)   # (G342; G77)
    return seen[k, movement]


def _word_category(ctx: Ctx, k: int, movement: str) -> str | None:
    """The category word k gives: a category verb or noun, or a verb of movement (not
    one of going back home, which is no displacement)."""
    low, lows = ctx.lows[k], ctx.lows
    if (fixed := phrase_category(ctx, k, movement)) is not None:
        return fixed or None                          # ('' for evacuation centres: a kind of place, no event)
    if low == "home":
        return "present" if k + 1 < ctx.n and lows[k + 1] == "to" else None      # a city home to 400,000
    if holds(ctx, k):
        return lodged(ctx, k, movement)              # the rooms hold sixty people; 40 people shared a tent (G77)
    if it_holds(ctx, k):
        return lodged(ctx, k, movement)              # (the camp ...) it (now) holds 5,000 people; not hostages
    if low == "left" and k > 0 and lows[k - 1] in load("attribution")["passive_aux"]:
        if k + 1 < ctx.n and (after := ctx.lex.category_verbs.get(lows[k + 1])) not in (None, "lodging"):
            return after                              # were left homeless, left dead: the state they are left in
        return "present"                              # 200 people are left in the town: those who remain
    if low == "still" and k + 1 < ctx.n and lows[k + 1] in ctx.T.place_prepositions:
        return "present"                              # the people still in the district
    if low in ctx.T.attr["passive_aux"] and (located(ctx, k + 1) or endangered(ctx, k + 1)):   # forms of 'be'
        return "present"                              # are still there, believed to be in the country (G39); at risk
    if low in ctx.lex.category_verbs and not (k + 1 < ctx.n and lows[k + 1] in load("categories")[
            "idiom_particles"].get(low, ())) and not _idiom_object(ctx, k, low):   # (stuck to their demands)
        listed = ctx.lex.category_verbs[low]
        cat = _stay(ctx, k, listed) if lemma(low) == "stay" else listed
        return lodged(ctx, k, movement) if cat == "lodging" else cat
    moving = low in load("categories")["movement_verbs"] or low in load("categories")["aboard"]
    if not moving and only_verb(low) and (lem := lemma(low)) is not None:
        by_lemma, movements = verb_lemmas()
        if lem in by_lemma:                           # another form of a listed verb (kills, evacuates)
            return lodged(ctx, k, movement) if by_lemma[lem] == "lodging" else by_lemma[lem]
        moving = lem in movements and (low.endswith(("s", "ing")) or k + 1 < ctx.n and lows[k + 1] in _AWAY)
        #                                               arrives, flying, took out (not took: take part)
    if moving and k > 0 and (lows[k - 1] in ARTICLES or lows[k - 1] in POSSESSIVES or _modified_noun(ctx, k)):
        return None                                   # the crossing, their arrival: a noun, no clause of movement
    if moving:
        if k + 1 < ctx.n and (lows[k + 1] in ("home", "back") or low in _GO and lows[k + 1].endswith("ed")):
            return None                               # (had gone untreated: 'go' as 'become', no movement)
        return "displaced" if from_homes(lows, k + 1, min(ctx.n, k + 8)) else movement
    return None


# Words before 'to stay' of a place sought, not one stayed in: 'nowhere to stay', 'a place to stay'.
_SOUGHT = ("nowhere", "anywhere", "somewhere", "place", "places", "where")


def _stay(ctx: Ctx, k: int, staying: str) -> str | None:
    """What a form of 'stay' at word k gives other than staying (``staying``, its category
    in categories.json): 'stay away' keeps people off a place (None), 'stay with' relatives
    or 'stay in' a building that takes people in lodges them ('lodging', G144, G155), and
    'nowhere to stay', 'a place to stay' is a place sought (None). Only civilians are
    lodged in a building (:func:`_civilians_before`: 'soldiers stayed in the compound' is
    a post, staying), and not after a negation ('did not stay', "didn't stay")."""
    lows = ctx.lows
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    if nxt == "away":
        return None
    if nxt == "with" or nxt in ("in", "at", "inside") and _building(lows, k + 2) \
            and not negated(lows, k - 3, k) and _civilians_before(ctx, k):
        return "lodging"                              # stayed with relatives; stayed in the compound (G155)
    return None if k > 1 and lows[k - 1] == "to" and lows[k - 2] in _SOUGHT else staying


def _civilians_before(ctx: Ctx, k: int) -> bool:
    """Whether the subject of the verb at word k, in the eight words before it past
    auxiliaries and adverbs and back to its clause's verb or 'that', ends at a civilian
    group (categories.json's situation_groups: 'between 300 and 400 families had stayed',
    'about 400 people were staying'), and no other person noun ('soldiers', 'fighters',
    staff or reporters, whom a building keeps at a post, not lodges: '40 soldiers and 300
    families stayed in the compound' is read as staying for both)."""
    lows, groups, lo = ctx.lows, load("categories")["situation_groups"], ctx.seg_range(k)[0]
    x = k - 1
    while x >= lo and (lows[x] in ctx.T.auxiliaries or lows[x] in ctx.T.adverbs or lows[x] in ctx.T.be_forms
                       or lows[x] in ("to", "chose", "decided", "opted", "preferred", "wanted")):
        x -= 1                                        # (had stayed, were still staying, chose to stay)
    heads = []
    while x >= max(lo, k - 9) and not only_verb(lows[x]) and lows[x] not in RELATIVES:
        if lows[x].isalpha() and (lows[x] in groups or lows[x] in ctx.T.person_nouns or lows[x] in ctx.lex.actor_heads
                                  or lows[x] in ctx.lex.neutral_heads):
            heads.append(lows[x])                     # the subject's people: civilians, or another group
        x -= 1
    return bool(heads) and all(h in groups for h in heads)   # (not '40 soldiers and 300 families stayed')


def _building(lows: list[str], k: int) -> bool:
    """Whether the phrase from word k (past a determiner or possessive and up to two
    further words) ends at one of categories.json's stay_buildings that takes people
    in ('the compound', 'a local school', 'the old stone church', 'in tents'), not a
    settlement or a home ('the town', 'their homes'), nor a bare singular that names the
    institution's activity ('stayed in school', 'at church': schooling, worship)."""
    words = load("categories")["stay_buildings"]
    for x in range(k, min(len(lows), k + 4)):
        if lows[x] in words:
            if x == k and not lows[x].endswith("s"):
                return False                          # (stayed in school: education, no lodging)
            return x + 1 >= len(lows) or lows[x + 1] not in words and not lows[x + 1].isalpha() \
                or lows[x + 1] in ("for", "since", "until", "in", "on", "near", "at", "and", "with")
        if not lows[x].isalpha() or lows[x] in ("of", "and", "or"):
            return False
    return False


@cache
def verb_lemmas() -> tuple[dict[str, str], frozenset[str]]:
    """The category verbs by lemma (only lemmas whose listed forms agree on one category)
    and the lemmas of the verbs of movement, so that any inflection of a listed verb
    counts (the lists need not spell every form; LemmInflect knows them)."""
    c = load("categories")
    cats: dict[str, set[str]] = {}
    for form, cat in c["verbs"].items():
        if can_be_verb(form) and (lem := lemma(form)) is not None:
            cats.setdefault(lem, set()).add(cat)
    moves = frozenset(lem for f in c["movement_verbs"] if (lem := lemma(f)) is not None)
    return {lem: next(iter(v)) for lem, v in cats.items() if len(v) == 1 and lem not in moves}, moves


def from_homes(lows: list[str], a: int, b: int) -> bool:
    """Whether 'from (their) homes' follows a verb of movement: people driven or sent from
    their homes are displaced whatever the document's kind of movement (G77)."""
    return any(lows[x] == "from" and x + 2 < len(lows) and lows[x + 1] in POSSESSIVES
               and lows[x + 2] in ("home", "homes") for x in range(a, b))


def single_thing(ctx: Ctx, s: int, e: int, targets: list[Mention]) -> bool:
    """Whether the figure over words [s, e) is a lone 'one' before a noun of no person
    (G143's contrastive 'one': 'left with one bag', 'one generator', 'one rifle for each
    man'): a thing, whose category is 'other' whatever the verb of the clause (G77). Its
    noun is a counted non-ACTOR, or, where none is linked, a lower-case word that no
    closed class and no person noun (tables' occupations, kin, people) holds; 'one
    person', 'one son', 'killed one.', 'and one died' keep the clause's category."""
    lows, T = ctx.lows, ctx.T
    if e != s + 1 or lows[s] != "one" or e >= ctx.n:
        return False
    if targets:
        return all(m.label != "ACTOR" and lows[m.j - 1] not in T.person_nouns for m in targets)
    w = ctx.ws[e]
    return w.text.isalpha() and w.text.islower() and lows[e] not in T.closed and lows[e] not in T.person_nouns \
        and not only_verb(lows[e])                    # (one died on the way: its verb, no noun)


def thing_head(ctx: Ctx, e: int, things: list[str]) -> bool:
    """Whether a figure ending before word e that no COUNT_OF links counts a noun of
    'thing_nouns' written right after it, or after 'of' ('dozens of buses', 'seven
    operating tables', 'five failed rainy seasons'): up to two lower-case modifiers may
    come first (a participle of no category verb among them, not a finite verb: 'thousands
    flee gang attacks', 'hundreds fled air strikes'), and the noun must end its phrase
    ('two bus drivers' counts drivers)."""
    lows, n, T = ctx.lows, ctx.n, ctx.T
    k = e + 1 if e + 1 < n and lows[e] == "of" else e
    for x in range(k, min(n, k + 3)):
        w = ctx.ws[x].text
        if not (w.isalpha() and w.islower()) or lows[x] in T.closed or lows[x] in T.person_nouns \
                or only_verb(lows[x]) and (not lows[x].endswith(("ing", "ed")) or lows[x] in ctx.lex.category_verbs):
            return False                              # (thousands flee gang attacks: a verb, not a modifier)
        if lows[x] in things:
            return thing_noun(ctx, x) and not (
                x + 1 < n and ctx.ws[x + 1].text.isalpha() and lows[x + 1] not in T.closed
                and ctx.ws[x + 1].text.islower() and (lows[x + 1] in T.person_nouns or lows[x + 1] in things))
    return False


def thing_noun(ctx: Ctx, x: int) -> bool:
    """Whether a word of 'thing_nouns' at x names a thing where it stands: not before a
    possessive ('dozens of buses' passengers': the passengers are counted, the buses own
    them) nor after a modifier that makes it people (categories.json's 'person_senses':
    'two public figures', 'leading figures'; 'official figures' stay numbers)."""
    lows, ws = ctx.lows, ctx.ws
    if x + 1 < ctx.n and ws[x + 1].text in APOS and ws[x + 1].start == ws[x].end:
        return False                                  # (the buses' drivers, the bus's driver)
    senses = load("categories")["person_senses"]
    mods = senses.get(lows[x]) or senses.get(lows[x] + "s") or ()
    return not (x > 0 and lows[x - 1] in mods) and not _fate_object(ctx, x)


def _fate_object(ctx: Ctx, x: int) -> bool:
    """Whether the thing noun at x (categories.json's 'fate_senses') is the object of a
    verb of a fate only people have, before its figure in its clause ('the gunmen killed
    12 targets', 'police arrested five targets'): people, not the targets strikes hit."""
    fates, lows = load("categories")["fate_senses"].get(ctx.lows[x], ()), ctx.lows
    lo = ctx.seg_range(x)[0]
    for k in range(x - 1, max(lo - 1, x - 6), -1):
        if lows[k] in CLAUSE_OPENERS or ctx.ws[k].text in (",", ";", ":") or lows[k] in ctx.T.place_prepositions:
            return False
        if ctx.lex.category_verbs.get(lows[k]) is not None:
            return ctx.lex.category_verbs[lows[k]] in fates
    return False


def things(ctx: Ctx, s: int, e: int, targets: list[Mention]) -> bool:
    """Whether every counted noun is a place or thing, not people (12 buses, three
    villages, forty sheep): their category is 'other' whatever the verb (G77). A
    LOCATION mention counts no people; 'thing_nouns' lists things, animals, units and
    the groups and bodies that are ACTOR mentions but whose count is of units, not of
    people (two factions, three agencies); a new COUNTED span counts things only where
    its noun is known to be no person (nouns.json's place and supply nouns), so 'Twelve
    tourists fled' keeps the verb's category. After 'in' a counted noun is the units the
    people of the clause move in, whose category the verb gives ('transported in two
    batches', G40). A figure no COUNT_OF links reads the noun after it (:func:`thing_head`)."""
    nouns, units = load("categories")["thing_nouns"], s > 0 and ctx.lows[s - 1] == "in"
    return thing_head(ctx, e, nouns) if not targets else all(
        m.label == "LOCATION" or (m.counted and not units and ctx.lows[m.j - 1] in _no_person_nouns())
        or (ctx.lows[m.j - 1] in nouns or ctx.lows[m.j - 1] + "s" in nouns) and thing_noun(ctx, m.j - 1)
        for m in targets)   # (one bag; not two public figures)


@cache
def _no_person_nouns() -> frozenset[str]:
    """The nouns the lexicons know to be no person: nouns.json's place nouns (every place list) and supply nouns,
    and categories.json's aid goods ('handed out 900 hygiene kits': things given, no one released)."""
    nouns, goods = load("nouns"), load("categories")["aid_goods"]
    return frozenset({w for ws in nouns["place_lists"].values() for w in ws} | set(nouns["supply_nouns"]) | set(goods))


def own_participle(ctx: Ctx, end: int, hi: int) -> str | None:
    """The category of a verb of a category of harm, movement or custody right after a
    figure's phrase ending before word ``end`` (past up to three auxiliaries, before
    ``hi``): the figure's own predicate ('100 others wounded', '66 others had been
    wounded'), which a governing noun before it does not override. A verb of holding is
    custody only with its agent or a word of custody after it ('30 others held hostage',
    'held by gunmen', 'held in detention'), not bodies held in a morgue."""
    k, T = end, ctx.T
    while k < min(hi, end + 3) and ctx.lows[k] in T.auxiliaries:
        k += 1
    cat = ctx.lex.category_verbs.get(ctx.lows[k]) if k < hi else None
    if k < hi and ctx.lows[k] in HOLD and not any(
            w in ("by", "hostage", "hostages", "captive", "prisoner", "prisoners")
            or ctx.lex.category_verbs.get(w) == "detained" for w in ctx.lows[k + 1:min(hi, k + 3)]):
        return None                                   # (the toll reached 60 held in morgues: no custody named)
    return cat if cat in ("killed", "injured", "displaced", "evacuated", "detained", "released") else None


def set_participle(ctx: Ctx, k: int) -> bool:
    """Whether word k, inside a set's phrase before its noun, is a participle of a verb
    of a category of its own (categories.json's 'verbs': the departing, wounded, detained,
    displaced fighters), which says what became of the set (G145). Not a noun before the
    set's noun ('prison guards', 'shelter staff', 'evacuation staff', 'convoy drivers':
    what the people do or where, not what happened to them), nor a verb of movement of
    many senses ('registered voters', 'newly joined recruits'), nor 'lost', which gives
    'killed' only with people as its object ('the lost children' are missing)."""
    low = ctx.lows[k]
    return low in ctx.lex.category_verbs and low.endswith(("ing", "ed", "en")) and lemma(low) != "lose"


def loses_something(ctx: Ctx, k: int) -> bool:
    """Whether word k is an active verb of losing whose subject is the figure and whose
    object is something other than life: people who 'lost contact', 'lost limbs', 'could
    lose everything' are not killed (G77); 'lost their lives' is, and so is the passive
    ('were lost'), a fronted figure with its own subject ('two of them we lost') and
    'lost' before its people ('lost two of her children', another reading)."""
    lows = ctx.lows
    if lemma(lows[k]) != "lose" or (k > 0 and lows[k - 1] in ctx.T.attr["passive_aux"]):
        return False
    if k > 0 and lows[k - 1] in ctx.T.subject_pronouns:
        return False                                  # two of them we lost: the figure is the object
    return not any(lows[x] in ("life", "lives") for x in range(k + 1, min(ctx.n, k + 4)))


def staying_state(ctx: Ctx, k: int, hi: int, movement: str) -> str:
    """The category of a verb of staying at word k from the state it keeps people in:
    a noun of custody wins (remain in (Russian) custody, in detention: 'detained'), and
    'remain (still) unaccounted for', 'remain missing' is 'other' as 'missing' is (G77), and
    'remain in a critical condition', 'remain in hospital' is the casualty's state:
    'injured' (G385, G179; :func:`~.phrase_acts.casualty_state`)."""
    lows, verbs = ctx.lows, load("categories")["verbs"]
    if lows[k].startswith("remain") and any(verbs.get(lows[x]) == "other"      # missing, unaccounted
                                             for x in range(k + 1, min(hi, k + 3))):
        return "other"
    if any(verb_category(ctx, x, movement) == "detained" for x in range(k + 1, min(hi, k + 5))):
        return "detained"
    return "injured" if lows[k].startswith("remain") and casualty_state(lows, k + 1, hi) else "present"


@cache
def kin_nouns() -> frozenset[str]:
    """nouns.json's kin (children, relatives, wife, neighbours): the people someone goes with."""
    return frozenset(load("nouns")["actor_lists"]["kin"]["words"])


def _idiom_object(ctx: Ctx, k: int, low: str) -> bool:
    """Whether the verb at word k has one of categories.json's 'idiom_objects' later in
    its clause ('stuck on the maths question'): stuck at a task, no place."""
    nouns, hi = load("categories")["idiom_objects"].get(low, ()), ctx.seg_range(k)[1]
    return bool(nouns) and any(w in nouns for w in ctx.lows[k + 1:min(hi, k + 7)])


def no_fate(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether a figure's own predicate after word ``end`` (before ``hi``) says of its
    people something that is no fate of a category: a clinic's caseload
    (:func:`caseload`) or a loss of something other than life ('30 lost their homes')."""
    return caseload(ctx, end) or any(loses_something(ctx, x) for x in range(end, min(hi, end + 3)))


def caseload(ctx: Ctx, end: int) -> bool:
    """Whether the figure's own predicate after word ``end`` is a verb of medical care
    (categories.json's care_verbs, by lemma, past auxiliaries and adverbs) with no harm of
    violence named in its clause: 'hundreds more were being treated as outpatients' is a
    clinic's caseload, 'other' (G179), which no story's situation overrides; 'were
    treated for burns' names a harm and is left to its words."""
    lows, hi, T = ctx.lows, ctx.seg_range(end - 1)[1], ctx.T
    x = next((y for y in range(end, min(hi, end + 5)) if lows[y] not in T.auxiliaries and lows[y] not in T.adverbs
              and lows[y] not in NEGATIONS and lows[y] not in ("more", "others")), None)   # (hundreds more were)
    return x is not None and lemma(lows[x]) in load("categories")["care_verbs"] \
        and not any(ctx.lex.category_verbs.get(w) == "injured" for w in lows[x + 1:hi])


def added_figure(ctx: Ctx, s: int, lo: int) -> bool:
    """Whether the figure at word s is added to a figure before it in its sentence
    (starting at word lo) by ', along with' or ', together with' ('200 militants were
    killed, along with about 60 civilians'): it shares that figure's predicate, as a
    figure after 'including' does (G77); not where a verb or relative clause of its own
    follows ('along with dozens of aid workers who stayed')."""
    w, hi = ctx.lows, ctx.seg_range(s)[1]
    if any(x in RELATIVES or only_verb(x) for x in w[s:hi]) \
            or any(x in NEGATIONS for x in w[lo:s]):   # (were not injured, along with)
        return False
    return s - 3 > lo and w[s - 1] == "with" and w[s - 2] in ("along", "together") and ctx.ws[s - 3].text == "," \
        and any(_people_figure(ctx, x) for x in range(lo, s - 3))


def _people_figure(ctx: Ctx, x: int) -> bool:
    """Whether word x is a figure before a lower-case word, not a date or a year ('in
    2019', '12 March', 'March 12'): the figure an added one joins."""
    w, T = ctx.lows, ctx.T
    figure = w[x][:1].isdigit() or w[x] in T.units or w[x] in T.tens or w[x] in T.vague_words
    return figure and x + 1 < ctx.n and ctx.ws[x + 1].text.isalpha() and ctx.ws[x + 1].text.islower() \
        and w[x + 1] not in T.months and not (x > 0 and w[x - 1] in T.months)


def clause_category(ctx: Ctx, k: int, lo: int, movement: str) -> str | None:
    """The category of the nearest category word at or before word k in its clause (back
    to the sentence's start ``lo``, a comma, a colon, a quotation mark, a coordinator or
    relative pronoun); none past a 'lose' ('lost contact with two children': no one
    died, G77) nor past a verb of no category, which is their own clause's verb ('a
    teacher who was killed sat with two children', 'fled and now works with three
    cousins': nothing said of them) nor past a person noun, whom they go with or describe
    and whose own fate the verb need not share with them ('killed a man with five
    children', 'detained the driver with three relatives'; a possessor, 'in a relative's
    living room with seven others', is not)."""
    for x in range(k, lo - 1, -1):
        low = ctx.lows[x]
        text = ctx.ws[x].text
        if text in (",", ";", ":") or text in QUOTES or low in CLAUSE_OPENERS or lemma(low) == "lose":
            return None
        if (cat := verb_category(ctx, x, movement)) is not None:
            return cat
        if only_verb(low) or low in ctx.T.person_nouns and not (x + 1 < ctx.n and ctx.lows[x + 1] in APOS):
            return None                               # their clause's own verb, or a person (not: a relative's room)
    return None


# The relative pronouns that open a clause of a figure's own after it, the words that open
# a clause of its own before 'with' (a companion's verb is in its clause), and the negations
# that undo a situation shared with someone ('did not travel with her two sons').
RELATIVES = ("who", "which", "that", "whose", "whom")
CLAUSE_OPENERS = ("and", "but", "while", *RELATIVES)
NEGATIONS = ("not", "never", "n't", "no")


# The fates a verb does to the people it takes as its object that outweigh their noun's
# own participle of flight ('killing dozens of displaced people'; :func:`fate_before`).
_FATES = ("killed", "injured", "detained")


def fate_before(ctx: Ctx, s: int) -> str | None:
    """The fate that a verb right before the figure at word s does to the people it
    counts ('killing dozens of displaced people', 'the strike killed 30 displaced people',
    'troops detained 20 displaced men': what became of them, G77): killed, injured or
    detained from the lexicon's category verbs, a lower-case verb form with no
    determiner before it ('the wounded 30' is a noun), not negated in the three words
    before it ('have not killed', 'never detained'), nor a place holding people; else None."""
    if s < 1 or not ctx.ws[s - 1].text.islower() or s >= 2 and ctx.lows[s - 2] in ctx.T.determiners:
        return None
    low = ctx.lows[s - 1]
    cat = ctx.lex.category_verbs.get(low)
    lo = ctx.seg_range(s - 1)[0]
    if any(w in ("not", "never", "n't") for w in ctx.lows[max(lo, s - 4):s - 1]) or holds(ctx, s - 1) \
            or it_holds(ctx, s - 1):
        return None                                   # (did not detain: no fate; it holds 300 displaced families)
    return cat if cat in _FATES and can_be_verb(low) else None


def treated_for(ctx: Ctx, s: int, end: int) -> str | None:
    """The category a verb of care right before the figure at word s gives the people it
    treats for a complaint, their phrase ending at word ``end`` (:func:`senses.cared_for`,
    G179: 'treated 40 displaced children for diarrhoea' other, '... for shrapnel wounds'
    injured); None where not/never/n't stands in the three words before the verb ('have
    not treated 40 displaced children for diarrhoea': no care given, the noun decides)."""
    lo = ctx.seg_range(s)[0]
    if negated(ctx.lows, max(lo, s - 4), max(lo, s - 1)):
        return None                                   # (have not treated; didn't treat)
    return cared_for(ctx, s, end)


def ill_with(ctx: Ctx, end: int, targets: list[Mention]) -> str | None:
    """'other' for people counted with a complaint right after their noun, its phrase
    ending at word ``end`` ('saw dozens of children with diarrhoea', 'sent two people with
    pneumonia to hospital'): a clinic's caseload, what the people suffer from, not what
    moved them (G179, G208); 'with' and one adjective may come first ('with acute
    malnutrition'). The complaint must end its noun phrase ('with cold water', 'with
    fever charts' name things) and be one of categories.json's care_complaints
    (senses.cared_for's reading); only after a counted noun (``targets``) that names no
    category itself ('200 refugees with malaria') and with no verb of a category after it in
    its clause ('40 children with malaria fled': their own predicate), in a clause of care (senses.in_care)."""
    lows = ctx.lows
    if not targets or end + 1 >= ctx.n or lows[end] != "with" or not in_care(ctx, targets[0].i):
        return None                                   # (met 40 children with asthma at the school)
    x = end + 2 if "ADJ" in word_classes(lows[end + 1]) and not complaint(lows[end + 1]) else end + 1
    if x >= ctx.n or not complaint(lows[x]):
        return None
    nxt, y, hi = lows[x + 1] if x + 1 < ctx.n else ".", x + 1, ctx.seg_range(end)[1]
    if any(lows[m.j - 1] in load("categories")["nouns"] for m in targets):
        return None                                   # 200 refugees with malaria: the noun says
    while y < min(hi, x + 6) and lows[y] not in CLAUSE_OPENERS and ctx.ws[y].text not in (",", ";", ":"):
        if verb_category(ctx, y, "displaced"):
            return None                               # children with malaria fled: their own predicate
        y += 1
    return "other" if "NOUN" not in word_classes(nxt) or nxt in ("and", "or") else None   # not 'cold water'


def _modified_noun(ctx: Ctx, k: int) -> bool:
    """Whether word k is a noun after an article or possessive and one or two adjectives
    that are no participles (:func:`_plain_adjective`), ending its phrase (punctuation,
    'of', 'and', 'or' after it: 'for the whole crossing,', 'during their entire journey.',
    'for the slow crossing and', 'the whole long crossing'): the act, no clause of
    movement; not 'the displaced crossing the river' nor 'the wounded arriving' (a
    participle-adjective is people), nor an -ing with an object or a place after it."""
    lows, j = ctx.lows, k - 1
    while j > k - 3 and j > 0 and _plain_adjective(lows[j]):
        j -= 1                                        # (one or two: the whole long crossing)
    return j < k - 1 and (lows[j] in ARTICLES or lows[j] in POSSESSIVES) \
        and (k + 1 >= ctx.n or not ctx.ws[k + 1].text.isalpha() or lows[k + 1] in ("of", "and", "or"))


def _plain_adjective(low: str) -> bool:
    """Whether the word is an adjective and no participle: not a verb form, or a bare one
    (slow, open, clean: its own lemma); 'the displaced', 'the wounded', 'the broken' are
    participles (a verb's inflected form)."""
    cl = word_classes(low)
    return "ADJ" in cl and ("VERB" not in cl or lemma(low) in (None, low))
