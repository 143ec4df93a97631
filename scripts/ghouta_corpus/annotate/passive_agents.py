"""The agent of a passive verb of moving people ('she was carried out by two
volunteers', 'the wounded were evacuated by three medics'): the figure after 'by' counts
who moved the people, not the people moved (G39: the category comes from the verb that
governs the figure, and a passive verb governs its subject, not its agent).

Why apart from the categories: it is one grammatical reading of 'by' after a passive,
which the movement and category modules both leave to the verb; a change to what counts
as such an agent is made here only.
"""

from __future__ import annotations

from .context import Ctx
from .word_categories import verb_category

# The kinds of movement a passive verb's agent is wrongly given where it is read as the moved.
_MOVED = ("evacuated", "displaced")


def mover_by(ctx: Ctx, s: int, lo: int, movement: str) -> bool:
    """Whether the figure at word s is the agent of a passive verb of movement: 'by' right
    before it (not 'by the hundreds', a manner), and before 'by', within six words of its
    clause (no comma, semicolon or colon between), a verb whose category is a movement
    (:func:`~.word_categories.verb_category`: evacuated, carried, taken out) with a form
    of 'be' or 'get' within the three words before that verb ('was carried the last
    stretch by two volunteers', 'were driven out by 40 drivers')."""
    lows, ws = ctx.lows, ctx.ws
    if not (s - 2 >= lo and lows[s - 1] == "by"):
        return False
    for v in range(s - 2, max(lo, s - 8) - 1, -1):
        if ws[v].text in (",", ";", ":"):
            return False
        if ws[v].text.islower() and verb_category(ctx, v, movement) in _MOVED:
            return any(w in ctx.T.attr["passive_aux"] or w in ("got", "get", "gets") for w in lows[max(lo, v - 3):v])
    return False
