"""Annotator round thirty-four (issue 11): attribution records and CONTENT extents, on
invented sentences only (never a dev one); each test reads the records back as
(source, cue, content)."""

from __future__ import annotations

from sentences import records


def test_final_where_clause_or_reduced_relative_is_the_writers():
    # G378: a ', where' clause or a reduced relative after the end of the reported clause
    # is the writer's background, outside the CONTENT
    assert records("Residents said the shelling hit the market near the bridge, where an army post stands.") == [
        ("Residents", "said", "the shelling hit the market near the bridge")]
    assert records("The mayor said the bodies were carried to the mosque, where families washed them.") == [
        ("The mayor", "said", "the bodies were carried to the mosque")]
    assert records("Officials said both sides had signed the truce, due to expire on Friday.") == [
        ("Officials", "said", "both sides had signed the truce")]
    # neighbours: medial, with a saying of its own, or a question: inside
    assert records("Doctors said a clinic, where the first patients were taken, was hit.") == [
        ("Doctors", "said", "a clinic, where the first patients were taken, was hit")]
    assert records("He said he expected the truce, due to end on Monday, to be extended.") == [
        ("He", "said", "he expected the truce, due to end on Monday, to be extended")]
    assert records("The agency said families went to the north, where residents said rents had doubled.")[0] == (
        "The agency", "said", "families went to the north, where residents said rents had doubled")


def test_semicolon_clause_after_an_impersonal_cue_is_the_writers():
    # G386: after 'it was reported that', which names no source, a clause after ';' is
    # the writer's; the CONTENT ends before the semicolon
    assert records("It was reported that police held four men; all were released on Friday.") == [
        ("", "reported", "police held four men")]
    assert records("It is understood on Monday that the road was closed; it reopened a day later.") == [
        ("", "understood", "the road was closed")]


def test_plural_or_bare_relative_comment_after_the_content_is_the_writers():
    # G86: an appositive comment noun after the content is the writer's, also plural without
    # an article ('figures that ...') and with a relative clause without 'that' ('a request he ...')
    assert records("The mayor said 900 families had left, figures that could not be checked.") == [
        ("The mayor", "said", "900 families had left")]
    assert records("The governor said he had asked for more tents, a request he says went unanswered.")[0] == (
        "The governor", "said", "he had asked for more tents")
    # neighbour: a plural noun that is not a comment noun stays inside
    assert records("The mayor said 900 families had left, women that had lost their homes.") == [
        ("The mayor", "said", "900 families had left, women that had lost their homes")]
