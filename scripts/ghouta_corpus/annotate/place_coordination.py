"""Names that a coordination with a place makes places (G22: conjuncts are of one kind).

Why apart from :mod:`.names`: the pass reads only the list a name stands in (the place
before or after it, an adjective of nearness), a place concern that grows with the
shapes of such lists; :mod:`.names` keeps the order of the passes and calls
:func:`coordinated_places` among its weak-name steps.
"""

from __future__ import annotations

from functools import cache

from . import gazetteer
from .context import Ctx, Mention
from .lexicons import load
from .states import state_code


def coordinated_places(ctx: Ctx, items: list[Mention]) -> None:
    """An unknown name coordinated with a place (Foua and X, X and Foua) is a place (weak).
    So is a name drafted a group only for its Arabic particle (Mughr al-Mir, Jubata
    al-Khashab) in a list of places that are not states (G68): a state there may yet act
    ('Turkey and Ahrar al-Sham'). Either kind after an adjective of nearness is a place too.
    So is a one-word name drafted a person only because a verb of saying follows it
    (:func:`_said_after_a_place`)."""
    by_start = {m.i: m for m in items}
    by_end = {m.j: m for m in items}
    for m in items:
        particle = m.label == "ACTOR" and m.atype == ctx.T.particle_type and m.eid is None \
            and ctx.mention_text(m) not in ctx.lex.names
        before = by_end.get(m.i - 1) if m.i >= 2 and ctx.lows[m.i - 1] in ("and", "or", ",") else None
        if _said_after_a_place(ctx, m, before):
            m.label, m.atype, m.person, m.strong = "LOCATION", None, False, False
            m.key = f"LOCATION:{gazetteer.fold(ctx.mention_text(m))}"
            continue
        if m.label != "?" and not particle:
            continue
        after = by_start.get(m.j + 1) if m.j + 1 < ctx.n and ctx.lows[m.j] in ("and", "or") else None
        if any(x is not None and x.label == "LOCATION" and not (particle and state_code(ctx, x))
               for x in (before, after)) or _near(ctx, m.i):
            m.label, m.strong = "LOCATION", False
            if particle or m.key and m.key.startswith("?:"):    # one entity with the same place named elsewhere
                m.atype, m.key = None, f"LOCATION:{gazetteer.fold(ctx.mention_text(m))}"


def _said_after_a_place(ctx: Ctx, m: Mention, before: Mention | None) -> bool:
    """'Residents of Kemi and Marza said ...': the last of two coordinated names, one
    word that only the verb of saying after it made a person (weak evidence, no title,
    no lexicon entry), is of the kind of the place before it (G22) where a preposition
    governs the coordination: its object is no subject, and the speakers are the
    residents the sentence opened with. Only after 'and' or 'or' and a place that is no
    state (a state may yet act beside a person: 'Russia and Lavrov said')."""
    if before is None or ctx.lows[m.i - 1] not in ("and", "or") or m.j - m.i != 1:
        return False
    if not (m.label == "ACTOR" and m.person and not m.strong and m.eid is None and m.atype == "other"):
        return False
    if ctx.mention_text(m) in ctx.lex.names or not (m.j < ctx.n and ctx.T.verb_cue(ctx.ws[m.j].text)):
        return False
    governed = before.i > 0 and ctx.lows[before.i - 1] in ctx.T.prepositions
    return governed and before.label == "LOCATION" and state_code(ctx, before) is None


def _near(ctx: Ctx, i: int) -> bool:
    """Whether the name at i follows an adjective of nearness ('nearby Sarmada',
    'neighbouring Hajar al-Aswad', places.json nearness_adjectives): only a place is
    near (G11), so an unknown or particle-shaped name there is one."""
    return i > 0 and ctx.lows[i - 1] in _nearness() and ctx.ws[i - 1].text.islower()


@cache
def _nearness() -> frozenset[str]:
    """places.json's nearness_adjectives."""
    return frozenset(load("places")["nearness_adjectives"])
