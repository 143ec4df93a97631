"""Annotator round twenty-seven, COUNT_OF and COUNT spans (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_an_elliptical_partitive_counts_the_group_before_it():
    # G256: a count with no noun that takes part of a group counted earlier in its
    # sentence counts that group's noun, as 'N of them' would (G78)
    assert count_layer("The clinic received 30 wounded, four in a critical condition.") == (
        [("30", "injured"), ("four", "injured")], [("30", "wounded"), ("four", "wounded")])
    assert count_layer("About 170 detainees had been held there, and only around 40 were known to have survived.") == (
        [("About 170", "detained"), ("around 40", "detained")],
        [("About 170", "detainees"), ("around 40", "detainees")])
    assert count_layer("The office said 49 of the dead, about 45 percent, were children and 34 were women.") == (
        [("49", "killed"), ("about 45 percent", "killed"), ("34", "killed")],
        [("49", "dead"), ("about 45 percent", "dead"), ("34", "dead")])
    assert count_layer("Of the 30 dead confirmed so far, 13, or more than 40 percent, were staff.") == (
        [("30", "killed"), ("13", "killed"), ("more than 40 percent", "killed")],
        [("30", "dead"), ("13", "dead"), ("more than 40 percent", "dead")])


def test_no_part_where_the_figure_is_no_part_of_the_group():
    # a larger figure, an elided verb's object (G41), a part of things, a ratio with its own 'of'
    # group and a present perfect claim of its own keep their earlier reading
    assert count_layer("She said 50 prisoners were killed and 73 were wounded in the attack.") == (
        [("50", "killed"), ("73", "injured")], [("50", "prisoners")])
    assert count_layer("The army killed 1,500 and wounded more than 5,000.") == (
        [("1,500", "killed"), ("more than 5,000", "injured")], [])
    assert count_layer("Police said 30 trucks arrived and 12 were turned back.") == (
        [("30", "other"), ("12", "other")], [("30", "trucks")])
    # (round 39: 'in every three' is the ratio 'in three', G117, read as 'two in three of the
    # residents' is: both ends count the residents, none the 1.5 million people's noun)
    assert count_layer("About 1.5 million people, roughly two in every three of the 2.3 million residents, fled.") == (
        [("About 1.5 million", "displaced"), ("roughly two", "displaced"), ("three", "other"),
         ("2.3 million", "displaced")],
        [("About 1.5 million", "people"), ("roughly two", "residents"), ("three", "residents"),
         ("2.3 million", "residents")])
    assert count_layer("About 7 million people were displaced inside, while 4 million have fled abroad.") == (
        [("About 7 million", "displaced"), ("4 million", "displaced")], [("About 7 million", "people")])


def test_a_participle_that_shares_the_passive_before_is_no_counted_noun():
    # G41: 'N were killed and M wounded' gaps the auxiliary; 'wounded' is the verb, so
    # the second figure counts no written noun
    assert count_layer("She said 50 prisoners were killed and 73 wounded in the attack.") == (
        [("50", "killed"), ("73", "injured")], [("50", "prisoners")])
    assert count_layer("The ministry said 44 people had been killed and more than 130 injured when the hangar was hit.") == (
        [("44", "killed"), ("more than 130", "injured")], [("44", "people")])
    # a noun after the participle, no passive before 'and', or a participle before a
    # noun keep their counted noun
    assert count_layer("The ministry said 44 people were killed and 130 wounded civilians were taken to hospital.") == (
        [("44", "killed"), ("130", "injured")], [("44", "people"), ("130", "wounded civilians")])
    assert count_layer("The clinic treated 40 children and 12 wounded in the attack.") == (
        [("40", "injured"), ("12", "injured")], [("40", "children"), ("12", "wounded")])
    assert count_layer("Rebels were defeated and 300 displaced families returned.") == (
        [("300", "displaced")], [("300", "displaced families")])


def test_a_count_of_things_counts_each_conjunct():
    # G40: a COUNT may count several conjuncts; plural things coordinated with the
    # first counted noun are COUNTED spans of their own
    assert count_layer("Residents described hundreds of cars, pickup trucks and tractors on the road.") == (
        [("hundreds", "other")], [("hundreds", "cars"), ("hundreds", "pickup trucks"), ("hundreds", "tractors")])
    assert count_layer("They brought 40 tents and blankets to the camp.") == (
        [("40", "other")], [("40", "tents"), ("40", "blankets")])
    # a list with no 'and' before its last item, a new clause after a comma, and a
    # conjunct with its own figure are no conjuncts of the count
    assert count_layer("Dozens of tents, and aid workers said more were needed.") == (
        [("Dozens", "other")], [("Dozens", "tents")])
    assert count_layer("Dozens of vehicles and 300 people crossed.") == (
        [("Dozens", "other"), ("300", "evacuated")], [("Dozens", "vehicles"), ("300", "people")])


def test_a_counted_noun_run_stops_at_the_clause_verb():
    # G40: after a plural, a word that can be a verb and has no -s is the clause's
    # verb, not a second noun of what is counted ('fell' is also a noun)
    assert count_layer("Hundreds of shells fell on the villages.") == (
        [("Hundreds", "other")], [("Hundreds", "shells")])
    assert count_layer("Dozens of buses carrying evacuees stalled.") == (
        [("Dozens", "other")], [("Dozens", "buses")])
    # two plurals, or a noun with no verb reading after a plural, stay one phrase
    assert count_layer("Twelve arms dealers were arrested.") == (
        [("Twelve", "detained")], [("Twelve", "arms dealers")])
    assert count_layer("Thousands of relief supplies arrived.") == (
        [("Thousands", "other")], [("Thousands", "relief supplies")])


def test_a_percentage_after_by_is_a_change_of_a_measure():
    # G118: 'risen by 30 percent' measures a change of a price or fare, no COUNT
    for sentence in ("Prices for bread had risen by 30 percent in three weeks.",
                     "She pays a fare that has risen by nearly 40 per cent since last year."):
        assert count_layer(sentence) == ([], []), sentence
    # a share of a group after 'by', and a share with no 'by', stay COUNTs
    assert count_layer("The plan was backed by 30 percent of the families.") == (
        [("30 percent", "other")], [("30 percent", "families")])
    assert count_layer("About 30 percent of the families left.") == (
        [("About 30 percent", "evacuated")], [("About 30 percent", "families")])


def test_an_appeal_covered_by_a_percentage_is_a_measure():
    # G118: how much of an appeal's sum has come in ('only 15 percent covered', as
    # 'funded') is a share of money, no COUNT
    assert count_layer("We urge donors to fund the appeal, which is only 15 percent covered.") == ([], [])
    # a share of people as the subject of 'covered' stays a COUNT
    assert count_layer("About 60 percent covered their own costs.") == ([("About 60 percent", "other")], [])


def test_under_before_one_and_a_noun_is_a_preposition():
    # G73/G143: 'under one roof' is a place, not the bound 'fewer than one'
    assert count_layer("Children under one roof were counted twice.")[1] != [("under one", "roof")]
    assert all(c != "under one" for c, _ in count_layer("They already have ten people under one roof.")[0])
    # before a scale word, 'percent' or a ratio 'under' stays the bound
    assert count_layer("Under one million people remain in the city.") == (
        [("Under one million", "present")], [("Under one million", "people")])
    assert count_layer("Under one percent of the families left.") == (
        [("Under one percent", "evacuated")], [("Under one percent", "families")])


def test_self_review_sentences_where_the_new_rules_must_not_fire():
    # G256: a year or 'while' between the group and the figure opens a claim of its own
    assert count_layer("In 2019, 300 families returned, and in 2020, 150 were expected.") == (
        [("300", "evacuated"), ("150", "evacuated")], [("300", "families")])
    assert count_layer("The army said 20 soldiers died, while rebels said 15 were killed.") == (
        [("20", "killed"), ("15", "killed")], [("20", "soldiers")])
    # ... but a part released later is a part
    assert count_layer("Police arrested 30 protesters, and 12 were later released.") == (
        [("30", "detained"), ("12", "released")], [("30", "protesters"), ("12", "protesters")])
    # G41 gapping: 'wounded' before an auxiliary is the subject noun
    assert count_layer("Villages were shelled and 12 wounded were carried to the clinic.") == (
        [("12", "injured")], [("12", "wounded")])
    # G118: a change after 'by'; 'under one' before a noun of command; a second clause
    # after a counted plural is no conjunct
    assert count_layer("The camp population grew by 20 percent in a year.") == ([], [])
    assert count_layer("Soldiers serve under one command.") == ([], [])
    assert count_layer("Hundreds of families fled and dozens of homes burned.") == (
        [("Hundreds", "displaced"), ("dozens", "other")], [("Hundreds", "families"), ("dozens", "homes")])
