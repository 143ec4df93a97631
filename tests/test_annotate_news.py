"""More general English/news patterns of the annotator, one invented sentence each.

None of these sentences comes from the gold articles or the development set; each
pins one rule of dataset/GUIDELINES.md (named in the test) in the stage that owns it.
"""

from __future__ import annotations

from ghouta_corpus.annotate import annotate_text


def spans(text: str, label: str) -> list[str]:
    doc, _ = annotate_text(text, "t")
    return [s.text for s in doc.spans if s.label == label]


def records(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    doc, _ = annotate_text(text, "t")
    by_id = {s.id: s.text for s in doc.spans}
    return [([by_id[i] for i in r.source], [by_id[i] for i in r.cue], [by_id[i] for i in r.content])
            for r in doc.attributions]


# -- places (G11) -------------------------------------------------------------

def test_a_compass_word_after_a_noun_is_an_adverb_not_part_of_the_place():
    assert spans("The families reached Kelmor, a town west of Dunbar.", "LOCATION") == ["Kelmor", "town", "Dunbar"]
    assert "villages" in spans("Farmers in villages east of the river left.", "LOCATION")
    assert spans("She looked towards the road north.", "LOCATION") == ["road"]
    assert "relatives" in spans("Buses carried the fighters and their relatives north towards the border.", "ACTOR")
    assert spans("Fighting resumed in the north.", "LOCATION") == ["north"]     # 'the north' stays a place


def test_a_place_name_with_a_genitive_inside_stays_whole():
    assert "Cox\u2019s Bazar" in spans("Aid workers in Cox\u2019s Bazar, Bangladesh, said the camps were full.",
                                       "LOCATION")
    text = "COX'S BAZAR, Bangladesh, May 3 (Wire) - Boats kept arriving in Bangladesh on Sunday."
    assert spans(text, "LOCATION")[0] == "COX'S BAZAR"


# -- attribution (G45, G53, G61) ----------------------------------------------

def test_a_dateline_is_not_the_source_of_a_postposed_said():
    text = ("Boats keep coming\n\nTARVIN, Armenia - More than 5,000 people have crossed into Armenia since Monday, "
            "the Armenian government said on Friday, nearly half of the valley's population.")
    assert records(text) == [(["the Armenian government"], ["said"],
                              ["More than 5,000 people have crossed into Armenia since Monday"])]


def test_a_verbless_comment_after_said_leaves_the_cue_closing_its_clause():
    text = "About 9,000 people have fled since the storm, the agency said on Tuesday, up from 3,000 a day earlier."
    assert records(text) == [(["the agency"], ["said"], ["About 9,000 people have fled since the storm"])]
    assert records("The ministry said on Monday, the convoy had left.") == [
        (["The ministry"], ["said"], ["the convoy had left"])]


def test_an_abbreviation_keeps_its_point_at_the_end_of_a_content():
    text = "At least 12 buses left the camp shortly after 10 a.m., according to residents."
    assert records(text)[0][2] == ["At least 12 buses left the camp shortly after 10 a.m."]
    assert records("The convoy left at dawn, officials said.")[0][2] == ["The convoy left at dawn"]


def test_partitions_after_the_are_places_and_a_two_word_head_is_whole():
    assert spans("The buses reached a reception point on the outskirts of Kherson.", "LOCATION") == [
        "reception point", "outskirts", "Kherson"]                  # a partition, not 'the town of X' (G11, G16)
    assert "centre" in spans("Hundreds were trapped in the centre of the city.", "LOCATION")
    assert spans("They met at a health centre.", "LOCATION") == ["health centre"]
    assert spans("They reached the border crossing at noon.", "LOCATION") == ["border crossing"]


def test_a_generic_phrase_after_a_place_name_stays_out_even_when_its_first_word_is_no_modifier():
    assert spans("Troops reached the Tarvin border crossing on Friday.", "LOCATION") == ["Tarvin"]    # G67
    assert spans("Civilians left the Azovstal steel plant in Mariupol.", "LOCATION") == ["Azovstal", "Mariupol"]


# -- actors (G62) -------------------------------------------------------------

def test_the_sides_and_parties_of_a_conflict_are_actors_and_the_side_of_a_place_is_a_place():
    text = "The UN called on all parties to let civilians leave, while the two sides argued. Each side blamed the other."
    assert [a for a in spans(text, "ACTOR") if a != "civilians"] == ["UN", "parties", "sides", "side"]
    assert "rebel side" in spans("A negotiator from the rebel side said the talks were over.", "ACTOR")
    assert spans("Traders on both sides of the border are waiting.", "LOCATION") == ["sides", "border"]


def test_an_appositive_keeps_its_noun_modifiers_and_makes_the_name_before_it_a_person():
    text = "The charge was denied. Tarik Oduya, foreign policy adviser to Kenya's president, wrote that it was false."
    assert spans(text, "ACTOR")[:2] == ["Tarik Oduya", "foreign policy adviser"]          # G65, G66
    text = "Nobody celebrates. Pavlo Hrynko, Ukraine\u2019s human rights commissioner, said 40 men came home."
    assert spans(text, "ACTOR")[:3] == ["Pavlo Hrynko", "Ukraine", "human rights commissioner"]
    text = "The toll rose, according to Kenya Rights Watch, a Nairobi-based monitoring group."
    assert "Nairobi-based monitoring group" in spans(text, "ACTOR")
    assert "aid workers" in spans("Later, aid workers arrived.", "ACTOR")                   # no appositive: as before


def test_a_name_set_off_by_commas_after_a_person_noun_is_that_person():
    assert spans("On Friday the region's separatist leader, Arsen Gevorgyan, signed a decree.", "ACTOR") == [
        "separatist leader", "Arsen Gevorgyan"]                                            # G18, G66
    assert spans("His son, Karim, was killed.", "ACTOR") == ["son", "Karim"]
    assert spans("Aid reached the refugees, Kenya said.", "LOCATION") == []               # a state that speaks


def test_a_coordinated_clause_with_its_own_source_and_cue_ends_the_content():
    assert records("The agency said it could not confirm the toll, while the charity said staff treated 20 children.") == [
        (["The agency"], ["said"], ["it could not confirm the toll"]),
        (["the charity"], ["said"], ["staff treated 20 children"])]                       # G86
    text = "Officials said those who left were locals, but farmers in villages near the town reported seeing trucks."
    assert records(text)[0] == (["Officials"], ["said"], ["those who left were locals"])


def test_an_appositive_source_before_said_is_no_content_of_an_inverted_cue():
    text = "Many were hurt. Omar Taleb, a volunteer with the rescue service, said his teams pulled bodies from the rubble."
    assert records(text) == [(["Omar Taleb, a volunteer with the rescue service"], ["said"],
                              ["his teams pulled bodies from the rubble"])]                # G45
    assert records("The convoy left at dawn, said a spokesman.") == [
        (["a spokesman"], ["said"], ["The convoy left at dawn"])]


def test_speech_quoted_inside_a_quotation_after_told_me_is_a_record_of_its_own():
    text = "\u201cMy cousin told me, \u2018Take the papers first.\u2019 So I took them,\u201d she said."
    assert (["My cousin"], ["told"], ["Take the papers first"]) in records(text)            # G84, G114
    text = "\u201cI called the office and they told him, \u2018Wait, the road will open,\u2019\u201d she said."
    assert records(text) == [(["they"], ["told"], ["Wait, the road will open"]),
                             (["she"], ["said"], ["I called the office and they told him, \u2018Wait, the road will open"])]
    assert records("The officer told them to leave.") == []                                 # a directive (G114)


# -- counts (G118) ------------------------------------------------------------

def test_a_percentage_of_a_measure_is_no_count_but_a_share_of_people_or_territory_is():
    assert spans("Many of them have burns over 40% of the body, a doctor said.", "COUNT") == []
    assert spans("The plant runs at 60 percent of its capacity.", "COUNT") == []
    assert spans("Rebels hold 70 percent of the territory.", "COUNT") == ["70 percent"]
    assert spans("About 60% of the new arrivals were children.", "COUNT") == ["About 60%"]


# -- events (G99, G101, G102) ------------------------------------------------

def events(text: str) -> list[tuple[str, str | None]]:
    doc, _ = annotate_text(text, "t")
    return [(s.text, s.event_type) for s in doc.spans if s.label == "EVENT"]


def test_words_that_are_triggers_only_in_context():
    assert events("Troops are close to taking full control of the valley.") == [("taking", "control")]
    assert events("The rebels were driven from the city in 2016.") == [("driven", "control")]
    assert events("The army opened a new corridor near the town. Soldiers opened fire.") == [("opened", "other")]
    assert events("An air strike on Sunday hit a school.") == [("strike", "attack"), ("hit", "attack")]
    assert events("The news hit markets.") == []
    assert ("campaign", "attack") in events("The city fell after a long campaign of shelling.")
    assert events("Bulldozers removed sand barriers.") == [("removed", "other")]


def test_an_infinitive_before_its_object_is_a_trigger_not_a_modifier():
    assert ("evacuate", "evacuation") in events("They announced a deal to evacuate fighters and civilians.")
    assert ("evacuation", "evacuation") not in events("The evacuation buses waited.")     # a pre-modifier (G99)


def test_one_given_out_to_each_is_a_count_of_its_singular_noun():
    doc, _ = annotate_text("We were told to bring one bag each, nothing more.", "t")
    got = [(s.label, s.text, s.category) for s in doc.spans if s.label in ("COUNT", "COUNTED")]
    assert got == [("COUNT", "one", "other"), ("COUNTED", "bag", None)] and len(doc.relations) == 1   # G35, G77
    assert spans("One official said the talks failed.", "COUNT") == []                               # 'one' = 'a'


# -- places and states that act (G8, G70) -------------------------------------

def test_an_unknown_name_on_or_along_the_river_is_a_place():
    text = "Tents stood outside the town on the Tigris. Trucks drove along the Euphrates."
    assert {"Tigris", "Euphrates"} <= set(spans(text, "LOCATION"))
    assert spans("The motion on the Security Council failed.", "ACTOR") == ["Security Council"]


def test_states_that_act_in_a_relative_clause_or_a_coordination_and_a_state_that_has_a_place():
    text = "The swap reflected the trust both countries placed in Qatar, which has helped broker earlier swaps."
    assert "Qatar" in spans(text, "ACTOR")
    text = "They accepted because Jordan and the United States had made clear they would not intervene."
    assert spans(text, "ACTOR") == ["Jordan", "United States"]
    assert spans("They fled to Aleppo, which has been besieged for months.", "LOCATION") == ["Aleppo"]
    text = "About 3,000 Rohingya have fled Myanmar\u2019s Rakhine State for Bangladesh."
    assert spans(text, "LOCATION") == ["Myanmar", "Rakhine State", "Bangladesh"]


def test_a_place_noun_after_an_infinitive_to_is_a_verb():
    assert spans("The killing of children had to stop, the agency said.", "LOCATION") == []
    assert spans("They had to camp in the open. They went to camp.", "LOCATION") == ["camp"]


def test_an_np_object_cue_takes_of_before_its_object():
    assert records("The groups warned of a risk of disease outbreaks.") == [
        (["The groups"], ["warned"], ["a risk of disease outbreaks"])]                     # G84


def test_a_reported_question_after_an_object_pronoun_and_a_parenthetical_cue_before_a_subordinate_clause():
    assert records("\u201cThen they ask you where they should sleep, and you have no answer.\u201d") == [
        (["they"], ["ask"], ["where they should sleep"])]                                  # G114
    text = "She had walked out of the district before dawn, she said, after a mortar round hit the house."
    assert records(text) == [(["she"], ["said"], ["She had walked out of the district before dawn",
                                                  "after a mortar round hit the house"])]  # G45
    assert records("The convoy left, officials said.") == [(["officials"], ["said"], ["The convoy left"])]


def test_a_relative_clause_with_its_own_verb_belongs_to_the_source():
    assert records("Officials who spoke on condition of anonymity said the talks failed.") == [
        (["Officials who spoke on condition of anonymity"], ["said"], ["the talks failed"])]   # G45
    assert records("A doctor who asked not to be named said 12 people died.")[0][0] == [
        "A doctor who asked not to be named"]
    assert records("It is a number that researchers who track incidents say falls short.")[0][0] == [
        "researchers who track incidents"]


# -- attribution, second round (G42, G45, G46, G56, G57, G83, G85, G86, G114-G116, G123) --

def test_denials_and_findings_take_a_noun_phrase_or_a_that_clause():
    assert records("The agency has rejected the claim.") == [(["The agency"], ["rejected"], ["the claim"])]
    assert records("Officials angrily rejected the suggestion that they lied.") == [
        (["Officials"], ["rejected"], ["the suggestion that they lied"])]             # an -ly adverb is no source
    assert records("A UN report concluded that the camp was shelled.") == [
        (["A UN report"], ["concluded"], ["the camp was shelled"])]                    # 'report' here is a noun
    assert records("The next morning it gave a revised figure of 31 dead.") == [
        (["it"], ["gave"], ["a revised figure of 31 dead"])]                           # G116, G46
    assert records("Rivals give lower estimates.") == []                                # a noun, no figure


def test_a_personal_passive_has_no_source():
    assert records("His unit was told on Monday that the war was over.") == [
        ([], ["told"], ["the war was over"])]                                          # G85
    assert records("Dozens of people were reported killed in the raids.") == [
        ([], ["reported"], ["Dozens of people", "killed in the raids"])]               # as G115
    assert records("Cholera was confirmed there in May.") == []
    assert records("They were told to bring one bag each.") == []                       # G114


def test_hearsay_and_requests():
    assert records("She has heard that the bridge was closed.") == [([], ["heard"], ["the bridge was closed"])]
    assert records("She heard the shelling all night.") == []
    assert records("He asked that his name be withheld.") == []                         # G114


def test_a_cue_inside_the_object_of_according_to_is_a_noun():
    assert records("The war has killed thousands, according to UN estimates.") == [
        (["UN estimates"], ["according to"], ["The war has killed thousands"])]
    assert [r[1] for r in records("The toll passed 900, according to statements posted on Telegram.")] == [
        ["according to"]]


def test_a_source_keeps_its_participle_clause_and_loses_a_leading_time_adverbial():
    text = 'A police officer, speaking on condition of anonymity, called the figures "wildly inflated".'
    assert records(text) == [(["A police officer, speaking on condition of anonymity"], ["called"],
                              ["wildly inflated"])]                                    # G45, G83
    assert records("Every week someone came and said the gate would open.")[0][0] == ["someone"]
    assert records("The agency has for more than a year cited a figure of 9,000 people.")[0][0] == ["The agency"]


def test_adverbials_between_the_cue_and_that_stay_out_of_the_content():
    text = "The agency, which is run by the army, said in the first hours after the storm that 30 people died."
    assert records(text) == [(["The agency, which is run by the army"], ["said"], ["30 people died"])]
    assert records("It was reported on Sunday that the talks had failed.") == [([], ["reported"], ["the talks had failed"])]


def test_a_relative_pronoun_before_said_is_its_source():
    assert records("Karim Nasser, who said he lost two brothers, left the city.") == [
        (["who"], ["said"], ["he lost two brothers"])]                                 # G57


def test_a_postposed_cue_with_a_manner_phrase_and_a_place_closes_its_sentence():
    text = '"We waited," he said by phone from Deir al-Tin. "Nobody came."'
    assert records(text) == [(["he"], ["said"], ["We waited", "Nobody came"])]


def test_content_ends_at_a_new_clause_with_its_own_cue_or_a_manner_phrase():
    assert records("Rebels accused the army of shelling the road; state media said the rebels fired first.") == [
        (["Rebels"], ["accused", "of"], ["the army", "shelling the road"]),
        (["state media"], ["said"], ["the rebels fired first"])]                       # G86
    assert records("The group denied any role in a statement on Sunday.") == [
        (["The group"], ["denied"], ["any role"])]
    text = '"A neighbour said the road was safer, but the soldiers were there too," she said.'
    assert records(text)[0] == (["A neighbour"], ["said"], ["the road was safer"])   # the speaker's own clause


# -- counts and times, second round (G79, G88, G90, G93, G95) -------------------

def times(text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text, "t")
    return [(s.text, s.value_text or "") for s in doc.spans if s.label == "TIME"]


def test_telephone_numbers_clock_times_listed_ages_and_duration_ranges_are_no_counts():
    assert spans("For interviews call +254 700 000 000 or +44 20 7946 0000.", "COUNT") == []
    assert spans("We queued from six in the morning.", "COUNT") == []
    assert spans("He left with his sons, aged four and seven.", "COUNT") == []
    assert spans("The wounds were four or five days old.", "COUNT") == []
    assert spans("About 300 people left and 2,000 stayed.", "COUNT") == ["About 300", "2,000"]


def test_a_part_of_a_named_day_an_approximate_clock_time_and_a_range_are_one_time_span():
    assert times("He was told on the evening of March 3 that it was over.") == [("the evening of March 3", "XXXX-03-03TEV")]
    assert times("It left around midday on March 4.") == [("around midday on March 4", "XXXX-03-04T12:00")]
    assert times("The truce began at midnight on Monday.") == [("midnight on Monday", "XXXX-WXX-1T24:00")]
    assert times("for the first time since the summer of 2012") == [("the summer of 2012", "2012-SU")]
    assert times("They walked for two to three days.") == [("two to three days", "PXD")]
    assert times("We queued from six in the morning.") == [("six in the morning", "XXXX-XX-XXT06:00")]
    assert times("after a 72-hour truce") == [("72-hour", "PT72H")]
    assert [t for t, _ in times("Envoys left earlier in the week. Right now nobody knows.")] == [
        "earlier in the week", "Right now"]


def test_a_part_of_the_next_day_is_given_through_the_day_before_it():
    got = times("The convoy left on March 4. The next afternoon the evacuation stopped.")
    assert got == [("March 4", "XXXX-03-04"), ("The next afternoon", "XXXX-03-05TAF")]


# -- count categories, second round (G39, G77) -----------------------------------

def categories(text: str) -> list[tuple[str, str | None]]:
    doc, _ = annotate_text(text, "t")
    return [(s.text, s.category) for s in doc.spans if s.label == "COUNT"]


def test_patients_take_the_category_of_what_happened_to_them():
    assert categories("He listed 12 patients who died for lack of surgery.") == [("12", "killed")]
    assert categories("The clinic received more than 300 patients last week.") == [("more than 300", "other")]
    assert categories("Surgeons operated on 17 patients overnight.") == [("17", "injured")]


def test_remaining_in_custody_is_detention():
    assert categories("Rights groups say thousands of people remain in detention.") == [("thousands", "detained")]
    assert categories("About 400 people remain in the old city.") == [("About 400", "present")]


def test_a_figure_noun_restates_only_the_count_it_governs():
    text = "It gave a revised figure of 31 dead and said dozens more had been wounded."
    assert categories(text) == [("31", "killed"), ("dozens", "injured")]


def test_what_a_possessor_has_is_other_unless_its_own_verb_says_more():
    text = "She arrived in the camp on Monday with two of her five children."
    assert categories(text)[1] == ("five", "other")
    assert categories("Their 300 fighters were evacuated to the north.") == [("300", "evacuated")]


def test_the_main_verb_of_displaced_people_beats_their_modifier_except_presence():
    # G144: flight wins over presence; a verb of another category still wins
    assert categories("Hundreds of displaced families had been sheltering in the school.") == [("Hundreds", "displaced")]
    assert categories("Hundreds of displaced families were killed in the raid.") == [("Hundreds", "killed")]
    assert categories("More than 2,000 internally displaced people need help.") == [("More than 2,000", "displaced")]


# -- mentions, second round (G7, G15, G16, G24, G62, G63, G66, G67) -----------------

def test_language_names_are_no_places_and_modify_a_noun_as_a_demonym_does():
    text = "Spokespeople are available for interviews in Kurdish, English and French."
    assert spans(text, "LOCATION") == []
    assert "English teacher" in spans("Karim Daou, an English teacher, left the city.", "ACTOR")


def test_a_lower_case_generic_word_after_a_place_name_stays_out_but_a_compound_name_keeps_it():
    assert spans("At Kamal airport on Friday, families waited.", "LOCATION")[0] == "Kamal"
    assert "Damascus-Homs highway" in spans("Trucks blocked the Damascus-Homs highway.", "LOCATION")
    assert spans("Fighters held the Sheikh Maqsoud district.", "LOCATION") == ["Sheikh Maqsoud"]   # G66: a place


def test_rooms_grounds_and_transport_facilities_are_places():
    text = "Families slept in the courtyard and an unheated classroom near the airfield and the car park."
    assert spans(text, "LOCATION") == ["courtyard", "unheated classroom", "airfield", "car park"]


def test_people_before_an_adjective_and_demonyms_in_ese_are_actors():
    assert "people" in spans("The town is crowded with thousands of people displaced from the south.", "ACTOR")
    assert spans("Tens of thousands of Sudanese have fled.", "ACTOR") == ["Sudanese"]
    assert spans("The Sudanese army left.", "ACTOR") == ["Sudanese army"]
    assert spans("Embassies closed and the navy carried foreigners out.", "ACTOR") == [
        "Embassies", "navy", "foreigners"]


def test_coordinated_modifiers_share_their_head_and_a_superlative_keeps_most():
    assert spans("Talks were held with the Ukrainian and Polish authorities.", "ACTOR") == [
        "Ukrainian and Polish authorities"]                                            # G15, G22
    assert spans("Hundreds of sick and wounded patients left.", "ACTOR") == ["sick and wounded patients"]
    assert spans("Militants and residents fled.", "ACTOR") == ["Militants", "residents"]  # two heads: split
    assert "most powerful ally" in spans("The deal was brokered by Moscow, the army's most powerful ally.", "ACTOR")


def test_a_brigade_is_an_armed_group_and_a_family_name_is_no_family():
    assert spans("He fought with a rebel brigade and asked that his family name be withheld.", "ACTOR") == [
        "rebel brigade"]


def test_names_that_start_with_a_hyphenated_particle_or_an_arabic_place_word_are_places():
    assert spans("He worked in the al-Mansour district.", "LOCATION") == ["al-Mansour"]             # G15, G16
    assert spans("The wounded were carried to al-Amal.", "LOCATION") == ["al-Amal"]
    assert spans("He spoke by phone from Deir al-Tin.", "LOCATION") == ["Deir al-Tin"]               # G68
    assert spans("Rebels held Khan Tuman and Ain Arab.", "LOCATION") == ["Khan Tuman", "Ain Arab"]
    assert spans("Families camped at the foot of the Jebel Sinjar mountains.", "LOCATION") == [
        "foot", "Jebel Sinjar"]                                                                     # G11, G67
    assert spans("A week after Gaza hospital blast", "LOCATION") == ["Gaza"]                         # G20


# -- actor types, second round (G69) -------------------------------------------------

def types(text: str) -> dict[str, str | None]:
    doc, _ = annotate_text(text, "t")
    return {s.text: s.actor_type for s in doc.spans if s.label == "ACTOR"}


def test_the_government_is_the_state_where_the_events_are_and_coalitions_and_embassies_are_foreign():
    text = ("Russian officers met rebels in Aleppo. Russian police entered Homs and Hama. Russia said its "
            "police would stay. Syrian soldiers waited near Aleppo.")
    got = types(text)
    assert got["Syrian soldiers"] == "government" and got["Russian police"] == "foreign_government"   # G69
    got = types("The Saudi-led coalition said the rebel coalition had left. Embassies closed.")
    assert got == {"Saudi-led coalition": "foreign_government", "rebel coalition": "armed_group",
                   "Embassies": "foreign_government"}


def test_captives_are_other_unless_a_modifier_says_whose_and_staff_take_their_organisation():
    got = types("The Red Cross flew detainees between the two cities. Houthi detainees landed in Sanaa.")
    assert got["detainees"] == "other" and got["Houthi detainees"] == "armed_group"    # G62, G119
    assert types("Armed groups surrendered their weapons.") == {"Armed groups": "armed_group"}
    got = types("Volunteers from the Red Crescent and a medic with the civil defence service helped.")
    assert got["Volunteers"] == "organization" and got["medic"] == "organization"      # G62


def test_unknown_names_of_people_by_a_kunya_a_who_clause_or_a_name_given():
    assert spans("Umm Samir still has the key.", "ACTOR") == ["Umm Samir"]                          # G66
    assert spans("Karim Daou, who said he lost two brothers, dismissed the figures.", "ACTOR")[0] == "Karim Daou"
    assert spans("A commander, who gave his name as Soran Amed, said the town had fallen.", "ACTOR") == [
        "commander", "Soran Amed"]
    assert spans("Flights left Abu Dhabi.", "LOCATION") == ["Abu Dhabi"]                             # the gazetteer first


def test_a_noun_after_a_modal_or_an_auxiliary_not_is_a_verb():
    assert spans("The shelling did not stop until they reached the camp.", "LOCATION") == ["camp"]
    assert spans("Soldiers will man the checkpoint.", "ACTOR") == ["Soldiers"]
    assert "bodies" in spans("There were pieces, not bodies.", "ACTOR")                  # contrastive 'not'


def test_a_coordinated_cue_takes_its_subject_with_an_appositive_or_relative_clause():
    text = "The Tigers, one of the largest rebel groups in the east, condemned the raid and denied any role."
    assert records(text) == [(["The Tigers, one of the largest rebel groups in the east"], ["denied"], ["any role"])]
    text = "Chad, which already hosts 600,000 refugees, kept its border shut, saying it could take no more."
    assert records(text)[0][0] == ["Chad, which already hosts 600,000 refugees"]         # G45
