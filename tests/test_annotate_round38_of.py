"""Annotator round thirty-eight (issue 11), COUNT and COUNT_OF: patterns of fresh text, on
invented sentences only (never a dev one); each test reads the COUNT layer back."""

from __future__ import annotations

from sentences import count_layer


def _links(text: str) -> list[tuple[str, str]]:
    """The drafted COUNT_OF pairs (count text, target text) of ``text``."""
    return count_layer(text)[1]


def test_a_figure_counts_one_of_its_conjuncts_not_a_singular_body_after_the():
    # G40: 'three relief agencies and the army' -- a figure of several does not count the
    # one body named beside them; a plural after 'the' stays a conjunct
    links = _links("Three relief agencies and the army sent trucks to the camp on Monday.")
    assert ("Three", "relief agencies") in links
    assert ("Three", "army") not in links
    assert ("Three", "army") not in [(c, t.split()[-1]) for c, t in links]
    both = _links("Four hundred fighters and the families travelled north on buses.")
    assert [t for c, t in both if c == "Four hundred"] == ["fighters", "families"]


def test_a_stepped_over_adjective_that_opens_the_mention_is_counted():
    # G40: '2,000 additional tents' -- the mention holds 'additional', and the figure counts it
    links = _links("The agency said it had set up 2,000 additional tents at the border camp.")
    assert [c for c, _ in links] == ["2,000"]


def test_and_their_kin_after_an_of_phrase_is_a_conjunct_of_the_count():
    # G40: '[thousands] of [fighters] and their [relatives]' -- also past an 'of' phrase
    # naming whose the counted people are; a list inside the 'of' phrase is none
    links = _links("Buses carried about 600 fighters of the Nour brigade and their families to Idlib.")
    assert ("about 600", "fighters") in links and ("about 600", "families") in links
    inner = _links("Officials registered 90 families of soldiers and civilians who fled the town.")
    assert ("90", "civilians") not in inner


def test_a_fraction_of_funding_is_a_measure_not_a_count():
    # G118: 'is less than half funded' is how far a plan is funded, as 'is 25 percent
    # funded' is; a fraction of people that funded something stays a COUNT
    assert count_layer("The regional response plan is less than half funded this year.")[0] == []
    assert count_layer("The winter appeal was only a third funded by October.")[0] == []
    assert [t for t, _ in count_layer("About half of the displaced families funded their own repairs.")[0]] \
        == ["About half"]


def test_a_second_estimate_after_a_counted_noun_counts_that_noun():
    # G407: 'well over 900 people, and possibly nearer 1,200,' -- another estimate of the
    # same people counts their noun; a share restating the first figure does not
    assert _links("Aid groups think well over 900 people, and possibly nearer 1,200, are trapped in the valley.") \
        == [("well over 900", "people"), ("possibly nearer 1,200", "people")]
    assert ("perhaps 400", "families") in _links("About 300 families, perhaps 400, are sleeping in the school.")
    share = _links("The lab found 90 positive results from some 3,000 samples, or less than 3 percent, this week.")
    assert [c for c, _ in share if c == "less than 3 percent"] == []
