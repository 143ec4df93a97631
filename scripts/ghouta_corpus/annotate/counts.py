"""The count layer: COUNT spans (minus the exclusions of G35), their COUNT_OF targets and categories.

Why one module: someone changing how counts are drafted (what is a count, what it
counts, which category its verb gives it) opens this file. The number grammar itself
is :mod:`~ghouta_corpus.annotate.numbers`; the exclusions are a registry
(:data:`EXCLUSIONS`), so that a new kind of non-count is one function and one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .numbers import CountAt, CountValue, bound_length, count_at
from .tables import Tables, tables
from .words import ASCII_NUMBER, Word, is_cap, match_words, words

# A COUNT over words [start, end) with its value.
Count = tuple[int, int, CountValue]


@dataclass(frozen=True)
class CountMatch:
    """A COUNT found in a text: offsets, text and normalised value."""
    start: int
    end: int
    text: str
    count: CountValue


# ---------------------------------------------------------------------------
# exclusions (G35)

@dataclass(frozen=True)
class Candidate:
    """A count expression and the words around it, as the exclusion rules see it."""
    text: str
    ws: list[Word]
    lows: list[str]
    T: Tables
    m: CountAt
    core_start: int          # the first word of the number, after any bound words

    @property
    def first(self) -> Word:
        return self.ws[self.core_start]

    @property
    def last(self) -> Word:
        return self.ws[self.m.end - 1]

    @property
    def prev(self) -> Word | None:
        return self.ws[self.m.start - 1] if self.m.start > 0 else None

    @property
    def nxt(self) -> Word | None:
        return self.ws[self.m.end] if self.m.end < len(self.ws) else None

    @property
    def digits(self) -> bool:
        return bool(ASCII_NUMBER.fullmatch(self.first.text))

    @property
    def one_word(self) -> bool:
        return self.m.end == self.core_start + 1


def _glued_before(c: Candidate) -> bool:
    """mid-2013, 2:34, $5"""
    s = c.first.start
    return s > 0 and (c.text[s - 1] in "-:/$\u20ac\u00a3" or c.text[s - 1].isalnum())


def _glued_after(c: Candidate) -> bool:
    """2:34, 20-year-old, 18th (an ordinal)"""
    e = c.last.end
    return e < len(c.text) and (c.text[e] in ":/-" or c.text[e].isalnum())


def _duration(c: Candidate) -> bool:
    """two days, 10 years"""
    return c.nxt is not None and (c.nxt.low in c.T.time_units or c.nxt.text in c.T.time_units)


def _after_month_or_label(c: Candidate) -> bool:
    """February 18, Resolution 2401"""
    return c.prev is not None and (c.prev.text in c.T.months or c.prev.text in c.T.label_words)


def _day_before_month(c: Candidate) -> bool:
    """18 February"""
    return c.nxt is not None and c.nxt.text in c.T.months and c.digits


def _year(c: Candidate) -> bool:
    """late 2016, in 2013 (but not 2000 people)"""
    first, T = c.first.text, c.T
    if not (c.digits and c.m.count.unit == "count" and "," not in first and "." not in first and c.one_word):
        return False
    if not (T.year_range[0] <= int(first) <= T.year_range[1]) or c.m.bound:
        return False
    nxt, prev = c.nxt, c.prev
    noun_next = nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in T.closed
    return not noun_next or (prev is not None and prev.low in T.year_context)


def _name_particle(c: Candidate) -> bool:
    """Erik ten Hag"""
    return (c.one_word and not c.digits and c.first.text.islower() and c.prev is not None and c.nxt is not None
            and is_cap(c.prev.text) and is_cap(c.nxt.text) and not c.m.bound)


def _one_meaning_a(c: Candidate) -> bool:
    """one official, no one, At one point (but: one out of three)"""
    return c.m.is_one and not c.m.bound and not match_words(c.lows, c.m.end, ("out", "of"))


def _pronominal(c: Candidate) -> bool:
    """the two of them"""
    return (c.prev is not None and c.prev.low in ("the", "a") and c.lows[c.core_start] in c.T.units and c.one_word
            and c.nxt is not None and c.nxt.low in ("of",))


# Each rule says when a count expression is not a COUNT; one that any rule claims is skipped.
EXCLUSIONS: tuple[Callable[[Candidate], bool], ...] = (
    _glued_before, _glued_after, _duration, _after_month_or_label, _day_before_month, _year, _name_particle,
    _one_meaning_a, _pronominal,
)


def _excluded(text: str, ws: list[Word], lows: list[str], T: Tables, m: CountAt) -> bool:
    b = bound_length(lows, m.start, T) if m.bound else None
    c = Candidate(text, ws, lows, T, m, m.start + b[0] if b else m.start)
    return any(rule(c) for rule in EXCLUSIONS)


def _count_spans_par(text: str, ws: list[Word], lows: list[str], T: Tables) -> list[Count]:
    """Counts in one paragraph's words: the longest expression at each position, kept
    unless an exclusion rule claims it."""
    out: list[Count] = []
    n, i = len(ws), 0
    while i < n:
        m = count_at(ws, lows, i, T)
        if m is None or _excluded(text, ws, lows, T, m):
            i += 1
            continue
        out.append((m.start, m.end, m.count))
        i = m.end
    return out


def count_spans(text: str, ws: list[Word], lows: list[str], T: Tables) -> list[Count]:
    """Word ranges of the counts in ``ws`` after the exclusions of G35, paragraph by
    paragraph (a count never crosses a newline)."""
    out: list[Count] = []
    a = 0
    for b in range(1, len(ws) + 1):
        if b == len(ws) or "\n" in text[ws[b - 1].end:ws[b].start]:
            out.extend((s + a, e + a, cv) for s, e, cv in _count_spans_par(text, ws[a:b], lows[a:b], T))
            a = b
    return out


def find_counts(text: str) -> list[CountMatch]:
    """Every COUNT expression of ``text`` (the count layer without COUNT_OF).

    >>> [(m.text, m.count.value) for m in find_counts("Two days later, 1,500 fighters left.")]
    [('1,500', 1500)]
    """
    T = tables()
    ws = words(text)
    lows = [w.low for w in ws]
    return [CountMatch(ws[s].start, ws[e - 1].end, text[ws[s].start:ws[e - 1].end], cv)
            for s, e, cv in count_spans(text, ws, lows, T)]
