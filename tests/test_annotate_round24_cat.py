"""Annotator round twenty-four, COUNT categories (issue 11): invented sentences only,
never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import EVACUATION_STORY, FLIGHT_STORY, count_layer

# A paragraph break after the story's first sentence: the figure has no count before it
# in its paragraph, so only the story's situation (its topic) can give it one.
NEW_PARAGRAPH = "The rain stopped.\n\n"


def test_a_civilian_group_with_no_category_word_takes_the_storys_situation():
    # G145, G155, G304: people sheltering away from home in a story of flight are
    # displaced even where their own sentence says only where they spend the night
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH
                       + "In the evening, between 300 and 400 families spent the night at the cathedral.") == (
        [("Thousands", "displaced"), ("between 300 and 400", "displaced")],
        [("Thousands", "families"), ("between 300 and 400", "families")])
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + "The mayor keeps a list of the 300 residents of his street.") == (
        [("Thousands", "displaced"), ("300", "displaced")], [("Thousands", "families"), ("300", "residents")])
    assert count_layer(EVACUATION_STORY + "About 900 people were evacuated.\n\n"
                       + "A dozen families waited at the gate for hours.") == (
        [("About 900", "evacuated"), ("A dozen", "evacuated")], [("About 900", "people"), ("A dozen", "families")])


def test_the_civilian_group_fallback_must_not_fire():
    # another group (soldiers), things, a preposition's phrase (a capacity, a target),
    # a predicate of no situation, a negation, present-tense 'remain', and a story whose
    # topic is a fate (an exchange of prisoners), not a situation
    for sentence, count, noun, category in (
            ("The town had 300 soldiers.", "300", "soldiers", "other"),
            ("The charity bought 300 tents.", "300", "tents", "other"),
            ("Aid workers said tents had been set up for about 300 families.", "about 300", "families", "other"),
            ("Witnesses said a jet dropped bombs on roughly 300 people.", "roughly 300", "people", "other"),
            ("Dozens of families needed treatment.", "Dozens", "families", "other"),
            ("Dozens of families did not wait.", "Dozens", "families", "other"),
            ("About 500 families remain in the old town.", "About 500", "families", "present")):
        assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + sentence) == (
            [("Thousands", "displaced"), (count, category)], [("Thousands", "families"), (count, noun)]), sentence
    assert count_layer("Some 200 prisoners were exchanged on the bridge.\n\n"
                       "Hundreds of families have waited years for this day.") == (
        [("Some 200", "released"), ("Hundreds", "other")], [("Some 200", "prisoners"), ("Hundreds", "families")])


def test_a_clinics_caseload_with_no_harm_named_is_other():
    # G179: people a clinic treats with no harm of violence named are its caseload,
    # 'other', which the story's situation (flight) does not override
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + "He added that hundreds more were being treated as outpatients.") == (
        [("Thousands", "displaced"), ("hundreds", "other")], [("Thousands", "families")])
    # must not fire: a harm of violence named, and a figure with no verb of care
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + "He said 40 were treated for burns.") == (
        [("Thousands", "displaced"), ("40", "injured")], [("Thousands", "families")])
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + "He said hundreds more were still arriving.") == (
        [("Thousands", "displaced"), ("hundreds", "displaced")], [("Thousands", "families")])


def test_self_review_of_the_rounds_rules_on_sentences_where_they_must_not_fire():
    # the civilian-group fallback: the object of a verb of no category (a survey, a
    # census), and a company verb in another sense (money spent, news waited for, an
    # exam sat) say nothing of where the people are; a night spent in a shelter does
    for sentence, count, noun, category in (
            ("The survey asked 1,000 residents about the election.", "1,000", "residents", "other"),
            ("In 2010 the census counted 40,000 residents.", "40,000", "residents", "other"),
            ("About 300 families spent their savings on rent.", "About 300", "families", "other"),
            ("Some 300 people waited for news of the match.", "Some 300", "people", "other"),
            ("The 40 residents sat an exam.", "40", "residents", "other"),
            ("About 300 families spent the night in the shelter.", "About 300", "families", "displaced")):
        assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + sentence) == (
            [("Thousands", "displaced"), (count, category)], [("Thousands", "families"), (count, noun)]), sentence
    # the caseload: 'treated' in another sense gives no category either ('other')
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH + "He said 40 were treated unfairly by the club.") == (
        [("Thousands", "displaced"), ("40", "other")], [("Thousands", "families")])


def test_the_targets_strikes_hit_are_things():
    # G77: a figure of things is 'other' whatever the verb; the targets of strikes are
    # things, as the bombs and shells that hit them are
    assert count_layer(FLIGHT_STORY + NEW_PARAGRAPH
                       + "Most of them left on Monday, when warplanes hit hundreds of targets across the south.") == (
        [("Thousands", "displaced"), ("hundreds", "other")], [("Thousands", "families"), ("hundreds", "targets")])
    # must not fire: people after a figure of no noun of things keep the verb's category
    assert count_layer("Warplanes hit the market and killed 12 shoppers.") == (
        [("12", "killed")], [("12", "shoppers")])
