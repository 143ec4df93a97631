"""Round twelve of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import spans


def test_sentence_initial_given_name_in_ed_is_kept():
    # A given name the English lexicon does not know is no common word, whatever its suffix.
    assert "Khaled Barakat" in spans("Khaled Barakat, 41, said the road was closed.", "ACTOR")
    assert "Hamed Youssef Darwish" in spans("Hamed Youssef Darwish told reporters the camp was full.", "ACTOR")


def test_sentence_initial_common_word_in_ing_ly_ed_still_dropped():
    assert "Omar Haddad" in spans("Separately Omar Haddad said the road was closed.", "ACTOR")
    assert "Omar Haddad" in spans("Exhausted Omar Haddad said the road was closed.", "ACTOR")
