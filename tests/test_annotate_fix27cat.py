"""Review of annotator round twenty-seven's COUNT categories (issue 11) on invented
sentences only, never dev ones: where the round's rules misfired, each test reads the
whole COUNT layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer


def test_a_part_whose_have_is_an_auxiliary_or_whose_be_is_negated_takes_no_situation():
    # d397354/fe97d9a: 'have' before another verb says what the part did, not what it
    # has; a negated 'be' says the part is out of the situation
    for sentence, part, target in (("Half of the residents have returned home.", "Half", "residents"),
                                   ("A third of the residents had voted.", "A third", "residents"),
                                   ("Half of the residents are not refugees.", "Half", "residents")):
        assert count_layer(_STORY + sentence) == (
            _HEAD + [(part, "other")], _HEAD_OF + [(part, target)]), sentence
    # 'have' of a thing, also negated or with 'no', and 'had been' keep the story's situation
    for sentence, part in (("A third of the households had no tent.", "A third"),
                           ("A third of the households have no tent.", "A third"),
                           ("A third of the households had been offered a place.", "A third")):
        assert count_layer(_STORY + sentence) == (
            _HEAD + [(part, "displaced")], _HEAD_OF + [(part, "households")]), sentence


def test_a_negated_verb_of_a_fate_before_the_figure_does_no_fate():
    # 43bc4dd: a verb of a fate the clause negates did nothing to the people it counts,
    # whose noun's participle of flight then decides
    for sentence, figure, target in (("Airstrikes have not killed 30 displaced people.", "30", "displaced people"),
                                     ("Troops never detained 20 displaced men, officials said.", "20",
                                      "displaced men"),
                                     ("The army did not arrest 20 displaced men.", "20", "displaced men")):
        assert count_layer(sentence) == ([(figure, "displaced")], [(figure, target)]), sentence
    # the verb with no negation still does its fate
    assert count_layer("The strike killed 30 displaced people.") == ([("30", "killed")], [("30", "displaced people")])


def test_a_noun_of_movement_after_a_bare_verb_adjective_or_two_adjectives_is_the_act():
    # 21385ed: an adjective that is also a bare verb (slow, open), two adjectives, or
    # 'and' after the noun still leave 'crossing' the act, no verb of the figure
    for sentence in ("We have two doctors for the slow crossing.",
                     "We have two doctors for the open crossing.",
                     "We have two doctors for the whole long crossing."):
        assert count_layer(sentence) == ([("two", "other")], [("two", "doctors")]), sentence
    assert count_layer("We have two doctors for the whole crossing and three nurses.") == (
        [("two", "other"), ("three", "other")], [("two", "doctors"), ("three", "nurses")])
    # a participle-adjective is people, whose verb still moves them
    assert count_layer("Some 300 people were among the displaced arriving and leaving.") == (
        [("Some 300", "displaced")], [("Some 300", "people")])


def test_a_relative_of_flight_that_says_they_returned_leaves_presence():
    # 961a716: people who fled and then returned are back (G312), not displaced
    for sentence, figure, cat, target in (
            ("Thousands of people who fled and later returned are living in the town.", "Thousands", "present",
             "people"),
            ("Hundreds of families who were evacuated and then returned are staying in schools.", "Hundreds",
             "present", "families"),
            # the noun 'return' says nothing of theirs: flight still wins over presence
            ("Thousands of people who fled the return of the militia are living in the town.", "Thousands",
             "displaced", "people")):
        assert count_layer(sentence) == ([(figure, cat)], [(figure, target)]), sentence


def test_the_rounds_sentences_read_as_whole_layers():
    # round 27's tests read one item of some layers; these read the whole COUNT layer
    for sentence, part, target in (("Half of the children I see are underweight.", "Half", "children"),
                                   ("Nearly half of the children under five we screened were thin.", "Nearly half",
                                    "children"),
                                   ("About a third of the families on our street lost someone.", "About a third",
                                    "families"),
                                   ("Half of our nurses are women.", "Half", "nurses"),
                                   ("Half of the residents voted in the election.", "Half", "residents"),
                                   ("A third of the households own a car.", "A third", "households"),
                                   ("Half of those waiting voted.", "Half", "those")):
        assert count_layer(_STORY + sentence) == (_HEAD + [(part, "other")], _HEAD_OF + [(part, target)]), sentence
    for sentence, figure, target in (("Families hosting 300 displaced people said food was short.", "300",
                                      "displaced people"),
                                     ("Officials counted 300 displaced people at the school.", "300",
                                      "displaced people"),
                                     ("Volunteers were killing time with 20 displaced children.", "20",
                                      "displaced children")):
        assert count_layer(sentence) == ([(figure, "displaced")], [(figure, target)]), sentence
    for sentence, figure, target in (("Hundreds of residents who stayed are living in basements.", "Hundreds",
                                      "residents"),
                                     ("Dozens of people who had not fled are living in the cellar.", "Dozens",
                                      "people")):
        assert count_layer(sentence) == ([(figure, "present")], [(figure, target)]), sentence
