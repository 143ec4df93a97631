"""Review of annotator round eighteen, COUNT_OF (issue 11): invented sentences only,
never dev ones. Each test reads the whole COUNT layer back (every COUNT with its
category, every COUNT_OF pair)."""

from __future__ import annotations

from test_annotate_round18_cat import count_layer


def test_those_before_a_modifier_of_a_plural_is_a_determiner():
    # 'those' before a participle or an adverb is the counted pronoun only where no plural
    # noun follows the modifier: 'those stolen cars', 'those wounded civilians', 'those
    # very young children' are noun phrases that 'those' determines, not 'those' itself.
    assert count_layer("Half of those wounded civilians died.") == (
        [("Half", "killed")], [("Half", "wounded civilians")])
    assert count_layer("Half of those burnt houses were rebuilt.") == (
        [("Half", "other")], [("Half", "burnt houses")])
    assert count_layer("Half of those fleeing families were women.") == (
        [("Half", "displaced")], [("Half", "fleeing families")])
    assert count_layer("Half of those stolen cars were found.") == ([("Half", "other")], [])
    assert count_layer("Half of those very young children died.") == ([("Half", "killed")], [])
    # still the pronoun: a verb, a time word, an adjective or a particle after the modifier
    assert count_layer("Half of those killed included women.") == ([("Half", "killed")], [("Half", "those")])
    assert count_layer("Half of those killed Tuesday were children.") == (
        [("Half", "killed")], [("Half", "those")])
    assert count_layer("Half of those left homeless were children.") == (
        [("Half", "displaced")], [("Half", "those")])
    assert count_layer("Two of those taken hostage were nurses.") == (
        [("Two", "evacuated")], [("Two", "those")])


def test_round18_those_sentences_whole_layer():
    # the round's own sentences, read back whole (the round's test read COUNT_OF only)
    assert count_layer("About half of those on the buses were women.") == (
        [("About half", "other")], [("About half", "those")])
    assert count_layer("About half of those now waiting were women.") == (
        [("About half", "other")], [("About half", "those")])
    assert count_layer("A third of those left behind were elderly.") == (
        [("A third", "evacuated")], [("A third", "those")])
    assert count_layer("A third of these men were fighters.") == ([("A third", "other")], [("A third", "men")])
