"""Round thirty-eight of the ACTOR and LOCATION rules (issue 11): names after lower-case
titles of office, on invented sentences only, never dev ones. Each test reads the whole
ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import doc, mention_layers


def test_a_name_after_a_lower_case_title_of_office_is_the_titled_person():
    # G17, G66: 'president', 'governor', 'mayor', 'commissioner(-general)' in lower case
    # right before a name are its title, left out of it, and the name is the person even
    # with no verb of saying after it; a place before the title stays a place
    assert mention_layers("Gunmen loyal to former vice president Tomas Leku burned the market.") == (
        ["Gunmen", "Tomas Leku"], ["market"])
    assert mention_layers("The rally was broken up after South Kivu governor Amos Dut was shot.") == (
        ["Amos Dut"], ["South Kivu"])
    assert mention_layers("The agency's commissioner-general Ilse Moreau has warned of hunger.")[0] == [
        "agency", "Ilse Moreau"]
    # the demonym before the title gives the person's state (G17)
    types = {s.text: s.actor_type for s in doc("A panel led by the former Danish president Lars Brandt met.").spans}
    assert types["Lars Brandt"] in ("government", "foreign_government")  # (the document's home state decides which)
    # neighbours: the bare title still refers on its own (G66), and an appositive name
    # after it is the same person
    assert mention_layers("The mayor said the market was shelled.") == (["mayor"], ["market"])
    assert mention_layers("The town's mayor, Ivo Brenk, has asked for tents.") == (
        ["mayor", "Ivo Brenk"], ["town", "tents"])
