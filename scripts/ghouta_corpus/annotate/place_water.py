"""Water as a place and as a supply, a spring as a place and as a season (G153, G127, G7).

Why apart from :mod:`.place_senses`: 'water' is a supply far more often than a place
('no clean water', 'water trucked in'), so nouns.json's 'open_water' heads are kept
only where a preposition of place governs them; the one question is asked by the
mention finder's drop rules, through :func:`.place_senses.other_sense`.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .wordclass import word_classes
from .words import POSSESSIVES

# words of time before 'the spring' that make it the season ('in the spring', 'over the spring')
_SEASON_BEFORE = frozenset(("in", "since", "during", "until", "till", "by", "through", "throughout", "over", "before",
                            "after", "early", "late", "last", "next", "this", "that", "every", "each", "of", "the"))


def spring_as_season(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the 'spring(s)' over [i, h] (nouns.json's 'springs') is the season, no
    place: not opened by 'a', 'single' or 'the', or 'the' after a word of time ('in
    the spring', 'this spring'), or 'of' and a year or a noun after it ('the spring of
    2019', 'the spring departures'). 'a single [spring]', 'engineers at the [spring]',
    'The [spring], which provides ...' are the water's place (G7, G153)."""
    lows, ws = ctx.lows, ctx.ws
    if lows[h] not in _springs():
        return False
    if h + 1 < ctx.n and (lows[h + 1] == "of" or ws[h + 1].text.isalpha() and ws[h + 1].text.islower()
                          and "NOUN" in word_classes(lows[h + 1]) and lows[h + 1] not in ctx.T.closed):
        return True                                   # the spring of 2019, the spring offensive
    k = i - 1
    if k < 0 or lows[k] not in ("a", "single", "the"):
        return True
    while k >= 0 and lows[k] in ("a", "single", "the"):
        k -= 1
    return k >= 0 and lows[k] in _SEASON_BEFORE and ws[k].text.islower()


def water_as_supply(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the water over words [i, h] is a supply, no place: anything but 'across
    the [water]', 'toward the [water]', 'in [Cypriot waters]', 'through the [brown
    water]' (a preposition of nouns.json's water_prepositions right before the phrase
    or its 'the' or possessive), bare water with neither a determiner nor an adjective
    ('truck in water': a particle), or one before a noun it modifies ('the water tank')."""
    lows, ws = ctx.lows, ctx.ws
    if lows[h] not in _open_water():
        return False
    if h + 1 < ctx.n and ws[h + 1].text.isalpha() and ws[h + 1].text.islower() \
            and "NOUN" in word_classes(lows[h + 1]) and lows[h + 1] not in ctx.T.closed:
        return True                                   # the water tank, the water authority: a modifier
    k = i - 1
    if k >= 0 and (lows[k] == "the" or lows[k] in POSSESSIVES):
        k -= 1
    elif i == h:
        return True                                   # bare: 'to truck in water', 'bring in water'
    return k < 0 or lows[k] not in _prepositions()


@cache
def _open_water() -> frozenset[str]:
    """nouns.json's open_water place list."""
    return frozenset(load("nouns")["place_lists"]["open_water"])


@cache
def _springs() -> frozenset[str]:
    """nouns.json's springs place list."""
    return frozenset(load("nouns")["place_lists"]["springs"])


@cache
def _prepositions() -> frozenset[str]:
    """nouns.json's water_prepositions."""
    return frozenset(load("nouns")["water_prepositions"])
