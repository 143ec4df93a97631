"""Annotator round twenty-five, COUNT spans and categories (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs) or each figure's text, value, modifier and category."""

from __future__ import annotations

from sentences import EVACUATION_STORY, count_layer, doc


def _counts(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """Each drafted COUNT as (text, value, modifier, category)."""
    return [(s.text, s.value, s.modifier, s.category) for s in doc(text).spans if s.label == "COUNT"]


def test_a_part_in_quotation_marks_shares_the_figure_it_is_part_of():
    # G77: 'including' / 'among them' make the figure after them a part of the count
    # before, with its category; a quotation mark opening the quoted figure does not
    # break the phrase ('among them "about 90 fighters" who had handed over their rifles')
    assert count_layer(EVACUATION_STORY + "Officials said more than 800 people boarded the buses, among them "
                       "\"about 90 fighters\" who had handed over their rifles.") == (
        [("more than 800", "evacuated"), ("about 90", "evacuated")],
        [("more than 800", "people"), ("about 90", "fighters")])
    assert count_layer("Officials said 40 people were killed, including \u201cat least 12 children\u201d "
                       "who had sheltered in the school.") == (
        [("40", "killed"), ("at least 12", "killed")], [("40", "people"), ("at least 12", "children")])


def test_nearer_and_well_above_are_hedges_inside_the_span():
    # G274: 'nearer N' and 'nearer to N', the comparative of 'near', are approximately,
    # like G159's 'closer to N'; 'well above' is the hedge 'above' made stronger, as
    # 'well over' is 'over'
    assert _counts("Monitors put the total nearer 3,000.") == [("nearer 3,000", 3000, "approximately", "other")]
    assert _counts("A local official said the real figure was nearer to 12,000.") == [
        ("nearer to 12,000", 12000, "approximately", "other")]
    assert _counts("Medics said well above 150 people were killed.") == [
        ("well above 150", 150, "more_than", "killed")]


def test_a_share_of_money_funded_is_no_count():
    # G118: a percentage of an appeal's or plan's money is a measure, not a COUNT
    for sentence in ("Our appeal for the region is only 18% funded.",
                     "The plan was barely 25 percent funded by June.",
                     "The response plan is funded at 30 percent."):
        assert count_layer(sentence) == ([], []), sentence
    # a share of people or things that are funded stays a COUNT
    assert count_layer("Some 30 percent of the schools are funded by the state.") == (
        [("Some 30 percent", "other")], [("Some 30 percent", "schools")])


def test_a_quote_before_a_figure_must_close_nothing():
    # only an opening quotation mark glued to the figure is skipped: a closing one after
    # 'among them' ends a quotation, and the figure after it is no part of the count before
    assert count_layer("He said 40 people were killed, \"and the children were among them\" "
                       "12 survivors told us later.") == (
        [("40", "killed"), ("12", "other")], [("40", "people"), ("12", "survivors")])
    # nor does a quoted figure with no 'including' or 'among them' before it share anything
    assert count_layer("Officials said 12 people were killed. Among the survivors, \u201cabout 30 children\u201d "
                       "are now sheltering in the school.") == (
        [("12", "killed"), ("about 30", "present")], [("12", "people"), ("about 30", "children")])


def test_closer_and_nearer_after_a_verb_of_approach_are_no_hedge():
    # 'moved closer to 20 villages' says where something moved: the villages are counted
    # exactly; a bare figure after such a verb ('the toll came closer to 300') is still
    # the rising figure G159 hedges, and 'put the figure closer to N' stays a hedge
    for sentence, count in (("The front line moved closer to 20 villages.", ("20", 20, "exact", "other")),
                            ("The front line moved nearer to 20 villages.", ("20", 20, "exact", "other")),
                            ("The fighting crept nearer 12 schools in the east.", ("12", 12, "exact", "other")),
                            ("The toll came closer to 300 by Friday.",
                             ("closer to 300", 300, "approximately", "killed")),
                            ("The army put the figure closer to 14,000.",
                             ("closer to 14,000", 14000, "approximately", "other"))):
        assert _counts(sentence) == [count], sentence


def test_a_share_of_people_who_fund_something_stays_a_count():
    # the funding exclusion reads only the complement of 'be' ('is only 18% funded'): a
    # share of people as the subject of the active verb, or before a reduced relative
    # with its agent, counts people
    assert count_layer("Of the 300 families surveyed, about 60 percent funded their own repairs.")[0] == [
        ("300", "other"), ("about 60 percent", "other")]
    assert count_layer("Of the 300 families surveyed, about 60 percent financed the journey with loans.")[0] == [
        ("300", "other"), ("about 60 percent", "other")]
    assert [t for t, _ in count_layer("Of the 300 families, 40 percent funded by relatives had left.")[0]] == [
        "300", "40 percent"]
    assert count_layer("The appeal was only about 65 percent funded at the end of August.") == ([], [])


def test_over_after_hand_or_turn_is_a_particle_not_a_bound():
    # 'handed over five soldiers': the phrasal verb's particle, not 'more than five';
    # the verb still takes the figure as its object (released)
    assert _counts("As part of the deal, the militants handed over five soldiers captured in the fighting.") == [
        ("five", 5, "exact", "released")]
    assert count_layer("The rebels handed over 300 prisoners.") == (
        [("300", "released")], [("300", "prisoners")])
    # other verbs before 'over' keep the bound ('took over 20 villages' is ambiguous,
    # 'handed out over 300 blankets' has its particle already)
    assert _counts("He handed out over 300 blankets.") == [("over 300", 300, "more_than", "other")]
    assert _counts("The army took over 20 villages.") == [("over 20", 20, "more_than", "other")]
    assert _counts("The crowd turned, over 300 of them, and ran.") == [("over 300", 300, "more_than", "other")]


def test_round25_self_review_sentences():
    # the particle rule on an intransitive 'turned over' (a measure or a later bound),
    # the share of a budget (a measure, G118), the quote rule and 'well above' with a unit
    assert _counts("The lorry turned over 200 yards from the gate, injuring 12 people.") == [
        ("12", 12, "exact", "injured")]
    assert _counts("The ferry turned over, and over 40 passengers drowned.") == [
        ("over 40", 40, "more_than", "killed")]   # (drowned: died, G39; the bound is what this tests)
    assert _counts("The town council handed over 40 percent of its budget to the militia.") == []
    assert _counts("The river rose well above 3 metres.") == []
    assert _counts("They said 40 people were killed, among them two soldiers.") == [
        ("40", 40, "exact", "killed"), ("two", 2, "exact", "killed")]
