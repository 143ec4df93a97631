"""Review of round twenty-five's mention rules (issue 11) on invented sentences only,
never dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_a_name_after_a_plural_head_and_a_conjunction_is_no_coordination_of_names():
    # G307: 'and' or a comma after a plural place (or a clause) does not coordinate names
    assert mention_layers("They visited Damascus camps and Beirut shelters.") == \
        ([], ["Damascus camps", "Beirut shelters"])
    assert mention_layers("The Idlib camps were flooded, and Aleppo shelters were full.") == \
        ([], ["Idlib camps", "Aleppo shelters"])
    # names that share the head stay the names alone (G16)
    assert mention_layers("Families fled to the Aleppo, Idlib and Hama camps.") == \
        (["Families"], ["Aleppo", "Idlib", "Hama"])
    assert mention_layers("Families fled to the Aleppo, Idlib, and Hama camps.") == \
        (["Families"], ["Aleppo", "Idlib", "Hama"])
    assert mention_layers("In Homs, Aleppo shelters were full.") == ([], ["Homs", "Aleppo"])
