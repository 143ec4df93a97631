"""The side of a place and the side of a conflict (G11, G198, G253).

Why apart: 'side' is a noun of the belligerents' list (the two sides, the rebel side),
so the mention finder (mentions.py) takes it for an ACTOR; whether one 'side' is where
people are, not who fights, is read from the words around it, a question of its own
that the finder asks once per 'side' head.
"""

from __future__ import annotations

from collections.abc import Mapping

from .context import Ctx, Mention
from .lexicons import load
from .wordclass import can_be_verb, is_plural_noun

_SIDES = ("side", "sides")
# prepositions and verbs after which 'the/both/either ... side' is where people are
# (on the rebel side, across the other side, from three sides, reach the far side)
_PLACE_PREPS = frozenset(("on", "across", "at", "from"))
_REACH = frozenset(("reach", "reached", "reaches", "reaching"))
# 'call on' is 'urge': the sides called on are parties (G198)
_CALL = frozenset(("call", "calls", "called", "calling"))
# verbs of loss or suffering after a side's people: civilians on both sides suffered (G198)
_SUFFER = frozenset(("suffer", "suffers", "suffered", "suffering", "lost", "lose", "loses", "losing", "perished",
                     "mourn", "mourned", "grieve", "grieved"))


def side_of_a_place(ctx: Ctx, h: int, starts: Mapping[int, Mention]) -> bool:
    """Whether 'side'/'sides' at word h is a LOCATION (G253) rather than a party (G198).
    Before 'of' the thing it is a side of decides (both sides of the border, the other
    side of the [Naf] river: a place; both sides of the war: a party). Otherwise a side
    that a locative preposition or 'reach' opens is a place (queues on the [Ukrainian
    side], shooting from the other [side], press the town from three [sides]) unless the
    word before the preposition is a party's people or losses: a noun of a force or an
    official (officials on both sides said, fighters on the other side) or a noun of
    nouns.json's 'loss_words' (casualties on both sides, killed on both sides); after
    'from', any person noun (a negotiator from the rebel side, people from both sides)."""
    lows = ctx.lows
    if lows[h] not in _SIDES:
        return False
    if h + 2 < ctx.n and lows[h + 1] == "of":
        return _side_of(ctx, h, starts)
    p = _opening_word(ctx, h)
    if p is None:
        return False
    if lows[p] in _REACH:
        return True
    b = lows[p - 1] if p > 0 and ctx.seg_of[p - 1] == ctx.seg_of[h] else ""
    if _suffers(ctx, p, h, b):
        return False
    head_type = ctx.lex.actor_heads.get(b)
    if lows[p] == "from":
        return head_type is None and _from_a_direction(ctx, p)
    return head_type is None or head_type == "civilians"


def _suffers(ctx: Ctx, p: int, h: int, b: str) -> bool:
    """Whether the people by the side are its losses: a loss word (nouns.json's
    'loss_words') right before the preposition or before its object (casualties on both
    sides, killed thousands on both sides), or a verb of loss or suffering after the
    side, past auxiliaries (civilians on both sides suffered, families on either side
    were killed): the side's people, a party (G198)."""
    lows, loss = ctx.lows, load("nouns")["loss_words"]
    if b in loss or (p > 1 and ctx.seg_of[p - 2] == ctx.seg_of[h] and lows[p - 2] in loss):
        return True
    k = h + 1
    while k < ctx.n and ctx.seg_of[k] == ctx.seg_of[h] and lows[k] in ctx.T.auxiliaries:
        k += 1
    return k < ctx.n and ctx.seg_of[k] == ctx.seg_of[h] and (lows[k] in loss or lows[k] in _SUFFER)


def _from_a_direction(ctx: Ctx, p: int) -> bool:
    """Whether 'from' at p opens a direction (pressed from three sides, shooting from the
    other side, shot at us from the far side) rather than a party that acts (pressure,
    calls or shelling from both sides): a number opens the side's phrase, or the word
    before 'from' is an object pronoun or a verb form, not a plural noun nor a word
    that opens its clause or follows a determiner (then a noun: 'Shelling from ...')."""
    lows = ctx.lows
    if lows[p + 1] in ctx.T.units or lows[p + 1][:1].isdigit():
        return lows[p + 1] not in ("one", "two", "2")
    if p == 0 or ctx.seg_of[p - 1] != ctx.seg_of[p]:
        return False
    b = lows[p - 1]
    if b in ctx.T.pronouns and b not in ctx.T.subject_pronouns:
        return True                                   # shot at us from the other side
    if not can_be_verb(b) or is_plural_noun(b) or ctx.initial[p - 1]:
        return False
    return p < 2 or lows[p - 2] not in ctx.T.determiners


def _opening_word(ctx: Ctx, h: int) -> int | None:
    """The preposition or 'reach' right before the phrase of the side at h, past up to
    three words of the phrase (a hyphenated word or a genitive counts as one: on the
    Kemi-held side, on the camp's western side, on the South Sudanese side), where a
    determiner or a number opens the phrase (on the rebel side, from three sides; not
    'sent to rebel sides'), if any; not 'all sides' nor
    'called on both sides', which name parties (G198)."""
    lows, T = ctx.lows, ctx.T
    k, words = h - 1, 0
    while k >= 0 and words < 4 and ctx.seg_of[k] == ctx.seg_of[h]:
        if lows[k] in _PLACE_PREPS or lows[k] in _REACH:
            nxt = lows[k + 1]
            if nxt == "all" or (k > 0 and lows[k] == "on" and lows[k - 1] in _CALL):
                return None                           # all sides (G198); called on both sides to talk
            return k if nxt in T.determiners or nxt in T.units or nxt[:1].isdigit() else None
        if _glued(ctx, k):
            k -= 1                                    # the Kemi-held side, the camp's western side: one word
            continue
        if not ctx.ws[k].text.replace("-", "").isalpha() or ctx.gap(k, k + 1) not in (" ", ""):
            return None
        k, words = k - 1, words + (ctx.gap(k, k + 1) == " ")
    return None


def _glued(ctx: Ctx, k: int) -> bool:
    """Whether word k is a hyphen or a genitive's apostrophe written with no space on
    either side, inside one word of the phrase ('rebel-held', "camp's")."""
    return 0 < k < ctx.n - 1 and ctx.ws[k].text in ("-", "'", "\u2019") and ctx.gap(k - 1, k) == "" \
        and ctx.gap(k, k + 1) == ""


_PARTS = frozenset(("part", "parts"))


def part_of_a_place(ctx: Ctx, h: int, starts: Mapping[int, Mention]) -> bool | None:
    """Whether 'part'/'parts' at word h before 'of' is a part of a place, a LOCATION
    NOM as a side of one is (G11, G253: the [occupied part] of the region, [part] of the
    village, [parts] of the city), or of a thing, no mention ('parts of the analysis',
    'part of the deal'); None where no 'of' follows (took part, in part: no question
    of place)."""
    if ctx.lows[h] not in _PARTS or h + 2 >= ctx.n or ctx.lows[h + 1] != "of":
        return None
    return _side_of(ctx, h, starts)


def _side_of(ctx: Ctx, h: int, starts: Mapping[int, Mention]) -> bool:
    """A side before 'of' is a place where what it is a side of is a place (G11)."""
    lows, k = ctx.lows, h + 2
    while k < ctx.n and lows[k] in ctx.T.determiners:
        k += 1
    if k in starts:
        return starts[k].label == "LOCATION"
    return k < ctx.n and (lows[k] in ctx.lex.place_heads or (k + 1 < ctx.n and lows[k + 1] in ctx.lex.place_heads))
