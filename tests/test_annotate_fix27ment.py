"""Review of round twenty-seven's mention rules (issue 11) on invented sentences only,
never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_actor_head_before_its_own_deed_or_unit_stays_the_doer():
    # c54659d read any lower-case noun after a singular actor head as a thing it modifies;
    # a deed the actor does or imposes, or a unit of its people, keeps the head (G7, G43)
    assert mention_layers("The army raid continued.") == (["army"], [])
    assert mention_layers("Under government pressure, the town surrendered.") == (["government"], ["town"])
    assert mention_layers("The government crackdown continued.") == (["government"], [])
    assert mention_layers("The army withdrawal began on Monday.") == (["army"], [])
    assert mention_layers("The military command said.") == (["military"], [])
    assert mention_layers("The army high command said.") == (["army"], [])
    assert mention_layers("The army garrison surrendered.") == (["army"], [])
    # the round's things stay no mention, and a weapon's fire names no actor (G9)
    assert mention_layers("The convoy moved under military escort.") == ([], [])
    assert mention_layers("He spoke in a television interview.") == ([], [])
    assert mention_layers("Mortar rounds and sniper fire struck near the convoy.") == ([], [])

