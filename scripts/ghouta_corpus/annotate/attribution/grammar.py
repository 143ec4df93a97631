"""Small facts of English grammar the attribution finder asks about words.

Why apart: they need only the words, not the finder's records, and keep
:mod:`.finder` to its clause edges and noun phrases.
"""

from __future__ import annotations

from ..context import Ctx
from ..wordclass import can_be_verb

# Indefinite pronouns that open a clause of their own after 'but' or 'so'.
NOBODY = frozenset(("nobody", "everybody", "somebody", "everyone", "someone", "none", "nothing"))
# Irregular finite past forms of the cue and action verbs (a coordinated verb of the source).
_IRREGULAR_PAST = frozenset(("said", "told", "gave", "made", "took", "left", "wrote", "put", "thought", "heard",
                             "learnt", "did"))
_DETERMINERS = ("the", "a", "an", "this", "these", "its", "their")


def dash(c: Ctx, k: int) -> bool:
    """Whether word k is a dash between words (a dateline's or an aside's), not a
    hyphen inside a word."""
    t = c.ws[k].text
    return t in ("\u2013", "\u2014") or t == "-" and c.gap(k - 1, k) != "" and c.gap(k, k + 1) != ""


def contact_clause(c: Ctx, a: int, lo: int) -> bool:
    """Whether the determiner at a opens a subject right after a noun, as in a
    relative clause without a pronoun: 'a step [the authorities] said was needed',
    'the 300 people [the agency] says were moved', 'Last week [the ministry] said'.
    A noun phrase never runs 'noun the noun', so the source starts at a. After a
    relative pronoun the word before the determiner is the relative clause's verb, not a
    noun: '[Neighbours who reached the camp] told her' keeps its whole source (G45)."""
    T = c.T
    if a <= lo or c.lows[a] not in _DETERMINERS:
        return False
    if any(c.lows[x] in ("who", "which") for x in range(max(lo, a - 3), a - 1)):
        return False
    prev, t = c.lows[a - 1], c.ws[a - 1].text
    if t in T.months or t in T.weekdays:
        return True                                   # By May [the agency] had counted ...; On Monday the army said
    return t.isalpha() and t.islower() and prev not in T.closed and prev not in T.adverbs \
        and prev not in T.subordinators and not prev.endswith("ly")


def parenthetical_cut(c: Ctx, start: int, end: int, manner: list[tuple[str, ...]], channel: str) -> int:
    """The end of a source [start, end) before an aside set off by commas between it and
    its cue that says how or through whom it was said: a manner phrase ('Oxfam, in a
    statement issued on Monday, said': source 'Oxfam'; neither source nor content) or
    the channel's participle ('A spokesman, quoted by state media, said': source 'A
    spokesman'; G49: the channel is never part of the source). Other asides stay in the
    source (G45: 'Omar, reporting from Beirut,', 'an official, speaking on condition of
    anonymity,', 'Umm Ali, 58, who lost her son,')."""
    k = end - 1
    if k <= start or c.ws[k].text != ",":
        return end
    p = k - 1
    while p > start and c.ws[p].text != ",":
        p -= 1
    if p <= start or p + 1 >= k:
        return end
    if c.lows[p + 1] == channel or manner_at(c, p + 1, manner):
        return p
    return end


def channel_before(c: Ctx, k: int, lo: int, channel: str) -> int | None:
    """The word of the channel's participle 'quoted' in 'X(,) quoted by Y(,) said' right
    before the cue at k (G49: one record, two cues, 'quoted' and the verb): 'quoted',
    then 'by' and up to five words of the channel without a comma inside, or None."""
    e = k - 1 if c.ws[k - 1].text == "," else k
    for q in range(e - 2, max(lo, e - 8) - 1, -1):
        t = c.ws[q].text
        if t == "," or t in ".;:":
            return None
        if c.lows[q] == channel and c.lows[q + 1] == "by" and q > lo:
            return q
    return None


def manner_at(c: Ctx, k: int, manner: list[tuple[str, ...]]) -> int:
    """The length in words of the manner phrase (attribution.json's 'manner_phrases': in a
    statement, by phone) that starts at word k, or 0: one matcher for the cue's, the
    content's and the source's side."""
    return next((len(m) for m in manner if tuple(c.lows[k:k + len(m)]) == m), 0)


def aux_after(c: Ctx, k: int, hi: int) -> bool:
    """Whether an auxiliary follows word k before the clause ends (a comma, a semicolon or hi):
    a manner phrase there sits inside the content's own subject ('said the figures in a report
    were wrong', 'the claims in an interview were false') and does not end it, as it ends a
    noun-phrase content ('denied any role in a statement')."""
    x = k + 1
    while x < hi and c.ws[x].text not in (",", ";", ".", ":"):
        if c.lows[x] in c.T.auxiliaries:
            return True
        x += 1
    return False


def finite(w: str) -> bool:
    """Whether lower-case word w is a verb in a finite past or present form
    (suggested, stresses, gave), not a participle or an infinitive: what a
    coordinated verb of the source, sharing its subject, looks like."""
    return w.endswith(("ed", "s")) and not w.endswith("ss") or w in _IRREGULAR_PAST


def own_clause(c: Ctx, a: int, hi: int) -> bool:
    """Whether words from a, after a comma inside a quotation, are the speaker's
    own next clause rather than more of the reported words: 'but'/'and'/'so' or
    nothing, then a subject (a pronoun, 'nobody', or a determiner and a noun) and a
    verb ('but the men with guns were there too'; 'they ran'; 'but nobody knows')."""
    T, lows = c.T, c.lows

    def tw(k: int) -> str:
        return c.ws[k].text if 0 <= k < c.n else ""

    def lw(k: int) -> str:
        return lows[k] if 0 <= k < c.n else ""

    k = a + 1 if lw(a) in ("and", "but", "so") else a
    if lw(k) in NOBODY and k > a:
        return True
    if tw(k) in T.subject_pronouns and lw(k) not in ("it",):
        return k + 1 < hi and tw(k + 1).isalpha() and tw(k + 1).islower() \
            and lw(k + 1) not in T.prepositions      # (after a subject pronoun: a verb or an adverb)
    if k == a or lw(k) not in ("the", "every", "each", "my", "our", "his", "her", "their"):
        return False
    for x in range(k + 1, min(hi, k + 6)):
        if lw(x) in T.auxiliaries or lw(x) in T.verbs:
            return x > k + 1
        if tw(x) in (",", ";") or lw(x) in T.prepositions and lw(x) != "with":
            return False
    return False


def clause_with_verb(c: Ctx, a: int, comma: int) -> bool:
    """Whether the words a..comma, closed by the comma right before a cue, are a clause
    rather than an opening adverbial: they open with no preposition or subordinator and
    hold a verb or auxiliary that does not follow a determiner or preposition ('The army
    shelled the town on Monday, saying ...'; 'Three days after the flood, saying' is an
    adverbial)."""
    T, lw = c.T, c.lows
    if lw[a] in T.prepositions or lw[a] in T.subordinators:
        return False
    return any((lw[k] in T.auxiliaries or lw[k] in T.verbs or can_be_verb(lw[k]))
               and lw[k - 1] not in T.determiners and lw[k - 1] not in T.prepositions for k in range(a + 1, comma))
