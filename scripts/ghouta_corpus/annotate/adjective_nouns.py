"""Adjectives used as nouns (G63): where 'dead', 'wounded', 'missing' ... head an ACTOR.

Why a module of its own: whether such an adjective stands as a noun is one question
with its own word lists (nouns.json's 'adjective_nouns' and 'predicate_verbs', grammar.json's
'singular_determiners'); mentions.py asks it of a head and reached its size limit when the
victims reading (round twelve) joined the determiner reading.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .wordclass import lemma


@cache
def _predicate_verbs() -> frozenset[str]:
    """nouns.json's predicate verbs (lemmas)."""
    return frozenset(load("nouns")["predicate_verbs"])


def nominalised(ctx: Ctx, h: int) -> bool:
    """Whether the adjective at h stands as a noun (G63): after a determiner, a number, 'of'
    (the dead, 43 dead, several of the wounded), or as a class of victims after a demonym
    or an actor-type word (:func:`_victims`); not a verb or a predicate (killed 1,500 and
    wounded more)."""
    if h == 0:
        return False
    prev, T = ctx.lows[h - 1], ctx.T
    return prev in T.determiners or prev in ("of", "'s") or prev[:1].isdigit() or prev in T.units or \
        prev in T.tens or _victims(ctx, h)


def _victims(ctx: Ctx, h: int) -> bool:
    """A class of victims named by a demonym or a word of actor.json's modifier types before
    the adjective, with no object after it (a preposition, an auxiliary or punctuation: 'put
    civilian dead at 105', 'Iraqi wounded were flown out'; 'The rebel wounded two soldiers'
    is a verb). Not where the type word is one person's noun, after a singular determiner ('a
    rebel dead at the scene'), nor where the phrase is the object of a verb whose object the
    adjective is a predicate of ('shot the rebel dead', 'found the civilian dead', 'left a
    civilian dead'), unless a verb of its own follows ('said the civilian dead were 40')."""
    T, lows = ctx.T, ctx.lows
    nxt = lows[h + 1] if h + 1 < ctx.n else "."
    if not (ctx.ws[h - 1].text in T.demonyms or lows[h - 1] in ctx.lex.modifier_types) \
            or not (nxt in T.prepositions or nxt in T.auxiliaries or not nxt[:1].isalnum()):
        return False
    k = h - 2
    if k >= 0 and lows[k] in T.singular_determiners:
        return False
    k -= k >= 0 and lows[k] in T.determiners
    return k < 0 or nxt in T.auxiliaries or lemma(lows[k]) not in _predicate_verbs()
