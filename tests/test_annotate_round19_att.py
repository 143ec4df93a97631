"""Round nineteen of the annotator, attribution layer (issue 11): invented sentences only,
never dev ones.

Each test drafts a sentence written for the test and reads the whole attribution layer
back with tests/sentences.py's ``records``; beside each rule, sentences where it must not
fire.
"""

from __future__ import annotations

from sentences import records


def test_a_head_count_by_people_on_the_spot_is_no_attribution():
    # G176: people who count heads where they stand (a crew, staff, volunteers, the
    # speaker) perform the count and state nothing: no record, wherever the count is.
    assert records("His crew had counted between 30 and 40 dead by nightfall.") == []
    assert records("Clinic staff counted 18 wounded, four of them children.") == []
    assert records('"I counted nine trucks on the road," the driver said.') == [
        ("the driver", "said", "I counted nine trucks on the road")]
    # must not fire: an agency, a report or officials giving a figure they counted
    assert records("The monitoring group counted 212 dead.") == [
        ("The monitoring group", "counted", "212 dead")]
    assert records("Provincial officials have counted about 9,000 arrivals.") == [
        ("Provincial officials", "counted", "about 9,000 arrivals")]


def test_a_characterisation_with_as_is_a_record_without_a_quotation():
    # G83: 'described X as Y', 'dismissed X as Y', 'rejected X as Y': CUE the verb and
    # 'as', CONTENT the characterisation Y, quoted or not, to the clause's end.
    assert records("The governor described the shelling as a deliberate attack on civilians.") == [
        ("The governor", "described as", "a deliberate attack on civilians")]
    assert records("The army dismissed the reports as false.") == [
        ("The army", "dismissed as", "false")]
    assert records("The minister has rejected the findings as based on rumour, and the UN has said "
                   "that it will look again.") == [
        ("The minister", "rejected as", "based on rumour"),
        ("the UN", "said", "it will look again")]
    assert records("A spokesman described it as a mistake when he visited the camp.") == [
        ("A spokesman", "described as", "a mistake")]
    assert records('The council described the fighters as "terrorists".') == [
        ("The council", "described as", "terrorists")]
    # must not fire: 'as' opening a clause, 'as well as', a noun phrase without 'as' (G197)
    assert records("Drivers described the road as they remembered it.") == []
    assert records("Drivers described the bridge as well as the road.") == []
    assert records("Drivers described a bridge packed with carts.") == []
    # a verb of the list without 'as' keeps its other frames; G44's condemned X as "Y"
    # keeps its cue without 'as'
    assert records("Provincial officials reject that account.") == [
        ("Provincial officials", "reject", "that account")]
    assert records('Aid groups condemned the deal as "forced removal".') == [
        ("Aid groups", "condemned", "forced removal")]
