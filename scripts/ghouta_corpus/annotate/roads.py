"""Road names: a road's number (N380, the M4 and M5 highways), a numbered place name
(the Kilo 16 road, in Delmas 33) and two places joined by a dash before a road noun.

Why a module: they read places.json's road_nouns, and the name passes of
:mod:`~ghouta_corpus.annotate.names` call them (G15, G16, G79).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .context import Ctx, Mention
from .lexicons import load
from .phrases import nounish
from .places import place_for


def road_numbers(ctx: Ctx, taken: set[int]) -> list[Mention]:
    """A road's number (one or two capitals and digits, written as one word: N380, M5)
    right before a road noun (places.json's road_nouns), or before 'and' or a comma and
    another such number that is ('the M4 and M5 highways'), is the road's name: a
    LOCATION NAM (G15, G16), the noun left out, and so is the same number elsewhere in
    the document. Not a number the document never writes before a road noun ('M23
    fighters' name a group, 'the A320' an aircraft)."""
    ws, n = ctx.ws, ctx.n

    def number_at(k: int) -> bool:
        return k + 1 < n and re.fullmatch(r"[A-Z]{1,2}", ws[k].text) is not None \
            and re.fullmatch(r"\d{1,4}", ws[k + 1].text) is not None and ctx.gap(k, k + 1) == "" \
            and not {k, k + 1} & taken

    def road_after(k: int) -> bool:
        if k < n and (ctx.lows[k] in _road_nouns() or " ".join(ctx.lows[k:k + 2]) in _road_nouns()):
            return True
        return k + 1 < n and (ctx.lows[k] in ("and", "or", ",")) and number_at(k + 1) and road_after(k + 3)

    def word_start(k: int) -> bool:
        return k == 0 or not re.fullmatch(r"[\w-]", ctx.text[ws[k].start - 1])

    roads = {f"{ws[k].text}{ws[k + 1].text}" for k in range(n - 2)
             if number_at(k) and word_start(k) and road_after(k + 2)}
    out: list[Mention] = []
    for k in range(n - 1):                            # and the same number elsewhere (keep the N4 open)
        if number_at(k) and word_start(k) and (name := f"{ws[k].text}{ws[k + 1].text}") in roads \
                and (k + 2 >= n or not re.fullmatch(r"\w", ctx.text[ws[k + 1].end:ws[k + 1].end + 1])) \
                and (road_after(k + 2) or not nounish(ctx, k + 2)):
            # not before another noun ('M23 fighters', 'the M23 group' beside 'the M23 road'): a modifier of it
            out.append(Mention(k, k + 2, "LOCATION", "NAM", key=f"LOCATION:{name}"))
    return out + numbered_places(ctx, taken | {x for m in out for x in range(m.i, m.j)})


def numbered_places(ctx: Ctx, taken: set[int]) -> list[Mention]:
    """A capitalised word and a number of one to three digits after it, a space apart, are
    one place name (G15: the number is part of the name, no COUNT, G79) where the word is
    a place head itself ('Camp 4', 'Sector 7', 'School No. 134'), where a road noun or a
    generic word left out of names follows the number ('the Kilo 16 road', 'the Secteur
    4 neighbourhood'), or where punctuation follows it and the word is a place of
    the gazetteers or comes after a place preposition ('In Delmas 33, ...'); never a
    month or weekday (June 8) nor a word opening its sentence."""
    ws, lows, n, T = ctx.ws, ctx.lows, ctx.n, ctx.T
    out: list[Mention] = []
    for k in range(1, n - 1):
        t = ws[k].text
        if k in taken or ctx.initial[k] or not (t.isalpha() and t[0].isupper() and t[1:].islower()) \
                or t in T.months or t in T.weekdays or ws[k - 1].text[:1].isupper() and not ctx.initial[k - 1]:
            continue
        head = lows[k] in ctx.lex.place_heads or lows[k] in T.place_descriptors
        d = k + 3 if head and k + 3 < n and ws[k + 1].text == "No" and ws[k + 2].text == "." else k + 1
        num = ws[d].text
        if d in taken or ctx.gap(d - 1, d) not in (" ", "") or d == k + 1 and ctx.gap(k, d) != " " \
                or re.fullmatch(r"\d{1,3}", num) is None:
            continue
        after = lows[d + 1] if d + 1 < n else "."
        if d + 1 < n and ctx.gap(d, d + 1) == "" and after.isalnum():
            continue                                  # (4-year-old, 16th)
        named = head or after in _road_nouns() or after in T.place_descriptors
        if named or after in (",", ".", ";", ":", ")") and lows[k - 1] in T.place_prepositions \
                and place_for(t, T, ctx.countries) is not None:
            out.append(Mention(k, d + 1, "LOCATION", "NAM", key=f"LOCATION:{t} {num}"))
    return out


@cache
def _road_nouns() -> frozenset[str]:
    """places.json's road_nouns: the nouns after a road's number."""
    return frozenset(load("places")["road_nouns"])


def dashed_road(ctx: Ctx, j: int, taken: set[int], is_name_word: Callable[[Ctx, int], bool]) -> int:
    """2 when an en or em dash, written without spaces, joins the run to a second name
    that a road noun follows (the Kemi\u2013Marza road, G15: written with a hyphen it is
    one word already), else 0. A plural road noun shared by coordinated pairs ends each
    pair's name and stays out, as G333's shared district noun (the [Kemi\u2013Aro] and
    [Kemi\u2013Marza] roads, G16, G22)."""
    e = _dashed_end(ctx, j, taken, is_name_word)
    if not e or e >= ctx.n or ctx.gap(e - 1, e) != " ":
        return 0
    if ctx.lows[e] in _road_nouns() and ctx.ws[e].text in ctx.T.name_suffixes:
        return 2                                      # a noun the name takes in, as after a hyphen: not
    #                                                   'route' or 'corridor' ('a Kyiv\u2013Moscow route to peace')
    return 2 if _shared_plural(ctx, e, taken, is_name_word) else 0


def _dashed_end(ctx: Ctx, j: int, taken: set[int], is_name_word: Callable[[Ctx, int], bool]) -> int:
    """The end of the name words after the dash at j (0 when j is no spaceless dash
    between name words)."""
    ws, k = ctx.ws, j + 1
    if k >= ctx.n or ws[j].text not in ("\u2013", "\u2014") or ctx.gap(j - 1, j) or ctx.gap(j, k) \
            or k in taken or not is_name_word(ctx, k):
        return 0
    e = k + 1
    while e < ctx.n and e not in taken and ctx.gap(e - 1, e) == " " and is_name_word(ctx, e):
        e += 1
    return e


def _shared_plural(ctx: Ctx, e: int, taken: set[int], is_name_word: Callable[[Ctx, int], bool]) -> bool:
    """Whether a plural road noun (lower case, 'roads', 'highways') is at e, or after
    'and' and one more dashed pair of names (the Kemi\u2013Aro and Kemi\u2013Marza roads)."""
    def plural(x: int) -> bool:
        return x < ctx.n and ctx.lows[x] in _road_nouns() and ctx.lows[x].endswith("s") and ctx.ws[x].text.islower()
    if plural(e):
        return True
    if ctx.lows[e] not in ("and", "or") or e + 2 >= ctx.n or not is_name_word(ctx, e + 1):
        return False
    x = e + 2
    while x < ctx.n and ctx.gap(x - 1, x) == " " and is_name_word(ctx, x):
        x += 1
    end = _dashed_end(ctx, x, taken, is_name_word)
    return bool(end) and plural(end)
