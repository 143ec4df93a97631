"""The review of the annotator's ninth round (brief FIX9, issue 11): invented sentences only.

Each test pins a rule of round nine (or a misfire the round-eight review left) where it
overreached its commit message: the sentence where it should not fire, and one where it
still should, with the category or span asserted by value.
"""

from __future__ import annotations

from sentences import EVACUATION_STORY as EVACUATION
from sentences import FLIGHT_STORY as FLIGHT
from sentences import cats as _cats
from sentences import doc as _doc
from sentences import spans as _spans

# --- a past participle opens a reduced relative only before the main clause ---------------

def test_a_finite_verb_coordinated_with_a_passive_is_no_reduced_relative():
    text = FLIGHT + "Some 300 people fled the town and were detained at the border."
    assert _cats(text)["Some 300"] == "displaced"           # 'fled ... and were': two predicates
    assert _cats("Ten people held hostage were freed.")["Ten"] == "released"
    assert _cats(FLIGHT + "The 40 families were registered and housed in a school.")["40"] == "displaced"


# --- a share of a place counts its people only where they move or stay -------------------

def test_a_share_of_a_place_in_a_state_stays_other():
    assert _cats(FLIGHT + "Half of the city stayed dark.")["Half"] == "other"
    assert _cats(FLIGHT + "A third of the camp remained closed.")["A third"] == "other"
    assert _cats(FLIGHT + "A third of the village remains under water.")["A third"] == "other"


def test_a_share_of_a_place_that_stays_still_counts_its_people():
    assert _cats(FLIGHT + "Half of the village stayed behind.")["Half"] == "present"
    assert _cats(FLIGHT + "A third of the village fled.")["A third"] == "displaced"


# --- people spoken to: a verb of speaking needs 'to' or 'with' ----------------------------

def test_a_verb_of_speaking_right_before_a_figure_speaks_no_one():
    text = EVACUATION + "Negotiators talked 30 people into leaving on the buses."
    assert _cats(text)["30"] == "evacuated"                 # persuaded, not spoken to
    assert _cats(FLIGHT + "Reporters spoke with about 40 survivors.")["about 40"] == "other"
    assert _cats(FLIGHT + "Reporters interviewed 40 survivors.")["40"] == "other"


# --- people treated 'for' something that is no complaint ---------------------------------

def test_treated_for_free_or_for_a_time_names_no_complaint():
    assert _cats(FLIGHT + "Doctors treated 40 refugees for free.")["40"] == "displaced"
    assert _cats(FLIGHT + "Medics treated 40 refugees for weeks.")["40"] == "displaced"
    assert _cats(FLIGHT + "Medics treated 40 refugees for fever.")["40"] == "other"
    assert _cats(FLIGHT + "Medics treated 40 refugees for burns.")["40"] == "injured"


# --- misfires the round-eight review left -----------------------------------------------

def test_a_labour_strike_kills_no_one():
    text = "The strike took out 12 workers for the day."
    assert _cats(text)["12"] == "evacuated"       # no attack: 'took out' moves, as 'a bus took out 40' does
    assert _cats("An air strike took out 12 fighters.")["12"] == "killed"
    assert _cats("Drone strikes took out 12 fighters.")["12"] == "killed"


def test_a_river_that_crosses_a_border_is_no_flight():
    text = EVACUATION + "The river crosses into Turkey, and 300 people left."
    assert _cats(text)["300"] == "evacuated"
    text = EVACUATION + "The families crossed into Turkey, and 300 people left."
    assert _cats(text)["300"] == "displaced"                # people crossing: flight outweighs


def test_at_work_on_a_task_is_no_presence():
    assert _cats("About 40 staff were at work on a plan.")["About 40"] == "other"
    assert _cats("About 40 staff were at work.")["About 40"] == "present"


# --- one home: an embassy is an actor (nouns.json), not also a place head ------------------

def test_an_embassy_is_drafted_as_its_one_home_says():
    assert _spans("Some 40 people sheltered in the embassy.", "ACTOR") == ["people", "embassy"]
    assert _spans("Some 40 people sheltered in the embassy.", "LOCATION") == []


def test_a_measure_that_passes_a_figure_is_no_bound():
    text = "Temperatures passed 40 yesterday."
    assert [(s.text, s.modifier) for s in _doc(text).spans if s.label == "COUNT"] == [("40", "exact")]
    text = "Arrivals passed 40,000 this week."
    assert [(s.text, s.modifier) for s in _doc(text).spans if s.label == "COUNT"] == [("40,000", "more_than")]


def test_a_patrol_on_foot_is_no_flight():
    text = EVACUATION + "The patrol went on foot, and 300 people left."
    assert _cats(text)["300"] == "evacuated"
    text = EVACUATION + "They set off on foot, and 300 people left."
    assert _cats(text)["300"] == "displaced"                # people walking out: flight outweighs
