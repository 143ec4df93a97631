"""The annotator's ninth round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule so that a change that breaks it fails here by name, and each rule
comes with sentences where it should not fire.
"""

from __future__ import annotations

from sentences import EVACUATION_STORY as EVACUATION
from sentences import FLIGHT_STORY as FLIGHT
from sentences import cats as _cats
from sentences import spans as _spans

# --- COUNT category: a word of evacuation that names a kind of place --------------------

def test_an_evacuation_centre_is_a_place_not_evidence_of_evacuation():
    text = FLIGHT + "Nearly 2,000 of the displaced now sleep in evacuation centres."
    assert _cats(text)["Nearly 2,000"] == "displaced"
    text = FLIGHT + "Some 700 people are staying at an evacuation site near the port."
    assert _cats(text)["Some 700"] == "present"            # 'staying' decides, not the site's name
    text = "Around 600 people reached the evacuation centre on foot."
    assert _cats(text)["Around 600"] == "displaced"        # was evacuated: the centre weighed as transport


def test_a_word_of_evacuation_elsewhere_is_still_evidence():
    text = FLIGHT + "Nearly 2,000 people were evacuated to shelters near the port."
    assert _cats(text)["Nearly 2,000"] == "evacuated"          # the verb, not a place's name
    text = FLIGHT + "An evacuation convoy carried 600 people to the coast."
    assert _cats(text)["600"] == "evacuated"


# --- COUNT category: people asked for what they know ------------------------------------

def test_people_interviewed_or_spoken_to_are_other():
    text = "The monitor, which spoke to 35 witnesses, said at least 90 people were killed."
    got = _cats(text)
    assert got["35"] == "other" and got["at least 90"] == "killed"
    assert _cats(FLIGHT + "Reporters interviewed 40 survivors at the camp.")["40"] == "other"
    assert _cats(FLIGHT + "The agency talked with 12 families last week.")["12"] == "other"
    text = "Gunmen killed 12 villagers. Reporters later spoke to 35 people in the village."
    assert _cats(text)["35"] == "other"                      # was killed: the story's frame


def test_speaking_verbs_do_not_reach_past_their_object():
    text = "He spoke after 45 people were killed in the market."
    assert _cats(text)["45"] == "killed"                     # 'after', not 'to': no one spoken to
    text = "Officials said 45 people were killed in the market."
    assert _cats(text)["45"] == "killed"


# --- COUNT category: a place's inhabitants ----------------------------------------------

def test_inhabitants_are_present():
    assert _cats(FLIGHT + "The district once had about 80,000 inhabitants.")["about 80,000"] == "present"
    assert _cats(EVACUATION + "Fewer than 9,000 inhabitants remain.")["Fewer than 9,000"] == "present"


def test_residents_are_no_population_noun():
    text = FLIGHT + "He keeps a list of the 300 residents of his street."
    assert _cats(text)["300"] == "displaced"               # residents who fled: the story decides


def test_inhabitants_who_flee_are_displaced():
    text = "Shelling hit the town. About 4,000 inhabitants fled across the river."
    assert _cats(text)["About 4,000"] == "displaced"
    text = EVACUATION + "Buses carried 3,000 inhabitants out of the town."
    assert _cats(text)["3,000"] == "evacuated"


# --- COUNT category: the number of a noun of movement, given by a figure verb ------------

def test_the_number_of_departures_takes_the_sentence_movement():
    text = EVACUATION + "Officials put the number of departures at about 900 fighters and 4,000 civilians."
    got = _cats(text)
    assert got["about 900"] == "evacuated" and got["4,000"] == "evacuated"
    text = FLIGHT + "Aid groups put the number of arrivals at some 12,000 people."
    assert _cats(text)["some 12,000"] == "displaced"


def test_the_number_of_departures_of_things_is_other():
    text = EVACUATION + "Port officials put the number of departures at 30 ships a week."
    assert _cats(text)["30"] == "other"


# --- COUNT category: a share of a place that moves counts its people --------------------

def test_a_share_of_a_place_that_leaves_counts_its_people():
    assert _cats(EVACUATION + "Half of my street left this morning.")["Half"] == "evacuated"
    assert _cats(FLIGHT + "A third of the village fled on Monday.")["A third"] == "displaced"


def test_a_share_of_a_place_itself_stays_other():
    assert _cats(FLIGHT + "Half of the town was destroyed.")["Half"] == "other"
    assert _cats(FLIGHT + "A third of the camp burned overnight.")["A third"] == "other"
    assert _cats(FLIGHT + "Two of the villages were emptied.")["Two"] == "other"


# --- COUNT category: 'carry out' and 'hand out' that mean perform or hand round ----------

def test_carry_out_that_means_perform_moves_no_one():
    text = EVACUATION + "A survey carried out by the agency found that 30 percent of children were underweight."
    assert _cats(text)["30 percent"] == "other"
    text = EVACUATION + "Volunteers carried out a count that found 900 people in the square."
    assert _cats(text)["900"] == "other"
    text = EVACUATION + "Staff, including 12 nurses, carried out checks and handed out blankets."
    assert _cats(text)["12"] == "other"


def test_carry_out_people_still_moves_them():
    assert _cats(EVACUATION + "Rescuers carried out 12 children from the rubble.")["12"] == "evacuated"
    assert _cats(EVACUATION + "About 40 people were carried out.")["About 40"] == "evacuated"
    assert _cats(EVACUATION + "Medics carried out the 14 injured.")["14"] == "injured"


# --- COUNT category: people treated for a complaint are patients (G179) -------------------

def test_people_treated_for_an_illness_are_other():
    assert _cats(EVACUATION + "Her teams treated hundreds of evacuees for fever.")["hundreds"] == "other"
    assert _cats(FLIGHT + "Nurses vaccinated 2,000 children for measles.")["2,000"] == "other"


def test_people_treated_for_a_harm_of_violence_are_injured():
    assert _cats(FLIGHT + "Doctors treated 40 people for burns after the strike.")["40"] == "injured"
    assert _cats(FLIGHT + "Doctors treated 40 wounded.")["40"] == "injured"          # no 'for': the noun
    assert _cats(FLIGHT + "The clinic treated 300 refugees last week.")["300"] == "displaced"


# --- COUNT category: people staying with relatives are lodged -----------------------------

def test_people_staying_with_relatives_are_lodged():
    assert _cats(FLIGHT + "About 80 percent are staying with relatives.")["About 80 percent"] == "displaced"
    assert _cats(FLIGHT + "Some 3,000 people are living with host families.")["Some 3,000"] == "displaced"
    assert _cats(EVACUATION + "Some 3,000 people are living with host families.")["Some 3,000"] == "present"


def test_staying_with_anything_else_is_presence():
    assert _cats(FLIGHT + "About 200 people stayed with the convoy.")["About 200"] == "present"
    assert _cats(FLIGHT + "About 200 people still live with their family.")["About 200"] == "present"


# --- LOCATION: common buildings, and the plurals of listed heads -------------------------

def test_common_buildings_are_place_heads():
    assert "gymnasium" in _spans("Forty families slept in the gymnasium on Friday.", "LOCATION")
    assert "clinics" in _spans("The wounded were taken to clinics across the district.", "LOCATION")
    assert "prisons" in _spans("Detainees were moved between prisons last year.", "LOCATION")


# --- COUNT category: a reduced relative clause after the counted noun --------------------

def test_the_main_verb_after_a_reduced_relative_decides():
    text = "It was reported that 40 men held at the checkpoint were released on Monday."
    assert _cats(text)["40"] == "released"
    text = "Some 200 civilians trapped in the old city were evacuated overnight."
    assert _cats(text)["Some 200"] == "evacuated"


def test_a_participle_with_no_main_verb_of_a_category_keeps_its_own():
    assert _cats("Some 200 detainees held in the prison were beaten.")["Some 200"] == "detained"
    assert _cats("Some 300 people displaced by the floods live in tents.")["Some 300"] == "displaced"


# --- LOCATION: distributive idioms are no places (G177) ----------------------------------

def test_distributive_idioms_are_no_places():
    assert _spans("Militiamen searched the district from house to house.", "LOCATION") == ["district"]
    assert _spans("Families moved from camp to camp all winter.", "LOCATION") == []
    assert "village" not in _spans("The army advanced village by village.", "LOCATION")


def test_a_repeated_noun_that_is_no_idiom_stays_a_place():
    assert _spans("They walked from the camp to the camp hospital.", "LOCATION") == ["camp", "camp hospital"]
    assert "town" in _spans("They drove from the town to the border.", "LOCATION")
