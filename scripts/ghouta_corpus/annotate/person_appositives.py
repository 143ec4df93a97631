"""A description set off by commas after a person's name is an ACTOR of its own (G18, G66).

Why apart from the lexicon's heads: ``[Oleh Dudnyk], 61, a [retired ship's engineer],``
says what the named person is, whatever the noun; the lexicon of people's nouns cannot
list every trade (welder, deckhand, pathologist), and a genitive inside the phrase ('a
retired ship's engineer') stops the pre-modifier walk of :mod:`.mentions`. The frame
itself (a person's name, an age in commas at most, a comma, an indefinite article, a
noun phrase that ends where the appositive does) makes the phrase a description of a
person (G64: the age adjective stays; G65: pre-modifiers stay).
"""

from __future__ import annotations

from .context import Ctx, Mention
from .wordclass import word_classes
from .words import APOS

_ARTICLES = frozenset(("a", "an"))
_MAX_WORDS = 6
# words that close the description: punctuation that ends the appositive, or a word that
# opens what follows it (a prepositional phrase, a relative clause: 'a welder from X',
# 'a nurse who ...')
_CLOSERS = frozenset((",", ".", ";", ":", ")", "\u201d", '"', "\u2014", "\u2013"))
_OPENERS = frozenset(("who", "whose", "that", "which"))
# prepositions after a definite description that tie a post to its body or place ('the
# settlement commandant for the Office', 'the deputy dean at the faculty')
_OF_POST = frozenset(("of", "for", "at", "in", "with", "from"))


def person_descriptions(ctx: Ctx, names: list[Mention], taken: set[int]) -> list[Mention]:
    """The descriptions ``, a/an ... NOUN`` right after a person's name (past an age in
    commas), each an ACTOR NOM of type civilians (G66's appositive description); none
    over a word already taken by another name or blocked."""
    out: list[Mention] = []
    for m in names:
        if m.label != "ACTOR" or not m.person:
            continue
        d = _description(ctx, m.j, taken)
        if d is not None:
            nom = Mention(d[0], d[1], "ACTOR", "NOM")
            nom.atype, nom.strong = "civilians", False
            out.append(nom)
    return out


def _description(ctx: Ctx, k: int, taken: set[int]) -> tuple[int, int] | None:
    """Words [i, j) of the description after the name ending before word k, or None."""
    ws, n = ctx.ws, ctx.n
    aged = k + 2 < n and ws[k].text == "," and ws[k + 1].text.isdigit() and ws[k + 2].text == ","
    if aged:
        k += 2                                        # [Name], 61, a ... (G64: an age in commas is nothing)
    if k + 2 >= n or ws[k].text != "," or ctx.lows[k + 1] not in _ARTICLES | {"the"}:
        return None
    i = k + 2
    if ctx.lows[k + 1] == "the":
        i = _past_genitive(ctx, i)
    j = i
    while j < n and j - i < _MAX_WORDS and j not in taken and _inside(ctx, i, j):
        j += 1
    if j == i or j >= n or not _closes(ctx, j) or not _head(ctx, j - 1):
        return None
    if ctx.lows[k + 1] == "the" and (aged or ws[j].text != "," and ctx.lows[j] not in _OF_POST):
        return None                                   # For Halima, the wait goes on: a clause, no appositive
    return i, j


def _past_genitive(ctx: Ctx, i: int) -> int:
    """After 'the', the first word past a possessor in the genitive ('the clinic's [medical
    lead]', G66: the possessor is a mention of its own), else i."""
    for g in range(i, min(i + 3, ctx.n - 2)):
        if ctx.ws[g + 1].text in APOS and ctx.gap(g, g + 1) == "" and ctx.lows[g + 2] == "s":
            return g + 3
    return i


def _inside(ctx: Ctx, i: int, j: int) -> bool:
    """Whether word j can stand inside the description that opens at word i: a lower-case
    word no list knows as a function word, an age ('40-year-old'), a demonym or a
    hyphenated origin ('Jordanian-born'), or the genitive of a classifying noun ('a
    retired ship's engineer')."""
    ws, T, t, low = ctx.ws, ctx.T, ctx.ws[j].text, ctx.lows[j]
    if j > i and ctx.gap(j - 1, j) not in (" ", ""):
        return False
    if t.isdigit():
        return j + 2 < ctx.n and ws[j + 1].text == "-" and ctx.lows[j + 2].startswith(("year-old", "month-old"))
    if t == "-":
        return j > i and ws[j - 1].text.isdigit()
    if t in APOS:
        return j > i and ctx.gap(j - 1, j) == "" and j + 1 < ctx.n and ctx.lows[j + 1] == "s" \
            and ws[j - 1].text.islower()
    if low == "s":
        return j > i and ws[j - 1].text in APOS
    if t[:1].isupper():
        return t in T.demonyms or ("-" in t and t.split("-", 1)[0] in T.demonyms)
    word, classes = t.replace("-", ""), word_classes(low)
    if classes and not classes & {"NOUN", "ADJ"} and not low.endswith("ed"):
        return False                                  # a ministry spokeswoman told: a verb, no appositive
    if low.endswith("ing") and j > i and "NOUN" in word_classes(ctx.lows[j - 1]):
        return False                                  # a youth leader living in the camp: a participle clause
    return word.isalpha() and t.islower() and low not in T.closed and low not in T.prepositions \
        and low not in _OPENERS and not low.endswith("ly")


def _closes(ctx: Ctx, j: int) -> bool:
    """Whether word j ends the appositive: closing punctuation, a preposition or a relative."""
    return ctx.ws[j].text in _CLOSERS or ctx.lows[j] in ctx.T.prepositions or ctx.lows[j] in _OPENERS


def _head(ctx: Ctx, h: int) -> bool:
    """Whether word h can head the description: a lower-case noun (a hyphenated one by any
    of its parts: 'co-chair'), no place noun the lexicon knows without a people's sense."""
    low, lex = ctx.lows[h], ctx.lex
    if not ctx.ws[h].text.islower() or (low in lex.place_heads and low not in lex.actor_heads):
        return False
    return any("NOUN" in word_classes(p) for p in (low, *low.split("-")) if p)
