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
from .wordclass import can_be_verb, is_past_form, is_plural_noun, lemma, word_classes


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


@cache
def _actor_deeds() -> frozenset[str]:
    """nouns.json's actor_deeds: a deed or unit of the actor head before it (G7, G43)."""
    return frozenset(load("nouns")["actor_deeds"])


_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                             "those", "them", "it", "him", "us", "to", "some", "every", "all"})


def modifies_a_thing(ctx: Ctx, h: int) -> bool:
    """Whether the singular actor head at h is a noun modifier of a thing the lexicon knows
    as a noun and no list as a person, a place or a deed (G7: 'military escort', 'army
    post', 'civilian deaths', 'a television interview': no ACTOR); also before 'and', an
    adjective or noun and such a noun ('military and energy targets'). Not where the next
    word can be the head's verb: it takes an object or a name ('the army hit the town',
    'troops escort convoys'), or is a form in -s or a past ('the military shells Douma',
    'the army cut roads'); nor before actors.json's action nouns ('a government
    assessment': the actor's own act, G30)."""
    lows, lex = ctx.lows, ctx.lex
    t = ctx.ws[h].text
    if not t.islower() or lows[h] not in lex.actor_heads or is_plural_noun(lows[h]) or lows[h].endswith("s") \
            or lows[h] in ctx.T.adjective_nouns:
        return False
    k = h + 1
    if k + 2 < ctx.n and lows[k] == "and" and ctx.ws[k + 1].text.islower() and lows[k + 1] not in ctx.T.closed \
            and _thing_noun(ctx, k + 2) \
            and ("NOUN" in word_classes(lows[k + 1]) or "ADJ" in word_classes(lows[k + 1])) \
            and lows[k + 1] not in lex.actor_heads:
        return True                                   # military and energy targets
    return _thing_noun(ctx, k)


def _thing_noun(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case noun after a modifier, not a verb with its subject."""
    T, lex, lows = ctx.T, ctx.lex, ctx.lows
    if k >= ctx.n or ctx.gap(k - 1, k) != " " or not ctx.ws[k].text.isalpha() or not ctx.ws[k].text.islower():
        return False
    low = lows[k]
    if low in T.closed or low in T.adverbs or low in T.cue_forms or low in T.verbs or low in T.prepositions \
            or low in T.time_nouns or low.endswith(("ed", "ing", "ly")) or "NOUN" not in word_classes(low):
        return False
    if low in lex.actor_heads or low in lex.place_heads or low in T.action_nouns or low in _actor_deeds():
        return False                                  # the army raid, a government ban: the doer (G43)
    nxt = lows[k + 1] if k + 1 < ctx.n else "."
    if nxt in _actor_deeds():
        return False                                  # the army high command: a deed or unit after an adjective
    if "ADJ" in word_classes(low) and nxt in T.prepositions:
        return False                                  # an official familiar with the talks: after its noun
    if not can_be_verb(low):
        return True
    if nxt in _OBJECT_OPENERS or nxt[:1].isdigit() or k + 1 < ctx.n and ctx.ws[k + 1].text[:1].isupper():
        return False                                  # the army hit the town; troops escort Syrians
    verb_form = low.endswith("s") and not low.endswith("ss") or lemma(low) != low or is_past_form(low)
    return not verb_form or nxt in T.auxiliaries or nxt in (".", ",", ";", ":")
