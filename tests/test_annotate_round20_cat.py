"""Round twenty of the annotator, COUNT categories and COUNT_OF (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole COUNT layer back
(every COUNT with its category, every COUNT_OF pair); beside each rule, sentences where
it must not fire.
"""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer


def test_a_figure_of_things_is_other_even_where_no_count_of_links_it():
    # G77: a count of things is 'other' whatever the verb, also where the noun after the
    # figure is no mention (no COUNT_OF), and for the accounts, stages and shifts of a clause.
    # (round twenty-seven: the counted noun run now stops before 'carrying', so 'trucks'
    # is linked, G40; its category stays 'other')
    assert count_layer("Dozens of trucks carrying hundreds of refugees waited at the gate.") == (
        [("Dozens", "other"), ("hundreds", "displaced")], [("Dozens", "trucks"), ("hundreds", "refugees")])
    # (round thirty-six: after 'dozens of' the noun 'strikes' is counted, a COUNTED span,
    # G40, as 'nine explosions' is; the Yarmouk and Bakhmut golds' 'dozens of [strikes]')
    assert count_layer("The shelling went on, with dozens of strikes recorded overnight.") == (
        [("dozens", "other")], [("dozens", "strikes")])
    assert count_layer("Neighbours said they had heard at least nine explosions before dawn.") == (
        [("at least nine", "other")], [("at least nine", "explosions")])
    assert count_layer("The toll rose again, and the two governments gave conflicting accounts.") == (
        [("two", "other")], [("two", "governments")])
    assert count_layer(EVACUATION_STORY + "The transfer will be carried out in three stages.") == (
        [("three", "other")], [("three", "stages")])
    assert count_layer("The volunteers work in two shifts under a roof held up by poles.") == (
        [("two", "other")], [("two", "shifts")])
    # (round thirty-nine: an -ing modifier before the plural is part of the counted noun,
    # G40, as the Kramatorsk gold's 'seven [operating tables]'; the category stays 'other')
    assert count_layer("A surgeon said the team had five operating tables and 80 wounded.") == (
        [("five", "other"), ("80", "injured")], [("five", "operating tables"), ("80", "wounded")])
    # must not fire: the noun is a person's ('two bus drivers'), or the word after the
    # figure is its verb ('thousands flee', 'hundreds fled'), not a modifier of a thing
    assert count_layer("The strike killed 12 people, and two bus drivers were killed.") == (
        [("12", "killed"), ("two", "killed")], [("12", "people"), ("two", "bus drivers")])
    assert count_layer("Thousands flee gang attacks in the capital.") == ([("Thousands", "displaced")], [])
    assert count_layer("Hundreds fled air strikes on Monday.") == ([("Hundreds", "displaced")], [])


def test_a_counted_noun_before_its_figure_keeps_its_own_category():
    # G77: 'put the wounded at 40' gives the wounded their figure; a later conjunct's noun
    # ('and the dead at 12') is another figure's, not what became of the wounded.
    assert count_layer("Doctors put the wounded at 65 and the dead at 18.") == (
        [("65", "injured"), ("18", "killed")], [("65", "wounded"), ("18", "dead")])
    assert count_layer("Officials put the displaced at 4,000 and the dead at 12.") == (
        [("4,000", "displaced"), ("12", "killed")], [("4,000", "displaced"), ("12", "dead")])
    # must not fire: a participle before its noun still yields to the clause after it
    assert count_layer("Forty wounded fighters later died in hospital.") == (
        [("Forty", "killed")], [("Forty", "wounded fighters")])


def test_a_figure_with_its_own_participle_is_not_governed_by_a_toll_before_it():
    # G77: 'toll' gives 'killed' to a figure after it in its clause, but not to one whose
    # own predicate follows it ('with 90 others wounded', '45 others had been wounded').
    assert count_layer("By Friday the toll had risen to 31, with about 90 others wounded.") == (
        [("31", "killed"), ("about 90", "injured")], [("about 90", "others")])
    assert count_layer("The toll stood at 20, and officials said 45 others had been wounded.") == (
        [("20", "killed"), ("45", "injured")], [("45", "others")])
    # must not fire: a figure with no predicate of its own, or one of dying, keeps the toll's
    assert count_layer("The toll rose to 126 on Monday as rescuers searched the rubble.") == (
        [("126", "killed")], [])
    assert count_layer("The toll stood at 40, and 12 more died overnight.") == (
        [("40", "killed"), ("12", "killed")], [])


def test_estimates_of_a_category_give_it_to_their_figures():
    # G77: 'estimates of the dead' names what its figures count, as 'the number of the
    # dead' does; an estimate of no category word says nothing of one.
    # (round 39: the ranged figures also count the estimates' noun, G40, as the dev gold has it)
    assert count_layer("Estimates of the dead have ranged between 70 and 95.") == (
        [("between 70 and 95", "killed")], [("between 70 and 95", "dead")])
    assert count_layer("Estimates of the displaced range from 2,000 to 5,000.") == (
        [("from 2,000 to 5,000", "displaced")], [("from 2,000 to 5,000", "displaced")])
    # must not fire
    assert count_layer("Estimates of the crowd at the rally ranged between 400 and 600.") == (
        [("between 400 and 600", "other")], [("between 400 and 600", "crowd")])


def test_be_home_to_a_figure_counts_the_people_present():
    # G215: 'was home to N' counts who lived there ('present', G39), whatever the noun says
    # of how they came there (refugees), in a story of flight too.
    assert count_layer(FLIGHT_STORY + "Before the war, the camp was home to some 90,000 refugees.") == (
        [("Thousands", "displaced"), ("some 90,000", "present")], [("Thousands", "families"), ("some 90,000", "refugees")])
    assert count_layer(FLIGHT_STORY + "The valley, home to 30,000 farmers, emptied overnight.") == (
        [("Thousands", "displaced"), ("30,000", "present")], [("Thousands", "families"), ("30,000", "farmers")])
    # must not fire: a figure after the place's own predicate of flight
    assert count_layer(FLIGHT_STORY + "The town was home to 30,000 people before 12,000 fled.") == (
        [("Thousands", "displaced"), ("30,000", "present"), ("12,000", "displaced")],
        [("Thousands", "families"), ("30,000", "people")])
