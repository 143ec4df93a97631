"""Round twenty of the annotator's ACTOR and LOCATION mentions (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole ACTOR and LOCATION
layers back with the helpers of tests/sentences.py; beside each rule, sentences where it
must not fire.
"""

from __future__ import annotations

from sentences import mention_layers


def test_a_participle_in_ing_before_a_head_stays_in_the_mention():
    # G14: a participle or gerund before the head is its pre-modifier.
    assert mention_layers("Families who fled surrounding villages reached the town on Monday.") == (
        ["Families"], ["surrounding villages", "town"])
    assert mention_layers("Traders from outlying hamlets gathered in the square.") == (
        ["Traders"], ["outlying hamlets", "square"])
    assert mention_layers("Gunmen raided farming villages near the coast.") == (["Gunmen"], ["farming villages", "coast"])
    assert mention_layers("Some spend a night in holding areas before release.") == ([], ["holding areas"])
    assert mention_layers("Mortars hit roads used by fleeing civilians.") == (["fleeing civilians"], ["roads"])
    assert mention_layers("Under the deal, departing fighters could take only rifles.") == (["departing fighters"], [])
    assert mention_layers("In neighbouring districts, people hid.") == (["people"], ["neighbouring districts"])
    # must not fire: after a noun, a name or an auxiliary the word is a verb with its object
    assert mention_layers("Families fleeing villages reached the town.") == (["Families"], ["villages", "town"])
    assert mention_layers("Troops surrounding towns shelled them.") == (["Troops"], ["towns"])
    assert mention_layers("Rebels were holding villages near the border.") == (["Rebels"], ["villages", "border"])
    assert mention_layers("Kurds fleeing towns reached the border.") == (["Kurds"], ["towns", "border"])
    assert mention_layers("The army accused the rebels of attacking army bases.") == (
        ["army", "rebels"], ["army bases"])


def test_states_coordinated_with_an_acting_state_act_too():
    # G8, G22: coordinated countries and capitals are of one kind; one acting makes all act.
    assert mention_layers("The ceasefire was mediated by Cairo and Amman in May.") == (["Cairo", "Amman"], [])
    assert mention_layers("Figures differ as Baghdad, the UN and Tehran give rival counts.") == (
        ["Baghdad", "UN", "Tehran"], [])
    assert mention_layers("Rome, Paris, London give lower estimates") == (["Rome", "Paris", "London"], [])
    # must not fire: a comma run inside a sentence may start a clause; a place after a preposition
    assert mention_layers("Refugees reached Turkey, Ankara said.") == (["Refugees", "Ankara"], ["Turkey"])
    assert mention_layers("In Cairo and Amman, officials said the talks would go on.") == (
        ["Amman", "officials"], ["Cairo"])
    assert mention_layers("Buses left for Turkey and Lebanon on Monday.") == ([], ["Turkey", "Lebanon"])


def test_an_unknown_acronym_before_a_head_is_its_pre_modifier():
    # G20: an organisation's or group's short name before a common-noun head is inside the NOM.
    assert mention_layers("An NRC spokesperson said families were sleeping in the open.") == (
        ["NRC spokesperson", "families"], [])
    assert mention_layers("KDF fighters moved into the base within hours.") == (["KDF fighters"], ["base"])
    assert mention_layers("They met WFP staff at the gate.") == (["WFP staff"], ["gate"])
    # must not fire: a Roman numeral, an acronym before a word that is no head, a known state's acronym
    assert mention_layers("World War II veterans marched.") == ([], [])
    assert mention_layers("The NRC said families were sleeping in the open.") == (["NRC", "families"], [])
    assert mention_layers("US troops left the camp.") == (["US troops"], ["camp"])


def test_well_and_flat_after_a_determiner_are_places():
    # G7: a water well and a flat are places where people draw water or live; the words are
    # nouns only after a determiner, a possessive or a genitive.
    assert mention_layers("They lived on water from a well.") == ([], ["well"])
    assert mention_layers("Families sheltered near the village's well.") == (["Families"], ["village", "well"])
    assert mention_layers("The camp has no well, and tankers come once a day.") == ([], ["camp", "well"])
    assert mention_layers("We lived in that flat for years.") == ([], ["flat"])
    # must not fire: the adverb and the adjective
    assert mention_layers("He is a well known doctor in the town.") == (["well known doctor"], ["town"])
    assert mention_layers("The army is well equipped.") == (["army"], [])
    assert mention_layers("They did as well as they could.") == ([], [])
    assert mention_layers("All is well in the camp.") == ([], ["camp"])
    assert mention_layers("Two camps stand on the flat ground beside the town.") == (
        [], ["camps", "flat ground", "town"])


def test_bare_shelter_is_a_supply_and_bare_stop_a_verb():
    # G127: 'shelter' without a determiner is what aid provides; 'stop' without one is the verb.
    assert mention_layers("A third of new arrivals had no shelter at all.") == (["new arrivals"], [])
    assert mention_layers("We call on donors to fund winter shelter urgently.") == (["donors"], [])
    assert mention_layers("Food arrived, but shelter and clean water remain scarce.") == ([], [])
    assert mention_layers("We call on the army to stop attacking homes.") == (["army"], ["homes"])
    # must not fire: with an article, a possessive or an ordinal after 'the', they are places
    assert mention_layers("The school was turned into a shelter in 2014.") == ([], ["school", "shelter"])
    assert mention_layers("They sleep in our shelter.") == ([], ["shelter"])
    assert mention_layers("The town has become the first stop for most arrivals.") == (["arrivals"], ["town", "stop"])
    assert mention_layers("They walked to the bus stop.") == ([], ["bus stop"])


def test_centres_in_the_plural_are_places():
    # G7: 'centres' is a built place like 'centre' (reception, evacuation, health centres).
    assert mention_layers("Men were screened at centres near the town.") == (["Men"], ["centres", "town"])
    assert mention_layers("Only one in ten are in evacuation centres.") == ([], ["evacuation centres"])
    assert mention_layers("The agency supports four health centres.") == (["agency"], ["health centres"])
    assert mention_layers("Mayors opened their cultural centres.") == (["Mayors"], ["cultural centres"])
    assert mention_layers("Health workers staffed two centres run by the agency.") == (
        ["Health workers", "agency"], ["centres"])


def test_a_head_of_a_larger_place_after_of_is_a_mention():
    # G16 leaves out the generic word only where the name after 'of' is the same place.
    assert mention_layers("Boats carried survivors to Pemba, the capital of Cabo Delgado province.") == (
        ["survivors"], ["Pemba", "capital", "Cabo Delgado"])
    assert mention_layers("Las Anod is the main town of Somalia's Sool region.") == (
        [], ["Las Anod", "main town", "Somalia", "Sool"])
    assert mention_layers("They reached the capital of Syria.") == ([], ["capital", "Syria"])
    # must not fire: the name after 'of' is the head's own place
    assert mention_layers("They fled the town of Harasta.") == ([], ["Harasta"])
    assert mention_layers("Shelling hit the northwestern province of Idlib.") == ([], ["Idlib"])
    assert mention_layers("They reached the city of Damascus.") == ([], ["Damascus"])
    assert mention_layers("Fighting spread to the country of Syria.") == ([], ["Syria"])


def test_the_ground_after_on_or_under_is_a_place():
    # G7: a bare head that needs a modifier is a place after 'the' and a preposition of place.
    assert mention_layers("She now sleeps on the ground near the fence.") == ([], ["ground", "fence"])
    assert mention_layers("Hundreds of them are under the ground, listening.") == ([], ["ground"])
    # must not fire: people 'on the ground' are present there; a deverbal head after 'on'
    assert mention_layers("Reports from UN agencies on the ground said the camp was full.") == (
        ["UN agencies"], ["camp"])
    assert mention_layers("Talks on the crossing of the river stalled.") == ([], ["river"])
