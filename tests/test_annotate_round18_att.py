"""Round eighteen of the annotator, attribution layer (issue 11): invented sentences only,
never dev ones.

Each test drafts a sentence written for the test and reads the whole attribution layer
back with tests/sentences.py's ``records``; beside each rule, sentences where it must not
fire.
"""

from __future__ import annotations

from sentences import records


def test_a_coordinated_clause_with_its_own_source_and_cue_ends_the_content_past_auxiliaries_and_an_aside():
    # G86: ', and <noun phrase> <cue>' starts a new record; the cue may follow auxiliaries
    # and adverbs, and the noun phrase may carry an aside set off by commas.
    s = "The ministry said 40 people had died, and local officials have repeatedly called the figure too low."
    assert records(s) == [("The ministry", "said", "40 people had died"),
                          ("local officials", "called", "too low")]
    s = "The agency said the road was open, and the UN refugee agency, UNHCR, has said that more buses are coming."
    assert records(s) == [("The agency", "said", "the road was open"),
                          ("the UN refugee agency, UNHCR", "said", "more buses are coming")]
    s = ("The council said the water ran out, and the regional administration, which moved to the coast, "
         "has accused rebels of looting.")
    assert records(s) == [("The council", "said", "the water ran out"),
                          ("the regional administration, which moved to the coast", "accused of", "rebels looting")]
    # must not fire: a coordinated clause with no verb of saying after its auxiliaries, or
    # an aside in a subject whose verb is no cue, stays in the content
    s = "The mayor said the shelters were full, and families have already been sent to schools."
    assert records(s) == [("The mayor", "said", "the shelters were full, and families have already been sent to schools")]
    s = "The mayor said the shelters were full, and the families, most of them from the east, were sent to schools."
    assert records(s) == [("The mayor", "said",
                           "the shelters were full, and the families, most of them from the east, were sent to schools")]


def test_a_time_phrase_opening_the_sentence_without_a_comma_is_left_out_of_the_source():
    # G46: a lead word and up to three words to a day, month or time noun, or a length of
    # time and 'later', before the subject with no comma, is no part of the SOURCE.
    s = "On Tuesday he said any abuses would be punished."
    assert records(s) == [("he", "said", "any abuses would be punished")]
    s = "On the third night my brother told me the bridge was down."
    assert records(s) == [("my brother", "told", "the bridge was down")]
    s = "For weeks Interior Minister Lena Marsh denied that troops were there."
    assert records(s) == [("Interior Minister Lena Marsh", "denied", "troops were there")]
    s = "Three days later rebel commanders announced the town had been taken."
    assert records(s) == [("rebel commanders", "announced", "the town had been taken")]
    # must not fire: a time word that modifies the source's own noun (no lead word, no
    # 'later' or 'ago')
    s = "Weekend volunteers said the shelter was full."
    assert records(s) == [("Weekend volunteers", "said", "the shelter was full")]
    s = "The night staff said the ward was full."
    assert records(s) == [("The night staff", "said", "the ward was full")]


def test_a_lower_case_connective_set_off_by_commas_is_left_out_of_the_source():
    # G56, G46: 'however,' after a semicolon or after an opening adverbial is a discourse
    # connective, no part of the SOURCE, as a capitalised 'However,' already was.
    s = "The talks stalled; however, army officers insisted there had been no deal."
    assert records(s) == [("army officers", "insisted", "there had been no deal")]
    s = "By Friday, however, the council said the road was open."
    assert records(s) == [("the council", "said", "the road was open")]
    # must not fire: an opening adverbial with no connective after it keeps its one cut
    s = "By Friday, the council said the road was open."
    assert records(s) == [("the council", "said", "the road was open")]
