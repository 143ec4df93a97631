"""Review of annotator round twenty-six's COUNT rules on invented text (issue 11):
invented sentences only, never dev ones; each test reads the whole COUNT layer back
(categories and COUNT_OF pairs)."""

from __future__ import annotations

from sentences import count_layer


def test_a_label_word_alone_keeps_its_number_before_a_plural():
    # a label word with no name word before it names nothing without its number, so the
    # plural after the figure does not make it a COUNT ('Camp 8 residents said')
    for sentence in ("Camp 8 residents said the water ran out.", "Block 4 residents were evacuated.",
                     "In Block 4 children were playing.", "Gate 3 guards opened fire.",
                     "Ward 3 patients were moved."):
        assert count_layer(sentence) == ([], []), sentence
    # a label word that ends a name ('Kabul District', 'the Green Zone') still lets the
    # figure count the plural, and a figure after the number counts as before
    assert count_layer("In Kabul District 12 families were evacuated.") == (
        [("12", "evacuated")], [("12", "families")])
    assert count_layer("In Block 4 five children were killed.") == (
        [("five", "killed")], [("five", "children")])


def test_a_no_that_ends_a_sentence_abbreviates_nothing():
    # 'No.' after a lower-case verb is the word no ending its sentence: the figure after it
    # counts the plural; after a name's word or a determiner it stays the abbreviation
    assert count_layer("The answer was No. 300 people marched.") == (
        [("300", "other")], [("300", "people")])
    for sentence in ("A teacher from School No. 134 holds lessons in a tent.", "The No. 2 officials met."):
        assert count_layer(sentence) == ([], []), sentence
