"""The TIMEX3 value grammar (model/timex.py): every value the grammar generates parses
back into its parts, anything else is a TimexError (never another exception), and the
calendar arithmetic agrees with the standard library's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghouta_corpus.model import timex
from ghouta_corpus.model.records import Span

digit = st.sampled_from("0123456789")


def masked(s: str, mask: list[bool]) -> str:
    """``s`` with the digits where ``mask`` is True replaced by X."""
    return "".join("X" if m and c.isdigit() else c for c, m in zip(s, mask + [False] * len(s), strict=False))


@st.composite
def dates(draw) -> tuple[str, dict[str, str | None]]:
    """A valid date-form value and the parts it is made of."""
    d = draw(st.dates(date(1000, 1, 1), date(2999, 12, 31)))
    shape = draw(st.sampled_from(["Y", "YM", "YMD", "season", "week", "weekday", "weekend"]))
    parts: dict[str, str | None] = {"year": f"{d.year:04d}"}
    iy, iw, iwd = d.isocalendar()
    if shape == "YM":
        parts["month"] = f"{d.month:02d}"
    elif shape == "YMD":
        parts.update(month=f"{d.month:02d}", day=f"{d.day:02d}")
    elif shape == "season":
        parts["season"] = draw(st.sampled_from(timex.SEASONS))
    elif shape in ("week", "weekday", "weekend"):
        parts.update(year=f"{iy:04d}", week=f"{iw:02d}")
        if shape != "week":
            parts["weekday"] = str(iwd) if shape == "weekday" else "WE"
    text = parts["year"] or ""
    if parts.get("season"):
        text += f"-{parts['season']}"
    if parts.get("month"):
        text += f"-{parts['month']}" + (f"-{parts['day']}" if parts.get("day") else "")
    if parts.get("week"):
        text += f"-W{parts['week']}" + (f"-{parts['weekday']}" if parts.get("weekday") else "")
    if parts.get("day") or parts.get("weekday") not in (None, "WE"):
        time = draw(st.sampled_from([None, "part", "H", "HM", "HMS"]))
        if time == "part":
            parts["part"] = draw(st.sampled_from(timex.PARTS_OF_DAY))
            text += f"T{parts['part']}"
        elif time:
            h, mi, se = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
            parts["hour"] = f"{h:02d}"
            text += f"T{h:02d}"
            if "M" in time:
                parts["minute"] = f"{mi:02d}"
                text += f":{mi:02d}"
            if "S" in time:
                parts["second"] = f"{se:02d}"
                text += f":{se:02d}"
    return text, parts


numbers = st.one_of(st.just("X"), st.integers(0, 999).map(str),
                    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"))


@st.composite
def durations(draw) -> tuple[str, tuple[tuple[str, str], ...]]:
    units = draw(st.lists(st.sampled_from([*timex.DATE_UNITS, "TH", "TM", "TS"]), min_size=1, unique=True))
    order = [*timex.DATE_UNITS, "TH", "TM", "TS"]
    units.sort(key=order.index)
    parts = tuple((u, draw(numbers)) for u in units)
    text = "P" + "".join(n + u for u, n in parts if not u.startswith("T"))
    time = "".join(n + u[1] for u, n in parts if u.startswith("T"))
    return text + ("T" + time if time else ""), parts


@settings(max_examples=400, deadline=None)
@given(v=dates())
def test_every_generated_date_parses_into_its_parts(v):
    text, parts = v
    t = timex.parse(text)
    assert t.text == text and t.calendar
    for k, want in parts.items():
        assert getattr(t, k) == want, (text, k)
    assert timex.agrees(text, text)
    assert timex.fully_specified(text)


@settings(max_examples=300, deadline=None)
@given(v=durations())
def test_every_generated_duration_parses_into_its_parts(v):
    text, parts = v
    t = timex.parse(text)
    assert t.kind == "duration" and t.duration == parts
    assert timex.agrees(text, text)
    assert timex.day_interval(text) is None


@settings(max_examples=400, deadline=None)
@given(v=dates(), mask=st.lists(st.booleans(), max_size=20))
def test_a_masked_value_is_valid_and_agrees_with_the_full_one(v, mask):
    text, _ = v
    open_text = masked(text, mask)
    assert timex.is_valid(open_text)
    assert timex.agrees(open_text, text)
    assert timex.fully_specified(open_text) == (open_text == text)


@settings(max_examples=500, deadline=None)
@given(s=st.text(max_size=25) | st.text(alphabet="0123456789X-WTPMYDHSEUAFINOR_:.", max_size=20))
def test_anything_else_is_a_timex_error_never_a_crash(s):
    try:
        t = timex.parse(s)
    except timex.TimexError:
        assert not timex.is_valid(s)
        return
    assert t.text == s and timex.is_valid(s)
    timex.day_interval(s)   # never raises for a valid value
    assert timex.agrees(s, s)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(date(1900, 1, 1), date(2100, 12, 31)), wd=st.integers(1, 7))
def test_weekday_arithmetic_matches_datetime(day, wd):
    before = timex.latest_weekday(day, wd)
    after = timex.next_weekday(day, wd)
    assert before.isoweekday() == wd == after.isoweekday()
    assert 0 <= (day - before).days < 7 and 0 < (after - day).days <= 7
    assert timex.agrees(f"XXXX-WXX-{wd}", day.isoformat()) == (day.isoweekday() == wd)
    assert timex.agrees("XXXX-WXX-WE", day.isoformat()) == (day.isoweekday() >= 6)
    assert timex.day_interval(day.isoformat() + "TNI") == (day, day)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_day_intervals_cover_their_month_week_and_year(day):
    first, last = timex.day_interval(f"{day.year:04d}-{day.month:02d}")
    assert first.day == 1 and first <= day <= last and (last + timedelta(days=1)).day == 1
    y, w, _ = day.isocalendar()
    first, last = timex.day_interval(f"{y:04d}-W{w:02d}")
    assert (last - first).days == 6 and first.isoweekday() == 1 and first <= day <= last
    assert timex.day_interval(f"{day.year:04d}") == (date(day.year, 1, 1), date(day.year, 12, 31))


@pytest.mark.parametrize("value_text,value,ok", [
    ("XXXX-WXX-4", "2018-03-22", True),          # Thursday, G94's example
    ("XXXX-WXX-4", "2018-03-23", False),
    ("XXXX-02-18", "2018-02-18", True),
    ("XXXX-02-18", "2018-02-19", False),
    ("PAST_REF", "2018-02", True),               # last month
    ("PAST_REF", "FUTURE_REF", False),
    ("PAST_REF", "P1W", False),
    ("XXXX-WXX-6TMO", "2018-03-24TMO", True),    # the early hours of Saturday
    ("XXXX-WXX-6TMO", "2018-03-24TEV", False),
    ("P2D", "P2D", True), ("PXY", "P7Y", True), ("P2D", "P3D", False), ("P2D", "PT48H", False),
    ("XXXX-WXX-WE", "2017-W15-WE", True), ("XXXX-WI", "2016-WI", True),
    ("2016", "2016", True), ("XXXX-XX-XXTNI", "2016-12-19TNI", True),
    ("XXXX-WXX-4", "XXXX-XX-XX", False), ("XXXX-WXX-4", "P1D", False), ("bogus", "2018", False),
])
def test_agreement_cases(value_text, value, ok):
    assert timex.agrees(value_text, value) is ok


@pytest.mark.parametrize("bad", ["P", "PT", "P1DT", "2018-13", "2018-02-30", "2019-W53", "2016TMO", "XXXX-WXX-WETNI",
                                 "2018-03-22T25:00", "2018-03-22T24:30", "20188", "2018-SP-01", "present_ref", ""])
def test_invalid_values(bad):
    with pytest.raises(timex.TimexError):
        timex.parse(bad)


def _time(i: int, start: int, text: str, value: str, anchor: str | None, kind: str = "DATE") -> Span:
    return Span(f"T{i}", "TIME", start, start + len(text), text, timex_type=kind, value_text=value,
                timex_value=value, anchor=anchor)


def test_event_date_range_is_the_anchored_dates_only():
    spans = [_time(1, 0, "late 2016", "2016", None),             # absolute background date: left out
             _time(2, 20, "last month", "2018-02", "DCT"),
             _time(3, 40, "Thursday", "2018-03-22", "DCT"),
             _time(4, 60, "the past week", "P1W", "DCT", "DURATION"),  # durations are left out
             _time(5, 80, "coming days", "FUTURE_REF", "DCT")]         # no calendar days
    r = timex.event_date_range(spans, "2018-03-22", "Inferred.")
    assert (r["start"], r["end"]) == ("2018-02-01", "2018-03-22")
    assert "'last month' (2018-02)" in r["evidence"] and "'Thursday' (2018-03-22)" in r["evidence"]
    assert r["evidence"].endswith("DCT 2018-03-22: Inferred.")
    empty = timex.event_date_range(spans[:1], None, None)
    assert empty["start"] is None and empty["end"] is None and "no DCT" in empty["evidence"]


def test_a_past_reference_covers_no_day_after_the_dct():
    this_month = Span("T1", "TIME", 0, 18, "earlier this month", timex_type="DATE", value_text="PAST_REF",
                      timex_value="2018-03", anchor="DCT")
    r = timex.event_date_range([this_month], "2018-03-22", "Inferred.")
    assert (r["start"], r["end"]) == ("2018-03-01", "2018-03-22")
    future = Span("T2", "TIME", 30, 36, "Monday", timex_type="DATE", value_text="XXXX-WXX-1",
                  timex_value="2018-03-26", anchor="DCT")
    assert timex.event_date_range([this_month, future], "2018-03-22", "x")["end"] == "2018-03-26"
