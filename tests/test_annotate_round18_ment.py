"""Round eighteen of the annotator's ACTOR and LOCATION mentions (issue 11): invented
sentences only, never dev ones.

Each test drafts a sentence written for the test and reads the whole ACTOR and LOCATION
layers back with the helpers of tests/sentences.py; beside each rule, sentences where it
must not fire.
"""

from __future__ import annotations

from sentences import doc, mention_layers, spans


def test_a_side_where_people_are_is_a_location():
    # G253: a side that a locative preposition or 'reach' opens is where people are.
    assert mention_layers("Tents went up on the rebel side.") == ([], ["Tents", "rebel side"])
    assert mention_layers("Traders on both sides waited.") == (["Traders"], ["sides"])
    assert mention_layers("They shot at us from the other side.") == ([], ["side"])
    assert mention_layers("Buses could still reach the far side.") == ([], ["side"])
    # must not fire: a side that is urged, speaks or suffers (G198), a force or an
    # official before the preposition, a person from a side, a side of a war
    assert mention_layers("The envoy called on both sides to talk.") == (["envoy", "sides"], [])
    assert mention_layers("The UN urged all sides to hold fire.") == (["UN", "sides"], [])
    assert mention_layers("Officials on both sides said the deal held.") == (["Officials", "sides"], [])
    assert mention_layers("There were casualties on both sides.") == (["casualties", "sides"], [])
    assert mention_layers("Fighters on the other side kept firing.") == (["Fighters", "side"], [])
    assert mention_layers("A negotiator from the rebel side said talks failed.") == (["negotiator", "rebel side"], [])
    assert mention_layers("Both sides of the war blamed each other.") == (["sides"], [])
    assert mention_layers("Queues formed on both sides of the bridge.") == ([], ["sides", "bridge"])


def _actors(s: str) -> list[tuple[str, str | None]]:
    return [(x.text, x.actor_type) for x in doc(s).spans if x.label == "ACTOR"]


def test_peacekeepers_and_inspectors_are_organisation_heads():
    # G7, G62: peacekeepers and inspectors are the people of a mission, a neutral
    # organisation head whose side a modifier gives (UN inspectors: one NOM, G20).
    assert _actors("UN inspectors visited the site.") == [("UN inspectors", "organization")]
    assert _actors("Residents said peacekeepers fired tear gas.") == [
        ("Residents", "civilians"), ("peacekeepers", "organization")]
    assert spans("UN peacekeepers reached the camp.", "LOCATION") == ["camp"]
    # must not fire: a name alone stays a name, a verb 'inspects' is no head
    assert _actors("The UN said the camp was full.") == [("UN", "organization")]
    assert _actors("A team inspects the camp.") == [("team", "organization")]


def test_the_local_part_of_an_e_mail_address_is_no_mention():
    # G61: a press release's contact line; 'press@...' and 'media@...' are an address.
    s = "Contact: Ana Diaz, press officer, Juba, press@relief-net.example.org"
    assert spans(s, "ACTOR") == ["Ana Diaz", "press officer", "Juba"]
    s = "Write to media@aid-net.example, said the spokesman."
    assert spans(s, "ACTOR") == ["spokesman"]
    # must not fire: the word with a space before '@', or the same noun in running text
    assert spans("The press @ the border were turned back.", "ACTOR") == ["press"]
