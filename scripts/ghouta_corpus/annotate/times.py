"""TIME spans (G88-G98, G120-G125): temporal expressions and their text-only TIMEX3 value.

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
from .lexicons import load
from .numbers import number_at


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


Match = tuple[int, str, str, "str | None", "str | None", "tuple[int, str] | None"]
# (end, timex_type, value_text, mod, anchor_kind, shift)


def _t() -> dict[str, Any]:
    return load("times")


def _weekday(ctx: Ctx, k: int) -> int | None:
    return _t()["weekdays"].get(ctx.lows[k]) if k < ctx.n else None


def _month(ctx: Ctx, k: int) -> int | None:
    return _t()["months"].get(ctx.lows[k].rstrip(".")) if k < ctx.n else None


def _after_dot(ctx: Ctx, k: int) -> int:
    """Past an abbreviation's full stop (Aug. 25)."""
    return k + 1 if k < ctx.n and ctx.ws[k].text == "." and ctx.ws[k].start == ctx.ws[k - 1].end else k


def _year(ctx: Ctx, k: int) -> int | None:
    t = ctx.ws[k].text if k < ctx.n else ""
    return int(t) if re.fullmatch(r"1[89]\d\d|20\d\d", t) else None


def _day(ctx: Ctx, k: int) -> int | None:
    t = ctx.ws[k].text if k < ctx.n else ""
    return int(t) if re.fullmatch(r"[0-3]?\d", t) and 1 <= int(t) <= 31 else None


# --------------------------------------------------------------------------- matchers

def _weekday_phrase(ctx: Ctx, i: int) -> Match | None:
    """Thursday; Sunday morning; early on Thursday; dawn on Saturday; the early hours of
    Saturday; late on Wednesday; mid-afternoon on Sunday; last Thursday, whose 'last'
    is part of the expression and names that day of the week before the DCT's (G88,
    G95, G120, G415; marked by the shift (-1, "D"))."""
    lows, T = ctx.lows, _t()
    k, part, mod, shift = i, None, None, None
    if lows[k] == "last" and _weekday(ctx, k + 1) is not None:
        k, shift = k + 1, (-1, "D")
    if lows[k] == "the" and lows[k + 1:k + 4] == ["early", "hours", "of"]:
        k, part, mod = k + 4, "MO", "START"
    elif lows[k] in T["day_mods"] and k + 1 < ctx.n and (lows[k + 1] == "on" or _weekday(ctx, k + 1) is not None):
        mod, k = T["day_mods"][lows[k]], k + 1 + (lows[k + 1] == "on")   # early on Tuesday, early Tuesday
    elif lows[k] in T["day_mods"] and k + 2 < ctx.n and lows[k + 1] in T["parts"] and lows[k + 2] == "on":
        mod, part, k = T["day_mods"][lows[k]], T["parts"][lows[k + 1]], k + 3   # late morning on Saturday
    elif lows[k] in T["parts"] and k + 1 < ctx.n and lows[k + 1] == "on":
        part, mod, k = T["parts"][lows[k]], T["part_mods"].get(lows[k]), k + 2
    d = _weekday(ctx, k)
    if d is None:
        return None
    k += 1
    if part is None and k < ctx.n and lows[k] in T["parts"] and lows[k] not in ("dawn",):
        part, k = T["parts"][lows[k]], k + 1
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
    if k + 1 >= ctx.n or ctx.lows[k] != "on":
        return None
    inner = _weekday_phrase(ctx, k + 1) or _calendar_date(ctx, k + 1)
    return inner if inner is not None and re.fullmatch(r"XXXX-WXX-\d|(\d{4}|XXXX)-\d\d-\d\d", inner[2]) else None


def _calendar_date(ctx: Ctx, i: int) -> Match | None:
    """February 18; Aug. 25; 3 March 2022; March 2015; early March; late 2016; mid-2013;
    October last year; June (G88, G93)."""
    lows, T = ctx.lows, _t()
    mod, k = None, i
    if lows[k] == "mid" and k + 2 < ctx.n and ctx.ws[k + 1].text == "-" and _year(ctx, k + 2):
        return k + 3, "DATE", ctx.ws[k + 2].text, "MID", None, None      # mid-2013
    mm = T["months"].get(lows[k][4:]) if lows[k].startswith("mid-") and ctx.ws[k].text[4:5].isupper() else None
    if mm is not None:
        return k + 1, "DATE", f"XXXX-{mm:02d}", "MID", "DCT", None     # mid-March (one word)
    if lows[k] == "mid" and k + 2 < ctx.n and ctx.ws[k + 1].text == "-" and _month(ctx, k + 2) is not None:
        mod, k = "MID", k + 2                                           # mid - March
    elif k + 3 < ctx.n and lows[k] == "the" and lows[k + 1] in T["month_parts"] and lows[k + 2] == "of" \
            and _month(ctx, k + 3) is not None:
        mod, k = T["month_parts"][lows[k + 1]], k + 3                   # the end of April, the start of May
    elif k + 4 < ctx.n and lows[k] == "the" and lows[k + 1] in T["month_parts"] and lows[k + 2:k + 5] == [
            "of", "the", "month"]:
        return k + 5, "DATE", "XXXX-XX", T["month_parts"][lows[k + 1]], "DCT", (0, "M")   # the start of the month
    elif lows[k] in T["date_mods"]:
        mod, k = T["date_mods"][lows[k]], k + 1
    if k >= ctx.n:
        return None
    m, d = _month(ctx, k), _day(ctx, k)
    if d is not None and _month(ctx, k + 1) is not None:             # 3 March (2022)
        m, k = _month(ctx, k + 1), _after_dot(ctx, k + 2)
        y = _year(ctx, k)
        return (k + 1 if y else k), "DATE", f"{y or 'XXXX'}-{m:02d}-{d:02d}", mod, None if y else "DCT", None
    if m is not None and ctx.ws[k].text[0].isupper():
        k = _after_dot(ctx, k + 1) if _day(ctx, _after_dot(ctx, k + 1)) is not None else k + 1
        d = _day(ctx, k)
        if d is not None:                                               # February 18 (, 2018)
            k += 1
            y = _year(ctx, k + 1) if k < ctx.n and ctx.ws[k].text == "," else _year(ctx, k)
            end = k + (2 if y and ctx.ws[k].text == "," else 1 if y else 0)
            return end, "DATE", f"{y or 'XXXX'}-{m:02d}-{d:02d}", mod, None if y else "DCT", None
        y = _year(ctx, k)
        if y:
            return k + 1, "DATE", f"{y}-{m:02d}", mod, None, None       # March 2015
        if lows[k:k + 2] == ["last", "year"]:
            return k + 2, "DATE", f"XXXX-{m:02d}", mod, "DCT", (-1, "Y")  # October last year
        if mod or (i > 0 and lows[i - 1] in T["date_preps"]):          # (after a preposition 'May' is no verb)
            return k, "DATE", f"XXXX-{m:02d}", mod, "DCT", None          # in June, early March
    y = _year(ctx, k)
    if y and (mod or (i > 0 and lows[i - 1] in T["date_preps"])):
        return k + 1, "DATE", str(y), mod, None, None                   # in 2015, late 2016
    return None


def _deictic(ctx: Ctx, i: int) -> Match | None:
    """today, now, tonight, overnight, last week, earlier this month, the weekend, coming
    days, a day earlier, the same day, last summer (G88, G93, G120)."""
    lows = ctx.lows
    for phrase, (ttype, value, anchor, shift) in _phrases().get(lows[i], ()):
        if tuple(lows[i:i + len(phrase)]) == phrase:
            if phrase == ("now",) and i > 0 and lows[i - 1] in ("right", "just", "from"):
                return None
            return i + len(phrase), ttype, value, None, anchor, (int(shift[0]), str(shift[1])) if shift else None
    return None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], tuple[str, str, str | None, list[Any] | None]]]]:
    """The deictic phrases by first word, longest first (read once)."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, str, str | None, list[Any] | None]]]] = {}
    for k, v in sorted(_t()["deictic"].items(), key=lambda x: -len(x[0].split())):
        out.setdefault(k.split()[0], []).append((tuple(k.split()), (v[0], v[1], v[2], v[3])))
    return out


def _clock(ctx: Ctx, i: int) -> Match | None:
    """10 a.m., 7 p.m. local time, 10:30, noon, midnight, six in the morning; about 7
    p.m. (G88, G93, G95)."""
    lows, ws, text = ctx.lows, ctx.ws, ctx.text
    if lows[i] in _t()["clock_mods"] and i + 1 < ctx.n:
        inner = _clock(ctx, i + 1)
        return (inner[0], inner[1], inner[2], _t()["clock_mods"][lows[i]], inner[4], inner[5]) if inner else None
    words = _clock_words(ctx, i)
    if words is not None:
        return words
    if lows[i] in ("noon", "midday", "midnight"):
        hh = "12:00" if lows[i] != "midnight" else "24:00"
        return i + 1, "TIME", f"XXXX-XX-XXT{hh}", None, "day", None
    h = _day(ctx, i)
    if h is None or h > 12:
        return None
    m = re.match(r"\s?([ap])\.?m\.?", text[ws[i].end:ws[i].end + 6], re.IGNORECASE)
    if not m:
        return None
    end_char = ws[i].end + m.end()
    k = i + 1
    while k < ctx.n and ws[k].end <= end_char:
        k += 1
    if lows[k:k + 2] == ["local", "time"]:
        k += 2
    hour = (h % 12) + (12 if m.group(1).lower() == "p" else 0)
    day = _on_day(ctx, k)
    if day is not None:                               # 4 a.m. on Saturday: XXXX-WXX-6T04:00
        return day[0], "TIME", f"{day[2]}T{hour:02d}:00", day[3], day[4], day[5]
    return k, "TIME", f"XXXX-XX-XXT{hour:02d}:00", None, "day", None


def _clock_words(ctx: Ctx, i: int) -> Match | None:
    """An hour in words with the part of the day: six in the morning, ten at night."""
    T, lows = _t(), ctx.lows
    h = ctx.T.units.get(lows[i])
    if h is None or not 1 <= h <= 12:
        return None
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
    lows, T, n = ctx.lows, _t(), ctx.n
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


def _unit(ctx: Ctx, k: int) -> tuple[str, str, bool] | None:
    """(number part of a TIMEX3 duration, unit letter, whether a time unit) of a unit word."""
    u = _t()["units"].get(ctx.lows[k]) if k < ctx.n else None
    return (str(u[0]), str(u[1]), bool(u[2])) if u else None


def _may_start_duration(ctx: Ctx, w: str) -> bool:
    """A quick test: most words start no duration."""
    T = _t()
    return (w[0].isdigit() or w in T["units"] or w in T["duration_mods"] or w in ctx.T.units or w in ctx.T.tens
            or w in ("the", "a", "an", "another", "several", "few", "some", "many", "between") or "-" in w)


def _duration_lead(ctx: Ctx, i: int) -> tuple[int, str | None, str | None] | None:
    """Past the words that open a duration: (where its amount starts, mod, anchor);
    None where 'over' is a preposition (negotiated over several months)."""
    lows, T = ctx.lows, _t()
    if lows[i:i + 2] in (["the", "past"], ["the", "last"], ["the", "next"], ["the", "coming"]):
        return i + 2, None, "DCT"
    if lows[i:i + 2] in (["the", "final"], ["the", "first"]) and i + 2 < ctx.n and (
            _unit(ctx, i + 2) is not None or _amount(ctx, i + 2)[0] is not None):
        return i + 2, None, None                      # the final fortnight, the first (three) days of an event
    if lows[i] == "between":
        return i + 1, None, None                      # between four and six hours: a range (PTXH)
    if lows[i] in T["duration_mods"]:
        if lows[i] == "over" and not (i > 0 and lows[i - 1] in T["dur_preps"]):
            return None
        k = i + 1
        return (k + 1 if k < ctx.n and lows[k] == "than" else k), T["duration_mods"][lows[i]], None
    return (i + 1 if lows[i] == "another" else i), None, None


def _adjective_duration(ctx: Ctx, k: int) -> Match | None:
    """seven-year, 48-hour: a duration as an adjective (the digits, the hyphen and the
    unit may be three words)."""
    ws = ctx.ws
    if k + 2 < ctx.n and ws[k].text.isdigit() and ws[k + 1].text == "-" and ws[k].end == ws[k + 1].start \
            and ws[k + 1].end == ws[k + 2].start:
        u = _t()["units"].get(ctx.lows[k + 2] + "s")
        if u and ctx.lows[k + 2] + "s" != ctx.lows[k + 2]:
            return k + 3, "DURATION", f"P{'T' if u[2] else ''}{ws[k].text}{u[1]}", None, None, None
    adj = re.fullmatch(r"([a-z]+|\d+)-(year|month|week|day|hour|minute)", ctx.lows[k])
    if not adj:
        return None
    n = number_at(ctx.ws, ctx.lows, k, ctx.T) if not adj.group(1).isdigit() else None
    count = adj.group(1) if adj.group(1).isdigit() else _word_number(ctx, adj.group(1))
    au = _t()["units"].get(adj.group(2) + "s")
    if count and au and n is None:
        return k + 1, "DURATION", f"P{'T' if au[2] else ''}{count}{au[1]}", None, None, None
    return None


def _duration(ctx: Ctx, i: int) -> Match | None:
    """two weeks, 18 months, several days, a year, more than a year, the past week, the
    next three months, another night, seven-year, 2:34, for years (G88, G93, G95, G96)."""
    lows, ws, T = ctx.lows, ctx.ws, _t()
    if not _may_start_duration(ctx, lows[i]):
        return None
    rt = re.fullmatch(r"(\d{1,2}):(\d\d)", ctx.text[ws[i].start:ws[min(i + 2, ctx.n - 1)].end])
    if rt and i > 0 and ws[i - 1].text == "(":
        return i + 3, "DURATION", f"PT{int(rt.group(1))}M{int(rt.group(2))}S", None, None, None
    lead = _duration_lead(ctx, i)
    if lead is None or lead[0] >= ctx.n:
        return None
    k, mod, anchor = lead
    if k == i and (adj := _adjective_duration(ctx, k)) is not None:
        return adj
    num, k2 = _amount(ctx, k)
    if num is not None and k2 + 1 < ctx.n and (lows[k2] in ("or", "to") or lows[i] == "between" and lows[k2] == "and"):
        num2, k3 = _amount(ctx, k2 + 1)
        if num2 is not None and _unit(ctx, k3) is not None:
            num, k2 = "X", k3                         # four or five days, two to three weeks: PXD
    u = _unit(ctx, k2)
    if u is None or (lows[i] == "between" and num != "X"):
        return None
    if num is None and (k2 == i or lows[k2] in T["bare_need_prep"]) and not (i > 0 and lows[i - 1] in T["dur_preps"]):
        return None                                   # 'years' alone only after for/within/after
    if num is None and lows[k2] == "second" and k2 + 1 < ctx.n and ws[k2 + 1].text.isalpha() \
            and lows[k2 + 1] not in ("later", "ago", "earlier", "longer"):
        return None                                   # a second convoy, a second or third time: an ordinal
    amount = num or (u[0] if k2 > i and lows[k2 - 1] in ("a", "an", "another", "past", "last", "next", "final")
                     else "X")
    end = k2 + 1
    if lows[end:end + 2] in (["or", "so"], ["or", "more"]):
        mod, end = ("APPROX" if lows[end + 1] == "so" else "MORE_THAN"), end + 2
    elif amount == "1" and end + 1 < ctx.n and lows[end] == "or" and _amount(ctx, end + 1)[1] == end + 2 \
            and _unit(ctx, end + 2) is None:
        amount, mod, end = "X", "APPROX", end + 2     # a night or two, a day or two (G156)
    if amount == "1" and lows[k2] == "day" and k2 > i and lows[k2 - 1] == "one" and \
            any(w in T["future_words"] for w in lows[end:end + 4]):
        return end, "DATE", "FUTURE_REF", None, "DCT", None     # one day we will return
    return end, "DURATION", f"P{'T' if u[2] else ''}{amount}{u[1]}", mod, anchor, None


def _word_number(ctx: Ctx, w: str) -> str | None:
    v = ctx.T.units.get(w) or ctx.T.tens.get(w)
    return str(v) if v else None


def _amount(ctx: Ctx, k: int) -> tuple[str | None, int]:
    """The number of a duration at word k ('two', '18', 'several', 'a few') and where its unit starts."""
    lows = ctx.lows
    if k >= ctx.n:
        return None, k
    if lows[k] in ("several", "few", "some", "many"):
        return "X", k + 1
    if lows[k:k + 2] == ["a", "few"]:
        return "X", k + 2
    if lows[k] in ("a", "an"):
        return None, k + 1
    nat = number_at(ctx.ws, lows, k, ctx.T)
    if nat is not None and nat.value is not None and isinstance(nat.value, int):
        return str(nat.value), nat.end
    return None, k


def _set(ctx: Ctx, i: int) -> Match | None:
    """every day, each day, every morning, every hour or so, week by week (G92)."""
    lows, T = ctx.lows, _t()
    if lows[i] in ("every", "each") and i + 1 < ctx.n:
        w = lows[i + 1]
        if w in T["parts"]:
            return i + 2, "SET", f"XXXX-XX-XXT{T['parts'][w]}", None, None, None
        u = T["units"].get(w + "s")
        if u:
            end, mod = i + 2, None
            if lows[end:end + 2] == ["or", "so"]:
                end, mod = end + 2, "APPROX"
            return end, "SET", f"P{'T' if u[2] else ''}1{u[1]}", mod, None, None
        num, k = _amount(ctx, i + 1)
        if num is not None and lows[i] == "every":
            unit = _unit(ctx, k)                      # every ten minutes; then every five (the unit of the
            before = next((x for x in range(k - 2, max(-1, i - 12), -1) if _unit(ctx, x) is not None
                           and lows[x - 2 if x >= 2 else 0] == "every"), None)   # set just before, G92)
            if unit is None and before is not None and (k >= ctx.n or not ctx.ws[k].text.isalpha()):
                unit, k = _unit(ctx, before), k - 1
            if unit is not None:
                return k + 1, "SET", f"P{'T' if unit[2] else ''}{num}{unit[1]}", None, None, None
    if i + 2 < ctx.n and lows[i + 1] == "by" and lows[i] == lows[i + 2] and lows[i] + "s" in T["units"]:
        u = T["units"][lows[i] + "s"]
        return i + 3, "SET", f"P{'T' if u[2] else ''}1{u[1]}", None, None, None
    return None


def _later(ctx: Ctx, i: int, m: Match) -> Match:
    """A duration followed by 'later', 'earlier', 'on' or 'ago' is a date moved from the
    TIME before it, or from the DCT for 'ago' (Two days later, four days on, G90)."""
    lows = ctx.lows
    end, ttype, value, mod, anchor, shift = m
    word = lows[end] if end < ctx.n else ""
    num = re.fullmatch(r"PT?(\d+|X)([A-Z]+)", value)
    if ttype != "DURATION" or word not in ("later", "earlier", "on", "ago") or num is None:
        return m
    n = num.group(1)
    units = int(n) if n.isdecimal() else 0
    sign = -1 if word in ("earlier", "ago") else 1
    if word == "ago":
        return end + 1, "DATE", "PAST_REF", mod, "DCT", (sign * units, num.group(2))
    return end + 1, "DATE", "prev", mod, "prev", (sign * units, num.group(2))


def _bare_part(ctx: Ctx, i: int) -> Match | None:
    """A part of a day alone after a preposition of time: 'left at dawn', 'at night',
    'by evening' (G88): the part of an unnamed day, no anchor (a part of a named day
    is :func:`_part_of`'s or :func:`_weekday_phrase`'s)."""
    lows, T = ctx.lows, _t()
    if i == 0 or lows[i] not in T["parts"] or lows[i - 1] not in ("at", "by", "before", "after", "until", "since"):
        return None
    if i + 1 < ctx.n and lows[i + 1] in ("of", "on", "each", "every"):
        return None                                   # (dawn on Sunday, the night of May 3; dawn each day: a set)
    return i + 1, "TIME", f"XXXX-XX-XXT{T['parts'][lows[i]]}", T["part_mods"].get(lows[i]), None, None


MATCHERS: tuple[Callable[[Ctx, int], Match | None], ...] = (
    _weekday_phrase, _calendar_date, _deictic, _clock, _duration, _set, _part_of, _bare_part,
)


def _idiom(ctx: Ctx, i: int) -> int:
    """The length of an idiom that is no temporal expression at word i (at the last
    minute), or 0."""
    for phrase in _t()["not_time"]:
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
