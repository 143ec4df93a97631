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


def test_a_track_over_ground_is_a_way():
    # G7: 'track(s)' after a word of the ground, land or users it crosses is a place
    assert mention_layers("Families walked along farm tracks to the border.") == (["Families"], ["farm tracks", "border"])
    assert mention_layers("Most are taking the desert track toward the border.") == ([], ["desert track", "border"])
    assert mention_layers("The rain turned the dirt tracks between tents into streams.") == \
        ([], ["dirt tracks", "tents"])
    assert mention_layers("Families walked along the railway tracks.") == (["Families"], ["railway tracks"])
    # a record, a song, a course, a trace, the verb
    assert mention_layers("He has a good track record.") == ([], [])
    assert mention_layers("The song is the album's best track.") == ([], [])
    assert mention_layers("The bill was put on a fast track.") == ([], [])
    assert mention_layers("Police lost track of him.") == (["Police"], [])
    assert mention_layers("Tank tracks were visible in the mud.") == ([], [])
    assert mention_layers("Researchers who track incidents say so.") == (["Researchers"], [])


def test_a_line_between_forces_is_a_place():
    # G7, G331: the line between forces, named so or bare after a preposition that crosses it
    assert mention_layers("Forces set up posts near the ceasefire line.") == (["Forces"], ["ceasefire line"])
    assert mention_layers("They walked towards the army's forward lines.") == (["army"], ["forward lines"])
    assert mention_layers("Some tried to head towards government lines near Tabqa.") == \
        ([], ["government lines", "Tabqa"])
    assert mention_layers("Families were caught in the traffic between the lines.") == (["Families"], ["lines"])
    assert mention_layers("Israel sent aid across the line for years.") == (["Israel"], ["line"])
    assert mention_layers("An SDF commander at the front line spoke.") == (["SDF commander"], ["front line"])
    # a queue, a row, a cable, a stance, an idiom, a route of transport
    assert mention_layers("A line of buses waited on the bank.") == ([], ["bank"])
    assert mention_layers("Power lines were cut.") == ([], [])
    assert mention_layers("Officials took a different line.") == (["Officials"], [])
    assert mention_layers("Treatment was in line with the deal.") == ([], [])
    assert mention_layers("You have to read between the lines.") == ([], [])
    assert mention_layers("The runner crossed the line first.") == ([], [])
    assert mention_layers("Long lines of cars queued.") == ([], [])


def test_role_nouns_of_people_are_actors():
    # G62/G68: nouns for people by what they do or are (nouns.json's actor lists)
    assert mention_layers("Investigators arrived in April.") == (["Investigators"], [])
    assert mention_layers("UN observers who reached the village counted bodies.") == \
        (["UN observers", "bodies"], ["village"])
    assert mention_layers("Forecasters expect more rain.") == (["Forecasters"], [])
    assert mention_layers("The gravedigger said he buried dozens.") == (["gravedigger"], [])
    assert mention_layers("Strangers came at night.") == (["Strangers"], [])
    assert mention_layers("He would not leave the house to thieves.") == (["thieves"], ["house"])
    assert mention_layers("The killers remain unknown.") == (["killers"], [])
    # the words in other senses: a modifier of a thing, a verb
    assert mention_layers("They applied for a tourist visa.") == ([], [])
    assert mention_layers("A killer heatwave hit the region.") == ([], ["region"])
    assert mention_layers("Monitors observe the vote.") == (["Monitors"], [])


def test_a_roof_or_wall_as_a_thing_is_no_place():
    # G228: a part of a building is a place where people are in or on it, not as a thing
    assert mention_layers("The house had lost its upper floor.") == ([], ["house"])
    assert mention_layers("Then the roof came down on them.") == ([], [])
    assert mention_layers("Residents hoped the basement and thick walls would protect them.") == \
        (["Residents"], ["basement"])
    assert mention_layers("They rebuilt the walls.") == ([], [])
    # where people are, and a state of it
    assert mention_layers("Snipers on the roof fired at the street.") == (["Snipers"], ["roof", "street"])
    assert mention_layers("Families on the floor fell asleep.") == (["Families"], ["floor"])
    assert mention_layers("He climbed onto the roof.") == ([], ["roof"])
    assert mention_layers("People queued along the perimeter wall.") == (["People"], ["perimeter wall"])
    assert mention_layers("The roof is gone.") == ([], ["roof"])


def test_a_bare_position_placed_by_a_preposition_is_held_ground():
    # G331: positions held by fighters; bare, a preposition of where before a place says so
    assert mention_layers("The forces pulled back from positions around the town.") == \
        (["forces"], ["positions", "town"])
    assert mention_layers("The assault hit the militants' positions in the outskirts of Arsal.") == \
        (["militants"], ["positions", "outskirts", "Arsal"])
    # a stance, a rank, a situation
    assert mention_layers("Russia's position on the talks has not changed.") == (["Russia"], [])
    assert mention_layers("Its position in Syria is strong.") == ([], ["Syria"])
    assert mention_layers("The party's position near the top of the polls held.") == (["party"], [])
    assert mention_layers("They were in the same position.") == ([], [])


def test_self_review_sentences_where_the_round_must_not_fire():
    # a track record and a line of things are no way and no front (failed before the review)
    assert mention_layers("The mountain track record of the team is poor.") == (["team"], [])
    assert mention_layers("The enemy lines of communication were cut.") == ([], [])
    assert mention_layers("Government lines of credit were frozen.") == ([], [])
    assert mention_layers("Voters stood in line behind the lines of police.") == (["police"], [])
    # the head acts, a verb or adverb after it (c54659d)
    assert mention_layers("The army hopes to reopen the road.") == (["army"], ["road"])
    assert mention_layers("The government need to act now.") == (["government"], [])
    assert mention_layers("The army never shells homes.") == (["army"], ["homes"])
    assert mention_layers("The army chief said the town fell.") == (["army chief"], ["town"])
    assert mention_layers("A police source said 12 died.") == (["police source"], [])
    # a structure where people are, a position held, a role noun negated
    assert mention_layers("People slept under the roof of the mosque.") == (["People"], ["roof", "mosque"])
    assert mention_layers("Troops took up positions near Damascus.") == (["Troops"], ["positions", "Damascus"])
    assert mention_layers("The government has not lost its position on the deal.") == (["government"], [])
    assert mention_layers("Investigators did not find the bodies.") == (["Investigators", "bodies"], [])
