"""Round thirty-five of the ACTOR and LOCATION rules (issue 11): name boundaries and
places on new text, on invented sentences only, never dev ones. Each test reads the
whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_apostrophe_inside_a_name_word_keeps_it_one_name():
    # G11/G15: an apostrophe glued to letters on both sides is part of one name word
    # (a transliteration's glottal stop, an elided particle), not a genitive
    assert mention_layers("Families fled from Sana'a to the coast on Monday.") == (["Families"], ["Sana'a", "coast"])
    assert mention_layers("He drove in from Birni N'Gaouré, a town east of the capital.") == (
        [], ["Birni N'Gaouré", "town", "capital"])
    assert mention_layers("Fighters of Hay’at Tahrir al-Sham left the town.") == (
        ["Fighters", "Hay’at Tahrir al-Sham"], ["town"])
    # a known name does not end inside the word ('SANA' the agency, 'SANA'A' the city)
    assert mention_layers("SANA'A, 11 April 2019 – Families fled.") == (["Families"], ["SANA'A"])
    # neighbours: a genitive or a contraction still ends the name
    assert mention_layers("Syria's army shelled the town.") == (["Syria", "army"], ["town"])
    assert mention_layers("SANA reported the deaths.") == (["SANA"], [])
    assert mention_layers("'Wait,' the driver said. I'm from Aleppo.") == (["driver"], ["Aleppo"])


def test_a_saints_name_with_its_genitive_is_a_place_name_whole():
    # G11: 'St Mary's' is a church's name with its title and genitive; the noun after
    # it is part of that name, no mention of its own; the title's stop stays inside
    assert mention_layers("Workers dug a trench beside St Andrew's church this week.") == (
        ["Workers"], ["trench", "St Andrew's"])
    assert mention_layers("At St. Theresa's cathedral in the town, a priest said 300 people slept.") == (
        ["priest", "people"], ["St. Theresa's", "town"])
    assert mention_layers("Families sheltered in halls such as St Mary’s in the village.") == (
        ["Families"], ["St Mary’s", "village"])
    # neighbours: a genitive after a person's name, and a saint's name that goes on
    assert mention_layers("He met Andrew's brother.") == (["brother"], [])
    assert mention_layers("St Mary's Hospital treated 20 people.") == (["people"], ["St Mary's Hospital"])


def test_a_particle_name_in_a_list_of_places_is_a_place():
    # G68: a name drafted a group only for its Arabic particle is a place where it is
    # coordinated with a place that is not a state
    assert mention_layers("Shells hit Beit Jinn, Mazraat Beit Jinn and Mughr al-Mir on Monday.") == (
        [], ["Beit Jinn", "Mazraat Beit Jinn", "Mughr al-Mir"])
    assert mention_layers("The army will enter al-Hamidiyah and Jubata al-Khashab within days.") == (
        ["army"], ["al-Hamidiyah", "Jubata al-Khashab"])
    # neighbours: groups coordinated with groups, or with a state that may act
    assert mention_layers("Fighters of Ahrar al-Sham and Jaish al-Islam left Douma.") == (
        ["Fighters", "Ahrar al-Sham", "Jaish al-Islam"], ["Douma"])
    assert mention_layers("Talks between Turkey and Ahrar al-Sham stalled.") == (["Turkey", "Ahrar al-Sham"], [])


def test_a_name_after_an_adjective_of_nearness_is_a_place():
    # G11: only a place is 'nearby' or 'neighbouring'; an unknown name or a name
    # drafted a group for its particle there is a place
    assert mention_layers("The mayor of nearby Saasaa, Hussein Nassour, told a radio station that crews would enter.") == (
        ["mayor", "Hussein Nassour", "crews"], ["Saasaa", "radio station"])
    assert mention_layers("He warned that neighbouring Moadamiyeh could be next.") == ([], ["Moadamiyeh"])
    assert mention_layers("Fighters left the camp and neighbouring Hajar al-Aswad on Sunday.") == (
        ["Fighters"], ["camp", "Hajar al-Aswad"])
    # neighbours: a group's name elsewhere stays a group; 'nearby' before a common noun
    assert mention_layers("Fighters of Ahrar al-Sham left the nearby camp.") == (
        ["Fighters", "Ahrar al-Sham"], ["nearby camp"])
