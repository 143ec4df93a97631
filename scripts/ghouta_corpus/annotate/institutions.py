"""Places that are also the bodies housed in them (an office, a headquarters, an
embassy): the body, an ACTOR, where it speaks or is the one cited; the building, a
LOCATION, elsewhere (G7, G70, G147).

Why apart from mentions.py: the test reads the clause around the noun (a verb of
saying after it, past an auxiliary, an adverb, an of/in phrase, an appositive or a
relative clause; 'according to' before it), one question asked of one list.
"""

from __future__ import annotations

from functools import cache

from .context import Ctx
from .lexicons import load
from .wordclass import is_past_form, word_classes

# Places that are also the bodies housed in them, which speak: ACTORs when they do (G7, G70).
INSTITUTIONS = frozenset(("office", "offices", "headquarters", "embassy", "secretariat", "bureau", "presidency",
                          "palace"))


def speaks(ctx: Ctx, h: int) -> bool:
    """Whether the noun phrase headed at h is the subject of a verb of saying (a cue
    follows it in its clause, past an 'of'/'in' phrase, an appositive, an auxiliary that
    is no form of 'be', an adverb or a relative clause set off by commas, before any
    other verb: 'the office of the governor, X, said', 'the office has repeatedly said',
    'the office, which is run by X, put the toll at'; not 'an office where ...') or the
    one cited after 'according to'."""
    T, lows, ws = ctx.T, ctx.lows, ctx.ws
    if _cited(ctx, h):
        return True
    k = h + 1
    while k < min(ctx.n, h + 16):
        t = ws[k].text
        if T.verb_cue(t):
            return True
        if t == "," and k + 1 < ctx.n and lows[k + 1] in ("which", "who"):
            k = _clause_end(ctx, k + 1)               # the office, which is run by X, said (G147)
            continue
        # a form of 'be' (grammar.json's be_forms) ends the search: 'the office was said to
        # be' is the building talked of, 'has been hit' the building hit; other
        # auxiliaries stand before the body's own cue ('has said', 'will announce')
        if lows[k] in T.auxiliaries and lows[k] not in T.be_forms:
            return _cue_after_auxiliary(ctx, k + 1)   # the office has said; will not say
        if t in (".", ";", ":") or lows[k] in T.subordinators or lows[k] in ("who", "which", "where", "that") \
                or lows[k] in T.verbs or lows[k] in T.auxiliaries or lows[k].endswith("ed") and t.islower():
            return False
        k += 1
    return False


def charged(ctx: Ctx, h: int) -> bool:
    """Whether the 'office' headed at h has a word of its charge or its owner before it
    in its phrase ('the UN human rights office', 'the Ukrainian presidential office',
    'the governor's office'), with no indefinite article: a body by its name for what it
    does, an ACTOR wherever it stands (G7, G70); a bare 'an office' (where a phone can be
    used, that does not exist anymore) stays the building (G7), and so does the subject
    of a verb that is no cue ('the aid office will reopen', 'has been shelled', 'was
    said to be empty': :func:`speaks` takes one that speaks, G7's building elsewhere,
    test_annotate_round24_ment); 'has been more cautious' is the body's."""
    if ctx.lows[h] != "office" or _verb_after(ctx, h + 1):
        return False                                  # the aid office was said to be empty: the building
    k = _phrase_start(ctx, h)
    while k < h and any(ctx.lows[x] in ctx.T.determiners for x in range(k + 1, h)):
        k += 1                                        # a figure the UN office repeated: the phrase after 'the'
    mods = [x for x in range(k, h) if ctx.lows[x] not in ctx.T.determiners and ctx.ws[x].text not in ("'", "’", "s")]
    return bool(mods) and ctx.lows[k] not in ("a", "an") and not (k >= 1 and ctx.lows[k - 1] in _WHERE)


# Prepositions of where someone is or goes: an office after them is the building
# ('a nurse at the aid office', G7).
_WHERE = frozenset(("at", "in", "inside", "outside", "near", "into", "from", "behind", "beside"))


def _verb_after(ctx: Ctx, k: int) -> bool:
    """Whether the words from k, past auxiliaries, 'not' and adverbs, are a verb whose
    subject the office is ('will reopen', 'has been shelled', 'was said to be'; not
    'has been more cautious', nor 'in Geneva repeated')."""
    lows, ws, n, T = ctx.lows, ctx.ws, ctx.n, ctx.T
    while k < n and (lows[k] in T.auxiliaries or lows[k] in T.be_forms or lows[k] in ("not", "never")
                     or lows[k] in T.adverbs):
        k += 1
    if k >= n or not ws[k].text.isalpha() or not ws[k].text.islower() or lows[k] in T.closed:
        return False
    classes = word_classes(lows[k])
    return "VERB" in classes and "ADJ" not in classes or is_past_form(lows[k])


def _cue_after_auxiliary(ctx: Ctx, k: int) -> bool:
    """Whether the verb the auxiliary before word k goes with, past 'not' and adverbs,
    is a verb of saying ('has repeatedly said'; not 'will reopen on Monday, officials
    said', whose cue is another subject's)."""
    T, lows, ws = ctx.T, ctx.lows, ctx.ws
    while k < ctx.n and (lows[k] in ("not", "never", "n't") or lows[k] in T.adverbs
                         or lows[k].endswith("ly") and ws[k].text.islower()):
        k += 1
    return k < ctx.n and T.verb_cue(ws[k].text)


def _clause_end(ctx: Ctx, k: int) -> int:
    """The word after the comma that closes a relative clause opened at k (or the end
    of the sentence, where no comma closes it: then the search stops there)."""
    for e in range(k, min(ctx.n, k + 20)):
        if ctx.ws[e].text == ",":
            return e + 1
        if ctx.ws[e].text in (".", ";", ":"):
            return e
    return ctx.n


def _phrase_start(ctx: Ctx, h: int) -> int:
    """The first word of the noun phrase headed at h: back over words, a possessive's
    apostrophe and 's', hyphenated words, stopping before a preposition, verb or
    auxiliary (at most eight words)."""
    T, lows, ws = ctx.T, ctx.lows, ctx.ws
    k = h
    while k > max(0, h - 8):
        t = ws[k - 1].text
        if not (t.isalpha() or t in ("'", "’", "s") or "-" in t) or lows[k - 1] in T.prepositions \
                or lows[k - 1] in T.verbs or lows[k - 1] in T.auxiliaries:
            break
        k -= 1
    return k


def _cited(ctx: Ctx, h: int) -> bool:
    """Whether 'according to' stands before the noun phrase headed at h, with only its
    determiners, a possessor and modifiers between ('according to the UN's relief
    office'; not 'according to a nurse at the office': a preposition stops it)."""
    k = _phrase_start(ctx, h)
    return k >= 2 and ctx.lows[k - 1] == "to" and ctx.lows[k - 2] == "according"


def keeps_demonym(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the capitalised run [i, j), opening with a demonym, keeps it: a faith
    body's name (:func:`faith_body`), or a people's or faith's word (a demonym with no
    state) in a place's name, before a capitalised place word or a lower-case place
    descriptor ('the Jewish Quarter', 'the Hindu Kush mountains'), as a title stays in
    'the Sheikh Maqsoud district' (G14 makes the word a modifier only before a common noun)."""
    ws, lows, T = ctx.ws, ctx.lows, ctx.T
    if faith_body(ctx, i, j):
        return True
    place_word = lows[j - 1] in ctx.lex.place_heads or lows[j - 1] in T.place_descriptors
    descriptor = j < ctx.n and ws[j].text.islower() and lows[j] in T.place_descriptors
    return j - i >= 2 and T.demonyms.get(ws[i].text, "") is None and (place_word or descriptor)


def faith_body(ctx: Ctx, i: int, j: int) -> bool:
    """Whether the capitalised run [i, j) holds a word of actors.json's faith_bodies
    right after a demonym ('the Catholic Church', 'the Coptic Orthodox Church', 'the
    Syriac Orthodox Patriarchate'): one body's name that keeps its demonyms (G14 makes
    a faith word before a common noun a pre-modifier, never before such a body) and
    takes an 'of' after it ('the Orthodox Church of Ukraine'); 'the Church of the
    Nativity', with no demonym before, is not one."""
    ws = ctx.ws
    return any(ws[k].text in _faith_bodies() and ws[k - 1].text in ctx.T.demonyms for k in range(i + 1, j))


@cache
def _faith_bodies() -> frozenset[str]:
    return frozenset(load("actors")["faith_bodies"])
