"""Round 39, TIME layer: 'the day' of a dated occurrence (G121), a weekday with 'last
week' and 'late last <weekday>' (G90, G415). Invented sentences; each assertion fails
on the code before the change."""

from __future__ import annotations

from datetime import date

from ghouta_corpus.annotate import annotate_text


def times(text: str, dct: date | None = None) -> list[tuple[str, str, str | None]]:
    doc, _ = annotate_text(text, "t", dct=dct)
    return [(s.text, s.value_text or "", s.timex_value) for s in doc.spans if s.label == "TIME"]


def test_the_day_of_a_dated_occurrence_is_that_day():
    # G121: 'on the day of the attack' takes the day that dates the attack
    got = times("Gunmen raided the market on Thursday. A nurse counted the dead on the day of the raid.",
                date(2019, 5, 3))
    assert got == [("Thursday", "XXXX-WXX-4", "2019-05-02"), ("the day", "XXXX-WXX-4", "2019-05-02")]
    got = times("The dam broke on March 12, the day the rains peaked.", date(2019, 5, 3))
    assert got[1] == ("the day", "XXXX-03-12", "2019-03-12")
    # 'the day after' the occurrence is the next day
    got = times("The bridge fell on Monday. Engineers arrived the day after the collapse.", date(2019, 5, 3))
    assert got[1] == ("the day", "XXXX-WXX-2", "2019-04-30")
    # the day its own sentence names, even after it
    got = times("The first bus of the day left the square on Sunday.", date(2019, 5, 3))
    assert got == [("the day", "XXXX-WXX-7", "2019-04-28"), ("Sunday", "XXXX-WXX-7", "2019-04-28")]


def test_the_day_in_a_quotation_or_any_day_is_not_anchored():
    assert times('Rain fell on Friday. "She waited for him until the day she left," he said.',
                 date(2019, 5, 3))[1] == ("the day", "XXXX-XX-XX", "XXXX-XX-XX")
    assert times("The crowd waited on Friday. They slept through the day.", date(2019, 5, 3)) == [
        ("Friday", "XXXX-WXX-5", "2019-05-03")]


def test_a_weekday_before_last_week_is_one_span_in_the_week_before():
    # G90, G415: DCT Wednesday 2018-05-16: 'Monday last week' is 7 May
    assert times("The buses left on Monday last week.", date(2018, 5, 16)) == [
        ("Monday last week", "XXXX-WXX-1", "2018-05-07")]
    doc, _ = annotate_text("Fighters stormed the town late on Friday last week.", "t", dct=date(2016, 6, 9))
    span = next(s for s in doc.spans if s.label == "TIME")
    assert (span.text, span.timex_value, span.mod) == ("late on Friday last week", "2016-06-03", "END")


def test_late_before_last_weekday_is_its_mod():
    doc, _ = annotate_text("The strike, carried out late last Tuesday, hit a depot.", "t", dct=date(2015, 6, 9))
    span = next(s for s in doc.spans if s.label == "TIME")
    assert (span.text, span.timex_value, span.mod) == ("late last Tuesday", "2015-06-02", "END")


def test_a_bare_season_after_a_preposition_or_before_its_coming_is_a_date():
    # G88, G93: 'until spring', 'winter is coming', 'since late summer'; 'winter boots' is none
    assert times("We stayed until spring.", date(2023, 2, 17)) == [("spring", "XXXX-SP", "2023-SP")]
    assert times("The fuel is gone and winter is coming.", date(2019, 10, 16)) == [("winter", "XXXX-WI", "2019-WI")]
    doc, _ = annotate_text("The pumps have been dry since late summer.", "t", dct=date(2023, 2, 17))
    span = next(s for s in doc.spans if s.label == "TIME")
    assert (span.text, span.timex_value, span.mod) == ("late summer", "2022-SU", "END")
    assert times("Donors sent winter boots.", date(2023, 2, 17)) == []


def test_a_season_is_the_latest_begun_in_a_past_report_and_the_next_ahead():
    # a summer named in January is last year's; a winter named in March is the one begun in December
    assert times("Rents rose in the summer.", date(2013, 1, 29)) == [("the summer", "XXXX-SU", "2012-SU")]
    assert times("Children lost weight over the winter.", date(2017, 3, 20))[0][2] == "2016-WI"
    # ahead: 'for the winter' in November is this year's
    assert times("They will move families for the winter.", date(2022, 11, 27))[0][2] == "2022-WI"
    # last winter: the latest one over (in April, the one just ended)
    assert times("He saw them last winter.", date(2017, 4, 15)) == [("last winter", "PAST_REF", "2016-WI")]
    assert times("The camp grew this summer.", date(2016, 8, 27)) == [("this summer", "PRESENT_REF", "2016-SU")]


def test_the_spring_that_supplies_water_is_no_season():
    assert times("Fighting over the spring that supplies the town ended.", date(2017, 1, 30)) == []
    assert times("Engineers worked at the spring.", date(2017, 1, 30)) == []
    assert times("Prices rose in the spring.", date(2017, 8, 1)) == [("the spring", "XXXX-SP", "2017-SP")]


def test_a_bare_plural_unit_before_ago_is_a_past_reference():
    assert times("The food ran out weeks ago.", date(2018, 7, 19)) == [("weeks ago", "PAST_REF", "PAST_REF")]
    assert times("The well was dug two decades ago.", date(2011, 7, 22)) == [("two decades ago", "PAST_REF", "1991")]


def test_years_ago_this_month_or_week_is_that_month_or_week_then():
    assert times("Four years ago this month, she left the city.", date(2022, 10, 13)) == [
        ("Four years ago this month", "PAST_REF", "2018-10")]
    assert times("Three years ago this week, the road was jammed.", date(2019, 9, 19)) == [
        ("Three years ago this week", "PAST_REF", "2016-W38")]


def test_overnight_before_a_weekday_is_that_night_and_before_a_noun_is_none():
    assert times("The last assault came overnight on Friday.", date(2013, 6, 7)) == [
        ("overnight on Friday", "XXXX-WXX-5TNI", "2013-06-07TNI")]
    # the night into Wednesday is Tuesday's; 'from Sunday to Monday' is one span
    assert times("The river rose overnight into Wednesday.", date(2023, 6, 8))[0][:2] == (
        "overnight into Wednesday", "XXXX-WXX-2TNI")
    assert times("Gunmen raided the camp overnight from Sunday to Monday.", date(2023, 6, 16))[0][:2] == (
        "overnight from Sunday to Monday", "XXXX-WXX-7TNI")
    assert times("Families froze as overnight temperatures fell.", date(2019, 12, 1)) == []
    assert times("The town was shelled overnight, officials said.", date(2019, 12, 1))[0][0] == "overnight"


def test_up_to_most_of_and_barely_open_a_duration():
    # G95: 'up to' and 'most of' are LESS_THAN; 'barely' no mod; 'a day and a half' is P1.5D
    doc, _ = annotate_text("The ferry ride can take up to nine hours.", "t")
    assert [(s.text, s.value_text, s.mod) for s in doc.spans if s.label == "TIME"] == [
        ("up to nine hours", "PT9H", "LESS_THAN")]
    doc, _ = annotate_text("The trucks were held for most of a day.", "t")
    assert [(s.text, s.value_text, s.mod) for s in doc.spans if s.label == "TIME"] == [
        ("most of a day", "P1D", "LESS_THAN")]
    assert times("He had not slept for a day and a half.") == [("a day and a half", "P1.5D", "P1.5D")]
    assert times("Barely three weeks after the deal, the shelling resumed.")[0][:2] == ("Barely three weeks", "P3W")
    assert times("Most of them climbed up to the roof.") == []


def test_a_clock_time_takes_the_day_named_earlier_in_the_text_or_none_in_a_quotation():
    # G121, G260: 'on Sunday' ... 'At 10 a.m.' in a later sentence is that Sunday's hour
    got = times("The deal was signed on Sunday. At 10 a.m. the first buses left.", date(2018, 7, 18))
    assert got[1] == ("10 a.m.", "XXXX-WXX-7T10:00", "2018-07-15T10:00")
    # a speaker's undated hour stays text-only, with no anchor
    got = times('Shelling resumed on Monday. "We leave at 5 a.m. every time," she said.', date(2018, 7, 18))
    assert got[1] == ("5 a.m.", "XXXX-XX-XXT05:00", "XXXX-XX-XXT05:00")


def test_the_full_stop_after_a_whole_month_name_ends_the_sentence_not_the_date():
    assert times("The camp opened on 12 November. Then it closed.")[0][:2] == ("12 November", "XXXX-11-12")
    assert times("It reopened on 4 July. Then it shut.")[0][:2] == ("4 July", "XXXX-07-04")
    assert times("They left on Nov. 12, officials said.")[0][:2] == ("Nov. 12", "XXXX-11-12")   # an abbreviation


def test_a_day_number_joined_to_a_dated_day_is_its_own_date():
    assert times("Gunmen raided two villages on May 6 and 7, officials said.")[:2] == [
        ("May 6", "XXXX-05-06", "XXXX-05-06"), ("7", "XXXX-05-07", "XXXX-05-07")]
    assert times("Teams counted arrivals between 4 and 11 March 2021.") == [
        ("4", "2021-03-04", "2021-03-04"), ("11 March 2021", "2021-03-11", "2021-03-11")]


def test_a_year_between_the_and_its_noun_is_a_date():
    assert times("Many fled after the 2014 offensive.") == [("2014", "2014", "2014")]
    assert times("Donors funded the 2020 Flash Appeal.") == [("2020", "2020", "2020")]
    assert times("The 2000 families left the camp.") == []                                  # a number


def test_a_modified_part_of_the_day_after_a_preposition_is_a_time():
    doc, _ = annotate_text("By late afternoon, more trucks had crossed. Cars queued by mid-morning.", "t")
    assert [(s.text, s.value_text, s.mod) for s in doc.spans if s.label == "TIME"] == [
        ("late afternoon", "XXXX-XX-XXTAF", "END"), ("mid-morning", "XXXX-XX-XXTMO", "MID")]


def test_n_units_before_at_a_sentence_end_is_a_date_and_on_before_a_noun_is_no_shift():
    # G90: 'N units later/before' is one span; 'two nights on foot' is a duration, no shift
    got = times("The shelling began on Friday. His cousin had fled two nights before. Nobody knew.",
                date(2016, 6, 21))
    assert got[1] == ("two nights before", "XXXX-WXX-3", "2016-06-15")
    assert times("She reached the camp after three nights on foot.") == [("three nights", "P3D", "P3D")]


def test_that_season_takes_the_year_of_the_time_before_it():
    got = times("The town fell in October 2016. A medic who stayed that autumn said so.", date(2022, 10, 13))
    assert got[1] == ("that autumn", "2016-FA", "2016-FA")
    assert times("That winter we burned furniture.")[0][:2] == ("That winter", "XXXX-WI")
