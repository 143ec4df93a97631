"""When `one` is a COUNT and when it means `a` (G35, G143, G259, G270, G370).

Why apart from :mod:`~ghouta_corpus.annotate.exclusions`: `one` is the one number
word that is as often an article as a count, and its rules (a contrastive `one`, a
ratio, what a person carries, a toll of one) grew into a family of their own; the
exclusion registry asks :func:`one_meaning_a` and keeps one entry for it.
"""

from __future__ import annotations

from functools import cache

from .candidate import Candidate
from .lexicons import load
from .wordclass import is_plural_noun, only_verb
from .words import QUOTES, SENTENCE_ENDS, match_words


def one_meaning_a(c: Candidate) -> bool:
    """one official, no one, At one point (but: one out of three; killed one person;
    one bag each, one meal per day: a number given out to each, G35)"""
    if not c.m.is_one or c.m.bound or match_words(c.lows, c.m.end, ("out", "of")):
        return False
    if match_words(c.lows, c.m.end, ("by", "one")) or match_words(c.lows, c.m.end, ("after", "another")):
        return True                                   # took them out one by one, one after another: a manner
    if c.m.end + 1 < len(c.ws) and c.lows[c.m.end + 1] in ("each", "apiece", "per"):
        return False
    prev = c.prev.low if c.prev is not None else ""
    if _contrastive_one(c, prev) or _toll_of_one(c, prev) or _one_more(c) or _one_against_a_figure(c, prev):
        return False
    nxt = c.lows[c.m.end] if c.m.end < len(c.ws) else ""
    return prev not in load("categories")["verbs"] or prev in ("remain", "remains", "live", "lives") \
        or thing_noun(nxt)                            # killed one person; boarding one bus: 'a' (G35, G370)


def _one_more(c: Candidate) -> bool:
    """'one more' (no time unit after it: 'one more day' is a duration, G79): an added one, never the article 'a'
    ('and one more was brought in later', 'one more body was found'), a COUNT (G33, G35)."""
    k = c.m.end
    return k + 1 < len(c.ws) and c.lows[k] == "more" and c.lows[k + 1] not in c.T.time_units \
        and c.lows[k + 1] not in ("than", "time", "thing", "step", "chance", "question", "word")


# Prepositions between a figure's noun and 'one N' that set the figure against the one ('ten people under one roof').
_AGAINST_ONE = ("under", "for", "in", "into", "on", "per")


def _one_against_a_figure(c: Candidate, prev: str) -> bool:
    """G143's contrastive 'one' set against a figure before it, with its singular noun after it: 'N plurals' then
    a preposition ('ten people under [one] roof', '20,000 riyals for [one] seat', 'six families in [one] room'),
    or a figure noun and 'of' ('the numbers of [one] hospital', G270's 'the records of [one] hospital'); not
    before a time unit or a part of the day ('300 arrivals in one morning', 'one day': G35)."""
    s, k, lows = c.m.start, c.m.end, c.lows
    if k >= len(c.ws) or not c.ws[k].text.isalpha() or not c.ws[k].text.islower() or lows[k] in c.T.closed \
            or lows[k] in c.T.time_units or lows[k] in load("times")["parts"] or is_plural_noun(lows[k]):
        return False
    if prev == "of":
        return s >= 2 and lows[s - 2] in load("categories")["figure_nouns"]
    return prev in _AGAINST_ONE and s >= 3 and c.ws[s - 2].text.isalpha() and c.ws[s - 2].text.islower() \
        and (is_plural_noun(lows[s - 2]) or lows[s - 2] in c.T.measure_units) and a_number(c, s - 3)


def a_number(c: Candidate, x: int) -> bool:
    """Whether word x is a number (digits, or a number word: fifty, ten, hundred): the
    other side of a ratio ('one latrine for every 50 people'), without which 'one X for
    every Y' is no ratio ('one word for every critic', 'one thing for every government')."""
    return c.ws[x].text[:1].isdigit() or c.lows[x] in c.T.units or c.lows[x] in c.T.tens \
        or c.lows[x] in c.T.scales


def thing_noun(low: str) -> bool:
    """Whether the singular noun ``low`` names a thing people carry, share or are given:
    its plural (-s or -es) is one of categories.json's thing_nouns (bag, rifle, mattress)."""
    things = load("categories")["thing_nouns"]
    return low + "s" in things or low + "es" in things


def _contrastive_one(c: Candidate, prev: str) -> bool:
    """A contrastive 'one' (G143): a single thing set against others, not 'a': after
    'only' or 'just' ('only one clinic'), as what something is, with no noun after it
    ('for me it is one', 'it was one, not dozens'; not 'it is one thing', 'it was one
    step too far', 'one of'), coordinated with another quantity ('one clinic and a handful of
    tankers', 'one doctor and two nurses'), as a ratio ('one latrine for every 50
    people'), alone after 'for' at a clause's end ('a tent meant for one.'), or after a
    span of time ('forty years in one house')."""
    k, n, lows = c.m.end, len(c.ws), c.lows
    nxt = lows[k] if k < n else ""
    alone = k >= n or not c.ws[k].text.isalpha() or nxt in ("not", "but")
    if prev in ("only", "just") or (prev in ("is", "was") and alone):
        return True                                   # (it was one, not dozens; not: it is one thing to ...)
    if prev == "for" and (k >= n or lows[k] in (".", ";", ")")) or k + 3 < n and c.ws[k].text.isalpha() \
            and lows[k + 1] == "for" and lows[k + 2] in ("every", "each") \
            and (a_number(c, k + 3) or thing_noun(lows[k]) and c.ws[k + 3].text.isalpha()
                 and lows[k + 3] not in c.T.closed):
        return True                                   # a tent meant for one.; one latrine for every 50 people;
    #                                                   one blanket for each family (goods given out, G370; not
    #                                                   'one word for every critic': no thing noun)
    if k + 2 < n and c.ws[k].text.isalpha() and lows[k + 1] == "and" and (
            lows[k + 2] in c.T.units or c.ws[k + 2].text[:1].isdigit() or match_words(lows, k + 2, ("a", "handful"))
            or match_words(lows, k + 2, ("a", "few"))):
        return True
    s = c.m.start
    if prev == "and" and s >= 3 and c.ws[s - 2].text.isalpha() and is_plural_noun(c.lows[s - 2]) and (
            c.lows[s - 3] in c.T.units and c.lows[s - 3] != "one" or c.ws[s - 3].text[:1].isdigit()):
        return True                                   # two nurses and one ambulance: set against a quantity
    return prev == "in" and s >= 3 and lows[s - 2] in c.T.time_units and lows[s - 2].endswith("s") \
        or _one_set_against(c, prev) or _after_and_a_number(c, prev) or _before_and_a_number(c)


# Words that end a sentence or clause, past which 'and one' looks for no number.


def _after_and_a_number(c: Candidate, prev: str) -> bool:
    """G143's 'one' set against a number earlier in its sentence, after 'and': 'sent two
    people to hospital, and [one] man in his eighties', 'opened six schools in the town
    and [one] in the village'; the number is a count in words or small digits (no year),
    and 'one' has a noun or a place phrase after it, not 'of' ('and one of them') nor a
    source's cue after its noun ('and one official said')."""
    k, n, lows, s = c.m.end, len(c.ws), c.lows, c.m.start
    if prev != "and" or k + 1 >= n or not c.ws[k].text.isalpha():
        return False
    if lows[k] in c.T.closed and lows[k] not in ("in", "at", "on") or lows[k] in c.T.cue_forms \
            or lows[k + 1] in c.T.cue_forms or lows[k + 1] in ("said", "says", "told"):
        return False
    x = s - 2
    while x >= max(0, s - 16) and lows[x] not in SENTENCE_ENDS and lows[x] not in QUOTES:
        w = c.ws[x].text
        small = w.isdecimal() and not 1900 <= int(w) <= 2100 and int(w) < 10000
        if small or lows[x] != "one" and (lows[x] in c.T.units or lows[x] in c.T.tens):
            return True
        x -= 1
    return False


def _before_and_a_number(c: Candidate) -> bool:
    """G143's 'one' set against a number later in its sentence that shares its noun: 'one
    N ... and two are ...' ('one son is with me and two are on a bus', 'one truck got
    through and three were turned back'): 'one' before a singular noun that is no
    source's (no cue after it), then 'and', a number and a verb form, with no noun of its
    own, before the sentence ends; not after a preposition nor before a time unit ('at
    one point', 'one day': G35)."""
    k, n, lows = c.m.end, len(c.ws), c.lows
    if c.prev is not None and c.prev.low in c.T.prepositions or k < n and lows[k] in c.T.time_units:
        return False                                  # (at one point, one day: 'a')
    if k + 1 >= n or not c.ws[k].text.isalpha() or not c.ws[k].text.islower() or lows[k] in c.T.closed \
            or is_plural_noun(lows[k]) or lows[k + 1] in c.T.cue_forms or lows[k + 1] in ("said", "says", "told"):
        return False
    for x in range(k + 1, min(n - 2, k + 14)):
        if lows[x] in SENTENCE_ENDS:
            return False
        if lows[x] == "and" and lows[x + 1] != "one" and a_number(c, x + 1) \
                and (lows[x + 2] in c.T.auxiliaries or only_verb(lows[x + 2])):
            return True
    return False


# Nouns of English idioms after 'with one', where 'one' means 'a' or 'the same': with one
# voice, with one accord, with one exception, at one stroke or blow, with one eye on.
_WITH_ONE_IDIOMS = ("voice", "accord", "exception", "stroke", "blow", "eye", "mind")

# Bound words of a number set against 'one N' ('one nurse for hundreds', 'one well serves 9,000').
_RATIO_WORDS = ("for", "serves", "serve", "served", "serving", "among", "per")


def _one_set_against(c: Candidate, prev: str) -> bool:
    """More contrastive 'one's (G143), each with its noun right after it: all a person
    has or goes with ('left with one bag', 'working with one generator'; not the absolute
    'with one official saying ...'); one thing set against a number of people in its own
    clause ('one nurse for hundreds of people', 'one well now serves 9,000 people'; 'for
    every N' is _contrastive_one's ratio, and 'one word for every critic' is no count);
    set against nothing ('my papers and one coat, nothing else'); set against a quantity
    before it in a list ('Four families, one kitchen')."""
    k, n, lows, ws = c.m.end, len(c.ws), c.lows, c.ws
    if k + 1 >= n or not ws[k].text.isalpha() or not ws[k].text.islower() or lows[k] in c.T.closed:
        return False                                  # (one of them, one by one, one who ...)
    after = lows[k + 1]
    if after == "after" and k + 2 < n and lows[k + 2] in ("another", "the"):
        return False                                  # one question after another: a sequence, no count
    if prev == "with" and lows[k] not in _WITH_ONE_IDIOMS \
            and not (after.endswith("ing") or after in c.T.cue_forms or only_verb(after)):
        return True                                   # left with one bag; not: with one official saying
    x = k + 1
    while x < n and lows[x] in c.T.adverbs:
        x += 1
    against = x + 1 < n and (lows[x + 1] in ("more", "over", "some", "about")   # (not 'one word for every critic')
                             or lows[x + 1] in c.T.vague_words or a_number(c, x + 1))
    if against and lows[x] in _RATIO_WORDS:
        return True                                   # one nurse for hundreds; one well serves more than 9,000
    if after == "," and k + 3 < n and lows[k + 2] == "nothing" and lows[k + 3] in ("else", "more"):
        return True                                   # my papers and one coat, nothing else
    s = c.m.start
    return prev == "," and s >= 3 and is_plural_noun(lows[s - 2]) and a_number(c, s - 3) \
        and after in (",", ":", ";", ".") or _shared_or_carried(c, prev)


# Words that end a clause, before which a list opened by 'with' cannot reach.
_CLAUSE_ENDS = frozenset((".", ";", ":", "!", "?", *QUOTES))


def _shared_or_carried(c: Candidate, prev: str) -> bool:
    """G370's things people had, as G143's contrastive 'one' (its noun right after it):
    the one thing people share (a verb of sharing before it, numbers.json's
    sharing_verbs: 'twelve people share one stove', 'she shares one room with six
    others'), and an item of a list of what people went with ('came with blankets, one
    pot and some flour', 'with nothing, no shoes, one coat'): 'with' opens the list in
    the same clause, 'one' comes after ',' or 'and', and its noun (with an 'of' phrase)
    ends the item, so that a clause of its own ('with artillery, and one shell hit the
    school') stays out."""
    k, n, lows = c.m.end, len(c.ws), c.lows
    if prev in load("numbers")["one_forms"]["sharing_verbs"]:
        return True
    if prev not in (",", "and"):
        return False
    e = k + 1
    if e + 1 < n and lows[e] == "of" and c.ws[e + 1].text.isalpha() and lows[e + 1] not in c.T.closed:
        e += 2                                        # one bag of bread
    if e < n and lows[e] not in (",", "and", ".", ";") and lows[e] not in QUOTES:
        return False
    x = c.m.start - 2
    while x >= max(0, c.m.start - 14) and lows[x] not in _CLAUSE_ENDS:
        if lows[x] == "with":
            return x + 1 < c.m.start - 1            # (not the 'with one' of _one_set_against)
        x -= 1
    return False


@cache
def _harm_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """numbers.json's one_forms: the participles, intransitive verbs and verbs before
    'one' that say a harm struck a person (G370)."""
    f = load("numbers")["one_forms"]
    return (frozenset(f["harm_participles"]), frozenset(f["harm_intransitives"]),
            frozenset(f["harm_verbs_before"]))


# Words before 'one' that make it no toll: 'no one was hurt', 'not one resident was
# detained', 'the one who died', 'every one of them was killed'.
_NOT_A_TOLL = frozenset(("no", "not", "any", "every", "each", "the", "this", "which", "little"))


def _toll_of_one(c: Candidate, prev: str) -> bool:
    """G370's toll of one: 'one' whose person the harm struck is how many it struck, a
    COUNT exact 1 ('[one] medic was lightly wounded', '[one] of them was shot', '[one]
    died on the way', 'shot [one] of them'), also under a verb of saying or 'it was
    reported that'; a 'one' that only brings a person into the story ('one volunteer
    said') stays out (G35)."""
    participles, intransitives, before = _harm_words()
    lows, n, k = c.lows, len(c.ws), c.m.end
    if prev in _NOT_A_TOLL:
        return False
    if prev in before:
        return k < n and (lows[k] == "of" or c.ws[k].text.isalpha() and lows[k] not in c.T.closed)
    if k < n and lows[k] == "of":
        k += 2                                        # one of them, one of the men (below: its noun)
    words = 0
    while k < n and words < 3 and c.ws[k].text.isalpha() and lows[k] not in c.T.closed \
            and lows[k] not in c.T.be_forms and lows[k] not in intransitives and not only_verb(lows[k]):
        k, words = k + 1, words + 1                   # one Moroccan peacekeeper, one volunteer
    if k < n and lows[k] in intransitives:
        return True                                   # one died on the way
    if not (k < n and lows[k] in c.T.be_forms or match_words(lows, k, ("had", "been"))
            or match_words(lows, k, ("has", "been"))):
        return False
    k += 2 if lows[k] in ("had", "has") else 1
    if k < n and lows[k] == "been":
        k += 1                                        # was later found to have been ... (no); had been
    while k < n and (lows[k] in c.T.adverbs or lows[k].endswith("ly") and c.ws[k].text.isalpha()):
        k += 1                                        # was lightly wounded, was fatally shot
    return k < n and lows[k] in participles and not match_words(lows, k, ("shot", "at"))
