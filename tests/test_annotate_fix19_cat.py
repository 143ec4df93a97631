"""Review of round nineteen's COUNT rules (issue 11): invented sentences only, never dev
ones. Each test reads the whole COUNT layer back (every COUNT with its category, every
COUNT_OF pair), where the round's rules misfired on new text and where they must still fire.
"""

from __future__ import annotations

from sentences import count_layer


def test_kin_before_a_possessive_apostrophe_or_after_leave_or_hold_keep_no_verb():
    # G39, G77: 'her two children's school' is what the verb takes, not the children;
    # kin someone leaves or holds in her arms are not moved or held in custody.
    assert count_layer("She evacuated her two children's school.") == ([("two", "other")], [("two", "children")])
    assert count_layer("Police detained her two brothers' lawyer.") == ([("two", "other")], [("two", "brothers")])
    assert count_layer("She left her two children with relatives in Aleppo.") == (
        [("two", "other")], [("two", "children")])
    assert count_layer("She was holding her two children as the shells fell.") == (
        [("two", "other")], [("two", "children")])
    # still fires: the verb takes the kin themselves
    assert count_layer("She lost her two sisters in the strike.") == ([("two", "killed")], [("two", "sisters")])
    assert count_layer("The army released his two brothers on Monday.") == (
        [("two", "released")], [("two", "brothers")])
    assert count_layer("They buried their three sons on Friday.") == ([("three", "killed")], [("three", "sons")])


def test_stay_as_a_place_sought_kept_off_or_lodged_with_relatives_is_not_staying():
    # G39, G144, G155: 'nowhere to stay', 'a place to stay' is a place sought, 'stay away'
    # keeps people off; 'relatives to stay with' lodges people who fled: displaced.
    assert count_layer("Hundreds of families have nowhere to stay.") == (
        [("Hundreds", "other")], [("Hundreds", "families")])
    assert count_layer("About 300 people were looking for a place to stay.") == (
        [("About 300", "other")], [("About 300", "people")])
    assert count_layer("The agency urged 2,000 families to stay away from the border.") == (
        [("2,000", "other")], [("2,000", "families")])
    assert count_layer("After fleeing the shelling, some 200 families found relatives to stay with.") == (
        [("some 200", "displaced")], [("some 200", "families")])
    # still fires: people who choose to stay are present
    assert count_layer("Thousands of people decided to stay despite the shelling.") == (
        [("Thousands", "present")], [("Thousands", "people")])
    assert count_layer("Around 200 families remain and 40 more stay in the old town.") == (
        [("Around 200", "present"), ("40", "present")], [("Around 200", "families")])


def test_one_in_a_sequence_or_an_idiom_after_with_is_no_count():
    # G35, G143: 'one N after another' is a sequence and 'with one voice', 'with one
    # exception', 'with one eye on' are idioms where 'one' means 'a' or 'the same'.
    assert count_layer("He answered with one question after another.") == ([], [])
    assert count_layer("The ministry responded with one statement after another.") == ([], [])
    assert count_layer("The council spoke with one voice on the ceasefire.") == ([], [])
    assert count_layer("With one exception, all the buses reached Idlib.") == (
        [], [])
    assert count_layer("The officials watched with one eye on the border.") == ([], [])
    # still fires: all a person goes with
    assert count_layer('"We left with one bag and our papers," she said.') == (
        [("one", "other")], [("one", "bag")])
