"""Round seventeen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import records


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
