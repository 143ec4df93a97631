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


def test_aid_verbs_in_other_senses_give_no_aid():
    # fixcat16: 'provide', 'hand', 'deliver', 'supply' give relief only with a word of aid goods.
    assert cats(FLIGHT + "The ministry provided a list to 30 journalists on Tuesday.") == {
        "Thousands": "displaced", "30": "other"}
    assert cats(FLIGHT + "The envoy delivered a speech to 300 delegates.") == {"Thousands": "displaced", "300": "other"}
    assert cats(FLIGHT + "Officials supplied information to 15 diplomats in Geneva.") == {
        "Thousands": "displaced", "15": "other"}
    assert cats(FLIGHT + "The rebels handed over the town to 12 officials from Damascus.") == {
        "Thousands": "displaced", "12": "released"}
    # still fires: a passive whose subject is aid, a long list of goods
    assert cats(FLIGHT + "Food was distributed to 2,000 families.") == {"Thousands": "displaced", "2,000": "displaced"}
    assert cats(FLIGHT + "The charity distributed food, blankets, mattresses and heating fuel to 2,000 families.") == {
        "Thousands": "displaced", "2,000": "displaced"}


def test_a_later_figure_of_its_own_noun_does_not_inherit_aid_recipients():
    # fixcat16: staff counted in the next sentence are not the people given aid.
    assert cats(FLIGHT + "Aid was distributed to 300 families. We have two nurses and no surgeon.") == {
        "Thousands": "displaced", "300": "displaced", "two": "other"}
    assert cats(FLIGHT + "The charity delivered blankets to 300 families. Three doctors work in the clinic.") == {
        "Thousands": "displaced", "300": "displaced", "Three": "other"}


def test_passage_phrasals_count_only_civilians():
    # fixcat16: a battle ('pushed back 300 fighters'), staff or patients turned away are not people in flight.
    assert cats(FLIGHT + "Troops pushed back 300 fighters from the ridge.") == {"Thousands": "displaced", "300": "other"}
    assert cats(FLIGHT + "Rebels turned back 200 soldiers at the front line.") == {"Thousands": "displaced", "200": "other"}
    assert cats(FLIGHT + "Guards let in 30 journalists to the press conference.") == {
        "Thousands": "displaced", "30": "other"}
    assert cats(FLIGHT + "The hospital turned away 40 patients.") == {"Thousands": "displaced", "40": "other"}
    assert cats(FLIGHT + "Border guards let in 300 refugees.") == {"Thousands": "displaced", "300": "displaced"}


def test_a_set_s_own_word_is_a_participle_of_a_category_verb():
    # fixcat16: nouns before the set's noun and verbs of movement of many senses give the share nothing.
    for sentence in ("Half of the prison guards were women.", "Half of the evacuation staff were volunteers.",
                     "A third of the convoy drivers were from Kemi.", "Half of the newly registered voters were women.",
                     "A third of the lost children were found.", "Half of the death squad members were foreigners."):
        assert list(cats("Buses reached Kemi.\n\n" + sentence).values()) == ["other"], sentence
    assert cats("Buses reached Kemi.\n\nHalf of the army's captured officers were generals.") == {"Half": "detained"}
