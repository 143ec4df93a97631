"""TIME matchers of dates named without a weekday or a month-day phrase (G88, G93, G142):
a bare season after a preposition ('until spring'), a day coordinated with a dated one
('March 2 and [3]'), a year between 'the' and its noun ('the [2021] coup').

Why a module of its own: :mod:`.times` holds the calendar phrases and had reached the
size limit; these three read only the words at a position and :mod:`.time_words`, so
they stand apart. :mod:`.times` lists them in its ``MATCHERS``.
"""

from __future__ import annotations

from .context import Ctx
from .time_words import Match, data, day_at, month_at, year_at
from .wordclass import word_classes


def bare_season(ctx: Ctx, i: int) -> Match | None:
    """A season without an article after a preposition of time or before a verb of its
    coming: 'until spring', 'for winter', 'as winter sets in' (G88, G93: the season of the
    DCT's year that the clause means, :func:`time_values._season_year`); a season before
    a noun ('winter clothing') is a modifier, not a time."""
    lows, T = ctx.lows, data()
    start, mod = i, T["date_mods"].get(lows[i])
    i += mod is not None                              # since late summer
    code = T["seasons"].get(lows[i]) if i < ctx.n else None
    if code is None or not ctx.ws[i].text.islower() or start == 0:
        return None
    after = any(lows[i + 1:i + 1 + len(w.split())] == w.split() for w in T["season_ahead_verbs"])
    if lows[start - 1] not in T["season_preps"] and not after:
        return None
    if i + 1 < ctx.n and ctx.ws[i + 1].text.isalpha() and not after and "NOUN" in word_classes(lows[i + 1]) \
            and lows[i + 1] not in ctx.T.prepositions and lows[i + 1] not in ctx.T.pronouns \
            and lows[i + 1] not in ("and", "or", "but"):
        return None
    return i + 1, "DATE", f"XXXX-{code}", mod, "DCT", (0, code)


def coordinated_day(ctx: Ctx, i: int) -> Match | None:
    """A day number joined by 'and' to a date that names its month: 'March 2 and [3]',
    'between [9] and 15 February 2024' (G88: each day is its own date)."""
    if day_at(ctx, i) is None or not ctx.ws[i].text.isdigit():
        return None
    d, lows = day_at(ctx, i), ctx.lows
    if i >= 3 and lows[i - 1] == "and" and day_at(ctx, i - 2) is not None and month_at(ctx, i - 3) is not None:
        m, y = month_at(ctx, i - 3), None                      # March 2 and 3
    elif lows[i + 1:i + 2] == ["and"] and day_at(ctx, i + 2) is not None and month_at(ctx, i + 3) is not None:
        m, y = month_at(ctx, i + 3), year_at(ctx, i + 4)        # 9 and 15 February 2024
    else:
        return None
    return i + 1, "DATE", f"{y or 'XXXX'}-{m:02d}-{d:02d}", None, None if y else "DCT", None


def year_modifier(ctx: Ctx, i: int) -> Match | None:
    """A year between 'the' and the noun it dates: 'the [2021] coup', 'the [2022]
    humanitarian plan' (G88); not before a plural ('the 2000 families': a number)."""
    if i == 0 or ctx.lows[i - 1] != "the" or year_at(ctx, i) is None or i + 1 >= ctx.n:
        return None
    nxt = ctx.ws[i + 1].text
    return (i + 1, "DATE", ctx.ws[i].text, None, None, None) if nxt.isalpha() and not nxt.endswith("s") else None


_AHEAD = ("before", "until", "till", "through", "after", "by")


def weather_season(ctx: Ctx, i: int) -> Match | None:
    """A season of the weather or of the farming year looked forward to: 'before [the
    rainy season]', 'through [the lean season]', 'after [the rains]' (G88, G93): no
    calendar season of TIMEX3, so a future reference from the DCT (FUTURE_REF), as
    the gold writes these appeals' deadlines."""
    lows = ctx.lows
    if i == 0 or lows[i - 1] not in _AHEAD or lows[i] != "the" or i + 2 > ctx.n:
        return None
    if lows[i + 1] == "rains":
        end = i + 2
    elif i + 2 < ctx.n and lows[i + 2] == "season" and ctx.ws[i + 1].text.isalpha() and ctx.ws[i + 1].text.islower():
        end = i + 3
    else:
        return None
    return end, "DATE", "FUTURE_REF", None, "DCT", None
