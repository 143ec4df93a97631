"""Annotator round twenty-nine, COUNT_OF and COUNT spans (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and
COUNT_OF pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_a_share_of_a_possessor_counts_the_possessed_noun():
    # G40, G75: 'N of X's Y' counts Y, also where the possessor is a name with a
    # lower-case Arabic article ('al-Qusour's')
    assert count_layer("Officials said about two-thirds of al-Qusour's families chose to stay.") == (
        [("about two-thirds", "present")], [("about two-thirds", "families")])
    # a figure of the possessed between: the noun both count (the ratio's two figures too)
    assert count_layer("He said fewer than one in five of the town's roughly 20,000 people remained.") == (
        [("fewer than one", "present"), ("five", "present"), ("roughly 20,000", "present")],
        [("fewer than one", "people"), ("five", "people"), ("roughly 20,000", "people")])
    # a capitalised possessor, as before
    assert count_layer("About half of Homs's residents chose to stay.") == (
        [("About half", "present")], [("About half", "residents")])
    # no possessive: the name itself is what is counted
    assert count_layer("Two of al-Qaeda's commanders were killed.") == (
        [("Two", "killed")], [("Two", "commanders")])


def test_a_ratio_with_no_noun_of_its_own_counts_the_group_before_it():
    # G117, G256: 'one in four' after a figure of a group counts the group's noun, both
    # figures, also where the group is of things (a share, as a fraction is)
    assert count_layer("Inspectors visited 40 schools in the district and found that about one in four had "
                       "been damaged.") == (
        [("40", "other"), ("about one", "other"), ("four", "other")],
        [("40", "schools"), ("about one", "schools"), ("four", "schools")])
    assert count_layer("Medics screened nearly 8,000 children and almost one in four was malnourished.") == (
        [("nearly 8,000", "other"), ("almost one", "other"), ("four", "other")],
        [("nearly 8,000", "children"), ("almost one", "children"), ("four", "children")])
    # a ratio with its own noun after 'of' counts that noun, not the group before
    assert count_layer("Nearly four in five of the dead were civilians.") == (
        [("Nearly four", "killed"), ("five", "killed")], [("Nearly four", "dead"), ("five", "dead")])
    # a plain figure after a group of things is no part of it (G256 reads people only)
    assert count_layer("Police seized 40 trucks and 12 were carrying weapons.") == (
        [("40", "other"), ("12", "evacuated")], [("40", "trucks")])


def test_a_figure_after_a_full_month_name_ending_a_sentence_is_a_count():
    # G35/G79: only an abbreviated month's full stop ('Aug. 25') stands inside a date;
    # after a full month name the stop ends the sentence and the next figure counts
    # (G256: its group is in the sentence before, so no COUNT_OF)
    assert count_layer("About 3,000 people have fled since March. Roughly half arrived in the past week.") == (
        [("About 3,000", "displaced"), ("Roughly half", "displaced")], [("About 3,000", "people")])
    # an abbreviation's day stays a date
    assert count_layer("The strike came on Aug. 25 and killed 12 people.") == ([("12", "killed")], [("12", "people")])
    assert count_layer("The convoy left on Sept. 3, officials said.") == ([], [])


def test_a_figure_ending_a_heading_counts_nothing_on_the_next_line():
    # G40, G41: the counted noun stands in the figure's own segment; a heading's last
    # figure does not count the next paragraph's first mention
    assert count_layer("Strike kills 40\n\nResidents said the market was full.") == ([("40", "killed")], [])
    # (round 36: the heading's own measured noun, written in the figure's segment, is
    # what its figure counts, G40, G116: the Mosul al-Jadida gold's 'puts civilian dead
    # at [105]'; the next paragraph's 'people' still is not)
    assert count_layer("Monitors put civilian dead at 40\n\nLocal officials say more people died.") == (
        [("40", "killed")], [("40", "civilian dead")])
    # a mention in the figure's own sentence is still counted
    assert count_layer("The strike killed 40 residents, officials said.") == (
        [("40", "killed")], [("40", "residents")])


def test_a_list_after_a_counted_object_that_a_verb_of_saying_follows_is_its_source():
    # G40: 'X, Y and Z said' after a counted object: Y and Z are the said-clause's
    # sources, not more of what is counted (the wounded flown out are evacuated, G351)
    assert count_layer("Helicopters flew out dozens of wounded civilians, residents and local officials said.") == (
        [("dozens", "evacuated")], [("dozens", "wounded civilians")])
    # a list that opens its clause is counted as a whole, and speaks
    assert count_layer("Dozens of residents, activists and officials said they had been warned.") == (
        [("Dozens", "other")], [("Dozens", "residents"), ("Dozens", "activists"), ("Dozens", "officials")])
    # a whole list with no verb of saying after it keeps each item
    assert count_layer("The shelling killed 30 soldiers, fighters and civilians.") == (
        [("30", "killed")], [("30", "soldiers"), ("30", "fighters"), ("30", "civilians")])


def test_a_hyphenated_adjective_before_the_counted_noun_stays_in_its_run():
    # G40: a lower-case compound adjective ('shut-down', 'war-damaged') between the
    # figure and its plural is part of the counted noun phrase
    assert count_layer("Engineers must look after six shut-down reactors.") == (
        [("six", "other")], [("six", "shut-down reactors")])
    assert count_layer("Shelling hit 12 war-damaged schools.") == (
        [("12", "other")], [("12", "war-damaged schools")])
    # a hyphenated verb is still no noun ('re-entered')
    assert count_layer("About 300 families re-entered the town.") == (
        [("About 300", "other")], [("About 300", "families")])


def test_a_fraction_or_percentage_of_money_water_or_needs_is_a_measure():
    # G118: a share of a measured whole (money, funds, needs; a supply such as water,
    # also past a possessor or an adjective) is no COUNT, for fractions as for percentages
    assert count_layer("Water trucking covers less than half of daily needs.") == ([], [])
    assert count_layer("Only about a third of the money sought has arrived.") == ([], [])
    assert count_layer("The spring provides 70 percent of the city's water.") == ([], [])
    # a share of people stays a COUNT, also past a possessor with a verb 'needs' after it
    assert count_layer("Nearly a third of the town's residents fled.") == (
        [("Nearly a third", "displaced")], [("Nearly a third", "residents")])
    assert count_layer("More than 90 percent of the region's population needs food.") == (
        [("More than 90 percent", "present")], [("More than 90 percent", "population")])


def test_self_review_sentences_where_the_new_rules_must_not_fire():
    # said_by: a participle after the list ('reported missing') is no verb of saying;
    # 'said on Monday' still is
    assert count_layer("They evacuated 40 civilians, nurses and doctors reported missing last week.") == (
        [("40", "evacuated")], [("40", "civilians"), ("40", "nurses"), ("40", "doctors")])
    assert count_layer("The army moved 30 families, residents and local officials said on Monday.") == (
        [("30", "other")], [("30", "families")])
    # _share_of_a_whole: a whole that modifies a plural ('special needs pupils') is no
    # measure; a budget with an adjective is
    assert count_layer("A third of the special needs pupils left.")[0] == [("A third", "evacuated")]
    assert count_layer("About half of the annual budget was spent.") == ([], [])
    assert count_layer("About half of the annual displaced were children.") == ([("About half", "displaced")], [])
    # possessed: no possessive, the name is counted; a possessor with a figure after it
    assert count_layer("Half of al-Qusour was destroyed.") == ([("Half", "other")], [("Half", "al-Qusour")])
    assert count_layer("Three of Aleppo's 12 hospitals remain open.") == (
        [("Three", "other"), ("12", "other")], [("Three", "hospitals"), ("12", "hospitals")])
    # ratio: a ratio with its own noun after 'of' counts that noun, not the group before
    assert count_layer("Some 40 buses left; one in four of the passengers were children.") == (
        [("Some 40", "other"), ("four", "evacuated")], [("Some 40", "buses"), ("four", "passengers")])
    assert count_layer("The army said 12 soldiers died; one in three people had fled the town.") == (
        [("12", "killed"), ("three", "displaced")], [("12", "soldiers"), ("three", "people")])
    # months: an abbreviation's day is still a date; a full name's stop ends the sentence
    assert count_layer("The decree of Jan. 12 families were told to leave.") == ([], [])
    assert count_layer("Fighting continued through June. Nearly 40 families fled.") == (
        [("Nearly 40", "displaced")], [("Nearly 40", "families")])
    # run_word: a hyphenated figure is no word of the noun run
    assert count_layer("He gave 20-30 blankets.") == ([("20-30", "other")], [("20-30", "blankets")])
