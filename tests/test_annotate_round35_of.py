"""Annotator round thirty-five (issue 11), COUNT_OF: patterns of fresh text, on invented
sentences only (never a dev one); each test reads the COUNT_OF pairs back."""

from __future__ import annotations

from sentences import count_layer


def _links(text: str) -> list[tuple[str, str]]:
    """The drafted COUNT_OF pairs of ``text`` as (count, target) texts."""
    return count_layer(text)[1]


def test_others_after_of_is_the_counted_pronoun():
    # G40: in 'N of others' the pronoun 'others' is the counted noun, as in 'N others';
    # it is no determiner to skip past
    assert _links("Thousands of others crossed the river at night.") == [("Thousands", "others")]
    assert _links("Some families went home, while dozens of others stayed in the tents.") == [
        ("dozens", "others")]
    # neighbours: 'other' before a noun is skipped and the noun counted; 'N others' unchanged
    assert _links("Hundreds of other families left the town.") == [("Hundreds", "families")]
    assert _links("About 25 others were hurt in the blast.") == [("About 25", "others")]
