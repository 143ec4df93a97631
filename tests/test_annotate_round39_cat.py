"""Annotator round thirty-nine, COUNT categories: patterns of fresh text, on invented
sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import count_layer


def test_a_remainder_breakdown_takes_the_toll_across_a_paragraph_break():
    # G77, G78: 'the remainder included N X and M Y' lists parts of the last whole given,
    # even where that whole stands in the paragraph before
    assert count_layer("The monitor put the toll at 90 on Monday.\n\nThe group said the remainder "
                       "included 20 soldiers and 30 fighters loyal to the old rulers.")[0] == [
        ("90", "killed"), ("20", "killed"), ("30", "killed")]
    # with no remainder noun, a figure of a new paragraph does not inherit the toll
    assert count_layer("The monitor put the toll at 90 on Monday.\n\nThe group said its staff "
                       "included 20 doctors.")[0] == [("90", "killed"), ("20", "other")]


def test_every_conjunct_of_a_list_after_including_is_a_part_of_the_whole():
    # G77: a figure after 'and' in a list that 'including' opens is a part of the same
    # whole, whatever its own words after it say
    assert count_layer("Some 90 people were killed, including 20 soldiers and 30 fighters loyal "
                       "to the ousted rulers.")[0] == [("Some 90", "killed"), ("20", "killed"), ("30", "killed")]


def test_a_part_of_those_a_tally_counted_keeps_the_tally_category():
    # G145: 'a third of those it counted' is a part of the figure the tally gave before
    assert count_layer("The monitor put the toll at 90 on Monday. It said nearly half of those it "
                       "counted were students.")[0] == [("90", "killed"), ("nearly half", "killed")]


def test_people_a_tally_counted_as_dead_are_killed():
    # G39: people a tally counts 'as dead' or 'as wounded' take that fate
    assert count_layer("The monitor said roughly a third of the 120 people it counted as dead had "
                       "not been named.")[0] == [("roughly a third", "killed"), ("120", "killed")]
    assert count_layer("The hospital said the 40 people it recorded as wounded had gone home.")[0] == [
        ("40", "injured")]
