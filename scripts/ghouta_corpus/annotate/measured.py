"""Bare figures that measure a noun written before them: the subject of a verb of reaching
('arrivals pass 230,000') and the object of a figure verb or figure noun before 'at' or
'to' ('puts civilian dead at 105', 'the number of dead rose to 64').

Why a module of its own: these rules read the clause before a figure (its subject, the
figure verb, the clauses inside the figure noun's object), not the noun after it, which
is what counts.py reads; someone changing how a figure finds a measured noun before it
opens this file. Moved out of counts.py unchanged but for the public names.
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .numbers import bare_figure
from .wordclass import can_be_verb, lemma, only_verb
from .words import APOS, POSSESSIVES, SENTENCE_ENDS


def reached(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the figure over words [s, e) is a bare figure that a verb of reaching or
    exceeding before it reaches (numbers.json's exceed_verbs and reach_verbs: 'arrivals
    pass 230,000', 'refugees reached 40,000 on Monday'), so that it counts the verb's
    subject (after a verb of reaching only a subject whose noun has a category of its own,
    categories.json's 'nouns': 'aid workers reached 300' may count people reached); not
    where a noun follows it ('reached 300 families')."""
    verbs = load("numbers")
    if ctx.lows[s - 1] not in verbs["exceed_verbs"] and ctx.lows[s - 1] not in verbs["reach_verbs"]:
        return False
    return ctx.ws[s - 1].text.islower() and figure_ends(ctx, e)


def figure_ends(ctx: Ctx, e: int) -> bool:
    """Whether the figure ending before word e has no noun of its own after it: a bare
    figure (numbers.bare_figure), or the last word of its line, as a heading's figure is
    ('coalition puts civilian dead at 105' over the first paragraph: the next line's
    first word is no noun of it, G40)."""
    return bare_figure(ctx.ws, ctx.lows, e, ctx.T) or e < ctx.n and "\n" in ctx.gap(e - 1, e)


def verb_subject(ctx: Ctx, v: int, starts: dict[int, Mention]) -> Mention | None:
    """The ACTOR mention that is the subject of the verb at word v: the one ending right
    before it (or before its perfect's auxiliary: 'arrivals have averaged'), or before a
    place phrase after it ('arrivals from Sudan pass'), in the same sentence."""
    lo = ctx.seg_range(v)[0]
    x = v - 1
    while x > lo and ctx.lows[x] in ("have", "has", "had"):
        x -= 1                                        # arrivals have averaged 2,000 a day
    while x > lo and (ctx.ws[x].text[:1].isupper() and not ctx.initial[x] or ctx.lows[x] in ctx.T.prepositions):
        x -= 1                                        # (from Sudan, in Bangladesh)
    return next((m for k in range(max(lo, x - 5), x + 1) if (m := starts.get(k)) is not None
                 and m.j == x + 1 and m.label == "ACTOR"), None)


# Subordinators that open a relative clause inside the noun phrase, not a clause of their own.
_RELATIVES = ("that", "which", "who", "what", "where")


def _verb_like(ctx: Ctx, y: int, nouns: set[int]) -> bool:
    """Whether word y can be a finite verb: a lower-case verb form, no -ing form, in no
    mention (``nouns``: 'wounded doctors and nurses'), not right after a determiner, a
    possessive or a preposition (the strike, on the market)."""
    low, prev = ctx.lows[y], ctx.lows[y - 1]
    return y not in nouns and can_be_verb(low) and not low.endswith("ing") and ctx.ws[y].text.islower() and \
        prev not in ctx.T.determiners and prev not in POSSESSIVES and prev not in ctx.T.prepositions


def _second_clause(ctx: Ctx, a: int, at: int, nouns: set[int]) -> bool:
    """Whether words [a, at) after 'the number of' hold a second clause with its own
    subject and verb that 'at'/'to' (word ``at``) belongs to: after an adverbial
    subordinator ('rose after the clashes spread to 12', 'grew as shelling moved closer
    to 40') or after a bare 'and' once the first clause has its verb ('fell and aid rose
    to 40'); not a phrase ('since May to 280', 'after the strike on the market to 64')
    nor a coordinated noun or verb ('dead and wounded', 'doubled and rose')."""
    T, lows = ctx.T, ctx.lows
    for z in range(a, at):
        opens = lows[z] in T.subordinators and lows[z] not in _RELATIVES or lows[z] == "and" and any(
            _verb_like(ctx, y, nouns) for y in range(a + 1, z))
        if not opens:
            continue
        k = z + 1
        while k < at and (lows[k] in T.determiners or lows[k] in POSSESSIVES):
            k += 1
        if k >= at or not ctx.ws[k].text.isalpha() or lows[k] in T.adverbs or lows[k] in T.auxiliaries \
                or only_verb(lows[k]) and not lows[k].endswith("ing"):
            continue                                  # no subject after it (as counted by, and then rose)
        if any(_verb_like(ctx, y, nouns) for y in range(k + 1, at)):
            return True
    return False


def _object_of_verb(ctx: Ctx, x: int) -> bool:
    """Whether the figure noun at word x ('the number of ...') is the object of a verb
    before it ('bringing the number of civilians killed since the operation began to
    280': 'to' is that verb's, past any clause inside the object); a verb that takes a
    bare clause (attribution.json's 'bare_complement': 'said the number of ... rose')
    has a subject after it, not an object."""
    y = x - 1
    while y > 0 and (ctx.lows[y] in ctx.T.determiners or ctx.lows[y] in POSSESSIVES):
        y -= 1
    low = ctx.lows[y]
    return y < x - 1 and ctx.ws[y].text.islower() and can_be_verb(low) and low not in ctx.T.auxiliaries \
        and lemma(low) not in load("attribution")["bare_complement"]


# Determiners that open the object a figure verb measures ('put the dead at 150', 'put
# their dead at 40', 'put a crowd at 2,000'); not a distributive or a quantifier, whose
# noun no figure measures ('put every child at 2', 'put some families at 40').
_OBJECT_OPENERS = ("the", "a", "an", "this", "that", "these", "those", "all")


def _figure_verb_object(ctx: Ctx, at: int, starts: dict[int, Mention]) -> Mention | None:
    """The object of a figure verb (G116: attribution.json's figure_verbs) that a bare
    figure after 'at' (word ``at``) measures: the mention ending at 'at' or at a phrase that
    post-modifies it (_object_ends), right after the verb or after an opening determiner
    or possessive ('puts civilian dead at 105', 'put the dead at more than 150'), or after
    'and' or a comma that ends a figure the verb measured, its verb left out
    ('put the wounded at 40 and the dead at 12')."""
    lows = ctx.lows
    if lows[at] != "at":
        return None
    lo = ctx.seg_range(at)[0]
    for m in (m for k in range(max(lo, at - 12), at) if (m := starts.get(k)) is not None and _object_ends(ctx, m, at)):
        if _object_of_figure_verb(ctx, m, lo, starts):
            return m
    return None


# Words that end a noun phrase's post-modifier: a clause break, a coordination, a verb form.
_CLAUSE_BREAKS = (",", ";", ":", "(", "and", "or", "but")


def _object_ends(ctx: Ctx, m: Mention, at: int) -> bool:
    """Whether the mention ``m`` ends at 'at' (word ``at``) or at a prepositional phrase
    that post-modifies it up to 'at' ('puts new arrivals over the past three weeks at
    about 9,600', 'put the dead in both towns at 40'): at most six words opening with a
    preposition, with no clause break, auxiliary or other 'at' in them."""
    if m.j == at:
        return True
    lows = ctx.lows
    return at - m.j <= 6 and lows[m.j] in ctx.T.prepositions and lows[m.j] not in ("at", "to") and not any(
        w in _CLAUSE_BREAKS or w in ctx.T.auxiliaries or w == "at" for w in lows[m.j + 1:at])


def _object_of_figure_verb(ctx: Ctx, m: Mention, lo: int, starts: dict[int, Mention]) -> bool:
    """Whether the mention ``m`` is the object of a figure verb right before it (past an
    opening determiner or possessive, or a possessive noun: 'the town's population'), or of
    one left out after 'and' or a comma that ends a figure the verb measured ('put the
    wounded at 40 and the dead at 12')."""
    lows = ctx.lows
    if m.i < 1:
        return False
    v = m.i - 1
    if v > 2 and lows[v] == "s" and lows[v - 1] in APOS and ctx.ws[v - 2].text.isalpha():
        v -= 3                                        # put the enclave's population at 120,000: past the owner
    if v > 0 and (lows[v] in _OBJECT_OPENERS or lows[v] in POSSESSIVES):
        v -= 1                                        # put the dead at more than 150: past the determiner
    if lemma(lows[v]) in load("attribution")["figure_verbs"]:
        return True
    if lows[v] in ("and", ","):                       # put the wounded at 40 and the dead at 12
        x = next((x for x in range(v - 2, max(lo, v - 6) - 1, -1) if lows[x] == "at"), None)
        return x is not None and all(k not in starts for k in range(x + 1, v)) \
            and _figure_verb_object(ctx, x, starts) is not None
    return False


def measured_noun(ctx: Ctx, at: int, starts: dict[int, Mention], nouns: set[int]) -> Mention | None:
    """The mention a bare figure after 'at' or 'to' (word ``at``) gives the size of: the
    noun after a figure noun and 'of' earlier in its clause ('put the number of dead
    higher, at 64', 'bringing the number of civilians killed since May to 280'), or the
    object of a figure verb right before 'at' ('puts civilian dead at 105', 'put the dead
    at more than 150', past its determiner), as the
    figure verbs of G116 measure what they name; None elsewhere ('rose to 300'). A relative
    pronoun right after a noun of a mention (``nouns``) opens a clause inside the object,
    no clause of its own ('put the number of people who left on Thursday at 4,000')."""
    lows, lo = ctx.lows, max(ctx.seg_range(at)[0], at - 15)
    if (m := _figure_verb_object(ctx, at, starts)) is not None:
        return m
    figures = load("categories")["figure_nouns"]
    for x in range(at - 2, lo - 1, -1):
        if lows[x] in figures and lows[x + 1] == "of":
            if not _object_of_verb(ctx, x) and _second_clause(ctx, x + 2, at, nouns):
                return None                           # (the number of X rose after clashes spread to 12)
            k = x + 2
            if k < ctx.n and (lows[k] in ctx.T.determiners or lows[k] in POSSESSIVES):
                k += 1
            return starts.get(k)
        if lows[x] in (";", ":") or lows[x] in ctx.T.auxiliaries or lows[x] in ctx.T.conjunctions and (
                lows[x] != "and" or lows[x - 1] == ",") and not (lows[x] in _RELATIVES and x - 1 in nouns):
            return None                               # (the number of families fell, and aid rose to 40)
    return None


def _range_verb(ctx: Ctx, s: int, count_starts: dict[int, int]) -> int | None:
    """The word of a verb of ranging before the figure at word ``s`` ('estimates have ranged
    [between 40 and 53]', 'estimates ranging from [a few dozen] to [more than 160]'): right
    before a range, before 'from' or 'between' opening the figure, or before 'from' and the
    first end of a shared pair for its second end after 'to'; None where there is none."""
    lows = ctx.lows
    if s >= 1 and lows[s - 1] == "to":
        first = next((a for a, b in count_starts.items() if b == s - 1), None)
        s = first if first is not None else s
    v = s - 2 if s >= 2 and lows[s - 1] in ("from", "between") else s - 1
    return v if v >= 0 and lemma(lows[v]) == "range" and ctx.ws[v].text.islower() else None


def ranged_noun(ctx: Ctx, s: int, starts: dict[int, Mention], count_starts: dict[int, int]) -> Mention | None:
    """The mention a figure after a verb of ranging gives the size of (G40, G257): the noun
    after a figure noun and 'of' earlier in its sentence, the subject of the ranging or the
    figure the estimates are of ('Estimates of the [dead] have ranged between 40 and 53';
    'the number of [people] killed remained in dispute, with estimates ranging from a few
    dozen to more than 160'); None where no figure noun with 'of' names it ('counts range
    from 322 to 1,400')."""
    v = _range_verb(ctx, s, count_starts)
    if v is None:
        return None
    lows, figures = ctx.lows, load("categories")["figure_nouns"]
    for x in range(v - 1, max(ctx.seg_range(v)[0], v - 30) - 1, -1):
        if lows[x] in SENTENCE_ENDS:
            return None
        if lows[x] in figures and lows[x + 1] == "of":
            k = x + 2
            if k < ctx.n and (lows[k] in ctx.T.determiners or lows[k] in POSSESSIVES):
                k += 1
            return starts.get(k)
    return None
