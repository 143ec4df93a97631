"""Annotator round thirty-one (issue 11): COUNT categories of people with no cue of
their own, read from the story's kind of movement; invented sentences only, never dev
ones; each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer


def _cats(text: str) -> list[tuple[str, str | None]]:
    return count_layer(text)[0]


def test_evacuees_accommodated_where_the_evacuation_brought_them():
    # G304: evacuees sleeping or housed where an organised evacuation brought them stay
    # evacuated; people sheltering where the events happen stay present
    assert _cats(EVACUATION_STORY + "Volunteers said about 200 families slept on mattresses in the school hall.") == [
        ("about 200", "evacuated")]
    assert _cats(EVACUATION_STORY + "A teacher said 90 people were housed in dormitories at the college.") == [
        ("90", "evacuated")]
    assert _cats(EVACUATION_STORY + "About 300 people were sheltering in the basement when the shell hit.") == [
        ("About 300", "present")]
    assert _cats(EVACUATION_STORY + "Some 400 residents crowded the gates of the airport.") == [("Some 400", "present")]
    assert _cats(FLIGHT_STORY + "About 200 families slept on mattresses in the school hall.") == [
        ("Thousands", "displaced"), ("About 200", "displaced")]
    assert _cats("The factory was built to house 500 workers.") == [("500", "other")]
    assert _cats(EVACUATION_STORY + "The stadium now houses 4,000 families.") == [("4,000", "present")]
    assert _cats("About 700 people were sleeping in the gym when the storm hit.") == [("About 700", "present")]


# A story of flight whose figures count the displaced (G155): its movement and its topic are flight.
_FLIGHT_HEAD = ("About 5,000 people fled their villages last week after the attacks. "
                "Some 2,000 displaced families now live in the camp. ")
_HEAD = [("About 5,000", "displaced"), ("Some 2,000", "displaced")]


def test_civilian_groups_with_no_cue_of_their_own_take_the_story_of_flight():
    # G155, G304: families, households, people whose clause names no situation are the
    # displaced a story of flight is about, object of a neutral verb or partitive alike
    for sentence, figure in (
            ("A farmer said dozens of families from his valley had followed the same track.", "dozens"),
            ("At a mosque in the town, dozens of families have hung sheets between the pillars.", "dozens"),
            ("Soldiers at the checkpoint said about 200 families were being searched each day.", "about 200")):
        assert _cats(_FLIGHT_HEAD + sentence) == _HEAD + [(figure, "displaced")], sentence


def test_a_local_cue_beats_the_story_of_flight():
    # G179: a clause of care or screening counts patients; G171: a capacity; G77: a loss of
    # things is no fate; G305: the whole of a partitive after a possessive is what she has
    assert _cats(_FLIGHT_HEAD + "Medics treated dozens of children for measles.") == _HEAD + [("dozens", "other")]
    assert _cats(_FLIGHT_HEAD + "Our nurses screened 700 children last week.") == _HEAD + [("700", "other")]
    assert _cats(_FLIGHT_HEAD + "The new site was built for 3,000 people.") == _HEAD + [("3,000", "other")]
    assert _cats(_FLIGHT_HEAD + "She arrived with three of her five children.") == \
        _HEAD + [("three", "displaced"), ("five", "other")]
    assert _cats(_FLIGHT_HEAD + "Officials warned that 40,000 people could lose their homes.") == \
        _HEAD + [("40,000", "other")]
    assert _cats(_FLIGHT_HEAD + "Police officers said 30 soldiers guarded the gate.") == _HEAD + [("30", "other")]


_EVAC = "Red Crescent buses evacuated 1,200 civilians from the besieged town on Sunday. "
_FLED = ("More than 20,000 people have fled the fighting, the UN refugee agency said. "
         "About 6,000 refugees crossed into Chad on Monday. ")


def test_self_review_of_the_rounds_rules_and_their_neighbours():
    # G304: accommodated evacuees stay evacuated; sheltering under shelling and capacities do not
    for sentence, figure, category in (
            ("In Idlib, about 400 of them slept in a mosque on the first night.", "about 400", "evacuated"),
            ("Officials said 150 families were housed in prefabricated cabins near Jarablus.", "150", "evacuated"),
            ("Before the deal, some 3,000 people had sheltered in basements under the shelling.", "some 3,000",
             "present"),
            ("The reception centre was built to house 800 people.", "800", "other")):
        assert _cats(_EVAC + sentence) == [("1,200", "evacuated"), (figure, category)], sentence
    # a strike toll tells of no evacuation: people sleeping out are present (G304)
    assert _cats("The strike killed 14 people and wounded 30, the ministry said. "
                 "Dozens of families slept in the street after the blast.") == [
        ("14", "killed"), ("30", "injured"), ("Dozens", "present")]
    # G155 in a story of flight, and the neighbours it must leave alone (G171, G77, staff, detainees)
    head = [("More than 20,000", "displaced"), ("About 6,000", "displaced")]
    for sentence, figure, category in (
            ("Hundreds of families have built shelters from branches and plastic sheeting.", "Hundreds", "displaced"),
            ("A relief worker said hundreds of families had walked the same dirt road for four days.", "hundreds",
             "displaced"),
            ("Nearly half of the households have no latrine.", "Nearly half", "displaced"),
            ("A camp for 5,000 people is being built near the border.", "5,000", "other"),
            ("The governor said 40 residents had lost their cattle.", "40", "other"),
            ("Ten aid workers were injured when their truck hit a mine.", "Ten", "injured"),
            ("Three journalists were detained at the border.", "Three", "detained"),
            ("Host communities have shared their food with thousands of people.", "thousands", "other")):
        assert _cats(_FLED + sentence) == head + [(figure, category)], sentence
