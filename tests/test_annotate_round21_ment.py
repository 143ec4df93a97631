"""Round twenty-one of the annotator's ACTOR and LOCATION mentions (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole ACTOR and LOCATION
layers back with the helpers of tests/sentences.py; beside each rule, sentences where it
must not fire.
"""

from __future__ import annotations

from ghouta_corpus.annotate.words import words
from sentences import mention_layers


def test_an_acronym_with_full_stops_is_read_as_the_acronym():
    # G20: 'U.N.' is the UN, inside a NOM it pre-modifies and an ACTOR on its own.
    assert mention_layers("The U.N. refugee office said 300 families left.") == (
        ["U.N. refugee office", "families"], [])
    assert mention_layers("U.S. soldiers guarded the gate.") == (["U.S. soldiers"], ["gate"])
    assert mention_layers("A spokesman for the U.N. said trucks arrived.") == (["spokesman", "U.N."], [])
    assert mention_layers("The U.N. Security Council will meet again.") == (["U.N. Security Council"], [])
    # must not fire: numbers, lower-case abbreviations, one initial; a stop ending a line stays one
    assert [w.text for w in words("At 7 a.m. it was 3.5 km away, J. Smith said.")] == [
        "At", "7", "a", ".", "m", ".", "it", "was", "3.5", "km", "away", ",", "J", ".", "Smith", "said", "."]
    assert [w.text for w in words("Aid came from the U.S.\nIt stopped.")] == [
        "Aid", "came", "from", "the", "US", ".", "It", "stopped", "."]


def test_donors_and_funders_are_actors():
    # G62: the donors an appeal addresses are people of the story, type other.
    assert mention_layers("We urge donors to fund the plan before winter.") == (["donors"], [])
    assert mention_layers("The agency called on funders to act.") == (["agency", "funders"], [])
    assert mention_layers("Western donors pledged more aid.") == (["Western donors"], [])
    # must not fire: a modifier of another noun
    assert mention_layers("A donor conference opened in Brussels.") == ([], ["Brussels"])


def test_a_reader_heading_opening_a_line_before_a_colon_is_no_actor():
    # G61: 'Notes to editors:' addresses the document's readers, nobody of the story.
    assert mention_layers("We urge donors to act.\nNotes to editors: the charity has 40 staff in the region.") == (
        ["donors", "charity", "staff"], ["region"])
    # must not fire: the words inside a sentence
    assert mention_layers("He sent notes to editors: they refused.") == (["editors"], [])


def test_a_title_with_its_stop_before_a_name_is_no_mention():
    # G66: 'Dr.' before a name goes, as 'Dr' does.
    assert mention_layers('"We ran out of bandages," said Dr. Omar Haddad, who ran a clinic.') == (
        ["Omar Haddad"], ["clinic"])
    assert mention_layers("Dr Omar Haddad said the clinic was full.") == (["Omar Haddad"], ["clinic"])
    # must not fire: a word that is no title before a full stop
    assert mention_layers("Aid reached refugees. Families fled.") == (["refugees", "Families"], [])
