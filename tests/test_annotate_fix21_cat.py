"""Review of round twenty-one's COUNT category rules (issue 11): where they overreached
or missed on new text. Invented sentences only, never dev ones; each test reads the
whole COUNT layer back (every COUNT with its category, every COUNT_OF pair).
"""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer


def test_goods_or_a_vehicle_meant_for_people_is_no_capacity():
    # G171 reads a place's capacity; aid 'intended for' families counts the people it
    # is for (recipients), as does a bus 'meant for' the fighters it is to carry
    assert count_layer(FLIGHT_STORY + "Kits intended for 3,000 families arrived.") == (
        [("Thousands", "displaced"), ("3,000", "displaced")], [("Thousands", "families"), ("3,000", "families")])
    assert count_layer(FLIGHT_STORY + "The aid was intended for 3,000 families.") == (
        [("Thousands", "displaced"), ("3,000", "displaced")], [("Thousands", "families"), ("3,000", "families")])
    assert count_layer(EVACUATION_STORY + "Buses meant for 40 fighters left the town.") == (
        [("40", "evacuated")], [("40", "fighters")])
    # still a capacity: a place or a tent built or meant for so many
    assert count_layer(FLIGHT_STORY + "The camp, built for 35,000 people, is full.") == (
        [("Thousands", "displaced"), ("35,000", "other")], [("Thousands", "families"), ("35,000", "people")])
    assert count_layer(FLIGHT_STORY + "Each tent, meant for four people, now shelters nine.") == (
        [("Thousands", "displaced"), ("four", "other"), ("nine", "displaced")],
        [("Thousands", "families"), ("four", "people")])


def test_people_who_remain_unaccounted_for_are_other():
    # G77: 'remain' gives present, but 'remain unaccounted for' / 'remain missing' is
    # the state of the missing: other
    assert count_layer("The strike killed 12 people and 30 remain unaccounted for.") == (
        [("12", "killed"), ("30", "other")], [("12", "people")])
    assert count_layer("Some 30 people remained missing after the strike.") == (
        [("Some 30", "other")], [("Some 30", "people")])
    # must not fire: remain in the town, in custody
    assert count_layer("Some 30 people remain in the town.") == ([("Some 30", "present")], [("Some 30", "people")])
    assert count_layer("Twelve people remain in custody.") == ([("Twelve", "detained")], [("Twelve", "people")])


def test_a_transitive_gather_says_no_one_is_present():
    # G39: people who gathered somewhere are there; a 'gather' with an object (troops
    # gathered 300 men; gathered testimony from 40 survivors) says nothing of the sort
    assert count_layer("Troops gathered 300 men in a field outside the town.") == (
        [("300", "other")], [("300", "men")])
    assert count_layer("Investigators gathered testimony from 40 survivors.") == (
        [("40", "other")], [("40", "survivors")])
    # still fires intransitive
    assert count_layer("Hundreds of people gathered in the square to protest.") == (
        [("Hundreds", "present")], [("Hundreds", "people")])


def test_a_bare_figure_that_lost_something_takes_no_toll():
    # G77: a bare figure whose own verb is 'lost' + a thing does not inherit 'killed'
    # from the figure before it ('Twelve people died and 30 lost their homes')
    assert count_layer("Twelve people died and 30 lost their homes.") == (
        [("Twelve", "killed"), ("30", "other")], [("Twelve", "people")])
    assert count_layer("Twelve people were killed and 30 lost limbs.") == (
        [("Twelve", "killed"), ("30", "other")], [("Twelve", "people")])
    # must not fire: lives lost, a passive
    assert count_layer("Twelve people died and 30 lost their lives.") == (
        [("Twelve", "killed"), ("30", "killed")], [("Twelve", "people")])
    assert count_layer("Twelve people died and 30 were lost at sea.") == (
        [("Twelve", "killed"), ("30", "killed")], [("Twelve", "people")])
