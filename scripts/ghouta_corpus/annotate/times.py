"""TIME spans (G88-G98, G120-G125): temporal expressions and their text-only TIMEX3 value.
Calendar matchers live here, durations and sets in :mod:`.time_durations`.

Why a registry of matchers: a temporal expression is one of a few shapes (a weekday
with a part of the day, a calendar date, a deictic word, a clock time, a duration, a
set), each a small function of the words at a position that returns the expression's
end and what the text alone says of it (``value_text``, G93). :data:`MATCHERS` lists
them; the longest match at a position wins. Resolving the values against the
document creation time is :mod:`~ghouta_corpus.annotate.time_values`. The words are
data (``times.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .context import Ctx
from .time_dates import bare_season, coordinated_day, weather_season, year_modifier
from .time_durations import duration, time_set
from .time_words import Match, after_dot, data, day_at, month_at, weekday_at, year_at
from .wordclass import word_classes

_LAST = (-1, "D")
# (the shift that marks 'last' before a weekday or a month: the one before the DCT's week or month, G415)


@dataclass
class TimeSpan:
    """A TIME span over words [i, j) with its TIMEX3 attributes. ``anchor_kind`` says
    what the value is resolved from: ``"DCT"``, ``"prev"`` (the TIME span before it:
    two days later), ``"day"`` (the day named in its sentence: 10 a.m.) or None
    (absolute, or a free duration); ``shift`` is the days or units to move by."""
    i: int
    j: int
    timex_type: str
    value_text: str
    mod: str | None = None
    anchor_kind: str | None = None
    shift: tuple[int, str] | None = None
    value: str | None = None
    anchor: TimeSpan | str | None = None   # the anchoring TIME span, "DCT", or None


def _weekday_phrase(ctx: Ctx, i: int) -> Match | None:
    """Thursday; Sunday morning; early on Thursday; dawn on Saturday; the early hours of
    Saturday; late on Wednesday; mid-afternoon on Sunday; last Thursday, whose 'last'
    is part of the expression and names that day of the week before the DCT's (G88,
    G95, G120, G415; marked by the shift (-1, "D"))."""
    lows, T = ctx.lows, data()
    k, part, mod, shift = i, None, None, None
    if lows[k] in T["day_mods"] and lows[k + 1:k + 2] == ["last"] and weekday_at(ctx, k + 2) is not None:
        mod, k = T["day_mods"][lows[k]], k + 1                          # late last Tuesday
    if lows[k] == "last" and weekday_at(ctx, k + 1) is not None and not (k > 0 and lows[k - 1] in ("the", "every")) \
            and lows[k + 2:k + 3] not in (["of"], ["in"]):
        k, shift = k + 1, _LAST                       # (not: the last Friday of the month)
    if lows[k] == "the" and lows[k + 1:k + 4] == ["early", "hours", "of"]:
        k, part, mod = k + 4, "MO", "START"
    elif lows[k] in ("later", "earlier") and lows[k + 1:k + 2] == ["on"]:
        k += 2                                        # later on Thursday: no mod of G95's
    elif lows[k] in T["day_mods"] and k + 1 < ctx.n and (lows[k + 1] == "on" or weekday_at(ctx, k + 1) is not None):
        mod, k = T["day_mods"][lows[k]], k + 1 + (lows[k + 1] == "on")   # early on Tuesday, early Tuesday
    elif lows[k] in T["day_mods"] and k + 2 < ctx.n and lows[k + 1] in T["parts"] and lows[k + 2] == "on":
        mod, part, k = T["day_mods"][lows[k]], T["parts"][lows[k + 1]], k + 3   # late morning on Saturday
    elif lows[k] in T["parts"] and k + 1 < ctx.n and lows[k + 1] == "on":
        part, mod, k = T["parts"][lows[k]], T["part_mods"].get(lows[k]), k + 2
    elif lows[k] == "overnight" and lows[k + 1:k + 2] in (["on"], ["into"], ["from"]):
        part, k = "NI", k + 2                         # overnight on Tuesday, into Wednesday, from Sunday to Monday
    d = weekday_at(ctx, k)
    if d is None:
        return None
    if lows[k - 1] == "into" and part == "NI":
        d = (d - 2) % 7 + 1                           # the night into Wednesday is Tuesday's
    k += 1
    if lows[k - 2] == "from" and lows[k:k + 1] == ["to"] and weekday_at(ctx, k + 1) is not None:
        k += 2
    if part is None and k < ctx.n and lows[k] in T["parts"] and lows[k] not in ("dawn",):
        part, k = T["parts"][lows[k]], k + 1
    if shift is None and lows[k:k + 2] == ["last", "week"]:
        k, shift = k + 2, _LAST                       # Monday last week: as 'last Monday' (G415)
    suffix = f"T{part}" if part else ""
    date = _dated(ctx, k) if shift is None else None
    if date is not None:                              # Wednesday 21 August, Sunday, August 3: one date
        return date[0], "TIME" if part else "DATE", date[2] + suffix, mod or date[3], date[4], None
    return k, "TIME" if part else "DATE", f"XXXX-WXX-{d}" + suffix, mod, "DCT", shift


def _dated(ctx: Ctx, k: int) -> Match | None:
    """The calendar day right after a weekday (past one comma): 'Thursday 13 October
    2022', 'Sunday, August 3' are one expression (G90), valued by its date."""
    k += k < ctx.n and ctx.ws[k].text == ","
    if k >= ctx.n or ctx.gap(k - 1, k) not in (" ", ""):
        return None
    date = _calendar_date(ctx, k)
    return date if date is not None and re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", date[2]) else None


def _on_day(ctx: Ctx, k: int) -> Match | None:
    """The day a clock time is on: 'on Saturday', 'on Friday, 8 April', 'on May 3' after
    '4 a.m.' make one expression (G90: the part of a day stays with its day)."""
    if k + 1 >= ctx.n or ctx.lows[k] not in ("on", "that") or ctx.lows[k] == "that" and weekday_at(ctx, k + 1) is None:
        return None                                   # (2 a.m. that Saturday)
    inner = _weekday_phrase(ctx, k + 1) or _calendar_date(ctx, k + 1)
    return inner if inner is not None and re.fullmatch(r"XXXX-WXX-\d|(\d{4}|XXXX)-\d\d-\d\d", inner[2]) else None


_WEEK_ORDINALS = {"first": "START", "second": None, "third": None, "last": "END", "final": "END"}
# (the first week of March: the month, mod START, G95; a middle week names no part of G95's)


def _month_lead(ctx: Ctx, i: int) -> tuple[Match | None, str | None, int]:
    """The words before a month that name a part of it: (None, mod, where the month
    starts), or (the whole match, None, i) where the words need no month ('mid-2013',
    'mid-March' as one word, 'the start of the month'): 'mid - March', 'the end of
    April', 'the first week of March', 'early in June', 'late 2016' (G90, G95)."""
    lows, T, k = ctx.lows, data(), i
    if lows[k] == "last" and month_at(ctx, k + 1) is not None and ctx.ws[k + 1].text[0].isupper() \
            and day_at(ctx, after_dot(ctx, k + 2)) is None:
        m = month_at(ctx, k + 1)                      # last October: the latest October before the DCT's month
        return (k + 2, "DATE", f"XXXX-{m:02d}", None, "DCT", _LAST), None, i
    if lows[k] == "mid" and k + 2 < ctx.n and ctx.ws[k + 1].text == "-" and year_at(ctx, k + 2):
        return (k + 3, "DATE", ctx.ws[k + 2].text, "MID", None, None), None, i      # mid-2013
    mm = T["months"].get(lows[k][4:]) if lows[k].startswith("mid-") and ctx.ws[k].text[4:5].isupper() else None
    if mm is not None:
        return (k + 1, "DATE", f"XXXX-{mm:02d}", "MID", "DCT", None), None, i     # mid-March (one word)
    if lows[k] == "mid" and k + 2 < ctx.n and ctx.ws[k + 1].text == "-" and month_at(ctx, k + 2) is not None:
        return None, "MID", k + 2                                             # mid - March
    if k + 3 < ctx.n and lows[k] == "the" and lows[k + 1] in T["month_parts"] and lows[k + 2] == "of" \
            and month_at(ctx, k + 3) is not None:
        return None, T["month_parts"][lows[k + 1]], k + 3                     # the end of April, the start of May
    if k + 4 < ctx.n and lows[k] == "the" and lows[k + 1] in _WEEK_ORDINALS and lows[k + 2] in ("week", "half") \
            and lows[k + 3] == "of" and month_at(ctx, k + 4) is not None:
        return None, _WEEK_ORDINALS[lows[k + 1]], k + 4                       # the first week of March
    if k + 4 < ctx.n and lows[k] == "the" and lows[k + 1] in T["month_parts"] and lows[k + 2:k + 5] == [
            "of", "the", "month"]:
        return (k + 5, "DATE", "XXXX-XX", T["month_parts"][lows[k + 1]], "DCT", (0, "M")), None, i   # of the month
    if lows[k] in T["date_mods"]:
        return None, T["date_mods"][lows[k]], k + 1 + (lows[k + 1:k + 2] == ["in"] and month_at(ctx, k + 2) is not None)
    return None, None, k


def _calendar_date(ctx: Ctx, i: int) -> Match | None:
    """February 18; Aug. 25; 3 March 2022; March 2015; early March; late 2016; mid-2013;
    October last year; June (G88, G93)."""
    lows, T = ctx.lows, data()
    whole, mod, k = _month_lead(ctx, i)
    if whole is not None:
        return whole
    if k >= ctx.n:
        return None
    m, d = month_at(ctx, k), day_at(ctx, k)
    if d is not None and month_at(ctx, k + 1) is not None:             # 3 March (2022)
        m, k = month_at(ctx, k + 1), after_dot(ctx, k + 2)
        y = year_at(ctx, k)
        return (k + 1 if y else k), "DATE", f"{y or 'XXXX'}-{m:02d}-{d:02d}", mod, None if y else "DCT", None
    if m is not None and ctx.ws[k].text[0].isupper():
        k = after_dot(ctx, k + 1) if day_at(ctx, after_dot(ctx, k + 1)) is not None else k + 1
        d = day_at(ctx, k)
        if d is not None:                                               # February 18 (, 2018)
            k += 1
            if lows[k:k + 1] == ["("] and year_at(ctx, k + 1) and lows[k + 2:k + 3] == [")"]:
                return k + 3, "DATE", f"{year_at(ctx, k + 1)}-{m:02d}-{d:02d}", mod, None, None   # July 5 (2019)
            y = year_at(ctx, k + 1) if k < ctx.n and ctx.ws[k].text == "," else year_at(ctx, k)
            end = k + (2 if y and ctx.ws[k].text == "," else 1 if y else 0)
            return end, "DATE", f"{y or 'XXXX'}-{m:02d}-{d:02d}", mod, None if y else "DCT", None
        y = year_at(ctx, k)
        if y:
            return k + 1, "DATE", f"{y}-{m:02d}", mod, None, None       # March 2015
        if lows[k:k + 2] == ["last", "year"]:
            return k + 2, "DATE", f"XXXX-{m:02d}", mod, "DCT", (-1, "Y")  # October last year
        if mod or (i > 0 and lows[i - 1] in T["date_preps"]):          # (after a preposition 'May' is no verb)
            return k, "DATE", f"XXXX-{m:02d}", mod, "DCT", None          # in June, early March
    y = year_at(ctx, k)
    if y and (mod or (i > 0 and lows[i - 1] in T["date_preps"])):
        return k + 1, "DATE", str(y), mod, None, None                   # in 2015, late 2016
    return None


_CALENDAR_UNITS = ("week", "month", "year", "weekend")


def _hedged_deictic(ctx: Ctx, i: int) -> Match | None:
    """A deictic calendar unit with the part of it named before: 'late last year', 'early
    this month', 'the middle of last week' (G90: the modifier stays inside; G95's mod),
    'later this week' (still to come: FUTURE_REF, G93), 'earlier this week' (PAST_REF)."""
    lows, T = ctx.lows, data()
    if lows[i] in T["date_mods"]:
        mod, k = T["date_mods"][lows[i]], i + 1
    elif lows[i] in ("later", "earlier"):
        mod, k = None, i + 1
    elif lows[i:i + 3] == ["the", "middle", "of"]:
        mod, k = "MID", i + 3
    else:
        return None
    inner = _deictic(ctx, k) if k < ctx.n and lows[k] in ("last", "this", "next") else None
    if inner is None or lows[inner[0] - 1] not in _CALENDAR_UNITS or inner[0] != k + 2:
        return None
    value = inner[2]
    if lows[i] in ("later", "earlier") and value == "PRESENT_REF":
        value = "FUTURE_REF" if lows[i] == "later" else "PAST_REF"
    return inner[0], inner[1], value, mod, inner[4], inner[5]


def _deictic(ctx: Ctx, i: int) -> Match | None:
    """today, now, tonight, overnight, last week, earlier this month, the weekend, coming
    days, a day earlier, the same day, last summer (G88, G93, G120)."""
    lows = ctx.lows
    for phrase, (ttype, value, anchor, shift) in _phrases().get(lows[i], ()):
        if tuple(lows[i:i + len(phrase)]) == phrase:
            if phrase == ("now",) and i > 0 and lows[i - 1] in ("right", "just", "from"):
                return None
            if len(phrase) > 1 and phrase[-1] in data()["parts"] and _noun_after(ctx, i + len(phrase)):
                return None                           # all night shifts, the night shift: a modifier
            if phrase[-1] in data()["seasons"] and _water_spring(ctx, i, i + len(phrase)):
                return None
            if phrase == ("overnight",) and _modifier(ctx, i + 1):
                return None                           # overnight temperatures: any night's (G124)
            return i + len(phrase), ttype, value, None, anchor, (int(shift[0]), str(shift[1])) if shift else None
    return None


def _modifier(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case noun that the word before it modifies ('overnight
    temperatures', 'the night shift'), not a preposition, pronoun, determiner or
    conjunction that follows a time."""
    return k < ctx.n and ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower() and "NOUN" in word_classes(
        ctx.lows[k]) and ctx.lows[k] not in ctx.T.prepositions and ctx.lows[k] not in ctx.T.determiners \
        and ctx.lows[k] not in ctx.T.pronouns and ctx.lows[k] not in ("and", "or", "but")


def _water_spring(ctx: Ctx, i: int, j: int) -> bool:
    """Whether 'the spring' is a place, not a season: one stands at it ('at the spring')
    or a relative clause says what it does ('the spring that supplies the city',
    'the spring, which ...')."""
    k = j + (j < ctx.n and ctx.ws[j].text == ",")
    return (i > 0 and ctx.lows[i - 1] in ("at", "near")) or (k < ctx.n and ctx.lows[k] in ("that", "which", "where"))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], tuple[str, str, str | None, list[Any] | None]]]]:
    """The deictic phrases by first word, longest first (read once)."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, str, str | None, list[Any] | None]]]] = {}
    for k, v in sorted(data()["deictic"].items(), key=lambda x: -len(x[0].split())):
        out.setdefault(k.split()[0], []).append((tuple(k.split()), (v[0], v[1], v[2], v[3])))
    return out


def _clock(ctx: Ctx, i: int) -> Match | None:
    """10 a.m., 7 p.m. local time, 10:30, noon, midnight, six in the morning; about 7
    p.m. (G88, G93, G95)."""
    lows, ws, text = ctx.lows, ctx.ws, ctx.text
    if lows[i] in data()["clock_mods"] and i + 1 < ctx.n:
        inner = _clock(ctx, i + 1)
        return (inner[0], inner[1], inner[2], data()["clock_mods"][lows[i]], inner[4], inner[5]) if inner else None
    words = _clock_words(ctx, i)
    if words is not None:
        return words
    if lows[i] in ("noon", "midday", "midnight"):
        hh = "12:00" if lows[i] != "midnight" else "24:00"
        return i + 1, "TIME", f"XXXX-XX-XXT{hh}", None, "day", None
    h, last, minute = _hour_minute(ctx, i)
    if h is None:
        return None
    m = re.match(r"\s?([ap])\.?m\.?", text[ws[last].end:ws[last].end + 6], re.IGNORECASE)
    if not m and not (minute and len(ws[i].text) == 2 and h <= 23 and _on_day(ctx, last + 1) is not None):
        return None                                   # (07:00 on 8 March: a 24-hour clock with its day)
    end_char = ws[last].end + (m.end() if m else 0)
    k = last + 1
    while k < ctx.n and ws[k].end <= end_char:
        k += 1
    if lows[k:k + 2] == ["local", "time"]:
        k += 2
    hour = (h % 12) + (12 if m.group(1).lower() == "p" else 0) if m else h
    hhmm = f"{hour:02d}:{minute or '00'}"
    day = _on_day(ctx, k)
    if day is not None:                               # 4 a.m. on Saturday: XXXX-WXX-6T04:00
        return day[0], "TIME", f"{day[2]}T{hhmm}", day[3], day[4], day[5]
    return k, "TIME", f"XXXX-XX-XXT{hhmm}", None, "day", None


def _hour_minute(ctx: Ctx, i: int) -> tuple[int | None, int, str | None]:
    """(the hour, its last word, the minutes or None) of a clock time at word i: '10',
    '10:30' (three words, no spaces; not a running time in brackets, '(2:34)', G88)."""
    ws, h = ctx.ws, day_at(ctx, i)
    if h is None or h > 23:
        return None, i, None
    if i + 2 < ctx.n and ws[i + 1].text == ":" and re.fullmatch(r"[0-5]\d", ws[i + 2].text) \
            and ws[i].end == ws[i + 1].start and ws[i + 1].end == ws[i + 2].start:
        return (None, i, None) if i > 0 and ws[i - 1].text == "(" else (h, i + 2, ws[i + 2].text)
    return (h, i, None) if h <= 12 else (None, i, None)


def _clock_words(ctx: Ctx, i: int) -> Match | None:
    """An hour with the part of the day or o'clock: six in the morning, 4 in the morning,
    ten at night, eight o'clock (G88, G93)."""
    T, lows = data(), ctx.lows
    h = ctx.T.units.get(lows[i]) or (day_at(ctx, i) if ctx.ws[i].text.isdigit() else None)
    if h is None or not 1 <= h <= 12:
        return None
    if lows[i + 1:i + 2] == ["o"] and lows[i + 2:i + 3] in (["'"], ["\u2019"]) and lows[i + 3:i + 4] == ["clock"]:
        return i + 4, "TIME", f"XXXX-XX-XXT{h:02d}:00", None, "day", None    # eight o'clock
    for phrase, pm in T["clock_parts"].items():
        words = phrase.split()
        if lows[i + 1:i + 1 + len(words)] == words:
            hour = h % 12 + (12 if pm else 0)
            return i + 1 + len(words), "TIME", f"XXXX-XX-XXT{hour:02d}:00", None, "day", None
    return None


def _part_of(ctx: Ctx, i: int) -> Match | None:
    """A part of a named day or a season of a year: the evening of December 12, the
    night of Monday, the summer of 2012; midday on December 15, midnight on Monday,
    around midday on ... (G88, G90: the part stays with its day)."""
    lows, T, n = ctx.lows, data(), ctx.n
    k, mod = i, None
    if lows[k] in T["clock_mods"]:
        mod, k = T["clock_mods"][lows[k]], k + 1
    if k + 2 < n and lows[k] == "the" and lows[k + 2] == "of" and (lows[k + 1] in T["parts"]
                                                                     or lows[k + 1] in T["seasons"]):
        word, k = lows[k + 1], k + 3
    elif k + 1 < n and lows[k] in T["clock_words"] and lows[k + 1] == "on":
        word, k = lows[k], k + 2
    else:
        return None
    inner = _calendar_date(ctx, k) if word in T["seasons"] else (_calendar_date(ctx, k) or _weekday_phrase(ctx, k))
    if inner is None or "T" in inner[2]:
        return None
    end, _, value, imod, anchor, shift = inner
    if word in T["seasons"]:
        if not re.fullmatch(r"\d{4}", value):
            return None
        return end, "DATE", f"{value}-{T['seasons'][word]}", mod or imod, anchor, shift
    suffix = T["clock_words"].get(word) or f"T{T['parts'][word]}"
    return end, "TIME", value + suffix, mod or imod, anchor, shift


def _later(ctx: Ctx, i: int, m: Match) -> Match:
    """A duration followed by 'later', 'earlier', 'on' or 'ago' is a date moved from the
    TIME before it, or from the DCT for 'ago' (Two days later, four days on, G90); 'weeks
    ago' names no unit of the calendar (PAST_REF), 'five years ago this month' is that
    month (or week) five years before the DCT's."""
    lows = ctx.lows
    end, ttype, value, mod, anchor, shift = m
    word = lows[end] if end < ctx.n else ""
    num = re.fullmatch(r"PT?(\d+|X)([A-Z]+)", value)
    if ttype != "DURATION" or word not in ("later", "earlier", "on", "ago", "before") or num is None:
        return m
    nxt = ctx.ws[end + 1].text if end + 1 < ctx.n else "."
    if word == "on" or word == "before" and nxt[:1].isalnum():
        return m                                      # four months on; two days before the deal (G90: the measure)
    n = num.group(1)
    if n == "X" and word in ("later", "earlier"):     # days later, weeks earlier: no day the text can count
        return end + 1, "DATE", {"M": "XXXX-XX", "Y": "XXXX"}.get(num.group(2), "XXXX-XX-XX"), mod, "near", None
    units = int(n) if n.isdecimal() else 0
    sign = -1 if word in ("earlier", "ago", "before") else 1
    if word == "ago" and n == "X":
        return end + 1, "DATE", "PAST_REF", mod, "DCT", None          # weeks ago: no unit of the calendar
    if word == "ago" and num.group(2) == "Y" and lows[end + 1:end + 3] in (["this", "month"], ["this", "week"]):
        return end + 3, "DATE", "PAST_REF", mod, "DCT", (-units, "Y" + lows[end + 2][0].upper())
    if word == "ago":
        return end + 1, "DATE", "PAST_REF", mod, "DCT", (sign * units, num.group(2))
    return end + 1, "DATE", "prev", mod, "prev", (sign * units, num.group(2))


def _bare_part(ctx: Ctx, i: int) -> Match | None:
    """A part of a day alone after a preposition of time: 'left at dawn', 'at night',
    'by evening', 'in the morning', 'late in the afternoon' (G88, G95): the part of an
    unnamed day, no anchor (a part of a named day is :func:`_part_of`'s or
    :func:`_weekday_phrase`'s)."""
    lows, T = ctx.lows, data()
    if lows[i] in T["day_mods"] and lows[i + 1:i + 3] == ["in", "the"] and i + 3 < ctx.n and lows[i + 3] in T["parts"] \
            and not _noun_after(ctx, i + 4):
        return i + 4, "TIME", f"XXXX-XX-XXT{T['parts'][lows[i + 3]]}", T["day_mods"][lows[i]], None, None   # late in
    if i > 0 and lows[i] in T["day_mods"] and lows[i - 1] in ("by", "until", "in", "at") and i + 1 < ctx.n \
            and lows[i + 1] in T["parts"] and lows[i + 2:i + 3] not in (["on"], ["of"]):
        return i + 2, "TIME", f"XXXX-XX-XXT{T['parts'][lows[i + 1]]}", T["day_mods"][lows[i]], None, None   # by late
                                                                                                            # afternoon
    the = lows[i] == "the" and i + 1 < ctx.n and lows[i + 1] in T["parts"]   # in the morning, by the afternoon
    preps = ("at", "by", "before", "after", "until", "since") + (("in", "through", "during") if the else ())
    k = i + the
    if i == 0 or lows[k] not in T["parts"] or lows[i - 1] not in preps:
        return None
    if k + 1 < ctx.n and lows[k + 1] in ("of", "on", "each", "every"):
        return None                                   # (dawn on Sunday, the night of May 3; dawn each day: a set)
    if the and (_noun_after(ctx, k + 1) or lows[k] == "dark" and _kept_in_the_dark(ctx, i)):
        return None                                   # the afternoon heat, the night shift; kept in the dark
    return k + 1, "TIME", f"XXXX-XX-XXT{T['parts'][lows[k]]}", T["part_mods"].get(lows[k]), None, None


def _noun_after(ctx: Ctx, k: int) -> bool:
    """Whether word k is a lower-case noun that the part of the day before it modifies
    (the afternoon heat, the night shift, all night shifts)."""
    if k >= ctx.n or not (ctx.ws[k].text.isalpha() and ctx.ws[k].text.islower()):
        return False
    w, T = ctx.lows[k], ctx.T
    return "NOUN" in word_classes(w) and w not in T.prepositions and w not in T.determiners and w not in T.conjunctions


def _kept_in_the_dark(ctx: Ctx, i: int) -> bool:
    """'kept in the dark', 'in the dark about the talks': the idiom of not knowing, no
    time of night (G158 counts only the dark of night)."""
    before = ctx.lows[i - 2] if i >= 2 else ""
    after = ctx.lows[i + 2] if i + 2 < ctx.n else ""
    return before.startswith(("kept", "keep", "remain", "stay")) or after in ("about", "over", "as", "on", "regarding")


def _the_day(ctx: Ctx, i: int) -> Match | None:
    """'the day' of an occurrence the text dates is that day (G121): 'on the day of the
    attack', 'November 4, the day the fighting began', 'suspended for the day'; 'the day
    after the raid' is the day after it. In a quotation (a speaker's undated day, G260) it
    stays 'XXXX-XX-XX' with no anchor; 'through the day', 'in the day' (any day) are none."""
    lows = ctx.lows
    if lows[i:i + 2] != ["the", "day"] or i == 0 or lows[i - 1] in data()["generic_day_preps"]:
        return None
    bound = i + 2 < ctx.n and ctx.gap(i + 1, i + 2) == "" and ctx.ws[i + 2].text[:1] in "'\u2019-"
    if bound or lows[i + 2:i + 3] == ["before"]:
        return None                                   # the day's toll, the day-long march; the day before: deictic
    if ctx.quote_around(i) is not None:
        return i + 2, "DATE", "XXXX-XX-XX", None, None, None
    return i + 2, "DATE", "prev", None, "prev", (1 if lows[i + 2:i + 3] == ["after"] else 0, "D")


MATCHERS: tuple[Callable[[Ctx, int], Match | None], ...] = (
    _weekday_phrase, _calendar_date, _deictic, _hedged_deictic, _clock, duration, time_set, _part_of, _bare_part,
    _the_day, bare_season, coordinated_day, year_modifier, weather_season,
)


def _idiom(ctx: Ctx, i: int) -> int:
    """The length of an idiom that is no temporal expression at word i (at the last
    minute), or 0."""
    for phrase in data()["not_time"]:
        words = phrase.split()
        if ctx.lows[i:i + len(words)] == words:
            return len(words)
    return 0


def find_times(ctx: Ctx, blocked: set[int]) -> list[TimeSpan]:
    """TIME spans in text order, never over the ``blocked`` words (the counts): at each
    word the longest match of :data:`MATCHERS`, a duration extended by later/ago."""
    out: list[TimeSpan] = []
    i = 0
    while i < ctx.n:
        best: Match | None = None
        skip = _idiom(ctx, i)
        if skip:
            i += skip
            continue
        if i not in blocked:
            for matcher in MATCHERS:
                m = matcher(ctx, i)
                if m is not None and (best is None or m[0] > best[0]):
                    best = m
        if best is not None and best[1] == "DURATION" and best[2][-1:] in ("M", "Y") and best[0] < ctx.n \
                and ctx.lows[best[0]] == "old":
            best = None                               # four months old, ten years old: an age, no TIME (G79)
        if best is None or any(k in blocked for k in range(i, best[0])) or ctx.para_of[best[0] - 1] != ctx.para_of[i]:
            i += 1
            continue
        best = _later(ctx, i, best)
        out.append(TimeSpan(i, best[0], best[1], best[2], best[3], best[4], best[5]))
        i = best[0]
    return out
