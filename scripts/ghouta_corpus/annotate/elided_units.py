"""Figures with no noun of their own that take the unit of a figure written before them (G79): not COUNTs.

Why apart from :mod:`~ghouta_corpus.annotate.exclusions`: these rules read back past the
figure's own words, to a duration or measure set before it ('for a week, maybe two';
'it is five hours. In the rains it can be nine'; 'every ten minutes, then every five';
'the 8,000 pesos ... It came to a little under 1,500'), which the registry's other rules,
reading the words around the figure, do not; the registry takes :data:`ELIDED_UNITS`.
"""

from __future__ import annotations

from collections.abc import Callable

from .candidate import Candidate
from .lexicons import load
from .one_meaning import a_number
from .words import ASCII_NUMBER


def _elliptical_duration(c: Candidate) -> bool:
    """'for a week, maybe two', 'a day or two': a number with no noun after it that
    takes the time unit just before it is a duration (G79, G156), not a COUNT."""
    nxt = c.nxt
    if c.m.count.unit != "count" or (nxt is not None and nxt.text.isalpha() and nxt.low not in c.T.closed):
        return False                                  # (in the past week, nearly half of them: a share;
    #                                                   'a night or two at the camp': a closed word ends it)
    if c.lows[c.m.start] in ("between", "from"):
        return False                                  # (on the first day and between 4,000 and 4,500 in all:
    #                                                   a range of its own, G72, no second duration)
    if nxt is not None and nxt.low == "of" and c.m.end + 1 < len(c.ws) and c.lows[c.m.end + 1] in ("them", "whom"):
        return False                                  # (over two days, 14 of them children: part of a group, G78)
    if nxt is not None and nxt.low == "in" and c.m.end + 1 < len(c.ws) and a_number(c, c.m.end + 1):
        return False                                  # (last week and almost one in three was ...: a ratio, G117)
    if nxt is not None and nxt.low in c.T.auxiliaries:
        return False                                  # (in the past week, and two were referred: a subject)
    k = c.m.start - 1
    while k >= 0 and c.lows[k] in (",", "or", "and", "to", "maybe", "perhaps", "possibly"):
        k -= 1
    if k < 0 or k == c.m.start - 1 or c.lows[k] not in c.T.time_units:
        return False
    return c.lows[c.m.start - 1] != "to" or not c.digits and k > 0 and (
        c.lows[k - 1] in ("a", "an") or a_number(c, k - 1))
    #                                                   ('a week to two', 'three weeks to four': a counted unit and
    #                                                   a small count in words; not 'arrivals this month to 12,000'
    #                                                   nor 'doubled in a week to 12,000': 'to' there gives the
    #                                                   level a figure reaches, and a figure is written in digits)


def _elided_time_unit(c: Candidate) -> bool:
    """'a trip that normally takes [about two]' after 'journeys of 20 to 30 hours'; 'it is
    five hours. In the rains it can be nine': a figure with no noun of its own after a verb
    of taking time (numbers.json's duration_verbs, with up to two words of object between:
    'has taken some families more than 30') measures the time unit of a duration written
    before it in that sentence or the one before (G35, G79), not a COUNT. Not where that
    duration is a span the events fall in ('in the past two days', 'over 48 hours'): the
    figure may then count what the span saw ('over three days the buses took 300')."""
    nxt, s = c.nxt, c.m.start
    if c.m.count.unit != "count" or nxt is not None and nxt.text[:1].isalnum() and nxt.low not in c.T.closed:
        return False
    verbs = load("numbers")["duration_verbs"]
    if not any(c.lows[k] in verbs for k in range(max(0, s - 3), s)):
        return False
    if c.lows[s - 1] in ("is", "was", "be", "been") and "it" not in c.lows[max(0, s - 4):s - 1]:
        return False                                  # (the toll was 300: a copula only after 'it')
    ends, k = 0, s - 1
    while k > 0 and ends < 2 and k > s - 40:
        ends += c.lows[k] in (".", "?", "!")
        if c.lows[k] in c.T.time_units and a_number(c, k - 1):
            j = k - 1
            while j > 0 and (a_number(c, j - 1) or c.lows[j - 1] in ("and", "to", "between", "than", "less", "more")):
                j -= 1
            return c.lows[j - 1] not in _SPAN_OPENERS
        k -= 1
    return False


# Words before a duration that make it the span events fall in, not a length measured.
_SPAN_OPENERS = ("in", "over", "within", "during", "past", "last", "next", "first", "after", "since")


def _every(c: Candidate) -> bool:
    """'every ten minutes, then every five': a number after 'every' with no noun of its
    own takes the unit of a time set before it (G79, G97): a TIME, not a COUNT."""
    nxt, s = c.nxt, c.m.start
    if s >= 3 and c.lows[s - 2] == "in" and (a_number(c, s - 3) or s >= 4 and a_number(c, s - 4)):
        return False                                  # (two in every three, one house in every three: a ratio, G117)
    return c.prev is not None and c.prev.low == "every" and not c.m.bound \
        and (nxt is None or not nxt.text.isalpha() or nxt.low in c.T.closed)


# Measure units that are no measure of what a later figure restates: 'four times' counts occurrences (G33),
# 'per' only joins a rate.
_NOT_RESTATED = frozenset(("times", "per"))


def _elided_measure(c: Candidate) -> bool:
    """'about 120 kilometres separate the towns, while drivers put the figure closer to 150'; 'the 8,000 pesos
    the family carried ... It came to a little under 1,500': a figure with no noun of its own that neither opens
    a clause nor is its subject restates the nearest comparable figure before it (within a factor of ten, in its
    sentence or the one before), and where that figure is a distance, a sum of money or another measure
    (numbers.json's measure_units, or a currency sign glued before it) so is this one: no COUNT (G79). Not where
    a word of what happened to people (categories.json's verbs and nouns: 'killed', 'the dead') stands between
    the two: a toll after a measure ('the convoy drove 150 km; the toll rose to 120') counts people."""
    nxt, s, v = c.nxt, c.m.start, c.m.count.value if c.m.count.value is not None else c.m.count.max
    if v is None or c.m.count.unit != "count" or nxt is not None and (
            nxt.text[:1].isalnum() and nxt.low not in c.T.closed or nxt.low in c.T.auxiliaries or nxt.low == "of"):
        return False
    cats = load("categories")
    ends, k = 0, s - 1
    while k > 0 and ends < 2 and k > s - 40:
        ends += c.lows[k] in (".", "?", "!")
        if c.lows[k] in cats["verbs"] or c.lows[k] in cats["nouns"]:
            return False
        w = c.ws[k].text.replace(",", "")
        if ASCII_NUMBER.fullmatch(w) and v / 10 <= float(w) <= v * 10:   # ASCII digits only ('²' is a digit too)
            nxt_low = c.lows[k + 1] if k + 1 < len(c.lows) else ""
            glued = k > 0 and c.ws[k - 1].end == c.ws[k].start and c.ws[k - 1].text in "$\u20ac\u00a3"
            return glued or nxt_low in c.T.measure_units and nxt_low not in _NOT_RESTATED
        k -= 1
    return False


# The registry's rules for figures that take a unit written before them.
ELIDED_UNITS: tuple[Callable[[Candidate], bool], ...] = (
    _elliptical_duration, _elided_time_unit, _every, _elided_measure)
