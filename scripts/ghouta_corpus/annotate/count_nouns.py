"""The noun phrase a count's COUNT_OF target starts at (G40, G78): 'those' standing for
its group and a participle the mention leaves out.

Why apart from counts.py: these read only the words after a count, so the count layer
(counts.py) asks them where its target begins and stays under its size limit.
"""

from __future__ import annotations

from .context import Ctx, Mention
from .wordclass import can_be_verb, is_plural_noun, lemma
from .words import POSSESSIVES


def pronoun_those(ctx: Ctx, k: int) -> bool:
    """Whether 'those' at word k is the counted pronoun itself ('a third of those waiting',
    'half of those who left'), not a determiner before a noun: what follows it is no
    noun, but a relative, a participle (also an irregular one: 'those held', 'those
    left behind', 'those taken'), a preposition ('those on the buses', 'those in the
    camp'), an adverb ('those now on the move') or the subject of a relative clause with
    its 'whom' left out ('those she treats', 'those we met'); a plural -s form after it is its noun
    ('those rooms', 'those families'), and so is a plural after a participle or an adverb
    that only qualifies it ('those stolen cars', 'those wounded civilians', 'those very
    young children')."""
    if ctx.lows[k] not in ("those", "these"):
        return False
    nxt = ctx.lows[k + 1] if k + 1 < ctx.n else ""
    if not nxt.isalpha() or nxt in ("who", "whom", "that", "which") or nxt in ctx.T.prepositions \
            or ctx.ws[k + 1].text in ctx.T.subject_pronouns:   # grammar.json's, as written ('those I met')
        return True                                   # those who left, those on the buses, those she treats
    if nxt == "still" or nxt.endswith(("ing", "ed")) or nxt in ctx.T.adverbs \
            or can_be_verb(nxt) and not nxt.endswith("s") and lemma(nxt) not in (None, nxt):
        return not _modified_plural(ctx, k + 1)       # those held, those left, those now on the move
    return False


def _modified_plural(ctx: Ctx, k: int) -> bool:
    """Whether the modifier at word k after 'those' only qualifies a plural noun: the
    plural follows it (a participle or adjective: 'stolen cars', 'wounded civilians',
    'detained people'), or follows the one word after it where it is an adverb ('very
    young children', 'recently arrived families'); not 'held were', 'left homeless',
    'killed included women', 'now on the move'."""
    T, lows, ws = ctx.T, ctx.lows, ctx.ws
    for x in range(k + 1, min(k + (3 if lows[k] in T.adverbs else 2), ctx.n)):
        w = lows[x]
        if not ws[x].text.isalpha() or not ws[x].text.islower() or w in T.closed or w in T.auxiliaries \
                or w in T.time_units or w in T.prepositions or ctx.gap(x - 1, x) != " " or w.endswith("ss"):
            return False
        if w.endswith("s") or is_plural_noun(w):
            return True
    return False


def past_participle(ctx: Ctx, k: int, starts: dict[int, Mention]) -> int:
    """The mention a participle left out of it modifies after a determiner ('a third of the
    remaining residents', 'half of the newly arrived families': an -ing or -ed word, an
    -ly adverb before it allowed, right before an ACTOR mention), else ``k`` itself."""
    lows, ws = ctx.lows, ctx.ws
    if k in starts or not 1 <= k < ctx.n or not (lows[k - 1] in ctx.T.determiners or lows[k - 1] in POSSESSIVES):
        return k
    x = k + 1 if lows[k].endswith("ly") and k + 1 < ctx.n else k
    if not (ws[x].text.isalpha() and ws[x].text.islower() and lows[x].endswith(("ing", "ed"))):
        return k
    m = starts.get(x + 1)
    return x + 1 if m is not None and m.label == "ACTOR" and ws[k].text.islower() else k
