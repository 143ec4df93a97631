"""Water as a place and as a supply (G153, G127).

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
def _prepositions() -> frozenset[str]:
    """nouns.json's water_prepositions."""
    return frozenset(load("nouns")["water_prepositions"])
