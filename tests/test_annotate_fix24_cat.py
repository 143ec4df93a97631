"""Review of annotator round twenty-four's COUNT categories (issue 11) on invented
sentences only, never dev ones; each test reads the whole COUNT layer back."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer

NEW_PARAGRAPH = "The rain stopped.\n\n"


def test_waiting_somewhere_for_someone_is_an_errand():
    # 'for' and no stretch of time after a company verb says what people wait for,
    # not where the story's people are (as for kin after 'with', G305)
    for sentence, count, noun in (
            ("Around 50 children waited outside the school for their parents.", "Around 50", "children"),
            ("Some 200 families waited outside the bank for their pensions.", "Some 200", "families")):
        assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + sentence) == (
            [("Thousands", "displaced"), (count, "other")], [("Thousands", "families"), (count, noun)]), sentence
    # must still fire: a stretch of time after 'for'
    assert count_layer(EVACUATION_STORY + "About 900 people were evacuated.\n\n"
                       + "A dozen families waited at the gate for hours.") == (
        [("About 900", "evacuated"), ("A dozen", "evacuated")], [("About 900", "people"), ("A dozen", "families")])


def test_targets_after_a_verb_of_a_fate_only_people_have_are_people():
    # 'targets' as a thing noun read people killed or arrested as things ('other')
    for sentence, count, category in (
            ("The gunmen killed 12 targets.", "12", "killed"),
            ("Police arrested five targets in the raid.", "five", "detained"),
            ("Warplanes struck 40 targets overnight.", "40", "other")):     # must not fire: things struck
        assert count_layer(sentence) == ([(count, category)], [(count, "targets")]), sentence
    assert count_layer("Strikes destroyed 30 targets and killed 12 people.") == (
        [("30", "other"), ("12", "killed")], [("30", "targets"), ("12", "people")])
