"""Review of round eighteen's ACTOR and LOCATION rules (issue 11): invented sentences
only, never dev ones.

Each test reads whole ACTOR and LOCATION layers back (tests/sentences.py) for sentences
where a round-eighteen rule overreached or missed, and beside them sentences where the
narrowed rule must keep firing.
"""

from __future__ import annotations

from sentences import doc, spans


def _layers(s: str) -> tuple[list[str], list[str]]:
    return spans(s, "ACTOR"), spans(s, "LOCATION")


def test_no_word_of_an_e_mail_address_is_a_mention():
    # G61: an address is no text of the story, its local part before a dot, its domain
    # and a capitalised part (a name's look) included.
    s = "Contact media.relations@aid.example.org or press.office@aid.example.org for details."
    assert _layers(s) == ([], [])
    s = "For interviews write to john.smith@agency.example.org or call the press office."
    assert _layers(s) == (["press office"], [])
    assert _layers("Write to Press@UNHCR.example.org, the spokesman said.") == (["spokesman"], [])
    # must not fire: a handle with nothing before '@', a name in running text
    assert _layers("The agency posted as @UNHCR that refugees kept arriving.") == (
        ["agency", "UNHCR", "refugees"], [])
    assert _layers("Oxfam said the camp was full.") == (["Oxfam"], ["camp"])
