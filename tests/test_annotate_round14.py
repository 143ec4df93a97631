"""Round fourteen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import spans


def test_sole_adjective_after_the_or_a_possessive_stays_in_the_mention():
    # G235, G236, G259: after 'the' or a possessive, 'only', 'single', 'one' mean sole.
    assert spans("It is the only clinic in the valley.", "LOCATION") == ["only clinic", "valley"]
    assert spans("Flights went to the capital's only working airport.", "LOCATION") == [
        "capital", "only working airport"]
    assert spans("The one paved road is shelled.", "LOCATION") == ["one paved road"]
    assert spans("They took the single road out of the valley.", "LOCATION") == ["single road", "valley"]
    assert spans("The town's sole doctor fled.", "ACTOR") == ["sole doctor"]


def test_single_after_a_and_adverb_only_stay_out_of_the_mention():
    # G236: 'a single' counts one and goes with the article; G235: the adverb 'only' is in no span.
    assert spans("They slept in a single tent near the river.", "LOCATION") == ["tent", "river"]
    assert spans("Not a single doctor stayed.", "ACTOR") == ["doctor"]
    assert spans("Only the river was open.", "LOCATION") == ["river"]
    assert spans("He had only one tent.", "LOCATION") == ["tent"]
