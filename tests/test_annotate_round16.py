"""Round sixteen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import spans


def test_a_title_of_office_inside_a_run_parts_a_modifier_from_the_name():
    # G17, G66: the title goes; a place before it is its own mention, a portfolio word goes with it.
    s = "On Monday Odesa Mayor Ana Kovac said the shelter was full."
    assert spans(s, "ACTOR") == ["Ana Kovac"]
    assert spans(s, "LOCATION") == ["Odesa", "shelter"]
    s = "He said Interior Minister Ana Kovac had visited the camp."
    assert spans(s, "ACTOR") == ["Ana Kovac"]
    assert spans(s, "LOCATION") == ["camp"]
    # must not fire: a two-word title after a demonym (the existing rule), an honorific
    # inside a place's name, a run whose words after the title are common words
    assert spans("British Prime Minister Ana Kovac said ten died.", "ACTOR") == ["Ana Kovac"]
    assert spans("Fighters entered Kafr Sheikh Ali on Monday.", "LOCATION") == ["Kafr Sheikh Ali"]
    assert spans("They took the Northeastern Regional Military Command on Monday.", "ACTOR") == []
