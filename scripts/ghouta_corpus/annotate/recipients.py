"""COUNT categories of people a clause acts on without a verb of a category of its own
(G39, G77, G155): people given aid ('distributed blankets to 3,400 families') and people
let through or turned back at a border or checkpoint ('let through 300 people an hour',
'pushed back 400 people').

Why apart from categories.py: each is one reading of a clause decided by its verb and
the preposition or particle before the figure, not the search for the governing word;
someone changing who counts as an aid recipient opens this file. Its words are
categories.json's ('aid_verbs', 'passage_phrasals').
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .wordclass import lemma

# How far back from 'to' the verb of giving may stand ('distributed food, blankets and
# heating fuel to ...'): the things given lie between them.
_AID_REACH = 12
# Words that end the search for the verb of giving: another clause or sentence part.
_STOPS = (";", ":", ".", "(", ")", "\u2014", "\u2013")


def acted_on(ctx: Ctx, s: int, lo: int, movement: str, targets: list[Mention] | None = None) -> str | None:
    """The category of the figure at word s as people given aid (:func:`aid_recipients`)
    or let through or turned back (:func:`passage`), None where it is neither;
    ``targets`` are its counted nouns (the civilians a passage needs)."""
    care = load("categories")["care_nouns"]
    civilians = all(m.label == "ACTOR" and m.atype == "civilians" and ctx.lows[m.j - 1] not in care
                    for m in targets or [])
    return aid_recipients(ctx, s, lo, movement) or passage(ctx, s, lo, movement, civilians) \
        or (receivers(ctx, max(m.j for m in targets), movement) if targets and civilians else None)


def receivers(ctx: Ctx, end: int, movement: str) -> str | None:
    """The category of civilians whose phrase (ending before word ``end``) is the subject of an active
    'receive' ('hundreds of families in the town had received nothing', '300 families received food'): people
    given aid or left without it, as those 'to' whom aid is given (:func:`aid_recipients`: 'displaced' in a
    story of flight, else 'present', G155, G39); not people a place receives ('the town received 300 families':
    arrivals, G77), nor a passive ('were received at the camp'), nor 'received treatment' (care, G179)."""
    lows, T, hi = ctx.lows, ctx.T, ctx.seg_range(end - 1)[1]
    x = end
    if x < hi and lows[x] in T.place_prepositions:   # (families in the town had received)
        x = next((y for y in range(x + 1, min(hi, x + 5)) if lows[y] in T.auxiliaries or lemma(lows[y]) == "receive"
                  or not ctx.ws[y].text.isalpha()), hi)
    while x < hi and (lows[x] in T.auxiliaries or lows[x] in T.adverbs) and lows[x] not in T.be_forms:
        x += 1                                        # (had received, have already received; not 'were received')
    if x >= hi or lemma(lows[x]) != "receive" or not ctx.ws[x].text.islower() \
            or any(w in load("categories")["care_nouns"] for w in lows[x + 1:min(hi, x + 4)]):
        return None
    return "displaced" if movement == "displaced" else "present"


def aid_recipients(ctx: Ctx, s: int, lo: int, movement: str) -> str | None:
    """The category of a figure at word s that follows 'to' after a verb of
    giving aid (categories.json's 'aid_verbs', by lemma: distribute, deliver, hand out,
    provide) in its clause: the people given aid are those the story is about, as people
    lodged are (G155): 'displaced' in a sentence or story of flight, else 'present'
    (people helped where they live, G39). None where no such verb governs it ('flew 300
    people to Idlib': the figure is no object of 'to'; 'moved to 40 camps'; not 'for', as in
    'provides for 30,000 people to leave', where the figure is the subject of a verb), and
    where what is given is no relief (:func:`_gives_aid`: 'provided a list to 30
    journalists', 'handed over the town to 12 officials', 'delivered a speech to 300
    delegates': the verbs' other senses, whose recipients are no people of the story)."""
    lows = ctx.lows
    if s - 1 <= lo or lows[s - 1] != "to":
        return None
    verbs = load("categories")["aid_verbs"]
    for k in range(s - 2, max(lo, s - 2 - _AID_REACH) - 1, -1):
        t = ctx.ws[k].text
        if t in _STOPS or lows[k] in ("but", "who", "which", "where") or t[:1].isdigit():
            return None                               # another clause, or a figure given (40 trucks to ...)
        if ctx.ws[k].text.islower() and lemma(lows[k]) in verbs:
            if not _gives_aid(ctx, k, s - 1, lo):
                return None
            return "displaced" if movement == "displaced" else "present"
    return None


def _aid_goods() -> frozenset[str]:
    """Words of relief given to people: nouns.json's 'supply_nouns' (food, water,
    blankets) and categories.json's 'aid_goods' (aid, tents, kits, shelter)."""
    return frozenset((*load("nouns")["supply_nouns"], *load("categories")["aid_goods"]))


def _gives_aid(ctx: Ctx, v: int, to: int, lo: int) -> bool:
    """Whether the verb of giving at word v gives relief: a word of aid goods among
    the things given between it and 'to' at word ``to`` ('distributed food, blankets and
    fuel to'), or, with nothing between ('food was distributed to'), before its form of
    'be' in its clause, as its passive subject."""
    goods = _aid_goods()
    if v + 1 < to:
        return any(ctx.lows[k] in goods for k in range(v + 1, to))
    if v - 1 < lo or ctx.lows[v - 1] not in load("attribution")["passive_aux"]:
        return False
    for k in range(v - 2, max(lo, v - 2 - _AID_REACH) - 1, -1):
        if ctx.ws[k].text in _STOPS:
            return False
        if ctx.lows[k] in goods:
            return True
    return False


def passage(ctx: Ctx, s: int, lo: int, movement: str, civilians: bool = True) -> str | None:
    """The category of a figure that is the object of a phrasal verb of letting people
    pass or turning them back (categories.json's 'passage_phrasals': 'let through',
    'pushed back', 'turned away'), right after its particle: people on the move, the
    sentence's kind of movement (G77: a border guard lets through or pushes back the
    people fleeing, or the evacuees of a convoy). None elsewhere ('pushed back an
    attack' has no figure after it), nor for a count of combatants or staff (an ACTOR of
    any type but civilians: 'pushed back 300 fighters' is a battle, 'turned away 30
    journalists' a door) or of patients ('the hospital turned away 40 patients': a
    clinic's caseload, G179): those the verb acts on are not the people in flight."""
    lows = ctx.lows
    if s - 2 < lo or not civilians:
        return None
    verb, particle = lows[s - 2], lows[s - 1]
    phrasals = load("categories")["passage_phrasals"]
    if any(lemma(verb) == v and particle == p for v, p in (x.split() for x in phrasals)):
        return movement
    return None
