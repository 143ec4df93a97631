"""Fraction words in count expressions: 'a third of', 'half the', 'roughly half had', 'half a million'.

Why apart from :mod:`~ghouta_corpus.annotate.numbers`: a fraction is read by what stands
after it (an 'of', a determiner, a verb of its group, a scale word: G73, G75), not by the
number grammar of digits, number words and bounds, and its rules grew on their own;
numbers.py asks :func:`fraction_of_scale` and :func:`fraction`. :func:`by_first`, the
first-word index of numbers.json's word tables, lives here so that both modules read the
tables one way without an import cycle.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from .lexicons import load
from .tables import Tables
from .wordclass import lemma
from .words import SENTENCE_ENDS, match_words

_FIRST: dict[int, dict[str, list[tuple[tuple[str, ...], Any]]]] = {}


def by_first(table: tuple[tuple[tuple[str, ...], Any], ...]) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """A longest-first word table indexed by its first word (the tables are read once and
    live as long as the process, so their id keys the index)."""
    idx = _FIRST.get(id(table))
    if idx is None:
        idx = {}
        for seq, v in table:
            idx.setdefault(seq[0], []).append((seq, v))
        _FIRST[id(table)] = idx
    return idx


def _fractions_at(lows: list[str], k: int, T: Tables) -> list[tuple[tuple[str, ...], float]]:
    """numbers.json's fractions whose first word is word ``k`` (none past the end),
    longest first: the one lookup both fraction readings scan."""
    return by_first(T.fractions).get(lows[k], []) if k < len(lows) else []


def fraction_of_scale(lows: list[str], k: int, T: Tables) -> tuple[int, int] | None:
    """A fraction of a scale word, one number (half a million = 500,000, a quarter of a
    million, three-quarters of a million, half a dozen), as (end, value): the fraction word, an optional
    'of', 'a'/'an' and the scale; not a fraction of a hundred, which English writes as a
    number (fifty). numbers.json writes thirds to four places (0.3333); the fraction they
    stand for (1/3) is what is scaled, so 'a third of a million' is 333,333, not 333,300."""
    for seq, v in _fractions_at(lows, k, T):
        if not match_words(lows, k, seq):
            continue
        e = k + len(seq)
        e += e < len(lows) and lows[e] == "of"
        if e + 1 < len(lows) and lows[e] in ("a", "an") and T.scales.get(lows[e + 1], 100) != 100:
            return e + 2, round(Fraction(v).limit_denominator(10) * T.scales[lows[e + 1]])
    return None


_HALF_DETERMINERS = ("the", "those", "these", "its", "their", "his", "her", "our", "my", "your")


def fraction(lows: list[str], k: int, T: Tables, bound: bool = False) -> tuple[int, float] | None:
    """A fraction word at word ``k`` followed by 'of' (G75: a third of, two-thirds of),
    'half' before a determiner (half the residents, fewer than half the latrines), or a
    bounded fraction standing for its group before an auxiliary or a finite verb
    (roughly half had no relatives, about a fifth arrived alone: the part of a set
    named before, G75, G78), a bare 'half' before an auxiliary ('150 patients, and
    half were under five'), 'half a crew', and a bounded fraction ending a clause after a
    figure noun ('put the figure at nearer half'): (end, value)."""
    for seq, v in _fractions_at(lows, k, T):
        if not match_words(lows, k, seq):
            continue
        e = k + len(seq)
        if e == len(lows) or lows[e] == "of" or _quoted_of(lows, e) \
                or (seq[-1] == "half" and lows[e] in _HALF_DETERMINERS
                    and e + 1 < len(lows) and lows[e + 1] not in T.time_units) \
                or (bound and (lows[e] in T.auxiliaries or _finite_verb(lows[e], T))) \
                or (seq == ("half",) and lows[e] in T.auxiliaries) \
                or (seq[-1] == "half" and _half_a_group(lows, e)) \
                or (bound and lows[e] in (".", ",", ";") and _figure_before(lows, k)):
            return e, v                               # (and half were under five: the part of a set, G75)
    return None


def _half_a_group(lows: list[str], e: int) -> bool:
    """'half a crew', 'half a family': half of one group of people (numbers.json's
    group_size_nouns) is a share of its members, a COUNT (G75), where half of one thing
    ('half a square mile', 'half an hour') is a measure or a time (G79, G118)."""
    return e + 1 < len(lows) and lows[e] in ("a", "an") and lows[e + 1] in load("numbers")["group_size_nouns"]


def _figure_before(lows: list[str], k: int) -> bool:
    """Whether a figure noun (categories.json's figure_nouns) stands in the eight words
    before word ``k`` in its clause: a bounded fraction that ends the clause after it is
    that figure's value ('put the figure at nearer half.', 'the estimate is closer to a
    third,'), a COUNT (G75, G274) with no noun of its own (G41)."""
    figures = load("categories")["figure_nouns"]
    for x in range(k - 1, max(-1, k - 9), -1):
        if lows[x] in SENTENCE_ENDS:
            return False
        if lows[x] in figures:
            return True
    return False


def _quoted_of(lows: list[str], e: int) -> bool:
    """A closing quotation mark between a fraction and its 'of': 'said "fewer than
    half" of the families', 'covered “perhaps half” of those' (the quote closes the
    figure, as in 'killed "hundreds" of civilians'; G75)."""
    return e + 1 < len(lows) and lows[e] in ("\"", "\u201d") and lows[e + 1] == "of"


def _finite_verb(low: str, T: Tables) -> bool:
    """A past-tense verb or a listed verb right after a bounded fraction: the fraction is
    the subject, standing for its group ('about a fifth arrived alone', 'nearly half
    fled'), as it is before an auxiliary (G75, G78). A word in -ed counts only as the
    past of some other verb (arrived: arrive), so 'at about half speed', 'nearly half
    naked' stay out: there the fraction modifies what follows and counts nothing."""
    if not low.isalpha() or low in T.closed:
        return False
    return low in T.verbs or (low.endswith("ed") and (base := lemma(low)) is not None and base != low)
