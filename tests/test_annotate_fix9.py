"""The review of the annotator's ninth round (brief FIX9, issue 11): invented sentences only.

Each test pins a rule of round nine (or a misfire the round-eight review left) where it
overreached its commit message: the sentence where it should not fire, and one where it
still should, with the category or span asserted by value.
"""

from __future__ import annotations

from sentences import FLIGHT_STORY as FLIGHT
from sentences import cats as _cats

# --- a past participle opens a reduced relative only before the main clause ---------------

def test_a_finite_verb_coordinated_with_a_passive_is_no_reduced_relative():
    text = FLIGHT + "Some 300 people fled the town and were detained at the border."
    assert _cats(text)["Some 300"] == "displaced"           # 'fled ... and were': two predicates
    assert _cats("Ten people held hostage were freed.")["Ten"] == "released"
    assert _cats(FLIGHT + "The 40 families were moved and housed in a school.")["40"] == "displaced"
