"""A count's own predicate of harm or custody against its noun or its governing verb (G39, G77).

Why apart from categories.py: that module picks which word governs a figure (its noun,
the verb before it, the clause after it); this one holds the plain grammatical cases
where what became of the counted is said by the figure's own predicate and outweighs a
noun of flight or presence ('15 refugees were killed') or the verb that takes them as
its object ('the shelling left 13 people dead': a resultative complement).
"""

from __future__ import annotations

from .context import Ctx, Mention
from .lexicons import load
from .word_categories import RELATIVES, own_participle
from .wordclass import lemma
from .words import BEYOND, POSSESSIVES, QUOTES

# What a harm or custody does to people that outweighs their noun's flight or presence.
_FATES = ("killed", "injured", "detained")
# Categories a noun gives ('refugees', 'evacuees', 'residents') that a fate outweighs.
_STATES = ("displaced", "evacuated", "present")
# The complement of 'leave' that says what became of its object ('left 13 people dead').
_RESULTS = {"dead": "killed", "wounded": "injured", "injured": "injured", "homeless": "displaced",
            "stranded": "present", "trapped": "present"}
# What people left 'without' one of these have lost their homes ('left 16,000 people without homes').
_HOMES = ("home", "homes", "shelter", "housing", "roof")


def noun_or_fate(ctx: Ctx, s: int, targets: list[Mention], found: str | None) -> str | None:
    """``found`` (the category of the noun the figure at word s counts), unless it is one
    of flight, evacuation or presence and the figure's own predicate right after its
    phrase (past auxiliaries: :func:`~.word_categories.own_participle`) is a
    harm or custody: '15 refugees were killed' killed, '40 evacuees were wounded'
    injured, 'six residents were arrested' detained (G39: what happened to the counted); so is a
    verb of harm (or an -ing of custody) that takes the figure as its object ('killing 12 passengers',
    'killed 30 refugees'; not 'the camp held 300 refugees')."""
    end = max([s + 1] + [m.j for m in targets])
    if found in _STATES and (fate := own_participle(ctx, end, ctx.seg_range(s)[1])) in _FATES:
        return fate
    k = s - 1
    while k >= 0 and ctx.lows[k] in ctx.T.adverbs:
        k -= 1
    if found in _STATES and k >= ctx.seg_range(s)[0] and ctx.ws[k].text.islower() \
            and (fate := ctx.lex.category_verbs.get(ctx.lows[k])) in _FATES \
            and (ctx.lows[k].endswith("ing") or fate != "detained"):
        return fate                                   # killing 12 passengers, killed 30 refugees; not 'held 300'
    return found


def left_in_state(ctx: Ctx, k: int, end: int) -> str | None:
    """The category a resultative 'leave' gives its object: word k a form of 'leave',
    the object's phrase ending before word ``end``, and right after it an adjective of a
    state ('the shelling left 13 people dead' killed, 'left 40 wounded' injured, 'left
    2,000 homeless' displaced, '... without homes' too); None where no such word follows (left 300 people behind,
    left the town)."""
    if lemma(ctx.lows[k]) != "leave" or end >= ctx.seg_range(k)[1]:
        return None
    x = end + 1 + (end + 2 < ctx.n and ctx.lows[end + 1] in ("a", "their", "any"))
    if ctx.lows[end] == "without" and x < ctx.n and ctx.lows[x] in _HOMES:
        return "displaced"                            # left 16,000 people without homes: homeless
    return _RESULTS.get(ctx.lows[end])


# Nouns of documents that hold a figure ('a list of 103 names', 'a report of 40 cases').
_DOCUMENTS = ("list", "lists", "report", "reports", "register", "roll", "database", "statement")


def listed(ctx: Ctx, s: int) -> bool:
    """Whether the figure at word s is held by a document noun before it ('released a list
    of 103 names', 'published a report of 40 deaths'): the verb before the document takes
    the document as its object, not the people the figure counts (G39), so its category
    ('released') is not theirs; their own words or the paragraph decide."""
    lows = ctx.lows
    return s >= 3 and lows[s - 1] == "of" and lows[s - 2] in _DOCUMENTS and (
        lows[s - 3] in ctx.T.determiners or lows[s - 3] in POSSESSIVES or lows[s - 3] in ("a", "an", "the"))


def clause_start(ctx: Ctx, lo: int, w: int) -> int:
    """The first word of the clause that word w stands in, back to ``lo``: the word after
    the last relative pronoun or quotation mark before it ('"They took my husband for
    questioning," said a woman who was sitting with her two sons': the companions' clause
    opens after 'who', and the verb of the quoted clause is not theirs, G305)."""
    return max([lo] + [x + 1 for x in range(lo, w) if ctx.lows[x] in RELATIVES or ctx.ws[x].text in QUOTES])


def referred_to_care(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether the predicate right after a figure's phrase (ending before word ``end``) is a
    passive verb of sending people on (categories.json's 'referral_verbs', by lemma: sent,
    taken, referred, transferred, rushed), 'on' or 'onward' allowed, then 'to' and a place
    of care ('care_places') within six words, and no border or abroad after it ('twelve
    were sent to hospitals in the district town', 'eight were taken on to hospitals in
    Kemi'): the casualties of the reported event referred to hospital keep their harm
    wherever the hospital is (G385), so that a figure after a count of wounded shares
    that count's 'injured'; not 'to hospitals across the border' (G351's evacuation)."""
    lows, c = ctx.lows, load("categories")
    x = end
    while x < hi and (lows[x] in ctx.T.attr["passive_aux"] or lows[x] in ctx.T.auxiliaries
                      or lows[x] in ctx.T.adverbs):   # (were sent; have been sent)
        x += 1
    if x == end or x >= hi or lemma(lows[x]) not in c["referral_verbs"] or not ctx.ws[x].text.islower():
        return False
    x += 1 + (x + 1 < hi and lows[x + 1] in ("on", "onward", "onwards"))
    care = next((y for y in range(x + 1, min(hi, x + 7)) if lows[y] in c["care_places"]), None)
    return x < hi and lows[x] == "to" and care is not None \
        and (care + 1 >= hi or lows[care + 1] not in BEYOND)


def _tally_verb(ctx: Ctx, end: int, hi: int) -> int | None:
    """The word of a verb of tallying (categories.json's 'tally_verbs', by lemma, lower
    case) in a relative clause right after a phrase ending before word ``end``: a
    relative pronoun or none, then a subject of at most three words with no punctuation
    ('it', 'the group', 'the monitor's staff'), then the verb ('those it counted', 'the
    people that the group listed'); None where no such clause follows."""
    lows, x = ctx.lows, end + (end < hi and ctx.lows[end] in RELATIVES)
    for k in range(x + 1, min(hi, x + 4)):
        if not ctx.ws[k - 1].text.isalpha():
            return None
        if lemma(lows[k]) in load("categories")["tally_verbs"] and ctx.ws[k].text.islower():
            return k
    return None


def tallied_as(ctx: Ctx, end: int, hi: int) -> str | None:
    """The fate a tally gives people it counts 'as' dead or wounded ('the 141 people it
    counted as dead' killed, 'those the hospital recorded as injured' injured: G39, the
    counted are what the tally says became of them); None where no tally of a fate
    follows the phrase ending before word ``end``."""
    k = _tally_verb(ctx, end, hi)
    if k is None or k + 2 >= hi or ctx.lows[k + 1] != "as":
        return None
    fate = _RESULTS.get(ctx.lows[k + 2]) or ctx.lex.category_verbs.get(ctx.lows[k + 2])
    return fate if fate in _FATES else None


def tallied_set(ctx: Ctx, end: int, hi: int) -> bool:
    """Whether the set a part is taken from is the people a tally counted, with no 'as'
    after the verb ('nearly a third of those it counted were students'): the set is the
    figure the tally gave before, and its part keeps that figure's category (G145)."""
    k = _tally_verb(ctx, end, hi)
    return k is not None and (k + 1 >= hi or ctx.lows[k + 1] != "as")


# Verb lemmas of two tallies or claims set apart by a figure ('the counts differ by more than a thousand').
_DIFFERING = ("differ", "vary")


def gap_between(ctx: Ctx, s: int) -> bool:
    """Whether the figure at word s states by how much two tallies or claims differ (G311, G327): right
    after a form of 'differ' or 'vary' and 'by' ('the figures differ by more than a thousand'), or after 'by
    a factor of' ('counts that differ by a factor of nearly three'); a gap, 'other', no toll, though the
    tallies are of the dead. Not 'rose by 40' (a figure of the category the rise is of) nor 'killed by 12
    gunmen' (an agent)."""
    lows, lo = ctx.lows, ctx.seg_range(s)[0]
    k = s - 1
    if k - 2 >= lo and lows[k - 2:k + 1] == ["a", "factor", "of"]:
        return True
    return k - 1 >= lo and lows[k] == "by" and lemma(lows[k - 1]) in _DIFFERING and ctx.ws[k - 1].text.islower()
