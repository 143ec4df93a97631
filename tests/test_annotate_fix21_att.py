"""Review of round twenty-one's attribution rules (issue 11): invented sentences only,
never dev ones. Each asserts the whole attribution layer of its sentence."""

from __future__ import annotations

from sentences import records


def test_nobody_rule_needs_a_modal_not_a_perfect():
    # G191 is 'nobody can say how many': a modal; 'nobody has said where' reports that no
    # one said it, a negated cue with the pronoun as SOURCE (G51), and keeps its record
    assert records("Nobody has said where the convoy went.") == [("Nobody", "said", "where the convoy went")]
    # the modal forms still make no record
    assert records("Boats capsized near the shore, though nobody would say how many.") == []
    assert records("Boats capsized, though no one can say how many.") == []


def test_an_opening_time_phrase_before_a_participle_cue_is_still_an_adverbial():
    # 2add980 keeps a clause ending in a date before ', accusing' (it has a verb); a time
    # phrase without a verb right before the participle is still an opening adverbial
    assert records("Late on Friday, accusing the rebels of shelling, the army closed the road.") == []
    assert records("Three days after the flood, saying the road was shut, officials left.") == []
    # the round's clause still fires
    assert records("The army shelled the town on Monday, saying rebels had fired first.") == [
        ("The army", "saying", "rebels had fired first")]
    assert records("Gunmen from the north drove them out in May 2011, accusing the town of helping the army.",
                   " | ") == [("Gunmen from the north drove them out", "accusing of", "the town | helping the army")]
