"""Annotator round twenty-three, COUNT categories (issue 11): invented sentences only,
never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer


def test_kin_after_a_possessive_with_no_verb_take_their_peoples_situation():
    # G305: 'her four grandchildren' with no verb of theirs share the situation of the
    # person they go with, read from the paragraph's count before them
    assert count_layer(FLIGHT_STORY + "In the camp, Amina sat on a mat with her four grandchildren.") == (
        [("Thousands", "displaced"), ("four", "displaced")], [("Thousands", "families"), ("four", "grandchildren")])
    assert count_layer(EVACUATION_STORY + "About 900 people were evacuated. A woman waited by the road with her two sons.") == (
        [("About 900", "evacuated"), ("two", "evacuated")], [("About 900", "people"), ("two", "sons")])
    # must not fire: the kin as the subject of a clause of their own, what someone has
    # that is not kin, and a verb of the kin's own fate
    assert count_layer(FLIGHT_STORY + "Her three sons work at the bakery.") == (
        [("Thousands", "displaced"), ("three", "other")], [("Thousands", "families"), ("three", "sons")])
    assert count_layer(FLIGHT_STORY + "The charity runs its two clinics near the border.") == (
        [("Thousands", "displaced"), ("two", "other")], [("Thousands", "families"), ("two", "clinics")])
    assert count_layer(FLIGHT_STORY + "A shell killed her two brothers.") == (
        [("Thousands", "displaced"), ("two", "killed")], [("Thousands", "families"), ("two", "brothers")])
    # self-review: verbs that say nothing of where the kin are, negation, other senses of 'with'
    for sentence, noun in (("She did not see her two sons again.", "sons"),
                           ("He named his two daughters after flowers.", "daughters"),
                           ("She misses her two brothers, who live in Canada.", "brothers"),
                           ("She did not travel with her two sons.", "sons"),
                           ("He spoke by phone with his two brothers in Germany.", "brothers"),
                           ("She was angry with her two daughters.", "daughters"),
                           ("Every morning she wakes her two children.", "children")):
        assert count_layer(FLIGHT_STORY + sentence) == (
            [("Thousands", "displaced"), ("two", "other")], [("Thousands", "families"), ("two", noun)]), sentence


def test_a_figure_added_by_along_with_shares_the_figure_before_it():
    # G77: ', along with N' adds people to the figure before it in the sentence, as
    # 'including N' does: the same predicate
    assert count_layer("The monitor counted nearly 200 militants killed, along with about 60 civilians.") == (
        [("nearly 200", "killed"), ("about 60", "killed")], [("nearly 200", "militants"), ("about 60", "civilians")])
    assert count_layer("Some 300 fighters were aboard the buses, together with thousands of women and children.") == (
        [("Some 300", "evacuated"), ("thousands", "evacuated")],
        [("Some 300", "fighters"), ("thousands", "women"), ("thousands", "children")])
    # must not fire: a figure in another sentence, a predicate of its own, things
    assert count_layer("Three soldiers were killed on Monday. A colonel arrived, along with 20 bodyguards.") == (
        [("Three", "killed"), ("20", "other")], [("Three", "soldiers"), ("20", "bodyguards")])
    assert count_layer("Forty families fled, along with dozens of aid workers who stayed to help.") == (
        [("Forty", "displaced"), ("dozens", "other")], [("Forty", "families"), ("dozens", "aid workers")])
    assert count_layer("Five people were killed, along with 30 goats.") == (
        [("Five", "killed"), ("30", "other")], [("Five", "people"), ("30", "goats")])


def test_people_stuck_somewhere_are_present():
    # G39: 'stuck', like 'stranded', holds people up where the events are
    assert count_layer("Thousands are still stuck near the harbour, and the shelling has not stopped.") == (
        [("Thousands", "present")], [])
    assert count_layer("Some 200 people were stuck at the checkpoint overnight.") == (
        [("Some 200", "present")], [("Some 200", "people")])
    # must not fire: the idioms of keeping to something, and things
    assert count_layer("Some 40 delegates stuck to their demands.") == (
        [("Some 40", "other")], [("Some 40", "delegates")])
    assert count_layer("The 12 negotiators stuck with the deal.") == ([("12", "other")], [("12", "negotiators")])
    assert count_layer("The 30 trucks were stuck in the mud.") == ([("30", "other")], [("30", "trucks")])


def test_a_population_before_the_war_is_present():
    # G39/G304: 'had N residents before the war' counts the people who were there
    assert count_layer("Kemi had roughly 60,000 residents before the war.") == (
        [("roughly 60,000", "present")], [("roughly 60,000", "residents")])
    assert count_layer(FLIGHT_STORY + "The camp sheltered roughly 20,000 people before the war.") == (
        [("Thousands", "displaced"), ("roughly 20,000", "present")],
        [("Thousands", "families"), ("roughly 20,000", "people")])
    # must not fire: a verb of another category, and lodging with no 'before the war'
    assert count_layer("Militias killed 200 people before the war.") == ([("200", "killed")], [("200", "people")])
    assert count_layer(FLIGHT_STORY + "The camp sheltered 5,000 people.") == (
        [("Thousands", "displaced"), ("5,000", "displaced")], [("Thousands", "families"), ("5,000", "people")])


def test_self_review_of_the_rounds_rules_on_sentences_where_they_must_not_fire():
    # ', along with' after a date or a year in another sentence's story: no figure joined
    assert count_layer("Ten people were killed on Monday. Talks began in 2019, along with 30 delegates.") == (
        [("Ten", "killed"), ("30", "other")], [("Ten", "people"), ("30", "delegates")])
    assert count_layer("Ten people were killed on Monday. Talks began on 12 March, along with 30 delegates.") == (
        [("Ten", "killed"), ("30", "other")], [("Ten", "people"), ("30", "delegates")])
    # 'stuck' in its idioms of keeping together or to someone
    assert count_layer("The 20 volunteers stuck together through the night.") == (
        [("20", "other")], [("20", "volunteers")])
    assert count_layer("Some 30 officers stuck by their commander.") == ([("Some 30", "other")], [("Some 30", "officers")])
    # a figure of things before the war is no population
    assert count_layer("Kemi had 3 hospitals before the war.") == ([("3", "other")], [("3", "hospitals")])
