"""Round 36, attribution layer: where a reported content ends (G86, G218, G324) and which
words after it are the writer's."""

from __future__ import annotations

import pytest

from ghouta_corpus.annotate.attribution import find_attributions


def _records(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [([text[a:b] for a, b in r.source], [text[a:b] for a, b in r.cue], [text[a:b] for a, b in r.content])
            for r in find_attributions(text)]


@pytest.mark.parametrize("text, content", [
    ("Farmers said the militia had burned the granary, a claim the militia leaders have denied.",
     "the militia had burned the granary"),
    ("Teachers said two schools had closed, an account district officials in Kemi have disputed.",
     "two schools had closed"),
    ("The council said 40 people had died, a total the agency did not comment on.", "40 people had died"),
    ("Drivers said the bridge was safe, a claim travellers we met on the road rejected.", "the bridge was safe"),
])
def test_zero_relative_after_noun_of_saying_is_no_content_and_no_record(text: str, content: str) -> None:
    """G324: '..., a claim the army denied' is the writer's comment: outside the CONTENT,
    and its verb makes no record of its own."""
    assert [r[2] for r in _records(text)] == [[content]]


def test_noun_of_saying_with_a_preposition_stays_in() -> None:
    text = "The council said 40 people had died, a total of 40 across the province."
    assert _records(text)[0][2] == ["40 people had died, a total of 40 across the province"]
