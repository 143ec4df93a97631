"""Annotator round thirty-six (issue 11), COUNT and COUNT_OF: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from ghouta_corpus.annotate import exclusions, one_meaning
from sentences import count_layer


def test_the_one_rules_live_in_their_own_module():
    # the 'one' family (G35, G143, G370) is one_meaning.py's; the exclusion registry keeps
    # a single entry for it, and a 'one' meaning 'a' still drafts no COUNT
    assert one_meaning.one_meaning_a in exclusions.EXCLUSIONS
    assert not hasattr(exclusions, "_contrastive_one")
    assert count_layer("One official said the road was open.") == ([], [])
    assert count_layer("Only one clinic is still open in the town.")[0] == [("one", "other")]


def _counts(text: str) -> list[str]:
    """The drafted COUNT texts of ``text``."""
    return [t for t, _ in count_layer(text)[0]]


def test_one_struck_by_a_harm_is_a_toll_of_one():
    # G370: 'one' before a person whose predicate says the harm struck is a COUNT exact 1,
    # COUNT_OF its noun, also under a verb of saying or 'it was reported that'
    assert count_layer("The agency said one Kenyan driver was killed near the border.") == (
        [("one", "killed")], [("one", "Kenyan driver")])
    assert count_layer("It was reported that one nurse was badly hurt by shrapnel.") == (
        [("one", "injured")], [("one", "nurse")])
    assert count_layer("One of the guards was abducted at the gate.") == (
        [("One", "detained")], [("One", "guards")])
    assert "one" in _counts("Gunmen stopped three farmers and shot one of them.")
    assert _counts("Two nurses were hurt and one died at the clinic.") == ["Two", "one"]
    # neighbours: 'one' that only brings a person in, 'no one', 'not one', a thing shot at,
    # and an active harm verb after a thing (the thing is no toll)
    assert _counts("One nurse said the road was closed.") == []
    assert _counts("No one was killed in the fire.") == []
    assert _counts("Not one resident was detained, the ministry said.") == []
    assert _counts("One truck was shot at near the bridge.") == []
    assert _counts("One shell killed two boys.") == ["two"]


def test_one_thing_shared_or_carried_is_a_count_of_the_thing():
    # G370/G143: the one thing people share, and an item of a list of what people went
    # with, is a COUNT exact 1 ('other') of its noun
    assert count_layer("Nine families now share one stove.") == (
        [("Nine", "other"), ("one", "other")], [("Nine", "families"), ("one", "stove")])
    assert count_layer("He shares one tarpaulin with his brothers.") == ([("one", "other")], [("one", "tarpaulin")])
    assert count_layer("They crossed with blankets, one mattress and papers.") == (
        [("one", "other")], [("one", "mattress")])            # (not the plural after it: 'papers')
    assert _counts("We left with nothing, no money, one suitcase.") == ["one"]
    assert _counts("We ran with the shoes we wore and one sack of flour.") == ["one"]
    # neighbours: a clause of its own after the list, a pronoun 'one', 'one' meaning 'a'
    assert _counts("The town was shelled with artillery, and one shell hit the school.") == []
    assert _counts("He met with officials, and one said the road was open.") == []
    assert _counts("One official shared the list with reporters.") == []


def test_a_part_of_a_group_after_a_span_of_days_is_no_duration():
    # G78: 'N of them' after a span of time is the part of the group before, not the
    # second duration of 'for a week, maybe two' (G79)
    assert count_layer("About 40 wounded people reached the clinic over three days, 12 of them children.")[1] == [
        ("About 40", "wounded people"), ("12", "wounded people")]
    # neighbours: the elliptical duration stays out
    assert _counts("They stayed for a week, maybe two.") == []
    assert _counts("We walked for three days, maybe four, to the border.") == []


def test_a_quoted_fraction_before_of_counts_the_noun_after_it():
    # G75: a closing quotation mark between a fraction and its 'of' closes the quoted
    # figure; the fraction still counts the noun after 'of' (as 'killed "hundreds" of')
    assert count_layer('A UN official said "fewer than half" of the families had gone home.')[1] == [
        ("fewer than half", "families")]
    assert count_layer("The bread covered \u201cperhaps half\u201d of those queuing.")[1] == [
        ("perhaps half", "those")]
    # neighbour: a quoted fraction with no 'of' after it is no COUNT of a noun
    assert _counts('He called it "half" a victory.') == []


def test_one_thing_given_out_for_each_person_is_a_count():
    # G370/G143: 'one X for each Y' with X a thing people are given or carry is a ratio
    # of goods, a COUNT exact 1 of the thing, as 'one X for every N people' is
    assert count_layer("They were handed one blanket for each family.")[1] == [("one", "blanket")]
    assert count_layer("The fighters kept one rifle for every man.")[1] == [("one", "rifle")]
    # neighbours: no thing noun ('one word for every critic' stays out, fix10)
    assert _counts("She had one answer for each question.") == []


def test_the_subject_of_a_verb_of_averaging_is_counted():
    # G40: a bare figure after a verb of averaging (as after one of reaching) counts the
    # verb's subject, past a perfect's auxiliary, with a rate's 'a day' after it
    assert count_layer("Refugees have averaged between 1,000 and 1,500 a day since June.")[1] == [
        ("between 1,000 and 1,500", "Refugees")]
    # neighbours: a measure as the subject, a noun after the figure
    assert count_layer("Temperatures averaged 40 in July.")[1] == []
    assert count_layer("Refugees have averaged 300 crossings a day.")[1] == [("300", "crossings")]


def test_two_figures_share_the_noun_after_the_second():
    # G257: range ends with their own bound words are two COUNTs of the noun after the
    # second; G40: two coordinated vague figures count one noun
    assert count_layer("Witnesses gave estimates ranging from a few dozen to more than 90 dead.")[1] == [
        ("a few dozen", "dead"), ("more than 90", "dead")]
    assert count_layer("The group said scores and probably hundreds of villagers had died.")[1] == [
        ("scores", "villagers"), ("probably hundreds", "villagers")]
    # neighbours: a figure with its own verb before the second ('killed 12 and wounded
    # 30 people': the 12 have no noun, G41)
    assert count_layer("The shelling killed 12 and wounded 30 people.")[1] == [("30", "people")]


def test_a_gapped_participle_after_a_comma_or_a_reduced_passive_counts_nothing():
    # G41: the second figure of 'N X were killed, M injured' and of 'N X killed and M
    # injured' has its verb elided; the participle is no noun it counts
    assert count_layer("At least 12 guards were killed, about 300 injured and some 40 remain missing.")[1] == [
        ("At least 12", "guards")]
    assert count_layer("The ministry gave a toll of 900 civilians killed and more than 1,000 injured in May.")[1] == [
        ("900", "civilians")]
    # neighbours: a noun after the participle, a participle as a subject
    assert count_layer("Some 30 people were killed, and 45 wounded civilians reached the clinic.")[1] == [
        ("Some 30", "people"), ("45", "wounded civilians")]


def test_a_bare_figure_after_among_them_is_part_of_the_group():
    # G78: 'among them N' with no noun of its own counts the group before, as 'N of them'
    assert count_layer("Medics had treated 40 wounded villagers since Monday, among them a dozen with burns.")[1] == [
        ("40", "wounded villagers"), ("a dozen", "wounded villagers")]
    # neighbours: a noun of its own after the figure, also after 'of'
    assert count_layer("About 2,000 people left, among them some 300 fighters.")[1] == [
        ("About 2,000", "people"), ("some 300", "fighters")]
    assert count_layer("About 2,000 people left, among them hundreds of loyalist fighters.")[1] == [
        ("About 2,000", "people"), ("hundreds", "loyalist fighters")]


def test_a_headings_last_figure_measures_the_noun_before_it():
    # G40, G116: a figure that ends its line (a heading) is a bare figure; the figure
    # verb's object before it is what it counts, not the next paragraph's first word
    assert count_layer("Agency puts civilian dead at 70\n\nResidents say far more people died.")[1] == [
        ("70", "civilian dead")]
    assert count_layer("Arrivals pass 90,000\n\nOfficials said more were coming.")[1] == [("90,000", "Arrivals")]
    # neighbour: a noun on the same line after the figure is its own
    assert count_layer("Agency puts civilian dead at 70 villagers\n\nResidents disagree.")[1] == [
        ("70", "villagers")]


def test_a_bare_clock_hour_in_words_is_no_count():
    # G79: an hour in words after a preposition of time, with no noun after it, is a
    # clock time ('we pray at seven, and at nine we eat', 'By eleven the street was empty')
    assert _counts("We pray at seven, and at nine we eat.") == []
    assert _counts("By eleven the street was empty.") == []
    assert _counts("We heard the blasts at about four, then silence.") == []
    # neighbours: a figure a verb or figure noun measures, a noun after it, an agent
    assert _counts("A commander put the number of wounded at five.") == ["five"]
    assert _counts("Aid reached families at ten sites.") == ["ten"]
    assert _counts("One latrine is shared by ten.") == ["ten"]
    assert _counts("Nobody wants to look after six shut-down clinics.") == ["six"]


def test_spans_of_time_or_distance_and_parts_of_a_break_are_no_counts():
    # G79: 'N X ago' is a time, 'N X away' a distance, 'snapped in two' the parts a
    # thing broke into: no COUNT
    assert _counts("That was four winters ago.") == []
    assert _counts("Her brother lives three doors away.") == []
    assert _counts("The old bridge snapped in two.") == []
    # neighbours: 'away from' after people kept somewhere, a noun after 'in two'
    assert _counts("Police kept 300 people away from the border.") == ["300"]
    assert _counts("The family was split into two groups.") == ["two"]


def test_two_small_numbers_in_words_joined_by_or_are_one_span():
    # G72: 'N or M' in words is one spoken span, a range, also with no noun after it;
    # figures in digits with no noun are alternatives, two COUNTs (G165)
    assert _counts("We crossed in groups of twenty or thirty, after dark.") == ["twenty or thirty"]
    assert _counts("Its list ran one or two names behind the army's.") == ["one or two"]
    assert _counts("Their tally ran one or two behind the army's.") == ["one or two"]
    assert _counts("They argue about 300 or 600 for years.") == ["300", "600"]


def test_times_before_a_clause_of_time_are_occurrences():
    # G33/G79: 'N times as they ...' counts occurrences ('as' opens a clause); 'N times as
    # many' is a comparison's multiplier, a measure
    assert count_layer("Officials counted some families two or three times as they moved.")[1] == [
        ("two or three", "times")]
    assert _counts("There were three times as many people.") == []


def test_the_size_of_a_family_or_crew_is_a_count_not_an_age():
    # G33/G64: 'a family of seven' gives the group's size, a COUNT; 'a woman of seventy'
    # is an age, no COUNT
    assert _counts("He paid a driver to take his family of six over the hills.") == ["six"]
    assert _counts("Her household of nine had been living on bread.") == ["nine"]
    assert _counts("A woman of seventy said she would stay.") == []
    assert _counts("A man of 80, he said, walked for two days.") == []


def test_a_noun_after_of_that_can_be_a_verb_is_counted():
    # G40: after 'N of' the word is a noun, even one that can be a verb ('strikes', 'lives')
    assert count_layer("The first days were the worst, with dozens of strikes in one afternoon.")[1] == [
        ("dozens", "strikes")]
    assert count_layer("Others say thousands of lives were saved.")[1] == [("thousands", "lives")]
    # neighbour: a plural verb right after the figure is its verb
    assert count_layer("Thousands flee air raids.")[1] == []


def test_in_the_hundreds_counts_the_people_noun_right_before_it():
    # G41 (as 'by the thousands'): 'bodies in the hundreds' counts the bodies; 'a toll in
    # the hundreds' counts no written noun; 'in the hundreds of tents' counts the tents
    assert count_layer("We received bodies in the hundreds within a few hours.")[1] == [("hundreds", "bodies")]
    assert count_layer("The ministry said the blast did not fit a death toll in the hundreds.")[1] == []
    assert count_layer("They live in the hundreds of tents.")[1] == [("hundreds", "tents")]


def test_a_share_of_a_singular_whole_counts_the_whole():
    # G40, G75: a fraction or percentage before 'of the N' counts the whole N, also a
    # singular noun that is no mention ('about a third of the rest', 'of the toll')
    assert count_layer("About a third of the rest were damaged.")[1] == [("About a third", "rest")]
    assert count_layer("Medics said 35 children were among the dead, about a third of the toll.")[1] == [
        ("35", "children"), ("about a third", "toll")]
    # neighbours: a count of a singular noun that is no share stays unlinked; a time
    assert count_layer("Some 40 of the rest were children.")[1] == []
    assert count_layer("Half of the day was lost.")[1] == []


def test_a_shares_whole_is_the_last_word_of_its_phrase():
    # G40/G75: the singular whole must end its noun phrase; an adjective before a
    # participle noun ('the annual displaced') is no whole (round 29's neighbour)
    assert count_layer("About half of the annual displaced were children.")[1] == []
    assert count_layer("Nearly a quarter of the remainder were elderly.")[1] == [("Nearly a quarter", "remainder")]


def test_a_ratio_after_a_span_of_time_is_no_duration():
    # G117: 'N in M' after 'this week,' or 'last week and' is a ratio, two COUNTs, not the
    # second duration of 'for a week, maybe two' (G79)
    assert _counts("Medics screened 900 children last week and almost one in three was malnourished.") == [
        "900", "almost one", "three"]
    assert _counts("Some 5,000 people stayed this week, fewer than one in ten of the pre-war population.") == [
        "Some 5,000", "fewer than one", "ten"]
    assert _counts("They stayed for a week, maybe two.") == []


def test_and_a_half_before_a_time_unit_is_part_of_the_duration():
    # G79: 'two and a half years' is a duration, no COUNT
    assert _counts("The town was held by militants for two and a half years.") == []
    assert _counts("Two and a half days later, 40 families left.") == ["40"]


def test_the_first_day_of_two_and_the_first_side_of_a_plot_are_no_counts():
    # G79: 'the weekend of 14 and 15 October' is a date; 'a plot of 30 by 30 metres' a measure
    assert _counts("The convoy left over the weekend of 14 and 15 October.") == []
    assert _counts("Each family was given a plot of roughly 30 by 30 metres.") == []
    # neighbours: figures of people before 'and', a date later in the sentence
    assert _counts("Officials said 300 and 400 families left on 5 May.") == ["300", "400"]


def test_one_by_one_is_a_manner_not_a_count():
    # G35: 'one by one', 'one after another' say how, not how many, also after a noun
    # that can be a verb ('the houses one by one')
    assert _counts("They took the men out of the houses one by one.") == []
    assert _counts("The sheds one after another caught fire.") == []
    # neighbour: a contrastive 'one' still counts
    assert _counts("Only one clinic is open.") == ["one"]


def test_one_after_and_set_against_an_earlier_number_is_a_count():
    # G143: 'and one X' set against a number earlier in the sentence counts one
    assert count_layer("We sent three patients to hospital this week, and one woman who had stopped eating.")[1] == [
        ("three", "patients"), ("one", "woman")]
    assert _counts("The council opened four schools in the town and one in the village.") == ["four", "one"]
    # neighbours: 'and one of them', a source after 'and one', a year is no number
    assert _counts("He saw a line of trucks, and one of them carried 30 men.") == ["30"]
    assert _counts("Three buses left, and one official said more would follow.") == ["Three"]
    assert _counts("In 2015 the army came and one man stayed.") == []


def test_a_bare_half_before_an_auxiliary_is_a_part_of_the_group():
    # G75, G78: 'and half were ...' after a figure of people is the part of that group
    assert count_layer("Yesterday we treated close to 120 patients, and half were under five.")[1] == [
        ("close to 120", "patients"), ("half", "patients")]
    # neighbours: 'the other half', 'in half'
    assert _counts("The other half were empty.") == []
    assert _counts("They cut the loaf in half.") == []


def test_a_figure_before_an_auxiliary_after_a_span_of_time_is_a_subject():
    # G79/G256: 'in the past week, and two were referred' is no 'a week, maybe two'
    assert count_layer("About a dozen people came through in the past week, and two were referred to hospital.")[1] == [
        ("About a dozen", "people"), ("two", "people")]
    assert _counts("We stayed a day or two at the camp.") == []


def test_a_hedge_before_a_bound_and_below_are_inside_the_count():
    # G74, G164: 'below N' is less_than; a hedge adverb ('possibly', 'perhaps') before
    # another bound is inside the span and the bound gives the modifier
    from ghouta_corpus.annotate.numbers import parse_count
    assert parse_count("below 8,000").modifier == "less_than"
    assert parse_count("possibly nearer 9,000").modifier == "approximately"
    assert parse_count("perhaps more than 40").modifier == "more_than"
    assert _counts("The mayor said the number of families was below 8,000.") == ["below 8,000"]
    assert _counts("Some 4,000 families, and possibly nearer 9,000, sheltered in the school.") == [
        "Some 4,000", "possibly nearer 9,000"]


def test_a_bare_figure_taking_an_earlier_time_unit_is_no_count():
    # G35, G79: after a verb of taking time, a figure with no noun of its own measures the
    # unit of a duration written just before it; a span the events fall in does not
    assert _counts("Lorries reported waits of 10 to 12 hours for a run that usually takes about three.") == []
    assert _counts("A ride that once took under two hours has taken some drivers more than 15, they said.") == []
    assert _counts('"On a good day it is four hours. In the snow it can be seven."') == []
    assert _counts("Over three days the buses took 300.") == ["300"]
    assert _counts("The trip takes six hours. The school holds 300.") == ["300"]


def test_an_age_aside_with_now_and_an_age_after_a_life_step_are_no_counts():
    # G64, G79: ', now N,' after a person and 'married at N' give ages, not COUNTs
    assert _counts('"We had a farm," he said, holding his son, now 4, on his knee.') == []
    assert _counts("Huda Salem, 31, grew up in the village but married at 16 and moved away.") == []
    assert _counts("The death toll, now 45, is expected to rise.") == ["45"]


def test_a_couple_of_before_a_scale_word_is_about_twice_the_scale():
    # G73: 'a couple of' is approximately 2, so 'a couple of thousand' is about 2,000
    from ghouta_corpus.annotate.numbers import parse_count
    c = parse_count("a couple of thousand")
    assert (c.value, c.modifier) == (2000, "approximately")
    assert _counts('A nurse put it lower, at "a couple of hundred, most of them old."') == ["a couple of hundred"]


def test_a_figure_verb_measures_its_object_past_a_possessive_noun():
    # G116, G40: 'put the town's Kurdish population at N' measures the population
    assert count_layer("Local officials have put the town's Kurdish population at roughly 40,000 before the fighting.")[1] \
        == [("roughly 40,000", "Kurdish population")]
    assert count_layer("Officials put the camp's residents at about 9,000.")[1] == [("about 9,000", "residents")]


def test_n_of_them_after_an_apposition_counts_the_head_of_the_apposition():
    # G78: a group restated between commas ('N people, half of the town's M residents,
    # have fled') leaves 'N of them' counting the head noun; a list still gives its last
    links = count_layer("The agency said some 40,000 people, nearly half of the town's 90,000 residents, "
                        "have fled, and more than 5,000 of them are sleeping in schools.")[1]
    assert ("more than 5,000", "people") in links and ("more than 5,000", "residents") not in links
    assert ("40", "children") in count_layer("The convoy carried 500 men, 300 women and 200 children, 40 of them wounded.")[1]


def test_a_counted_noun_after_and_joins_a_counted_thing_mention():
    # G40: a COUNT counts each conjunct, also a COUNTED one after a place or thing mention;
    # not after a group of people
    links = count_layer("Our teams have handed out 900 tents and hygiene kits, and trucked water to 5,000 people.")[1]
    assert ("900", "hygiene kits") in links
    assert count_layer("The army seized 300 fighters and weapons.")[1] == [("300", "fighters")]


def test_a_part_after_a_share_of_people_counts_the_share_noun():
    # G256: a figure with no noun after a share of a group ('half of the wounded') is a
    # part of that group, whose size the share leaves unstated
    assert ("two", "wounded") in count_layer(
        "A nurse said roughly half of the wounded she had seen had burns, adding that two were children under 10.")[1]


def test_a_number_opening_a_quoted_name_before_a_noun_is_no_count():
    # G79: numbers in names: the "two villages" deal names a deal; a quoted figure alone
    # before its noun is still a COUNT
    assert _counts('Talks on the "two villages" deal stalled on Monday.') == []
    assert _counts('An official told us that "between 200 and 250" security staff had died.') == ["between 200 and 250"]
    assert _counts('He said "300 people" were killed.') == ["300"]


def test_one_set_against_a_later_number_sharing_its_noun_is_a_count():
    # G143: 'one N ... and two are ...' sets one against a number that shares its noun;
    # not 'at one point' nor a source ('one official said')
    assert _counts('"So one daughter is with me and three are in Germany," she said.') == ["one", "three"]
    assert _counts("At one point the road closed and two were stranded.") == ["two"]
    assert _counts("One official said the convoy left and two were killed.") == ["two"]
