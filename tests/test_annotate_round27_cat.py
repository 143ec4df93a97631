"""Annotator round twenty-seven, COUNT categories (issue 11): invented sentences only,
never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer


def test_a_part_of_a_civilian_set_keeps_the_story_situation():
    # G145: a part of a set of civilians whose predicate only says what the part is or
    # has keeps the category of the people it counts: in a displacement story, the
    # displaced ('those' is the counted pronoun, G40)
    assert count_layer(_STORY + "About 60 percent of those in the camp were women and children.") == (
        _HEAD + [("About 60 percent", "displaced")], _HEAD_OF + [("About 60 percent", "those")])
    assert count_layer(_STORY + "A third of the households had no tent.") == (
        _HEAD + [("A third", "displaced")], _HEAD_OF + [("A third", "households")])


def test_a_part_of_another_set_stays_other():
    # the people a speaker sees or treats (G179), a set that suffered a fate with an
    # object of its own (G77) and staff are no part of the story's population
    for sentence, target in (("Half of the children I see are underweight.", "children"),
                             ("Nearly half of the children under five we screened were thin.", "children"),
                             ("About a third of the families on our street lost someone.", "families"),
                             ("Half of our nurses are women.", "nurses")):
        layer = count_layer(_STORY + sentence)
        assert layer[0][:2] == _HEAD and layer[0][2][1] == "other", sentence
        assert layer[1][2][1] == target, sentence


def test_a_verb_of_a_fate_beats_the_nouns_participle_of_flight():
    # G77: what became of the people counts over what their noun says they were:
    # displaced people a verb kills, wounds or detains are killed, injured, detained
    assert count_layer("Gunmen attacked the camp, killing dozens of displaced people.") == (
        [("dozens", "killed")], [("dozens", "displaced people")])
    assert count_layer("The strike killed 30 displaced people.") == (
        [("30", "killed")], [("30", "displaced people")])
    assert count_layer("Soldiers detained 20 displaced men.") == (
        [("20", "detained")], [("20", "displaced men")])
    # a verb of no fate, or of where they stay, leaves the participle's reading
    assert count_layer("Aid workers helped 300 displaced families.") == (
        [("300", "displaced")], [("300", "displaced families")])
    assert count_layer("The school sheltered 300 displaced families.") == (
        [("300", "displaced")], [("300", "displaced families")])


def test_vehicles_of_road_rail_and_water_are_things():
    # G77: vehicles are things, 'other' whatever the verb, also in a displacement story
    assert count_layer(_STORY + "Our team counted dozens of canoes crossing the river.") == (
        _HEAD + [("dozens", "other")], _HEAD_OF + [("dozens", "canoes")])
    assert count_layer(_STORY + "The town sends two water tankers a day.") == (
        _HEAD + [("two", "other")], _HEAD_OF + [("two", "water tankers")])
    # the people who board them keep their own category
    assert count_layer("Dozens of families boarded the trains.") == (
        [("Dozens", "evacuated")], [("Dozens", "families")])


def test_a_modified_noun_of_movement_is_no_verb_of_the_figure():
    # G77: 'crossing' after 'the whole' is the act (a noun ending its phrase), as 'the
    # crossing' is; it gives no movement to the figure before it
    assert count_layer("We have two doctors for the whole crossing.") == (
        [("two", "other")], [("two", "doctors")])
    # the verb with a place or an object after it still moves the people it counts
    assert count_layer("Some 300 displaced people were crossing into Turkey.") == (
        [("Some 300", "displaced")], [("Some 300", "displaced people")])


def test_staff_share_no_situation_of_the_people_they_serve():
    # G145, G155: staff with no category word of their own do not take the situation of
    # the count before them (the people they serve)
    assert count_layer("Some 300 displaced families arrived on Sunday. We have two doctors.") == (
        [("Some 300", "displaced"), ("two", "other")], [("Some 300", "displaced families"), ("two", "doctors")])
    # a category word of theirs still decides, and people who are no staff still share it
    assert count_layer("Some 300 displaced families arrived on Sunday. Two nurses were killed.") == (
        [("Some 300", "displaced"), ("Two", "killed")], [("Some 300", "displaced families"), ("Two", "nurses")])
    assert count_layer("Some 300 displaced families arrived on Sunday. We have two hundred children.") == (
        [("Some 300", "displaced"), ("two hundred", "displaced")],
        [("Some 300", "displaced families"), ("two hundred", "children")])


def test_a_relative_of_flight_wins_over_a_later_predicate_of_presence():
    # G144: people who fled (or were evacuated) and now live somewhere are displaced
    # (evacuated), whatever the main clause says of where they are
    assert count_layer("Thousands of people who fled the attacks are living in the town.") == (
        [("Thousands", "displaced")], [("Thousands", "people")])
    assert count_layer("Hundreds of families who were evacuated are living in schools.") == (
        [("Hundreds", "evacuated")], [("Hundreds", "families")])
    # people who stayed, or did not flee, are present
    for sentence in ("Hundreds of residents who stayed are living in basements.",
                     "Dozens of people who had not fled are living in the cellar."):
        assert count_layer(sentence)[0] == [(sentence.split(" of ")[0], "present")], sentence


def test_self_review_sentences():
    # a part whose predicate says something the people do, not what they are or have,
    # takes no situation of the story (part_situation's first try gave displaced)
    for sentence in ("Half of the residents voted in the election.",
                     "A third of the households own a car.",
                     "Two-thirds of the people in the town support the mayor.",
                     "Half of those waiting voted."):
        layer = count_layer(_STORY + sentence)[0]
        assert layer[:2] == _HEAD and layer[2][1] == "other", sentence
    # 'make up' and an -ing word after 'those' still let the part keep the set's situation
    assert count_layer(_STORY + "Two-thirds of those waiting are women and children.")[0] == (
        _HEAD + [("Two-thirds", "displaced")])
    assert count_layer(_STORY + "Women made up well over half of those on the buses.")[0] == (
        _HEAD + [("well over half", "displaced")])
    # a relative of flight where the sentence says they are home again (G312): no flight
    assert count_layer("Hundreds of families who fled in 2015 are living in their homes again.") == (
        [("Hundreds", "present")], [("Hundreds", "families")])
    # verbs of no fate before a participle of flight leave it
    for sentence in ("Families hosting 300 displaced people said food was short.",
                     "Officials counted 300 displaced people at the school.",
                     "Volunteers were killing time with 20 displaced children."):
        assert [c for _, c in count_layer(sentence)[0]] == ["displaced"], sentence
