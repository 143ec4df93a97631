"""Round thirty-six of the ACTOR and LOCATION rules (issue 11): titles before names and
states acting, on invented sentences only, never dev ones. Each test reads the whole
ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import doc, mention_layers


def test_a_name_after_a_title_with_its_stop_is_the_titled_person():
    # G66: 'Dr.' with its stop is a run of its own and no part of the name; the name
    # after it is the person even with nothing else around it that says so
    assert mention_layers("The toll rose, and Dr. Amal Wardi of the clinic said beds ran out.") == (
        ["Amal Wardi"], ["clinic"])
    assert mention_layers("Nobody had counted them, said Dr. Tarek.") == (["Tarek"], [])
    assert mention_layers("The road reopened. Gen. Idris Kamal of the northern command ordered a halt.") == (
        ["Idris Kamal"], ["road"])
    # an honorific of private people gives civilians (G26); another title gives its own type
    types = {s.text: s.actor_type for s in doc("The toll rose, and Dr. Amal Wardi of the clinic spoke.").spans}
    assert types["Amal Wardi"] == "civilians"
    # neighbours: the stop of an abbreviation that is no title, and a title without a stop
    assert mention_layers("Dr Amal Wardi of the clinic said beds ran out.")[0] == ["Amal Wardi"]
    assert mention_layers("The toll rose. Sept. Rains made the road impassable.")[0] == []


def test_a_title_that_opens_a_sentence_still_marks_the_name_after_it():
    # G66: a capitalised title at a sentence's start is no common word to skip (as
    # 'Officials' would be) but the title of the name after it, which it leaves out
    assert mention_layers("The bridge fell. President Dara Velic ordered an inquiry.") == (["Dara Velic"], ["bridge"])
    assert mention_layers("Shelling went on. Colonel Omar Fadl said the road was open.") == (["Omar Fadl"], ["road"])
    # neighbours: a sentence-initial common word is still no name, and a title alone
    # that refers is a common-noun mention (G66)
    assert mention_layers("The bridge fell. Officials in Velica said it was old.") == (["Officials"], ["bridge", "Velica"])
    assert mention_layers("The bridge fell. President said it was old.") == (["President"], ["bridge"])
