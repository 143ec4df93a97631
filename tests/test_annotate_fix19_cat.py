"""Review of round nineteen's COUNT rules (issue 11): invented sentences only, never dev
ones. Each test reads the whole COUNT layer back (every COUNT with its category, every
COUNT_OF pair), where the round's rules misfired on new text and where they must still fire.
"""

from __future__ import annotations

from sentences import doc


def count_layer(text: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    """The drafted COUNTs as (text, category) and the COUNT_OF pairs as (count, target) texts."""
    d = doc(text)
    texts = {s.id: s.text for s in d.spans}
    return ([(s.text, s.category) for s in d.spans if s.label == "COUNT"],
            [(texts[r.count], texts[r.target]) for r in d.relations if r.type == "COUNT_OF"])


def test_kin_before_a_possessive_apostrophe_or_after_leave_or_hold_keep_no_verb():
    # G39, G77: 'her two children's school' is what the verb takes, not the children;
    # kin someone leaves or holds in her arms are not moved or held in custody.
    assert count_layer("She evacuated her two children's school.") == ([("two", "other")], [("two", "children")])
    assert count_layer("Police detained her two brothers' lawyer.") == ([("two", "other")], [("two", "brothers")])
    assert count_layer("She left her two children with relatives in Aleppo.") == (
        [("two", "other")], [("two", "children")])
    assert count_layer("She was holding her two children as the shells fell.") == (
        [("two", "other")], [("two", "children")])
    # still fires: the verb takes the kin themselves
    assert count_layer("She lost her two sisters in the strike.") == ([("two", "killed")], [("two", "sisters")])
    assert count_layer("The army released his two brothers on Monday.") == (
        [("two", "released")], [("two", "brothers")])
    assert count_layer("They buried their three sons on Friday.") == ([("three", "killed")], [("three", "sons")])
