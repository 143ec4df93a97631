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


def test_a_two_word_name_that_is_the_subject_of_a_verb_opening_its_clause_is_a_person():
    # G66: a name of two to four capitalised words, no place and no body, that opens its
    # clause as the subject of a finite verb (no saying verb) is a person
    assert mention_layers("Before dawn, Karim Osei checked the brakes on his truck.") == (["Karim Osei"], [])
    assert mention_layers("The shelling stopped. Governor Amal Wardi has asked for tents.")[0] == ["Amal Wardi"]
    # neighbours: a body's name whose first word is left out, and a run after a number
    # or a preposition, are left to the other rules
    assert mention_layers("Hope Wells International is a charity.")[0] == ["charity"]
    assert mention_layers("The 2021 Joint Response Plan is half funded.")[0] == []


def test_a_name_once_a_person_stays_a_person_in_its_document():
    # G66: a later surname or given name alone of a person named in full earlier is that
    # person, even where the gazetteer knows a place of that name or nothing else says so
    assert mention_layers('Before dawn, Walid Abdo Qasim checked the brakes on his bus. "It is far," said Qasim, 46.') == (
        ["Walid Abdo Qasim", "Qasim"], [])
    assert mention_layers("Before dawn, Karim Osei checked the brakes. For Karim, the wait goes on.")[0] == [
        "Karim Osei", "Karim"]
    # neighbours: a place of that name named as a place first, or after a place
    # preposition, stays a place
    assert mention_layers("Rami Homs said 40 died in Homs. Homs was quiet.") == (["Rami Homs"], ["Homs", "Homs"])
    assert mention_layers("The bus left Qasim at dawn.") == ([], ["Qasim"])
