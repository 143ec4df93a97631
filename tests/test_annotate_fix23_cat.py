"""Review of round twenty-three's COUNT-category rules (issue 11) on invented sentences:
each test reads the whole COUNT layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import FLIGHT_STORY, count_layer


def test_kin_waiting_for_something_take_no_situation_from_the_story():
    # 'for' after the kin: what they wait for says their errand, not the story's flight
    assert count_layer(FLIGHT_STORY + "She waited at the bus stop with her two sons for the school bus.") == (
        [("Thousands", "displaced"), ("two", "other")], [("Thousands", "families"), ("two", "sons")])
    # still fires with no errand
    assert count_layer(FLIGHT_STORY + "She sat in the tent with her three daughters.") == (
        [("Thousands", "displaced"), ("three", "displaced")], [("Thousands", "families"), ("three", "daughters")])


def test_along_with_after_a_negated_predicate_shares_nothing():
    assert count_layer("The 3 doctors were not injured, along with two nurses.")[0][1] == ("two", "other")
    assert count_layer("Three doctors were injured, along with two nurses.") == (
        [("Three", "injured"), ("two", "injured")], [("Three", "doctors"), ("two", "nurses")])


def test_stuck_on_a_task_is_no_place():
    assert count_layer("About 30 students got stuck on the maths question.") == (
        [("About 30", "other")], [("About 30", "students")])
    assert count_layer("Some 200 people were stuck at the border crossing.") == (
        [("Some 200", "present")], [("Some 200", "people")])


def test_a_bodys_strength_before_the_war_is_no_population():
    assert count_layer("The regiment had 400 soldiers before the war.") == ([("400", "other")], [("400", "soldiers")])
    assert count_layer("The hospital had 200 doctors before the war.") == ([("200", "other")], [("200", "doctors")])
    assert count_layer("The town had 60,000 residents before the war.") == (
        [("60,000", "present")], [("60,000", "residents")])
