"""Round 41, TIME layer: the 'a day' of a rate is a SET (G138, G212). Invented
sentences; each assertion fails on the code before the change, and the must-not-fire
checks pin the exact output."""

from __future__ import annotations

from datetime import date

from ghouta_corpus.annotate import annotate_text


def spans(text: str, dct: date | None = None) -> list[tuple[str, str, str, str | None]]:
    doc, _ = annotate_text(text, "t", dct=dct)
    return [(s.text, s.timex_type or "", s.value_text or "", s.mod) for s in doc.spans if s.label == "TIME"]


def test_the_a_day_of_a_rate_is_a_set():
    # G138: after a counted amount or how often, 'a day' says per what the amount holds
    assert spans("The clinic sees about 250 patients a day.") == [("a day", "SET", "P1D", None)]
    assert spans("The convoy brings flour twice a week.") == [("a week", "SET", "P1W", None)]
    assert spans("Volunteers hand out dozens of blankets an hour.") == [("an hour", "SET", "PT1H", None)]
    assert spans("The pumps run for a few hours a day.") == [("a few hours", "DURATION", "PTXH", None),
                                                             ("a day", "SET", "P1D", None)]
    # G212: a night in a rate is a recurring night
    assert spans("The guards sleep four hours a night.") == [("four hours", "DURATION", "PT4H", None),
                                                             ("a night", "SET", "XXXX-XX-XXTNI", None)]


def test_a_day_after_a_verb_or_before_after_stays_a_duration():
    assert spans("Families spent a night in the mosque.") == [("a night", "DURATION", "P1D", None)]
    assert spans("The road reopened within a day.") == [("a day", "DURATION", "P1D", None)]
    assert spans("The trip takes a day over the hills.") == [("a day", "DURATION", "P1D", None)]
    got = spans("The town fell on Monday. Forty families left, a day after the shelling began.", date(2020, 3, 5))
    assert got[1] == ("a day", "DURATION", "P1D", None)


def anchored(text: str, dct: date) -> list[tuple[str, str, str | None, str | None]]:
    """(text, value_text, value, the text of the anchoring span or 'DCT'/None)."""
    doc, _ = annotate_text(text, "t", dct=dct)
    by = {s.id: s for s in doc.spans}
    return [(s.text, s.value_text or "", s.timex_value,
             by[s.anchor].text if s.anchor in by else s.anchor) for s in doc.spans if s.label == "TIME"]


def test_the_previous_or_following_n_days_is_one_duration_counted_from_the_day_told():
    # G88, G90, G125: 'the previous' and 'the following' are the duration's own words
    got = anchored("The town fell on Monday. Aid workers had counted 300 arrivals in the previous two days.",
                   date(2020, 6, 10))
    assert got[1] == ("the previous two days", "P2D", "P2D", "Monday")
    got = anchored("The siege began on 3 May. Over the following week the roads closed.", date(2020, 6, 10))
    assert got[1] == ("the following week", "P1W", "P1W", "3 May")
    assert spans("Doctors worked through the first hours without power.") == [
        ("the first hours", "DURATION", "PTXH", None)]
    assert spans("Nurses ran out of gauze within the first hour.") == [("the first hour", "DURATION", "PT1H", None)]


def test_the_following_night_is_the_night_after_the_day_told():
    got = anchored("The market burned on Tuesday, and a second fire the following night destroyed the rest.",
                   date(2020, 6, 10))
    assert got[1] == ("the following night", "XXXX-WXX-3TNI", "2020-06-10TNI", "Tuesday")


def test_bare_units_later_or_earlier_are_an_undated_day_after_the_one_told():
    # G88, G90: 'days later', 'weeks earlier' are one span; the text gives no day
    got = anchored("The bridge was shelled on Friday. The convoy left days later.", date(2020, 6, 10))
    assert got[1] == ("days later", "XXXX-XX-XX", "XXXX-XX-XX", "Friday")
    got = anchored("A truce came in August 2013. It collapsed months later.", date(2020, 6, 10))
    assert got[1] == ("months later", "XXXX-XX", "XXXX-XX", "August 2013")


def test_n_units_on_is_the_measure_alone():
    # G90: in 'Five weeks on, ...' only the measure is TIME, as before an event phrase
    assert spans("Five weeks on, the camp is still full.") == [("Five weeks", "DURATION", "P5W", None)]
    assert spans("They walked two days on foot.") == [("two days", "DURATION", "P2D", None)]


def test_more_full_whole_and_hedges_stay_inside_a_duration():
    # G88, G90, G95, G184: bound words and mods inside the duration
    assert spans("There are beans for two more days.") == [("two more days", "DURATION", "P2D", None)]
    assert spans("They lost a full year.") == [("a full year", "DURATION", "P1Y", None)]
    assert spans("The children slept one whole night.") == [("one whole night", "DURATION", "P1D", None)]
    assert spans("The grain will last no more than two weeks.") == [
        ("no more than two weeks", "DURATION", "P2W", "LESS_THAN")]
    assert spans("They spent at least one night there.") == [("at least one night", "DURATION", "P1D", "MORE_THAN")]
    # must not fire: 'at least' before a count, 'more' before a noun
    assert spans("At least 300 people fled.") == []
    assert spans("Two more families arrived.") == []


def test_a_part_named_before_a_deictic_unit_stays_inside_with_its_mod():
    # G90, G95: 'late last year', 'early this month', 'the middle of last week'
    assert spans("They crossed late last year.") == [("late last year", "DATE", "PAST_REF", "END")]
    assert spans("Arrivals since early this month passed 2,000.") == [
        ("early this month", "DATE", "PRESENT_REF", "START")]
    assert spans("Rain did not ease until the middle of last week.") == [
        ("the middle of last week", "DATE", "PAST_REF", "MID")]
    assert spans("More rain is expected later this week.") == [("later this week", "DATE", "FUTURE_REF", None)]
    assert spans("The owners gave a figure earlier in the month.") == [
        ("earlier in the month", "DATE", "PAST_REF", None)]


def test_later_on_a_weekday_and_early_in_a_month_are_one_date():
    assert spans("The council will vote later on Thursday.") == [("later on Thursday", "DATE", "XXXX-WXX-4", None)]
    assert spans("The ration reached them early in June.") == [("early in June", "DATE", "XXXX-06", "START")]
    # must not fire: 'late' of a person, 'later' alone (G89)
    assert spans("The late mayor opened the school.") == []
    assert spans("The buses left later.") == []


def test_clock_times_with_minutes_a_24_hour_clock_and_o_clock():
    # G88, G90, G93: '10:15 a.m.', '07:00 on 8 March 2022', 'eight o'clock', '4 in the morning'
    assert spans("The missiles struck at about 10:15 a.m., when streets were full.") == [
        ("about 10:15 a.m.", "TIME", "XXXX-XX-XXT10:15", "APPROX")]
    assert spans("Arrivals as of 07:00 on 8 March 2022 passed 3,000.")[0] == (
        "07:00 on 8 March 2022", "TIME", "2022-03-08T07:00", None)
    assert spans("The shelling began at about 2:08 a.m. that Saturday.") == [
        ("about 2:08 a.m. that Saturday", "TIME", "XXXX-WXX-6T02:08", "APPROX")]
    assert spans("By eight o'clock the square was empty.") == [("eight o'clock", "TIME", "XXXX-XX-XXT08:00", None)]
    assert spans("We left at 4 in the morning.") == [("4 in the morning", "TIME", "XXXX-XX-XXT04:00", None)]
    # must not fire: a running time in brackets stays a duration; a ratio is no time
    assert spans("The video (2:34) shows the crossing.") == [("2:34", "DURATION", "PT2M34S", None)]
    assert spans("The vote split 10:30 in the council.") == []


def test_a_dateline_year_in_brackets_and_a_week_of_a_month_are_one_date():
    # G88, G90: 'July 5 (2019)' of a dateline; 'the first week of March' (G95: START)
    assert spans("TRIPOLI, July 5 (2019) - Rain fell.") == [("July 5 (2019)", "DATE", "2019-07-05", None)]
    assert spans("He has worked here since the first week of March.") == [
        ("the first week of March", "DATE", "XXXX-03", "START")]
    assert spans("Syrians crossed in the first half of June.") == [
        ("the first half of June", "DATE", "XXXX-06", "START")]
    assert spans("In the second week of April, officials spoke.") == [
        ("the second week of April", "DATE", "XXXX-04", None)]
    # must not fire: a week that is not of a month
    assert spans("She left in the first week of the siege.") == [("the first week", "DURATION", "P1W", None)]


def test_a_weather_season_looked_forward_to_is_a_future_reference():
    # G88, G93: no TIMEX3 season names the rains, so a reference ahead of the DCT
    assert spans("Roads close before the rainy season.") == [("the rainy season", "DATE", "FUTURE_REF", None)]
    assert spans("Help is needed, not after the rains.") == [("the rains", "DATE", "FUTURE_REF", None)]
    # must not fire: the rains as what happens, a season with no preposition of time
    assert spans("The rains came early.") == []
    assert spans("The rainy season brought cholera.") == []


def test_last_before_a_month_is_the_latest_such_month_before_the_dct_month():
    # G88, G90, G94: 'last October' is one span, anchored to the DCT
    assert anchored("They fled last October.", date(2024, 2, 20)) == [("last October", "XXXX-10", "2023-10", "DCT")]
    assert anchored("Ukraine retook it last June.", date(2023, 6, 12)) == [("last June", "XXXX-06", "2022-06", "DCT")]
    # must not fire on a dated day: 'last May 3' keeps the date alone
    assert spans("It began last May 3.") == [("May 3", "DATE", "XXXX-05-03", None)]
