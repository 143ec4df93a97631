"""Round twenty-one of the annotator, COUNT categories and COUNT_OF (issue 11):
invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole COUNT layer back
(every COUNT with its category, every COUNT_OF pair); beside each rule, sentences where
it must not fire.
"""

from __future__ import annotations

from sentences import FLIGHT_STORY, count_layer


def test_a_capacity_after_for_is_other():
    # G171, G231: how many a place was built for or is meant to hold is a capacity,
    # 'other', not the category of the people lodged there.
    assert count_layer(FLIGHT_STORY + "Eleven people now sleep in a room built for four.") == (
        [("Thousands", "displaced"), ("Eleven", "displaced"), ("four", "other")],
        [("Thousands", "families"), ("Eleven", "people")])
    assert count_layer(FLIGHT_STORY + "The new camp, designed for about 20,000 people, is already full.") == (
        [("Thousands", "displaced"), ("about 20,000", "other")],
        [("Thousands", "families"), ("about 20,000", "people")])
    assert count_layer(FLIGHT_STORY + "The shelter, built for 500 people, now houses 2,000.") == (
        [("Thousands", "displaced"), ("500", "other"), ("2,000", "displaced")],
        [("Thousands", "families"), ("500", "people")])
    # must not fire: the figure is not after a capacity word and 'for' ('fled for two
    # days' is no COUNT; 'sheltered 300 families' lodges them), nor a supply meant for people
    assert count_layer(FLIGHT_STORY + "The school sheltered 300 families last week.") == (
        [("Thousands", "displaced"), ("300", "displaced")], [("Thousands", "families"), ("300", "families")])


def test_people_unaccounted_for_are_other_as_the_missing_are():
    # G77: 'missing' is 'other'; 'unaccounted for' says the same, so a figure of people
    # unaccounted for no longer takes a toll's category from the clause before it.
    assert count_layer("The strike killed 12 people, and another 30 were still unaccounted for.") == (
        [("12", "killed"), ("30", "other")], [("12", "people")])
    # must not fire: people accounted for by a verb of their own keep its category
    assert count_layer("The strike killed 12 people, and another 30 were wounded.") == (
        [("12", "killed"), ("30", "injured")], [("12", "people")])


def test_people_who_gathered_are_present():
    # G39: people who came together where the events happen (a market, a funeral) are
    # there: 'present', not 'other'.
    assert count_layer("Hundreds of people gathered in the square on Friday.") == (
        [("Hundreds", "present")], [("Hundreds", "people")])
    assert count_layer("As hundreds of mourners gathered near the mosque, a drone struck.") == (
        [("hundreds", "present")], [("hundreds", "mourners")])
    # must not fire: a verb of harm of their own wins over the relative clause's 'gathered'
    assert count_layer("The strike killed 12 people who had gathered for a wedding.") == (
        [("12", "killed")], [("12", "people")])


def test_one_of_the_goods_people_carry_is_counted_and_other():
    # G77, section 3.3: 'one' before a singular thing noun counts it (COUNTED), 'other';
    # thing_nouns now hold the goods and fittings people carry, share or lack.
    assert count_layer(FLIGHT_STORY + "We left with one suitcase each.") == (
        [("Thousands", "displaced"), ("one", "other")], [("Thousands", "families"), ("one", "suitcase")])
    assert count_layer(FLIGHT_STORY + "We had two doctors and one generator.") == (   # staff: other (round 27)
        [("Thousands", "displaced"), ("two", "other"), ("one", "other")],
        [("Thousands", "families"), ("two", "doctors"), ("one", "generator")])
    # must not fire: a person noun after the figure is no thing
    assert count_layer(FLIGHT_STORY + "Two doctors stayed behind.") == (
        [("Thousands", "displaced"), ("Two", "present")], [("Thousands", "families"), ("Two", "doctors")])


def test_people_who_lost_something_are_not_killed():
    # G77: a figure of people whose own verb is an active 'lose' with an object other
    # than life lost something: 'other' (nothing of a category), not 'killed'.
    assert count_layer("As many as 250,000 people could lose everything.") == (
        [("As many as 250,000", "other")], [("As many as 250,000", "people")])
    assert count_layer("About a third of the 300 families lost someone.") == (
        [("About a third", "other"), ("300", "other")],
        [("About a third", "families"), ("300", "families")])
    # must not fire: lives lost, a passive, a fronted object and 'lost' before its people
    assert count_layer("At least 40 people lost their lives.") == (
        [("At least 40", "killed")], [("At least 40", "people")])
    assert count_layer("Forty soldiers were lost at sea.") == ([("Forty", "killed")], [("Forty", "soldiers")])
    assert count_layer("Two of them we lost on the road.") == ([("Two", "killed")], [])
    assert count_layer("She lost two of her children.") == ([("two", "killed")], [("two", "children")])
