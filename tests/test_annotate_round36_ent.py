"""Round thirty-six of the ACTOR and LOCATION rules (issue 11): titles before names and
states acting, on invented sentences only, never dev ones. Each test reads the whole
ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import doc, mention_layers


def test_a_name_after_a_title_with_its_stop_is_the_titled_person():
    # G66: 'Dr.' with its stop is a run of its own and no part of the name; the name
    # after it is the person even with nothing else around it that says so
    assert mention_layers("The toll rose, and Dr. Amal Wardi of the clinic said beds ran out.") == (
        ["Amal Wardi"], ["clinic"])
    assert mention_layers("Nobody had counted them, said Dr. Tarek.") == (["Tarek"], [])
    assert mention_layers("The road reopened. Gen. Idris Kamal of the northern command ordered a halt.") == (
        ["Idris Kamal"], ["road"])
    # an honorific of private people gives civilians (G26); another title gives its own type
    types = {s.text: s.actor_type for s in doc("The toll rose, and Dr. Amal Wardi of the clinic spoke.").spans}
    assert types["Amal Wardi"] == "civilians"
    # neighbours: the stop of an abbreviation that is no title, and a title without a stop
    assert mention_layers("Dr Amal Wardi of the clinic said beds ran out.")[0] == ["Amal Wardi"]
    assert mention_layers("The toll rose. Sept. Rains made the road impassable.")[0] == []


def test_a_title_that_opens_a_sentence_still_marks_the_name_after_it():
    # G66: a capitalised title at a sentence's start is no common word to skip (as
    # 'Officials' would be) but the title of the name after it, which it leaves out
    assert mention_layers("The bridge fell. President Dara Velic ordered an inquiry.") == (["Dara Velic"], ["bridge"])
    assert mention_layers("Shelling went on. Colonel Omar Fadl said the road was open.") == (["Omar Fadl"], ["road"])
    # neighbours: a sentence-initial common word is still no name, and a title alone
    # that refers is a common-noun mention (G66)
    assert mention_layers("The bridge fell. Officials in Velica said it was old.") == (["Officials"], ["bridge", "Velica"])
    assert mention_layers("The bridge fell. President said it was old.") == (["President"], ["bridge"])


def test_a_state_a_verb_of_agents_takes_is_its_government():
    # G8, G253: a state accused, blamed, praised, pressed or trusted is asked to act
    # or held to have acted (places.json's state_object_verbs, by lemma)
    assert mention_layers("The envoy had come to blame Rwanda for the raid.") == (["envoy", "Rwanda"], [])
    assert mention_layers("The agency thanked Jordan for keeping the crossing open.") == (
        ["agency", "Jordan"], ["crossing"])
    assert mention_layers("Few families trust Damascus after the war.") == (["families", "Damascus"], [])
    # G8, G70: the state a place falls to takes it
    assert mention_layers("The last village fell to Moscow on Friday.") == (["Moscow"], ["village"])
    # G8: a state that is the subject of a modal and a verb acts
    assert mention_layers("He said Jordan could not absorb more refugees.") == (["Jordan", "refugees"], [])
    # neighbours: a verb of movement or sight takes a place; a headline's verb before a
    # dateline on its own line has no object; a stative verb after a modal
    assert mention_layers("The families reached Jordan on Friday.") == (["families"], ["Jordan"])
    assert "AMMAN" in mention_layers("Camps overflow, aid group warns\nAMMAN, 3 May - Families arrived.")[1]
    assert mention_layers("He said Jordan will remain calm.") == ([], ["Jordan"])
    assert mention_layers("Flights to Amman will resume on Monday.") == ([], ["Amman"])


def test_a_state_listed_with_other_parties_is_its_government():
    # G8, G22: the items of one list of parties are of one kind; a state after the
    # list's 'and' with an organisation or armed group earlier in it acts, civilians
    # in between or not
    assert mention_layers("Counts divide aid agencies, families and Amman after the flood.") == (
        ["aid agencies", "families", "Amman"], [])
    # a run of states joined by commas that goes on with 'and' and another party is a list
    assert mention_layers("The toll is disputed as Kyiv, Moscow and monitors give other figures.") == (
        ["Kyiv", "Moscow", "monitors"], [])
    # neighbours: a list of civilians and places; a contact line's commas
    assert mention_layers("Residents, farmers and Syria suffered.") == (["Residents", "farmers"], ["Syria"])
    assert mention_layers("Contact: Rana Aziz, communications officer, Amman, press@example.org")[1] == ["Amman"]


def test_a_state_whose_genitive_holds_a_unit_named_for_a_place_acts():
    # G8, G20: in 'Ukraine's Siversk group' the place name pre-modifies an armed unit of
    # the state, which is the actor's state in the genitive, acting
    assert mention_layers("Shells hit a post of Ukraine's Kupiansk rifle battalion.") == (
        ["Ukraine", "Kupiansk rifle battalion"], [])
    # neighbours: the state's province or state, and a place followed by a clause
    assert mention_layers("Thousands fled Sudan's Sennar state on Friday.")[1] == ["Sudan", "Sennar"]
    assert mention_layers("Civilians left Myanmar's Lashio after rebels took the base.") == (
        ["Civilians", "rebels"], ["Myanmar", "Lashio"])


def test_a_state_after_if_or_because_with_a_verb_in_s_acts():
    # G8: after a subordinator that is no preposition the state opens a clause, and a
    # present verb in -s after it is its verb, though the word may be a noun elsewhere
    assert mention_layers("If Amman stalls on the list, the talks end.") == (["Amman"], [])
    assert mention_layers("Aid waits because Khartoum objects, officials said.") == (["Khartoum", "officials"], [])
    # neighbours: a stative verb; a preposition that is also a subordinator
    assert mention_layers("When Lebanon burns, nobody sleeps.") == ([], ["Lebanon"])


def test_place_after_a_determiner_is_a_location():
    # G7: 'a place', 'the place where', 'no other place' are somewhere, though bare
    # 'place' is room or an idiom (G9: 'the lack of place to move')
    assert mention_layers("By evening the family had found a place near the well.")[1][0] == "place"
    assert mention_layers("Rebels gave up the place where the revolt began.") == (["Rebels"], ["place"])
    assert mention_layers("There was no other place to go, he said.") == ([], ["place"])
    # neighbours: the idioms, with or without a determiner
    assert mention_layers("The vote took place in the hall.") == ([], ["hall"])
    assert mention_layers("It should not have started in the first place.") == ([], [])
    assert "place" not in mention_layers("Tents will take the place of the old shelters.")[1]
    assert "place" not in mention_layers("A new wall now stands in its place.")[1]
    assert mention_layers("There is a lack of place to move.") == ([], [])


def test_a_name_after_an_organisation_descriptor_is_that_organisation():
    # G17: 'the monitoring group X', 'the disaster agency X': the descriptor goes and
    # the name stays, an ACTOR even when nothing else says what it is
    assert mention_layers("Phone lines were down, according to the monitoring group LineWatch.") == (
        ["LineWatch"], [])
    assert mention_layers("The camp the relief agency TAKWA built is full.") == (["TAKWA"], ["camp"])
    assert mention_layers("Volunteers from the group West Aid drove the vans.") == (["Volunteers", "West Aid"], [])
    types = {s.text: s.actor_type for s in doc("The camp the relief agency TAKWA built is full.").spans}
    assert types["TAKWA"] == "organization"
    # neighbours: a place after a descriptor and a preposition stays a place
    assert mention_layers("The agency in Geneva said so.") == (["agency"], ["Geneva"])


def test_honorifics_of_elders_and_clergy_before_a_name_go():
    # G66: honorifics before a name go (Hajj, Hajja, Malam, Kesis, Sayadaw; a
    # two-word title of office, Barangay Chairman), the name stays
    assert mention_layers("In the shade sat Hajj Salem Bakkar, 80, and his son.")[0] == ["Salem Bakkar", "son"]
    assert mention_layers("The vote was close, said Malam Idi Garba, a ward leader.") == (
        ["Idi Garba", "ward leader"], [])
    assert mention_layers("For Barangay Chairman Rodel Santos, 51, the count matters.")[0] == ["Rodel Santos"]
    # neighbour: such a word inside a name stays (a patronymic)
    assert mention_layers("Yesterday Karim Hajj Musa, 40, left the village.")[0] == ["Karim Hajj Musa"]


def test_services_are_a_body_only_after_a_word_of_their_task():
    # G9, G7: 'health services', 'military service' are provisions or duties, no actor;
    # 'the security services', 'the border service' are bodies; 'the service said'
    # speaks, the body named before it (G30)
    assert mention_layers("In Kivu, the charity provides water and health services.")[0] == []
    assert mention_layers("Men of military age must report for military service.")[0] == ["Men"]
    assert mention_layers("Those who stay must settle their status with the security services.")[0] == [
        "security services"]
    assert mention_layers("Moldova's border service said 300 people crossed.")[0] == ["Moldova", "border service",
                                                                                      "people"]
    assert mention_layers("The toll rose to 40. The service said it had pulled 12 people out.")[0] == [
        "service", "people"]
    assert "services" not in mention_layers("The influx has stretched services at the crossing,\" said Ana Ruiz.")[0]


def test_a_participle_after_a_count_of_harm_or_after_those_is_a_verb():
    # G9, G10: in '30 people were killed and 90 wounded' the participle is the verb of
    # a clause without its auxiliary, and 'those displaced' is a pronoun and a verb:
    # no ACTOR; the noun of people stays one elsewhere
    assert mention_layers("Officials said 30 people were killed and more than 90 wounded.") == (
        ["Officials", "people"], [])
    assert mention_layers("The toll rose to 12, with roughly 40 others injured.") == ([], [])
    assert mention_layers("Half of those displaced are children, the agency said.") == (["children", "agency"], [])
    # neighbours: the noun with a determiner or as a coordinated noun
    assert mention_layers("The hospital treated 30 wounded on Monday.") == (["wounded"], ["hospital"])
    assert mention_layers("Nurses cared for the wounded and the sick.") == (["Nurses", "wounded", "sick"], [])


def test_a_verb_before_its_object_is_no_premodifier():
    # G14: pre-modifiers stay in a NOM, but a verb before its object is no modifier:
    # after an infinitive's 'to', after 'and' (a form that is only a verb), or after
    # 'that'/'which' or a subject pronoun
    assert mention_layers("Gunmen were accused of trying to stop farmers from leaving.") == (
        ["Gunmen", "farmers"], [])
    assert mention_layers("We urge both sides to hold fire and let medics through.")[0] == ["sides", "medics"]
    assert mention_layers("Tallies from a group that tracks civilian casualties differ.")[0] == [
        "group", "civilian casualties"]
    # neighbours: compounds of a verb-like noun stay whole
    assert mention_layers("Police and rescue workers arrived at the scene.")[0] == ["Police", "rescue workers"]
    assert mention_layers("Money went to aid workers and to host communities.")[0][0] == "aid workers"


def test_an_honorific_of_private_people_beats_the_gazetteer():
    # G66: 'Mr X', 'Mrs X', 'Dr. X' is a person even where a town has the name
    assert mention_layers("Mr Jassim said his house was gone.") == (["Jassim"], ["house"])
    assert mention_layers("The clinic is full, said Dr. Hama, who runs it.")[0] == ["Hama"]
    # neighbour: the bare name is the town
    assert mention_layers("Families reached Hama on Friday.") == (["Families"], ["Hama"])


def test_a_descriptor_after_an_umbrella_body_is_one_of_its_bodies():
    # G20: 'the UN agency for X' is a body of the UN, a NOM with the name as its
    # pre-modifier; G16: after any other name the generic word goes
    assert mention_layers("The UN agency for migrants said 300 families had left.")[0][0] == "UN agency"
    assert mention_layers("Later the EU mission gave no figure.")[0] == ["EU mission"]
    # neighbour: an outlet's own generic word after its name
    assert mention_layers("The Anadolu news agency reported the figure.")[0] == ["Anadolu"]


def test_final_is_an_ordinal_left_out_like_last():
    # G225: 'last', 'final', 'next' are ordinals, dropped like 'third' (G13)
    assert mention_layers("This is the final village before the border.")[1] == ["village", "border"]
    assert mention_layers("We said this was the final place, but it was not.")[1] == ["place"]
    # neighbour: 'last' as before
    assert mention_layers("This is the last village before the border.")[1] == ["village", "border"]


def test_an_office_named_for_its_place_or_charge_is_one_body():
    # G15, G16: a mission named for the country it works in and an office named for its
    # charge are one body's name (actors.json's org_link_heads), not a body and a place
    assert mention_layers("Shelling went on, and the UN Mission in Velistan said six died.") == (
        ["UN Mission in Velistan"], [])
    assert mention_layers("Rana Tofik, the UN High Commissioner for Migrants, said six died.") == (
        ["Rana Tofik", "UN High Commissioner for Migrants"], [])
    assert mention_layers("Six died, the local Executive Unit for Shelter Sites said.") == (
        ["Executive Unit for Shelter Sites"], [])
    types = {s.text: s.actor_type for s in doc("The UN Mission in Velistan said six died.").spans}
    assert types["UN Mission in Velistan"] == "organization"
    # neighbours: a body whose last word is no such office stays a body and a place, and
    # one word of office alone is no name
    assert mention_layers("The Velistani Refugee Council in Korat said six died.") == (
        ["Velistani Refugee Council"], ["Korat"])
    assert mention_layers("The agency's Chief of Mission in Korat said six died.")[1] == ["Korat"]


def test_an_office_named_for_its_charge_or_owner_is_the_body():
    # G7, G70: an 'office' with a word of its charge or owner before it is the body,
    # an ACTOR, wherever it stands, not only where it speaks; its modifier gives its side
    assert mention_layers("The appeal was backed by the UN human rights office.") == (
        ["UN human rights office"], [])
    assert mention_layers("A count the UN relief office in Korat repeated was higher.") == (
        ["UN relief office"], ["Korat"])
    types = {s.text: s.actor_type for s in doc("The appeal was backed by the UN human rights office.").spans}
    assert types["UN human rights office"] == "organization"
    # neighbours: a bare office with an indefinite article is the building
    assert mention_layers("Relatives queue outside an office where a phone works.")[1] == ["office"]


def test_a_bare_administration_noun_that_acts_is_the_administration():
    # G332, G272: 'the municipality', 'the province', 'the governorate' stand for the
    # administration where they act or own a statement or count
    assert mention_layers("The mayor said the municipality had opened two schools.") == (
        ["mayor", "municipality"], ["schools"])
    assert mention_layers("The envoy said the province would release the list.")[0] == ["envoy", "province"]
    assert mention_layers("The governorate's latest estimate is lower.") == (["governorate"], [])
    # neighbours: where someone is, and the seat before its own office, stay places
    assert mention_layers("An official in the governorate said so.") == (["official"], ["governorate"])
    assert mention_layers("Fighting spread across the province.") == ([], ["province"])


def test_a_second_verb_after_and_is_no_modifier_of_its_object():
    # G14: after 'and', a verb of the same form as one a few words before, each with
    # its object, is the clause's second verb, not a pre-modifier of the head after it
    assert mention_layers("Several groups suspended work and pulled foreign staff out of the area.") == (
        ["groups", "foreign staff"], ["area"])
    assert mention_layers("Guards take fingerprints and separate men of fighting age.")[0] == ["Guards", "men"]
    # neighbours: one phrase of participles, and a second object of people after one
    assert mention_layers("Rescuers reached the injured and trapped residents.")[0] == [
        "Rescuers", "injured and trapped residents"]
    assert mention_layers("The group struck police officers and mobilised militia fighters.")[0] == [
        "group", "police officers", "mobilised militia fighters"]


def test_a_name_before_an_appositive_with_an_age_or_a_capitalised_modifier_is_a_person():
    # G18, G66: 'X, a 52-year-old farmer', 'X, an Oilgrid engineer' set a person noun
    # after the name, past the age's pieces and a capitalised modifier after the article
    assert mention_layers("Among the arrivals was Tarek Olmi, a 52-year-old farmer.") == (
        ["arrivals", "Tarek Olmi", "52-year-old farmer"], [])
    assert mention_layers("Dara Velic, an Oilgrid engineer who left last year, said it was late.") == (
        ["Dara Velic", "Oilgrid engineer"], [])              # (the company's name a pre-modifier, G20: round 39)
    # neighbour: a capitalised word straight after the comma opens a list of names
    assert mention_layers("Families reached Aleppo, Homs and Hama.") == (["Families"], ["Aleppo", "Homs", "Hama"])
