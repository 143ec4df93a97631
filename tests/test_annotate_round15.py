"""Round fifteen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import spans


def test_compass_word_goes_with_a_generic_word_of_the_place_itself():
    # G245: before the place's own generic word the compass adjective goes with it (G16).
    assert spans("Fighting spread in the northern Marza region on Friday.", "LOCATION") == ["Marza"]
    assert spans("Families fled the eastern Kemi district.", "LOCATION") == ["Kemi"]
    assert spans("Shelling hit the country's southern Sendi state.", "LOCATION") == ["country", "Sendi"]
    # must not fire: no generic word, a generic word naming another place, a place noun
    assert spans("Fighting spread across southern Marza.", "LOCATION") == ["southern Marza"]
    assert spans("Fighters in the eastern Marza town of Kemi surrendered.", "LOCATION") == [
        "eastern Marza", "Kemi"]
    assert spans("Fighting spread in the northern Marza countryside.", "LOCATION") == [
        "northern Marza countryside"]
    assert spans("Fighting spread in northern and southern Marza.", "LOCATION") == [
        "northern and southern Marza"]


def test_a_word_known_only_as_an_adjective_is_a_pre_modifier():
    # G14: adjectives before the head stay in a common-noun mention.
    assert spans("Buses left the hilly enclave on Monday.", "LOCATION") == ["hilly enclave"]
    assert spans("The crew fired at a different building near the river.", "LOCATION") == [
        "different building", "river"]
    assert spans("Two different armed groups held the town.", "ACTOR") == ["different armed groups"]
    # must not fire: a coordinated predicate adjective, a determiner, and a noun after an adjective
    assert spans("Many were seasick and old people fainted.", "ACTOR") == ["old people"]
    assert spans("They stayed in various camps.", "LOCATION") == ["camps"]
    assert spans("Children walked the entire way and elderly people were carried.", "ACTOR") == [
        "Children", "elderly people"]


def test_a_place_noun_right_after_a_subject_only_pronoun_is_a_verb():
    # G7: a place is a noun; after I, we, he, she, they the word is the verb ('if I stop', 'we camp').
    assert spans("If I stop, who will teach them?", "LOCATION") == []
    assert spans("At ten we stop and rest near the school.", "LOCATION") == ["school"]
    assert spans("They camp near the river.", "LOCATION") == ["river"]
    # must not fire: a plural noun after 'we' (an appositive), a place after a determiner
    assert spans("We refugees slept at the stop.", "ACTOR") == ["refugees"]
    assert spans("We refugees slept at the stop.", "LOCATION") == ["stop"]
    assert spans("He said the camp was full.", "LOCATION") == ["camp"]


def test_a_bare_place_noun_heading_a_comma_list_of_supplies_is_a_supply():
    # G127: shelter and tents given or funded with other supplies are no place.
    assert spans("Donors must fund shelter, clean water and medical care.", "LOCATION") == []
    assert spans("The agency delivered tents, blankets and hygiene kits to Kemi.", "LOCATION") == ["Kemi"]
    # must not fire: a place with a determiner before a comma, a list of places
    assert spans("In the camp, water and food are scarce.", "LOCATION") == ["camp"]
    assert spans("In camps, water and food are scarce.", "LOCATION") == ["camps"]
    assert spans("They reached camps, towns and villages.", "LOCATION") == ["camps", "towns", "villages"]


def test_water_sources_and_open_ground_are_places():
    # G7, G11: a borehole, water points, the sand, gravel and a stretch of ground where people are.
    assert spans("They have repaired one borehole near the camp.", "LOCATION") == ["borehole", "camp"]
    assert spans("Water points are overcrowded.", "LOCATION") == ["Water points"]
    assert spans("Women sat on the sand beside the tents.", "LOCATION") == ["sand", "tents"]
    assert spans("They walked the last stretch on foot.", "LOCATION") == ["stretch"]
    # must not fire: a verb, a noun modifier, the adverb 'well' (no list holds 'well')
    assert spans("They will stretch the budget.", "LOCATION") == []
    assert spans("Aid rose as well as food.", "LOCATION") == []
    assert spans("Volunteers filled sand bags at the school.", "LOCATION") == ["school"]


def test_a_place_left_or_reached_stays_a_place_before_a_list_with_supplies():
    # G7, G127 (fix15): after a verb of leaving, reaching or shelling the list's first noun
    # is a place people were in, not a supply, even where a supply noun follows it.
    assert spans("They left homes, food and livestock behind.", "LOCATION") == ["homes"]
    assert spans("Families fled houses, water and power cuts in Kemi.", "LOCATION") == ["houses", "Kemi"]
    # the supply reading stays after a verb of giving or funding
    assert spans("Donors pledged tents, water and food.", "LOCATION") == []


def test_a_collective_noun_after_we_with_an_of_phrase_stays_a_head():
    # G7 (fix15): a singular or collective noun after 'we'/'they' with 'of' after it is the
    # head of an appositive (we staff of the hospital), not a verb.
    assert spans("We staff of the hospital stayed behind.", "ACTOR") == ["staff"]
    assert spans("We staff of the hospital stayed behind.", "LOCATION") == ["hospital"]
    # the verb reading stays without 'of'
    assert spans("We camp near the river.", "LOCATION") == ["river"]
    assert spans("If I stop, who will teach them?", "LOCATION") == []


def test_a_stretch_of_an_idea_is_no_place():
    # G7 (fix15): 'stretch' said of a process ('of' and a common noun naming neither a
    # place nor people) is figurative, as 'the roof of the world' is; of ground it stays a place.
    assert spans("The talks entered the final stretch of negotiations on Monday.", "LOCATION") == []
    assert spans("The army said it was in the final stretch of the operation.", "LOCATION") == []
    assert spans("Fighters held a stretch of the border.", "LOCATION") == ["stretch", "border"]
    assert spans("Women queued at the wells of the village.", "LOCATION") == ["wells", "village"]
    # an adjective before the noun after 'of' does not hide a place (dusty ground, the old school)
    assert spans("Families camped on a stretch of dusty ground near Kemi.", "LOCATION") == [
        "stretch", "dusty ground", "Kemi"]
    assert spans("Snipers fired from the roof of the old school.", "LOCATION") == ["roof", "old school"]
