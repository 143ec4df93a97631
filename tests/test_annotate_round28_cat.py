"""Annotator round twenty-eight, COUNT categories (issue 11): invented sentences only,
never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer


def _last(sentence: str, figure: str, category: str, counted: str) -> None:
    assert count_layer(_STORY + sentence) == (_HEAD + [(figure, category)], _HEAD_OF + [(figure, counted)]), sentence


def test_displaced_people_treated_for_a_complaint_are_patients():
    # G179: people a verb of care treats for a complaint are a clinic's caseload ('other'),
    # or 'injured' for a harm of violence, whatever their noun's participle of flight says
    _last("Medics have treated dozens of displaced people for cold and chest infections.",
          "dozens", "other", "displaced people")
    _last("Doctors treated 40 displaced children for diarrhoea.", "40", "other", "displaced children")
    _last("Doctors treated 40 displaced children for shrapnel wounds.", "40", "injured", "displaced children")


def test_displaced_people_treated_with_no_complaint_stay_displaced():
    # no 'for' and a complaint after them (or a price): the noun's participle decides
    _last("Doctors treated 40 displaced children.", "40", "displaced", "displaced children")
    _last("Doctors treated 40 displaced children for free.", "40", "displaced", "displaced children")
    _last("Nurses vaccinated 300 displaced children against measles.", "300", "displaced", "displaced children")


def test_people_at_risk_are_where_the_danger_is():
    # G304 (G39): 'at risk', 'in danger', 'under threat' after a form of 'be' say the
    # people are still where the reported events threaten them, as a place phrase does
    _last("The UN warned that about 90,000 people in the area were at risk.", "about 90,000", "present", "people")
    _last("About 300 families are in danger.", "About 300", "present", "families")
    _last("Some 5,000 people were under threat.", "Some 5,000", "present", "people")


def test_a_danger_of_a_harm_or_people_who_fled_keep_their_reading():
    # 'of' names a harm, not a place; a relative of flight wins over presence (G144)
    _last("More than 2,000 children are at risk of cholera.", "More than 2,000", "displaced", "children")
    _last("About 300 families who fled are in danger.", "About 300", "displaced", "families")



def _new_paragraph(sentence: str, figure: str, category: str, counted: str) -> None:
    # the sentence opens a paragraph of its own: no count before it to inherit from
    assert count_layer(_STORY + "\n\n" + sentence) == (
        _HEAD + [(figure, category)], _HEAD_OF + [(figure, counted)]), sentence


def test_people_a_place_is_shared_by_take_the_story_situation():
    # G155: the passive of '22 people shared a single room' says where the people live;
    # with no cue of their own they are the story's population (displaced here)
    _new_paragraph("Each latrine is shared by about 300 people.", "about 300", "displaced", "people")
    _new_paragraph("Some school toilets are shared by more than 200 people.", "more than 200", "displaced", "people")


def test_a_thing_shared_by_people_says_no_situation():
    # a thing shared is no lodging: the agent of 'by' keeps its preposition's reading
    _new_paragraph("The video was shared by 3,000 people.", "3,000", "other", "people")
    _new_paragraph("The prize was shared by 12 people.", "12", "other", "people")


# Self-review: sentences where this round's rules must not fire (negation, other senses,
# other genres); each failed on the round's first version of its rule.

def test_self_review_care_negated_or_a_treat():
    # not treated: no care given; 'treat' to a meal or a feast is no care (care_not_complaints)
    _new_paragraph("Doctors have not treated 40 displaced children for diarrhoea.",
                   "40", "displaced", "displaced children")
    _new_paragraph("Volunteers treated 40 displaced families for lunch.", "40", "displaced", "displaced families")
    _new_paragraph("The charity treated 60 displaced children for Eid with new clothes.",
                   "60", "displaced", "displaced children")


def test_self_review_danger_negated():
    # people said not to be at risk are not placed by the phrase
    _new_paragraph("Officials said 40 families were not at risk.", "40", "other", "families")


def test_self_review_shared_negated_or_not_the_place():
    # a negated 'be', or a subject that is not the place ('the cost of the stall')
    _new_paragraph("The room was not shared by 20 people.", "20", "other", "people")
    _new_paragraph("The cost of the market stall was shared by 30 people.", "30", "other", "people")
    _new_paragraph("One room is now shared by 22 people.", "22", "displaced", "people")


def test_staying_in_a_building_that_takes_people_in_is_lodging():
    # G155: 'stay in' a compound, school or camp lodges people like 'sleeping' there: in a
    # story of flight they are the ones who fled (displaced)
    _new_paragraph("A priest said that between 300 and 400 families had stayed in the compound since Sunday.",
                   "between 300 and 400", "displaced", "families")
    _new_paragraph("About 400 people were staying at a local school.", "About 400", "displaced", "people")


def test_staying_in_a_settlement_or_home_or_negated_stays_present():
    # staying in a town or at home is remaining (present); so is a negated stay, and a
    # building word that only modifies another noun ('the school district')
    for sentence, figure, counted in (("About 400 people stayed in the town.", "About 400", "people"),
                                      ("Some 300 families stayed in their homes.", "Some 300", "families"),
                                      ("Some 300 families did not stay in the camp.", "Some 300", "families"),
                                      ("Some 300 families never stayed in the camp.", "Some 300", "families"),
                                      ("Some 200 families stayed in the school district.", "Some 200", "families")):
        _new_paragraph(sentence, figure, "present", counted)


def test_self_review_a_verb_that_puts_people_at_risk_places_no_one():
    # the danger phrase says where people are only after 'be' (round 8: a placing verb
    # with no place lodges no one)
    _new_paragraph("The shelling put 300 people at risk.", "300", "other", "people")


def test_self_review_things_at_risk_are_no_people():
    # the danger phrase places people only: a figure of jobs at risk keeps other
    _new_paragraph("About 2,000 jobs are at risk.", "About 2,000", "other", "jobs")
    _new_paragraph("Officials said about 2,000 jobs are at risk.", "about 2,000", "other", "jobs")
