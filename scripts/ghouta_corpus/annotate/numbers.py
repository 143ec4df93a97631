"""The count-expression parser: ``More than a million`` -> value, modifier, bounds, unit.

Why a parser of our own and not ``text2num``: a COUNT is the number *with* its bound
words and vague plurals (``hundreds of thousands``: vague, min 200,000), normalised
as the guidelines say (G33-G38); the words it knows are data in ``numbers.json``, and
the bounds each modifier implies come from :mod:`ghouta_corpus.model.conventions`,
the one home of that rule (which ``validate`` checks).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.conventions import bounds
from .tables import Tables, tables
from .words import ASCII_NUMBER, Word, match_words, words

# Counts above this are not counts of anything in news text and break the schema's bound.
MAX_COUNT = 10 ** 12


@dataclass(frozen=True)
class CountValue:
    """The normalised attributes of a COUNT (G37-G38)."""
    value: int | float | None
    modifier: str
    min: int | float | None
    max: int | float | None
    unit: str


@dataclass(frozen=True)
class NumberAt:
    """The number at a word: where it ends, its value (None for a vague plural), the
    minimum a vague plural implies, and whether it is the bare word ``one``."""
    end: int
    value: int | float | None
    vague_min: int | None
    is_one: bool


@dataclass(frozen=True)
class CountAt:
    """A count expression over words [start, end): its value, whether bound words
    (``more than``) open it, and whether it is a bare ``one`` (often meaning ``a``)."""
    start: int
    end: int
    count: CountValue
    bound: bool
    is_one: bool


def _num(s: str) -> int | float:
    v = float(s.replace(",", ""))
    return int(v) if v.is_integer() else v


def _normalise(value: int | float | None, modifier: str, vague_min: int | None, unit: str) -> CountValue:
    """Bounds per the guidelines' conventions (a vague plural is vague whatever bound
    word precedes it), so that validate's count rules hold."""
    modifier = "vague" if vague_min is not None else modifier
    v, lo, hi = bounds(value, modifier, given_min=vague_min)
    return CountValue(v, modifier, lo, hi, unit)


def _digits(ws: list[Word], lows: list[str], k: int, T: Tables) -> NumberAt:
    """Digits at word ``k``, with an optional scale word (``1.5 million``)."""
    v: int | float = _num(ws[k].text)
    j = k + 1
    if j < len(ws) and lows[j] in T.scales:
        v = v * T.scales[lows[j]]
        v = int(v) if float(v).is_integer() else v
        j += 1
    return NumberAt(j, v, None, False)


def _word_value(w: str, T: Tables) -> int | None:
    """The value of one number word (``seven``, ``forty``, ``twenty-five``), or None."""
    if w in T.units:
        return T.units[w]
    if w in T.tens:
        return T.tens[w]
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in T.tens and parts[1] in T.units and T.units[parts[1]] < 10:
        return T.tens[parts[0]] + T.units[parts[1]]
    return None


def _number_words(ws: list[Word], lows: list[str], k: int, T: Tables) -> NumberAt | None:
    """A run of number words at word ``k`` (``two hundred and fifty thousand``, ``a million``)."""
    n = len(ws)
    total, current, j, seen = 0, 0, k, False
    while j < n:
        w = lows[j]
        if w in ("a", "an") and not seen and j + 1 < n and lows[j + 1] in T.scales:
            current, seen, j = 1, True, j + 1
            continue
        wv = _word_value(w, T)
        if wv is not None and (not seen or current % 100 == 0 or current == 0):
            if seen and current and wv >= current:
                break
            current += wv
            seen, j = True, j + 1
            continue
        if w in T.scales and seen:
            sc = T.scales[w]
            if sc == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * sc
                current = 0
            j += 1
            continue
        if w == "and" and seen and j + 1 < n and _word_value(lows[j + 1], T) is not None and (total or current >= 100):
            j += 1
            continue
        break
    if not seen:
        return None
    if lows[j - 1] == "and":
        j -= 1
    return NumberAt(j, total + current, None, j - k == 1 and ws[k].text in T.one_forms)


def number_at(ws: list[Word], lows: list[str], k: int, T: Tables) -> NumberAt | None:
    """The number at word ``k``: a vague plural, digits with an optional scale word, or
    a run of number words."""
    if k >= len(ws):
        return None
    for seq, vmin in T.vague:
        if match_words(lows, k, seq):
            return NumberAt(k + len(seq), None, vmin, False)
    if ASCII_NUMBER.fullmatch(ws[k].text):
        return _digits(ws, lows, k, T)
    return _number_words(ws, lows, k, T)


def bound_length(lows: list[str], i: int, T: Tables) -> tuple[int, str] | None:
    """(number of words, modifier) of the bound words at word ``i`` (``more than``), or None."""
    for seq, mod in T.bounds:
        if match_words(lows, i, seq):
            return len(seq), mod
    return None


def count_at(ws: list[Word], lows: list[str], i: int, T: Tables) -> CountAt | None:
    """A count expression starting at word ``i``: bound words, a number, a percent word."""
    b = bound_length(lows, i, T)
    modifier, k = (b[1], i + b[0]) if b else ("exact", i)
    core = number_at(ws, lows, k, T)
    if core is None:
        return None
    j, value, vmin = core.end, core.value, core.vague_min
    unit = "count"
    for seq in T.percent if vmin is None else ():   # 'thousands %' is no percentage
        if match_words(lows, j, seq):
            unit, j = "percent", j + len(seq)
            break
    if value is not None and value > MAX_COUNT:
        return None
    if unit == "percent" and value is not None and value > 100:
        return None
    return CountAt(i, j, _normalise(value, modifier, vmin, unit), b is not None, core.is_one)


def parse_count(expr: str) -> CountValue | None:
    """The normalised value of a whole count expression (``Some 1,500``, ``More than a
    million``, ``hundreds of thousands``, ``70 percent``), or None if ``expr`` is not
    exactly one count expression.

    >>> parse_count("more than 5,000")
    CountValue(value=5000, modifier='more_than', min=5000, max=None, unit='count')
    """
    ws = words(expr)
    lows = [w.low for w in ws]
    if not ws:
        return None
    m = count_at(ws, lows, 0, tables())
    if m is None or m.end != len(ws):
        return None
    return m.count
