"""Review of round nineteen's ACTOR and LOCATION rules (issue 11): invented sentences
only, never dev ones. Each test reads the whole ACTOR and LOCATION layers back, with
sentences where the narrowed rule must still fire or must not."""

from __future__ import annotations

from sentences import mention_layers


def test_a_country_name_with_of_after_a_sentence_initial_the_is_whole():
    # G15: 'The' opening the sentence hid the name from the 'of' link, leaving 'Congo'.
    assert mention_layers("The Democratic Republic of Congo said it would close the border.") == (
        ["Democratic Republic of Congo"], ["border"])
    assert mention_layers("The Republic of Congo said it would send aid.") == (["Republic of Congo"], [])
    assert mention_layers("The Republic of Congo and the Democratic Republic of Congo share a river.") == (
        [], ["Republic of Congo", "Democratic Republic of Congo", "river"])
    # (all three signed: since round 20 a state coordinated with acting states acts too, G8, G22)
    assert mention_layers("The Democratic Republic of Congo, Rwanda and Uganda signed the deal.") == (
        ["Democratic Republic of Congo", "Rwanda", "Uganda"], [])
    # unchanged: inside the sentence, and the forms with 'the' and with an initial
    assert mention_layers("Refugees crossed from the Democratic Republic of Congo into Uganda.") == (
        ["Refugees"], ["Democratic Republic of Congo", "Uganda"])
    assert mention_layers("Clashes in north-eastern Democratic Republic of Congo killed 12.") == (
        [], ["north-eastern Democratic Republic of Congo"])
    assert mention_layers("DR Congo said it would close the border.") == (["DR Congo"], ["border"])
    assert mention_layers("The Czech Republic said it would send aid.") == (["Czech Republic"], [])


def test_a_region_after_an_ly_adverb_or_a_place_preposition_stays_a_region():
    # G11: an -ly adverb before the adjectives, or (headline style) a place preposition
    # without 'the', opens a region as 'the' does; round 19 dropped these as directions.
    assert mention_layers("Fighting raged in the largely Kurdish north.") == ([], ["Kurdish north"])
    assert mention_layers("Fighting raged in the predominantly Kurdish north-east.") == ([], ["Kurdish north-east"])
    assert mention_layers("Fighting raged in the mostly rural south.") == ([], ["rural south"])
    assert mention_layers("Troops swept through the sparsely populated east.") == (
        ["Troops"], ["sparsely populated east"])
    assert mention_layers("Troops swept through the heavily bombed east.") == (["Troops"], ["heavily bombed east"])
    assert mention_layers("Fighting spread across rural north on Tuesday.") == ([], ["rural north"])
    # must not fire: an adverb after a verb, a noun before the compass word, no opener
    assert mention_layers("The convoy travelled slowly north, witnesses said.") == (["witnesses"], [])
    assert mention_layers("Troops moved quickly north into the province.") == (["Troops"], ["province"])
    assert mention_layers("Families walked along dirt tracks south.") == (["Families"], ["dirt tracks"])  # 84e7e6e: the track is a way
    assert mention_layers("They fled on foot north toward Turkey.") == ([], ["Turkey"])
