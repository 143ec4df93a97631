"""Review of round twenty-one's mention rules (issue 11): invented sentences only, never
dev ones. Guards where the round's rules must not reach; each asserts whole layers."""

from __future__ import annotations

from sentences import mention_layers


def test_a_title_rule_leaves_lower_case_titles_before_a_sentence_stop():
    # G66 (a672480): only a title before its stop and a name goes; 'a resident.' ends a sentence.
    assert mention_layers("He spoke to a resident. Families fled.") == (["resident", "Families"], [])
    assert mention_layers("He met the commander. Troops left.") == (["commander", "Troops"], [])
    assert mention_layers("Col. Ali Hassan said troops left.") == (["Ali Hassan", "troops"], [])


def test_a_reader_heading_is_only_the_three_words_of_the_list():
    # G61 (64f173c): any other 'X to Y:' opening a line keeps its mention; case does not matter.
    assert mention_layers("Aid to refugees: the charity set up tents.") == (["refugees", "charity"], ["tents"])
    assert mention_layers("NOTES TO EDITORS: the charity has 40 staff.") == (["charity", "staff"], [])


def test_dotted_acronyms_in_a_list_and_donors_alone():
    # G20 (2ee90cf) and G62 (8626caa): two dotted acronyms in one sentence; a bare singular donor.
    assert mention_layers("The E.U. and the U.N. said aid arrived.") == (["E.U.", "U.N."], [])
    assert mention_layers("The donor pledged $5 million.") == (["donor"], [])
