"""A roof, walls or a floor as a need of shelter, no place (G127, G228).

Why apart from :mod:`.place_senses`: its structure rule reads the verb done to a
structure; this one reads the indefinite or negative phrase that names what people
have or lack ('we have a roof', 'families with no roof', 'find them a roof'), asked by
the mention finder's drop rules through :func:`.place_senses.other_sense`.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load

# determiners that name a structure as something had, lacked or given, not where one is
_NEED_OPENERS = frozenset(("a", "an", "no"))
# prepositions after which even 'a roof' or 'a floor' is where people are (slept on a floor)
_WHERE = frozenset(("on", "in", "at", "onto", "inside", "into", "across", "along", "from", "beside", "near"))


def structure_as_need(ctx: Ctx, i: int, h: int) -> bool:
    """Whether the roof, wall or floor over [i, h] (nouns.json's structure_parts) is one
    had, lacked or given: opened by 'a', 'an' or 'no' ('we have a roof', 'families with
    no roof', 'find them a roof', 'spent on walls and a roof', 'under a roof': sheltered),
    no place (G127, G228); after a preposition of where ('slept on a floor', 'in a
    roof space') it stays one."""
    lows = ctx.lows
    if lows[h] not in _parts() or i < 1 or lows[i - 1] not in _NEED_OPENERS:
        return False
    return i < 2 or lows[i - 2] not in _WHERE


@cache
def _parts() -> frozenset[str]:
    """nouns.json's structure_parts words."""
    return frozenset(load("nouns")["structure_parts"]["words"])
