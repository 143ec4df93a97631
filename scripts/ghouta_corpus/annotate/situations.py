"""The situation a count of people shares with its paragraph or story (G145, G155, G304,
G305): kin in someone's company, a figure of a civilian group that no category word
governs, and the story's topic these fall back on.

Why apart from word_categories.py: that module says what one word gives; these read
the count before in the paragraph and the document's figures, a fallback for a figure
that no word governs (:func:`categories.category` and counts' second pass call them).
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .lodging import negated
from .word_categories import CLAUSE_OPENERS, NEGATIONS, kin_nouns, verb_category
from .wordclass import can_be_verb, lemma, only_verb
from .words import BEYOND, POSSESSIVES, is_cap


def kin_situation(ctx: Ctx, s: int, targets: list[Mention], before: str | None, story: str | None) -> str:
    """The category of kin after a possessive with no verb of theirs ('sat in the camp
    with her four grandchildren', 'wakes her three children'): the situation of the
    people they go with, from the count before them in the paragraph or else the
    document's figures (G305, G155); 'other' for what someone has that is not kin (our
    two clinics), for the whole of a partitive ('four of her six children') and where
    neither says a situation."""
    if not possessed_kin(ctx, s, targets):
        return "other"
    return (before if before != "other" else None) or story or "other"


def situation_group(ctx: Ctx, s: int, targets: list[Mention]) -> bool:
    """Whether the figure at word s counts only a group of civilians (categories.json's
    'situation_groups': people, families, residents) that the story counts again and
    again: with no category word of its clause, it takes the situation of the count
    before it in its paragraph or of the document's figures, as a bare figure does
    (G145, G155, G304); not soldiers, staff or things (another group), nor a figure
    after a preposition, which says what it is for or where ('tents set up for 300
    families', 'bombs dropped on 300 people': G231, the preposition's phrase decides),
    nor the object of a verb of no category, which says what was done to them ('the
    survey asked 1,000 residents', 'the census counted 40,000 residents')."""
    prev = ctx.lows[s - 1] if s > 0 else ""
    if prev == "by" and _shared_place(ctx, s - 1):
        prev = ""                                     # each latrine was shared by 300 people: lodged there (G155)
    if prev in ctx.T.place_prepositions or prev in GOVERNING_PREPOSITIONS \
            or only_verb(prev) and prev not in ctx.T.auxiliaries and ctx.ws[s - 1].text.islower():
        return False
    return civilians_only(ctx, targets)


def civilians_only(ctx: Ctx, targets: list[Mention]) -> bool:
    """Whether a figure's targets are all civilian groups (categories.json's 'situation_groups')."""
    groups = load("categories")["situation_groups"]
    return bool(targets) and all(m.label == "ACTOR" and ctx.lows[m.j - 1] in groups for m in targets)


def _shared_place(ctx: Ctx, k: int) -> bool:
    """Whether 'by' at word k is the agent of a passive 'shared' whose subject, in the four
    words before it, is a place or a facility of lodging (its head right before the 'be' and
    adverbs is a common-noun place head, or the singular of one, with no 'of' just before:
    'each latrine is shared by', 'one room was shared by', 'the toilets are shared by'): the
    people who share it live there, like the active '22 people shared a single room'
    (lodging.holds, G155); not a thing shared ('the video was shared by', 'the cost of the
    stall was shared by'), nor a negated 'be' ('the room was not shared by', "isn't
    shared by"), nor a settlement, a territory, a route or a river (categories.json's
    shared_territories: 'the road is shared by 12,000 people': its users)."""
    lows, heads, x = ctx.lows, ctx.lex.place_heads, k - 2
    if k < 1 or lemma(lows[k - 1]) != "share" or not ctx.ws[k - 1].text.islower():
        return False
    while x > 0 and (lows[x] in ctx.T.be_forms or lows[x] in ctx.T.adverbs):
        x -= 1                                        # (each latrine is still shared by; not 'is not shared')
    head = lows[x] if x >= 0 and not negated(lows, x, k) else ""
    if head in load("categories")["shared_territories"]:
        return False                                  # (the road, the river is shared by: users, no lodging)
    return (head in heads or head + "s" in heads) and "of" not in lows[max(0, x - 3):x]   # not 'the cost of the stall'


# Prepositions whose phrase, not the story, says what a figure of people is ('for 300 families').
GOVERNING_PREPOSITIONS = ("for", "on", "to", "at", "against", "with", "by", "upon", "among", "between")


def group_situation(ctx: Ctx, s: int, end: int, targets: list[Mention], before: str | None, topic: str | None,
                    neutral: bool) -> str | None:
    """The fallback category of a figure of a civilian group (:func:`situation_group`)
    that no category word governs: the count before it in its paragraph where that says
    a situation, else the story's ``topic`` (G145, G155, G304); None where the figure is
    no such group, where the count before says a situation and no predicate of its own
    was found (the count before is then inherited as for any figure), or where its own
    predicate (``neutral``: a verb of no category) is not a verb of being or staying
    somewhere (categories.json's 'company_verbs': 'spent the night at the cathedral',
    not 'needed treatment', 'work at the bakery')."""
    hi = ctx.seg_range(s)[1]
    if not situation_group(ctx, s, targets) or neutral and not _company_predicate(ctx, end) \
            or any(w in NEGATIONS for w in ctx.lows[end:hi]):
        return None                                   # (dozens of families did not wait: no situation said)
    if before not in (None, "other"):
        return before if neutral and before in SITUATIONS else None
    return topic if topic in SITUATIONS else "other"


def part_situation(ctx: Ctx, s: int, targets: list[Mention], before: str | None, topic: str | None) -> str | None:
    """The category of a part of a set of civilians whose predicate names no category
    ('about 60 percent of those in the camp were women', 'a third of the households had
    no tent'; G145: the part keeps the category of the people it counts): where the set
    is a civilian group (categories.json's 'situation_groups') or the pronoun 'those',
    the situation of the count before it in its paragraph, else the story's (G155,
    G304); None for any other set ('half of the nurses', 'a third of our drivers': staff,
    another group) and where neither says where a population is."""
    groups, lows, end = load("categories")["situation_groups"], ctx.lows, max([m.j for m in targets], default=0)
    if not targets or not all(m.label == "ACTOR" and lows[m.j - 1] in groups or lows[m.i:m.j] == ["those"]
                              for m in targets) or _own_set(ctx, end) or not _being(ctx, s, end):  # (G40)
        return None
    return next((c for c in (before, topic) if c in SITUATIONS), None)


# The negations of a predicate ('no' is the object's: 'had no tent').
_NOT = ("not", "never", "n't")


def _being(ctx: Ctx, s: int, end: int) -> bool:
    """Whether the part at word s is what 'make up' before it gives ('women made up half
    of those on the buses'), or the first form of 'be' or 'have' in the clause after
    word ``end`` (past an -ing word right after it: 'those waiting') comes before any
    word that is only a verb: the part's predicate says what the people are or have
    ('were women and children', 'had no tent', 'had been offered a place'), not
    something they do ('voted in the election', 'support the mayor'). Not a 'have' that
    is the auxiliary of another verb ('have returned home', 'had voted': something they
    did), nor a 'be' the clause negates ('are not refugees', 'were never registered':
    the part is said to be out of the situation; 'do not have a tent' is still had)."""
    lows, hi = ctx.lows, ctx.seg_range(end - 1)[1]
    if s >= 2 and lows[s - 1] == "up" and lemma(lows[s - 2]) == "make":
        return True
    for x in range(end + (end < hi and lows[end].endswith("ing")), hi):
        if lemma(lows[x]) in ("be", "have"):
            rest = [y for y in range(x + 1, hi) if lows[y] in _NOT
                    or lows[y] not in ctx.T.adverbs and lows[y] != "still"]
            if rest and lows[rest[0]] in _NOT and lemma(lows[x]) == "be":
                return False                          # (are not refugees, were never registered)
            rest = [y for y in rest if lows[y] not in _NOT]
            return not (rest and lemma(lows[x]) == "have" and only_verb(lows[rest[0]])
                        and lemma(lows[rest[0]]) != "be")     # (have returned home, had voted; had been offered)
        if not ctx.ws[x].text.isalnum() or lows[x] in CLAUSE_OPENERS or only_verb(lows[x]):
            return False
    return False


def _own_set(ctx: Ctx, end: int) -> bool:
    """Whether the set ending at word ``end`` is bounded by a clause of a speaker's own
    (a subject pronoun after it, grammar.json's: 'half of the children I see',
    'a third of the women we treated': the people someone sees or treats, G179), or its
    clause holds a verb of a fate (categories.json's 'verbs') with an object of its own
    ('a third of the families on our street lost someone': what happened, G77, not
    where they are)."""
    lows, hi = ctx.lows, ctx.seg_range(end - 1)[1]
    for x in range(end, min(hi, end + 4)):            # (past a short modifier: 'the children under five we screened')
        if ctx.ws[x].text in ctx.T.subject_pronouns:
            return True
        if lows[x] in ctx.T.auxiliaries or not ctx.ws[x].text.isalnum():
            break
    verbs = load("categories")["verbs"]
    for x in range(end, hi):
        if ctx.ws[x].text in (",", ";", ":") or lows[x] in CLAUSE_OPENERS:
            return False
        if lows[x] in verbs:
            return True
    return False


def staff(ctx: Ctx, targets: list[Mention]) -> bool:
    """Whether the figure counts only people who work for a service (categories.json's
    'staff_nouns': 'We have two doctors'), who share no situation of the people they
    serve."""
    return bool(targets) and all(ctx.lows[m.j - 1] in load("categories")["staff_nouns"] for m in targets)


def staff_left(ctx: Ctx, targets: list[Mention], end: int, hi: int, cat: str | None) -> str | None:
    """``cat``, except that staff (:func:`staff`: nurses, doctors, teachers) whose own active verb of
    movement the story's evacuation reading took ('half of my nurses have gone west', 'a third of the
    hospital's nurses had left') went of their own accord: flight, 'displaced' (G342), not evacuees; a
    passive or a word of evacuation in their clause ('were evacuated', 'were moved') keeps ``cat``."""
    if cat != "evacuated" or not staff(ctx, targets):
        return cat
    lows, words = ctx.lows, load("categories")["evacuation_words"]
    clause = lows[end:hi]
    if any(w in words or w in ctx.T.attr["passive_aux"] for w in clause):
        return cat                                    # (two nurses were evacuated; were moved out)
    return "displaced"


# Words that say people are back where they fled from (G312): 'home', 'homes', 'back', 'again'.
_BACK = ("home", "homes", "back", "again")


def relative_flight(ctx: Ctx, end: int, hi: int, movement: str, after: str | None) -> str | None:
    """``after``, the main predicate's category, unless it is 'present' and a relative
    clause right after the counted noun (ending at word ``end``) says the people fled or
    were evacuated ('thousands of people who fled the attacks are living in the town',
    'families who were evacuated are staying in schools'): flight wins over presence
    (G144); its verb is the first after 'who' or 'that', past auxiliaries and adverbs.
    Not where the sentence says they are back (:data:`_BACK`: 'living in their homes
    again'; people going home, G312) or the relative says they returned (:func:`_returned`)."""
    lows, T = ctx.lows, ctx.T
    if after != "present" or end >= hi or lows[end] not in ("who", "that") \
            or any(w in _BACK for w in lows[end:hi]):
        return after                                  # (who fled in 2015 are living in their homes again: G312)
    for x in range(end + 1, min(hi, end + 5)):
        if lows[x] in NEGATIONS:
            return after                              # (people who had not fled are living in the cellar)
        if lows[x] in T.auxiliaries or lows[x] in T.adverbs:
            continue
        if (cat := verb_category(ctx, x, movement)) not in ("displaced", "evacuated") or _returned(ctx, x + 1, hi):
            return after                              # (who had fled, but returned, are living in the town: G312)
        return cat
    return after


# Verb lemmas of waiting, and how far a comma-delimited aside after the counted noun may run.
_WAIT = ("wait", "await")
_WAIT_ASIDE = 16


def waiting(ctx: Ctx, end: int, hi: int, movement: str) -> str | None:
    """'present' where, in a sentence of evacuation, the figure's predicate (the first word
    after the counted noun ending at word ``end``, past a comma-delimited aside, auxiliaries,
    adverbs and 'more') is a form of 'wait' or 'await' for a move still to come: 'to' and a
    verb ('were waiting to board'), 'for' and a word of evacuation or a vehicle in its
    clause ('waiting on the platforms for evacuation trains', 'for the next convoy'), or
    nothing more ('dozens more were waiting.'): they are still where they are (G39: people
    who remain); the move is not theirs yet (G77). None elsewhere: people of a flight
    waiting at a border or frontier (categories.json's crossing_objects) are on the move
    already, and 'waited for hours' says no move."""
    lows, c = ctx.lows, load("categories")
    x = end
    if movement != "evacuated":
        return None
    if x < hi and lows[x] == ",":                     # (several thousand civilians, most of them women, were waiting;
        x = next((y + 1 for y in range(x + 1, min(hi, x + _WAIT_ASIDE)) if lows[y] == "," and y + 1 < hi   # a list
                  and (lows[y + 1] in ctx.T.auxiliaries or lows[y + 1] in ctx.T.adverbs   # aside: its last
                       or lemma(lows[y + 1]) in _WAIT)), hi)   # comma, before the predicate)
    aux = x
    while x < hi and (lows[x] in ctx.T.auxiliaries or lows[x] in ctx.T.adverbs or lows[x] == "more"):
        x += 1
    if x >= hi or lemma(lows[x]) not in _WAIT or not only_verb(lows[x]) or x == aux and lows[x].endswith("ing"):
        return None                                   # (people waiting for the buses were killed: a reduced relative)
    stop = next((y for y in range(x + 1, hi) if not ctx.ws[y].text[:1].isalnum()), hi)
    if set(lows[x + 1:stop]) & set(c["crossing_objects"]):
        return None                                   # (waiting at the border: on the move already, G77)
    moves = {*c["evacuation_words"], *c["vehicle_words"]}
    if stop == x + 1 or lows[x + 1] == "to" and _move_to_come(ctx, x + 2, stop):
        return "present"
    if lemma(lows[x]) == "await" and moves & set(lows[x + 1:min(stop, x + 5)]):
        return "present"                              # (awaiting evacuation, the next convoy)
    return "present" if any(lows[y] == "for" and moves & set(lows[y + 1:y + 5]) for y in range(x + 1, stop)) else None


def _move_to_come(ctx: Ctx, k: int, stop: int) -> bool:
    """Whether the verb at word k (past 'be') after 'waiting to' is a move: a word of
    evacuation or flight, a verb of movement or of an organised move (categories.json),
    'go' or 'get' ('to board', 'to leave', 'to be evacuated', 'to be moved'); not 'to be
    treated', 'to be released', 'to register' (no move still to come, G39)."""
    lows, c = ctx.lows, load("categories")
    if k < stop and lows[k] == "be":
        k += 1
    return k < stop and can_be_verb(lows[k]) and (
        ctx.lex.category_verbs.get(lows[k]) in _MOVES or lows[k] in c["movement_verbs"]
        or lemma(lows[k]) in (*c["organised_moves"], *c["waiting_moves"]))


def _returned(ctx: Ctx, lo: int, hi: int) -> bool:
    """Whether the relative clause after its verb (from word ``lo`` to the main
    predicate's first form of 'be' or 'have') holds a form of 'return' ('who had fled,
    but returned,', 'who fled and later returned'): the people are back (G312)."""
    lows = ctx.lows
    for x in range(lo, hi):
        if lemma(lows[x]) in ("be", "have"):
            return False
        if lemma(lows[x]) == "return" and only_verb(lows[x]):   # (not the noun: fled the return of)
            return True
    return False


# The categories that say where a population is (G155, G304): a toll, custody or release
# is the fate of the people a clause names, not a situation a group shares with the story
# ('hundreds of families have waited years for this' in a story of a prisoner exchange).
SITUATIONS = ("displaced", "evacuated", "present")


def _company_predicate(ctx: Ctx, end: int) -> bool:
    """Whether the first verb after word ``end`` in its clause (past auxiliaries and
    adverbs) is one of categories.json's 'company_verbs' with no negation before it and
    a place phrase after it, past only a stretch of time ('waited at the gate', 'spent
    the night at the cathedral'; not 'spent their savings on rent', 'waited for news',
    'sat an exam': other senses)."""
    lows, hi, T = ctx.lows, ctx.seg_range(end - 1)[1], ctx.T
    for x in range(end, min(hi, end + 4)):
        if lows[x] in NEGATIONS or lows[x] in CLAUSE_OPENERS:
            return False
        if lows[x] in T.auxiliaries or lows[x] in T.adverbs:
            continue
        return lemma(lows[x]) in load("categories")["company_verbs"] and _place_after(ctx, x + 1, hi) \
            and not errand(ctx, x + 1, hi)
    return False


def errand(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether 'for' and no stretch of time follows word k - 1 in its clause: what
    people wait or sit somewhere for ('waited outside the school for their parents',
    'queued at the bank for their pensions') says an errand, not the story's situation,
    as for kin after 'with' (G305); 'waited at the gate for hours' still says where."""
    lows, units = ctx.lows, load("times")["bare_need_prep"]
    for x in range(k, hi):
        if lows[x] in CLAUSE_OPENERS or ctx.ws[x].text in (",", ";", ":"):
            return False
        if lows[x] == "for":
            after = lows[x + 1:min(hi, x + 4)]
            return not any(w in units or w in ctx.T.units or w in ("night", "day") for w in after)
    return False


def _place_after(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether a place preposition follows word k - 1, past only determiners, a stretch
    of time (times.json's units, 'night') and particles ('the night at', 'two days in',
    'down outside')."""
    lows, T, units = ctx.lows, ctx.T, load("times")["bare_need_prep"]
    for x in range(k, min(hi, k + 4)):
        if lows[x] in T.place_prepositions:
            return True
        if not (lows[x] in T.determiners or lows[x] in units or lows[x] in ("night", "day", "down", "up", "out")
                or lows[x] in T.units):
            return False
    return False


def possessed_kin(ctx: Ctx, s: int, targets: list[Mention]) -> bool:
    """Whether the figure at word s counts kin after a possessive right after 'with' ('sat
    with her four children'): people in someone's company (G305), not the object of a
    verb that says nothing of where they are ('named his three daughters', 'did not see
    her two sons', 'spoke by phone with his three brothers': categories.json's
    'company_verbs' must be the clause's verb), the subject of a clause of their own ('Her three sons work at ...')
    nor the whole of a partitive ('four of her six children')."""
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    if not (s >= 2 and lows[s - 1] in POSSESSIVES and bool(targets) and lo < s - 1
            and all(lows[m.j - 1] in kin_nouns() for m in targets)):
        return False
    if lows[s - 2] in load("categories")["tending_verbs"] and ctx.ws[s - 2].text.islower():
        return _placed(ctx, max(m.j for m in targets)) and not any(w in NEGATIONS for w in lows[lo:s - 2])
    if lows[s - 2] != "with":
        return False
    company = load("categories")["company_verbs"]
    verbs = [x for x in range(lo, s - 2) if (only_verb(lows[x]) or lemma(lows[x]) in company)
             and lows[x - 1] not in ("a", "an", "the", *POSSESSIVES)]   # (not 'a folded blanket': a modifier)
    end = max(m.j for m in targets)                   # (waited with her two sons for the bus: its errand)
    return bool(verbs) and lemma(lows[verbs[-1]]) in company and not (end < ctx.n and lows[end] == "for") \
        and not any(w in NEGATIONS for w in lows[lo:s - 2])


def _placed(ctx: Ctx, end: int) -> bool:
    """Whether a place preposition follows word ``end`` in eight words before a stop ('wakes her four children
    for the meal in a school hall'): kin tended there share that scene (G305), unlike a bare 'wakes her sons'."""
    hi = ctx.seg_range(end - 1)[1]
    for x in range(end, min(hi, end + 8)):
        if ctx.ws[x].text in (",", ";", ":", "."):
            return False
        if ctx.lows[x] in ("in", "at", "inside"):
            return True
    return False


def topic(categories: list[str]) -> str | None:
    """The category most of a document's figures of people have (a toll dispute counts
    the dead, a report of an exodus the displaced), if one has a clear majority (more
    than half of them); None otherwise."""
    people = [c for c in categories if c != "other"]
    if not people:
        return None
    best = max(set(people), key=people.count)
    return best if 2 * people.count(best) > len(people) else None


# Verb lemmas of an evacuation proper: moving people out of danger, by road or by air.
_EVACUATING = ("evacuate", "airlift")


def evacuated_wounded(ctx: Ctx, s: int, end: int) -> bool:
    """Whether the wounded or sick counted at word s (their phrase ending at word ``end``)
    are themselves evacuated: a verb form of 'evacuate' or 'airlift' after them in their
    clause ('300 sick and wounded people had been evacuated'), or one of those or 'flew
    out' or a transitive 'flew' right before the figure ('flew out dozens of wounded civilians', 'flew 80
    wounded to the capital', not to a hospital of no further place): the evacuation
    is what the clause reports of them, 'evacuated' (G77, G342), while wounded people
    brought in, moved to a hospital or awaiting evacuation ('waiting for evacuation', 'need
    to be evacuated') stay the wounded; not after a negation, nor where a subordinate clause
    comes first ('40 wounded people remain after 300 others were evacuated': the others'
    evacuation), nor where the evacuation ends at a hospital of no further place
    (categories.json's care_places: 'were evacuated to hospital', '... to a nearby
    hospital'): casualties carried from the scene keep their harm (G351)."""
    lows, (lo, hi) = ctx.lows, ctx.seg_range(s)
    before = s - 1
    while before > lo and (lows[before] in ("out", "some", "about", "nearly", "more", "than")):
        before -= 1
    flown = before >= lo and lemma(lows[before]) == "fly" and ctx.ws[before].text.islower() \
        and (lows[before + 1] == "out" or not _to_hospital(ctx, end, hi))   # flew 80 wounded to X (G351)
    if before >= lo and (_evacuating(lows[before]) and not _to_hospital(ctx, end, hi) or flown):   # (G351)
        return not any(w in NEGATIONS for w in lows[max(lo, before - 3):before])
    coordinated = _coordinated(ctx, end, hi)          # (40 wounded people and their families were evacuated)
    for x in range(end, min(hi, end + (10 if coordinated else 6))):
        if x == end and coordinated:
            continue
        if lows[x] in CLAUSE_OPENERS or lows[x] in ("for", "to", "awaiting") or ctx.ws[x].text in (",", ";", ":") \
                or lows[x] in ctx.T.subordinators and lows[x] != "since":
            return False                              # (waiting for evacuation; remain after others were evacuated)
        if lows[x] in NEGATIONS:
            return False
        if _evacuating(lows[x]):
            return not _to_hospital(ctx, x + 1, hi)
    return False


# Categories of a movement the wounded may be read to make (G351): an organised move or a flight.
_MOVES = ("evacuated", "displaced")
# Verb lemmas after the wounded that move them nowhere: brought (in) to care (G179), waiting for or needing a move.
_NOT_MOVED = ("bring", "wait", "await", "need")


def moved_wounded(ctx: Ctx, s: int, end: int, own: str | None) -> str | None:
    """The category of the wounded or sick counted at word s (their phrase ending at word
    ``end``) where their clause reports them moved: 'evacuated' where
    :func:`evacuated_wounded` says so, else ``own``, the category the first category word
    after them gives, where it is a movement ('were taken to hospitals across the
    border', 'were carried out on stretchers', 'had crossed into the border area': G351,
    the governing verb deciding between an organised move and a flight, G77), unless the
    sentence names a place of care of no further place ('were taken to the city hospital',
    'arrived at the clinic', 'a surgeon at X Hospital said': casualties brought to care keep their harm) or
    they are 'brought' (in) to care (G179), wait for or need a move, or the move is negated or
    yet to come ('had still to be evacuated', :data:`_NOT_MOVED`); else None: they stay the wounded."""
    if evacuated_wounded(ctx, s, end):
        return "evacuated"
    lows, (lo, hi) = ctx.lows, ctx.seg_range(s)
    if own not in _MOVES or any(lemma(w) in _NOT_MOVED or w in NEGATIONS or w == "to" and x + 1 < hi
                                and lows[x + 1] == "be" for x, w in enumerate(lows[end:hi], end)):
        return None                                   # (brought in; waiting for, not, still to be evacuated)
    if _other_clause(ctx, end, hi):
        return None                                   # (lay in the street as residents fled: not their move)
    places = load("categories")["care_places"]        # (also before them: 'at the hospital, where dozens of
    care = next((x for x in range(lo, hi) if lows[x] in places), None)   # the wounded were taken', 'X Hospital said')
    further = care is not None and end <= care < hi - 2 and (lows[care + 1] in ("across", "abroad", "outside", "beyond")
                                                      or lows[care + 1] == "in" and is_cap(ctx.ws[care + 2].text))
    return own if care is None or further else None   # (hospitals in Idlib; not the clinic within an hour)


def _other_clause(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether a subordinating word ('as', 'while', 'when', ...) with a subject after it
    (not a verb in -ing: 'as shelling went on' is a clause, 'while fleeing' is theirs) opens
    a clause between the wounded (their phrase ending at word ``end``) and the first word of
    a movement after them: that movement is the other clause's people's ('lay in the street
    as residents fled'), not theirs (G39: the governing verb of the counted)."""
    lows, c = ctx.lows, load("categories")
    moving = {*c["movement_verbs"], *c["evacuation_words"]}
    k = next((y for y in range(end, hi) if lows[y] in moving or ctx.lex.category_verbs.get(lows[y]) in _MOVES), hi)
    return any((lows[y] in ctx.T.subordinators or lows[y] == "as") and not lows[y + 1].endswith("ing")
               for y in range(end, k - 1))


def _coordinated(ctx: Ctx, x: int, hi: int) -> bool:
    """Whether word x, right after a counted phrase, is an 'and' that joins a second noun
    phrase to it (before a possessive, an article or a figure: '40 wounded people and
    their families', '... and the elderly', '... and 300 others'), so that a verb after
    both is the first's too; an 'and' after a verb of theirs ('remain and 300 others
    were evacuated') is not right after the phrase and opens a clause."""
    lows, T = ctx.lows, ctx.T
    if x + 1 >= hi or lows[x] != "and":
        return False
    nxt = lows[x + 1]
    return nxt in POSSESSIVES or nxt in ("the", "a", "an") or ctx.ws[x + 1].text[:1].isdigit() \
        or nxt in T.units or nxt in T.tens


def _to_hospital(ctx: Ctx, k: int, hi: int) -> bool:
    """Whether the words from k, in the clause ending at ``hi``, carry people 'to' a
    hospital or clinic (categories.json's care_places) within the next six words (past a
    determiner, a possessive, modifiers; 'by road' or 'by ambulance' may come first), and
    the phrase names no further place ('to hospital', 'to the city's main hospital'; not
    'to hospitals in Turkey', 'to a hospital across the border'): the wounded of the
    reported attack carried to care (G351)."""
    lows, places = ctx.lows, load("categories")["care_places"]
    if k + 1 < hi and lows[k] == "by" and lows[k + 1] in ("road", "ambulance", "ambulances"):
        k += 2                                        # (evacuated by ambulance to hospital)
    if k >= hi or lows[k] != "to":
        return False
    x = next((y for y in range(k + 1, min(hi, k + 7)) if lows[y] in places), None)
    nxt = lows[x + 1] if x is not None and x + 1 < hi else "."
    return x is not None and nxt not in ctx.T.place_prepositions \
        and nxt not in BEYOND


def _evacuating(low: str) -> bool:
    """Whether the word is a verb form of evacuating (:data:`_EVACUATING`, by lemma), not
    the noun 'evacuation'."""
    return only_verb(low) and lemma(low) in _EVACUATING
