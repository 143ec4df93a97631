"""Annotator round twenty-nine, COUNT categories (issue 11): invented sentences only,
never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer


def _new_paragraph(sentence: str, figure: str, category: str, counted: str) -> None:
    # the sentence opens a paragraph of its own after a story of flight
    assert count_layer(_STORY + "\n\n" + sentence) == (
        _HEAD + [(figure, category)], _HEAD_OF + [(figure, counted)]), sentence


def test_people_counted_with_a_complaint_are_a_caseload():
    # G179, G208: 'N children with diarrhoea' names what the people suffer from, a
    # clinic's caseload, not what moved them: 'other'
    _new_paragraph("The first week I saw dozens of children with diarrhoea every day.", "dozens", "other", "children")
    _new_paragraph("This week we sent two people with pneumonia to hospital.", "two", "other", "people")
    _new_paragraph("Nurses saw 40 children with acute malnutrition.", "40", "other", "children")


def test_people_with_no_complaint_keep_their_reading():
    # a thing after 'with' or a complaint word before a noun: not a caseload
    _new_paragraph("About 300 families with children arrived in the camp.", "About 300", "displaced", "families")
    _new_paragraph("Doctors treated 40 people with shrapnel wounds.", "40", "injured", "people")


def test_people_moved_by_others_are_evacuated():
    # G342: a passive 'moved'/'relocated' or a transitive one with a figure as its object
    # is an organised move, 'evacuated', whatever the story's flight
    _new_paragraph("The authorities were preparing to move about 3,000 employees to the city.",
                   "about 3,000", "evacuated", "employees")
    _new_paragraph("About 300 families had been moved into schools by the army.", "About 300", "evacuated", "families")
    _new_paragraph("The army relocated 300 families to the camp.", "300", "evacuated", "families")


def test_people_moving_on_their_own_or_patients_keep_their_reading():
    # the intransitive 'have moved into' is flight (G342); patients moved for care are
    # no organised move of people (G179); a harm noun keeps its harm
    _new_paragraph("Hundreds of families have moved into mosques.", "Hundreds", "displaced", "families")
    _new_paragraph("About 300 families have moved on towards the city.", "About 300", "displaced", "families")
    _new_paragraph("Dozens of wounded patients were moved to the city hospital.", "Dozens", "injured", "wounded patients")


def test_wounded_people_evacuated_are_evacuated():
    # G77, G342: where the clause reports the evacuation of the wounded or sick themselves
    # (evacuated, airlifted, flew out), the figure is 'evacuated'
    _new_paragraph("Helicopters flew out dozens of wounded civilians on Monday.", "dozens", "evacuated", "wounded civilians")
    _new_paragraph("More than 300 sick and wounded people had been evacuated since July.",
                   "More than 300", "evacuated", "sick and wounded people")
    _new_paragraph("About 40 wounded people were airlifted to the capital.", "About 40", "evacuated", "wounded people")


def test_wounded_people_brought_in_or_awaiting_evacuation_stay_wounded():
    _new_paragraph("Dozens of wounded people were brought to the hospital.", "Dozens", "injured", "wounded people")
    _new_paragraph("About 40 wounded people were waiting for evacuation.", "About 40", "injured", "wounded people")
    _new_paragraph("About 40 wounded people have not been evacuated.", "About 40", "injured", "wounded people")
    _new_paragraph("About 40 wounded people were killed.", "About 40", "killed", "wounded people")


def test_a_camp_that_holds_people_lodges_them():
    # G155: a place that holds N people lodges them ('it now holds': past an adverb),
    # displaced in a story of flight; 'holds' is detention only for a prison or a captor
    assert count_layer(_STORY + "\n\nThe camp opened last year. It now holds more than 65,000 people.") == (
        _HEAD + [("more than 65,000", "displaced")], _HEAD_OF + [("more than 65,000", "people")])


def test_a_captor_or_prison_holds_captives():
    # hostages and inmates are held (detained), also after a sentence that ends with a place
    for sentence, figure, counted in (
            ("The militia seized the town. It holds about 300 hostages.", "about 300", "hostages"),
            ("The militia seized the town. It now holds about 300 hostages.", "about 300", "hostages"),
            ("The prison was built in 1990. It now holds about 3,000 inmates.", "about 3,000", "inmates")):
        assert count_layer(_STORY + "\n\n" + sentence) == (
            _HEAD + [(figure, "detained")], _HEAD_OF + [(figure, counted)]), sentence


def test_self_review_sentences_where_the_rules_must_not_fire():
    # ill_with: a noun of a category or the figure's own verb decides; a complaint word
    # before a noun, or after two adjectives, names no caseload
    _new_paragraph("Some 200 refugees with malaria fled across the border.", "Some 200", "displaced", "refugees")
    _new_paragraph("Some 200 children with malaria fled across the border.", "Some 200", "displaced", "children")
    _new_paragraph("About 300 families with cold water arrived in the camp.", "About 300", "displaced", "families")
    # moved_by_others: a feeling, not a move (the story's reading, as before this round);
    # a plan, a particle or a place phrase makes it one
    _new_paragraph("The speech moved thousands of people.", "thousands", "displaced", "people")
    _new_paragraph("Hundreds of people were moved to tears.", "Hundreds", "displaced", "people")
    _new_paragraph("About 300 families have not been moved.", "About 300", "displaced", "families")
    _new_paragraph("The army moved out 300 families.", "300", "evacuated", "families")
    # evacuated_wounded: still to be evacuated, or a relative of a later fate
    _new_paragraph("Medics said 40 wounded people had still to be evacuated.", "40", "injured", "wounded people")
    # captives: families a place holds keep the lodging reading past an adverb
    _new_paragraph("The camp opened in May. It still holds about 300 families.", "about 300", "displaced", "families")
