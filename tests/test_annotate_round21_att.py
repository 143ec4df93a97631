"""Round twenty-one's attribution rules (issue 11): invented sentences only, never dev
ones. Each asserts the whole attribution layer of its sentence, with cases where the
rule must not fire."""

from __future__ import annotations

from sentences import records


def test_nobody_can_say_in_the_writers_text_is_no_record():
    # G191: in the writer's own text 'nobody can say how many' says no figure exists
    assert records("Boats capsized near the shore, though nobody could say how many.") == []
    assert records("Two weeks after the flood, no one can say on Monday how many villagers drowned.") == []
    assert records("Some gave figures, though none could say how many of the wounded died.") == []
    # must still fire: inside quoted words (G191), a negated cue with a named source (G51)
    assert records('"We waited all week, and nobody will tell us which camp we go to," she said.', " | ") == [
        ("nobody", "tell", "which camp we go to"),
        ("she", "said", "We waited all week, and nobody will tell us which camp we go to")]
    assert records("The ministry could not say how many people had died.") == [
        ("The ministry", "say", "how many people had died")]


def test_a_plural_cue_form_after_a_preposition_or_a_possessive_is_a_noun():
    # G50: a cue is a verb; 'with estimates', 'my documents' are nouns
    assert records("The toll was disputed, with estimates ranging from a dozen to more than 90.") == []
    assert records("I took my documents and a blanket.") == []
    # must still fire: the verb after a noun or a name, hearsay after a receiving verb (G139)
    assert records("The agency reports that 40 people died.") == [("The agency", "reports", "40 people died")]
    assert records("A group of doctors in the city estimates that 300 were hurt.") == [
        ("A group of doctors in the city", "estimates", "300 were hurt")]
    assert records("Officials had received reports that 40 people died.") == [
        ("", "reports", "40 people died")]


def test_a_clause_ending_in_a_date_before_a_participle_cue_is_no_introduction():
    # G52, G45: 'X did Y on Monday, accusing Z of W': the clause's subject is the source;
    # its date does not make the whole clause an opening adverbial
    assert records("Armed men expelled them on Monday, accusing the village of helping the army.", " | ") == [
        ("Armed men", "accusing of", "the village | helping the army")]
    assert records("The militia expelled the families in May 2011, accusing them of siding with the army.",
                   " | ") == [("The militia", "accusing of", "them | siding with the army")]
    # must still fire as before: an opening date or time clause before the subject
    assert records("On Monday, officials said 40 people had died.") == [("officials", "said", "40 people had died")]
    assert records("Two days later, the army said the road was open.") == [
        ("the army", "said", "the road was open")]


def test_a_source_quoted_by_a_channel_has_both_cues():
    # G49: the speaker is the source, 'quoted' and the verb are the two cues
    assert records("A spokesman, quoted by state media, said 40 died.") == [("A spokesman", "quoted said", "40 died")]
    # must not fire: 'quoted' elsewhere in the sentence, or a plain verb
    assert records("The agency quoted a figure of 40 on Monday, and officials said 12 more died later.") == [
        ("officials", "said", "12 more died later")]
    assert records("A spokesman said 40 died.") == [("A spokesman", "said", "40 died")]
