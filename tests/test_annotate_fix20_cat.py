"""Review of round twenty's COUNT category rules (issue 11): invented sentences only,
never dev ones. Each test reads the whole COUNT layer back (every COUNT with its
category, every COUNT_OF pair), with sentences where the narrowed rule must still fire.
"""

from __future__ import annotations

from sentences import FLIGHT_STORY, count_layer


def test_figures_of_people_and_possessor_things_are_not_things():
    # 82d396b made 'figures' a thing noun: 'public figures' are people, not numbers
    assert count_layer("Two public figures were killed in the blast.") == (
        [("Two", "killed")], [("Two", "public figures")])
    assert count_layer("Twelve prominent figures were abducted from their homes.") == (
        [("Twelve", "detained")], [("Twelve", "prominent figures")])
    assert count_layer("Police arrested two leading figures of the movement.") == (   # (COUNT_OF: round 39's
        [("two", "detained")], [("two", "leading figures")])                         # -ing modifier, G40)
    # a thing noun before a possessive owns the counted people
    assert count_layer("Three minibuses' drivers were detained.") == (
        [("Three", "detained")], [("Three", "minibuses")])
    assert count_layer("Two of the buses' drivers were killed.") == ([("Two", "killed")], [("Two", "buses")])
    # must still fire: numbers, and things with no possessive
    assert count_layer("The two figures were disputed, and 40 people were killed.") == (
        [("two", "other"), ("40", "killed")], [("two", "figures"), ("40", "people")])
    assert count_layer("Two figures were released by the ministry on Monday.") == (
        [("Two", "other")], [("Two", "figures")])
    assert count_layer("Dozens of buses carrying 2,000 fighters left the town.") == (
        [("Dozens", "other"), ("2,000", "evacuated")], [("Dozens", "buses"), ("2,000", "fighters")])


def test_bodies_held_after_a_toll_are_no_custody():
    # 04e337e let a figure's own 'held' override the toll: held in morgues is no custody
    assert count_layer("The toll reached 60 held in the city's morgues.") == ([("60", "killed")], [])
    # must still fire: custody named by an agent or a word of custody
    assert count_layer("The toll rose to 52, with 30 others held hostage by the gunmen.") == (
        [("52", "killed"), ("30", "detained")], [("30", "others")])
    assert count_layer("The toll rose to 52, with 30 others held in detention.") == (
        [("52", "killed"), ("30", "detained")], [("30", "others")])
    assert count_layer("The toll rose to 52, with 100 others wounded.") == (
        [("52", "killed"), ("100", "injured")], [("100", "others")])


def test_be_home_to_counts_the_people_present_whatever_their_participle():
    # 5f1ae72's 'home to N' (G215) yielded to the noun's own participle: displaced people
    assert count_layer(FLIGHT_STORY + "The camp was home to 40,000 displaced people.") == (
        [("Thousands", "displaced"), ("40,000", "present")],
        [("Thousands", "families"), ("40,000", "displaced people")])
    assert count_layer(FLIGHT_STORY + "The camp has been home to 40,000 displaced since 2015.") == (
        [("Thousands", "displaced"), ("40,000", "present")], [("Thousands", "families"), ("40,000", "displaced")])
    # must not fire: a later figure with its own verb
    assert count_layer(FLIGHT_STORY + "The town was home to 30,000 people before 12,000 fled.") == (
        [("Thousands", "displaced"), ("30,000", "present"), ("12,000", "displaced")],
        [("Thousands", "families"), ("30,000", "people")])


def test_a_later_figure_with_its_own_verb_is_not_governed_by_estimates_of():
    # 7c5cd7a's 'estimates of the dead' reached a figure of another clause with its own verb
    assert count_layer("Estimates of the dead vary, but 40 were evacuated.") == ([("40", "evacuated")], [])
    # must still fire
    assert count_layer("Estimates of the dead have ranged between 70 and 95.") == (   # (COUNT_OF: round 39)
        [("between 70 and 95", "killed")], [("between 70 and 95", "dead")])
    assert count_layer("The number of people killed rose to 40.") == ([("40", "killed")], [("40", "people")])
