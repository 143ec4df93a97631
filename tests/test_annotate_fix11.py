"""Review of round twelve (FIX11, issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test where a round-twelve rule fired beyond
what its commit was for, and compares the whole layer; beside it, the commit's own case
phrased another way, which must still fire.
"""

from __future__ import annotations

from sentences import spans


def test_dead_after_a_singular_type_word_or_as_a_predicate_is_no_class_of_victims():
    # G63: 'civilian dead' is a class of victims; 'a rebel' is one person, and 'dead' after the
    # object of 'shot'/'found'/'left' is said of that object (a predicate), not a head.
    assert spans("A rebel dead at the scene was identified.", "ACTOR") == ["rebel"]
    assert spans("The soldier shot the rebel dead.", "ACTOR") == ["soldier", "rebel"]
    assert spans("Rebels shot a civilian dead on Monday.", "ACTOR") == ["Rebels", "civilian"]
    assert spans("The officer found the civilian dead.", "ACTOR") == ["officer", "civilian"]


def test_a_class_of_victims_after_other_verbs_is_still_a_mention():
    assert spans("Officials said the civilian dead were 40.", "ACTOR") == ["Officials", "civilian dead"]
    assert spans("Crowds mourned the civilian dead in Gaza.", "ACTOR") == ["Crowds", "civilian dead"]
    assert spans("Rebel wounded, some of them children, were taken out.", "ACTOR") == ["Rebel wounded", "children"]
