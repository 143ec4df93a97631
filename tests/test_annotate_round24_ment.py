"""Round twenty-four of the mention rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_office_that_has_said_or_is_cited_is_the_body():
    # an office is the body housed in it where it speaks (G7, G70, G147), also past an
    # auxiliary or adverb before the cue, and after 'according to'
    assert mention_layers("The UN aid office has said that 3,000 people fled.") == (["UN aid office", "people"], [])
    assert mention_layers("The regional aid office has repeatedly said the road was shut.") == \
        (["regional aid office"], ["road"])
    assert mention_layers("More than 500 people arrived, according to the relief office.") == \
        (["people", "relief office"], [])
    assert mention_layers("The office, which is run by the rebels, put the toll at 30.") == \
        (["office", "rebels"], [])
    # the building: no cue of its own, a form of 'be', another subject's cue
    assert mention_layers("The aid office was said to be empty.") == ([], ["aid office"])
    assert mention_layers("The aid office has been shelled, residents said.") == (["residents"], ["aid office"])
    assert mention_layers("The aid office will reopen on Monday, officials said.") == \
        (["officials"], ["aid office"])
    assert mention_layers("According to a nurse at the aid office, 20 people died.") == \
        (["nurse", "people"], ["aid office"])
    assert mention_layers("The office, which staff said was empty, burned down.") == (["staff"], ["office"])


def test_a_state_before_its_weapons_acts():
    # G313: weapons are no mention (G9); the state in the genitive before them is its own ACTOR (G70)
    assert mention_layers("Ukraine's air defences shot down 20 drones.") == (["Ukraine"], [])
    assert mention_layers("Russia's missiles hit the city.") == (["Russia"], ["city"])
    assert mention_layers("Israel's warplanes bombed the camp.") == (["Israel"], ["camp"])
    assert mention_layers("Ukraine's air-defence systems were overwhelmed.") == (["Ukraine"], [])
    assert mention_layers("Syria's chemical weapons were removed.") == (["Syria"], [])
    # a weapon word as a modifier of a place, or a place of the state, stays a place
    assert mention_layers("Ukraine's airspace was closed.") == ([], ["Ukraine", "airspace"])
    assert mention_layers("Syria's tank museum reopened.") == ([], ["Syria", "tank museum"])
    assert mention_layers("Syria's tanks museum reopened.") == ([], ["Syria", "museum"])
    assert mention_layers("Residents of Ukraine's east fled.") == (["Residents"], ["Ukraine", "east"])


def test_a_state_asked_or_waited_for_to_act_acts():
    # G8/G70: a state that is the subject of an infinitive after 'for' or after a verb of
    # asking (call on, urge) is its government acting
    assert mention_layers("Families waited for Turkey to open the gate.") == (["Families", "Turkey"], ["gate"])
    assert mention_layers("We call on the Russian Federation to stop attacking homes.") == \
        (["Russian Federation"], ["homes"])
    assert mention_layers("Aid groups urge Israel to allow fuel in.") == (["Aid groups", "Israel"], [])
    # a destination after a verb of movement, or no infinitive, stays a place
    assert mention_layers("Many men left for Turkey to find work.") == (["men"], ["Turkey"])
    assert mention_layers("The families headed for Lebanon to escape the fighting.") == (["families"], ["Lebanon"])
    assert mention_layers("Tickets for Beirut to Paris sold out.") == ([], ["Beirut", "Paris"])


def test_a_state_before_its_finite_verb_acts():
    # G8/G70: a state before a finite verb of its own (an irregular past, or a present in
    # -s with its object after it) is its government acting
    assert mention_layers("Ukraine retook the village in May.") == (["Ukraine"], ["village"])
    assert mention_layers("Israel watches the border closely.") == (["Israel"], ["border"])
    assert mention_layers("Across the river, Russia holds the town.") == (["Russia"], ["river", "town"])
    # a participle of a passive, a noun after the name, a place after a preposition stay places
    assert mention_layers("Parts of Damascus held by rebels were shelled.") == (["rebels"], ["Parts", "Damascus"])
    assert mention_layers("The Damascus stalls reopened.") == ([], ["Damascus"])
    assert mention_layers("Lebanon is now the main host of refugees.") == (["refugees"], ["Lebanon"])
    assert mention_layers("Staff in Amman and Cairo are available for interviews.") == (["Staff"], ["Amman", "Cairo"])


def test_self_review_of_round_twenty_four():
    # the office: a negated cue is still its own; an office named before 'manager' is a modifier
    assert mention_layers("According to the office manager, 20 people left.") == (["office manager", "people"], [])
    assert mention_layers("The post office has not said when it will reopen.") == (["post office"], [])
    # a state before a verb of being, position or undergoing is a place
    assert mention_layers("Sudan remains the largest displacement crisis.") == ([], ["Sudan"])
    assert mention_layers("Kyiv shook as missiles hit.") == ([], ["Kyiv"])
    assert mention_layers("Israel faces the sea.") == ([], ["Israel", "sea"])
    assert mention_layers("Damascus lies in a valley.") == ([], ["Damascus", "valley"])
    # 'for' after a noun: no one asked to act
    assert mention_layers("It is time for Syria to heal.") == ([], ["Syria"])
    assert mention_layers("A plan for Lebanon to rebuild was agreed.") == ([], ["Lebanon"])
