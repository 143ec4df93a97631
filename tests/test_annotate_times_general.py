"""TIME spans: composite expressions and an ordinal that is no duration (G88, G90, G93,
G94, G415). Invented sentences; each assertion fails on the code before the change."""

from __future__ import annotations

from datetime import date

from ghouta_corpus.annotate import annotate_text


def times(text: str, dct: date | None = None) -> list[tuple[str, str, str | None]]:
    doc, _ = annotate_text(text, "t", dct=dct)
    return [(s.text, s.value_text or "", s.timex_value) for s in doc.spans if s.label == "TIME"]


def test_last_before_a_weekday_is_part_of_it_and_names_that_day_of_the_week_before():
    # G415: DCT Thursday 2023-11-09: 'last Tuesday' is 31 October, not 7 November
    assert times("The shelling began last Tuesday.", date(2023, 11, 9)) == [
        ("last Tuesday", "XXXX-WXX-2", "2023-10-31")]
    # and on the DCT's own weekday, the week before: DCT Friday 2024-05-17 -> 10 May
    assert times("Families fled last Friday.", date(2024, 5, 17)) == [("last Friday", "XXXX-WXX-5", "2024-05-10")]
    assert [t[0] for t in times("The rally is held on the last Friday of the month.")] == ["Friday"]   # no G415
    assert times("They fled on Friday.", date(2024, 5, 17)) == [("Friday", "XXXX-WXX-5", "2024-05-17")]   # G94 kept


def test_a_second_before_a_noun_is_an_ordinal_not_a_duration():
    assert [t[0] for t in times("A second convoy left at noon with 300 people.")] == ["noon"]
    assert times("Many were displaced for a second or third time.") == []
    assert [t[0] for t in times("Wait a second or two before you go.")] == ["a second or two"]   # G156 kept
    assert [t[0] for t in times("Within a second of the blast, windows broke.")] == ["a second"]
    assert [t[0] for t in times("He paused for a second.")] == ["a second"]                   # still a time


def test_a_weekday_and_its_date_are_one_expression():
    assert times("GAROWE, Somalia, Tuesday 14 March 2023 - Rains fell.")[0][:2] == (
        "Tuesday 14 March 2023", "2023-03-14")
    assert times("They left before dawn on Sunday, June 8.", date(2025, 6, 10))[0] == (
        "dawn on Sunday, June 8", "XXXX-06-08TMO", "2025-06-08TMO")


def test_a_clock_time_or_a_part_of_the_day_stays_with_the_day_after_it():
    assert [t[0] for t in times("It began at 9 a.m. on Monday, 3 April.")] == ["9 a.m. on Monday, 3 April"]  # no stop
    assert times("The raid began at 3 a.m. on Monday.", date(2022, 2, 9))[0] == (
        "3 a.m. on Monday", "XXXX-WXX-1T03:00", "2022-02-07T03:00")
    assert times("By late morning on Monday the road was shut.")[0][:2] == ("late morning on Monday", "XXXX-WXX-1TMO")
    assert times("Planes flew out 900 people in the 12 hours to early Monday.")[-1][:2] == ("early Monday", "XXXX-WXX-1")


def test_a_bare_plural_unit_before_of_a_noun_or_before_after_is_a_measure():
    # G88, G90: 'years of war', 'hours before the convoy left' (only the measure is TIME)
    assert times("The town was emptied by years of war.") == [("years", "PXY", "PXY")]
    assert times("She died hours before the convoy left.") == [("hours", "PTXH", "PTXH")]
    assert times("In the days after the blast, the roads closed.")[0][:2] == ("the days", "PXD")
    assert times("The poster listed the days of the week.") == []                           # no measure
    assert "hours" not in [t[0] for t in times("They fled in the early hours of July 29.")]
    assert times("The council published minutes of meetings.") == []


def test_the_part_of_an_unnamed_day_after_a_preposition_is_a_time():
    assert times("We heard the guns in the morning and left by the afternoon.") == [
        ("the morning", "XXXX-XX-XXTMO", "XXXX-XX-XXTMO"), ("the afternoon", "XXXX-XX-XXTAF", "XXXX-XX-XXTAF")]
    assert times("Trucks left late in the evening.")[0][:2] == ("late in the evening", "XXXX-XX-XXTEV")
    assert times("They queued in the afternoon heat.") == []                                 # a modifier


def test_night_words_and_all_night_are_parts_of_a_day():
    # G158: after [dark], by [nightfall], in [the dark], before [sunrise]; 'all night' (G88)
    got = times("They crossed in the dark and reached the camp after dark. Guns fired all night.")
    assert [t[:2] for t in got] == [("the dark", "XXXX-XX-XXTNI"), ("dark", "XXXX-XX-XXTNI"),
                                    ("all night", "XXXX-XX-XXTNI")]
    assert times("Trucks must leave before sunrise.")[0][:2] == ("sunrise", "XXXX-XX-XXTMO")
    assert times("The room was dark and cold.") == []                                        # an adjective
    assert times("Families have been kept in the dark about the talks.") == []              # the idiom
    assert times("They worked all night shifts.") == []                                      # a modifier
