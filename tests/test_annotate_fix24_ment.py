"""Review of round twenty-four's mention rules (issue 11) on invented sentences only,
never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_state_that_undergoes_or_links_to_an_adjective_is_a_place():
    # verbs of grief, hunger and healing, and a linking verb before a predicative adjective
    assert mention_layers("Lebanon went dark after the strike.") == ([], ["Lebanon"])
    assert mention_layers("Syria wept for its dead.") == (["dead"], ["Syria"])
    assert mention_layers("Yemen starved while the war went on.") == ([], ["Yemen"])
    assert mention_layers("Syria grew tense as troops massed.") == (["troops"], ["Syria"])
    assert mention_layers("Families prayed for Syria to recover.") == (["Families"], ["Syria"])
    # the state still acts: a linking verb with no adjective, an object, an act asked of it
    assert mention_layers("Lebanon went to the polls on Sunday.") == (["Lebanon"], [])
    assert mention_layers("Israel turned back the convoy.") == (["Israel"], [])
    assert mention_layers("Turkey waited for Russia to withdraw.") == (["Turkey", "Russia"], [])
    assert mention_layers("Ukraine retook the village.") == (["Ukraine"], ["village"])


def test_a_singular_weapon_word_before_a_noun_it_modifies_is_no_weapon_wielded():
    # G313 reads the weapon as the head; a singular weapon word before a base-form noun modifies it
    assert mention_layers("Iran's missile programme worried its neighbours.") == (["neighbours"], ["Iran"])
    # the weapon is the head: a past verb, a verb with its object, a plural
    assert mention_layers("Russia's missile hit the city.") == (["Russia"], ["city"])
    assert mention_layers("Russia's missiles hit the city.") == (["Russia"], ["city"])
    assert mention_layers("Russia's artillery pounded the town.") == (["Russia"], ["town"])
    assert mention_layers("Ukraine's air defences shot down 20 drones.") == (["Ukraine"], [])
