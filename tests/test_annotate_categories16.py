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


def test_people_let_through_or_turned_back_are_on_the_move():
    # G77: the object of 'let through', 'push back', 'turn away' is people moving: the sentence's kind.
    assert cats(FLIGHT + "\u201cThat night we let through about 500 people an hour,\u201d the guard said.") == {
        "Thousands": "displaced", "about 500": "displaced"}
    assert cats(FLIGHT + "Border guards pushed back between 100 and 200 people on Monday.") == {
        "Thousands": "displaced", "between 100 and 200": "displaced"}
    assert cats("Buses evacuated Kemi.\n\nSoldiers turned away 60 people at the last checkpoint.") == {
        "60": "evacuated"}
    # must not fire: no figure right after the particle, a thing let through
    assert cats(FLIGHT + "Troops pushed back an attack and killed two gunmen.") == {
        "Thousands": "displaced", "two": "killed"}
    assert cats(FLIGHT + "Guards let through 30 trucks on Monday.") == {"Thousands": "displaced", "30": "other"}


def test_a_share_of_a_set_takes_the_category_of_the_set_s_own_participle():
    # G145: a predicate that only says what the people are keeps the set's category,
    # which a participle inside the set's phrase gives ('the departing fighters').
    assert cats("Buses reached Kemi.\n\nNearly half of the departing fighters belonged to the Kemi Brigade.") == {
        "Nearly half": "evacuated"}
    assert cats("Shelling hit Kemi.\n\nAbout a third of the wounded civilians were children.") == {
        "About a third": "injured"}
    # must not fire: a set with no word of a category, a predicate that names one
    assert cats("Buses reached Kemi.\n\nNearly half of the fighters belonged to the Kemi Brigade.") == {
        "Nearly half": "other"}
    assert cats("Buses reached Kemi.\n\nNearly half of the departing fighters were later detained.") == {
        "Nearly half": "detained"}
