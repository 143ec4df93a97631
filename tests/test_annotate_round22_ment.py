"""Round twenty-two of the annotator's ACTOR and LOCATION mentions (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole ACTOR and LOCATION
layers back with the helpers of tests/sentences.py; beside each rule, sentences where it
must not fire.
"""

from __future__ import annotations

from sentences import mention_layers


def test_coordinated_modifiers_before_one_head_are_one_actor():
    # G288: a singular party word and a party modifier share the plural head after them.
    assert mention_layers("Buses took rebel and jihadist factions to Idlib.") == (
        ["rebel and jihadist factions"], ["Idlib"])
    assert mention_layers("He said opposition and militant groups left the hills.") == (
        ["opposition and militant groups"], ["hills"])
    # a list of demonyms with commas before one head (G22)
    assert mention_layers("Syrian, Kurdish and Arab families fled the town.") == (
        ["Syrian, Kurdish and Arab families"], ["town"])
    # must not fire: a counted person, a head of its own before a non-party modifier or a name
    assert mention_layers("Troops shot a rebel and jihadist fighters fled.") == (
        ["Troops", "rebel", "jihadist fighters"], [])
    assert mention_layers("The government and local authorities agreed.") == (
        ["government", "local authorities"], [])
    assert mention_layers("The Israeli army and Gaza officials disagree.") == (
        ["Israeli army", "Gaza officials"], [])
    assert mention_layers("The rebel and his family left.") == (["rebel", "family"], [])
    # review: a singular head after 'each', a comma list not of demonyms, a clause after a comma
    assert mention_layers("Each rebel and jihadist fighter carried a rifle.") == (["rebel", "jihadist fighter"], [])
    assert mention_layers("The army shot a rebel and local residents fled.") == (
        ["army", "rebel", "local residents"], [])
    assert mention_layers("The victims were Syrian, and Turkish officials said so.") == (
        ["victims", "Turkish officials"], [])


def test_the_article_written_with_e_before_a_hyphen_joins_a_place_name():
    # G20: 'ez-', 'es-', 'esh-' are the Arabic article transliterated; the name is whole.
    assert mention_layers("Families fled to Deir ez-Zor on Monday.") == (["Families"], ["Deir ez-Zor"])
    assert mention_layers("Trucks reached Ras esh-Shamra and Deir es-Sultan.") == (
        [], ["Ras esh-Shamra", "Deir es-Sultan"])
    # must not fire: a hyphen before a lower-case word
    assert mention_layers("Displaced families in Aleppo en-route to Idlib waited.") == (
        ["Displaced families"], ["Aleppo", "Idlib"])


def test_outbuildings_light_shelters_and_stairs_are_places():
    # G7: structures people sleep or are held in, and the stairs people are carried down.
    assert mention_layers("About 120 people slept in the hangar that night.") == (["people"], ["hangar"])
    assert mention_layers("Families fled the annex after strikes hit nearby.") == (["Families"], ["annex"])
    assert mention_layers("They sleep in huts and gyms.") == ([], ["huts", "gyms"])
    assert mention_layers("He carried her bag up the stairs.") == ([], ["stairs"])
    # must not fire: 'shed' the verb, 'workshop' the meeting
    assert mention_layers("The storm shed its rain on the hills.") == ([], ["hills"])
    assert mention_layers("She went to a workshop on trauma care.") == ([], [])
    # review: an annex of a document, a barn as a modifier; a shrine 'to' someone stays a place
    assert mention_layers("The annex to the report lists 40 names.") == ([], [])
    assert mention_layers("The annex of the agreement lists the routes.") == ([], ["routes"])
    assert mention_layers("Women were held in the annex of the camp.") == (["Women"], ["annex", "camp"])
    assert mention_layers("A barn owl nested there.") == ([], [])
    assert mention_layers("A shrine to the saint stood there.") == ([], ["shrine"])


def test_a_junta_and_an_armed_alliance_are_actors():
    # G26: a ruling junta is a state organ, an alliance of armed groups a party.
    assert mention_layers("The junta accused the rebels.") == (["junta", "rebels"], [])
    assert mention_layers("Negotiators for the alliance left Idlib.") == (["Negotiators", "alliance"], ["Idlib"])
    # a modifier of another actor head stays inside that head's one mention
    assert mention_layers("Junta leaders met on Monday.") == (["Junta leaders"], [])
    # review: must not fire on a modifier of a non-party or on a counted person
    assert mention_layers("A militant and two gunmen died.") == (["militant", "gunmen"], [])
