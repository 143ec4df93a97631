"""Round twenty's attribution rules (issue 11): invented sentences only, never dev
ones. Each asserts the whole attribution layer of its sentence, with cases where the
rule must not fire."""

from __future__ import annotations

from sentences import records


def test_blamed_party_is_a_record_and_blamed_for_takes_two_contents():
    # G209: 'blamed X' with only the blamed party; G52's frame for 'blamed X for Y'
    assert records("The army blamed the rebels.") == [("The army", "blamed", "the rebels")]
    assert records("The army blamed the rebels, who denied it.") == [("The army", "blamed", "the rebels")]
    assert records("The UN has blamed the militia for earlier raids in the area.", " | ") == [
        ("The UN", "blamed for", "the militia | earlier raids in the area")]
    assert records("Officials blamed rebel fighters for the deaths and vowed revenge.", " | ") == [
        ("Officials", "blamed for", "rebel fighters | the deaths")]
    # a quotation stays the content (G83), with or without 'for' after it
    assert records('The army blamed "terrorists".') == [("The army", "blamed", "terrorists")]
    assert records('State radio blamed "armed gangs" for the shelling.') == [
        ("State radio", "blamed", "armed gangs")]
    # must not fire: a passive, the thing blamed ('on X'), an infinitive or a negated verb
    assert records("The attack was blamed on rebels.") == []
    assert records("The army blamed the attack on rebels.") == []
    assert records("She did not blame the soldiers.") == []
    assert records("They fired on the convoy to blame the army.") == []
    assert records("Each side was blaming the other.") == []
    assert records("Both sides blamed each other.") == []
    assert records("Each side blamed the other.") == []
