"""Round twenty-five of the mention rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_name_before_plural_places_is_one_nom():
    # G307: a place name right before a plural common-noun place is its pre-modifier
    assert mention_layers("Families slept in Aleppo shelters.") == (["Families"], ["Aleppo shelters"])
    assert mention_layers("Thousands moved to the Idlib camps last year.") == ([], ["Idlib camps"])
    assert mention_layers("Crowds massed at the Kabul airport gates.") == (["Crowds"], ["Kabul airport gates"])
    # not after a coordination of names, a territory's units, its parts or a range (G16)
    assert mention_layers("Families fled to the Aleppo and Idlib camps.") == (["Families"], ["Aleppo", "Idlib"])
    assert mention_layers("Aid reached the Aleppo and Idlib provinces.") == ([], ["Aleppo", "Idlib"])
    assert mention_layers("Families fled the Damascus suburbs.") == (["Families"], ["Damascus"])
    assert mention_layers("Rebels hid in the Aleppo hills.") == (["Rebels"], ["Aleppo"])
    # a singular facility after a town stays the name alone (G148)
    assert mention_layers("Families reached the Aleppo shelter.") == (["Families"], ["Aleppo"])


def test_body_and_figures_with_a_modifier_of_their_sense_are_actors():
    # G7, G62: 'body' after a word of its scope or task is an institution; 'figure(s)'
    # after a word of a camp or standing is a public person
    assert mention_layers("The world body had not been consulted.") == (["world body"], [])
    assert mention_layers("Only an independent body can establish the facts.") == (["independent body"], [])
    assert mention_layers("The council, a body of local elders, met on Monday.") == \
        (["council", "body", "local elders"], [])
    assert mention_layers("Opposition figures called the deal forced displacement.") == \
        (["Opposition figures"], [])
    assert mention_layers("A tribal figure from the valley said so.") == (["tribal figure"], ["valley"])
    # a corpse, a mass or a number stays none
    assert mention_layers("The body of a child was found.") == (["child"], [])
    assert mention_layers("A body of water lies to the east.") == ([], ["east"])
    assert mention_layers("Casualty figures could not be verified.") == ([], [])
    assert mention_layers("Official figures put the toll at 30.") == ([], [])
    assert mention_layers("The hospital and community figures differ.") == ([], ["hospital"])
    assert mention_layers("Public figures show a drop in arrivals.") == (["arrivals"], [])
    assert mention_layers("Opposition figures for the dead were higher.") == (["dead"], [])


def test_a_superlative_of_age_after_a_possessive_is_a_child():
    # G63: 'my youngest', 'her eldest' with no noun after them stand for a child
    assert mention_layers('"My youngest asks when we go back," she said.') == (["youngest"], [])
    assert mention_layers("Her eldest left for the city.") == (["eldest"], ["city"])
    # a noun after it is the head; a thing; no possessive
    assert mention_layers("My eldest son was killed.") == (["eldest son"], [])
    assert mention_layers("It was their oldest tradition.") == ([], [])
    assert mention_layers("The oldest of the buildings collapsed.") == ([], ["buildings"])


def test_self_review_of_round_twenty_five_on_other_senses():
    # G307: a plural place word that is the verb after a name as subject
    assert mention_layers("Kabul houses the ministry.") == (["ministry"], ["Kabul"])
    assert mention_layers("Aleppo shelters thousands of families.") == (["families"], ["Aleppo"])
    assert mention_layers("Today Aleppo shelters some 300 families.") == (["families"], ["Aleppo"])
    assert mention_layers("They reached the Idlib camps about noon.") == ([], ["Idlib camps"])
    assert mention_layers("They slept in Aleppo shelters for 3 nights.") == ([], ["Aleppo shelters"])
    # 'body' with 'of' and no people after it, as a modifier, and 'at their youngest'
    assert mention_layers("The regional body of water froze.") == ([], [])
    assert mention_layers("The world body count rose.") == ([], [])
    assert mention_layers("Leading figures for the month were released.") == ([], [])
    assert mention_layers("They were at their youngest and fittest.") == ([], [])
    assert mention_layers("Many political figures from both camps met.") == (["political figures"], ["camps"])
