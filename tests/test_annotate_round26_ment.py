"""Round twenty-six of the mention rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_coordinated_states_before_a_base_form_verb_act():
    # G8: a coordination of states is a plural subject; its present verb has no -s
    assert mention_layers("Moscow and Kyiv trade blame over the attack.") == (["Moscow", "Kyiv"], [])
    assert mention_layers("Paris, Rome fly hundreds of citizens out of Niger.") == \
        (["Paris", "Rome", "citizens"], ["Niger"])
    assert mention_layers("Toll climbs as Ankara and Damascus trade accusations.") == (["Ankara", "Damascus"], [])
    # a compound noun after the names, a verb's object or a place preposition before them
    assert mention_layers("Syria and Iraq trade ties worsened.") == ([], ["Syria", "Iraq"])
    assert mention_layers("Families fled Syria and Turkey last year.") == (["Families"], ["Syria", "Turkey"])
    assert mention_layers("In Moscow and Kyiv trade fairs opened.") == ([], ["Moscow", "Kyiv"])


def test_a_block_of_flats_is_a_place():
    # G7: 'block(s)' is a building after a pre-modifier or 'the' (also a verb and a piece)
    assert mention_layers("They slept in the basement of a five-storey block.") == \
        ([], ["basement", "five-storey block"])
    assert mention_layers("A missile hit a nine-storey apartment block in the city.") == \
        ([], ["nine-storey apartment block", "city"])
    assert mention_layers("Gunmen fired from residential blocks.") == (["Gunmen"], ["residential blocks"])
    assert mention_layers("About 400 people had lived in the block.") == (["people"], ["block"])
    # a verb, a piece of a material or of a thing
    assert mention_layers("Protesters tried to block the road.") == (["Protesters"], ["road"])
    assert mention_layers("They block aid convoys every week.") == ([], [])
    assert mention_layers("A block of ice fell.") == ([], [])
    assert mention_layers("Soldiers placed concrete blocks across the road.") == (["Soldiers"], ["road"])
    assert mention_layers("The walls were made of breeze blocks.") == ([], ["walls"])


def test_the_crossing_is_a_place_unless_it_is_the_act():
    # G7: a bare 'the crossing' is the border crossing
    assert mention_layers("Guards opened the crossing on Friday.") == (["Guards"], ["crossing"])
    assert mention_layers("A convoy of 120 people left the crossing on Sunday.") == (["people"], ["crossing"])
    assert mention_layers("The army said the crossing was used to move weapons.") == (["army"], ["crossing"])
    assert mention_layers("The crossing is run by police officers.") == (["police officers"], ["crossing"])
    # the act of crossing: a verb of doing or a time before it, its length or route after it
    assert mention_layers("A few people still made the crossing on foot.") == (["people"], [])
    assert mention_layers("Medics treated children during the crossing.") == (["Medics", "children"], [])
    assert mention_layers("The crossing took nearly ten hours.") == ([], [])
    assert mention_layers("Crews waited through the crossing hours.") == (["Crews"], [])


def test_home_after_a_verb_or_an_adverb_of_movement_is_alone():
    # G182: a bare 'home' after a verb form, 'straight' or a noun of a trip is the goal
    assert mention_layers("Some evacuees flew home directly.") == (["evacuees"], ["home"])
    assert mention_layers("By then many people had gone home.") == (["people"], ["home"])
    assert mention_layers("Families took their dead straight home.") == (["Families", "dead"], ["home"])
    assert mention_layers("They spoke of the long journey home.") == ([], ["home"])
    # a noun or adjective that modifies it, or 'home' as a modifier after a determiner
    assert mention_layers("They moved into a nursing home.") == ([], ["nursing home"])
    assert mention_layers("The family home was destroyed.") == ([], ["family home"])
    assert mention_layers("They returned to their home village.") == ([], ["home village"])


def test_a_faith_or_stateless_people_before_a_head_is_its_adjective():
    # G14: 'Catholic', 'Orthodox', 'Buddhist', 'Assyrian' modify the place after them
    assert mention_layers("Hundreds sheltered in the Catholic cathedral.") == ([], ["Catholic cathedral"])
    assert mention_layers("They prayed at the Orthodox church.") == ([], ["Orthodox church"])
    assert mention_layers("Families slept in Buddhist monasteries.") == (["Families"], ["Buddhist monasteries"])
    assert mention_layers("Tal Tamr is an Assyrian town on the river.") == \
        ([], ["Tal Tamr", "Assyrian town", "river"])
    # a people of them, and a state's own name keep their readings
    assert mention_layers("Assyrians fled the town.") == (["Assyrians"], ["town"])
    assert mention_layers("Coptic families fled to Cairo.") == (["Coptic families"], ["Cairo"])


def test_a_compass_word_shares_the_article_of_the_one_before():
    # G11: 'the north and west' are two regions; the second shares the article
    assert mention_layers("The siege cut the town off from the north and west.") == ([], ["town", "north", "west"])
    assert mention_layers("Shelling came from the east or south.") == ([], ["east", "south"])
    # no article: adverbs of direction
    assert mention_layers("Fighters moved north and west.") == (["Fighters"], [])


def test_self_review_of_round_twenty_six_on_other_senses():
    # coordinated states: the object of a preposition is no subject
    assert mention_layers("Trains between Moscow and Minsk run every hour.") == ([], ["Moscow", "Minsk"])
    assert mention_layers("Aid reached Beirut and Damascus last week.") == ([], ["Beirut", "Damascus"])
    # 'block': a state of mind, a ban
    assert mention_layers("The patient had a mental block about the journey.") == (["patient"], [])
    assert mention_layers("The UN lifted the block on aid deliveries.") == (["UN"], [])
    # faiths in an organisation's name stay in the name
    assert mention_layers("Catholic Relief Services said 300 families arrived.") == \
        (["Catholic Relief Services", "families"], [])
    assert mention_layers("Hindu pilgrims gathered at the temple.") == (["Hindu pilgrims"], ["temple"])
    # 'home' after a verb is alone; a modifier before it stays
    assert mention_layers("He sent home 300 soldiers.") == (["soldiers"], ["home"])
    assert mention_layers("The home team won the match.") == (["home team"], [])
    # the act of crossing after a time preposition
    assert mention_layers("After the crossing, families rested in the shade.") == (["families"], [])


def test_rubble_after_a_preposition_or_as_what_is_left_is_a_place():
    # G213, G214, G322: the ground bodies are under or in, or what is left of a place
    assert mention_layers("Dozens of bodies were still under rubble along the road.") == \
        (["bodies"], ["rubble", "road"])
    assert mention_layers("By then much of the town lay in rubble.") == ([], ["town", "rubble"])
    assert mention_layers("Rescuers dug through its rubble for days.") == (["Rescuers"], ["rubble"])
    assert mention_layers("The old quarter is now rubble.") == ([], ["old quarter", "rubble"])
    # debris moved or counted, and a compound it modifies
    assert mention_layers("Crews cleared rubble from the roof.") == (["Crews"], ["roof"])
    assert mention_layers("Tonnes of rubble were removed from the street.") == ([], ["street"])
    assert mention_layers("Volunteers turned rubble into bricks.") == (["Volunteers"], [])
    assert mention_layers("The priority is rubble removal.") == ([], [])
