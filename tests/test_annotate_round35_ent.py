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
