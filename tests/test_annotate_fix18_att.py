"""Review of round eighteen's attribution rules (issue 11): invented sentences only, never
dev ones; each reads the whole attribution layer back with tests/sentences.py's ``records``."""

from __future__ import annotations

from sentences import records


def test_a_coordinated_passive_clause_with_no_record_of_its_own_stays_in_the_content():
    # G86, G85: ', and <noun phrase> <passive cue>' has no source of its own; unless the passive
    # makes a record ('that' after it, a raised cue), the clause is more of the first content.
    s = "The army said the road was open, and trucks were reported near the border."
    assert records(s) == [("The army", "said", "the road was open, and trucks were reported near the border")]
    s = "The army said the road was open, and the families had been told to leave."
    assert records(s) == [("The army", "said", "the road was open, and the families had been told to leave")]
    s = "The army said the road was open, and the drivers have been warned not to stop."
    assert records(s) == [("The army", "said", "the road was open, and the drivers have been warned not to stop")]
    # still fires: an active cue after auxiliaries, and passives that make a record of their own
    s = "The army said the road was open, and the drivers have repeatedly reported shelling."
    assert records(s) == [("The army", "said", "the road was open"),
                          ("the drivers", "reported", "shelling")]
    s = "The army said the road was open, and it was reported that some families had left."
    assert records(s) == [("The army", "said", "the road was open"), ("", "reported", "some families had left")]
    s = "The army said the road was open, and the drivers were told that the bridge was down."
    assert records(s) == [("The army", "said", "the road was open"), ("", "told", "the bridge was down")]
