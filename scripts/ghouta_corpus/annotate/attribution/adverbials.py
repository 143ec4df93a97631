"""Adverbials and addressees around a cue: the words the attribution finder skips between a
cue and its content (time adverbials, manner phrases, an addressee) or before a clause's subject.

Why a module of its own: these lists of words grow with every new kind of dateline, time
phrase and addressee, while :mod:`.finder` keeps to clause edges, sources and contents; the
finder's methods of the same names delegate here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from ..context import Ctx
from ..numbers import count_at
from ..words import APOS, is_cap
from .grammar import manner_at


class Finder(Protocol):
    """What these readers ask of the attribution finder (its words and lexicons); a protocol,
    so that this module does not import :mod:`.finder`, which delegates to it."""

    c: Ctx
    T: Any
    A: Mapping[str, Any]
    manner: list[tuple[str, ...]]

    def lw(self, k: int) -> str: ...

    def tw(self, k: int) -> str: ...

    def is_cue(self, k: int) -> bool: ...

    def ly_adverb(self, k: int) -> bool: ...

    def lower_connective(self, k: int) -> bool: ...


def time_adv_right(f: Finder, k: int, hi: int) -> int:
    """Skip time adverbials starting at k (on Wednesday, earlier, last week)."""
    T = f.T
    while k < hi:
        low, t = f.lw(k), f.tw(k)
        x = _saying_adverbial(f, k, hi)
        if x > k:
            k = x
            continue
        if low in ("on", "last", "this", "next", "late", "early") and k + 1 < hi and (
                f.tw(k + 1) in T.weekdays or f.tw(k + 1) in T.months or f.lw(k + 1) in T.time_nouns):
            k += 2
            if k < hi and re.fullmatch(r"\d{1,2}", f.tw(k)):
                k += 1
            if f.tw(k - 1) in T.weekdays and f.lw(k) in T.time_nouns and f.lw(k + 1) == "that":
                k += 1                            # reported on Saturday evening that ...
            continue
        if low in f.A["time_quantifiers"] and f.lw(k + 1) in T.time_nouns:
            k += 2                                # asked every morning if ...
            continue
        if low in ("on", "at", "in", "over", "during") and f.lw(k + 1) == "the" \
                and f.lw(k + 2) in T.time_nouns:
            k += 3                                # said at the weekend, over the weekend
            continue
        if low in f.A["time_adverbs"] or low in ("also", "previously", "repeatedly", "again"):
            k += 1
            continue
        if t in T.weekdays:
            k += 1
            continue
        manner = manner_at(f.c, k, f.manner)
        if manner:
            k += manner                           # said in a statement
            continue
        if low in ("in", "at", "on", "from") and k + 1 < hi and is_cap(f.tw(k + 1)) \
                and f.tw(k + 1)[0].isalpha():
            k += 2                                # told reporters in Geneva that ...; wrote on Telegram; from Kabul
            while k < hi and f.tw(k)[:1].isalpha() and (
                    is_cap(f.tw(k)) or re.fullmatch(r"[a-z]{1,3}-[A-Z]\S*", f.tw(k))):
                k += 1                            # (from Deir al-Balah)
            continue
        break
    return k


def time_lead(f: Finder, a: int, b: int) -> int:
    """Past a time adverbial that opens the clause without a comma, before its
    subject: 'Every hour someone came', 'The following day it gave' (G46)."""
    T, lw = f.T, f.lw

    def time_noun(k: int) -> bool:
        return lw(k) in T.time_nouns or lw(k) in T.time_units
    A = f.A
    if lw(a) in A["time_quantifiers"] and time_noun(a + 1) and a + 2 < b:
        return a + 2
    if lw(a) == "the" and lw(a + 1) in A["time_relatives"] and time_noun(a + 2) and a + 3 < b:
        return a + 3
    if lw(a) in A["time_lead"] and time_noun(a + 1) and a + 2 < b and f.tw(a + 2) != ",":
        return a + 2                              # This time nobody came, By evening a neighbour said
    if lw(a) in A["time_adverbs"] and a + 1 < b and f.tw(a + 1) != "," \
            and f.tw(a).istitle():
        return a + 1                              # Now my son asks ...: the adverb opens the sentence
    return time_phrase(f, a, b)


def time_phrase(f: Finder, a: int, b: int) -> int:
    """Past a longer time phrase with no comma before the subject (G46): a lead word and up
    to three words to a day, month or time noun ('On Tuesday he', 'On the fourth day my
    neighbour', 'For months Prime Minister X'), or a length of time and 'later' or 'ago'
    ('Two days later commanders'); not where 'of' or a comma follows ('On the day of ...')."""
    T, lw, tw = f.T, f.lw, f.tw

    def timeword(k: int) -> bool:
        return tw(k) in T.weekdays or tw(k) in T.months or lw(k) in T.time_nouns or lw(k) in T.time_units
    lead = lw(a) in f.A["time_lead"] or lw(a) in f.A["duration_lead"]
    x = a + 1 if lead else a
    while x < min(b, a + 4) and not timeword(x) and tw(x).isalnum() and (x == a or tw(x).islower()) \
            and lw(x) not in T.verbs and lw(x) not in T.auxiliaries and lw(x) not in T.prepositions \
            and lw(x) not in T.subject_pronouns:
        x += 1
    if not timeword(x):
        return a
    x += 1
    while x < b and (timeword(x) or re.fullmatch(r"\d{1,2}", tw(x))):
        x += 1                                    # On Sunday evening, On 3 May, On May 3
    if not lead:
        if lw(x) not in ("later", "ago", "earlier"):
            return a
        x += 1
    elif time_noun_modifies(f, x - 1, x):
        return a
    if x >= b or tw(x) == "," or lw(x) in T.prepositions or lw(x) in T.verbs or lw(x) in T.auxiliaries \
            or tw(x)[:1] in APOS:
        return a                                  # (not a possessive: the first week's fighting)
    return x


def time_noun_modifies(f: Finder, t: int, x: int) -> bool:
    """Whether the singular time noun at t may rather modify the lower-case words from x
    ('night staff said', 'the night shift nurses', 'the evening prayers worshippers', 'the
    first year alone officials'): unless x is a determiner, pronoun or number, or one bare
    plural noun right before the verb ('On Tuesday night officials said')."""
    T, lw, tw = f.T, f.lw, f.tw
    if lw(t) not in T.time_nouns or lw(t).endswith("s") or not tw(x).islower() \
            or lw(x) in T.determiners or lw(x) in T.subject_pronouns \
            or count_at(f.c.ws, f.c.lows, x, T) is not None:
        return False
    nxt = lw(x + 1)
    return not (lw(x).endswith("s") and (nxt in T.verbs or nxt in T.auxiliaries or f.is_cue(x + 1)))


def object_np(f: Finder, a: int, hi: int) -> int:
    """End of the addressee noun phrase at a (told Reuters, told state news agency
    RIA, told him): left out of both source and content (G49)."""
    T = f.T
    k = a
    if k < hi and f.lw(k) in ("him", "her", "them", "us", "me", "you"):
        return k + 1
    if k < hi and is_cap(f.tw(k)) and f.tw(k)[0].isalpha():
        while k < hi and is_cap(f.tw(k)) and f.tw(k)[0].isalpha():
            k += 1                                # told Reuters | the figure could rise
        j = k
        while j < min(hi, k + 2) and f.tw(j).isalpha() and f.tw(j).islower() and _plain_noun(f, j):
            j += 1
        return j if j > k and f.lw(j) in ("that", "to") else k   # told UNHCR staff | that ...
    while k < hi and k < a + 8:
        if k > a and (f.lw(k) in T.determiners or f.tw(k) in T.subject_pronouns):
            break                                 # told reporters | the figure could rise; told my sons | we ...
        t, low = f.tw(k), f.lw(k)
        if not t[0].isalpha() or low in ("that", "to", "about", "of", "on", "in", "at", "as") \
                or low in T.auxiliaries or low in T.verbs or low in T.cue_forms:
            break
        k += 1
    return k


def _plain_noun(f: Finder, k: int) -> bool:
    """Whether lower-case word k may be a noun of an addressee after a name ('UNHCR staff',
    'Wire reporters'): no determiner, pronoun, auxiliary, verb or cue form."""
    T, low = f.T, f.lw(k)
    return low not in T.determiners and f.tw(k) not in T.subject_pronouns and low not in T.auxiliaries \
        and low not in T.verbs and low not in T.cue_forms and low not in T.prepositions and low != "that"


def _after_an_interval(f: Finder, k: int, hi: int) -> int:
    """Past 'two days after the strike' (perhaps between commas) right before 'that': a time
    adverbial of the saying (G56), or k."""
    a = k + 1 if f.tw(k) == "," else k
    if not (f.lw(a + 1) in f.T.time_units and f.lw(a + 2) in ("after", "before") and f.tw(a)[:1].isalnum()):
        return k
    for x in range(a + 3, min(hi, a + 9)):
        if f.lw(x) == "that" or f.tw(x) == "," and f.lw(x + 1) == "that":
            t = x + 1 if f.tw(x) == "," else x
            nxt = f.lw(t + 1)
            relative = nxt in f.T.verbs or nxt in f.T.auxiliaries or nxt.endswith("ed")
            return k if relative else t           # (not 'after the strike that killed ...')
        if f.tw(x) in (",", ";", ".") or f.is_cue(x):
            return k
    return k


def _saying_adverbial(f: Finder, k: int, hi: int) -> int:
    """Past one adverbial of the saying at k that the main loop does not read (G56), or k:
    'late on Tuesday' (to its day), 'the same day that', 'only that', 'privately that',
    ', however, that', 'two days after the strike that'."""
    T, low = f.T, f.lw(k)
    if low in ("late", "early") and f.lw(k + 1) in ("on", "in") and (
            f.tw(k + 2) in T.weekdays or f.tw(k + 2) in T.months):
        return k + 1                              # said late on Tuesday that ...
    if low == "the" and f.lw(k + 1) in f.A["time_relatives"] and f.lw(k + 2) in T.time_nouns \
            and f.lw(k + 3) == "that":
        return k + 3                              # told reporters the same day that ...
    if (low == "only" or f.ly_adverb(k) or low in T.adverbs) and f.lw(k + 1) == "that":
        return k + 1                              # said only that; said privately that: a hedge, not content
    if f.tw(k) == "," and f.lower_connective(k + 1) and f.tw(k + 2) == "," and f.lw(k + 3) == "that":
        return k + 3                              # acknowledged, however, that ...
    return _media_phrase(f, k, hi) or _after_an_interval(f, k, hi)   # said two days after the strike that ...


def _media_phrase(f: Finder, k: int, hi: int) -> int:
    """Past 'in a toll released on Sunday', 'in a note last week', 'in a television
    interview' right before 'that' (attribution.json's 'saying_media'): where the saying
    came, a manner adverbial of the cue, not content (G56); or 0. The 'that' must follow
    within a few words with no comma or verb of saying between (not 'in a report that
    said', where the noun has a relative clause)."""
    if f.lw(k) != "in" or f.lw(k + 1) not in ("a", "an", "its", "his", "her", "their", "the"):
        return 0
    n = next((x for x in range(k + 2, min(hi, k + 5)) if f.lw(x) in f.A["saying_media"]), None)
    if n is None:
        return 0
    for x in range(n + 1, min(hi, n + 6)):
        if f.lw(x) == "that":
            nxt = f.lw(x + 1)
            relative = nxt in f.T.verbs or nxt in f.T.auxiliaries or f.is_cue(x + 1)
            return 0 if relative else x
        if f.tw(x) in (",", ";", ".", ":") or f.is_cue(x):
            return 0
    return 0
