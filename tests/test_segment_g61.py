"""GUIDELINES G61 in the segmenter: a document's headline is a ``heading`` however long,
and credit, byline and contact lines are ``boilerplate`` (invented texts)."""

from __future__ import annotations

import pytest

from ghouta_corpus.text import segment


def _roles(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.role) for p in segment(text)]


def test_a_long_first_line_without_final_punctuation_is_the_headline():
    text = ("Thousands of families flee the river villages as the shelling reaches the market town\n"
            "KHARTOUM, May 2 (Nile Wire) - More than 3,000 people left on Monday.\n")
    assert _roles(text) == [
        ("Thousands of families flee the river villages as the shelling reaches the market town", "heading"),
        ("KHARTOUM, May 2 (Nile Wire) - More than 3,000 people left on Monday.", "body"),
    ]


def test_a_first_line_that_ends_a_sentence_is_body_and_a_later_long_line_is_no_headline():
    text = ("The convoy left the town at dawn on Monday.\n"
            "Families waited along the road for buses that never came to the southern villages\n")
    assert [r for _, r in _roles(text)] == ["body", "body"]


@pytest.mark.parametrize("line", [
    "By Leyla Demir",
    "By Ahmad al-Hamid, Aleppo",
    "(Reporting by Leyla Demir in Gaziantep; Editing by Tom Hale)",
    "(Additional reporting by Omar Said)",
    "Notes to editors",
    "Media contact: Ana Silva, communications officer, +351 21 000 000",
    "Contact: Ana Silva, press office, Lisbon",
    "For more information, please contact: Ana Silva, Lisbon",
    "ENDS",
])
def test_credit_byline_and_contact_lines_are_boilerplate(line):
    text = f"Aid reaches the valley\n{line}\nThe trucks arrived on Tuesday.\n"
    assert _roles(text) == [("Aid reaches the valley", "heading"), (line, "boilerplate"),
                            ("The trucks arrived on Tuesday.", "body")]


@pytest.mark.parametrize("line", [
    "By mid-afternoon the van was back in the town.",
    "By Monday evening roughly 1,100 people had left, the office said.",
    "Contacts between the two sides resumed on Friday.",
])
def test_sentences_that_open_like_a_byline_or_contact_stay_body(line):
    text = f"Aid reaches the valley\n{line}\n"
    assert _roles(text)[1] == (line, "body")
