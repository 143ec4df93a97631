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


def test_an_opening_time_phrase_is_not_cut_inside_a_compound_or_before_a_possessive():
    # G46: a singular time noun before a bare lower-case word may modify it ('night staff',
    # 'the night shift', 'the evening prayers'), and a time noun before "'s" is a possessive: the
    # cut after the time noun would start the SOURCE inside the phrase, so the rule stays off.
    s = "At the third hospital night staff said the ward was full."
    assert records(s) == [("At the third hospital night staff", "said", "the ward was full")]
    s = "After the night shift nurses said the ward was full."
    assert records(s) == [("After the night shift nurses", "said", "the ward was full")]
    s = "In the first year alone officials said 40 had died."
    assert records(s) == [("In the first year alone officials", "said", "40 had died")]
    s = "After the first week's fighting officials said 40 had died."
    assert records(s) == [("After the first week's fighting officials", "said", "40 had died")]
    # still fires: a determiner, a number, a name, or one bare plural noun before the verb
    s = "On Tuesday night officials said the road was open."
    assert records(s) == [("officials", "said", "the road was open")]
    s = "On the last evening two doctors said the ward was full."
    assert records(s) == [("two doctors", "said", "the ward was full")]
    s = "Within the month officials said the camp would close."
    assert records(s) == [("officials", "said", "the camp would close")]
    s = "For years residents have said the river floods."
    assert records(s) == [("residents", "said", "the river floods")]


def test_a_lower_case_connective_set_off_by_commas_is_left_out_of_the_source_inside_it_too():
    # G56: 'however,' after the subject ('Officials, however, said') or before a postposed
    # source (', however, the council said') is no part of the SOURCE, nor its commas.
    s = "Officials, however, said the road was open."
    assert records(s) == [("Officials", "said", "the road was open")]
    s = "The council, meanwhile, has said the road was open."
    assert records(s) == [("The council", "said", "the road was open")]
    s = "The road was open, however, the council said."
    assert records(s) == [("the council", "said", "The road was open")]
    s = "The road was open, the council, however, said."
    assert records(s) == [("the council", "said", "The road was open")]
    # round eighteen's cases stay as they were
    s = "The talks stalled; however, army officers insisted there had been no deal."
    assert records(s) == [("army officers", "insisted", "there had been no deal")]
    s = "By Friday, however, the council said the road was open."
    assert records(s) == [("the council", "said", "the road was open")]
