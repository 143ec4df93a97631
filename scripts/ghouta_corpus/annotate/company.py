"""Companions after 'with' whose clause names no category word (G305, G77): people who
go with someone share that person's journey.

Why apart from categories.py and word_categories.py: those read the category word
nearest a figure; here the figure's category is the journey of the person it goes with,
read from the verb of that person's clause even where that verb names no category of
its own ('travelled with her three children', 'followed two days later with 30
relatives') or stands before a subordinate clause ('reached the town two days after the
fighting began with eleven relatives'), and the verb's kind of movement is the
sentence's (G77).
"""

from __future__ import annotations

from .context import Ctx
from .count_groups import STEPPED
from .fates import clause_start
from .lexicons import load
from .lodging import lodged
from .word_categories import ARTICLES, clause_category, kin_nouns, verb_category
from .wordclass import lemma, only_verb
from .words import APOS, POSSESSIVES


def companion_nouns() -> frozenset[str]:
    """The nouns of people who go with someone: nouns.json's kin and categories.json's
    'companion_nouns' ('with seven others', 'along with four companions')."""
    return kin_nouns() | frozenset(load("categories")["companion_nouns"])


def companions(ctx: Ctx, s: int, end: int) -> bool:
    """Whether the figure at word s, right after 'with', counts people who go with
    someone ('arrived last week with five children', 'followed with 30 relatives',
    'was shot dead along with four companions', 'sharing a tarpaulin with 40 other
    people': a civilian group set beside whoever the clause is about by 'other' or 'more',
    count_groups' STEPPED words, is others): they share the fate of who they go with (G77,
    G305), as 'fled with her three children' does; not 'met with 30 people'."""
    if not (s >= 1 and ctx.lows[s - 1] == "with" and end <= ctx.n):
        return False
    lows = ctx.lows
    return lows[end - 1] in companion_nouns() or lows[end - 1] in load("categories")["situation_groups"] \
        and any(w in STEPPED for w in lows[s:end - 1])   # (with 40 other people: others)


def companion_category(ctx: Ctx, s: int, end: int, lo: int, movement: str) -> str | None:
    """The category of a figure of companions after 'with' (:func:`companions`) with no
    predicate of its own: the nearest category word of the clause before 'with'
    (:func:`~.word_categories.clause_category`), else the journey of who they go with
    (:func:`journey`); None for a figure that counts no companions."""
    if not companions(ctx, s, end):
        return None
    return clause_category(ctx, s - 2, lo, movement) or journey(ctx, s - 1, lo, movement)


def journey(ctx: Ctx, w: int, lo: int, movement: str) -> str | None:
    """The category of the journey of the person whom companions after 'with' (word w)
    go with: the clause's verb before 'with' (past a subordinate clause that ends at
    'with': 'reached Beddawi after the fighting began with eleven relatives' is 'reached'),
    where it is a verb of going somewhere (categories.json's 'journey_verbs', by lemma:
    'travelled with her three children', 'followed with 30 relatives') the sentence's
    kind of movement ``movement``, where it is one of 'movement_verbs' (reached, left)
    its own category; where it is 'share' ('shares one tarpaulin with nine relatives', 'a
    water tank the family shares with three neighbours'), the companions live where who
    they are with lives, lodged there (:func:`~.lodging.lodged`: displaced in a story of
    flight, G155, G305); None where the clause's verb is another ('lost contact with one
    child': no one went anywhere, nor died) or a negation precedes it ('did not travel
    with her sons')."""
    lows = ctx.lows
    start = clause_start(ctx, lo, w)
    stop = next((x for x in range(w - 1, start - 1, -1) if lows[x] in ctx.T.subordinators), w)
    for x in range(stop - 1, start - 1, -1):
        low = lows[x]
        if low in ("not", "never", "n't") or ctx.ws[x].text in (",", ";", ":"):
            return None
        if not ctx.ws[x].text.islower() or x > start and (lows[x - 1] in ARTICLES or lows[x - 1] in POSSESSIVES
                                                           or lows[x - 1] in APOS or lows[x - 1] == "s"):
            continue                                  # (a relative's living room: a noun, no verb)
        if lemma(low) in load("categories")["journey_verbs"] and only_verb(low) or on_board(ctx, x):
            return movement                           # (travelled with; is on one of the buses with)
        if hid(ctx, x, w):
            return "present"                          # spent a month in a basement with her sons (G304)
        if lemma(low) == "share" and ctx.ws[x].text.islower():
            return lodged(ctx, x, movement)           # shares a tarpaulin with nine relatives: lodged together (G155)
        if low in load("categories")["movement_verbs"]:
            return verb_category(ctx, x, movement)    # reached, arrived, left: its own reading (not 'home')
        if only_verb(low) or verb_category(ctx, x, movement) is not None:
            return None                               # the clause's own verb, of no journey ('lost contact with')
    return None


def hid(ctx: Ctx, k: int, w: int) -> bool:
    """Whether word k is a verb of staying put (categories.json's hiding_verbs, by lemma, in
    lower case) whose clause up to 'with' (word w) names an underground hiding place
    (hiding_places: a basement, a cellar, a bunker) and no flight: people who sit out the
    shelling, the siege or the fighting where it happens, and whoever hides with them, are
    present (G304, G305: 'spent four months in a cellar with her two sons'); not 'fled
    to a basement with her sons'."""
    c, lows = load("categories"), ctx.lows
    return ctx.ws[k].text.islower() and lemma(lows[k]) in c["hiding_verbs"] \
        and any(x in c["hiding_places"] for x in lows[k + 1:w]) \
        and not any(x in c["flight_words"] for x in lows[k:w])


def on_board(ctx: Ctx, k: int) -> bool:
    """Whether word k is a vehicle (categories.json's vehicle_words) that people are said
    to be on: 'on' or 'aboard' at most four words before it (past determiners and 'one of
    those') right after a form of 'be' and adverbs ('two are on a bus', 'is on one of those
    buses', 'were still aboard the convoy'): they are being moved, the story's kind of
    movement (G77); not 'people on a bus were wounded' (a place of the reported harm)."""
    lows = ctx.lows
    if lows[k] not in load("categories")["vehicle_words"]:
        return False
    x = next((x for x in range(k - 1, max(-1, k - 5), -1) if lows[x] in ("on", "aboard")), None)
    if x is None or not all(lows[y] in ctx.T.determiners or lows[y] in ("one", "of", "those", "these", "the")
                            for y in range(x + 1, k)):
        return False
    x -= 1
    while x >= 0 and lows[x] in ctx.T.adverbs:
        x -= 1
    return x >= 0 and lows[x] in ctx.T.be_forms
