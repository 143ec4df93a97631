"""What is no COUNT (G35, G79): the exclusion rules a count expression is checked against.

Why apart from the count layer: each kind of non-count (a date, an age, a duration, a
measure, a number in a name) is one small function in :data:`EXCLUSIONS`, so a new
kind is one function and one entry, and someone changing what is not counted opens
this file only; :mod:`~ghouta_corpus.annotate.counts` asks :func:`excluded`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import cache

from .candidate import Candidate
from .elided_units import ELIDED_UNITS
from .lexicons import load
from .numbers import CountAt, bound_length, count_at
from .one_meaning import one_meaning_a
from .shares import percent_of_a_measure
from .tables import Tables
from .wordclass import is_plural_noun, only_verb, word_classes
from .words import APOS, ASCII_NUMBER, POSSESSIVES, QUOTES, Word, is_cap


def _glued_before(c: Candidate) -> bool:
    """mid-2013, 2:34, $5"""
    s = c.first.start
    return s > 0 and (c.text[s - 1] in "-:/$\u20ac\u00a3" or c.text[s - 1].isalnum())


def _glued_after(c: Candidate) -> bool:
    """2:34, 20-year-old, 18th (an ordinal)"""
    e = c.last.end
    return e < len(c.text) and (c.text[e] in ":/-" or c.text[e].isalnum())


def _duration(c: Candidate) -> bool:
    """two days, 10 years; the first number of 'four or five days', 'two to three weeks' (one duration, G79)"""
    k = c.m.end
    second = count_at(c.ws, c.lows, k + 1, c.T) if k + 1 < len(c.ws) and c.lows[k] in ("or", "to") else None
    if second is not None:
        k = second.end
    if k + 1 < len(c.ws) and c.lows[k] in _MORE_TIME:
        k += 1                                        # two more days, three further weeks
    if c.lows[k:k + 3] in (["and", "a", "half"], ["and", "a", "quarter"]):
        k += 3                                        # two and a half years
    return k < len(c.ws) and (c.lows[k] in c.T.time_units or c.ws[k].text in c.T.time_units)


# Words between a number and its time unit that keep it a duration (G79).
_MORE_TIME = frozenset(("more", "further", "additional", "extra", "long", "whole", "full"))


_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .\u2009-]\d{2,4}){2,}")


def _phone(c: Candidate) -> bool:
    """Digits of a telephone or reference number: '+254 700 000 000', three or more
    groups of digits in a row, or a group after '+' (G79: numbers in references)."""
    s = c.first.start
    if s > 0 and c.text[s - 1] == "+":
        return True
    if not c.digits or "," in c.first.text:
        return False
    a, b = c.text.rfind("\n", max(0, s - 24), s) + 1 or max(0, s - 24), c.text.find("\n", s, s + 24)
    b = min(len(c.text), s + 24) if b < 0 else b      # (a window around the number: linear in the text)
    return any(m.start() <= s < m.end() for m in _PHONE.finditer(c.text, a, b))


def _clock_words(c: Candidate) -> bool:
    """A clock time in words: 'six in the morning', 'ten at night', 'five o'clock'
    (G79: a time, which the TIME layer takes)."""
    v, k = c.m.count.value, c.m.end
    if v is None or v > 12 or c.m.bound:
        return False
    after = c.lows[k:k + 3]
    return after[:3] in (["in", "the", "morning"], ["in", "the", "afternoon"], ["in", "the", "evening"]) \
        or after[:2] == ["at", "night"] or (k < len(c.ws) and c.ws[k].text.lower().startswith("o\u2019clock")) \
        or c.text[c.last.end:c.last.end + 8].lower().startswith((" o'clock", " o\u2019clock"))


def _bare_hour(c: Candidate) -> bool:
    """A clock hour in words with no noun after it, after a preposition of time: 'we
    read at nine, and at ten we stop', 'By ten the house was gone', 'explosions at about
    five' (G79: a time, not a COUNT); not a figure a verb or figure noun before it
    measures ('put the number of wounded at five', 'the toll rose by two': numbers.json's
    clock_hours figure_words and categories.json's figure_nouns in the ten words before)."""
    v, s, k = c.m.count.value, c.m.start, c.m.end
    if v is None or v > 12 or c.digits or c.m.count.modifier not in ("exact", "approximately"):
        return False
    nxt = c.lows[k] if k < len(c.ws) else ""
    if nxt[:1].isalpha() and nxt not in c.T.closed or nxt in ("of", "or", "to", "and", "out"):
        return False                                  # (at ten sites, at two of them, at two or three)
    hours = load("numbers")["clock_hours"]
    if s == 0 or c.lows[s - 1] not in hours["prepositions"]:
        return False
    if c.lows[s - 1] == "by" and s >= 2 and c.ws[s - 2].text[:1].isalnum():
        return False                                  # (shared by ten, attacked by two: an agent; By ten, ...)
    figures = load("categories")["figure_nouns"]
    return not any(w in figures or w in hours["figure_words"] for w in c.lows[max(0, s - 10):s])


def _ago_away_or_in_two(c: Candidate) -> bool:
    """A number whose noun is a span of time or distance by the word after it: 'three
    harvests ago', 'lived two streets away' (not 'kept 300 people away from the border':
    'away from' may say where people are kept), and a number that says into how many
    parts a thing broke: 'the bridge snapped in two', 'a town split in two' (G79:
    times, distances and measures; numbers.json's after_noun_measures and splitting_verbs)."""
    words, k, s = load("numbers")["after_noun_measures"], c.m.end, c.m.start
    if k + 1 < len(c.ws) and c.ws[k].text.isalpha() and c.lows[k] not in c.T.closed and c.lows[k + 1] in words:
        return c.lows[k + 1] == "ago" or not (k + 2 < len(c.ws) and c.lows[k + 2] == "from")
    nxt = c.lows[k] if k < len(c.ws) else ""
    return s >= 2 and c.lows[s - 1] in ("in", "into") and c.lows[s - 2] in load("numbers")["splitting_verbs"] \
        and not (nxt[:1].isalpha() and nxt not in c.T.closed)


_FULL_MONTHS = frozenset(calendar.month_name[1:])   # their full stop ends a sentence ('since April. Roughly half')


def _after_month_or_label(c: Candidate) -> bool:
    """February 18, Aug. 25, Resolution 2401, Block 4, School No. 134 (a short label word
    abbreviated with a full stop: G79's numbers in names and references); not a label
    word that is already a whole name before a figure with a plural noun after it ('in
    Kabul District 12 families were evacuated': a figure above one counts a plural; see
    _whole_name), nor a sentence's last word ('reached the Terminal. 300 people', 'The
    answer was No. 300 people marched')."""
    s = c.m.start
    short = s >= 2 and c.ws[s - 1].text == "." and c.ws[s - 2].text in c.T.label_words \
        and len(c.ws[s - 2].text) <= 3
    abbreviated = s >= 2 and c.ws[s - 1].text == "." and c.ws[s - 2].text in c.T.months \
        and c.ws[s - 2].text not in _FULL_MONTHS or short and not (
        _plural_after(c) and _ends_sentence(c, s - 2))
    label = c.prev is not None and c.prev.text in c.T.label_words and not (
        _plural_after(c) and _whole_name(c, s - 1))
    return abbreviated or label or (c.prev is not None and c.prev.text in c.T.months)


def _whole_name(c: Candidate, k: int) -> bool:
    """Whether the label word at k ends a name without the figure: a capitalised word of
    the name stands before it ('Kabul District', 'the Green Zone'); a label word alone
    ('Camp 8 residents said', 'in Block 4 children', 'the Ward 3 patients') names
    nothing without its number."""
    return k >= 1 and is_cap(c.ws[k - 1].text) and c.lows[k - 1] not in c.T.closed \
        and c.lows[k - 1] not in c.T.prepositions


def _ends_sentence(c: Candidate, k: int) -> bool:
    """Whether the short label word at k (No.) is a word ending a sentence: a lower-case
    word that is no determiner or possessive stands before it ('The answer was No.'),
    not a name's word or a determiner ('School No. 134', 'the No. 2 official')."""
    return k >= 1 and c.ws[k - 1].text.isalpha() and c.ws[k - 1].text.islower() \
        and c.lows[k - 1] not in c.T.determiners and c.lows[k - 1] not in POSSESSIVES


def _plural_after(c: Candidate) -> bool:
    """Whether a lower-case plural noun follows the figure (12 families); not a verb in -s
    with its object after it ('Resolution 2401 demands a ceasefire', 'Sector 4 holds 300
    families': a determiner, possessive or number after the -s word)."""
    nxt, k = c.nxt, c.m.end + 1
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()) or nxt.low in c.T.closed \
            or only_verb(nxt.low) or not (nxt.low.endswith("s") and not nxt.low.endswith("ss")
                                          or is_plural_noun(nxt.low)):
        return False
    after = c.lows[k] if k < len(c.lows) else ""
    return not (after in c.T.determiners or after in POSSESSIVES or after[:1].isdigit())


def _measure(c: Candidate) -> bool:
    """12 km, 2,000 acres, ten or twenty times, 10 a.m. (G79: measurements, money,
    multipliers and clock times are no COUNTs); also the first number of 'N or M km'
    and of 'N by M metres' (a plot's sides)."""
    nxt = c.nxt
    k = c.m.end
    if nxt is not None and nxt.low in ("or", "to", "by") and k + 1 < len(c.ws) and c.ws[k + 1].text[:1].isdigit() | (
            c.lows[k + 1] in c.T.units or c.lows[k + 1] in c.T.tens):
        k += 2
        nxt = c.ws[k] if k < len(c.ws) else None
    change = c.prev is not None and c.prev.low in _CHANGE
    if nxt is not None and nxt.low == "times" and not change and not _multiplier(c.lows, k + 1):
        return False                                  # queued there four times: occurrences, counted (G33)
    if nxt is not None and (nxt.low in c.T.measure_units or nxt.text in c.T.measure_units):
        return True
    if nxt is not None and nxt.text in c.T.demonyms and k + 1 < len(c.ws) and c.lows[k + 1] in c.T.measure_units:
        return True                                   # 20,000 Syrian pounds, 500 Sudanese pounds: money (G79)
    if nxt is not None and nxt.low == "of" and k + 1 < len(c.ws) and c.lows[k + 1] in c.T.measure_units \
            and c.lows[k + 1] != "times":
        return True                                   # hundreds of dollars (but dozens of times: occurrences)
    after = c.text[c.last.end:c.last.end + 6]
    return bool(re.match(r"\s?[ap]\.?m\b\.?", after, re.IGNORECASE))


# Words of change before a number of times: 'went up ten times', 'rose by five times': a multiplier.
_CHANGE = frozenset(("up", "down", "rose", "risen", "rise", "rises", "increased", "grew", "grown", "fell", "fallen",
                     "dropped", "by", "multiplied", "jumped", "soared"))


@cache
def _clause_openers() -> frozenset[str]:
    """Words that, after 'N times as', make 'as' open a clause of time, so the times are
    occurrences, counted ('counted the same families two or three times as they moved'),
    not a comparison's multiplier ('three times as many', G79): grammar.json's subject
    pronouns, 'the' and 'there'."""
    return frozenset(w.lower() for w in load("grammar")["subject_pronouns"]) | {"the", "there"}


def _multiplier(lows: list[str], k: int) -> bool:
    """Whether 'times' ending before word k multiplies ('three times more', 'ten times the size', 'twice as
    many') rather than counts occurrences ('four times since Friday'): a measure (G79)."""
    nxt = lows[k] if k < len(lows) else ""
    if nxt == "as" and k + 1 < len(lows) and lows[k + 1] in _clause_openers():
        return False                                  # counted them three times as they moved: 'as' opens a clause
    return nxt in ("more", "less", "fewer", "as", "higher", "lower", "larger", "bigger", "greater", "smaller",
                   "the", "that", "over", "faster", "worse", "better", "longer", "its", "their", "his", "her",
                   "our", "my", "your", "what")                  # four times its capacity


def _age(c: Candidate) -> bool:
    """Ages (G64, G79): 'Samira, 52, said' (set off by commas after a name), 'aged 9',
    'He was fifteen', 'all under 15' (a bound with no noun), a range or 'under N' right after a person noun (G35)."""
    v, s = c.m.count.value if c.m.count.value is not None else c.m.count.max, c.m.start
    if v is None or v > 120 or c.m.count.unit != "count":
        return False                                  # (a range's upper end: 'aged between 15 and 55')
    prev, nxt = c.prev, c.nxt
    if prev is not None and (prev.low in c.T.age_words
                             or (prev.low == "of" and s >= 2 and c.lows[s - 2] in c.T.age_words)):
        return True                                   # aged 9, under the age of five
    k = s - 1
    while k >= 2 and c.lows[k] in ("and", "or", ",") and c.ws[k - 1].text[:1].isdigit() | (
            c.lows[k - 1] in c.T.units or c.lows[k - 1] in c.T.tens):
        k -= 2                                        # aged four and seven: every age of the list
        if c.lows[k] in c.T.age_words:
            return True
    w = s - 2
    while w > 0 and c.ws[w - 1].end == c.ws[w].start and (c.ws[w - 1].text[:1].isalpha() or c.ws[w - 1].text in APOS):
        w -= 1                                        # (Sa'di: a name with an apostrophe is one word)
    name_before = s >= 2 and c.ws[w].text[0].isalpha() and (is_cap(c.ws[w].text) or "-" in c.ws[s - 2].text)
    if prev is not None and prev.text == "," and name_before and nxt is not None and nxt.text in (",", ".", ";"):
        return True
    if prev is not None and prev.low == "of" and s >= 2 and c.lows[s - 2] in c.T.person_nouns \
            and c.lows[s - 2] not in load("nouns")["parent_nouns"] \
            and c.lows[s - 2] not in load("numbers")["group_size_nouns"] \
            and (nxt is None or not nxt.text.isalpha() or nxt.low in c.T.closed or only_verb(nxt.low)) \
            and not _participle_before_plural(c):
        return True                                   # a woman of seventy (who ...), a man of 80 said; not a
        #                                               group's size: a family of seven (numbers.json group_size_nouns),
        #                                               nor members of two extended families (a noun after the -ed word)
    noun_next = nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in c.T.closed
    if prev and prev.low in c.T.person_nouns and v <= 100 and (not noun_next or only_verb(c.lows[c.m.end])) \
            and (c.m.count.modifier == "range" or c.lows[s] == "under"):
        return True                                   # every man between 15 and 60, children under five arriving
    if noun_next:
        return False
    if _age_aside_or_life_step(c, s):
        return True
    if prev is not None and prev.low in ("was", "is", "were", "are", "turned", "turns") and s >= 2 and (
            c.lows[s - 2] in ("he", "she", "i", "they", "we", "you", "both", "all", "who")
            or c.lows[s - 2] in c.T.person_nouns or is_cap(c.ws[s - 2].text)) and c.lows[s - 2] != "there":
        return True                                   # she is four, my son was nine, Amina turned 12 (not the
        #                                               existential 'There were eleven': how many there were, G33)
    if c.m.bound and c.lows[c.m.start] == "over" and prev is not None and prev.low in ("were", "are") and v <= 100:
        figures = load("categories")["figure_nouns"]
        return not any(w in figures for w in c.lows[max(0, s - 8):s])    # most were over 65 (not: the toll ...)
    return c.m.bound and c.lows[c.m.start] == "under" and prev is not None and prev.low in ("all", "were", "was", "are",
                                                                                         "is", "aged", "children")


def _participle_before_plural(c: Candidate) -> bool:
    """Whether the word after the figure is an -ed form that premodifies a plural noun after it ('members of two
    extended families', 'a convoy of 40 armoured vehicles'): the figure counts that noun (G33, G40), where a bare
    -ed verb after 'a man of 80' ('a man of 80 died') opens the predicate of a person whose age it is."""
    k = c.m.end
    return k + 1 < len(c.ws) and c.lows[k].endswith("ed") and c.ws[k + 1].text.isalpha() \
        and c.ws[k + 1].text.islower() and is_plural_noun(c.lows[k + 1]) and not only_verb(c.lows[k + 1])


def _age_aside_or_life_step(c: Candidate, s: int) -> bool:
    """A bare figure of a person's age (G64, G79): 'his daughter, now 3, sleeps' (', now
    N,' after a person noun or name) and 'left at 17', 'married at 16' (numbers.json's
    age_at_verbs, a step of a life, then 'at N' with no noun after)."""
    lows = c.lows
    if s >= 4 and lows[s - 1] == "now" and lows[s - 2] == "," and c.nxt is not None and c.nxt.text in (",", ")") \
            and (lows[s - 3] in c.T.person_nouns or is_cap(c.ws[s - 3].text)):
        return True
    return s >= 2 and lows[s - 1] == "at" and lows[s - 2] in load("numbers")["age_at_verbs"] and not c.m.bound


def _day_before_month(c: Candidate) -> bool:
    """18 February; between 9 and 15 February, 3-5 May (a range of days: a date, G79);
    the first day of 'the weekend of 14 and 15 October' (days joined by 'and' or 'or')."""
    if not ASCII_NUMBER.fullmatch(c.last.text):
        return False
    k = c.m.end
    if c.nxt is not None and c.nxt.low in ("and", "or") and k + 2 < len(c.ws) and c.ws[k + 1].text.isdecimal() \
            and int(c.ws[k + 1].text) <= 31 and c.ws[k + 2].text in c.T.months and int(c.last.text) <= 31:
        return True
    return c.nxt is not None and c.nxt.text in c.T.months


# Hedges of numbers.json's bounds that are sentence adverbs, as able to hedge a year as a figure.
_HEDGE_ADVERBS = tuple(load("numbers")["hedge_adverbs"])


def _year(c: Candidate) -> bool:
    """late 2016, in 2013, the 2021 coup (but not 2000 people, the 2000 people)"""
    first, T = c.first.text, c.T
    if not (c.digits and c.m.count.unit == "count" and "," not in first and "." not in first and c.one_word):
        return False
    if not (T.year_range[0] <= int(first) <= T.year_range[1]) or c.m.bound and c.lows[c.m.start] not in _HEDGE_ADVERBS:
        return False                                  # (a sentence adverb may hedge a year: 'probably 2015')
    nxt, prev = c.nxt, c.prev
    noun_next = nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in T.closed
    if noun_next and nxt is not None and prev is not None and prev.low in T.determiners \
            and _singular_thing(c, nxt.low):
        return True                                   # the 2021 coup: one thing of a year, not 2021 of them
    return not noun_next or (prev is not None and prev.low in T.year_context)


def _singular_thing(c: Candidate, low: str) -> bool:
    """Whether the noun after a year-like figure names one thing, which a count could not
    take ('the 2021 coup', 'a 2015 election'): a singular noun that ends its phrase (not
    the modifier of a plural head: 'the 2000 aid workers', 'the 2000 family members') and
    is no collective noun of people, which takes a count in the singular ('the 1800 staff',
    'a 1500 crew': nouns.json's occupations, kin and people lists)."""
    if "NOUN" not in word_classes(low) or is_plural_noun(low) or low in c.T.person_nouns:
        return False
    after = c.lows[c.m.end + 1] if c.m.end + 1 < len(c.lows) else ""
    return not (after.isalpha() and is_plural_noun(after))


def _elliptical_date(c: Candidate) -> bool:
    """March 2 and 3, on 4 or 5 May: a day coordinated with a date's day takes its month and year from it (G142)."""
    s = c.m.start
    if not (c.digits and c.one_word and not c.m.bound) or s < 3 or c.lows[s - 1] not in ("and", "or", "to"):
        return False
    day = c.ws[s - 2].text
    return day.isdecimal() and int(day) <= 31 and c.ws[s - 3].text in c.T.months


def _fraction_of_one_thing(c: Candidate) -> bool:
    """half of a lesson, a third of an hour (G118): a share of one thing is a measure,
    not a COUNT of people, groups or things (half of a million is a number)."""
    k = c.m.end
    return c.m.count.unit == "fraction" and k + 2 < len(c.ws) and c.lows[k] == "of" \
        and c.lows[k + 1] in ("a", "an") and c.lows[k + 2] not in c.T.scales


def _in_a_name(c: Candidate) -> bool:
    """Delmas 33, Sector 4: a bare number after a capitalised word inside a sentence,
    with no noun after it, is part of a name (G79: numbers in names and references)."""
    prev, nxt, s = c.prev, c.nxt, c.m.start
    if prev is None or c.m.bound or not c.digits or "," in c.first.text or not is_cap(prev.text):
        return False
    if prev.text in c.T.months or s < 2 or c.ws[s - 2].text in ".!?\n" or not prev.text.isalpha():
        return False
    return nxt is None or not nxt.text.isalpha()


def _quoted_name(c: Candidate) -> bool:
    """the "four towns" deal, the "two villages" plan: a number opening a short quoted phrase
    with a noun of its own that premodifies the singular noun after its closing quote names that thing (G79:
    numbers in names and references), not a COUNT of the quoted noun."""
    s = c.m.start
    if s < 1 or c.ws[s - 1].text not in QUOTES + "'‘":
        return False
    k = next((k for k in range(c.m.end + 1, min(c.m.end + 3, len(c.ws))) if c.ws[k].text in QUOTES + "'’"), None)
    if k is None or k + 1 >= len(c.ws) or not c.lows[k - 1].isalpha():
        return False                                  # (a quoted figure alone: "[between 200 and 250]" staff)
    after = c.ws[k + 1]
    return after.text.isalpha() and after.text.islower() and after.low not in c.T.closed \
        and "NOUN" in word_classes(after.low) and not is_plural_noun(after.low) and not only_verb(after.low)


def _before_a_unit_name(c: Candidate) -> bool:
    """the 444 Brigade, the 7th Regiment: a number in digits before a capitalised
    singular head of an armed, state or organisation unit (nouns.json's lists) is part of
    the unit's name (G79), since a figure above one counts a plural ('400 Soldiers' in
    a headline stays a COUNT)."""
    return not c.m.bound and c.one_word and unit_number(c.ws, c.lows, c.core_start)


def unit_number(ws: list[Word], lows: list[str], k: int) -> bool:
    """Whether the word at k is a number in digits after 'the' that begins a unit's name
    with the capitalised word after it (the 444 Brigade); the name finder starts the name
    there. Without 'the' the number counts ('Airstrike Kills 7 Army Recruits')."""
    if k + 1 >= len(ws) or k == 0 or lows[k - 1] != "the" or not ASCII_NUMBER.fullmatch(ws[k].text) \
            or "," in ws[k].text:                     # (no 'the': a headline's count, 'Shelling Wounds 15 Militia')
        return False
    nxt, after = ws[k + 1].text, lows[k + 2] if k + 2 < len(lows) else ""
    counted_after = after.isalpha() and after.endswith("s") and is_plural_noun(after)   # 300 Committee members
    return is_cap(nxt) and nxt.isalpha() and lows[k + 1] in _unit_heads() and not is_plural_noun(lows[k + 1]) \
        and not lows[k + 1].endswith("s") and not counted_after


@cache
def _unit_heads() -> frozenset[str]:
    """The heads of nouns.json's armed, state and organisation lists (brigade, army): units a number can name."""
    lists = load("nouns")["actor_lists"]
    return frozenset(w for lst in lists.values() if lst["type"] in ("armed_group", "government", "organization")
                     for w in lst["words"] if " " not in w)


def _name_particle(c: Candidate) -> bool:
    """Erik ten Hag"""
    return (c.one_word and not c.digits and c.first.text.islower() and c.prev is not None and c.nxt is not None
            and is_cap(c.prev.text) and is_cap(c.nxt.text) and not c.m.bound)


def _fraction_noun(c: Candidate) -> bool:
    """the western half of the city, the other half: a part, not a fraction COUNT (G75)"""
    return c.m.count.unit == "fraction" and not c.m.bound and c.prev is not None and (
        c.prev.low in ("the", "a", "an", "other", "each", "every", "first", "second", "last")
        or c.prev.text in c.T.compass)


def _pronominal(c: Candidate) -> bool:
    """the two of them"""
    return (c.prev is not None and c.prev.low in ("the", "a") and c.lows[c.core_start] in c.T.units and c.one_word
            and c.nxt is not None and c.nxt.low in ("of",))


# Each rule says when a count expression is not a COUNT; one that any rule claims is skipped.
EXCLUSIONS: tuple[Callable[[Candidate], bool], ...] = (
    _glued_before, _glued_after, _duration, _after_month_or_label, _day_before_month, _year, _name_particle,
    one_meaning_a, _pronominal, _measure, percent_of_a_measure, _age, _fraction_noun, _phone, _clock_words,
    _elliptical_date, _fraction_of_one_thing, _in_a_name, _before_a_unit_name,
    _bare_hour, _ago_away_or_in_two, _quoted_name, *ELIDED_UNITS,
)


def excluded(text: str, ws: list[Word], lows: list[str], T: Tables, m: CountAt) -> bool:
    """Whether an exclusion rule claims the count expression ``m``: it is no COUNT."""
    b = bound_length(lows, m.start, T) if m.bound else None
    c = Candidate(text, ws, lows, T, m, m.start + b[0] if b else m.start)
    return any(rule(c) for rule in EXCLUSIONS)
