"""Annotator round thirty-six (issue 11), COUNT and COUNT_OF: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import count_layer

from ghouta_corpus.annotate import exclusions, one_meaning


def test_the_one_rules_live_in_their_own_module():
    # the 'one' family (G35, G143, G370) is one_meaning.py's; the exclusion registry keeps
    # a single entry for it, and a 'one' meaning 'a' still drafts no COUNT
    assert one_meaning.one_meaning_a in exclusions.EXCLUSIONS
    assert not hasattr(exclusions, "_contrastive_one")
    assert count_layer("One official said the road was open.") == ([], [])
    assert count_layer("Only one clinic is still open in the town.")[0] == [("one", "other")]
