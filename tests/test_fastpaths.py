"""The fast paths of issue 15 held to the definitions they replace: the one-pass
word finder of the audit to one regular expression per word, and the ``orjson``
parse of the strict reader to the ``json`` module's duplicate-refusing parse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ghouta_corpus.text.occurrences import WordFinder, word_matches

ALPHABET = "ab -_\n.é1"
SETTINGS = settings(max_examples=400, deadline=None)


@SETTINGS
@given(text=st.text(ALPHABET, max_size=60), words=st.lists(st.text(ALPHABET, min_size=1, max_size=5), max_size=6))
def test_word_finder_equals_one_regex_per_word(text, words):
    found = WordFinder(words).find(text)
    for w in dict.fromkeys(words):
        assert found.get(w, []) == list(word_matches(text, w)), (text, w)
    assert all(spans for spans in found.values())


def test_word_finder_keeps_regex_order_for_overlapping_occurrences():
    # "a a" occurs at 0 and 2 of "a a a"; re.finditer takes the first and goes on after it
    assert WordFinder(["a a", "a"]).find("a a a") == {"a a": [(0, 3)], "a": [(0, 1), (2, 3), (4, 5)]}
    assert WordFinder(["UN"]).find("UNHCR, the UN and UN-run camps") == {"UN": [(11, 13)]}
