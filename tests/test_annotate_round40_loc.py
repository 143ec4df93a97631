"""Round forty of the LOCATION rules: places the gazetteer of towns lacks, on invented
sentences only, never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_name_a_crossing_verb_or_a_bank_takes_is_a_river():
    # G68: 'cross the X', 'crossing the X', 'the banks of the X' name a river, a place
    # whatever the gazetteer knows
    assert mention_layers("The convoy crossed the Sendi at dawn.") == ([], ["Sendi"])
    assert mention_layers("Before crossing the Kemi on a ferry, families waited.") == (["families"], ["Kemi"])
    assert mention_layers("Trucks waited on the banks of the Marzan until night.") == ([], ["banks", "Marzan"])
    # neighbours: no 'the', a name opening its sentence, or 'of' after the name decide nothing
    assert mention_layers("The Sendi rose.") == ([], [])


def test_a_name_before_villages_or_neighbourhoods_is_inside_one_nom():
    # G307: villages, towns and neighbourhoods are several places a town or region holds,
    # which its name never names: one NOM with the name (and its compass word) inside
    assert mention_layers("A survey in two Aro neighbourhoods found most wanted to go back.") == (
        [], ["Aro neighbourhoods"])
    assert mention_layers("Families flee eastern Kemi villages as fighters clash.") == (
        ["Families", "fighters"], ["eastern Kemi villages"])
    # neighbours: names coordinated before the plural keep G16's name alone, and a unit
    # of a territory (districts) is the name's own generic word
    assert mention_layers("Families fled the Kemi and Aro villages.") == (["Families"], ["Kemi", "Aro"])
    assert mention_layers("Aid reached the Kemi districts.") == ([], ["Kemi"])


def test_a_town_name_after_the_indefinite_article_is_inside_its_facility_nom():
    # G20: 'a Kemi shelter' is one of the town's shelters, a common noun with the name as
    # its pre-modifier; the definite facility the name stands for keeps the name alone (G148)
    assert mention_layers("He is a surgeon at a Damascus burns centre.") == (["surgeon"], ["Damascus burns centre"])
    assert mention_layers("Families queued at a Damascus bakery.") == (["Families"], ["Damascus bakery"])
    assert mention_layers("He works at the Damascus burns centre.") == ([], ["Damascus"])
    assert mention_layers("Families queued at the Damascus bakery.") == (["Families"], ["Damascus"])
    # a generic word that names the town's own unit stays G16's, left out
    assert mention_layers("They fled to a Damascus district.") == ([], ["Damascus"])


def test_a_state_opening_a_sentence_with_a_party_before_a_verb_acts():
    # G8, G70: 'X and allied militias launched' is one subject that acts, so the capital
    # is its government, an ACTOR
    assert mention_layers("Ankara and allied militias launched an offensive.") == (
        ["Ankara", "allied militias"], [])
    # neighbour: a form of 'be' after the party is no act; the capital stays a place
    assert mention_layers("Ankara and allied militias are on the border.") == (
        ["allied militias"], ["Ankara", "border"])


def test_a_people_s_word_before_region_or_state_names_their_region():
    # G16, G245: a demonym that is also a region's name (the gazetteer's subdivisions)
    # before a lower-case 'region' or 'state' is that region's name, the unit word generic
    assert mention_layers("UNHCR is working in Ethiopia's Somali region.") == (["UNHCR"], ["Ethiopia", "Somali"])
    assert mention_layers("Thousands fled the town of Kemi in the country's northern Shan state on Monday.") == (
        [], ["Kemi", "country", "Shan"])
    assert mention_layers("Groups have worked in Karenni and Shan states since 2012.") == (
        ["Groups"], ["Karenni", "Shan"])
    # neighbours: a demonym no region is named after, and a bare plural after one, stay
    # pre-modifiers of one NOM
    assert mention_layers("The Syrian state is weak.") == (["Syrian state"], [])
    assert mention_layers("A famine hit two southern Somali regions, Bakool and Gedo.") == (
        [], ["southern Somali regions", "Bakool", "Gedo"])


def test_an_unknown_name_between_the_and_a_lower_case_facility_is_its_name():
    # G148, G67: 'the X water station' gives the name alone, the lower-case words after it
    # a common noun phrase no part of it
    assert mention_layers("When the Marzo water station stopped working we sent tankers.") == ([], ["Marzo"])
    assert mention_layers("Armed men attacked the Velka displacement site near Bule.") == (
        ["Armed men"], ["Velka", "Bule"])
    # neighbour: an actor head after the name keeps it a pre-modifier of one ACTOR NOM (G20)
    assert mention_layers("The Zentra officials said so.") == (["Zentra officials"], [])


def test_a_person_s_name_between_the_and_a_facility_names_the_facility():
    # G148, G67: a mosque named after a person keeps the name alone, asked before the
    # person cues ('Abu', a particle) that would make it a pre-modifier
    assert mention_layers("At the Abu Salem mosque near the market, the imam spoke.") == (
        ["imam"], ["Abu Salem", "market"])
    assert mention_layers("A clinic beside the Umar bin Yusuf mosque was hit.") == ([], ["clinic", "Umar bin Yusuf"])


def test_a_two_word_facility_head_after_a_name_leaves_the_name_alone():
    # G148: a two-word place head ('housing estate', 'health post') after a name, also
    # after a possessive, is a common noun phrase no part of the name
    assert mention_layers("He lived in the city's Velka housing estate.") == ([], ["city", "Velka"])
    assert mention_layers("Dr Osei, who runs the Marzo health post, said so.") == (["Osei"], ["Marzo"])
    # G307: a plural one after the name is several places, one NOM with the name inside
    assert mention_layers("Families from the Velka housing estates spread out mats.") == (
        ["Families"], ["Velka housing estates"])
