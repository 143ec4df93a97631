"""Round nineteen of the annotator's ACTOR and LOCATION mentions (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole ACTOR and LOCATION
layers back with the helpers of tests/sentences.py; beside each rule, sentences where it
must not fire.
"""

from __future__ import annotations

from sentences import mention_layers


def test_a_compass_word_after_a_verb_or_noun_is_a_direction():
    # G11: a compass word glued to the word before it says which way, it is no region.
    assert mention_layers("The convoy, escorted by aid vehicles, headed north along the highway.") == (
        [], ["highway"])
    assert mention_layers("Most were heading west along the highway.") == ([], ["highway"])
    assert mention_layers("Fighters could travel north with light weapons.") == (["Fighters"], [])
    assert mention_layers("A dust cloud rose on the horizon west of the road.") == ([], ["road"])
    assert mention_layers("They made their way north.") == ([], [])
    assert mention_layers("He sat on a plastic chair facing north, toward the town.") == ([], ["town"])
    # must not fire: a region opened by 'the' or a possessive, with adjectives or participles
    assert mention_layers("Families fled to the rebel-held north.") == (["Families"], ["rebel-held north"])
    assert mention_layers("Shelling hit Syria's mountainous north.") == ([], ["Syria", "mountainous north"])
    assert mention_layers("They reached the besieged east of the city.") == ([], ["besieged east", "city"])
    assert mention_layers("Clashes spread across the Kurdish north.") == ([], ["Kurdish north"])
    assert mention_layers("Camps in the north filled up.") == ([], ["Camps", "north"])


def test_a_country_name_with_of_or_an_initial_is_one_place():
    # G15, G16: a state's name is one mention, 'of' and an initial included.
    assert mention_layers("Fighting in eastern DR Congo displaced thousands.") == ([], ["eastern DR Congo"])
    assert mention_layers("Families fled the Democratic Republic of Congo last year.") == (
        ["Families"], ["Democratic Republic of Congo"])
    assert mention_layers("Troops crossed from the Republic of Congo.") == (["Troops"], ["Republic of Congo"])
    # must not fire: the full name with 'the' stays whole, a bare 'Congo' that acts stays an actor
    assert mention_layers("Aid reached the Democratic Republic of the Congo.") == (
        [], ["Democratic Republic of the Congo"])
    assert mention_layers("Congo said it would help.") == (["Congo"], [])
