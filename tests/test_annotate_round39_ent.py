"""Round thirty-nine of the ACTOR and LOCATION rules: names no rule knows used as
pre-modifiers, on invented sentences only, never dev ones. Each test reads the whole
ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_unknown_name_right_before_an_actor_head_is_its_pre_modifier():
    # G20: a movement's, company's or place's name no rule knows stays inside the NOM
    # it modifies ([UN officials]), at a sentence's start, after an article or inside
    assert mention_layers("Zentra officials said the road was shut.")[0] == ["Zentra officials"]
    assert mention_layers("A Koravi officer said two men were wounded.")[0] == ["Koravi officer", "men"]
    assert mention_layers("The convoy was escorted by Tarvani fighters.")[0] == ["Tarvani fighters"]
    # a UN mission's seven-letter short name is an acronym pre-modifier too
    assert mention_layers("We urge MINUSKA peacekeepers to protect the camps.") == (
        ["MINUSKA peacekeepers"], ["camps"])
    # neighbours: an English word and a word after another capitalised one stay out
    assert mention_layers("Many officials said the road was shut.")[0] == ["officials"]
    assert mention_layers("The Ahmed Kassem family left.")[0] == ["family"]


def test_a_body_s_name_opening_a_sentence_keeps_its_first_word():
    # G67: a name of three or more capitalised words with an organisation or aid word
    # after its first keeps that first word even where it is an English noun, verb or
    # participle (charities take such words for names); 'Partners' ends a body's name
    assert mention_layers("Starling Aid International is an independent charity.")[0] == [
        "Starling Aid International", "independent charity"]
    assert mention_layers("LUSAKA, 3 May 2021 - Harvested Hands Relief today called for help.") == (
        ["Harvested Hands Relief"], ["LUSAKA"])
    assert mention_layers("Riverbend Humanitarian Partners warned that the camps were full.") == (
        ["Riverbend Humanitarian Partners"], ["camps"])
    # neighbours: a determiner, an adverb or a pre-modifier opening the sentence stays out
    assert mention_layers("Most Starling Aid International staff left.")[0] == ["Starling Aid International staff"]
    assert mention_layers("Local Health Directorate officials said so.")[0] == ["Local Health Directorate officials"]


def test_a_title_of_office_goes_with_its_qualifier_and_its_abbreviation_stop():
    # G66: 'Health Minister', 'Interior Minister' (after a demonym too), 'Vice-President'
    # and 'Ombudsman' before a name are titles, left out of the name
    assert mention_layers("Three had died, Turkish Health Minister Tomas Leku said.")[0] == ["Tomas Leku"]
    assert mention_layers("The road was shut, said Interior Minister Amal Wardi.")[0] == ["Amal Wardi"]
    assert mention_layers("Gunmen loyal to Vice-President Tomas Leku burned the market.") == (
        ["Gunmen", "Tomas Leku"], ["market"])
    assert mention_layers("The camps are full. Ombudsman Amal Wardi said so.") == (["Amal Wardi"], ["camps"])
    # an abbreviated title with its stop is no name, after other titles or a comma
    assert mention_layers("Deputy Health Minister Dr. Karim Osei said that teams would go in.")[0] == [
        "Karim Osei", "teams"]
    assert mention_layers("The church sheltered families, said its pastor, Rev. Karim Osei.")[0] == [
        "families", "pastor", "Karim Osei"]
    # neighbours: a title word inside a hospital's or a village's name stays in it
    assert mention_layers("The wounded were taken to Kemi General Hospital.") == (
        ["wounded"], ["Kemi General Hospital"])
    assert mention_layers("They fled to Kafr Sheikh Ali on Monday.") == ([], ["Kafr Sheikh Ali"])


def test_an_unknown_acronym_after_the_names_a_body():
    # G67: an acronym no rule placed, after 'the', is a body's name, and the same name
    # elsewhere in the document is that body too
    assert mention_layers("He accused the KLF of holding civilians.")[0] == ["KLF", "civilians"]
    assert mention_layers("Talks with the KLF stalled. Later, KLF said it would talk.")[0] == ["KLF", "KLF"]
    # neighbours: a model's number and a known place stay what they were
    assert mention_layers("The crew of the AC-130 fired.")[0] == ["crew"]
    assert mention_layers("They fled to the DRC.") == ([], ["DRC"])
    assert mention_layers("Fighters of the KLF militia left.")[0] == ["Fighters", "KLF"]  # (G16: a descriptor)


def test_group_names_in_lower_case_long_forms_and_units():
    # G67: well-known group names in their lower-case and long forms are names whole
    assert mention_layers("Herders say al-Shabaab taxes the road.")[0] == ["Herders", "al-Shabaab"]
    assert mention_layers("The Islamic State in the Greater Sahara is active there.")[0] == [
        "Islamic State in the Greater Sahara"]
    # the YPG's full name is known, so a demonym before it describes it (G17), and
    # 'Units' ends a body's name
    assert mention_layers("Fighters of the Kurdish People's Protection Units left.")[0] == [
        "Fighters", "People's Protection Units"]
    assert mention_layers("Shiite-led Popular Mobilisation Units entered the town.") == (
        ["Popular Mobilisation Units"], ["town"])
    # a known name that goes on with a particle is a longer name
    assert mention_layers("Among them were Jund al-Aqsa and al-Shabab al-Kabir.")[0] == [
        "Jund al-Aqsa", "al-Shabab al-Kabir"]
    # neighbours: a demonym before a name with no genitive stays in it
    assert mention_layers("The Syrian Arab Red Crescent said so.")[0] == ["Syrian Arab Red Crescent"]


def test_a_name_opening_a_line_or_before_a_present_verb_with_its_object_is_a_person():
    # G66: a two-word name that is the subject of a verb in -s with its object after it
    # (wakes her, counts the), or that opens a line after a byline, is a person
    assert mention_layers("KEMI, Zembia - Before dawn, Amal Wardi wakes her three sons.")[0] == [
        "Amal Wardi", "sons"]
    assert mention_layers("KEMI, Zembia - Tomas Leku counts the tents twice a day.")[0] == ["Tomas Leku"]
    assert mention_layers("By Ivo Brenk\nKarim Osei had not slept for two nights.")[0] == ["Ivo Brenk", "Karim Osei"]
    # neighbour: a plural noun after a name, with no object after it, is left alone
    assert mention_layers("KEMI, Zembia - Tomas Leku counts differ.")[0] == []


def test_a_noun_verb_after_a_plural_subject_and_before_a_place_preposition_is_its_verb():
    # G14: 'press', 'crowd', 'shelter' after a plural actor head and before a preposition
    # of place is the subject's verb, no head, and the subject is the mention
    assert mention_layers("Crowds press at the camp gates.") == (["Crowds"], ["camp gates"])
    assert mention_layers("Displaced families crowd into schools.") == (["Displaced families"], ["schools"])
    # neighbours: a plural verb form, and a noun after a plural that is no actor head
    assert mention_layers("The aid workers camps near the river.")[1] == ["aid workers camps", "river"]
    assert mention_layers("An arms store in the town was hit.")[1] == ["arms store", "town"]


def test_a_title_built_as_n_of_n_keeps_its_head_and_drops_its_scope():
    # G250: the title's head is the mention, capitalised or not, and a bare noun or a
    # capitalised scope after its 'of' is no mention; a name after the scope is the holder
    assert mention_layers("The agency's Chief of Mission in Kemi, Amal Wardi, said so.") == (
        ["agency", "Chief", "Amal Wardi"], ["Kemi"])
    assert mention_layers("It was a mistake, the Chief of Army Staff said.")[0] == ["Chief"]
    assert mention_layers("The charity's head of mission in Kemi said so.") == (["charity", "head"], ["Kemi"])
    assert mention_layers("The figure was cited by Secretary of State Ivo Brenk.")[0] == ["Ivo Brenk"]
    # neighbours: a body after 'of the' is its own mention, and a place stays a place
    assert mention_layers("Amal Wardi, head of the local council, said so.")[0] == [
        "Amal Wardi", "head", "local council"]
    assert mention_layers("The figure was cited by the President of Zembia.")[0] == ["President"]


def test_a_name_set_off_after_a_lower_case_title_or_a_title_of_a_place_is_its_holder():
    # G18, G66: 'its minister, X,' and 'the mayor of Kemi, X,' set the titled holder
    # off by commas, even where nothing else says the name is a person's
    assert mention_layers("Its minister, Ali Haidar, has said so.")[0] == ["minister", "Ali Haidar"]
    assert mention_layers("A former mayor of Kemi, Tomas Leku, was among those killed.") == (
        ["former mayor", "Tomas Leku"], ["Kemi"])
    # neighbours: a list of places after a comma, and a person noun before an office's name
    assert mention_layers("They left Homs, Aleppo, Hama and Idlib.") == ([], ["Homs", "Aleppo", "Hama", "Idlib"])
    assert mention_layers("The UN High Commissioner for Refugees, Ivo Brenk, visited.")[0] == [
        "UN High Commissioner for Refugees", "Ivo Brenk"]
