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


def test_a_road_number_before_a_road_noun_is_a_place_name():
    # G15, G16, G79: the number names the road; the road noun goes; the same number elsewhere is the road too.
    s = "Trucks moved along the N12 road to Kemi. Donors asked both sides to keep the N12 open."
    assert spans(s, "LOCATION") == ["N12", "Kemi", "N12"]
    assert spans("Shelling closed the M4 and M5 highways.", "LOCATION") == ["M4", "M5"]
    # must not fire: a letter and digits no road noun follows anywhere in the text
    assert spans("M23 fighters entered Kemi.", "LOCATION") == ["Kemi"]
    assert spans("The A320 landed at the airport.", "LOCATION") == ["airport"]


def test_two_places_joined_by_a_dash_before_a_road_noun_are_one_name():
    # G15: [Damascus-Homs highway] whole, written with an en dash as with a hyphen.
    assert spans("Convoys used the Kemi\u2013Marza road on Monday.", "LOCATION") == ["Kemi\u2013Marza road"]
    # must not fire: no road noun after the pair
    assert spans("Convoys moved between Kemi\u2013Marza talks.", "LOCATION") == []
