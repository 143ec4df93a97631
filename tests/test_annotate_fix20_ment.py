"""Review of round twenty's ACTOR and LOCATION mention rules (issue 11): invented
sentences only, never dev ones. Each test reads the whole ACTOR and LOCATION layers back.
"""

from __future__ import annotations

from sentences import mention_layers


def test_a_gerund_with_its_object_is_no_pre_modifier():
    # G14 keeps a participle before its head only where it is an adjective; a gerund with
    # its object (after a verb that takes one, 'of' after accusing, a clause-opening
    # preposition) and a participle of people on the move before a place head are verbs.
    assert mention_layers("The army accused them of holding villages near the river.") == (
        ["army"], ["villages", "river"])
    assert mention_layers("Militias were accused of holding civilians in schools.") == (
        ["Militias", "civilians"], ["schools"])
    assert mention_layers("Rebels kept holding towns along the road.") == (["Rebels"], ["towns", "road"])
    assert mention_layers("Residents began fleeing towns near the front.") == (["Residents"], ["towns", "front"])
    assert mention_layers("After fleeing towns in the north, they reached the camp.") == (
        [], ["towns", "north", "camp"])
    assert mention_layers("By surrounding towns, the army cut supplies.") == (["army"], ["towns"])
    assert mention_layers("Since fleeing villages, they have lived in tents.") == ([], ["villages", "tents"])
    # unchanged: the adjective before an actor head, after a verb of no gerund, at a clause's start
    assert mention_layers("Mortars hit roads used by fleeing civilians.") == (["fleeing civilians"], ["roads"])
    assert mention_layers("The camp is full, and fleeing families sleep in the open.") == (
        ["fleeing families"], ["camp"])
    assert mention_layers("Families who fled surrounding villages reached the town on Monday.") == (
        ["Families"], ["surrounding villages", "town"])
    assert mention_layers("Residents of surrounding villages fled.") == (["Residents"], ["surrounding villages"])


def test_a_bare_head_after_on_the_that_modifies_a_noun_is_no_place():
    # G7 (e3ce20f): 'on the' / 'under the' open a place only where the bare head ends its
    # phrase; before a noun it is that noun's modifier (the base pay, the base salary).
    assert mention_layers("He stayed on the base pay for months.") == ([], [])
    assert mention_layers("Workers went on the base salary.") == (["Workers"], [])
    # unchanged: the head ends its phrase
    assert mention_layers("She now sleeps on the ground near the fence.") == ([], ["ground", "fence"])
    assert mention_layers("They slept on the ground today.") == ([], ["ground"])
    assert mention_layers("They slept on the ground, in the cold.") == ([], ["ground"])


def test_an_acting_state_does_not_share_its_role_past_a_list_or_after_to_or_from():
    # G8, G22 (7a8d03d): a list ends at the name after its 'and'; a name joined after that
    # by a comma begins a clause of its own, and a state after 'to' or 'from' is a place.
    assert mention_layers("Relations between Moscow and Kyiv, Ankara and Cairo said, were strained.") == (
        ["Ankara", "Cairo"], ["Moscow", "Kyiv"])
    assert mention_layers("Flights to Cairo or Amman were halted, Jordan said.") == (
        ["Amman", "Jordan"], ["Cairo"])
    # unchanged: the round's lists
    assert mention_layers("Amman, the UN and Paris condemned the strike.") == (
        ["Amman", "UN", "Paris"], [])
    assert mention_layers("Rome, Paris, London give lower estimates") == (["Rome", "Paris", "London"], [])
    assert mention_layers("The ceasefire was mediated by Cairo and Amman in May.") == (["Cairo", "Amman"], [])
