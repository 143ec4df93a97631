"""Review of round twenty-two's count rules (issue 11): invented sentences only, never
dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import FLIGHT_STORY, count_layer


def test_kin_after_a_person_noun_do_not_take_the_verb_acting_on_that_person():
    # G77/G305: the kin go with or describe the person the verb acts on; their own fate
    # is not said ('a man with five children' is a description)
    assert count_layer("The air strike killed a man with five children.") == (
        [("five", "other")], [("five", "children")])
    assert count_layer("Troops detained the driver with three relatives.") == (
        [("three", "other")], [("three", "relatives")])
    # still fires through a place object and adverbials
    assert count_layer(FLIGHT_STORY + "She fled the city last month with three children.") == (
        [("Thousands", "displaced"), ("three", "displaced")], [("Thousands", "families"), ("three", "children")])


def test_a_list_in_figures_without_a_hedge_is_no_range():
    # G287 vs G154: figures side by side are counts of their own
    assert count_layer("The three wards held 10, 20, 30 patients.") == (
        [("three", "other"), ("10", "present"), ("20", "present"), ("30", "present")],
        [("three", "wards"), ("30", "patients")])
    assert count_layer("The ministry said 10, 25, 40 people were wounded in three separate raids.") == (
        [("10", "injured"), ("25", "injured"), ("40", "injured"), ("three", "other")],
        [("40", "people"), ("three", "separate raids")])
    # a hedge, or numbers in words, still make one spread
    assert count_layer(FLIGHT_STORY + "We have moved 3, 4, sometimes 5 times.") == (
        [("Thousands", "displaced"), ("3, 4, sometimes 5", "other")],
        [("Thousands", "families"), ("3, 4, sometimes 5", "times")])
