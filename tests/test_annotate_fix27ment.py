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


def test_a_sides_singular_line_is_a_place_only_where_reached():
    # fe179d4 made any 'line' after a side's word a place; a side's singular line is as
    # often its stance (G7, G331)
    assert mention_layers("The spokesman repeated the government line that the town was calm.") == \
        (["spokesman"], ["town"])
    assert mention_layers("State television echoed the official government line on the talks.") == \
        (["State television"], [])
    assert mention_layers("The Russian line on the ceasefire has not changed.") == ([], [])
    assert mention_layers("Analysts said the opposition line was hardening.") == (["Analysts"], [])
    assert mention_layers("If you read carefully between the lines, the statement is a warning.") == ([], [])
    # reached, crossed or hit: ground; the plural and the line's own kinds stay places
    assert mention_layers("Families fled towards the government line.") == (["Families"], ["government line"])
    assert mention_layers("Rebels breached the enemy line overnight.") == (["Rebels"], ["enemy line"])
    assert mention_layers("They crossed the Russian line at dawn.") == ([], ["Russian line"])
    assert mention_layers("Families fled towards government lines.") == (["Families"], ["government lines"])
    assert mention_layers("Fighters crept behind enemy lines.") == (["Fighters"], ["enemy lines"])
    assert mention_layers("Aid crossed the front line on Monday.") == ([], ["front line"])
    assert mention_layers("Shells fell near the ceasefire line.") == ([], ["ceasefire line"])
