"""Round 35, attribution layer: a cue set inside its sentence after the sentence's first
phrase (G54: content that the source and cue interrupt is two spans of one record)."""

from __future__ import annotations

import pytest

from ghouta_corpus.annotate.attribution import find_attributions


def _records(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [([text[a:b] for a, b in r.source], [text[a:b] for a, b in r.cue], [text[a:b] for a, b in r.content])
            for r in find_attributions(text)]


@pytest.mark.parametrize("text, source, content", [
    ("Her brother, she added, would stay behind in the village until the harvest.",
     "she", ["Her brother", "would stay behind in the village until the harvest"]),
    ("Most, he said, had never seen the sea.", "he", ["Most", "had never seen the sea"]),
    ("On Friday, the agency said, more than 30 trucks had reached the camp.",
     "the agency", ["On Friday", "more than 30 trucks had reached the camp"]),
    ("Families living in tents, officials say, are the hardest to reach.",
     "officials", ["Families living in tents", "are the hardest to reach"]),
    ("Her shop near the bridge, Amina said, was still open.", "Amina", ["Her shop near the bridge", "was still open"]),
])
def test_medial_cue_gives_the_first_phrase_as_content(text: str, source: str, content: list[str]) -> None:
    assert _records(text) == [([source], [_records(text)[0][1][0]], content)]


@pytest.mark.parametrize("text, content", [
    ("On Friday, the agency said it would close the camp.", ["it would close the camp"]),
    ("In the north, the agency said that the road was closed.", ["the road was closed"]),
    ("The school was hit at night, she said, and two classrooms burned.", ["The school was hit at night"]),
    ("Rana Saleh, a nurse, said the clinic had run out of insulin.", ["the clinic had run out of insulin"]),
])
def test_cue_not_medial_keeps_one_content(text: str, content: list[str]) -> None:
    assert _records(text)[0][2] == content


@pytest.mark.parametrize("text, source, content", [
    ("By noon, according to the council, more than 40 buses had left.",
     "the council", ["By noon", "more than 40 buses had left"]),
    ("The second convoy, according to the agency, had crossed the bridge.",
     "the agency", ["The second convoy", "had crossed the bridge"]),
])
def test_medial_according_to_goes_on_with_the_clause(text: str, source: str, content: list[str]) -> None:
    assert _records(text) == [([source], ["according to"], content)]


@pytest.mark.parametrize("text, source, content", [
    ("The ferry left at dawn, according to the Harbour Watch, a monitoring group.",
     "the Harbour Watch, a monitoring group", ["The ferry left at dawn"]),
    ("About 90 people were on board, according to Dr. Lina Haddad, a surgeon who sailed with them.",
     "Dr. Lina Haddad, a surgeon who sailed with them", ["About 90 people were on board"]),
    ("In all, 20 buses left, according to the council, and more followed.", "the council", ["In all, 20 buses left"]),
])
def test_final_according_to_keeps_its_apposition(text: str, source: str, content: list[str]) -> None:
    assert _records(text) == [([source], ["according to"], content)]
