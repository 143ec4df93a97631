"""Review of annotator round twenty-eight's COUNT categories (issue 11) on invented text:
sentences where a rule of the round overreached or missed; each test reads the whole
COUNT layer back (categories and COUNT_OF pairs) and failed before its fix."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import count_layer


def _new_paragraph(sentence: str, figure: str, category: str, counted: str) -> None:
    # the sentence opens a paragraph of its own after the displacement story
    assert count_layer(_STORY + "\n\n" + sentence) == (
        _HEAD + [(figure, category)], _HEAD_OF + [(figure, counted)]), sentence


def test_care_for_a_purpose_or_a_beneficiary_is_no_caseload():
    # cf66283 (G179): 'for' must name a complaint (an illness, a symptom, a harm); a purpose,
    # a test or a beneficiary leaves the noun's participle of flight to decide
    for sentence, figure, counted in (
            ("Aid workers examined 50 displaced families for eligibility.", "50", "displaced families"),
            ("Doctors treated 40 displaced children for the cameras.", "40", "displaced children"),
            ("Doctors treated 40 displaced children for the UN.", "40", "displaced children"),
            ("Doctors treated 40 displaced children for a week.", "40", "displaced children")):
        _new_paragraph(sentence, figure, "displaced", counted)


def test_care_for_a_complaint_still_makes_a_caseload():
    _new_paragraph("Doctors examined 40 displaced children for signs of malnutrition.",
                   "40", "other", "displaced children")
    _new_paragraph("Doctors treated 40 displaced children for meningitis.", "40", "other", "displaced children")
    _new_paragraph("Doctors treated 40 displaced children for shrapnel wounds.", "40", "injured", "displaced children")


def test_care_negated_by_a_contraction_gives_no_care():
    # 251de13 read 'not', 'never' and a "n't" token; the words split "didn't" as didn ' t
    _new_paragraph("Doctors didn't treat 40 displaced children for diarrhoea.", "40", "displaced", "displaced children")


def test_staying_in_a_building_lodges_civilians_only():
    # 63d12b1 (G155): soldiers, fighters, reporters or prisoners who stay in a compound are at
    # a post or held, not lodged; a bare singular ('in school') is schooling; a contraction negates
    for sentence, figure, counted in (("About 40 soldiers stayed in the compound.", "About 40", "soldiers"),
                                      ("About 40 journalists stayed in the hall.", "About 40", "journalists"),
                                      ("About 40 families stayed in school.", "About 40", "families"),
                                      ("About 40 families didn't stay in the camp.", "About 40", "families")):
        _new_paragraph(sentence, figure, "present", counted)


def test_civilians_staying_in_a_building_are_still_lodged():
    for sentence, figure, counted in (("About 40 families chose to stay in the camp.", "About 40", "families"),
                                      ("About 40 families stay in tents.", "About 40", "families"),
                                      ("About 400 people, most of them women, stayed in the compound.",
                                       "About 400", "people")):
        _new_paragraph(sentence, figure, "displaced", counted)


def test_a_place_shared_before_the_war_holds_its_prewar_population():
    # 96567d2 (G155, G39): people who shared a house before the war lived there then (the
    # 'prewar' population, present), not people lodged by the story's flight
    _new_paragraph("The house was shared by 12 people before the war.", "12", "present", "people")
    _new_paragraph("Each room was shared by 12 families before the siege.", "12", "present", "families")


def test_a_territory_or_route_shared_by_people_lodges_no_one():
    # a settlement, a road or a river shared by people: users or a population, no lodging
    _new_paragraph("The road is shared by 12,000 people every day.", "12,000", "other", "people")
    _new_paragraph("The river is shared by 3 million people.", "3 million", "other", "people")
    _new_paragraph("Each latrine is shared by about 300 people.", "about 300", "displaced", "people")


def test_people_who_only_own_what_is_at_risk_are_not_placed():
    # 1793b52/7cc464d (G304): the people must be the subject, not the owners of what is at
    # risk; the lives or the majority of them are the people themselves
    _new_paragraph("The jobs of 2,000 workers are at risk.", "2,000", "other", "workers")
    _new_paragraph("The livelihoods of 2,000 families are at risk.", "2,000", "displaced", "families")
    _new_paragraph("About 300 families' homes are at risk.", "About 300", "displaced", "families")
    _new_paragraph("The lives of about 300 people are at risk.", "about 300", "present", "people")


def test_a_danger_phrase_with_an_adjective_inside_places_people():
    # 'at high risk', 'in grave danger' are the round's phrases with an adjective; 'of' still names a harm
    _new_paragraph("About 300 families are at greater risk.", "About 300", "present", "families")
    _new_paragraph("About 300 families were in grave danger.", "About 300", "present", "families")
    _new_paragraph("About 300 families were in grave danger of starvation.", "About 300", "displaced", "families")
    _new_paragraph("About 300 families were not in grave danger.", "About 300", "other", "families")


def test_a_subject_of_civilians_and_soldiers_is_not_lodged_in_a_building():
    # 6461c78's civilian subject must be civilians only: soldiers listed with families keep staying
    assert count_layer(_STORY + "\n\nAbout 40 soldiers and 300 families stayed in the compound.") == (
        _HEAD + [("About 40", "present"), ("300", "present")],
        _HEAD_OF + [("About 40", "soldiers"), ("300", "families")])
    _new_paragraph("About 400 civilians stayed in the compound.", "About 400", "displaced", "civilians")


def test_a_list_of_objects_shares_the_verb_of_care_and_its_complaint():
    # cf66283 (G179): every object of one verb of care shares its 'for' complaint; a second
    # verb ('and moved 30 ...') is no list of its objects
    def layer(sentence: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
        return count_layer(_STORY + "\n\n" + sentence)
    assert layer("Doctors treated 40 displaced children and 30 displaced women for diarrhoea.") == (
        _HEAD + [("40", "other"), ("30", "other")],
        _HEAD_OF + [("40", "displaced children"), ("30", "displaced women")])
    assert layer("Doctors treated 40 displaced children and 30 displaced women for shrapnel wounds.") == (
        _HEAD + [("40", "injured"), ("30", "injured")],
        _HEAD_OF + [("40", "displaced children"), ("30", "displaced women")])
    assert layer("Doctors treated 40 displaced children and moved 30 displaced women for diarrhoea.") == (
        _HEAD + [("40", "displaced"), ("30", "displaced")],
        _HEAD_OF + [("40", "displaced children"), ("30", "displaced women")])
