"""A name once a person stays a person in its document (G66).

Why a module of its own: the weak-name pass of :mod:`.names` is near its size limit, and
this is one piece of evidence read across the whole document, after every run has been
classified once.
"""

from __future__ import annotations

from .context import Ctx, Mention


def surnames_stay_people(ctx: Ctx, items: list[Mention]) -> set[int]:
    """A name once a person stays a person in its document (G66): a one-word place of
    the gazetteer that is the last word of a person's full name met before it, never
    before it as a place nor after a place preposition, is left weak, for the person's
    name to take over (Qasim after Walid Abdo Qasim; Homs named first stays Homs)."""
    ws, lows = ctx.ws, ctx.lows
    demoted: set[int] = set()
    first_person: dict[str, int] = {}
    for m in items:
        if m.person and m.label == "ACTOR" and m.j - m.i > 1:
            first_person.setdefault(ws[m.j - 1].text, m.i)
    first_place: dict[str, int] = {}
    for m in items:
        if m.label == "LOCATION" and m.j - m.i == 1:
            first_place.setdefault(ws[m.i].text, m.i)
    for m in items:
        w = ws[m.i].text
        if m.label == "LOCATION" and m.j - m.i == 1 and first_place.get(w, -1) > first_person.get(w, ctx.n) \
                and not (m.i > 0 and lows[m.i - 1] in ctx.T.place_prepositions):
            m.strong = False
            demoted.add(id(m))
    return demoted
