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
