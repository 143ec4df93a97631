"""Shares of a measure (G118, G79): a percentage or fraction of money, of a capacity or of
the body, or a change of a measure, which is no COUNT; a share of people stays one.

Why apart from :mod:`.exclusions`: what counts as a measured whole (money an appeal has,
what it needs, capacity, the body) grows with each kind of report (NGO statements ask
donors for a share of an appeal), and one reader of shares keeps it in one place;
:mod:`.exclusions` asks :func:`percent_of_a_measure`. Its words are numbers.json's.
"""

from __future__ import annotations

from .candidate import Candidate
from .count_nouns import verb_with_object
from .lexicons import load
from .wordclass import is_plural_noun, lemma
from .words import APOS


def _changed(low: str) -> bool:
    """Whether ``low`` before 'by' says a measure changed (numbers.json's 'change_words':
    'risen', 'cut', 'up'), not a passive whose agent 'by' names ('approved by 60 percent')."""
    words = load("numbers")["change_words"]
    return low in words or (lemma(low) or "") in words


def percent_of_a_measure(c: Candidate) -> bool:
    """burns over 40% of the body, 60 percent of its capacity (G118): a share of a measure, not a COUNT; 70
    percent of the territory stays one (G39). A share of money an appeal or plan has (a complement of 'be':
    'is only 18% funded'; 'funded at 30 percent': numbers.json's 'funding_words') is a measure too; a share
    of people as a subject ('about 60 percent funded their own repairs') stays a COUNT. A percentage right
    after 'by' with no 'of' after it, after a word of change, is how much a measure changed ('prices rose by
    30 percent', 'cut by nearly 40 per cent'); 'by 30 percent of the families' and a passive's agent
    ('approved by 60 percent') stay ones. So does a share of an appeal (:func:`_share_of_an_appeal`)."""
    if c.m.count.unit != "percent":                  # (less than half of daily needs, a third of the money)
        return c.m.count.unit == "fraction" and (_share_of_a_whole(c) or _share_of_an_appeal(c) or _funded(c))
    if _funded(c):
        return True                                   # is only 25 percent funded; funded at 30 percent (G118)
    k = c.m.end
    if c.m.start >= 2 and c.lows[c.m.start - 1] == "by" and not (k < len(c.ws) and c.lows[k] == "of") \
            and _changed(c.lows[c.m.start - 2]):
        return True                                   # prices rose by 30 percent: a change of a measure
    return _share_of_a_whole(c) or _share_of_an_appeal(c)


def _funded(c: Candidate) -> bool:
    """Whether a share is how far an appeal or plan is funded (G118), a measure of money:
    the complement of 'be' before a word of funding ('is only 25 percent funded', 'was
    less than half funded') or after 'funded at' ('funded at 30 percent'); numbers.json's
    'funding_words'. A share of people as a subject ('half funded their own repairs')
    has no form of 'be' before it and stays a COUNT."""
    k, funding, be = c.m.end, load("numbers")["funding_words"], load("attribution")["passive_aux"]
    return k < len(c.ws) and c.lows[k] in funding and any(w in be for w in c.lows[max(0, c.m.start - 3):c.m.start]) \
        or c.m.start >= 2 and c.lows[c.m.start - 1] == "at" and c.lows[c.m.start - 2] in funding


def _share_of_an_appeal(c: Candidate) -> bool:
    """A share of money an appeal needs or has (G118): 'of what' after it with a verb of
    needing or funding (numbers.json's appeal_lemmas) in the next four words ('less than
    20 per cent of what it needs'), or 'of which' in the three words before it and such a
    verb in the four after ('of which only 12 percent has been received'). 'of what' never
    names people, and 'of whom' (people) is not 'of which', so a share of people stays a COUNT."""
    s, e, lows, verbs = c.m.start, c.m.end, c.lows, load("numbers")["appeal_lemmas"]
    after = [lemma(w) for w in lows[e:e + 6]]
    if lows[e:e + 2] == ["of", "what"]:
        return any(w in verbs for w in after[2:6])
    return "which" in lows[max(0, s - 3):s] and "of" in lows[max(0, s - 4):s] and any(w in verbs for w in after[:4])


def _share_of_a_whole(c: Candidate) -> bool:
    """A share 'of' one of numbers.json's measured_wholes, past determiners, a possessor ('70 percent of the
    city's water') and an adjective in -ly/-al/-ic/-ed ('half of daily needs'; not 'the region's population
    needs food', nor 'the wounded needs surgery': count_nouns.verb_with_object), ending its phrase (G118)."""
    k, n, lows = c.m.end + 1, len(c.ws), c.lows
    if k > n or lows[k - 1] != "of":
        return False
    while k < n and (lows[k] in c.T.determiners or lows[k] in ("his", "her", "its", "their")):
        k += 1
    if k + 2 < n and c.ws[k].text.isalpha() and c.ws[k + 1].text in APOS and lows[k + 2] == "s":
        k += 3                                        # the city's water
    k += (adj := k + 1 < n and c.ws[k].text.islower() and lows[k].endswith(("ly", "al", "ic", "ed")))
    while k + 1 < n and lows[k] in c.T.measured_wholes and lows[k + 1] in c.T.measured_wholes \
            and is_plural_noun(lows[k + 1]):
        k += 1                                        # the funding needs, the water requirements
    return k < n and lows[k] in c.T.measured_wholes and not (k + 1 < n and is_plural_noun(lows[k + 1])) \
        and not (adj and verb_with_object(lows, k, c.T.closed))
