"""Review of round eighteen's ACTOR and LOCATION rules (issue 11): invented sentences
only, never dev ones.

Each test reads whole ACTOR and LOCATION layers back (tests/sentences.py) for sentences
where a round-eighteen rule overreached or missed, and beside them sentences where the
narrowed rule must keep firing.
"""

from __future__ import annotations

from sentences import doc, mention_layers


def test_no_word_of_an_e_mail_address_is_a_mention():
    # G61: an address is no text of the story, its local part before a dot, its domain
    # and a capitalised part (a name's look) included.
    s = "Contact media.relations@aid.example.org or press.office@aid.example.org for details."
    assert mention_layers(s) == ([], [])
    s = "For interviews write to john.smith@agency.example.org or call the press office."
    assert mention_layers(s) == (["press office"], [])
    assert mention_layers("Write to Press@UNHCR.example.org, the spokesman said.") == (["spokesman"], [])
    # must not fire: a handle with nothing before '@', a name in running text
    assert mention_layers("The agency posted as @UNHCR that refugees kept arriving.") == (
        ["agency", "UNHCR", "refugees"], [])
    assert mention_layers("Oxfam said the camp was full.") == (["Oxfam"], ["camp"])


def test_a_side_that_acts_or_suffers_stays_a_party():
    # G198: a side whose people suffer or die, or a side that presses, calls or shells
    # (a noun before 'from', or 'both sides'), is a party, not where people are (G253).
    assert mention_layers("Civilians on both sides suffered.") == (["Civilians", "sides"], [])
    assert mention_layers("Families on either side were killed.") == (["Families", "side"], [])
    assert mention_layers("The war killed thousands on both sides.") == (["sides"], [])
    assert mention_layers("Pressure from both sides ended the talks.") == (["sides"], [])
    assert mention_layers("Shelling from both sides killed three children.") == (["sides", "children"], [])
    assert mention_layers("He blamed violations from both sides.") == (["sides"], [])
    # must still fire: a direction after a verb, a pronoun or a number; people by a side
    assert mention_layers("The town is pressed from three sides.") == ([], ["town", "sides"])
    assert mention_layers("They are shooting from the other side.") == ([], ["side"])
    assert mention_layers("They shot at us from the other side.") == ([], ["side"])
    assert mention_layers("Shells were fired from the rebel side.") == ([], ["rebel side"])
    assert mention_layers("The crowd on the other side could not understand why.") == (["crowd"], ["side"])


def _actors(s: str) -> list[tuple[str, str | None]]:
    return [(x.text, x.actor_type) for x in doc(s).spans if x.label == "ACTOR"]


def test_police_inspectors_and_an_inspector_general_are_of_the_state():
    # G62, G69: a police inspector is an organ of the state, like a police officer, and
    # 'inspector general' is one title, not an 'inspector' with 'general' left out.
    assert _actors("Police inspectors checked the buses.") == [("Police inspectors", "government")]
    assert _actors("The inspector general resigned.") == [("inspector general", "government")]
    assert _actors("The inspectors general of three ministries met.") == [
        ("inspectors general", "government"), ("ministries", "government")]
    # must not change: a mission's inspectors and peacekeepers stay organisation heads
    assert mention_layers("UN weapons inspectors left Damascus on Monday.") == (["UN weapons inspectors"], ["Damascus"])
    assert _actors("UN inspectors visited the site.") == [("UN inspectors", "organization")]
    assert mention_layers("UN peacekeepers reached the camp.") == (["UN peacekeepers"], ["camp"])
