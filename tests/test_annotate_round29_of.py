"""Annotator round twenty-nine, COUNT_OF and COUNT spans (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and
COUNT_OF pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_a_share_of_a_possessor_counts_the_possessed_noun():
    # G40, G75: 'N of X's Y' counts Y, also where the possessor is a name with a
    # lower-case Arabic article ('al-Qusour's')
    assert count_layer("Officials said about two-thirds of al-Qusour's families chose to stay.") == (
        [("about two-thirds", "present")], [("about two-thirds", "families")])
    # a figure of the possessed between: the noun both count (the ratio's two figures too)
    assert count_layer("He said fewer than one in five of the town's roughly 20,000 people remained.") == (
        [("fewer than one", "present"), ("five", "present"), ("roughly 20,000", "present")],
        [("fewer than one", "people"), ("five", "people"), ("roughly 20,000", "people")])
    # a capitalised possessor, as before
    assert count_layer("About half of Homs's residents chose to stay.") == (
        [("About half", "present")], [("About half", "residents")])
    # no possessive: the name itself is what is counted
    assert count_layer("Two of al-Qaeda's commanders were killed.") == (
        [("Two", "killed")], [("Two", "commanders")])
