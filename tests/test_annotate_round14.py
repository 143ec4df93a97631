"""Round fourteen of the annotator (issue 11): invented sentences only, never dev ones.

Each test drafts a sentence written for the test and reads one layer back with the
helpers of tests/sentences.py; beside each rule, sentences where it must not fire.
"""

from __future__ import annotations

from sentences import doc, records, spans


def test_sole_adjective_after_the_or_a_possessive_stays_in_the_mention():
    # G235, G236, G259: after 'the' or a possessive, 'only', 'single', 'one' mean sole.
    assert spans("It is the only clinic in the valley.", "LOCATION") == ["only clinic", "valley"]
    assert spans("Flights went to the capital's only working airport.", "LOCATION") == [
        "capital", "only working airport"]
    assert spans("The one paved road is shelled.", "LOCATION") == ["one paved road"]
    assert spans("They took the single road out of the valley.", "LOCATION") == ["single road", "valley"]
    assert spans("The town's sole doctor fled.", "ACTOR") == ["sole doctor"]
    # G259: the sole 'one' is no COUNT; G143's contrastive 'only one' is (the other layers of the sentences, too)
    assert spans("The one paved road is shelled.", "COUNT") == []
    assert spans("Her one tent was flooded.", "COUNT") == []
    assert spans("He had only one tent.", "COUNT") == ["one"]
    assert spans("The town's sole doctor fled.", "LOCATION") == ["town"]
    assert spans("They slept in a single tent near the river.", "COUNT") == []


def test_single_after_a_and_adverb_only_stay_out_of_the_mention():
    # G236: 'a single' counts one and goes with the article; G235: the adverb 'only' is in no span.
    assert spans("They slept in a single tent near the river.", "LOCATION") == ["tent", "river"]
    assert spans("Not a single doctor stayed.", "ACTOR") == ["doctor"]
    assert spans("Only the river was open.", "LOCATION") == ["river"]
    assert spans("He had only one tent.", "LOCATION") == ["tent"]


def test_one_after_her_as_the_object_of_a_verb_of_telling_or_giving_stays_out():
    # fix14: 'her' after 'told', 'gave', 'offered' is an object; the 'one' after it counts one (G35), not 'only'.
    assert spans("The soldiers told her one son had been killed.", "ACTOR") == ["soldiers", "son"]
    assert spans("The agency offered her one tent.", "LOCATION") == ["tent"]
    assert spans("She lost her one son in the strike.", "ACTOR") == ["one son"]
    assert spans("Officials told her only son to leave.", "ACTOR") == ["Officials", "only son"]


def _count_of(text: str) -> list[tuple[str, str]]:
    drafted = doc(text)
    by = {s.id: s.text for s in drafted.spans}
    return [(by[r.count], by[r.target]) for r in drafted.relations if r.type == "COUNT_OF"]


def test_figure_after_at_or_to_counts_the_noun_after_the_number_of():
    # A bare figure 'at N' / 'to N' gives the size of what 'the number of X' or a figure verb's object names.
    assert _count_of("The ministry put the number of dead higher, at 64.") == [("64", "dead")]
    assert _count_of("The strikes brought the number of civilians killed since May to more than 280, "
                     "officials said.") == [("more than 280", "civilians")]
    assert _count_of("The agency puts the number of displaced people in the camps at closer to 200,000.") == [
        ("closer to 200,000", "displaced people")]
    assert _count_of("The coalition puts civilian dead at 105.") == [("105", "civilian dead")]


def test_figure_after_at_or_to_without_a_measured_noun_counts_nothing():
    assert _count_of("The toll rose to 300.") == []
    assert _count_of("The number of families fell, and aid rose to 40.") == []
    assert _count_of("They counted the checkpoints and stopped at 17.") == []
    assert _count_of("The army put the number of gunmen at 300 fighters.") == [("300", "fighters")]


def test_figure_after_at_or_to_counts_every_coordinated_noun_after_the_number_of():
    # fix14: 'the number of X and Y' gives the size of both, as a count before 'X and Y' counts both (G40).
    assert _count_of("The number of wounded doctors and nurses rose to 15.") == [
        ("15", "wounded doctors"), ("15", "nurses")]
    assert _count_of("Medics put the number of wounded civilians and fighters at 70.") == [
        ("70", "wounded civilians"), ("70", "fighters")]
    assert _count_of("The number of civilians in the town and its suburbs rose to 300.") == [("300", "civilians")]


def test_figure_after_at_or_to_in_a_second_clause_counts_nothing():
    # fix14: a 'to N' that belongs to a second clause with its own subject and verb measures nothing of 'the number of'.
    assert _count_of("The number of displaced people rose after the clashes spread to 12.") == []
    assert _count_of("The number of families in the camp grew as shelling moved closer to 40.") == []
    assert _count_of("The number of families fell and aid rose to 40.") == []
    # a phrase after 'after' or 'since', or a hedge after 'as', opens no clause
    assert _count_of("The number of dead rose after the strike on the market to 64.") == [("64", "dead")]
    assert _count_of("The number of dead, as counted by the ministry, rose to 64.") == [("64", "dead")]
    # the object of a verb before it keeps its 'to' past a clause inside the object; a verb of saying has a subject
    assert _count_of("The strikes killed 16, bringing the number of civilians killed since the offensive began "
                     "in May to more than 280.") == [("more than 280", "civilians")]
    assert _count_of("Officials said the number of displaced people rose after the clashes spread to 12.") == []


def test_figure_content_runs_on_over_a_breakdown_or_hedge_of_the_figure():
    # G116: the content of a figure verb keeps a rider after the figure's comma.
    assert records("The governor put the toll at 50, five of them children.") == [
        ("The governor", "put", "the toll at 50, five of them children")]
    assert records("A review by the group put the toll at no fewer than 30, including 13 staff.") == [
        ("A review by the group", "put", "the toll at no fewer than 30, including 13 staff")]


def test_figure_content_stops_at_a_comma_before_a_new_clause_or_comment():
    assert records("The governor put the toll at 50, and aid workers said more had died.") == [
        ("The governor", "put", "the toll at 50"), ("aid workers", "said", "more had died")]
    assert records("The ministry put the toll at 50, a figure that could not be verified.") == [
        ("The ministry", "put", "the toll at 50")]


def test_figure_content_stops_before_a_comment_or_explanation_opened_by_a_rider_word():
    # fix14: a hedge word keeps its rider only before another figure or a comparative; an inclusion word not
    # before a clause or a superlative; a dash ends the rider.
    put = ("The ministry", "put", "the toll at 50")
    assert records("The ministry put the toll at 50, possibly because bodies were still under the rubble.") == [put]
    assert records("The ministry put the toll at 50, probably the highest in a single day this year.") == [put]
    assert records("The ministry put the toll at 50, among the highest of the war.") == [put]
    assert records("The ministry put the toll at 50, mostly because the shelling hit a market.") == [put]
    assert records("The ministry put the toll at 50, mostly children - a figure the army disputed.") == [
        ("The ministry", "put", "the toll at 50, mostly children")]
    assert records("The ministry put the toll at 50, perhaps as many as 60.") == [
        ("The ministry", "put", "the toll at 50, perhaps as many as 60")]
    assert records("The agency puts the number at closer to 600, and possibly higher.") == [
        ("The agency", "puts", "the number at closer to 600, and possibly higher")]
