"""Generic words right after a name: whether a candidate NOM is the name's own generic
word, left out (G16, G148), or a common noun with the name inside it (G20, G268, G307).

Why apart from :mod:`.mentions`: this one question (does the lower-case phrase after a
name name that name, or another place?) has its own evidence (descriptor lists, umbrella
bodies, facility heads, plural places, the article before the name) and grows with each
corpus; the NOM finder only asks it.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .place_phrases import places_after_name
from .places import place_for


def descriptor_after_name(ctx: Ctx, i: int, hs: int, h: int, name_ends: dict[int, Mention]) -> bool:
    """Whether the candidate NOM [i, h] is a generic word right after a name, left out
    (G16: Idlib province, the Ahrar al-Sham rebel group; G148: the [Kemi] hospital);
    name_ends maps a name's last word to the name."""
    T, lows = ctx.T, ctx.lows
    for s in range(max(i - 2, 1), hs + 1):
        if (s - 1) in name_ends and ctx.gap(s - 1, s) == " " and all(ctx.gap(k, k + 1) == " " for k in range(s, h)):
            phrase, nm = " ".join(lows[s:h + 1]), name_ends[s - 1]
            if i <= nm.i and (places_after_name(ctx, nm, s, h) or _country_before(ctx, nm, s, h)):
                return False                          # the [Kemi camps], the [Cameroon border]: one NOM (G307, G20)
            if (nm.label == "ACTOR" and phrase in T.actor_descriptors and not _umbrella(ctx, nm)) or (
                    nm.label == "LOCATION" and (
                    phrase in T.place_descriptors or (s == hs and lows[h] in T.place_descriptors)
                    or _facility_after_town(ctx, s, h) and not _one_of_its(ctx, i, nm))):
                return True                           # (s < i: [Azovstal] steel plant, 'steel' no modifier)
    return False


def _umbrella(ctx: Ctx, nm: Mention) -> bool:
    """Whether the name is an umbrella body (actors.json's umbrella_bodies: UN, EU), so
    that a descriptor after it is one of its bodies, a NOM with the name as pre-modifier
    (the [UN agency] for Palestinian refugees, G20), not the name's own generic word
    ([Anadolu] news agency, G16)."""
    return ctx.mention_text(nm) in _umbrella_bodies()


@cache
def _umbrella_bodies() -> frozenset[str]:
    """actors.json's umbrella_bodies."""
    return frozenset(load("actors")["umbrella_bodies"])


def _facility_after_town(ctx: Ctx, s: int, h: int) -> bool:
    """A place name before lower-case words that end in a place head is the name alone
    (G148: [Lviv] regional hospital, [Beira] port): the words after it are a common noun
    phrase, written in lower case, that is no part of the name."""
    T = ctx.T
    if ctx.lows[h] in ctx.lex.actor_heads or ctx.lows[h] in ("office", "offices"):
        return False                                  # (the Odesa press office: a body that speaks, G147)
    two = h > s and f"{ctx.lows[h - 1]} {ctx.lows[h]}" in ctx.lex.place_heads     # [Kemi] housing estate
    return (ctx.lows[h] in ctx.lex.place_heads or two) and all(
        ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() and not any(
            ctx.lows[k] in words for words in (T.closed, T.determiners, T.conjunctions, T.prepositions, T.pronouns))
        and ctx.lows[k] not in ("other", "one") for k in range(s, h + 1))


def _one_of_its(ctx: Ctx, i: int, nm: Mention) -> bool:
    """Whether the indefinite article opens the phrase right before the town's name, so
    that the facility after it is one of the town's, a common noun with the name as its
    pre-modifier (G20: a [Kemi burns centre], at a [Kemi shelter]), not the facility the
    name stands for, which is definite (G148: the [Kemi] hospital)."""
    return i <= nm.i and nm.i > 0 and ctx.lows[nm.i - 1] in ("a", "an")


def _country_before(ctx: Ctx, nm: Mention, s: int, h: int) -> bool:
    """Whether a country's name stands before a lower-case place noun that is none of a
    place's own generic words (the Cameroon border, the Sudan coast): a country is no
    town whose facility G148 names, so it is the pre-modifier of one NOM, as its
    demonym is in the [Turkish border] (G20, G24)."""
    if nm.label != "LOCATION" or s != h or ctx.lows[h] in ctx.T.place_descriptors:
        return False
    pl = place_for(ctx.mention_text(nm), ctx.T, ctx.countries)
    return pl is not None and pl.kind == "country"
