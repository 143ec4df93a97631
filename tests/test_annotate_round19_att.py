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
