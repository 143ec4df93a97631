"""TIMEX3 values (GUIDELINES G93-G98): the grammar, the calendar days a value covers, weekdays.

The one home of the value syntax that ``validate`` checks, the authoring compiler
derives a document's ``event_date_range`` with, and the annotator resolves values
with. ``X`` stands for a digit (or a whole number) the text leaves open:

- deictic references: ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``;
- dates: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, seasons ``YYYY-SP|SU|FA|WI``, ISO weeks
  ``YYYY-Www``, week days ``YYYY-Www-D`` (Monday = 1 ... Sunday = 7) and the weekend
  ``YYYY-Www-WE``; a day (``YYYY-MM-DD`` or ``YYYY-Www-D``) may carry a time of day,
  ``THH``, ``THH:MM``, ``THH:MM:SS`` (``24:00`` is the end of the day) or a part of day
  ``TMO|AF|EV|NI``;
- durations: ``P`` and one or more of ``nCE nDE nY nM nW nD`` (centuries, decades,
  years, months, weeks, days), then optionally ``T`` and one or more of ``nH nM nS``,
  each ``n`` a number or ``X`` (``P7Y``, ``PXY``, ``PT2M34S``, ``P3DE``).

Only the standard library is needed (``datetime`` does the calendar arithmetic).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..errors import DataError
from .records import Span

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
SEASONS = ("SP", "SU", "FA", "WI")
PARTS_OF_DAY = ("MO", "AF", "EV", "NI")
DATE_UNITS = ("CE", "DE", "Y", "M", "W", "D")
TIME_UNITS = ("H", "M", "S")

_DATE = re.compile(
    r"(?P<year>[0-9X]{4})"
    r"(?:-(?:(?P<season>SP|SU|FA|WI)|(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?"
    r"|W(?P<week>[0-9X]{2})(?:-(?P<weekday>[1-7X]|WE))?))?"
    r"(?:T(?:(?P<part>MO|AF|EV|NI)|(?P<hour>[0-9X]{2})(?::(?P<minute>[0-9X]{2})(?::(?P<second>[0-9X]{2}))?)?))?")
_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DURATION = re.compile(
    rf"P(?:(?P<CE>{_NUM})CE)?(?:(?P<DE>{_NUM})DE)?(?:(?P<Y>{_NUM})Y)?(?:(?P<M>{_NUM})M)?(?:(?P<W>{_NUM})W)?"
    rf"(?:(?P<D>{_NUM})D)?(?:T(?:(?P<H>{_NUM})H)?(?:(?P<TM>{_NUM})M)?(?:(?P<S>{_NUM})S)?)?")
_DURATION_GROUPS = ("CE", "DE", "Y", "M", "W", "D", "H", "TM", "S")


class TimexError(DataError, ValueError):
    """A string that is not a TIMEX3 value of the project's grammar; the message says why."""


@dataclass(frozen=True)
class Timex:
    """A parsed TIMEX3 value. ``kind`` is ``ref``, ``date`` (year, month or day),
    ``week``, ``season`` or ``duration``; the other fields hold the parts as written
    (strings, ``X`` kept), ``None`` where the value has no such part. A duration's
    parts are ``duration``: (unit, number) pairs in order, time units as ``TH``,
    ``TM``, ``TS``."""
    text: str
    kind: str
    ref: str | None = None
    year: str | None = None
    month: str | None = None
    day: str | None = None
    week: str | None = None
    weekday: str | None = None
    season: str | None = None
    part: str | None = None
    hour: str | None = None
    minute: str | None = None
    second: str | None = None
    duration: tuple[tuple[str, str], ...] = ()

    @property
    def open(self) -> bool:
        """Whether the value leaves anything open (an ``X``) or is deictic (a ``_REF``)."""
        return self.kind == "ref" or "X" in self.text

    @property
    def calendar(self) -> bool:
        """Whether the value names a point or stretch of the calendar (not a duration or reference)."""
        return self.kind in ("date", "week", "season")


def _check_range(name: str, digits: str | None, lo: int, hi: int, value: str) -> None:
    if digits is not None and "X" not in digits and not lo <= int(digits) <= hi:
        raise TimexError(f"{value!r}: {name} {digits} is not in {lo:02d}..{hi:02d}")


def _check_date(m: re.Match[str], value: str) -> None:
    g = m.groupdict()
    _check_range("month", g["month"], 1, 12, value)
    _check_range("day", g["day"], 1, 31, value)
    _check_range("week", g["week"], 1, 53, value)
    _check_range("hour", g["hour"], 0, 24, value)
    _check_range("minute", g["minute"], 0, 59, value)
    _check_range("second", g["second"], 0, 59, value)
    if g["hour"] == "24" and any(x not in (None, "00") for x in (g["minute"], g["second"])):
        raise TimexError(f"{value!r}: hour 24 is only 24:00, the end of the day")
    year, month, day = g["year"], g["month"], g["day"]
    if day and "X" not in year + month + day and int(day) > monthrange(int(year), int(month))[1]:
        raise TimexError(f"{value!r}: {year}-{month} has no day {day}")
    week = g["week"]
    if week and "X" not in year + week:
        try:
            date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            raise TimexError(f"{value!r}: {year} has no ISO week {week}") from None
    has_time = g["part"] or g["hour"]
    is_day = day is not None or g["weekday"] not in (None, "WE")
    if has_time and not is_day:
        raise TimexError(f"{value!r}: a time of day needs a day (YYYY-MM-DD or YYYY-Www-D) before it")


def parse(value: str) -> Timex:
    """The parts of a TIMEX3 value; raises :class:`TimexError` saying what is wrong.

    >>> parse("XXXX-WXX-4").weekday
    '4'
    >>> parse("PT2M34S").duration
    (('TM', '2'), ('TS', '34'))
    """
    if not isinstance(value, str):
        raise TimexError(f"{value!r} is not a string")
    if value in REFS:
        return Timex(value, "ref", ref=value)
    if value.startswith("P"):
        m = _DURATION.fullmatch(value)
        if not m:
            raise TimexError(f"{value!r} is not a TIMEX3 duration (P, then nCE nDE nY nM nW nD, then T nH nM nS)")
        parts = tuple((("T" + k[-1]) if k in ("H", "TM", "S") else k, v)
                      for k, v in ((k, m.group(k)) for k in _DURATION_GROUPS) if v is not None)
        if not parts:
            raise TimexError(f"{value!r}: a duration needs at least one number and unit")
        if value.endswith("T"):
            raise TimexError(f"{value!r}: T must be followed by a number of hours, minutes or seconds")
        return Timex(value, "duration", duration=parts)
    m = _DATE.fullmatch(value)
    if not m:
        raise TimexError(f"{value!r} is not a TIMEX3 value (a date YYYY[-MM[-DD]], a week YYYY-Www[-D|-WE], "
                         "a season YYYY-SP|SU|FA|WI, with an optional THH[:MM[:SS]] or TMO|AF|EV|NI after a day; "
                         "a duration P...; or PAST_REF, PRESENT_REF, FUTURE_REF)")
    _check_date(m, value)
    g = m.groupdict()
    kind = "season" if g["season"] else "week" if g["week"] else "date"
    return Timex(value, kind, year=g["year"], month=g["month"], day=g["day"], week=g["week"], weekday=g["weekday"],
                 season=g["season"], part=g["part"], hour=g["hour"], minute=g["minute"], second=g["second"])


def is_valid(value: object) -> bool:
    """Whether ``value`` is a TIMEX3 value of the grammar above."""
    try:
        parse(value)  # type: ignore[arg-type]
    except TimexError:
        return False
    return True


def fully_specified(value: str) -> bool:
    """Whether a (valid) value leaves nothing open: no ``X`` and not a ``_REF``.
    Where ``value_text`` is fully specified, ``value`` must equal it (G94)."""
    return not parse(value).open


# --------------------------------------------------------------------------- calendar

def weekday(day: date) -> int:
    """ISO weekday, Monday = 1 ... Sunday = 7 (the TIMEX3 week-day digit)."""
    return day.isoweekday()


def latest_weekday(on_or_before: date, wd: int) -> date:
    """The latest day with ISO weekday ``wd`` on or before ``on_or_before``: a weekday in
    a past-tense report (G94; the DCT's own weekday is the DCT)."""
    return on_or_before - timedelta(days=(weekday(on_or_before) - wd) % 7)


def next_weekday(after: date, wd: int) -> date:
    """The earliest day with ISO weekday ``wd`` after ``after``: a weekday in a
    future-tense statement (G94)."""
    return after + timedelta(days=(wd - weekday(after)) % 7 or 7)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, monthrange(year, month)[1])


def day_interval(value: str) -> tuple[date, date] | None:
    """The first and last calendar day a resolved value covers (``2018-02`` ->
    Feb 1 .. Feb 28; ``2017-W15-WE`` -> that Saturday .. Sunday; a day with a time ->
    that day; ``2016-WI`` -> Dec 1 2016 .. Feb 28 2017), or None where the value is no
    calendar value or leaves a part of it open (durations, ``_REF``\\ s, ``X``)."""
    t = parse(value)
    if not t.calendar or "X" in value.split("T", 1)[0]:
        return None
    year = int(t.year or 0)
    if t.kind == "season":
        first, last = _SEASON_MONTHS[t.season or ""]
        return date(year, first, 1), _month_end(year, last)
    if t.kind == "week":
        week = int(t.week or 0)
        if t.weekday == "WE":
            return date.fromisocalendar(year, week, 6), date.fromisocalendar(year, week, 7)
        if t.weekday is not None:
            d = date.fromisocalendar(year, week, int(t.weekday))
            return d, d
        return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    if t.month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if t.day is None:
        return date(year, int(t.month), 1), _month_end(year, int(t.month))
    d = date(year, int(t.month), int(t.day))
    return d, d


# --------------------------------------------------------------------------- agreement

_TIME_FIELDS = ("part", "hour", "minute", "second")


def _chars_agree(fixed: str | None, given: str | None) -> bool:
    """Every character ``fixed`` states (not ``X``) is in ``given`` at the same place."""
    if fixed is None:
        return True
    if given is None or len(given) != len(fixed):
        return False
    return all(f == "X" or f == g for f, g in zip(fixed, given, strict=True))


def _iso_day(t: Timex) -> date | None:
    """The day a date-form or week-form value names, when it names one with no ``X``."""
    try:
        if t.kind == "week" and t.weekday not in (None, "WE") and "X" not in f"{t.year}{t.week}{t.weekday}":
            return date.fromisocalendar(int(t.year or 0), int(t.week or 0), int(t.weekday or 0))
        if t.kind == "date" and t.day is not None and "X" not in f"{t.year}{t.month}{t.day}":
            return date(int(t.year or 0), int(t.month or 0), int(t.day))
    except ValueError:
        return None
    return None


def _week_agrees(t: Timex, day: date) -> bool:
    """A week-form ``t`` (``XXXX-WXX-4``, ``2017-W15-WE``) against a calendar day."""
    y, w, d = day.isocalendar()
    if t.weekday == "WE":
        day_ok = d >= 6
    else:
        day_ok = _chars_agree(t.weekday, str(d))
    return day_ok and _chars_agree(t.year, f"{y:04d}") and _chars_agree(t.week, f"{w:02d}")


def _date_agrees(t: Timex, day: date) -> bool:
    """A date-form ``t`` (``XXXX-02-18``) against a calendar day."""
    return (_chars_agree(t.year, f"{day.year:04d}") and _chars_agree(t.month, f"{day.month:02d}")
            and _chars_agree(t.day, f"{day.day:02d}"))


def _durations_agree(t: Timex, v: Timex) -> bool:
    if v.kind != "duration":
        return False
    given = dict(v.duration)
    if [u for u, _ in t.duration] != [u for u, _ in v.duration]:
        return False
    return all(n == "X" or (given[u] != "X" and Decimal(n) == Decimal(given[u])) for u, n in t.duration)


def _dates_agree(t: Timex, v: Timex) -> bool:
    if not all(_chars_agree(getattr(t, f), getattr(v, f)) for f in _TIME_FIELDS):
        return False
    if t.kind == v.kind:
        return all(_chars_agree(getattr(t, f.name), getattr(v, f.name))
                   for f in fields(Timex) if f.name not in ("text", "kind", "duration", *_TIME_FIELDS))
    day = _iso_day(v)
    if day is None:
        return False
    if t.kind == "week":
        return _week_agrees(t, day)
    if t.kind == "date":
        return _date_agrees(t, day)
    return False


def agrees(value_text: str, value: str) -> bool:
    """Whether ``value`` (resolved) is consistent with ``value_text`` (text only):
    every part the text fixes is in the value (``XXXX-02-18`` / ``2018-02-18``); a
    week day agrees with a date on that weekday (``XXXX-WXX-4`` / ``2018-03-22``, a
    Thursday); a duration keeps its units and the numbers the text gives; a ``_REF``
    agrees with itself or with a calendar value. Invalid values agree with nothing."""
    try:
        t, v = parse(value_text), parse(value)
    except TimexError:
        return False
    if t.kind == "ref":
        return v.ref == t.ref if v.kind == "ref" else v.calendar
    if t.kind == "duration":
        return _durations_agree(t, v)
    if not v.calendar:
        return False
    return _dates_agree(t, v)


# --------------------------------------------------------------------------- event_date_range

DATED_TYPES = ("DATE", "TIME")
DEICTIC_UP_TO_DCT = ("PAST_REF", "PRESENT_REF")
"""Text-only values that place an expression no later than the DCT: the days after the
DCT of their resolved value (``earlier this month`` -> the DCT's month) are not covered."""


def event_date_range(spans: Iterable[Span], dct: str | None, dct_basis: str | None) -> dict[str, Any]:
    """A document's derived ``event_date_range`` (GUIDELINES G98): the earliest and
    latest calendar day covered by the resolved ``value`` of its DATE and TIME spans
    whose ``anchor`` is not null (the period the report is about; absolute background
    dates are left out), ISO dates, with the evidence and the DCT's basis. A past or
    present reference (``value_text`` ``PAST_REF``, ``PRESENT_REF``) covers no day after
    the DCT. ``start`` and ``end`` are null where no such span resolves to calendar days."""
    dated = []
    try:
        last_day = date.fromisoformat(dct) if dct else None
    except ValueError:  # validate's dct-date rule reports it
        last_day = None
    for s in spans:
        if s.label != "TIME" or s.timex_type not in DATED_TYPES or s.anchor is None or s.timex_value is None:
            continue
        try:
            days = day_interval(s.timex_value)
        except TimexError:
            continue
        if days is None:
            continue
        if last_day is not None and s.value_text in DEICTIC_UP_TO_DCT and days[1] > last_day:
            days = (days[0], max(days[0], last_day))  # 'earlier this month' ends by the DCT, not the month's end
        dated.append((days, s))
    basis = (f"DCT {dct}: {dct_basis}" if dct else "The manifest gives no DCT").rstrip(".") + "."
    if not dated:
        return {"start": None, "end": None,
                "evidence": "Derived from the TIME layer (GUIDELINES G98): no DATE or TIME span anchored to the DCT "
                            f"or to another TIME span resolves to calendar days. {basis}"}
    (start, _), first = min(dated, key=lambda x: (x[0][0], x[1].start))
    (_, end), last = max(dated, key=lambda x: (x[0][1], -x[1].start))
    return {"start": start.isoformat(), "end": end.isoformat(),
            "evidence": f"Derived from the TIME layer (GUIDELINES G98): the calendar days covered by the resolved "
                        f"values of its {len(dated)} DATE and TIME spans anchored to the DCT or to another TIME span, "
                        f"from {first.text!r} ({first.timex_value}) to {last.text!r} ({last.timex_value}). {basis}"}
