"""Review of round twenty-two's mention rules (issue 11) on invented sentences only, never
dev ones: where a rule of the round fired on text it was not meant for, or missed text
it was meant for. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_alliance_as_a_tie_between_parties_is_no_actor():
    # 0ef494d: 'alliance' the armed party; the tie itself (with/between/against, formed) is none.
    assert mention_layers("He formed an alliance with his brother.") == (["brother"], [])
    assert mention_layers("The alliance between the two parties collapsed.") == (["parties"], [])
    assert mention_layers("They forged a new alliance last year.") == ([], [])
    assert mention_layers("The junta's alliance with Moscow deepened.") == (["junta", "Moscow"], [])
    assert mention_layers("An alliance against the regime was formed.") == (["regime"], [])
    # still a party
    assert mention_layers("Fighters of the alliance left Idlib.") == (["Fighters", "alliance"], ["Idlib"])
    assert mention_layers("Rebels joined the alliance on Monday.") == (["Rebels", "alliance"], [])
    assert mention_layers("The alliance of rebel groups attacked the base.") == (["alliance", "rebel groups"], [])
    assert mention_layers("The jihadist alliance struck the town.") == (["jihadist alliance"], ["town"])


def test_a_quarry_that_is_hunted_is_no_place():
    # 433c3cc: 'quarry' a place head; after a bare possessive it is what is hunted.
    assert mention_layers("The hunters lost their quarry in the woods.") == ([], [])
    assert mention_layers("Police closed in on their quarry near the border.") == (["Police"], ["border"])
    # still a place
    assert mention_layers("Workers at their quarry were evacuated.") == (["Workers"], ["quarry"])
    assert mention_layers("They returned to their quarry after the strikes.") == ([], ["quarry"])
    assert mention_layers("Residents sheltered in a quarry outside the town.") == (["Residents"], ["quarry", "town"])
    assert mention_layers("Families hid in their stone quarry.") == (["Families"], ["stone quarry"])
    assert mention_layers("The quarry was shelled.") == ([], ["quarry"])
    # a plural, or one listed with another place head, stays a place
    assert mention_layers("We could not reach our quarries in the hills.") == ([], ["quarries", "hills"])
    assert mention_layers("We could not reach our quarry and orchards.") == ([], ["quarry", "orchards"])
