"""Annotator round twenty-five, COUNT spans and categories (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs) or each figure's text, value, modifier and category."""

from __future__ import annotations

from sentences import EVACUATION_STORY, count_layer


def test_a_part_in_quotation_marks_shares_the_figure_it_is_part_of():
    # G77: 'including' / 'among them' make the figure after them a part of the count
    # before, with its category; a quotation mark opening the quoted figure does not
    # break the phrase ('among them "about 90 fighters" who had handed over their rifles')
    assert count_layer(EVACUATION_STORY + "Officials said more than 800 people boarded the buses, among them "
                       "\"about 90 fighters\" who had handed over their rifles.") == (
        [("more than 800", "evacuated"), ("about 90", "evacuated")],
        [("more than 800", "people"), ("about 90", "fighters")])
    assert count_layer("Officials said 40 people were killed, including \u201cat least 12 children\u201d "
                       "who had sheltered in the school.") == (
        [("40", "killed"), ("at least 12", "killed")], [("40", "people"), ("at least 12", "children")])
