"""Annotator round thirty-nine, COUNT and COUNT_OF: patterns of fresh text, on invented
sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import count_layer


def _counts(text: str) -> list[str]:
    """The drafted COUNT texts of ``text``."""
    return [c for c, _ in count_layer(text)[0]]


def _links(text: str) -> list[tuple[str, str]]:
    """The drafted COUNT_OF pairs (count text, target text) of ``text``."""
    return count_layer(text)[1]


def test_an_existential_there_before_a_bare_number_is_no_age():
    # G33: 'There were eleven when ...' says how many there were; 'she was eleven' is an age (G79)
    assert _counts("Her son counts the goats each dawn. There were eleven when the family left the farm.") \
        == ["eleven"]
    assert _counts("Her son counts the goats each dawn. She was eleven when the family left the farm.") == []


def test_a_number_before_an_ed_word_and_a_plural_after_a_person_noun_is_no_age():
    # G33, G40: 'members of two extended families' counts the families; 'a man of 80 died' stays an age
    assert ("three", "extended families") in _links("Some 40 members of three extended families slept in the hall.")
    assert _counts("A man of 80 died in the fire on Sunday.") == []


def test_a_partitive_of_a_bare_count_counts_the_noun_for_both():
    # G40: 'four of (her) six children' -- with or without a possessive, both figures count the noun
    assert _links("The nurse said four of six patients had a fever.") == [("four", "patients"), ("six", "patients")]


def test_a_clause_opener_after_a_figure_is_no_counted_noun():
    # G40, G41: 'between 80 and 95 once remains are identified' -- 'once' opens a clause, no COUNTED span
    assert _links("The final toll should settle between 80 and 95 once remains are identified.") == []


def test_a_bare_figure_restating_a_measure_is_no_count():
    # G79: a figure with no noun of its own that restates a distance or a sum before it is a measure too
    assert _counts("About 90 kilometres separate the two towns, while truckers put the figure nearer to 110.") \
        == ["two"]
    assert _counts("She counted the 6,000 rupees they had left. It came to just under 900.") == []
    # a toll after a measure still counts people; so does a figure that is a clause's subject
    assert _counts("The convoy drove 150 km. The toll rose to 120.") == ["120"]
    assert _counts("The road is 40 km long, and about 30 were stranded on it.") == ["about 30"]


def test_one_set_against_a_figure_before_it_is_a_count():
    # G143, G270: 'twelve people under [one] roof', '5,000 pounds for [one] seat', 'the figures of [one] clinic'
    assert ("one", "roof") in _links("Cousins already have twelve people under one roof, she said.")
    assert ("one", "other") in count_layer("The smugglers wanted 5,000 pounds for one seat in the boat.")[0]
    assert ("one", "clinic") in _links("Our figures are the figures of one clinic on one day, he said.")
    # a time unit or a part of the day after 'one' keeps it an article (G35)
    assert _counts("Some 600 new arrivals came in one morning.") == ["Some 600"]


def test_one_more_is_a_count_and_one_before_a_vehicle_after_a_verb_is_an_article():
    # G33, G35: 'one more was brought in' adds one; 'boarding one bus' means 'a bus'
    assert _counts("The morgue received 30 bodies, and one more was brought in later.") == ["30", "one"]
    assert _counts("We waited one more day at the border.") == []
    assert _counts("A soldier was filmed boarding one bus near the gate.") == []
    assert _counts("The militia killed one soldier at the gate.") == ["one"]


def test_a_ratio_with_every_is_two_counts_of_one_noun():
    # G117: 'two in every three of the residents' as 'two in three'; 'every two hours' stays a time
    assert _links("About two in every three of the valley's 9,000 residents have left.") == [
        ("About two", "residents"), ("three", "residents"), ("9,000", "residents")]
    assert _links("Roughly one tent in every four was flooded.") == [("Roughly one", "tent"), ("four", "tent")]
    assert _counts("Buses left the camp every three hours, then every two.") == []


def test_half_a_group_of_people_is_a_fraction_count_of_it():
    # G75: 'half a crew' is a share of the crew's members; 'half a square mile', 'half an hour' are no COUNT
    assert _links("They cannot run four turbines with half a crew on every shift.") == [
        ("four", "turbines"), ("half", "crew")]
    assert _counts("Some 50,000 people live in less than half a square mile.") == ["Some 50,000"]


def test_a_bounded_fraction_ending_a_clause_after_a_figure_noun_is_its_value():
    # G75, G274: 'put the figure at nearer half.' -- the figure's value, a COUNT with no noun (G41)
    assert count_layer("The camp's own survey of arrivals put the figure at nearer half.")[0][0][0] == "nearer half"
    assert _counts("The old school was about half full.") == []


def _modifiers(text: str) -> list[tuple[str, str, int | float | None, int | float | None]]:
    """The (text, modifier, min, max) of each COUNT expression of ``text``."""
    from ghouta_corpus.annotate.counts import find_counts
    return [(m.text, m.count.modifier, m.count.min, m.count.max) for m in find_counts(text)]


def test_or_more_after_a_figure_makes_it_at_least():
    # G37, G74: 'twenty, maybe more' is at least twenty; 'or more than 40 percent' is a figure of its own
    assert _modifiers("I counted thirty, maybe more, on the road that night.") == [("thirty", "at_least", 30, None)]
    assert _modifiers("Officials expect 400 or more at the crossing.") == [("400", "at_least", 400, None)]
    assert _modifiers("Of 30 dead, 13, or more than 40 percent, were staff.")[1][1] == "exact"


def test_a_figure_a_toll_passes_is_more_than_it_though_a_noun_follows():
    # G37: 'the toll has since passed 550 dead' -- more than 550; 'the convoy passed 12 checkpoints' stays exact
    assert _modifiers("Its toll has since passed 320 dead, the ministry said.") == [("320", "more_than", 320, None)]
    assert _modifiers("The number of arrivals topped 9,000 people on Monday.")[0][1] == "more_than"
    assert _modifiers("The convoy passed 12 checkpoints on the way.") == [("12", "exact", 12, 12)]


def test_figures_after_a_verb_of_ranging_count_the_noun_of_the_figure_noun():
    # G40, G257: 'Estimates of the [dead] have ranged between 40 and 53'; 'the number of [people] killed ...,
    # with estimates ranging from [a few dozen] to [more than 160]'; no figure noun with 'of', no noun
    assert _links("Estimates of the wounded have ranged between 70 and 95 since Friday.") == [
        ("between 70 and 95", "wounded")]
    assert _links("The number of people missing is disputed, with estimates ranging from a few dozen to "
                  "more than 90.") == [("a few dozen", "people"), ("more than 90", "people")]
    assert _links("Counts from the attack range from 300 to more than 1,200.") == []


def test_a_bound_one_counts_its_singular_thing():
    # G40: 'at least one ambulance' counts the ambulance, as a bare 'one' before a thing noun does
    assert _links("Medics said at least one ambulance was turned back at the bridge.") == [
        ("at least one", "ambulance")]


def test_a_figure_of_groups_counts_the_people_moved_in_them():
    # G40: 'move people in groups of 20 to 30' -- the figure gives the size of groups of those people
    assert ("15 to 25", "people") in _links("Volunteers move people in groups of 15 to 25, no more.")
    assert [t for c, t in _links("We left at night in groups of ten or twelve, with no lights.")] == []


def test_an_ing_modifier_before_a_plural_is_part_of_the_counted_noun():
    # G40: 'seven operating tables', 'dozens of sleeping bags'; 'hundreds fleeing shells' counts no 'shells'
    assert _links("The clinic had five operating tables and 40 beds.") == [
        ("five", "operating tables"), ("40", "beds")]
    assert _links("Hundreds fleeing shells reached the river.") == []


def test_ones_after_adjectives_is_the_counted_noun():
    # G40: 'dozens of smaller ones' -- the pronoun heads its adjectives, as '25 others' is counted
    assert _links("He heard three blasts, then dozens of smaller ones.") == [
        ("three", "blasts"), ("dozens", "smaller ones")]


def test_a_degree_word_before_a_bound_is_inside_it():
    # G34, G74: as 'just under' (at_most) and 'just over' (more_than): 'a little under', 'slightly more than'
    assert _modifiers("They counted a little under 400 families at the school.") == [
        ("a little under 400", "at_most", None, 400)]
    assert _modifiers("Slightly more than 250 people crossed on Friday.") == [
        ("Slightly more than 250", "more_than", 250, None)]
