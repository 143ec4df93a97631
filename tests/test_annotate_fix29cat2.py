"""Second review of annotator round twenty-nine's category rules on new invented text
(issue 11): invented sentences only, never dev ones; each test reads the whole COUNT
layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import DISPLACEMENT_HEAD as _HEAD
from sentences import DISPLACEMENT_HEAD_OF as _HEAD_OF
from sentences import DISPLACEMENT_STORY as _STORY
from sentences import EVACUATION_STORY, count_layer


def _after_story(sentence: str, figure: str, category: str, counted: str) -> None:
    assert count_layer(_STORY + "\n\n" + sentence) == (
        _HEAD + [(figure, category)], _HEAD_OF + [(figure, counted)]), sentence


def test_moves_that_are_no_evacuation_are_not_organised_moves():
    # G342: an organised move is an authority or aid body moving people out; a dispersal,
    # a side's redeployment, a transfer into detention, a firm's office move are not
    # (the verb of movement's reading from before the round, the story's, or 'other')
    _after_story("Police moved 300 protesters from the square.", "300", "displaced", "protesters")
    _after_story("The army said it would move 300 soldiers to the border.", "300", "other", "soldiers")
    _after_story("Troops moved 500 men to the prison.", "500", "displaced", "men")
    _after_story("The company will move 300 employees to its new office.", "300", "other", "employees")


def test_organised_moves_stay_evacuated():
    assert count_layer(EVACUATION_STORY + "Russian managers were preparing to move about 3,000 employees "
                       "of the plant.") == ([("about 3,000", "evacuated")], [("about 3,000", "employees")])
    _after_story("About 300 rebels were moved by bus to Idlib under the deal.", "About 300", "evacuated", "rebels")
    _after_story("The army relocated 300 families to the camp.", "300", "evacuated", "families")


def test_a_complaint_outside_care_is_no_caseload():
    # ill_with: only in a clause of care (a verb of care or of seeing patients, a hospital)
    assert count_layer(_STORY + "\n\nSome 40 children with fever were among the 300 who fled.") == (
        _HEAD + [("Some 40", "displaced"), ("300", "displaced")], _HEAD_OF + [("Some 40", "children")])
    _after_story("Nurses saw 40 children with acute malnutrition.", "40", "other", "children")
    _after_story("The clinic admitted 40 children with cholera.", "40", "other", "children")
