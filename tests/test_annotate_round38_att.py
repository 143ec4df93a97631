"""Round 38, attribution layer: where a reported content ends (G86) when the cue's object
is a noun phrase: a demonstrative 'that <noun>' and a 'warned of X, with ...' rider."""

from __future__ import annotations

import pytest

from ghouta_corpus.annotate.attribution import find_attributions


def _contents(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in r.content] for r in find_attributions(text)]


@pytest.mark.parametrize("text, content", [
    ("The army rejected that account within hours.", "that account"),
    ("The council rejected that claim on Monday.", "that claim"),
    ("The ministry rejected that estimate on Friday.", "that estimate"),
])
def test_demonstrative_that_before_a_time_adverbial_is_a_noun_phrase(text: str, content: str) -> None:
    """G86: 'rejected that account within hours': 'that' is a determiner, and the time
    adverbial dates the saying, so it stays out of the CONTENT."""
    assert _contents(text)[0] == [content]


def test_complementiser_that_still_opens_a_clause() -> None:
    text = "Officials said that families left the camp on Monday."
    assert _contents(text)[0] == ["families left the camp on Monday"]


@pytest.mark.parametrize("text, content", [
    ("Aid workers have warned of a risk of cholera, with roughly half of the arrivals under five.",
     "a risk of cholera"),
    ("Doctors warned of a shortage of insulin, with two clinics already closed.", "a shortage of insulin"),
])
def test_warned_of_ends_before_a_with_rider(text: str, content: str) -> None:
    """G86: after 'warned of', a ', with ...' rider is the writer's elaboration."""
    assert _contents(text)[0] == [content]


@pytest.mark.parametrize("text", [
    "This reporter was unable to confirm how many of the dead came from the market.",
    "This newspaper could not independently verify where the video was filmed.",
])
def test_writer_not_confirming_makes_no_record(text: str) -> None:
    """G404: the writer's own outlet or reporter saying it could not confirm: no record."""
    assert _contents(text) == []


def test_named_source_not_confirming_keeps_its_record() -> None:
    """G51: a named source's refusal to confirm is a negated record."""
    text = "The ministry would not confirm where the video was filmed."
    assert _contents(text) == [["where the video was filmed"]]


@pytest.mark.parametrize("text, content", [
    ("Officials said roughly 800 people were still in the village, fewer than one in ten of its pre-war population.",
     "roughly 800 people were still in the village"),
    ("Officials estimate that 900 remain, less than half of the people who once lived there.", "900 remain"),
])
def test_writers_share_comment_after_a_figure_is_outside(text: str, content: str) -> None:
    """G86: ', fewer than one in ten of its pre-war population' compares the figure with a
    whole: the writer's comment, outside the CONTENT."""
    assert _contents(text)[0] == [content]


def test_breakdown_of_them_stays_in() -> None:
    text = "Officials said 900 had left, fewer than half of them men."
    assert _contents(text)[0] == ["900 had left, fewer than half of them men"]


@pytest.mark.parametrize("text, content", [
    ("They took the town, which the army declared secure on Monday.", ["which", "secure"]),
    ("The militia held the bridge, which the governor called a disgrace last week.", ["which", "a disgrace"]),
    ("She paid a fare that she said has risen sharply since last year.", ["that", "has risen sharply since last year"]),
])
def test_trailing_time_of_an_object_relative_dates_the_saying(text: str, content: list[str]) -> None:
    """G86: in 'which X declared won in July' the time adverbial dates the declaring and
    stays out; a subject relative's clause ('that she said has risen since ...') keeps it."""
    assert _contents(text)[0] == content


@pytest.mark.parametrize("text, content", [
    ("Aid group warns of hunger in river camps as the fighting drags on", "hunger in river camps"),
    ("Doctors warned of cholera as floodwater spreads through the camps.", "cholera"),
    ("Doctors warned of shortages as well.", "shortages as well"),
])
def test_warned_of_ends_before_an_as_clause(text: str, content: str) -> None:
    """G86: 'warns of X as <subject> <verb>' dates the warning; 'as well' stays in."""
    assert _contents(text)[0] == [content]
