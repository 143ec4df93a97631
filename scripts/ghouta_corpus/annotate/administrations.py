"""A local administration named by the common noun of its territory, where it acts:
'the municipality opened three schools', 'the province would publish the names',
'the governorate's own estimate' (G332, G272).

Why apart: the noun is a place head (or no head) everywhere else; this module asks
the one question of whether its clause makes it the administration, reading the
agent tests that states.py asks of a state's name.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .state_cues import modal_subject
from .states import agent_subject
from .words import APOS


@cache
def _nouns() -> frozenset[str]:
    """places.json's acting_administrations."""
    return frozenset(load("places")["acting_administrations"])


def acting_administration(ctx: Ctx, h: int) -> bool:
    """Whether the noun at h is a bare administration noun after 'the', with no
    preposition before it ('an official in the governorate' is where someone is), that
    acts: the subject of an agent verb or a modal and a bare verb, or the owner in the
    genitive of an action noun (an estimate, a statement), not of its own office
    ('the governorate's transport office', G265)."""
    lows, ws, n = ctx.lows, ctx.ws, ctx.n
    if lows[h] not in _nouns() or not ws[h].text.islower() or h < 1 or lows[h - 1] != "the" \
            or h >= 2 and lows[h - 2] in ctx.T.prepositions:
        return False
    if h + 2 < n and ws[h + 1].text in APOS and ws[h + 2].text == "s":
        return any(lows[k] in ctx.T.action_nouns for k in range(h + 3, min(n, h + 6)))
    return modal_subject(ctx, Mention(h, h + 1, "LOCATION", "NOM")) or agent_subject(ctx, h + 1)
