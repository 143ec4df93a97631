"""Round forty-one of the LOCATION rules: names a coordination, a road's dash or the
word that governs a state make places, on invented sentences only, never dev ones.
Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_name_coordinated_with_a_place_a_preposition_governs_is_a_place():
    # G22: 'Residents of X and Y said': the verb of saying belongs to the residents, and Y,
    # in the object of 'of' beside the place X, is a place too
    assert mention_layers("Residents of Kemi and Marzabad said the water had run out.") == (
        ["Residents"], ["Kemi", "Marzabad"])
    assert mention_layers("People from Aleppo and Qabbanat told us the road was shut.") == (
        ["People"], ["Aleppo", "Qabbanat", "road"])
    # neighbours: no preposition before the coordination, the name after 'and' may speak
    assert mention_layers("In the end Aleppo and Karim said nothing.") == (["Karim"], ["Aleppo"])


def test_pairs_of_dashed_names_before_a_shared_plural_road_noun_are_each_one_name():
    # G15, G16, G333: 'the X–Y and X–Z roads': each dashed pair is one road name, the shared
    # plural noun left out, as the singular 'the X–Y road' keeps its noun
    assert mention_layers("Trucks need safe passage on the Kemi\u2013Aro and Kemi\u2013Marza roads, "
                          "officials said.") == (["officials"], ["Kemi\u2013Aro", "Kemi\u2013Marza"])
    assert mention_layers("Families fled along the Kemi\u2013Aro road.") == (["Families"], ["Kemi\u2013Aro road"])
    # neighbours: a dash before another noun joins nothing ('a Kyiv–Moscow route to peace')
    assert mention_layers("They spoke of a Kyiv\u2013Moscow route to peace.") == ([], ["Kyiv", "Moscow"])


def test_a_state_a_compass_word_a_border_or_a_verb_of_reaching_governs_is_a_place():
    # G8, G11: the word governing a country or capital makes it a place, whatever verb follows
    assert mention_layers("Rebels leave as the siege west of Damascus ends.") == (["Rebels"], ["Damascus"])
    assert mention_layers("Kenya has kept its border with Somalia closed since 2007.") == (
        ["Kenya"], ["border", "Somalia"])
    assert mention_layers("The last ambulance able to reach Damascus had left.") == ([], ["Damascus"])
    assert mention_layers("Buses pulled out of Beirut, officials said.") == (["officials"], ["Beirut"])
    # neighbours: the subject of an agent verb still acts
    assert mention_layers("Damascus had rejected the plan.") == (["Damascus"], [])


def test_a_noun_modifier_a_preposition_governs_stays_in_the_place():
    # G14: noun pre-modifiers stay; after a preposition the phrase is a noun phrase, so the
    # noun before the place head is its modifier, not a verb
    assert mention_layers("Dozens of families have scattered to herder camps in the hills.") == (
        ["families"], ["herder camps", "hills"])
    assert mention_layers("Rebels had hidden arms in weapons stores near a quarry.") == (
        ["Rebels"], ["weapons stores", "quarry"])
    # a place head in -ing after a determiner takes its noun modifier too
    assert mention_layers("The shell hit a telecommunications building in the city.") == (
        [], ["telecommunications building", "city"])
    # neighbours: a word in -ing on either side may be a verb
    assert mention_layers("Troops were accused of burning homes.") == (["Troops"], ["homes"])
    assert mention_layers("They counted dozens of boats crossing at dawn.") == ([], [])


def test_water_a_preposition_of_place_governs_is_a_place():
    # G153: a river or sea meant as a place ('across the water') is a LOCATION NOM
    assert mention_layers("Shells landed less than 5 km away across the water.") == ([], ["water"])
    assert mention_layers("Everyone ran toward the water, he said.") == ([], ["water"])
    assert mention_layers("By noon the ferry was in Cypriot waters.") == ([], ["Cypriot waters"])
    # neighbours (G127): water given, lacked or trucked in is a supply, and a modifier no head
    assert mention_layers("There is no clean water in the camp.") == ([], ["camp"])
    assert mention_layers("The agency will truck in water for the camp.") == (["agency"], ["camp"])
    assert mention_layers("The water tank was hit.") == ([], [])


def test_a_side_with_a_hyphenated_or_genitive_modifier_after_on_the_is_a_place():
    # G253: the side of a place where people are is a LOCATION, also where a hyphenated
    # word, a genitive or a two-word demonym stands between 'on the' and 'side'
    assert mention_layers("Thousands were left without homes on the Kemi-held side alone.") == (
        [], ["homes", "Kemi-held side"])
    assert mention_layers("Refugees are sheltering in forests on the South Sudanese side.") == (
        ["Refugees"], ["forests", "South Sudanese side"])
    assert mention_layers("Buildings on the camp's western side had not been searched.") == (
        [], ["Buildings", "camp", "western side"])
    # neighbours (G198): officials on both sides, a negotiator from the rebel side are parties
    assert mention_layers("Officials on both sides said the talks failed.") == (["Officials", "sides"], [])
    assert mention_layers("A negotiator from the rebel side said no.") == (["negotiator", "rebel side"], [])


def test_a_part_of_a_place_is_a_place_and_a_part_of_a_thing_none():
    # G11, G253: 'part'/'parts' before 'of' and a place is a LOCATION NOM, as a side of one
    assert mention_layers("Officials in the occupied part of the region said it was calm.") == (
        ["Officials"], ["occupied part", "region"])
    assert mention_layers("The militants held part of the village of Baghouz.") == (["militants"], ["part", "Baghouz"])
    assert mention_layers("Shelling hit parts of the city.") == ([], ["parts", "city"])
    # neighbours: a part of a thing, and 'part' with no 'of', are no place
    assert mention_layers("Analysts questioned parts of the Israeli analysis.") == (["Analysts"], [])
    assert mention_layers("They took part in the talks.") == ([], [])


def test_a_capitalised_preposition_of_a_title_case_headline_ends_the_name():
    # G15: a name is annotated as written, and a headline's capitalised 'Across' is no part of it
    assert mention_layers("The Last Ones Out: Leaving Kemiansk Across a River With No Bridges\n\n"
                          "By a staff correspondent") == (["staff correspondent"], ["Kemiansk"])


def test_a_roof_or_walls_had_or_lacked_are_a_need_and_no_place():
    # G127, G228: 'a roof' or 'no walls' that people have, lack or are given is shelter as a
    # need; a roof people are on stays a place
    assert mention_layers("We have a roof now, she said.") == ([], [])
    assert mention_layers("Then we try to find them a roof.") == ([], [])
    assert mention_layers("The camp has become a prison with no walls.") == ([], ["camp", "prison"])
    # neighbours: on the roof, where snipers are
    assert mention_layers("Snipers fired from the roof.") == (["Snipers"], ["roof"])


def test_a_place_name_that_opens_with_a_title_word_keeps_it_where_the_text_calls_it_a_place():
    # G15, G16: 'the Baba Amr district' shows the title word is part of the place's name, so
    # 'inside Baba Amr' is that place whole, not a person 'Amr'
    assert mention_layers("Crews reached the Baba Amr district of Homs. Residents remained inside "
                          "Baba Amr.") == (["Crews", "Residents"], ["Baba Amr", "Homs", "Baba Amr"])
    # neighbours: a title before a person's name is still left out (G17)
    assert mention_layers("Prime Minister Sheikh Hasina spoke.") == (["Sheikh Hasina"], [])


def test_a_post_with_a_modifier_or_a_locative_the_is_a_place():
    # G7: a post that medics, soldiers or guards hold is a place
    assert mention_layers("At a first-aid post on the platform, a doctor waited.") == (
        ["doctor"], ["first-aid post", "platform"])
    assert mention_layers("A field commander at the post said his units had processed 400 people.") == (
        ["field commander", "units", "people"], ["post"])
    # neighbours: a message, a job or a verb is none
    assert mention_layers("In a post on social media, he denied it.") == (["social media"], [])
    assert mention_layers("He left his post in March.") == ([], [])
    assert mention_layers("Its spokesman now posts maps announcing a withdrawal.") == (["spokesman"], [])


def test_a_country_name_before_a_place_noun_is_inside_one_nom():
    # G20, G24: a country is no town whose facility G148 names; before a lower-case place
    # noun it is a pre-modifier, as its demonym is in the [Turkish border]
    assert mention_layers("The camp, close to the Cameroon border, shelters 40,000 people.") == (
        ["people"], ["camp", "Cameroon border"])
    # neighbours: a place's own generic word stays out (G16), a genitive splits (G19)
    assert mention_layers("Families reached Idlib province.") == (["Families"], ["Idlib"])
    assert mention_layers("Crowds gathered at Lebanon's border.") == (["Crowds"], ["Lebanon", "border"])


def test_a_spring_opened_by_an_article_is_a_place_and_the_season_none():
    # G7, G153: a spring of water people draw from or work at is a place
    assert mention_layers("Water came from a single spring and from bottles.") == ([], ["spring"])
    assert mention_layers("Engineers at the spring found the pumps broken.") == (["Engineers"], ["spring"])
    # neighbours: the season after a word of time, before 'of' and a year, or bare
    assert mention_layers("They moved to Kafr Nabl in the spring of 2019.") == ([], ["Kafr Nabl"])
    assert mention_layers("It was the second exodus this spring.") == ([], [])
    assert mention_layers("We would wait until spring.") == ([], [])
