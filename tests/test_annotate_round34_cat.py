"""Annotator round thirty-four (issue 11), COUNT categories: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import DISPLACEMENT_STORY, count_layer


def _story_tail(sentence: str) -> list[tuple[str, str | None]]:
    """The COUNTs of ``sentence`` drafted after the two-sentence displacement story."""
    return count_layer(DISPLACEMENT_STORY + sentence)[0][2:]


def test_taken_for_questioning_is_detained():
    # G77 (people held): a verb that takes people somewhere 'for questioning' or 'for
    # interrogation' later in its clause holds them, whatever the story's movement
    assert _story_tail("Witnesses said dozens of young men had been taken for questioning at the bridge.") == [
        ("dozens", "detained")]
    assert count_layer("Soldiers took 12 men to a police station for questioning.")[0] == [("12", "detained")]
    assert count_layer("Police called in 40 residents for questioning on Monday.")[0] == [("40", "detained")]
    assert count_layer("About 300 men were taken to a school for interrogation.")[0] == [("About 300", "detained")]
    # neighbours: no 'for questioning' in the verb's clause, no custody
    assert count_layer("The army took 40 men to the camp, and officials said they were released "
                       "for questioning later.")[0] == [("40", "other")]
    assert _story_tail("Another 300 families arrived at the camp on Monday.") == [("300", "displaced")]


def test_kin_with_a_possessive_take_their_own_clause_only():
    # G305: kin after 'with' and a possessive share the fate of the verb of their own
    # clause, not of a verb in an earlier clause of the sentence ('They took my husband
    # for questioning,' said a woman who was sitting with her two sons: not detained)
    assert _story_tail("\u201cThey took my husband for questioning on Friday,\u201d said Huda Karim, 30, "
                       "who was sitting with her two sons outside the camp office.") == [("two", "displaced")]
    # neighbours: a verb of their clause still decides
    assert _story_tail("Huda Karim fled with her two sons on Friday.") == [("two", "displaced")]
    assert count_layer("She fled the town on foot with her three children.")[0] == [("three", "displaced")]


def test_a_figure_that_crowds_a_place_is_lodged():
    # G144/G155: the present 'crowd' of a headline ('Thousands crowd a school compound')
    # lodges its subject as 'crowded' does: displaced in a story of flight, present
    # in a named place
    assert _story_tail("Thousands crowd a school compound as shelling resumes.") == [("Thousands", "displaced")]
    assert count_layer("Thousands crowd UN base in Kadugli as fighting spreads.")[0] == [("Thousands", "present")]
    # neighbour: 'crowded' already did
    assert _story_tail("About 400 people crowded into the mosque.") == [("About 400", "displaced")]
    # and 'crowd' after a determiner is the noun, no lodging
    assert count_layer("Police dispersed a crowd of 300 protesters.")[0] == [("300", "other")]


def test_heading_for_a_place_is_a_movement():
    # G77: 'heading for', 'towards' a place (or a compass point) is a verb of movement,
    # the story's kind of it: displaced in a story of flight
    assert _story_tail("Officials said more than 9,000 people were heading for the border.") == [
        ("more than 9,000", "displaced")]
    assert _story_tail("The minister said 40,000 people were heading towards the coast on Sunday.") == [
        ("40,000", "displaced")]
    # neighbour: 'heading' a team leads it, no movement
    assert _story_tail("He is heading a team of 40 doctors.") == [("40", "other")]
