"""TIME values resolved against the document creation time (G93-G98, G120, G121, G125).

Why apart from finding the spans: ``value_text`` is what the text alone says and never
depends on the DCT (G97); ``value`` does, and is the only thing that does. This module
gives each span its anchor (the DCT, the TIME span it is counted from, the day its
sentence names) and, with a DCT, its calendar value; without one ``value`` equals
``value_text`` (what ``annotate`` writes when it is not given ``--dct``). Calendar
arithmetic is the standard library's and ``dateutil``'s ``relativedelta``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..model.timex import latest_weekday, next_weekday
from .context import Ctx
from .lexicons import load
from .times import TimeSpan

_WEEKDAY = re.compile(r"XXXX-WXX-(\d)(T[A-Z]{2}|T\d\d:\d\d)?$")
_MONTH_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)(T[A-Z]{2}|T\d\d:\d\d)?$")   # (the morning of April 9: a part of a day)
_MONTH = re.compile(r"XXXX-(\d\d)$")
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _future(ctx: Ctx, t: TimeSpan) -> bool:
    """Whether the clause before the span speaks of the future (will begin on Monday, G94)."""
    lo, _ = ctx.seg_range(t.i)
    k = t.i - 1
    while k >= max(lo, t.i - 10) and ctx.ws[k].text not in (",", ";", ":", "\u201d", "\u2019", '"'):
        if ctx.lows[k] in load("times")["future_words"]:
            return True
        k -= 1
    return False


def _season_ahead(ctx: Ctx, t: TimeSpan) -> bool:
    """Whether a season is looked forward to: a future clause (G94), a preposition of what
    is ahead ('until spring', 'before the summer', 'ready for winter') or a verb of its
    coming after it ('winter is coming')."""
    T = load("times")
    return _future(ctx, t) or (t.i > 0 and ctx.lows[t.i - 1] in T["season_ahead_preps"]) or any(
        ctx.lows[t.j:t.j + len(w.split())] == w.split() for w in T["season_ahead_verbs"])


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shifted(dct: date, n: int, unit: str, future: bool = False) -> str:
    """The calendar value n units from the DCT, at that unit's granularity."""
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat()
    if unit == "W":
        return _week(dct + timedelta(weeks=n))
    if unit == "WE":
        sat = latest_weekday(dct, 6) + timedelta(weeks=n)
        return f"{_week(sat)}-WE"
    if unit == "M":
        return str((dct + relativedelta(months=n)).strftime("%Y-%m"))
    if unit in ("Y", "DE"):                          # two decades ago: the year twenty years before
        return str(dct.year + n * (10 if unit == "DE" else 1))
    if unit in ("YM", "YW"):                         # five years ago this month / this week
        then = dct + relativedelta(years=n)
        return _week(then) if unit == "YW" else str(then.strftime("%Y-%m"))
    if unit in _SEASONS:
        return f"{_season_year(dct, unit, n, future)}-{unit}"
    return dct.isoformat()


def _season_year(dct: date, code: str, n: int, future: bool) -> int:
    """The year of a season named from the DCT (a TIMEX3 winter is December of its year to
    February): 'the summer' in a past report is the latest summer begun by the DCT, in
    a future one ('until spring', 'winter is coming') the running or next one; 'last
    winter' the latest one over, 'next summer' the first one not begun. Months count
    from year 0 so one floor division finds the year."""
    now, first = dct.year * 12 + dct.month - 1, _SEASONS[code] - 1
    if n < 0:
        return (now - first - 3) // 12 + n + 1       # last: ended before the DCT's month
    if n > 0:
        return (now - first) // 12 + n               # next: begun after the DCT's month
    if future:
        return -((first + 2 - now) // 12)            # running or next: ends in or after the DCT's month
    return (now - first) // 12                       # latest begun


def _calendar(ctx: Ctx, t: TimeSpan, dct: date) -> str:
    """The value of a span anchored to the DCT."""
    v, shift = t.value_text, t.shift
    m = _WEEKDAY.match(v)
    if m:
        wd = int(m.group(1))
        if shift == (-1, "D"):                       # last Thursday: that day of the week before (G415)
            day = dct - timedelta(days=dct.isoweekday() - 1 + 7 - (wd - 1))
        else:
            day = next_weekday(dct, wd) if _future(ctx, t) else latest_weekday(dct, wd)
        return day.isoformat() + (m.group(2) or "")
    m = _MONTH_DAY.match(v)
    if m:
        day = date(dct.year, int(m.group(1)), int(m.group(2)))
        keep = day <= dct + timedelta(days=31) or _future(ctx, t)
        return (day if keep else day.replace(year=dct.year - 1)).isoformat() + (m.group(3) or "")
    m = _MONTH.match(v)
    if m and shift == (-1, "D"):                      # last October: strictly before the DCT's month
        return f"{dct.year - (int(m.group(1)) >= dct.month)}-{m.group(1)}"
    if m:
        year = dct.year + (shift[0] if shift else 0)
        if not shift and int(m.group(1)) > dct.month and not _future(ctx, t):
            year -= 1
        return f"{year}-{m.group(1)}"
    if v.startswith("XXXX-XX-XXT") and shift is not None:
        return (dct + timedelta(days=shift[0])).isoformat() + v[10:]
    if shift is not None and (v.endswith("_REF") or v.startswith("XXXX")):
        return _shifted(dct, shift[0], shift[1], shift[1] in _SEASONS and _season_ahead(ctx, t))
    if v == "PRESENT_REF":
        return dct.isoformat()
    return v


def _from_prev(prev: TimeSpan, t: TimeSpan) -> tuple[str, str | None]:
    """(value_text, value) of a span given through the TIME span before it."""
    n = t.shift[0] if t.shift else 0
    part = t.value_text[4:] if t.value_text.startswith("prevT") else ""
    m = _WEEKDAY.match(prev.value_text)
    md = _MONTH_DAY.match(prev.value_text[:10]) or re.match(r"\d{4}-(\d\d)-(\d\d)", prev.value_text)
    if m:
        text = f"XXXX-WXX-{(int(m.group(1)) - 1 + n) % 7 + 1}"
    elif md:                                          # a leap year as the base: 29 February is a day
        moved = date(2000, int(md.group(1)), int(md.group(2))) + timedelta(days=n)
        text = f"XXXX-{moved.month:02d}-{moved.day:02d}"
    else:
        text = "XXXX-XX-XX"
    value = None
    if prev.value and re.match(r"\d{4}-\d\d-\d\d", prev.value):
        value = (date.fromisoformat(prev.value[:10]) + timedelta(days=n)).isoformat()
    return text + part, (value + part if value else None)


def _dated(t: TimeSpan) -> bool:
    """Whether a span names a day (an anchor for 'two days later' or '10 a.m.')."""
    return t.timex_type in ("DATE", "TIME") and bool(_WEEKDAY.match(t.value_text) or _MONTH_DAY.match(
        t.value_text.split("T")[0]) or re.match(r"\d{4}-\d\d-\d\d", t.value_text))   # (the evening of December 12)


def _day_anchor(ctx: Ctx, spans: list[TimeSpan], t: TimeSpan) -> TimeSpan | None:
    """The day-naming span of the same sentence as t, the nearest (10 a.m. on Sunday)."""
    seg = ctx.seg_of[t.i]
    near = [s for s in spans if s is not t and ctx.seg_of[s.i] == seg and _dated(s)]
    return min(near, key=lambda s: abs(s.i - t.i)) if near else None


def _earlier_day(ctx: Ctx, spans: list[TimeSpan], t: TimeSpan) -> TimeSpan | None:
    """The latest day-naming span before a clock time outside a quotation, the day of
    the occurrence the text is telling ('on Sunday ...' then 'At 10 a.m. the buses
    left', G121, G260); None in a quotation, whose hours are the speaker's own."""
    if ctx.quote_around(t.i) is not None:
        return None
    before = [s for s in spans if s.i < t.i and _dated(s) and s.anchor_kind != "day"]
    return before[-1] if before else None


def _season_then(before: list[TimeSpan], t: TimeSpan) -> None:
    """'that autumn', 'That summer': the season of the year of the latest span before it
    that names one ('October 2017' ... 'that autumn' -> 2017-FA); without one, text-only."""
    code = t.value_text[5:]
    prev = next((s for s in reversed(before) if s.value and re.match(r"\d{4}", s.value)), None)
    t.anchor = prev
    t.value_text = f"{prev.value[:4]}-{code}" if prev is not None and prev.value else f"XXXX-{code}"
    t.value = t.value_text


def _sentence_day(ctx: Ctx, spans: list[TimeSpan], t: TimeSpan) -> TimeSpan | None:
    """The day its own sentence names, for a span that repeats a day unmoved ('the
    fourth lorry of the day stopped ... on Tuesday', G121); resolved weekdays and dates
    only (a span after it is resolved from the DCT alone)."""
    if t.shift != (0, "D"):
        return None
    seg = ctx.seg_of[t.i]
    near = [s for s in spans if s is not t and ctx.seg_of[s.i] == seg and s.anchor_kind in ("DCT", None) and _dated(s)]
    return min(near, key=lambda s: abs(s.i - t.i)) if near else None


def resolve(ctx: Ctx, spans: list[TimeSpan], dct: date | None) -> list[TimeSpan]:
    """Anchors and values of the spans (in text order): first those of the DCT and the
    absolute ones, then those given through another span; a span given through a TIME
    before it where there is none is dropped."""
    out: list[TimeSpan] = []
    for t in spans:
        if t.anchor_kind in ("DCT", None):
            t.anchor = "DCT" if t.anchor_kind == "DCT" else None
            t.value = _calendar(ctx, t, dct) if dct is not None and t.anchor == "DCT" else t.value_text
    for t in spans:
        if t.anchor_kind == "near":                   # the previous three days, days later (G125): from the
            t.anchor = next((s for s in reversed(out) if s.timex_type in ("DATE", "TIME")   # latest span dated
                             and s.anchor_kind in ("DCT", None)), None)                   # in its own words
            t.value = t.value_text
        elif t.anchor_kind == "prev" and t.value_text.startswith("prev-"):
            _season_then(out, t)
        elif t.anchor_kind == "prev":
            prev = _sentence_day(ctx, spans, t) or next((s for s in reversed(out) if _dated(s)), None)
            if prev is None:
                continue
            t.anchor = prev
            t.value_text, value = _from_prev(prev, t)
            t.value = value or t.value_text
        out.append(t)
    for t in out:
        if t.anchor_kind == "day":
            day = _day_anchor(ctx, out, t) or _earlier_day(ctx, out, t)
            if day is None and ctx.quote_around(t.i) is not None:
                t.value, t.anchor = t.value_text, None  # a speaker's undated hour ('we left at 4 a.m.', G260)
                continue
            _clock_value(ctx, t, day, dct)
            t.anchor = day if day is not None else ("DCT" if ctx.role(t.i) == "body" else None)
        if dct is None and t.anchor == "DCT":
            t.anchor = None                           # no DCT to anchor to: the value is the text's (G96, G97)
    return out


def _clock_value(ctx: Ctx, t: TimeSpan, day: TimeSpan | None, dct: date | None) -> None:
    """A clock time takes the date of the day its sentence names, or, in the body of a
    report, the DCT's (7 a.m.); in other lines (office hours) it stays text-only."""
    clock = t.value_text[10:]
    if day is not None:
        t.value_text = day.value_text.split("T")[0] + clock
        t.value = (day.value[:10] + clock) if day.value and re.match(r"\d{4}-\d\d-\d\d", day.value) else t.value_text
    else:
        t.value = dct.isoformat() + clock if dct is not None and ctx.role(t.i) == "body" else t.value_text
