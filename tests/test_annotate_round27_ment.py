"""Round twenty-seven of the mention rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_singular_actor_head_before_a_thing_noun_is_its_modifier():
    # G7: 'military escort', 'army post', 'a television interview' name no actor
    assert mention_layers("The convoy moved under military escort.") == ([], [])
    assert mention_layers("The road reopened to military traffic on Friday.") == ([], ["road"])
    assert mention_layers("An official said military transport planes were leaving.") == (["official"], [])
    assert mention_layers("Men of military age were held at the gate.") == (["Men"], ["gate"])
    assert mention_layers("Russia said it hit military and energy targets.") == (["Russia"], [])
    assert mention_layers("He spoke in a television interview.") == ([], [])
    # the head itself: a verb after it, a person or deed after it, a postpositive adjective
    assert mention_layers("The military said it hit fighters.") == (["military", "fighters"], [])
    assert mention_layers("The army hit the town.") == (["army"], ["town"])
    assert mention_layers("The army cut the road.") == (["army"], ["road"])
    assert mention_layers("Military officials said it.") == (["Military officials"], [])
    assert mention_layers("Said one official familiar with the talks.") == (["official"], [])
    assert mention_layers("A teacher walks in every morning.") == (["teacher"], [])
    assert mention_layers("Some families took their dead straight home.") == (["families", "dead"], ["home"])
    assert mention_layers("The army and police officers left.") == (["army", "police officers"], [])
