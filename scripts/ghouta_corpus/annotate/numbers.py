"""The count-expression parser: ``More than a million`` -> value, modifier, bounds, unit.

A COUNT is the number *with* its bound words, vague plurals, ranges and fractions
(``hundreds of thousands``: vague, min 200,000; ``between 30 and 50``: range;
``about a third``: fraction), normalised as the guidelines say (G33-G38, G72-G76).
This module finds the expression and its shape; the value of a run of number words
(``two hundred and fifty thousand``) is ``text2num``'s, a well-kept parser of English
number words. The words it knows are data in ``numbers.json``, and the bounds each
modifier implies come from :mod:`ghouta_corpus.model.conventions`, the one home of
that rule (which ``validate`` checks).
"""

from __future__ import annotations

from dataclasses import dataclass

from text_to_num import text2num

from ..model.conventions import bounds
from .fraction_words import by_first, fraction, fraction_of_scale
from .lexicons import load
from .tables import Tables, tables
from .wordclass import lemma, only_verb, word_classes
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


def _normalise(value: int | float | None, modifier: str, vague_min: int | float | None, unit: str,
               range_max: int | float | None = None) -> CountValue:
    """Bounds per the guidelines' conventions (a vague plural is vague whatever bound
    word precedes it; a range has its two ends), so that validate's count rules hold.
    An exact fraction has min = max = value."""
    if range_max is not None:
        return CountValue(None, "range", vague_min, range_max, unit)
    modifier = "vague" if vague_min is not None else modifier
    v, lo, hi = bounds(value, modifier, given_min=vague_min)
    return CountValue(v, modifier, lo, hi, unit)


def _words_value(lows: list[str], k: int, j: int, own: int) -> int:
    """The value of the number words [k, j): text2num's, where it reads them ('a'
    standing for 'one'), else the value our tables give (``dozen``)."""
    phrase = " ".join("one" if w in ("a", "an") else w for w in lows[k:j])
    try:
        return int(text2num(phrase, "en"))
    except ValueError:
        return own


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
    couple = k >= 3 and lows[k - 3:k] == ["a", "couple", "of"]
    while j < n:
        w = lows[j]
        if w in ("a", "an") and not seen and j + 1 < n and lows[j + 1] in T.scales:
            current, seen, j = 1, True, j + 1
            continue
        if j == k and k > 0 and lows[k - 1] == "another" and w in T.scales and T.scales[w] >= 100:
            current, seen = 1, True                   # another thousand people: one thousand (G33)
        if j == k and couple and w in T.scales:
            current, seen = 2, True                   # a couple of hundred: about 200 (G73)
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
    value = total + current if couple else _words_value(lows, k, j, total + current)
    return NumberAt(j, value, None, j - k == 1 and ws[k].text in T.one_forms)


def number_at(ws: list[Word], lows: list[str], k: int, T: Tables) -> NumberAt | None:
    """The number at word ``k``: a vague plural, digits with an optional scale word, or
    a run of number words."""
    if k >= len(ws):
        return None
    for seq, vmin in by_first(T.vague).get(lows[k], ()):
        if match_words(lows, k, seq):
            return NumberAt(k + len(seq), None, vmin, False)
    if ASCII_NUMBER.fullmatch(ws[k].text):
        return _digits(ws, lows, k, T)
    scaled = fraction_of_scale(lows, k, T)
    return NumberAt(scaled[0], scaled[1], None, False) if scaled else _number_words(ws, lows, k, T)


def bound_length(lows: list[str], i: int, T: Tables) -> tuple[int, str] | None:
    """(number of words, modifier) of the bound words at word ``i`` (``more than``), or
    None; 'about' that cannot be a bound is none (G165: 'argue about 300 or 600'). A hedge
    adverb before another bound joins it and takes its modifier ('possibly nearer N')."""
    if i >= len(lows):
        return None
    if lows[i] == "about" and i > 0 and _about_is_preposition(lows, i, T):
        return None
    if lows[i] == "over" and i > 0 and lemma(lows[i - 1]) in load("numbers")["over_particle_verbs"] \
            and not (i > 1 and (lows[i - 2] in T.determiners or lows[i - 2] in T.prepositions)):
        return None                                   # handed over five soldiers (not 'in turn over 300')
    if lows[i] == "under" and _under_one_noun(lows, i, T):
        return None                                   # ten people under one roof: a place, no bound
    if lows[i] in ("closer", "nearer") and i > 0 and _approached(lows, i, T):
        return None                                   # moved closer to 20 villages: a place, no hedge
    for seq, mod in by_first(T.bounds).get(lows[i], ()):
        if match_words(lows, i, seq):
            inner = bound_length(lows, i + 1, T) if lows[i] in load("numbers")["hedge_adverbs"] else None
            return (1 + inner[0], inner[1]) if inner else (len(seq), mod)   # possibly nearer 150,000 (G164)
    return None


def _under_one_noun(lows: list[str], i: int, T: Tables) -> bool:
    """Whether 'under' at ``i`` is the preposition before 'one' and a singular noun
    ('ten people under one roof', 'under one flag'), not the bound 'fewer than' (which
    takes 'one' before a scale word, 'percent' or a ratio: 'under one million', 'under
    one percent', 'under one in ten')."""
    if i + 2 >= len(lows) or lows[i + 1] != "one":
        return False
    nxt = lows[i + 2]
    fraction = f"one {nxt}" in load("numbers")["fractions"]       # under one tenth of the residents: the bound
    return nxt.isalpha() and not nxt.endswith("s") and nxt not in T.closed and nxt not in T.scales \
        and nxt not in ("percent", "per", "cent", "half", "third", "quarter", "more") and not fraction


def _approached(lows: list[str], i: int, T: Tables) -> bool:
    """Whether 'closer (to)' / 'nearer (to)' at ``i`` says where something moved: right
    after a verb of moving towards (numbers.json's approach_verbs) and before a figure
    with a noun of its own ('moved closer to 20 villages'); 'the toll came closer to 300
    by Friday' (a bare figure) keeps the hedge (G159), and so does a figure whose clause's
    subject is a figure noun (categories.json's figure_nouns: 'the count crept closer to
    300 families', 'the number of displaced edged nearer 10,000 people')."""
    if lemma(lows[i - 1]) not in load("numbers")["approach_verbs"]:
        return False
    k = i - 2
    while k >= 0 and k > i - 8 and lows[k] not in (".", ",", ";", ":", "!", "?", "and", "but"):
        if lows[k] in load("categories")["figure_nouns"]:
            return False                              # the count crept closer to 300 families
        k -= 1
    k = i + 2 if i + 1 < len(lows) and lows[i + 1] == "to" else i + 1
    ws = [Word(w, 0, 0) for w in lows]
    num = number_at(ws, lows, k, T)
    return num is not None and num.end < len(lows) and lows[num.end] not in T.closed \
        and "NOUN" in word_classes(lows[num.end])


def _about_is_preposition(lows: list[str], i: int, T: Tables) -> bool:
    """Whether 'about' at ``i`` cannot be a bound: after a verb or noun of arguing or
    talking (``about_takers``: the figure is what is argued about), or after any verb
    or noun when the figure is one of two alternatives ('they differ about 300 or 600').
    After think, know, hear ('I think about 300 people were inside') it stays a bound."""
    prev = lows[i - 1]
    takers = load("numbers")["about_takers"]
    if prev in takers or (lemma(prev) or lemma(prev, "NOUN") or "") in takers:
        return True
    if not ({"VERB", "NOUN"} & word_classes(prev)) or prev in T.closed:
        return False
    ws = [Word(w, 0, 0) for w in lows]
    first = number_at(ws, lows, i + 1, T)
    return first is not None and first.end < len(lows) and lows[first.end] == "or" \
        and number_at(ws, lows, first.end + 1, T) is not None


def _range_end(ws: list[Word], lows: list[str], j: int, T: Tables, link: str | None) -> tuple[int, NumberAt] | None:
    """The second end of a range after a number ending at word ``j``: '- M' glued
    (30-40), 'to M', or ``link`` M ('and' after 'between')."""
    if j + 1 >= len(ws):
        return None
    glued = ws[j].text in "-\u2013" and ws[j].start == ws[j - 1].end and ws[j + 1].start == ws[j].end
    if not (glued or lows[j] == (link or "to")):
        return None
    end = number_at(ws, lows, j + 1, T)
    if end is None or end.value is None or end.is_one:
        return None
    return end.end, end


def _alternative_end(ws: list[Word], lows: list[str], j: int, T: Tables) -> tuple[int, NumberAt] | None:
    """'or M' after a number ending at word ``j`` when a noun follows M: 'sixty or
    seventy people', 'two or three families' name one approximate span (G72); without
    a noun after them ('whether it was 100 or 400,') figures are alternatives, two
    COUNTs, but two small numbers in words are still one spoken span ('in groups of
    twenty or thirty, with no lights', 'its tally ran one or two behind')."""
    if j + 1 >= len(ws) or lows[j] != "or":
        return None
    end = number_at(ws, lows, j + 1, T)
    if end is None or end.value is None or end.is_one or end.end >= len(ws):
        return None
    noun = ws[end.end]
    if not (noun.text.isalpha() and noun.text.islower() and noun.low not in T.closed):
        spoken = ws[j - 1].text.isalpha() and ws[end.end - 1].text.isalpha() and end.end == j + 2 \
            and (lows[j - 1] in T.units or lows[j - 1] in T.tens) and (lows[j + 1] in T.units or lows[j + 1] in T.tens)
        return (end.end, end) if spoken else None
    return end.end, end


# Hedges before the last number of a list that gives one spread (G287).
_LIST_HEDGES = ("sometimes", "even", "at", "times", "occasionally", "or", "maybe", "perhaps")


def _list_end(ws: list[Word], lows: list[str], first: NumberAt, T: Tables) -> tuple[int, NumberAt] | None:
    """The last number of a list of more than two rising numbers after ``first``, joined
    by commas with a hedge or 'or' before the last one allowed, before a lower-case noun
    ('two, three, sometimes four times', 'ten, twelve, fifteen families'): one spread,
    one range COUNT (G287). Without a noun after it, or not rising, it is no spread; nor
    a list in figures with no hedge ('the three wards held 10, 20, 30 patients', '10, 25,
    40 people were wounded in three raids'): figures set side by side, each its own count."""
    j, prev, seen = first.end, first.value or 0, 1
    spoken, hedged = not any(ch.isdigit() for w in ws[first.end - 1:first.end] for ch in w.text), False
    while j + 1 < len(ws) and ws[j].text == ",":
        k = j + 1
        while k < len(ws) and lows[k] in _LIST_HEDGES:
            k += 1
        hedged = hedged or k > j + 1
        spoken = spoken and not any(ch.isdigit() for ch in ws[k].text)
        nxt = number_at(ws, lows, k, T)
        if nxt is None or nxt.value is None or nxt.is_one or not prev < nxt.value or nxt.value >= 1000:
            return None
        prev, seen, j, last = nxt.value, seen + 1, nxt.end, nxt
        if j < len(ws) and ws[j].text != ",":
            noun = ws[j]
            ok = seen > 2 and (spoken or hedged) and noun.text.isalpha() and noun.text.islower() \
                and noun.low not in T.closed and not only_verb(noun.low)  # gates 1, 2, 3 opened: a verb
            return (j, last) if ok else None
    return None


def _range_at(ws: list[Word], lows: list[str], i: int, T: Tables) -> CountAt | None:
    """A range (G72): 'between N and M', 'from N to M', 'N to M', 'N-M', 'N or M'
    before a noun, with N < M; a bound word before 'N to M' belongs to the range
    ('about 2,500 to 3,000': the range already says the figure is not exact)."""
    if i >= len(lows):
        return None
    link = T.range_links.get(lows[i])
    b = None if link else bound_length(lows, i, T)
    b = b if b and b[1] == "approximately" else None
    k = i + 1 if link else i + (b[0] if b else 0)
    first = number_at(ws, lows, k, T)
    if first is None or first.value is None:
        return None
    second = _range_end(ws, lows, first.end, T, link) or (None if link else _alternative_end(ws, lows, first.end, T)) \
        or (None if link or b else _list_end(ws, lows, first, T))
    if second is None or not first.value < (second[1].value or 0):
        return None
    return CountAt(i, second[0], _normalise(None, "range", first.value, "count", second[1].value), True, False)


def count_at(ws: list[Word], lows: list[str], i: int, T: Tables) -> CountAt | None:
    """A count expression starting at word ``i``: a range, or bound words and a number
    (or a fraction before 'of') with an optional percent word."""
    rng = _range_at(ws, lows, i, T)
    if rng is not None:
        return rng
    b = bound_length(lows, i, T)
    modifier, k = (b[1], i + b[0]) if b else ("exact", i)
    frac = None if fraction_of_scale(lows, k, T) else fraction(lows, k, T, b is not None)
    if frac is not None:
        v, lo, hi = bounds(frac[1], modifier)
        lo, hi = (v, v) if modifier == "exact" else (lo, hi)
        return CountAt(i, frac[0], CountValue(v, modifier, lo, hi, "fraction"), b is not None, False)
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
    if modifier == "exact" and _exceeded(ws, lows, i, j, T):
        modifier = "more_than"                        # arrivals pass 230,000: more than that
    elif modifier == "exact" and vmin is None and _or_more(lows, j):
        modifier = "at_least"                         # twenty, maybe more: at least twenty
    return CountAt(i, j, _normalise(value, modifier, vmin, unit), b is not None, core.is_one)


def _exceeded(ws: list[Word], lows: list[str], i: int, j: int, T: Tables) -> bool:
    """Whether the bare figure over words [i, j) is what a verb of exceeding before it
    passes (numbers.json's 'exceed_verbs': 'arrivals pass 230,000', 'the toll had passed
    50,000, officials said'): a bound outside the span, 'more than' the figure. Not
    where a noun follows the figure ('the convoy passed 12 checkpoints' counts them), nor
    where the subject is a measure (numbers.json's measured_wholes: 'temperatures passed
    40', 'prices have topped 300': a reading, not a count of people)."""
    if not (i > 0 and lows[i - 1] in load("numbers")["exceed_verbs"] and ws[i - 1].text.islower()):
        return False
    if not bare_figure(ws, lows, j, T):
        return _figure_subject(lows, i - 1, T)       # the toll has passed 550 dead: the toll is past 550
    x = i - 2
    while x >= 0 and (lows[x] in T.auxiliaries or lows[x] in T.adverbs):
        x -= 1
    return x < 0 or lows[x] not in load("numbers")["measured_wholes"]


def _figure_subject(lows: list[str], v: int, T: Tables) -> bool:
    """Whether the subject of the verb at word ``v`` is a figure noun (categories.json's
    figure_nouns), past auxiliaries and adverbs ('its toll has since passed 550 dead', 'the
    number of arrivals topped 9,000 people'): the figure passed is that figure's value, so
    more than it (G37), though its noun follows ('passed 12 checkpoints' counts them)."""
    x = v - 1
    while x >= 0 and v - x <= 4 and (lows[x] in T.auxiliaries or lows[x] in T.adverbs or lows[x] == "since"):
        x -= 1
    figures = load("categories")["figure_nouns"]
    return x >= 0 and (lows[x] in figures or x >= 2 and lows[x - 1] == "of" and lows[x - 2] in figures)


# Hedges between a figure and 'more' after it: 'twenty, maybe more', 'thirty or more'.
_MORE_HEDGES = ("or", "maybe", "perhaps", "possibly", "probably")


def _or_more(lows: list[str], j: int) -> bool:
    """Whether 'or more' or ', maybe more' follows the figure ending before word ``j``
    ('I counted twenty, maybe more', '300 or more'): at least the figure (G37, G74's
    'N-plus'); not 'or more than 40 percent', a second figure of its own."""
    k = j + (j < len(lows) and lows[j] == ",")
    if k >= len(lows) or lows[k] not in _MORE_HEDGES:
        return False
    k += 1
    return k < len(lows) and lows[k] == "more" and (k + 1 >= len(lows) or lows[k + 1] != "than")


# Prepositions after a figure that still belong to its noun: a share ('3 of the
# checkpoints'), a range or score ('300 to 120'), a rate, a comparison.
_NOUN_PREPOSITIONS = ("of", "to", "per", "than")


def bare_figure(ws: list[Word], lows: list[str], j: int, T: Tables) -> bool:
    """Whether the figure ending before word j has no noun of its own after it, so that a
    verb of passing or reaching before it measures its subject ('arrivals pass 230,000
    as ...', 'refugees reached 40,000 on Monday', 'passed 50,000 this week'): the end
    of the text, punctuation, a preposition (not one of a share, range or rate: '3 of
    the checkpoints', '300 to 120'), a rate's 'a day' or 'per week', or 'and' not before
    another figure ('passed 2 and 3 checkpoints': both count the checkpoints). The one home of this test for the
    COUNT modifier (:func:`count_at`) and COUNT_OF (counts.py)."""
    if j >= len(lows) or not ws[j].text[:1].isalpha():
        return True
    w = lows[j]
    if w == "and":
        return number_at(ws, lows, j + 1, T) is None
    if w in ("a", "an", "per") and j + 1 < len(lows) and lows[j + 1] in T.time_units:
        return True                                   # averaged 2,000 a day: a rate, no noun of its own
    return w in ("this", "last") or w in T.prepositions and w not in _NOUN_PREPOSITIONS


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
