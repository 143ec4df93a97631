"""The annotator's fifth round of general rules (issue 11): invented sentences only.

None of these sentences comes from the gold articles or the development set; each pins
one general rule (where a news figure's category comes from: the story's frame for
people lodged somewhere, the predicate that governs the figure, the kind of thing it
counts; what is no COUNT; what is a place or a person) so that a change that breaks it
fails here by name.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.annotate.wordclass import can_be_verb, is_plural_noun, only_verb


def _cats(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.category for s in doc.spans if s.label == "COUNT"}


def _spans(text: str, label: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == label]


FLIGHT = "Families fled the shelling of the valley this week, and more flee every night. "


def test_word_classes_come_from_the_lexicon():
    assert only_verb("pulled") and only_verb("argue") and not only_verb("crater") and not only_verb("dead")
    assert can_be_verb("sleeping") and not can_be_verb("familiar")
    assert is_plural_noun("sheep") and is_plural_noun("children") and is_plural_noun("lorries")
    assert not is_plural_noun("crossing") and not is_plural_noun("lorry")


def test_people_lodged_somewhere_are_displaced_in_a_story_of_flight_and_present_elsewhere():
    assert _cats(FLIGHT + "About 700 people were sleeping in the gym.")["About 700"] == "displaced"
    assert _cats(FLIGHT + "The mosque is hosting 250 people.")["250"] == "displaced"
    assert _cats(FLIGHT + "The parish took in several hundred people.")["several hundred"] == "displaced"
    assert _cats("About 700 people were sleeping in the gym when the storm hit.")["About 700"] == "present"
    # lodged in a named place, they are where the events are
    assert _cats(FLIGHT + "Before the raid, 9,000 people were packed into Karvella.")["9,000"] == "present"


def test_flight_wins_over_presence_for_a_displaced_group():
    assert _cats("Dozens of displaced families were sheltering under the bridge.")["Dozens"] == "displaced"


def test_a_count_of_things_or_animals_is_other_whatever_the_verb():
    cats = _cats("The herders fled, leaving forty goats and twelve sheep behind.")
    assert cats["twelve"] == "other"
    assert _cats("Only three of the 11 lorries that left the depot arrived.")["11"] == "other"


def test_two_counts_of_one_noun_share_its_counted_span():
    doc, _ = annotate_text("Only three of the 11 lorries that left the depot arrived.", "t")
    spans = {s.id: s for s in doc.spans}
    pairs = sorted((spans[r.count].text, spans[r.target].text) for r in doc.relations if r.type == "COUNT_OF")
    assert pairs == [("11", "lorries"), ("three", "lorries")]
