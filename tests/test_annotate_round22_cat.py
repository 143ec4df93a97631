"""Round twenty-two of the annotator, COUNT categories and COUNT_OF (issue 11):
invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole COUNT layer back
(every COUNT with its category, every COUNT_OF pair); beside each rule, sentences where
it must not fire.
"""

from __future__ import annotations

from sentences import FLIGHT_STORY, count_layer


def test_kin_after_with_share_the_verb_of_their_clause():
    # G77: companions share the fate of who they go with; a verb of movement earlier in
    # the clause than the word right before 'with' still governs them.
    assert count_layer(FLIGHT_STORY + "Leila arrived from the coast last week with four children.") == (
        [("Thousands", "displaced"), ("four", "displaced")], [("Thousands", "families"), ("four", "children")])
    assert count_layer("The convoy left Homs. Omar was evacuated on Sunday night with three grandchildren.") == (
        [("three", "evacuated")], [("three", "grandchildren")])
    # must not fire: no kin (staff of a place), a 'lose' before them, a clause boundary
    assert count_layer(FLIGHT_STORY + "The clinic in the camp works with two doctors.") == (
        [("Thousands", "displaced"), ("two", "other")], [("Thousands", "families"), ("two", "doctors")])
    assert count_layer(FLIGHT_STORY + "Many mothers lost contact on the road with two children.") == (
        [("Thousands", "displaced"), ("two", "other")], [("Thousands", "families"), ("two", "children")])


def test_money_with_a_demonym_before_its_currency_is_no_count():
    # G79: money is no COUNT; a demonym between the number and the currency word
    # ('Syrian pounds', 'Yemeni rials') still makes it money, with no COUNT_OF.
    assert count_layer(FLIGHT_STORY + "Few could pay the 20,000 Syrian pounds drivers asked for a seat.") == (
        [("Thousands", "displaced")], [("Thousands", "families")])
    assert count_layer("A seat on the bus cost 15,000 Yemeni rials, and 40 families boarded it.") == (
        [("40", "evacuated")], [("40", "families")])
    # must not fire: a demonym before people or things is a count of them
    assert count_layer(FLIGHT_STORY + "Some 40 Syrian families crossed the border.") == (
        [("Thousands", "displaced"), ("Some 40", "displaced")],
        [("Thousands", "families"), ("Some 40", "Syrian families")])


def test_a_list_of_rising_numbers_before_a_noun_is_one_range():
    # G287: more than two rising numbers joined by commas (a hedge before the last one
    # allowed) that give one spread before their noun are one range COUNT.
    assert count_layer(FLIGHT_STORY + "We have moved two, three, sometimes four times since May.") == (
        [("Thousands", "displaced"), ("two, three, sometimes four", "other")],
        [("Thousands", "families"), ("two, three, sometimes four", "times")])
    assert count_layer(FLIGHT_STORY + "Ten, twelve, fifteen families arrive a day.") == (
        [("Thousands", "displaced"), ("Ten, twelve, fifteen", "displaced")],
        [("Thousands", "families"), ("Ten, twelve, fifteen", "families")])
    # must not fire: counts of different things, years, two numbers only
    assert count_layer("The strike killed 12 people, 30 were wounded, 40 fled.") == (
        [("12", "killed"), ("30", "injured"), ("40", "displaced")], [("12", "people")])
    assert count_layer("Buses left in 2011, 2012, 2013 and later.") == ([], [])


def test_review_the_new_rules_do_not_fire_on_other_clauses_verbs_or_money_like_shapes():
    # companions (G77): the clause's own verb of no category, a coordinator or a relative
    # pronoun ends the search; nothing said of the kin is 'other'
    for text, n, kin in (("She fled in May and now works with three cousins.", "three", "cousins"),
                         ("A doctor who fled in May played football with two boys.", "two", "boys"),
                         ("Fighters who were evacuated were seen with three relatives.", "three", "relatives"),
                         ("The family that fled agreed with four neighbours to share a tent.", "four", "neighbours"),
                         ("The strike killed a teacher who sat with two children.", "two", "children")):
        assert count_layer(text) == ([(n, "other")], [(n, kin)]), text
    # money (G79): a demonym before people is no currency
    assert count_layer("They detained 40 Afghan men, and 12 Iraqi soldiers died.") == (
        [("40", "detained"), ("12", "killed")], [("40", "Afghan men"), ("12", "Iraqi soldiers")])
    assert count_layer("A bag of flour costs 9,000 Lebanese pounds, and 300 Lebanese families queued.") == (
        [("300", "other")], [("300", "Lebanese families")])
    # a list (G287): a verb after the last number is no counted noun; no noun, no range
    assert [t for t, _ in count_layer("Gates 1, 2, 3 opened at dawn and 40 families left.")[0]] == [
        "1", "2", "3", "40"]
    assert [t for t, _ in count_layer("We counted 3, 5, 8.")[0]] == ["3", "5", "8"]
