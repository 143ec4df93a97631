"""Characterisations (G44, G83): a verb of calling or describing whose content is what the
source calls the thing, not a clause: ``called the figures "..."``, ``called its estimate
preliminary``, ``described X as Y``, ``dismissed X as Y``. Split out of preposed.py, whose
frame table calls these functions with the cue and its source.
"""

from __future__ import annotations

from ..lexicons import load
from ..wordclass import can_be_verb, only_verb, word_classes
from .finder import Cue, Finder
from .grammar import dash, finite
from .records import Rec

Spans = list[tuple[int, int]]


def quote_after(f: Finder, cue: Cue) -> int | None:
    """The word where a quotation opens after the cue or its object, within the
    clause (blamed "terrorists"; called the figures "numbers produced ..."), or None."""
    for k in range(cue.c + 1, min(cue.hi, cue.c + 8)):
        if k in f.c.quote_open:
            return k
        if f.tw(k) in (",", ".", ";"):
            break
    return None


# Degree adverbs that open an object complement ('called the estimate far too low').
_DEGREE = ("far", "too", "very", "so", "grossly", "wildly", "hugely", "highly", "deeply", "completely", "totally")


def object_complement(f: Finder, cue: Cue) -> tuple[int, int] | None:
    """The object complement of a verb of calling, unquoted (G83: 'called its estimate
    preliminary', 'calls reports exaggerated', 'called the claims a fabrication',
    'called that estimate far too low'): after an object of at least one word that opens
    with no preposition, an article, a degree adverb, or an adjective or participle after
    a noun closing the clause, to the clause's end. None where there is no complement
    ('called the office', 'called for calm', 'called a meeting')."""
    c, hi = cue.c, cue.hi
    if c + 2 >= hi or f.lw(c + 1) in f.T.prepositions or not f.tw(c + 1).isalpha():
        return None
    def clause_end(k: int) -> int:
        while k < hi and f.tw(k) not in (",", ".", ";", ":") and f.lw(k) not in ("and", "but") \
                and k not in f.c.quote_open:
            k += 1
        return k
    for x in range(c + 2, min(hi, c + 12)):
        low, t = f.lw(x), f.tw(x)
        if not t.isalpha() or low in ("and", "but", "that", "to", "for", "on"):
            return None
        classes = word_classes(low)
        adjective = t.islower() and ("ADJ" in classes or low.endswith("ed") and "VERB" in classes) \
            and low not in f.T.prepositions and low not in f.T.adverbs \
            and "NOUN" in word_classes(f.lw(x - 1)) and clause_end(x + 1) == x + 1
        if low in ("a", "an") or low in _DEGREE or adjective:
            return x, clause_end(x + 1)
    return None


def quote_object(f: Finder, cue: Cue, src: Spans) -> None:
    """A characterisation by quotation (G83): blamed "terrorists"; called the figures
    "numbers produced for the cameras": the quotation after the cue or its object."""
    if cue.lemma in f.A["as_characterise"] and as_link(f, cue) is not None:
        as_characterisation(f, cue, src)                     # described X as "Y": the cue takes 'as'
        return
    k = quote_after(f, cue)
    if k is not None:
        qc = f.quote_content(f.c.quote_open[k])
        if qc:
            f.add(Rec(cue.spans(f), src, [qc], cue.c, quote_content=True, inside=cue.q))
        return
    if cue.lemma in f.A["relative_only"] and (comp := object_complement(f, cue)) is not None:
        cs = f.content_span(*comp)
        if cs:
            f.add(Rec(cue.spans(f), src, [(*cs, False)], cue.c, inside=cue.q))
        return


# Words after 'as' that make it no link to a characterisation: a comparison or time
# ('as well as', 'as soon as', 'as many as', 'as long as', 'as if', 'as though', 'as part
# of'); grammar.json's subject pronouns open a clause ('described the road as they
# remembered it').
_NOT_LINK = ("well", "soon", "much", "many", "long", "far", "if", "though", "part", "usual")
# Two words after 'as' that make an idiom, no characterisation ('the conflict as a whole').
_NOT_LINK_PAIRS = (("a", "whole"),)
# Words that end a characterisation after 'as': a subordinate clause after it ('as a
# mistake when he visited').
_CLAUSE_OPENERS = ("when", "while", "after", "before", "because", "although", "though", "since", "until")


def as_link(f: Finder, cue: Cue, relative: bool = False) -> int | None:
    """The word 'as' after the cue's object, within the clause (described the attack as
    ...), where a characterisation follows it; None where the object is missing, the
    clause ends first, or 'as' opens a comparison, a clause, a prepositional phrase ('as of
    Monday', 'as for') or 'as saying' (G49). In a relative clause the object is the
    relative pronoun before the cue, so 'as' may follow the cue at once ('which the UN
    condemned as "..."'). An idiom's 'as' ('as a whole') is passed over: a link may follow it
    ('described the region as a whole as a disaster zone')."""
    c, hi = cue.c, cue.hi
    for k in range(c + (1 if relative else 2), min(hi - 1, c + 12)):
        low = f.lw(k)
        if f.tw(k) in (",", ".", ";", ":") or low in ("that", "and", "but") or k in f.c.quote_open:
            return None
        if low == "as":
            nxt = f.lw(k + 1)
            if (nxt, f.lw(k + 2)) in _NOT_LINK_PAIRS:
                continue                              # the region as a whole (as a disaster zone)
            if nxt in _NOT_LINK or f.tw(k + 1) in f.T.subject_pronouns or nxt in f.T.subject_pronouns \
                    or nxt in f.A["channel"]["second"] or nxt in f.T.auxiliaries \
                    or nxt in f.T.prepositions \
                    or f.lw(k + 2) == "as" or _clause_after(f, k, hi):
                return None                           # as early as March; as troops moved in
            return k
    return None


# Determiners that open the subject of a clause after 'as' ('as the talks resumed').
_SUBJECT_DET = ("the", "his", "her", "their", "its", "our", "some", "many", "most", "other")


def _clause_after(f: Finder, k: int, hi: int) -> bool:
    """Whether 'as' (word k) opens a clause with a noun subject rather than a
    characterisation: a bare plural and a finite verb ('as troops moved in', 'as families
    fled'), or a determiner, one or two words and a finite verb or auxiliary ('as the talks
    resumed', 'as the army was moving in'); not a participle with 'by' ('as a strike ordered
    by ...') nor a characterisation opening with 'a'/'an'."""
    x = k + 1
    def verb(y: int) -> bool:
        low = f.lw(y)
        return y < hi and (low in f.T.auxiliaries or only_verb(low) and finite(low) and f.lw(y + 1) != "by")
    if f.lw(x) in _SUBJECT_DET:
        return any(verb(y) for y in range(x + 2, min(hi, x + 4))
                   if all(f.tw(z).isalpha() and f.lw(z) not in f.T.prepositions for z in range(x + 1, y)))
    return f.tw(x).isalpha() and f.tw(x).islower() and not only_verb(f.lw(x)) and verb(x + 1)


def _second_verb(f: Finder, k: int) -> bool:
    """Whether word k is 'and' before a finite verb: a second predicate of the source, which
    the characterisation's content does not take (G86)."""
    nxt = f.lw(k + 1)
    return f.lw(k) == "and" and can_be_verb(nxt) and finite(nxt)


def as_characterisation(f: Finder, cue: Cue, src: Spans, relative: bool = False) -> None:
    """``<source> described X as Y`` (G83; attribution.json's 'as_characterise'): CUE the
    verb and 'as', CONTENT Y to the clause's end (a comma, semicolon, a subordinate clause,
    or 'and' before a second verb of the source: 'dismissed the reports as false and
    accused ...'), or the quotation right after 'as' (type direct)."""
    k = as_link(f, cue, relative)
    if k is None:
        return
    cues = [*cue.spans(f), f.span(k, k + 1)]
    if (k + 1) in f.c.quote_open:
        qc = f.quote_content(f.c.quote_open[k + 1])
        if qc and cue.lemma in f.A["as_quote"]:       # condemned X as "Y": the cue alone (G44)
            f.add(Rec(cue.spans(f), src, [qc], cue.c, inside=cue.q))
        elif qc:
            f.add(Rec(cues, src, [qc], cue.c, quote_content=True, inside=cue.q))
        return
    end = k + 1
    while end < cue.hi and f.tw(end) not in (",", ".", ";", ":", "(") and f.lw(end) not in _CLAUSE_OPENERS \
            and end not in f.c.quote_open and not _second_verb(f, end):
        end += 1
    cs = f.content_span(k + 1, end)
    if cs:
        f.add(Rec(cues, src, [(*cs, False)], cue.c, inside=cue.q))


# Reciprocal objects: 'each side blamed the other' names no party apart from the sources.
_RECIPROCAL = ("each other", "one another", "the other")
# Words that name a party (G209): the heads of people and groups the mention rules know
# (actors.json's heads, nouns.json's actor lists); a name or a pronoun is one too.
PARTY_HEADS = frozenset(
    [w.lower() for w in load("actors")["heads"]]
    + [w.lower() for lst in load("nouns")["actor_lists"].values() for w in lst["words"]])


def head_words(f: Finder, a: int, b: int) -> range:
    """The words of the noun phrase [a, b) before its first preposition (past its first
    word): where a party or a source is named ('government forces' in 'government forces
    near the town'), not what the prepositional phrase after it says."""
    k = a
    while k < b and (k == a or f.lw(k) not in f.T.prepositions):
        k += 1
    return range(a, k)


def _names_party(f: Finder, a: int, b: int) -> bool:
    """Whether the object [a, b) names a party, not a cause (G209: 'blamed the militia',
    'blamed government forces', 'blamed Russia', 'blamed them'; not 'blamed violations from
    both sides', 'blamed delays at the border', 'blamed poor weather'): a name, a pronoun or
    a head of people among its :func:`head_words`."""
    return any(f.tw(x)[:1].isupper() or f.lw(x) in f.T.pronouns or f.lw(x) in PARTY_HEADS
               for x in head_words(f, a, b))


def blamed_party(f: Finder, cue: Cue, src: Spans) -> None:
    """``<source> blamed X`` (G209) and ``blamed X for Y`` (G52's frame): CUE the finite
    verb (attribution.json's 'party_blame': 'blamed', 'blames', 'blame'), CONTENT the blamed party
    to the clause's end (a comma, semicolon, a subordinate clause or 'and' before a second
    verb of the source); with 'for' after the party, 'for' is a second CUE and what follows
    it a second CONTENT, as in accuse X of Y. None where the object is no party: a
    passive ('was blamed on'), 'blamed the attack on X' (the thing blamed, then 'on'),
    an infinitive or a negated verb ('to blame', 'did not blame', 'to kill civilians and blame X'), a
    reciprocal ('blamed each other'), no object ('blamed, he said'), a verb after 'never'
    or 'not' ('never blamed the militia'), or an object that names a cause, not a party
    ('blamed delays at the border', 'blamed poor weather for the delay')."""
    c, hi = cue.c, cue.hi
    if f.lw(c - 1) in f.A["passive_aux"] or f.lw(c + 1) in f.T.prepositions or not f.tw(c + 1).isalpha():
        return
    if f.lw(c) == "blame" and (f.lw(c - 1) == "to" or f.lw(c - 1) in f.T.auxiliaries or f.lw(c - 1) == "and" and any(
            f.lw(x) == "to" for x in range(max(cue.lo, c - 8), c - 1))):
        return                                        # to blame Russia; to kill civilians and blame X; did not blame
    end = c + 1
    while end < hi and f.tw(end) not in (",", ".", ";", ":", "(", ")") and f.lw(end) not in _CLAUSE_OPENERS \
            and f.lw(end) not in ("for", "on", "that") and end not in f.c.quote_open \
            and not _second_verb(f, end) and not dash(f.c, end):
        end += 1
    party = f.content_span(c + 1, end)
    if party is None or f.lw(end) in ("on", "that") or " ".join(f.c.lows[c + 1:end]) in _RECIPROCAL \
            or f.lw(c - 1) in ("not", "n't", "never") or not _names_party(f, c + 1, end):
        return                                        # never blamed X; blamed delays at the border
    if f.lw(end) != "for":
        f.add(Rec(cue.spans(f), src, [(*party, False)], cue.c, inside=cue.q))
        return
    k = end + 1
    while k < hi and f.tw(k) not in (",", ".", ";", ":", "(", ")") and f.lw(k) not in _CLAUSE_OPENERS \
            and k not in f.c.quote_open and not _second_verb(f, k) and not dash(f.c, k):
        k += 1
    what = f.content_span(end + 1, k)
    if what is not None:
        f.add(Rec([*cue.spans(f), f.span(end, end + 1)], src, [(*party, False), (*what, False)], cue.c,
                  inside=cue.q))
