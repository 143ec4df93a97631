"""Review of annotator round eighteen, COUNT_OF (issue 11): invented sentences only,
never dev ones. Each test reads the whole COUNT layer back (every COUNT with its
category, every COUNT_OF pair)."""

from __future__ import annotations

from sentences import count_layer


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


def test_a_figure_verb_measures_past_a_determiner_only_of_a_whole_group():
    # G116: 'put' past a distributive or a quantifier ('every child', 'some families')
    # measures nothing; the definite, the article and a possessive still open its object.
    assert count_layer("Officials put every child at 2.") == ([("2", "other")], [])
    assert count_layer("Officials put some families at 40.") == ([("40", "other")], [])
    assert count_layer("Officials put their dead at 40.") == ([("40", "killed")], [("40", "dead")])
    assert count_layer("Police put a crowd at 2,000.") == ([("2,000", "other")], [("2,000", "crowd")])


def test_a_figure_verb_left_out_in_a_second_conjunct_still_measures():
    # 'put the wounded at 40 and the dead at 12': the second figure measures its own
    # object, the figure verb left out; not after another verb or without a figure verb.
    assert count_layer("Medics put the wounded at 40 and the dead at 12.") == (
        [("40", "injured"), ("12", "killed")], [("40", "wounded"), ("12", "dead")])   # (40 was killed
    #                                                   before round twenty: the next conjunct's 'dead')
    assert count_layer("Medics put the wounded at 40, the dead at 12 and the missing at 9.") == (
        [("40", "injured"), ("12", "killed"), ("9", "other")],
        [("40", "wounded"), ("12", "dead"), ("9", "missing")])
    assert count_layer("The army moved the wounded at 40 and the dead at 12.") == (
        [("40", "killed"), ("12", "killed")], [])
    assert count_layer("Medics put the wounded at 40 and saw the dead at 12 sites.") == (
        [("40", "injured"), ("12", "other")], [("40", "wounded"), ("12", "sites")])


def test_round18_figure_verb_sentences_whole_layer():
    assert count_layer("Medics saw the wounded at 40 sites.") == ([("40", "other")], [("40", "sites")])
