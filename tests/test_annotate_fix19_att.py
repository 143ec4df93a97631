"""Review of round nineteen's attribution rules (issue 11): invented sentences only,
never dev ones. Each asserts the whole attribution layer of its sentence."""

from __future__ import annotations

from sentences import records


def test_a_named_body_or_a_running_total_of_head_counters_gives_a_figure():
    # G176 narrowed: a body whose name opens with a head-counter word is an agency
    assert records("Doctors Without Borders counted 212 deaths.") == [
        ("Doctors Without Borders", "counted", "212 deaths")]
    # a running total since a point in time is a figure kept and given, not a head count
    assert records("Doctors at the main hospital have counted 212 deaths since the siege began.") == [
        ("Doctors at the main hospital", "counted", "212 deaths since the siege began")]
    assert records("Rescuers have counted 60 bodies so far.") == [
        ("Rescuers", "counted", "60 bodies so far")]
    # still no record: a head count on the spot, a demonym or a capital that opens the sentence
    assert records("Syrian rescuers counted 40 dead.") == []
    assert records("Hospital doctors counted 41 bodies.") == []
    assert records("Aid workers counted 3,000 arrivals at the crossing on Tuesday.") == []
    assert records("We counted 40 dead.") == []
    # a body's teams on the spot count heads too (G176, as the gold reads it)
    assert records("Red Cross staff counted 41 bodies at the crossing.") == []
    assert records("UNHCR workers counted 3,000 arrivals a day over the past week.") == []
