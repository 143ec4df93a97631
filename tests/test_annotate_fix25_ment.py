"""Review of round twenty-five's mention rules (issue 11) on invented sentences only,
never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_name_after_a_plural_head_and_a_conjunction_is_no_coordination_of_names():
    # G307: 'and' or a comma after a plural place (or a clause) does not coordinate names
    assert mention_layers("They visited Damascus camps and Beirut shelters.") == \
        ([], ["Damascus camps", "Beirut shelters"])
    assert mention_layers("The Idlib camps were flooded, and Aleppo shelters were full.") == \
        ([], ["Idlib camps", "Aleppo shelters"])
    # names that share the head stay the names alone (G16)
    assert mention_layers("Families fled to the Aleppo, Idlib and Hama camps.") == \
        (["Families"], ["Aleppo", "Idlib", "Hama"])
    assert mention_layers("Families fled to the Aleppo, Idlib, and Hama camps.") == \
        (["Families"], ["Aleppo", "Idlib", "Hama"])
    assert mention_layers("In Homs, Aleppo shelters were full.") == ([], ["Homs", "Aleppo"])


def test_body_and_figures_as_the_subject_of_a_corpse_or_a_number_are_no_actors():
    # G7, G62: a modifier of the institution sense does not outweigh a predicate of a corpse
    assert mention_layers("A local body was pulled from the river.") == ([], ["river"])
    assert mention_layers("The regional body was later buried on Sunday.") == ([], [])
    assert mention_layers("The regional body lay by the road for two days.") == ([], ["road"])
    # ... nor 'figures' a predicate of numbers
    assert mention_layers("Opposition figures are higher than the UN's.") == (["UN"], [])
    assert mention_layers("Opposition figures were much higher than the UN's.") == (["UN"], [])
    assert mention_layers("Opposition figures differ from the UN's.") == (["UN"], [])
    # an active verb, a verb people undergo and a word after the head stay people
    assert mention_layers("A local body found that the wells were dry.") == (["local body"], ["wells"])
    assert mention_layers("A regional body was set up in March.") == (["regional body"], [])
    assert mention_layers("Opposition figures were arrested on Monday.") == (["Opposition figures"], [])
    assert mention_layers("Opposition figures higher up in the movement objected.") == (["Opposition figures"], [])


def test_a_participle_after_a_genitive_stays_in_the_mention():
    # G14: after a genitive, as after a determiner, an -ing participle modifies the head
    # (609db4e's known 'body' alone)
    assert mention_layers("The opposition's main negotiating body met on Friday.") == \
        (["opposition", "main negotiating body"], [])
    assert mention_layers("The opposition's negotiating body met on Friday.") == \
        (["opposition", "negotiating body"], [])
    assert mention_layers("The rebels' negotiating team met on Friday.") == (["rebels", "negotiating team"], [])
    # a gerund with no head after it stays out
    assert mention_layers("The regime's shelling killed 12 people.") == (["regime", "people"], [])
