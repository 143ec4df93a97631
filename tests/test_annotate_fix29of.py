"""Review of annotator round twenty-nine's COUNT_OF and COUNT rules (issue 11) on new,
invented sentences only (never dev ones); each test reads the whole COUNT layer back
(categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_a_nominal_participle_before_needs_as_a_verb_is_a_share_of_people():
    # G75/G118: 'the wounded needs surgery' is a share of people with the verb 'needs';
    # only a whole that a verb, a closed-class word or punctuation follows is a measure
    assert count_layer("Nearly half of the wounded needs surgery.") == (
        [("Nearly half", "injured")], [("Nearly half", "wounded")])
    assert count_layer("About half of the displaced needs shelter and food.") == (
        [("About half", "displaced")], [("About half", "displaced")])
    assert count_layer("Half of the elderly needs care.") == ([("Half", "other")], [("Half", "elderly")])
    # the needs and funding themselves stay measures
    assert count_layer("A third of the local needs were met.") == ([], [])
    assert count_layer("Only 40 percent of the medical needs of the camp are covered.") == ([], [])
    assert count_layer("A quarter of its annual funding comes from Qatar.") == ([], [])
    assert count_layer("Half of the local needs, officials said, were unmet.") == ([], [])
    assert count_layer("Water trucking covers less than half of daily needs.") == ([], [])


def test_a_participle_after_a_counted_list_is_no_verb_of_saying():
    # G40: 'described as', 'claimed by', 'said to be' and a regular -ed form before a
    # preposition read as a participle after the last conjunct: every item is counted
    assert count_layer("Troops arrested 12 men, women and teenagers described as activists.") == (
        [("12", "detained")], [("12", "men"), ("12", "women"), ("12", "teenagers")])
    assert count_layer("Troops arrested 12 men, women and teenagers claimed by the group.") == (
        [("12", "detained")], [("12", "men"), ("12", "women"), ("12", "teenagers")])
    assert count_layer("Rebels freed 20 soldiers, officers and pilots said to be sick.") == (
        [("20", "released")], [("20", "soldiers"), ("20", "officers"), ("20", "pilots")])
    assert count_layer("They evacuated 40 civilians, nurses and doctors reported in the area.") == (
        [("40", "evacuated")], [("40", "civilians"), ("40", "nurses"), ("40", "doctors")])
    # 'said' before a clause end or a statement is still the sources' verb
    assert count_layer("Rebels freed 20 soldiers, officers and pilots said in a statement.") == (
        [("20", "released")], [("20", "soldiers")])
    assert count_layer("The UN moved 200 families, aid workers and local councils said.") == (
        [("200", "evacuated")], [("200", "families")])


def test_a_hard_line_wrap_after_a_figure_is_no_heading():
    # G40: a single line break before a lower-case word (a wrapped line of plain text)
    # does not end the figure's sentence; a heading's figure still counts nothing on the
    # next line (capitalised, or after a blank line)
    assert count_layer("Buses carried 300\ncivilians out of the town on Monday.") == (
        [("300", "evacuated")], [("300", "civilians")])
    assert count_layer("Evacuation: 40\nfamilies left Douma on Sunday.") == (
        [("40", "evacuated")], [("40", "families")])
    assert count_layer("Strike kills 40\nCivilians among dead, officials say.") == ([("40", "killed")], [])
    assert count_layer("Strike kills 40\n\nResidents said the market was full.") == ([("40", "killed")], [])
    assert count_layer("The toll rose to 40 -\nmost of them children.") == ([("40", "killed")], [])


def test_a_figure_in_a_larger_number_of_events_or_places_is_no_ratio():
    # G117/G40: 'N in M' is a ratio only where N can be a part of M (smaller);
    # 'killed 12 in three raids' counts people in a number of raids, not raids
    assert count_layer("The strikes killed 12 in three raids on Monday.") == (
        [("12", "killed"), ("three", "other")], [("three", "raids")])
    assert count_layer("The army arrested 30 in two villages and released them.") == (
        [("30", "detained"), ("two", "other")], [("two", "villages")])
    # a ratio still counts the noun after its M, or the group before it
    assert count_layer("Nearly four in five of the dead were civilians.") == (
        [("Nearly four", "killed"), ("five", "killed")], [("Nearly four", "dead"), ("five", "dead")])
    assert count_layer("Inspectors visited 40 schools in the district and found that about one in four had "
                       "been damaged.") == (
        [("40", "other"), ("about one", "other"), ("four", "other")],
        [("40", "schools"), ("about one", "schools"), ("four", "schools")])


def test_an_irregular_participle_after_a_counted_list_is_no_verb_of_saying():
    # G40: before a preposition only a form of 'say' is the sources' verb (its passive
    # takes no person as subject); 'found', 'put', 'heard' are participles after the last
    # conjunct, and every item stays counted
    assert count_layer("Troops detained 30 men, women and children found in the house.") == (
        [("30", "detained")], [("30", "men"), ("30", "women"), ("30", "children")])
    assert count_layer("Troops evacuated 30 men, women and children put on buses by the army.") == (
        [("30", "evacuated")], [("30", "men"), ("30", "women"), ("30", "children")])
    assert count_layer("Troops detained 30 men, women and teenagers heard in the recording.") == (
        [("30", "detained")], [("30", "men"), ("30", "women"), ("30", "teenagers")])
    # a clause end or 'that' after the cue is still a said-clause
    assert count_layer("Troops detained 30 men, residents and rights groups said, adding that some were beaten.") == (
        [("30", "detained")], [("30", "men")])


def test_a_comma_after_a_counted_list_that_opens_a_said_clause_is_no_apposition():
    # G40: 'X, Y and Z, officials said' counts the whole list (the comma opens the
    # said-clause); a list set off as an apposition still counts its first item alone
    assert count_layer("They evacuated 40 civilians, nurses and doctors, officials said.") == (
        [("40", "evacuated")], [("40", "civilians"), ("40", "nurses"), ("40", "doctors")])
    assert count_layer("Troops arrested 12 men, women and children, residents told Reuters.") == (
        [("12", "detained")], [("12", "men"), ("12", "women"), ("12", "children")])
    assert count_layer("Troops detained 30 men, women and children, a monitor said.") == (
        [("30", "detained")], [("30", "men"), ("30", "women"), ("30", "children")])
    assert count_layer("The war killed thousands of Ukrainians, soldiers and civilians alike, officials said.") == (
        [("thousands", "killed")], [("thousands", "Ukrainians")])
    assert count_layer("The war has displaced 300 Ukrainians, Russians and Belarusians, all of them civilians.") == (
        [("300", "displaced")], [("300", "Ukrainians")])


def test_a_measured_whole_before_a_plural_measured_whole_is_one_measure():
    # G118: 'funding needs', 'money needs' (a whole before another, plural, whole) are
    # one measure; a supply noun after 'needs' is its object, and 'the wounded needs
    # food' stays a share of people
    assert count_layer("About half of the funding needs were met.") == ([], [])
    assert count_layer("A third of the money needs to be returned.") == ([], [])
    assert count_layer("Nearly half of the wounded needs food.") == (
        [("Nearly half", "injured")], [("Nearly half", "wounded")])


def test_a_name_and_a_common_noun_before_a_possessive_are_one_possessor():
    # G40/G75: 'the al-Hol camp's residents', 'an al-Qaeda affiliate's commanders': the
    # name and its common noun possess; the count counts the possessed noun
    assert count_layer("Two of the al-Hol camp's 60,000 residents left.") == (
        [("Two", "evacuated"), ("60,000", "evacuated")], [("Two", "residents"), ("60,000", "residents")])
    assert count_layer("Two of an al-Qaeda affiliate's commanders were killed.") == (
        [("Two", "killed")], [("Two", "commanders")])
    # a figure after the possessive with no plural after it counts no possessed noun for
    # the share before it (a year: 'the town's 2019 population')
    assert count_layer("About half of the town's 2019 population fled.")[1] == [("2019", "population")]
    assert count_layer("About half of al-Qusour's 12,000 residents fled.") == (
        [("About half", "displaced"), ("12,000", "displaced")],
        [("About half", "residents"), ("12,000", "residents")])
