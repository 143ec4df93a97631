"""The annotator's seventh round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule (where a figure's category comes from: a place's population, a
predicate of location, a movement word used as a noun, a phrasal verb of movement, the
people a share is taken from; numbers inside names; ranges after a time unit) so that a
change that breaks it fails here by name.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text


def _doc(text: str):
    return annotate_text(text, "t")[0]


def _cats(text: str) -> dict[str, str | None]:
    return {s.text: s.category for s in _doc(text).spans if s.label == "COUNT"}


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in _doc(text).spans if s.label == label]


# --- COUNT category: where people are -----------------------------------------------

def test_a_place_of_n_people_is_its_population():
    text = ("Evacuees keep coming. About 20,000 people have arrived by boat this week on an "
            "island of fewer than 90,000 inhabitants.")
    assert _cats(text) == {"About 20,000": "evacuated", "fewer than 90,000": "present"}


def test_a_form_of_be_before_a_place_says_the_people_are_present():
    text = ("Buses evacuated 300 people. Officials said 5,000 citizens were believed to be in "
            "the country when the war began.")
    assert _cats(text) == {"300": "evacuated", "5,000": "present"}
    assert _cats('"We got out, but half of our family is still there."') == {"half": "present"}
    assert _cats("Rescuers said 40 people were in shock.")["40"] != "present"   # a state, no place
