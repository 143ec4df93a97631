"""Round seventeen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import records, spans


def test_a_quotation_split_by_its_cue_is_one_record_with_both_halves():
    # G55, G45: '"Q1," she said, "Q2."': both quotations are the CONTENT of the one record,
    # even after an earlier quoted record in the paragraph.
    s = ('"The road was closed," said Ana Kovac, a nurse. '
         '"We waited for a day," she said, "and then the buses came."')
    assert records(s, " | ") == [
        ("Ana Kovac, a nurse", "said", "The road was closed"),
        ("she", "said", "We waited for a day | and then the buses came"),
    ]
    s = '\u201cWe left at dawn,\u201d the driver said, \u201cbut the checkpoint was shut.\u201d'
    assert records(s, " | ") == [("the driver", "said", "We left at dawn | but the checkpoint was shut")]
    # must not fire: a quotation after the cue with no quotation closing right before the
    # source, or a cue that closes its sentence before a new quotation
    s = 'Ana Kovac, a nurse, said, "We waited for a day."'
    assert records(s, " | ") == [("Ana Kovac, a nurse", "said", "We waited for a day")]
    s = '"We waited for a day," she said. "Then the buses came."'
    assert records(s, " | ") == [("she", "said", "We waited for a day | Then the buses came")]


def test_an_adjective_or_participle_opening_a_place_phrase_stays_in_it():
    # G14, G65: a common-noun place keeps its adjectives and participles when a determiner,
    # a number, a preposition or a coordinated place opens the phrase before them.
    s = "Families slept in open desert and later moved to the surrounding hamlets."
    assert spans(s, "LOCATION") == ["open desert", "surrounding hamlets"]
    s = "Aid reached schools and open fields, and a closed border kept the rest out."
    assert spans(s, "LOCATION") == ["schools", "open fields", "closed border"]
    s = "Crews repaired two shallow wells near an abandoned clinic."
    assert spans(s, "LOCATION") == ["shallow wells", "abandoned clinic"]
    s = "The army called the depot a legitimate military site."
    assert spans(s, "LOCATION") == ["depot", "legitimate military site"]
    # must not fire: a verb before the place (no determiner, number or preposition opens
    # the phrase), 'to' before an infinitive, a coordinated verb
    s = "Gunmen attacked villages, and families were told to leave camps."
    assert spans(s, "LOCATION") == ["villages", "camps"]
    s = "Fighters regrouped and held villages overnight."
    assert spans(s, "LOCATION") == ["villages"]
    s = "Rebels were accused of shelling homes, and families slept in a single tent."
    assert spans(s, "LOCATION") == ["homes", "tent"]


def test_an_ed_word_after_a_coordinated_place_object_of_a_verb_stays_a_verb():
    # fix17: after 'and' or a comma following a place that is a verb's object, an -ed word
    # may be a second past-tense verb (shelled villages and bombed hospitals); a list that
    # a preposition or the sentence opens keeps it as a pre-modifier.
    s = "Troops shelled villages and bombed hospitals for weeks."
    assert spans(s, "LOCATION") == ["villages", "hospitals"]
    s = "Troops shelled the villages, towns and bombed hospitals."
    assert spans(s, "LOCATION") == ["villages", "towns", "hospitals"]
    s = "People fled from villages, towns and bombed hospitals."
    assert spans(s, "LOCATION") == ["villages", "towns", "bombed hospitals"]
    s = "Villages and bombed hospitals were cut off."
    assert spans(s, "LOCATION") == ["Villages", "bombed hospitals"]
    s = "Aid reached schools and open fields."
    assert spans(s, "LOCATION") == ["schools", "open fields"]


def test_a_split_quotation_first_half_opens_its_sentence():
    # fix17: the first half of a split quotation opens its sentence (or follows another
    # quotation); a quotation that opens after other words of the sentence belongs to
    # them and is not taken again; a comma right after the closing mark still splits.
    s = 'Ahmed told the officer, "We are leaving," his wife said, "and so are they."'
    assert records(s, " | ") == [("Ahmed", "told", "We are leaving"), ("his wife", "said", "and so are they")]
    s = '"The camp is full", she said, "and more are coming."'
    assert records(s, " | ") == [("she", "said", "The camp is full | and more are coming")]
    s = 'The officer asked, "Are you leaving?" "We are staying," his wife said, "all of us."'
    assert records(s, " | ") == [("The officer", "asked", "Are you leaving"),
                                 ("his wife", "said", "We are staying | all of us")]
