"""COUNT categories, round sixteen part two (issue 11): invented sentences only, never dev ones.

Each test drafts a text written for the test and reads the whole COUNT category layer
back (tests/sentences.py's ``cats``); beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import cats

FLIGHT = "Thousands of families fled the shelling of Kemi last week.\n\n"


def test_people_given_aid_are_the_people_the_story_is_about():
    # G39, G155: aid recipients after 'to' are displaced in a story of flight, present elsewhere.
    assert cats(FLIGHT + "A charity has distributed blankets and fuel to 2,300 families in Marza.") == {
        "Thousands": "displaced", "2,300": "displaced"}
    assert cats(FLIGHT + "The agency delivered tents to between 200 and 300 households, officials said.") == {
        "Thousands": "displaced", "between 200 and 300": "displaced"}
    assert cats("The siege of Kemi went on. Volunteers handed out bread to about 900 residents.") == {
        "about 900": "present"}
    # must not fire: a figure given, places given to, 'for' with the figure as a subject
    assert cats(FLIGHT + "The agency delivered 40 trucks of food to Marza.") == {
        "Thousands": "displaced", "40": "other"}
    assert cats(FLIGHT + "The agency delivered food to three camps.") == {"Thousands": "displaced", "three": "other"}
    assert cats("The deal provides for 9,000 people to leave Kemi by bus.") == {"9,000": "evacuated"}
