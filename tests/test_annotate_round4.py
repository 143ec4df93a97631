"""The annotator's fourth round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule of where a news figure's category comes from (the predicate of a part
of a set, an apposition, a companion, the sense of a verb) so that a change that breaks
it fails here by name.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text


def _cats(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.category for s in doc.spans if s.label == "COUNT"}


def test_a_part_of_a_set_takes_the_predicate_else_the_set_never_the_figure_before():
    text = "Officials said 5,000 people were evacuated. About a third of the adults the doctors saw had asthma."
    assert _cats(text)["About a third"] == "other"
    assert _cats("Half of the 9,000 who lived in the valley have fled.")["Half"] == "displaced"
    assert _cats("Nearly half of the population remained in the town.")["Nearly half"] == "present"
    assert _cats("Some 40 percent of the people still in the port were sick.")["Some 40 percent"] == "present"
    assert _cats("He lost his father and two of his cousins.")["two"] == "killed"


def test_an_apposition_without_a_verb_is_skipped_to_the_predicate_after_it():
    text = "At least 60 people, half of them women from the northern hills, had died by Monday."
    cats = _cats(text)
    assert cats["At least 60"] == "killed"
    assert cats["half"] == "killed"
    text = "Some 300 people, among them aid workers from several foreign countries, had sheltered in the hall."
    assert _cats(text)["Some 300"] == "present"


def test_companions_share_the_fate_of_the_person_they_go_with():
    assert _cats("Layla, who fled the city in May with her two sons, lives in a tent.")["two"] == "displaced"
    assert _cats("Her six children go to school.")["six"] == "other"


def test_the_sense_of_hold_leave_and_drive_out():
    assert _cats("The stadium was empty in May. By June it held 4,000.")["4,000"] == "present"
    assert _cats("Only 200 people are left in the village.")["200"] == "present"
    text = "The war has killed 900 people and driven 50,000 from their homes."
    cats = _cats(text)
    assert (cats["900"], cats["50,000"]) == ("killed", "displaced")


def test_ages_after_the_age_of_or_over_and_money_in_multiples_are_no_counts():
    from ghouta_corpus.annotate.counts import find_counts

    def counts(text: str) -> list[str]:
        return [m.text for m in find_counts(text)]

    assert counts("Most of the dead were boys under the age of ten.") == []
    assert counts("Many of the patients in the ward were over 70.") == []
    assert counts("The toll was over 70 by nightfall.") == ["over 70"]
    assert counts("A bus seat now costs hundreds of dollars.") == []
    assert counts("She has made the trip dozens of times.") == ["dozens"]


def _places(text: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == "LOCATION"]


def test_a_town_name_before_a_lower_case_facility_noun_is_the_name_alone():
    assert _places("Doctors at the Lviv regional hospital treated them.") == ["Lviv"]
    assert _places("Boats left from Beira port on Sunday.") == ["Beira"]
    # a coordinated place noun after a name is its own mention, not a facility of the town
    assert "areas" in _places("The army took Homs and other areas.")


def test_common_place_nouns_of_stations_rooms_and_land():
    assert _places("A crowd waited on the platform beyond the station.") == ["platform", "station"]
    assert _places("He hid in a storeroom for two days.") == ["storeroom"]
    assert _places("Troops dug in on the banks of the river near the front.") == ["banks", "river", "front"]
    assert _places("The truck stopped in front of them.") == []


def test_names_given_as_examples_of_places_are_places():
    places = _places("Buses came from villages such as Velyka Dobrin and Zarechne on Monday.")
    assert "Zarechne" in places and any("Dobrin" in p for p in places)
    assert "Marta Kovalenko" not in _places("Doctors such as Marta Kovalenko stayed.")


def _actors(text: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == "ACTOR"]


def test_occupations_the_elderly_and_the_sick_and_most_as_a_quantifier():
    assert "cooks" in _actors("Most of the men said they were cooks.")
    assert {"elderly", "sick"} <= set(_actors("The mayor urged the elderly and the sick to leave."))
    assert "crews" in _actors("Rescue crews worked through the night.") or "Rescue crews" in _actors(
        "Rescue crews worked through the night.")
    assert "displaced families" in _actors("Rents are beyond the reach of most displaced families.")
    assert "most trusted ally" in _actors("France, the country's most trusted ally, objected.")


def _count_of(text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text, "t")
    spans = {s.id: s.text for s in doc.spans}
    return [(spans[r.count], spans[r.target]) for r in doc.relations if r.type == "COUNT_OF"]


def test_count_of_a_population_those_and_a_common_possessor():
    assert ("about 40,000", "population") in _count_of("The valley had a population of about 40,000 before the war.")
    assert ("half", "those") in _count_of("An official said half of those waiting had no papers.")
    assert ("a quarter", "teachers") in _count_of("She said a quarter of the school's teachers had left.")


def test_go_before_a_participle_is_become_not_movement():
    text = "Buses took 3,000 people out. Half of the patients she saw had gone untreated for weeks."
    assert _cats(text)["Half"] == "other"
