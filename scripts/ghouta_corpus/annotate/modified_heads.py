"""Nouns that are ACTOR heads only with a modifier that gives them that sense (G7, G62).

Why apart: 'body' is as often a corpse or a mass ('a body of water') as an institution,
and 'figure(s)' as often a number as a person; head_at (phrases.py) asks this module
once, before the lexicon's unconditional heads, whether the word right before them (or
the people after 'of') makes them a body of people or a public person.
Its words are actors.json's 'heads_needing_modifier'.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .institutions import speaks
from .lexicons import load
from .wordclass import word_classes


@cache
def _heads() -> dict[str, dict[str, object]]:
    """actors.json's heads_needing_modifier: head -> its type and the modifiers that make it
    one; an entry's 'plural' form shares the entry (one list for 'service' and 'services')."""
    heads: dict[str, dict[str, object]] = {}
    for head, entry in load("actors")["heads_needing_modifier"]["heads"].items():
        heads[head] = entry
        if "plural" in entry:
            heads[entry["plural"]] = entry
    return heads


def modified_head(ctx: Ctx, h: int) -> str | None:
    """The default actor type of word h where it is a listed head that a listed modifier
    right before it makes an ACTOR ('the world body', 'an independent body', 'opposition
    figures', 'a tribal figure'), or, for a head that allows it, where 'of' and a plural
    lower-case noun of people follow ('a body of local elders'), or, for a head marked
    'speaking', where it speaks after a determiner ('the service said',
    institutions.speaks; not 'stretched services at the border," said X'); else None
    ('a dead body', 'the body of a child', 'casualty figures', 'a body of water',
    'health services')."""
    entry = _heads().get(ctx.lows[h])
    if entry is None or not ctx.ws[h].text.islower():
        return None
    mods, after = entry["modifiers"], entry.get("not_before", [])
    assert isinstance(mods, list) and isinstance(after, list)
    if h + 1 < ctx.n and ctx.lows[h + 1] in after:
        return None                                   # public figures show a drop: numbers
    if _predicate(ctx, h) in entry.get("not_predicates", []):   # type: ignore[operator]
        return None                                   # a local body was pulled out; opposition figures are higher
    if entry.get("no_noun_after") and (h + 1 < ctx.n and _noun(ctx, h + 1) or h >= 2 and ctx.lows[h - 2] == "at"):
        return None                                   # my eldest son ('son' the head); at their youngest (a state)
    of_people = _of_people(ctx, h) if h + 2 < ctx.n and ctx.lows[h + 1] == "of" else None
    if entry.get("of_people") and of_people is not None:
        return str(entry["type"]) if of_people else None   # a body of local elders; an independent body of evidence
    if h > 0 and ctx.gap(h - 1, h) == " " and ctx.lows[h - 1] in mods:
        return ctx.lex.modifier_types.get(ctx.lows[h - 1]) or str(entry["type"])   # a government body
    if entry.get("speaking") and h > 0 and ctx.lows[h - 1] in ctx.T.determiners and speaks(ctx, h):
        return str(entry["type"])                     # the service said: the body named before (G30)
    return None


_LINKING = frozenset(("has", "have", "had", "remain", "remains", "remained", "'s", "'re"))
"""Besides grammar.json's forms of 'be': 'have been', 'remain' and the contracted 's/'re."""

_ADVERBS = frozenset(("much", "far", "even", "still", "also", "later", "then", "again", "since", "now", "not", "never",
                      "slightly", "considerably", "significantly", "already", "reportedly", "eventually", "finally"))


def _predicate(ctx: Ctx, h: int) -> str:
    """The predicate word after the head at h past forms of 'be' or 'have been' and at most
    one adverb (a local body was later [found]; opposition figures are much [higher]); ''
    where no form of 'be' follows the head or at the end of the text."""
    k = h + 1
    while k < ctx.n and (ctx.lows[k] in ctx.T.be_forms or ctx.lows[k] in _LINKING):
        k += 1
    if k == h + 1:
        return ""                                     # no form of 'be': an active verb (a local body found that)
    if k < ctx.n and ctx.lows[k].isalpha() and (ctx.lows[k].endswith("ly") or ctx.lows[k] in _ADVERBS):
        k += 1
    return ctx.lows[k] if k < ctx.n else ""


def _of_people(ctx: Ctx, h: int) -> bool:
    """Whether 'of' after word h opens a plural lower-case noun of people, past one or
    two modifiers (a body of local elders; not a body of water, of evidence)."""
    k = h + 2
    while k + 1 < ctx.n and ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() \
            and ctx.lows[k] not in ctx.T.closed and ctx.lows[k] not in ctx.lex.actor_heads and k < h + 4:
        k += 1                                        # a body of local elders: past one or two modifiers
    return bool(ctx.ws[k].text.islower() and ctx.lex.actor_heads.get(ctx.lows[k]) and ctx.lows[k].endswith("s"))


def _noun(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case word that can head the phrase itself: a lexicon head,
    or a word the lexicon knows only as a noun (my eldest son, her youngest daughter)."""
    t, low = ctx.ws[k].text, ctx.lows[k]
    if not (t.isalpha() and t.islower()):
        return False
    classes = word_classes(low)
    return low in ctx.lex.actor_heads or low in ctx.lex.place_heads or ("NOUN" in classes and "VERB" not in classes)
