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
    assert records("UNHCR workers counted 3,000 arrivals at the camp gate over three days.") == []


def test_as_opening_a_clause_or_a_comparison_is_no_characterisation():
    # G83 narrowed: 'as' + a noun subject and a finite verb is a clause of time, not Y
    assert records("He described the scene as troops moved in.") == []
    assert records("Officials condemned the attack as families fled.") == []
    assert records("The mayor described the damage as residents returned home.") == []
    # 'as ADV as' is a comparison
    assert records("The report cited the attacks as early as March.") == []
    # still a characterisation: a noun phrase, with or without a determiner or a clause in it
    assert records("The ministry described the strike as the army's response.") == [
        ("The ministry", "described as", "the army's response")]
    assert records("The UN cited the strike as proof the army targeted civilians.") == [
        ("The UN", "cited as", "proof the army targeted civilians")]
    assert records("Witnesses described the crossing as chaos.") == [
        ("Witnesses", "described as", "chaos")]


def test_as_before_a_preposition_after_a_relative_cue_and_before_a_second_verb():
    # G83 review (final read of the session's diff): 'as of Monday' is a time, not a
    # characterisation (the figure frame keeps the record); in a relative clause 'as' may
    # follow the cue at once (G44: the cue alone, the quotation as CONTENT); the content
    # after 'as' stops at 'and' before a second verb of the source (G86), not inside a
    # coordination of adjectives.
    assert records("The ministry cited 400 deaths as of Monday.") == [
        ("The ministry", "cited", "400 deaths as of Monday")]
    assert records('Residents fled the shelling, which the UN condemned as "forced displacement".') == [
        ("the UN", "condemned", "forced displacement")]
    assert records("The army dismissed the reports as false and accused rebels of lying.", " | ") == [
        ("The army", "dismissed as", "false"), ("The army", "accused of", "rebels | lying")]
    assert records("The agency described the strike as brutal and unjustified.") == [
        ("The agency", "described as", "brutal and unjustified")]
