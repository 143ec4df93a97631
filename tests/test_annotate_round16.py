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
    s = "British Prime Minister Ana Kovac said ten died."
    assert spans(s, "ACTOR") == ["Ana Kovac"]
    assert spans(s, "LOCATION") == []
    s = "Fighters entered Kafr Sheikh Ali on Monday."
    assert spans(s, "LOCATION") == ["Kafr Sheikh Ali"]
    assert spans(s, "ACTOR") == ["Fighters"]
    s = "They took the Northeastern Regional Military Command on Monday."
    assert spans(s, "ACTOR") == []
    assert spans(s, "LOCATION") == []


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


def test_the_title_split_keeps_place_names_and_labels_the_cut_off_place():
    # G68: a name that starts with a toponym head is a place's name whole, a title word inside it or not;
    # an honorific of rank (Sultan, Pasha) may be part of a name too.
    s = "Residents fled Beit Sultan Yusuf on Monday."
    assert spans(s, "LOCATION") == ["Beit Sultan Yusuf"]
    assert spans(s, "ACTOR") == ["Residents"]
    s = "Shelling hit Kafr President Ali on Monday."
    assert spans(s, "LOCATION") == ["Kafr President Ali"]
    assert spans(s, "ACTOR") == []
    # G17, G16: an adjective between the place and the title goes with the title, the place stays a place
    s = "On Monday Aleppo Provincial Governor Hussein Diab said the buses left."
    assert spans(s, "LOCATION") == ["Aleppo"]
    assert spans(s, "ACTOR") == ["Hussein Diab"]
    # G8, G17: a capital before a title heads the source, but the person speaks, not the state
    s = "Kyiv Mayor Vitali Petrenko said ten died."
    assert spans(s, "LOCATION") == ["Kyiv"]
    assert spans(s, "ACTOR") == ["Vitali Petrenko"]
    s = "On Monday Kyiv Deputy Mayor Oleh Petrenko said ten died."
    assert spans(s, "LOCATION") == ["Kyiv"]
    assert spans(s, "ACTOR") == ["Oleh Petrenko"]
    # must not change: a capital heading a source on its own, or with a party after 'and', still acts
    assert spans("Kyiv said ten died.", "ACTOR") == ["Kyiv"]
    assert spans("Damascus and its allies said ten died.", "ACTOR") == ["Damascus", "allies"]


def test_a_road_number_elsewhere_is_not_the_road_before_a_noun_and_a_dash_needs_a_name_noun():
    # G15, G16: a number that modifies another noun elsewhere names that (a group, a unit), not the road
    s = "Rebels cut the M23 road near Kemi. M23 fighters then entered the town."
    assert spans(s, "LOCATION") == ["M23", "Kemi", "town"]
    assert spans(s, "ACTOR") == ["Rebels", "fighters"]
    s = "Rebels cut the M23 road near Kemi, and the M23 group said it would hold it."
    assert spans(s, "LOCATION") == ["M23", "Kemi"]
    # must still fire: the number alone, or before a road noun again
    s = "Traffic on the M4 was heavy. Trucks took the M4 highway."
    assert spans(s, "LOCATION") == ["M4", "M4"]
    # G15: a dash joins two places into one road's name only before a noun the name takes in
    # (road, highway, motorway), not a figurative 'route' or 'corridor'
    s = "Talks on a Kyiv\u2013Moscow route to peace stalled."
    assert spans(s, "LOCATION") == ["Kyiv", "Moscow"]
    assert spans("Convoys used the Kemi\u2014Marza road on Monday.", "LOCATION") == ["Kemi\u2014Marza road"]
