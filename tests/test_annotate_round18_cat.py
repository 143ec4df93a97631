"""Round eighteen of the annotator, COUNT categories and COUNT_OF (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole COUNT layer back
(every COUNT with its category, every COUNT_OF pair); beside each rule, sentences where
it must not fire.
"""

from __future__ import annotations

from sentences import count_layer


def test_those_before_a_participle_preposition_or_adverb_is_the_counted_pronoun():
    # G40, G78: in 'N of those held', 'N of those on the buses', 'N of those now waiting'
    # 'those' is the counted pronoun (a COUNTED span of its own), not a determiner.
    assert count_layer("Roughly nine in ten of those held were fighters.") == (
        [("Roughly nine", "detained"), ("ten", "detained")],
        [("Roughly nine", "those"), ("ten", "those")])
    # (COUNT_OF only: the category of a share of a set named by where its people are is
    # the category rules' question, not this rule's, and is not pinned here)
    assert count_layer("About half of those on the buses were women.")[1] == [("About half", "those")]
    assert count_layer("About half of those now waiting were women.")[1] == [("About half", "those")]
    assert count_layer("A third of those left behind were elderly.")[1] == [("A third", "those")]
    # must not fire: a noun after 'those' (a plural -s form, or a noun that is no verb)
    assert count_layer("Half of those rooms were empty.") == ([("Half", "other")], [("Half", "rooms")])
    assert count_layer("A third of these men were fighters.") == ([("A third", "other")], [("A third", "men")])
    assert count_layer("Fighters killed 25 others nearby.") == ([("25", "killed")], [("25", "others")])


def test_a_figure_verb_measures_its_object_past_a_determiner():
    # G116, G40: 'put the dead at N' gives the size of the dead as 'puts civilian dead at
    # N' does: COUNT_OF to the object of the figure verb, past its determiner.
    assert count_layer("A UN official put the dead at more than 150, citing hospital records.") == (
        [("more than 150", "killed")], [("more than 150", "dead")])
    assert count_layer("Officials put the civilian dead at between 80 and 90, citing UN agencies.") == (
        [("between 80 and 90", "killed")], [("between 80 and 90", "civilian dead")])
    # must not fire: no figure after 'at' (a place), or a verb that is no figure verb
    assert count_layer("Police put the blame at the door of the militia, and 30 people were arrested.") == (
        [("30", "detained")], [("30", "people")])
    assert count_layer("Medics saw the wounded at 40 sites.") == ([("40", "other")], [("40", "sites")])
