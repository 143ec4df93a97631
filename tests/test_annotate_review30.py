"""Review of annotator round thirty (issue 11): invented sentences only, never dev ones.
Paraphrases each round-thirty rule should handle and neighbours it must not change; the
misfires the review found are pinned with their fixes (each failed before it)."""

from __future__ import annotations

from sentences import cats, count_layer

# One sentence of a strike story: its figures count the dead and the wounded (G179's 'reported violence').
STRIKE = "Shells struck the bakery queue, killing 12 people and wounding 30 others. "
# One sentence of an evacuation story (G77's organised move).
EVACUATION = "Buses evacuated 400 people from the town on Monday under the deal. "
# One sentence of a strike story with no movement.
MARKET = "Shells struck the market on Monday. "


def test_review_casualty_share_paraphrases_are_injured():
    # G145/G179: other verbs of taking in, 'those' with no noun, a figure not a fraction
    for sentence, figure in (("About half of those we received were under 18.", "About half"),
                             ("Two-thirds of the casualties admitted to the hospital were children.", "Two-thirds"),
                             ("Ten of those admitted were in critical condition.", "Ten"),
                             ("Six of the people the hospital admitted were children.", "Six"),
                             ('"Half of the people we have treated are women," a surgeon said.', "Half"),
                             # 'brought to' a hospital as 'brought in' (misfire: evacuated)
                             ("Half of the patients brought to the hospital were children.", "Half")):
        assert cats(STRIKE + sentence)[figure] == "injured", sentence


def test_review_share_of_no_clinic_intake_keeps_its_reading():
    # misfires: refugees a town received, families a camp received, students a school
    # admitted, letters received, staff treated and a share whose predicate moves it were
    # all made 'injured'; none is a clinic's casualty (G145: the noun's or predicate's category)
    assert cats(STRIKE + "Half of the refugees the town received were children.")["Half"] == "displaced"
    assert cats(STRIKE + "Half of the families the camp received were from Kemi.")["Half"] != "injured"
    assert cats(STRIKE + "About half of the people the city admitted as refugees came from the north.")[
        "About half"] != "injured"
    assert cats(STRIKE + "Half of the students the school admitted were girls.")["Half"] != "injured"
    assert cats(STRIKE + "Half of the letters we received were from children.")["Half"] != "injured"
    assert cats(STRIKE + "Half of the staff we treated were nurses.")["Half"] != "injured"
    assert cats(STRIKE + "Half of the people brought to Turkey were children.")["Half"] != "injured"
    # a fate of the share's own still wins (G145)
    assert cats(STRIKE + "Half of the people we treated later died.")["Half"] == "killed"
    assert cats(STRIKE + "Two of the people admitted were arrested by police.")["Two"] == "detained"


def test_review_wounded_moved_paraphrases():
    # G351/G357: other verbs of an organised move or of flight; hospitals of no further place stay injured
    assert cats("The siege ended under a deal on Monday. About 50 wounded fighters were transferred to "
                "hospitals in Turkey.")["About 50"] == "evacuated"
    assert cats("The siege ended under a deal on Monday. Some 70 injured civilians were moved across the "
                "front line.")["Some 70"] == "evacuated"
    assert cats("Government forces took the town. Dozens of wounded rebels fled into the mountains.")[
        "Dozens"] == "displaced"
    for sentence in ("Dozens of wounded people were taken to a field clinic.",
                     "Dozens of the wounded were taken to nearby hospitals.",
                     "Twenty wounded were rushed to the Al-Shifa hospital.",
                     "Twenty wounded people were taken to hospitals in the city.",
                     "Twenty wounded people were not evacuated.",
                     "Twenty wounded people could not be moved.",
                     "Twenty wounded people were still waiting to be evacuated.",
                     "Twenty wounded people are expected to be evacuated on Tuesday.",
                     "Twenty wounded people were evacuated to the Kemi hospital.",
                     "Twenty wounded were refused entry at the border."):
        assert cats(MARKET + sentence) == {"Twenty" if "Twenty" in sentence else "Dozens": "injured"}, sentence


def test_review_wounded_beside_another_clause_of_flight_keep_their_harm():
    # misfire: the flight of another clause ('as residents fled') moved the wounded (displaced)
    assert cats(MARKET + "Twenty wounded people lay in the street as residents fled.")["Twenty"] == "injured"
    assert cats(MARKET + "Twenty wounded people lay in the square while families fled the town.")["Twenty"] == "injured"
    # their own flight still moves them (G357)
    assert cats(MARKET + "Twenty wounded people fled as the shelling went on.")["Twenty"] == "displaced"


def test_review_waiting_paraphrases_are_present():
    for sentence, figure in (("Hundreds of people were still waiting to leave.", "Hundreds"),
                             ("Some 500 people waited at the bus station for the evacuation buses.", "Some 500"),
                             ("About 300 families, who had spent the night in the square, were waiting for the "
                              "buses.", "About 300"),
                             ("Another 500 are waiting to be evacuated.", "500"),
                             # 'awaiting' takes the move as its object (misfire: evacuated)
                             ("About 2,000 residents are awaiting evacuation.", "About 2,000"),
                             ("About 2,000 residents were awaiting the next convoy.", "About 2,000")):
        assert cats(EVACUATION + sentence)[figure] == "present", sentence


def test_review_waiting_for_no_move_or_before_a_fate_is_not_present():
    # misfires: 'waiting to be treated', 'to be released' name no move still to come, and
    # 'waiting for the buses' as a reduced relative before the main predicate's fate
    assert cats(EVACUATION + "About 300 people waited to be treated at the clinic.")["About 300"] != "present"
    assert cats(EVACUATION + "About 300 people were waiting to be released by the rebels.")["About 300"] != "present"
    assert cats(EVACUATION + "About 300 people waiting for the buses were killed by a car bomb.")[
        "About 300"] == "killed"
    # neighbours already right
    assert cats(EVACUATION + "About 300 families waited for news of their relatives.")["About 300"] != "present"
    assert cats(EVACUATION + "About 300 people were killed while waiting for the buses.")["About 300"] == "killed"
    assert cats(EVACUATION + "About 300 people who had waited for days boarded the buses.")["About 300"] == "evacuated"


def test_review_one_relative_paraphrases():
    # G40: a determined singular kin noun after a counted list is one person, no conjunct
    for text, pairs in (("She arrived with her two daughters and her husband.", [("two", "daughters")]),
                        ("They fled with their six children and their grandmother.", [("six", "children")]),
                        ("The woman, her three children and her brother were killed.", [("three", "children")]),
                        ("She crossed with her two sons and a nephew.", [("two", "sons")]),
                        ("He fled with his four children and his grandchildren.",
                         [("four", "children"), ("four", "grandchildren")]),
                        ("About 40 families and their relatives were evacuated.",
                         [("About 40", "families"), ("About 40", "relatives")])):
        assert count_layer(text)[1] == pairs, text


def test_review_parts_of_places_paraphrases():
    # G256/G77: parts of a count of places are places, 'other'
    for text, part in (("The team inspected 30 schools in the district and found that 12 had been destroyed.", "12"),
                       ("Monitors counted 40 houses in the village, and 25 had been looted.", "25"),
                       ("Our teams visited 14 camps in the province and found that nine had been shelled.", "nine"),
                       ("Of the 12 villages, five had been burned.", "five")):
        layer = count_layer(text)
        assert dict(layer[0])[part] == "other" and len(layer[1]) == 2, text
    # people after places: no part of the places
    assert count_layer("Our teams visited 14 camps in the province and found that nine were wounded.") == (
        [("14", "other"), ("nine", "injured")], [("14", "camps")])
    assert count_layer("Soldiers searched 12 villages and found that 40 had fled.")[1] == [("12", "villages")]


def test_review_people_burned_alive_after_places_are_no_part_of_them():
    # misfire: 'burned alive', 'burned to death' befall people only, yet the part took the villages
    for text in ("Gunmen attacked 30 villages on Sunday and 20 were burned alive.",
                 "Gunmen attacked 30 villages on Sunday, and 20 were burned to death."):
        counts, links = count_layer(text)
        assert links == [("30", "villages")] and dict(counts)["20"] != "other", text
