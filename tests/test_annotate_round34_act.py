"""Round thirty-four of the ACTOR rules (issue 11): place/actor confusions, on invented
sentences only, never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_states_war_is_fought_in_it():
    # G8/G9: the state in 'Syria's war', 'Chad's civil war' is where the war is, a place;
    # the war itself is no mention
    assert mention_layers("The town held out for years during Iraq's war, residents said.") == (
        ["residents"], ["town", "Iraq"])
    assert mention_layers("The camp was set up after Chad's civil war began in 2005.") == ([], ["camp", "Chad"])
    # neighbours: a war 'in' or 'on' somewhere makes the state its party; its army acts
    assert mention_layers("Russia's war in Ukraine entered its third year.") == (["Russia"], ["Ukraine"])
    assert mention_layers("Iraq's army retook the town.") == (["Iraq", "army"], ["town"])


def test_an_address_after_a_capital_is_no_appositive():
    # G61/G8: in a contact line the capital after a press officer's title is where the
    # office is; the 'media' or 'press' of an email address is no appositive actor
    assert mention_layers("Contact: Sara Haddad, press officer, Amman, media@example.org") == (
        ["Sara Haddad", "press officer"], ["Amman"])
    assert mention_layers("Media contact: John Deng, Communications Officer, Nairobi, press@example.org") == (
        ["John Deng", "Communications Officer"], ["Nairobi"])
    # neighbour: a real appositive actor after a state still makes it act
    assert mention_layers("Talks were hosted by Qatar, a mediator.") == (["Qatar", "mediator"], [])


def test_romance_particles_join_one_name():
    # G15: 'del', 'des', 'lui', 'da', 'das' inside a capitalised name keep it one name,
    # a place after a place preposition, a person before an appositive of people
    assert mention_layers("Thousands fled to towns in Lanao del Sur last week.") == ([], ["towns", "Lanao del Sur"])
    assert mention_layers("Families sheltered in a camp near Vadul lui Vodă on Monday.") == (
        ["Families"], ["camp", "Vadul lui Vodă"])
    assert mention_layers("They reached Rio das Pedras at night.") == ([], ["Rio das Pedras"])
    assert mention_layers("Pedro da Silva, a driver, said the road was shut.") == (
        ["Pedro da Silva", "driver"], ["road"])
    # neighbour: the Arabic particles still make a group's name
    assert mention_layers("Fighters of Ahrar al-Sham said they withdrew.") == (["Fighters", "Ahrar al-Sham"], [])


def test_a_feast_after_in_is_no_place():
    # G9/G205: 'in Ramadan', 'at Christmas' name a time, as months do, never a place
    assert mention_layers("Fasting in Ramadan in this heat is hard.") == ([], [])
    assert mention_layers("Families who fled at Christmas returned to Mosul.") == (["Families"], ["Mosul"])
    # neighbour: the same word inside a person's name stays part of the name
    assert mention_layers("Fatima Ramadan, a mother of four, said the road was shut.") == (
        ["Fatima Ramadan", "mother"], ["road"])
