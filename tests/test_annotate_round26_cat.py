"""Annotator round twenty-six, COUNT spans and COUNT_OF (issue 11): invented sentences
only, never dev ones; each test reads the whole COUNT layer back (categories and COUNT_OF
pairs)."""

from __future__ import annotations

from sentences import count_layer, doc


def test_a_number_in_a_name_is_no_count():
    # G79: numbers in names and references ('Camp 8', 'Block 4', 'Kilo 16 road', and a
    # label word abbreviated with a full stop, 'School No. 134') are no COUNT, and take no
    # COUNT_OF to the noun after them
    for sentence in ("Families in Block 4 said the water ran out.",
                     "Residents of Village 8 fled on foot.",
                     "Cars queued on the Kilo 16 road.",
                     "He lives in the Secteur 4 neighbourhood.",
                     "A teacher from School No. 134 holds lessons in a tent."):
        assert count_layer(sentence) == ([], []), sentence
    # the label word away from a number, or a figure after a comma, counts as before
    assert count_layer("Village elders said 40 families fled.") == (
        [("40", "displaced")], [("40", "families")])
    # (round 36: 'share one tap' is G370's one thing people have, a COUNT exact 1)
    assert count_layer("In the Block, 12 families share one tap.") == (
        [("12", "other"), ("one", "other")], [("12", "families")])


def _counts(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """Each drafted COUNT as (text, value, modifier, category)."""
    return [(s.text, s.value, s.modifier, s.category) for s in doc(text).spans if s.label == "COUNT"]


def test_probably_is_a_hedge_inside_the_span():
    # G335: 'probably' before a vague multiple is inside the span, the modifier vague;
    # G164: before a number it is approximately, as 'maybe' and 'perhaps' are
    assert _counts("The strikes killed probably hundreds of people.") == [
        ("probably hundreds", None, "vague", "killed")]
    assert _counts("Probably 300 people were killed.") == [("Probably 300", 300, "approximately", "killed")]
    # a measurement or an age after it stays no COUNT, and 'probably one of' no figure
    for sentence in ("The camp is probably 20 km from the border.", "He was probably 40 when he left.",
                     "It was probably one of the worst days."):
        assert _counts(sentence) == [], sentence


def test_a_quoted_figure_counts_the_noun_after_of():
    # G40: the quotation mark that closes a quoted figure stands between it and 'of';
    # the noun after 'of' is still what it counts
    assert count_layer("Amnesty said soldiers killed \"hundreds\" of unarmed civilians.") == (
        [("hundreds", "killed")], [("hundreds", "unarmed civilians")])
    assert count_layer("Activists said \u201cdozens\u201d of families fled the village.") == (
        [("dozens", "displaced")], [("dozens", "families")])
    # a quotation that ends before a comma, or an opening mark, counts nothing after it
    assert count_layer("\"They took hundreds,\" he said, \"of our young men.\"") == ([("hundreds", "other")], [])
    assert count_layer("Residents saw dozens \"of them\" leave.") == ([("dozens", "evacuated")], [])


def test_a_participle_before_the_counted_mention_is_skipped():
    # G40: after 'of' and a determiner, a participle the mention leaves out ('the
    # remaining residents', an -ly adverb before it allowed) does not hide the mention
    assert count_layer("Volunteers said about a third of the remaining residents had no heating.") == (
        [("about a third", "present")], [("about a third", "residents")])
    # a participle inside the mention, things, and a participle with no mention after it
    assert count_layer("Some 300 of the displaced families were sheltering.") == (
        [("Some 300", "displaced")], [("Some 300", "displaced families")])
    assert count_layer("About a third of the damaged buildings collapsed.") == (
        [("About a third", "other")], [("About a third", "damaged buildings")])
    assert count_layer("About half of the remaining were children.") == ([("About half", "present")], [])


def test_those_before_a_relative_clause_without_whom_is_the_counted_pronoun():
    # G40: 'those she treats', 'those we met': a subject pronoun after 'those' opens a
    # relative clause with 'whom' left out, so 'those' is what the figure counts
    assert count_layer("A doctor estimated that about 70 percent of those she treats are pensioners.") == (
        [("about 70 percent", "other")], [("about 70 percent", "those")])
    assert count_layer("Dozens of those he knew were killed.") == ([("Dozens", "killed")], [("Dozens", "those")])
    # 'those' before its own noun still counts the noun
    assert count_layer("Half of those families were killed.") == ([("Half", "killed")], [("Half", "families")])


def test_self_review_a_label_word_before_a_counted_plural_or_at_a_sentence_end():
    # review of the label-word rule on invented text: a figure with a plural noun after
    # it counts it even after a label word ('in Kabul District 12 families', no comma),
    # and a label word that ends a sentence abbreviates nothing
    assert count_layer("In Kabul District 12 families were evacuated.") == (
        [("12", "evacuated")], [("12", "families")])
    assert count_layer("In the Green Zone 300 protesters gathered.") == (
        [("300", "present")], [("300", "protesters")])
    assert count_layer("They reached the Terminal. 300 people were waiting there.") == (
        [("300", "other")], [("300", "people")])
    # a verb in -s with its object after it is no plural: the number stays in the name
    for sentence in ("UN Resolution 2401 demands a ceasefire.", "Block 4 was shelled.",
                     "Gate 3 opens at dawn."):
        assert count_layer(sentence) == ([], []), sentence
    assert count_layer("Sector 4 shelters 300 families.") == ([("300", "present")], [("300", "families")])


def test_self_review_a_hedged_year_is_a_year():
    # review of the 'probably' hedge on invented text: a sentence adverb before a year
    # hedges the year, which stays no COUNT (G79), as the year alone is
    for sentence in ("Probably 2016 was the worst year.", "It was probably 2015 when they left.",
                     "Perhaps 2014 was worse."):
        assert count_layer(sentence) == ([], []), sentence
    # a hedged figure with a noun after it still counts it
    assert _counts("Perhaps 2000 people fled.") == [("Perhaps 2000", 2000, "approximately", "displaced")]
