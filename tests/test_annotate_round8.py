"""The annotator's eighth round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule so that a change that breaks it fails here by name, and most rules
come with sentences where they should not fire.
"""

from __future__ import annotations

from sentences import EVACUATION_STORY as EVACUATION
from sentences import FLIGHT_STORY as FLIGHT
from sentences import cats as _cats
from sentences import doc as _doc
from sentences import records as _records
from sentences import spans as _spans

# --- COUNT category: evacuation or flight, from the sentence first ----------------------



def test_a_sentence_of_flight_in_a_story_of_evacuation_is_flight():
    text = EVACUATION + "About 400 villagers crossed into the valley on foot."
    assert _cats(text)["About 400"] == "displaced"
    assert _cats(EVACUATION + "About 400 villagers arrived in the valley.")["About 400"] == "evacuated"   # no
    #                                                    evidence of its own: the story's kind


def test_a_sentence_of_organised_transport_in_a_story_of_flight_is_an_evacuation():
    text = FLIGHT + "A convoy of buses carried 300 people to the capital on Friday."
    assert _cats(text)["300"] == "evacuated"
    assert _cats(FLIGHT + "About 300 people reached the capital on Friday.")["About 300"] == "displaced"


def test_vehicles_weigh_less_than_words_of_flight():
    text = ("Refugees waited at the border. Buses met some of them and flights took others on. "
            "About 5,000 people arrived this week.")
    assert _cats(text)["About 5,000"] == "displaced"
    text = ("The evacuation went on. Buses met some of them and flights took others on. "
            "About 5,000 people arrived this week.")
    assert _cats(text)["About 5,000"] == "evacuated"


def test_an_evacuation_order_or_zone_is_no_evidence_of_transport():
    text = FLIGHT + "The army widened the evacuation zone, and about 100,000 people left."
    assert _cats(text)["about 100,000"] == "displaced"
    text = FLIGHT + "The army widened the evacuation, and about 100,000 people left."
    assert _cats(text)["about 100,000"] == "evacuated"          # the evacuation itself is


def test_a_cross_that_crosses_no_border_is_no_evidence_of_flight():
    assert _cats(EVACUATION + "The Red Cross said 600 people arrived on Friday.")["600"] == "evacuated"
    assert _cats(EVACUATION + "At the crossing into the valley, 600 people arrived.")["600"] == "evacuated"
    assert _cats(EVACUATION + "About 600 people had to cross a river and arrived late.")[
        "About 600"] == "evacuated"


# --- COUNT modifier: a figure a verb goes past ---------------------------------------------

def _modifiers(text: str) -> dict[str, tuple[str, object]]:
    return {s.text: (s.modifier, s.min) for s in _doc(text).spans if s.label == "COUNT"}


def test_a_bare_figure_a_verb_passes_is_more_than_it():
    assert _modifiers("Registrations pass 40,000 as the rains begin")["40,000"] == ("more_than", 40000)
    assert _modifiers("By Friday the count had exceeded 9,000, officials said.")["9,000"] == ("more_than", 9000)
    assert _modifiers("The convoy passed 12 checkpoints on the way.")["12"] == ("exact", 12)   # its noun
    assert _modifiers("The trucks passed more than 300 people.")["more than 300"] == ("more_than", 300)


# --- COUNT category: people put, kept or found in a place ------------------------------

def test_people_had_put_or_counted_in_a_place_are_lodged():
    assert _cats(FLIGHT + '"Last month we had 700 families here," she said.')["700"] == "displaced"
    assert _cats(FLIGHT + "Volunteers put four families in each classroom.")["four"] == "displaced"
    assert _cats(FLIGHT + "Aid workers counted about 9,000 there on Monday.")["about 9,000"] == "displaced"
    assert _cats(FLIGHT + "There are seven now in the tent.")["seven"] == "displaced"
    assert _cats(FLIGHT + "Some 40 people shared a single tent.")["Some 40"] == "displaced"
    assert _cats("The rains came early. We had 700 families here in the spring.")["700"] == "present"   # no flight


def test_a_verb_of_placing_without_a_place_lodges_no_one():
    assert _cats("The shelling went on. It put 300 people at risk.")["300"] == "other"
    assert _cats("The shelling went on. Officials counted 9,000 on Monday.")["9,000"] == "other"
    assert _cats("The shelling went on. The two men shared 40 cigarettes.")["40"] == "other"
    assert _cats("The shelling went on. There were 11 people at the meeting.")["11"] == "other"


def test_people_found_in_a_place_are_not_lodged_by_the_finding():
    text = ("Air strikes killed 80 people in the market.\n"
            "\u201cWe found forty in the cellar,\u201d a volunteer said.")
    assert _cats(text)["forty"] == "killed"                  # found in the ruins: most likely the dead


# --- COUNT category: people held for screening, people at their posts ------------------

def test_people_screened_or_taken_aside_are_detained():
    assert _cats(FLIGHT + "Some 3,000 men were still being screened at centres near the town.")[
        "Some 3,000"] == "detained"
    assert _cats(FLIGHT + "Her two sons were taken aside at a checkpoint.")["two"] == "detained"
    assert _cats("The festival went on. The cinema screened 40 films to 300 people.") == {
        "40": "other", "300": "other"}                     # active: no one held
    assert _cats("The festival went on. Some 300 men were screening films.")["Some 300"] == "other"


def test_staff_at_their_posts_are_present():
    assert _cats("The shelling began at dawn. About 80 staff were on site when it hit.")["About 80"] == "present"
    assert _cats("The shelling began at dawn. About 30 doctors were on duty.")["About 30"] == "present"
    assert _cats("The shelling began at dawn. About 30 doctors were on strike.")["About 30"] == "other"


# --- Known misses of round seven (fix7 review) ------------------------------------------

def test_an_attack_that_takes_people_out_kills_them():
    assert _cats("Air strikes took out 12 fighters near the bridge.")["12"] == "killed"
    assert _cats("Drones have reportedly taken out 12 fighters.")["12"] == "killed"
    assert _cats("A bus took out 40 civilians.")["40"] == "evacuated"                 # no attack: movement
    assert _cats("Under fire, the convoy took out 300 civilians.")["300"] == "evacuated"   # not its subject


def test_a_verb_of_receiving_moves_no_things_after_a_conjunction():
    assert _cats("The camp received 300 tents and 40 generators on Monday.") == {"300": "other", "40": "other"}
    assert _cats("The camp received 300 refugees and 40 children on Monday.") == {
        "300": "displaced", "40": "displaced"}


# --- Mention extent: 'whole' and 'entire' are adjectives (G193) --------------------------

def test_whole_and_entire_stay_in_the_mention():
    assert "whole villages" in _spans("As the army advanced, whole villages emptied overnight.", "LOCATION")
    assert "entire district" in _spans("Shelling hit the entire district on Monday.", "LOCATION")
    assert "district" in _spans("Shelling hit the district on Monday.", "LOCATION")


# --- Attribution: the object of 'put' is what a figure measures (G116) -------------------

def test_put_gives_a_figure_only_after_its_object():
    assert _records("The ministry put the toll at 45.") == [("The ministry", "put", "the toll at 45")]
    assert _records("Medics put the number of dead closer to 600.") == [
        ("Medics", "put", "the number of dead closer to 600")]
    assert _records('"We put three families in each tent," he said.') == [
        ("he", "said", "We put three families in each tent")]            # no second record of 'put'
    assert _records("Volunteers put 300 people in the school.") == []


# --- COUNT_OF: a bare figure a verb reaches counts the verb's subject (G40) --------------

def _count_of(text: str) -> list[tuple[str, str]]:
    drafted = _doc(text)
    texts = {s.id: s.text for s in drafted.spans}
    return [(texts[r.count], texts[r.target]) for r in drafted.relations if r.type == "COUNT_OF"]


def test_a_figure_that_a_verb_reaches_counts_its_subject():
    assert _count_of("Arrivals from Sudan pass 100,000 as rains begin") == [("100,000", "Arrivals")]
    assert _count_of("Refugees reached 40,000 on Monday.") == [("40,000", "Refugees")]
    assert _count_of("The convoy reached 300 families.") == [("300", "families")]    # its own noun
    assert _count_of("Aid workers reached 300 on Monday.") == []                    # people reached, maybe


def test_people_streaming_out_move():
    assert _cats(FLIGHT + "Tens of thousands of civilians have streamed out of the city.")[
        "Tens of thousands"] == "displaced"
    assert _cats(FLIGHT + "A stream of 40 trucks carried flour.")["40"] == "other"    # things, a noun


# --- fix8 review: where the rules of round eight should not fire --------------------------

def test_a_figure_with_its_noun_after_of_or_and_is_not_what_a_verb_passes():
    assert ("3", "Refugees") not in _count_of("Refugees passed 3 of the checkpoints.")
    assert _modifiers("Refugees passed 2 and 3 checkpoints.") == {"2": ("exact", 2), "3": ("exact", 3)}
    assert _modifiers("Arrivals passed 2,000 and then 3,000.")["2,000"] == ("more_than", 2000)
    assert _modifiers("The toll passed 300 this week.")["300"] == ("more_than", 300)


def test_things_crossing_or_crossing_into_no_place_are_no_evidence_of_flight():
    assert _cats(EVACUATION + "Prices crossed into new highs as 300 people arrived.")["300"] == "evacuated"
    assert _cats(EVACUATION + "Trucks crossed the border with food, and 300 people arrived.")["300"] == "evacuated"
    assert _cats(EVACUATION + "Villagers crossed into Chad, and 300 people arrived.")["300"] == "displaced"
    assert _cats(EVACUATION + "Villagers crossed the border, and 300 people arrived.")["300"] == "displaced"


def test_things_screened_or_people_screened_for_a_disease_are_not_detained():
    assert _cats("The shelling began. 300 films were screened at the festival.")["300"] == "other"
    assert _cats("The shelling began. Some 300 patients were screened for cholera.")["Some 300"] == "other"
    assert _cats("The war went on. Some 300 detainees were interrogated for hours.")["Some 300"] == "detained"
    assert _cats("The war went on. Some 3,000 were being screened at the centre.")["Some 3,000"] == "detained"


def test_things_had_or_put_in_a_place_are_not_lodged_people():
    story = FLIGHT + "\n\n"                               # (another paragraph: no category to share)
    assert _cats(story + "We had 3 meetings here.")["3"] == "other"
    assert _cats(story + "Aid workers put 12 generators in the camp.")["12"] == "other"
    assert _cats(story + "We had 700 families here.")["700"] == "displaced"


def test_each_word_of_movement_evidence_has_one_list_and_one_weight():
    from ghouta_corpus.annotate.lexicons import load
    from ghouta_corpus.annotate.movement import _WEIGHTS
    c = load("categories")
    seen: dict[str, str] = {}
    for key, _, _ in _WEIGHTS:
        for w in c[key]:
            assert seen.setdefault(w, key) == key, f"{w!r} in {seen[w]} and {key}"
    assert "aircraft_nouns" not in c                          # 'flight' is a vehicle, written once
