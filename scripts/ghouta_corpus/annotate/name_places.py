"""Place evidence for a capitalised run: the name rules that make it a LOCATION from the
words around it (a place word, a compass word, a locative or river verb, a list of example
places).

Why apart from :mod:`.name_rules`: these rules share one concern (the context that says
"place") and grow with the gazetteer's gaps, so keeping them together keeps the registry
module short and lets a reviewer read every place cue in one file. The registry's order
still decides which rule wins.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .name_titles import Run
from .name_titles import run_text as _text
from .places import place_for
from .words import APOS


def nxt(ctx: Ctx, r: Run) -> str:
    """The lower-case word right after the run ('' at the text's end)."""
    return ctx.lows[r.j] if r.j < ctx.n else ""


def nxt2(ctx: Ctx, r: Run) -> str:
    """The two lower-case words right after the run, joined by a space."""
    return f"{ctx.lows[r.j]} {ctx.lows[r.j + 1]}" if r.j + 1 < ctx.n else ""


def place_word_around(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the town of X; X province; X highway; Snake Island, Golan Heights; the X and Y camps;
    a name that starts with an Arabic place word (Deir al-Balah, Khan al-Assal)"""
    T, ws, j = ctx.T, ctx.ws, r.j
    coordinated = j + 3 < ctx.n and ctx.lows[j] == "and" and ws[j + 1].text[0].isupper() \
        and ctx.lows[j + 2] in T.place_descriptors
    toponym = j - r.i > 1 and ws[r.i].text in T.toponym_heads     # Deir al-Balah, Ain Issa, Jebel Marra (G68)
    if toponym or r.i in r.towns_of or nxt(ctx, r) in T.place_descriptors or nxt2(ctx, r) in T.place_descriptors or \
            (j < ctx.n and ws[j].text in T.name_suffixes) or (j - r.i > 1 and ws[j - 1].text in T.name_suffixes) \
            or coordinated:
        m.label = "LOCATION"
        if toponym:
            m.place = place_for(_text(ctx, r.i, r.j), T, ctx.countries)   # (the gazetteer's row where it has one)
        return True
    return False


def compass_region(ctx: Ctx, r: Run, m: Mention) -> bool:
    """Eastern Ghouta, eastern Ghouta: a region"""
    T, ws, i = ctx.T, ctx.ws, r.i
    compass_before = i > 0 and ws[i - 1].text in T.compass and ws[i - 1].text[0].islower() \
        and ctx.gap(i - 1, i) == " "
    if ws[i].text in T.compass or compass_before:
        m.label, m.region = "LOCATION", True
        return True
    return False


def after_locative(ctx: Ctx, r: Run, m: Mention) -> bool:
    """in X, from X, along the X: weak evidence of a place"""
    prev = ctx.lows[r.i - 1] if r.i > 0 else ""
    riverside = ("along", "on", "beside")
    if prev == "the" and r.i > 1 and ctx.lows[r.i - 2] in ctx.T.place_prepositions | {"to", "from", *riverside} \
            and nxt(ctx, r) != "of":
        prev = ctx.lows[r.i - 2]                      # on the Tigris, along the Euphrates
    if (prev in ctx.T.locative or prev in riverside and ctx.lows[r.i - 1] == "the") and not ctx.initial[r.i]:
        m.label, m.strong = "LOCATION", False
        return True
    return False



def river_crossed(ctx: Ctx, r: Run, m: Mention) -> bool:
    """cross the X, crossing the X, the banks of the X: a name a crossing verb or a bank
    takes through 'the' is a river or a sea, a place (G68) the gazetteer of towns lacks
    (cross the Euphrates, crossed the Tigris on a pontoon bridge). Weak evidence, like a
    locative: another mention of the name may still decide."""
    k = r.i - 1
    if k < 1 or ctx.lows[k] != "the" or ctx.initial[r.i] or nxt(ctx, r) == "of":
        return False
    before = ctx.lows[k - 1]
    crossed = before in _crossing_words()
    bank = before == "of" and k >= 2 and ctx.lows[k - 2] in ("bank", "banks")
    if not (crossed or bank):
        return False
    m.label, m.strong = "LOCATION", False
    return True


@cache
def _crossing_words() -> frozenset[str]:
    """categories.json's crossing_verbs and their participle ('before crossing the X')."""
    return frozenset((*load("categories")["crossing_verbs"], "crossing"))


def named_facility(ctx: Ctx, r: Run, m: Mention) -> bool:
    """the X water station, the X displacement site, the city's X housing estate: a name no other
    evidence decided, between 'the' and lower-case words that end in a place head, is
    the facility's (or its town's) name, the words after it a common noun phrase that
    is no part of it (G148, G67: the [Kemi] pumping station). Asked late, after every
    cue of an organisation or a person, whose names before a place noun are
    pre-modifiers of one NOM instead (G268: the [UN compound])."""
    lows, ws, n = ctx.lows, ctx.ws, ctx.n
    possessed = r.i >= 3 and lows[r.i - 1] == "s" and ws[r.i - 2].text in APOS    # the city's X housing estate
    if r.i < 1 or not (lows[r.i - 1] == "the" or possessed) or r.j - r.i > 3:
        return False
    for x in range(r.j, min(n, r.j + 3)):
        if not (ws[x].text.isalpha() and ws[x].text.islower()) or lows[x] in ctx.T.closed:
            return False
        if lows[x] in ctx.lex.actor_heads:
            return False
        more = x + 1 < n and ws[x + 1].text.isalpha() and ws[x + 1].text.islower()
        two = more and f"{lows[x]} {lows[x + 1]}" in ctx.lex.place_heads     # the X housing estate
        if two or lows[x] in ctx.lex.place_heads and not (more and lows[x + 1] in ctx.lex.place_heads):
            m.label, m.strong = "LOCATION", False
            return True
    return False

# Words that open examples of a class: 'villages such as X', 'towns like X', 'areas including X'.
_EXAMPLE_OPENERS = ("as", "like", "including", "include", "includes")


def example_of_places(ctx: Ctx, r: Run, m: Mention) -> bool:
    """villages such as X and Y, towns like X, neighbourhoods including X: a name given
    as an example of a class of places is a place (G68), also the later names of the
    list (past commas, 'and', 'or' and other capitalised names)."""
    lows, k = ctx.lows, r.i - 1
    while k > 0 and (lows[k] in (",", "and", "or") or ctx.ws[k].text[:1].isupper()) and r.i - k < 12:
        k -= 1                                        # back over the names listed before this one
    if k < 1 or lows[k] not in _EXAMPLE_OPENERS or (lows[k] == "as" and lows[k - 1] != "such"):
        return False
    head = k - 2 if lows[k] == "as" else k - 1
    if not any(lows[x] in ctx.lex.place_heads for x in range(max(0, head - 2), head + 1)):
        return False
    m.label = "LOCATION"
    return True
