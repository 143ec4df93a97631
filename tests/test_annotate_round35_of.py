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


def test_a_verb_of_staying_takes_part_of_the_group():
    # G256: a count with no noun before 'remain(ed)' and a place or nothing takes part of
    # the figure of people before it in the sentence, as 'N of them' would
    assert _links("Medics took nine of the wounded to a clinic in town, where three remain in intensive care.") == [
        ("nine", "wounded"), ("three", "wounded")]
    assert _links("About 200 families sheltered in the mosque last week and roughly 60 remained.") == [
        ("About 200", "families"), ("roughly 60", "families")]
    # neighbours: a predicate after the verb is a fate of its own; a figure in another
    # sentence is no group of it; a larger figure is no part
    # (round 36: '30 injured' after a comma is the second of two passives sharing 'were',
    # its noun not written: no COUNT_OF, G41, as '50 were killed and 73 wounded')
    assert _links("At least 12 villagers were killed, 30 injured and about 50 remain missing.") == [
        ("At least 12", "villagers")]
    assert _links("Some 40 fighters left on Friday. About 12 remain in the town.") == [("Some 40", "fighters")]
    assert _links("About 20 families sheltered in the school and 300 remained.") == [("About 20", "families")]


def test_a_figure_verb_measures_a_post_modified_object():
    # G116/G40: the object a figure verb measures at 'at N' may carry a phrase after its
    # noun (a time or place phrase), and the figure noun's object a relative clause; the
    # 'N of them' after it shares the object
    assert _links("The agency puts new arrivals over the past two weeks at about 7,000, nearly half of them "
                  "children.") == [("about 7,000", "new arrivals"), ("nearly half", "new arrivals")]
    assert _links("Officials put the dead in both villages at 40 on Monday.") == [("40", "dead")]
    assert _links("The monitor put the number of families who left on Friday at about 900.") == [
        ("about 900", "families")]
    # neighbours: no figure verb, a clause of its own before 'to', 'at' with no figure
    assert _links("The number of families fell, which meant aid rose to 40.") == []
    assert _links("Officials put families in the camp at risk.") == []
