"""Review of annotator round twenty-five, COUNT spans (issue 11): invented sentences only,
never dev ones; each test reads every COUNT's text, value and modifier back."""

from __future__ import annotations

from sentences import doc


def _counts(text: str) -> list[tuple[str, object, str | None]]:
    """Each drafted COUNT as (text, value, modifier)."""
    return [(s.text, s.value, s.modifier) for s in doc(text).spans if s.label == "COUNT"]


def test_over_after_the_noun_turn_is_still_a_bound():
    # 'in turn' / 'at every turn': 'turn' after a preposition or determiner is a noun, and
    # the 'over' after it the bound 'more than'; the phrasal verb keeps its particle
    assert _counts("In turn over 300 families left the camp.") == [("over 300", 300, "more_than")]
    assert _counts("At every turn over 300 protesters blocked the road.") == [("over 300", 300, "more_than")]
    assert _counts("Police turned over 15 suspects to prosecutors.") == [("15", 15, "exact")]


def test_a_figure_noun_moving_closer_keeps_the_hedge():
    # a count, number or toll that creeps closer to N is the rising figure itself (G159),
    # even with a noun after the figure; a front line moving closer to villages is not
    assert _counts("The count crept closer to 300 families.") == [("closer to 300", 300, "approximately")]
    assert _counts("The number of displaced edged nearer 10,000 people.") == [
        ("nearer 10,000", 10000, "approximately")]
    assert _counts("The army moved closer to 20 villages and shelled them.") == [("20", 20, "exact")]
