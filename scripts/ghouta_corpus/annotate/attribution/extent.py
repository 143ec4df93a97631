"""Where a reported content ends (G86, G218): the edges of a preposed cue's content.

Why a module of its own: the content's end is the part of the attribution layer that
grows most with new text (a coordinated cue, the writer's comment, a postposed source
after the content), and the finder's reading of sources and adverbials stays apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclass import is_past_form
from .adverbials import time_lead
from .grammar import aux_after, finite, manner_at, own_clause

if TYPE_CHECKING:
    from .finder import Finder


def content_end(f: Finder, a: int, hi: int) -> int:
    """Where a preposed cue's content ends: the sentence (or quotation) end, or
    before a coordinated cue (but did not say ...) or a concessive clause."""
    T = f.T
    nested = a < f.c.n and f.c.quote_around(a) is not None
    k = a
    while k < hi:
        low = f.lw(k)
        if k > a and (f.tw(k) == ";" and (clause_with_cue(f, k + 1, hi) or _impersonal(f, a)
                                          or _writers_after_semicolon(f, k + 1, hi))
                      or manner_at(f.c, k, f.manner) and not aux_after(f.c, k, hi)):
            return k                              # ...; state media said ...; it was reported that ...; (G386)
        if nested and k > a and f.tw(k) == "," and own_clause(f.c, k + 1, hi):
            return k                              # "A neighbour said the road was safer, but the men ..." (G86)
        if low in ("but", "and", "while", "whereas") and k > a:
            x = k + 1
            while x < hi and (f.lw(x) in T.auxiliaries or f.lw(x) in T.adverbs):
                x += 1
            if x < hi and f.is_cue(x) and x > k + 1:
                return k
            if x < hi and f.is_cue(x) and finite(f.lw(x)):
                return k                          # ... and suggested that ..., but stressed that ... (G86)
            if x < hi and f.lw(x) in f.A["action_verbs"] and finite(f.lw(x)) and not nested:
                return k                          # ... and urged Afghans to go home (G86, G114)
            if f.tw(k - 1) == "," and (clause_with_cue(f, k + 1, hi) or low == "and" and _appeal_clause(f, k + 1, hi)):
                return k                          # ..., and the UN estimates that ...; ..., while X said (G86)
            if f.tw(k - 1) == "," and low == "and" and not nested and _narrative_after_backshift(f, a, k, hi):
                return k                          # said it had delivered flour, and the Red Cross sent ... (G218)
        if f.tw(k) == "," and k + 1 < hi and f.lw(k + 1) in ("though", "although", "whereas") \
                and (f.lw(k + 1) == "whereas" or _concession_with_saying(f, k + 2, hi)):
            return k                              # ..., though aid groups said ... (G218, G86)
        q = k + 2 if k + 2 < hi and f.tw(k + 1) in ('"', "\u201d") else k + 1   # (past a closing quote)
        if f.tw(k) == "," and k > a and k + 1 < hi and f.is_cue(q) and f.lw(q).endswith("ing"):
            return k                              # ..., adding that ...; '...," noting that ... (G86)
        if f.tw(k) == "," and k > a and f.lw(k + 1) == "which" and not nested \
                and not any(f.tw(x) in (",", ";") or f.is_cue(x) for x in range(k + 2, hi)):
            return k                              # ..., which has helped broker earlier swaps: the writer's (G86)
        if f.tw(k) == "," and k > a and _writers_after_comma(f, k + 1, hi):
            return k
        k += 1
    return hi


def _concession_with_saying(f: Finder, a: int, hi: int) -> bool:
    """Whether a ', though' clause from a holds a verb of saying of its own (', though the
    agency did not confirm it', ', though aid groups said they could not verify it'): the
    writer's comment on the content, outside it (G86, G218). Without one the clause goes on
    with the source's account and stays in (', though nobody was hurt', ', though several
    hundred were still being held')."""
    end = next((x for x in range(a, hi) if f.tw(x) == ";"), hi)
    return any(f.is_cue(x) for x in range(a, end))


def _narrative_after_backshift(f: Finder, a: int, k: int, hi: int) -> bool:
    """Whether the clause after ', and' at k is the writer's next step of the story, not more
    of a content from a (G218): the content so far is back-shifted ('had delivered', 'was
    striking'), and the new clause has a subject of its own and a verb that is not ('and the
    Red Cross sent 30 trucks', 'and the Red Crescent has set up water points', 'and residents
    received text messages'), the tense of the writer's narration. A clause that keeps the
    back-shift ('and dozens were sleeping', 'and several had not returned') goes on with the
    source's account and stays in."""
    if not any(f.lw(x) == "had" and is_past_form(f.lw(f.time_adv_right(x + 1, k)))
               or f.lw(x) in ("was", "were") and f.lw(x + 1).endswith("ing") for x in range(a, k)):
        return False
    for v in range(k + 2, min(hi, k + 10)):
        low = f.lw(v)
        if f.tw(v) in (",", ";", ":") or f.tw(v) in f.T.subject_pronouns:
            return False
        if not f.tw(v).islower() or not (low in ("has", "have") or is_past_form(low)):
            continue
        if low in f.T.auxiliaries and low not in ("has", "have") or not f.np_like(k + 1, v, first=False):
            return False
        return low not in ("has", "have") or is_past_form(f.lw(v + 1)) or f.lw(v + 1) == "been"
    return False


def _writers_after_comma(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a, after a comma in the content, are the writer's, not the source's."""
    return (trailing_relative(f, a, hi)           # ..., where families washed them; ..., due to expire (G378)
            or writer_comment(f, a, hi)           # ..., a figure that could not be verified (G86)
            or trailing_attribution(f, a, hi)     # ..., a spokesman told RIA.
            or _impersonal_tail(f, a, hi)         # ..., it is understood. (G42: the impersonal's own record)
            or _share_comment(f, a, hi)           # ..., fewer than one in ten of its pre-war population (G86)
            or f.lw(a) == "according" and f.lw(a + 1) == "to")   # X said Y, according to Z: Z's record (G86)


def _share_comment(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are the writer's comparison of the figure before the comma
    with a whole ('fewer than one in ten of its pre-war population', 'less than half of
    the town', 'about a third of the toll cited by the activists'): a comment on the figure
    that runs to the sentence's end, not more of what the source said. A breakdown 'of
    them' stays in (the source's own share)."""
    S = f.A["share_comments"]
    if f.lw(a) in S["comparatives"] and f.lw(a + 1) == "than":
        k = a + 2
    elif f.lw(a) in S["approximators"]:
        k = a + 1                                 # about a third of the toll cited by ...
    else:
        return False
    if f.c.quote_around(a) is not None:
        return False
    if f.lw(k) == "one" and f.lw(k + 1) == "in":
        k += 3                                    # one in ten
    elif f.lw(k) in ("a", "one") and f.lw(k + 1) in S["shares"] or f.lw(k) in S["shares"]:
        k += 1 if f.lw(k) in S["shares"] else 2   # half; a third
    else:
        return False
    if f.lw(k) != "of" or f.lw(k + 1) in ("them", "us", "those", "these"):
        return False
    return not any(f.tw(x) in (",", ";") or f.is_cue(x) and f.lw(x + 1) != "by"   # (the toll cited by X)
                   for x in range(k + 1, hi) if not f.sentence_end(x, hi))


def _impersonal_tail(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are a postposed impersonal cue closing the sentence ('it was
    reported.', 'it is understood.'): that cue reports the chunk before it, so a
    preposed content that reaches it ends at its comma."""
    if f.lw(a) != "it":
        return False
    k = a + 1
    while k < hi and f.lw(k) in f.A["passive_aux"]:
        k += 1
    return k > a + 1 and f.tw(k) in f.T.cue_forms and f.sentence_end(k + 1, hi)


def _writers_after_semicolon(f: Finder, a: int, hi: int) -> bool:
    """Whether the clause after a semicolon at a-1 is the writer's (G218, G86): it opens with
    a time adverbial, the next step of the story ('; this week the number has fallen', ';
    two days later, staff loaded ...'), with the writer's comment on what was said ('; that
    claim could not be verified'), or with an adverbial and a comma before a clause with a
    cue of its own ('; in some classrooms, staff counted ...')."""
    if f.lw(a) in ("that", "this", "the") and f.lw(a + 1) in f.A["comment_nouns"]:
        return True
    if time_lead(f, a, hi) > a:
        return True                               # ; this week the number has fallen
    comma = next((k for k in range(a + 1, min(hi, a + 6)) if f.tw(k) in (",", ";")), None)
    if comma is None or f.tw(comma) != ",":
        return False
    if f.lw(comma - 1) in ("later", "earlier", "ago") or time_lead(f, a, comma + 2) == comma:
        return True                               # ; two days later, staff loaded ...
    return f.lw(a) in f.T.prepositions and clause_with_cue(f, comma + 1, hi)


def _impersonal(f: Finder, a: int) -> bool:
    """Whether the content at a follows an impersonal passive cue that names no source
    ('it was reported that', 'It is understood on Tuesday that'): a clause after ';'
    is then the writer's (G386)."""
    k = a - 1 if f.lw(a - 1) == "that" else a
    for c in range(k - 1, max(-1, k - 6), -1):
        if f.tw(c) in f.T.cue_forms:                 # (a verb cue, or 'understood' of 'it is understood')
            x = c - 1
            while x > 0 and f.ly_adverb(x):
                x -= 1
            return f.lw(x) in f.A["passive_aux"] and f.lw(x - 1) == "it"
    return False


def clause_with_cue(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are '<noun phrase> <verb cue>': a coordinated clause
    with a source and cue of its own ('and the UN estimates'), the cue perhaps after
    auxiliaries and adverbs ('and officials have repeatedly called'), the noun phrase
    perhaps with an aside set off by commas ('and the agency, which ..., has said')."""
    return any(_cue_after_subject(f, a, hi, aside_end(f, a, hi, w)) for w in (6, 8))


def _cue_after_subject(f: Finder, a: int, hi: int, b: int) -> bool:
    """Whether a verb cue follows the subject from a, past an aside ending at b (or b == a)."""
    for c in range(max(b, a + 1), min(hi, b + 16)):
        if f.is_cue(c):
            x = c
            while x - 1 > a and (f.lw(x - 1) in f.T.auxiliaries or f.ly_adverb(x - 1)):
                x -= 1                                # has said, have repeatedly called
            if x < c and not _passive_with_record(f, x, c, hi):
                return False                          # and trucks were reported near ...: no record
            return x == b if b > a else _subject_np(f, a, f.time_adv_left(x - 1, a) + 1)
        if f.tw(c) in (",", ";") or f.lw(c) in f.T.auxiliaries and not _aux_then_cue(f, c, hi):
            return False
    return False


def _subject_np(f: Finder, a: int, b: int) -> bool:
    """Whether words [a, b) are the subject of a coordinated clause's cue: a short noun phrase,
    or a longer one that opens with an article and holds prepositional phrases only ('and a
    spokeswoman for the UN Office for the Coordination of Humanitarian Affairs said'), which
    a source may be however long its name (G45)."""
    if f.np_like(a, b, first=False):
        return True
    return b - a <= 16 and f.lw(a) in ("a", "an", "the") and f.np_like(a, b, first=True) \
        and not any(f.lw(k) in ("who", "which", "that") or any(ch.isdigit() for ch in f.tw(k)) for k in range(a, b))


def _appeal_clause(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are '<subject> <verb of appeal>' ('and the deputy governor urged
    the elderly to leave', 'and he urged residents to stay'): a new subject's appeal is the
    writer's next step of the story, not more of what the source said (G86, G218)."""
    b = aside_end(f, a, hi)
    for v in range(max(b, a + 1), min(hi, b + 12)):
        if f.lw(v) in f.A["appeal_verbs"]:
            x = v
            while x - 1 > a and (f.lw(x - 1) in f.T.auxiliaries or f.ly_adverb(x - 1)):
                x -= 1
            return x == b if b > a else (x == a + 1 and f.tw(a) in f.T.subject_pronouns) or _subject_np(f, a, x)
        if f.tw(v) in (",", ";", ":"):
            return False
    return False


def aside_end(f: Finder, a: int, hi: int, width: int = 8) -> int:
    """Past an aside set off by commas after a short noun phrase at a, of fewer than
    ``width`` words ('the refugee agency, UNHCR, has said'; 'the UN children's agency,
    UNICEF, added'; 'the administration, which moved to X, has accused'), or a itself."""
    m = next((k for k in range(a + 1, min(hi, a + width)) if f.tw(k) in (",", ";")), None)
    if m is None or f.tw(m) != "," or not f.np_like(a, m, first=False):
        return a
    n = next((k for k in range(m + 1, min(hi, m + 14)) if f.tw(k) in (",", ";")), None)
    return n + 1 if n is not None and f.tw(n) == "," else a


def _aux_then_cue(f: Finder, c: int, hi: int) -> bool:
    """Whether auxiliaries and adverbs from c lead to a verb cue (has said, have repeatedly called)."""
    x = c
    while x < hi and (f.lw(x) in f.T.auxiliaries or f.ly_adverb(x)):
        x += 1
    return x < hi and f.is_cue(x) and _passive_with_record(f, c, x, hi)


def _passive_with_record(f: Finder, x: int, c: int, hi: int) -> bool:
    """Whether the auxiliaries and adverbs from x to the cue at c are no passive ('has said'),
    or a passive that makes a record of its own (G85, G115): 'that' after the cue ('it was
    reported that', 'were told that'), or a raised cue before 'to' or a participle ('are
    believed to have fled', 'were reported killed'). A passive cue with neither ('trucks were
    reported near the border', 'families had been told to leave') has no source of its own: its
    clause stays in the content."""
    k = c - 1
    while k >= x and f.ly_adverb(k):
        k -= 1
    if k < x or f.lw(k) not in f.A["passive_aux"]:
        return True
    nxt = f.time_adv_right(c + 1, hi)
    if f.lw(nxt) == "that":
        return True
    entry = f.T.cue_forms.get(f.tw(c))
    raised = entry is not None and entry["lemma"] in f.A["raised"]
    return raised and (f.lw(c + 1) == "to" or f.lw(c + 1).endswith("ed") and f.lw(c + 1) not in f.T.cue_forms)


def writer_comment(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a are the writer's comment on what was said, not the
    source's words (G86): 'a figure that could not be verified', 'a claim for
    which ...', or a coordinated action 'but gave no date'."""
    j = a + 2 if f.lw(a) in ("a", "an") else a + 1 if f.lw(a).endswith("s") else a
    if j > a and f.lw(j - 1) in f.A["comment_nouns"] and (
            f.lw(j) in ("that", "which", "for", "the") or f.tw(j) in f.T.subject_pronouns
            or zero_relative_verb(f, j, hi) is not None
            or f.lw(j).endswith("ed") and f.lw(j + 1) == "by"):   # a figure repeated by X (G86)
        return True                               # a figure that ...; figures that ...; a request he said ...
    if f.lw(a) == "without" and f.lw(a + 1).endswith("ing"):
        return True                               # ..., without giving further details
    return f.lw(a) == "but" and (a + 1 >= hi or f.lw(a + 1) in f.A["action_verbs"])


def zero_relative_verb(f: Finder, j: int, hi: int) -> int | None:
    """The verb that closes a zero relative clause from j, right after a noun of saying, or
    None (G324): 'a claim [displaced people we spoke to] rejected', 'an account [officials
    in Kemi] have disputed', 'a figure [the agency] did not comment on'. The clause runs to
    the sentence's end with no comma or relative pronoun, opens with no preposition (not 'a
    figure of 40') and ends on a past verb, perhaps with its particle: the object left out
    is the noun itself, so the clause is the writer's comment and no record of its own."""
    T = f.T
    if j >= hi or f.lw(j) in T.prepositions or f.lw(j) in ("that", "which", "who") or not f.tw(j).isalpha():
        return None
    e = j
    while e < hi and not f.sentence_end(e, hi):
        if f.tw(e) in (",", ";", ":") or f.lw(e) in ("that", "which"):
            return None
        e += 1
    v = e - 1 if f.lw(e - 1) in T.prepositions and e - 2 > j else e - 1
    low, before = f.lw(v), f.lw(v - 1)
    if v <= j or not f.tw(v).islower() or not (finite(low) or before in ("not", "n't", "never")
                                               or f.is_cue(v) and before != "to"):   # a charge officials deny
        return None
    return v


def trailing_attribution(f: Finder, a: int, hi: int) -> bool:
    """Whether words [a, hi) are a postposed '<source> <cue> [addressee].' clause."""
    for c in range(a + 1, min(hi, a + 16)):
        if f.is_cue(c):
            if not f.np_like(a, c, first=True):
                return False
            obj_end = f.object_np(c + 1, hi) if f.tw(c) in ("told", "tells", "tell") else c + 1
            after = f.time_adv_right(obj_end, hi)
            return f.sentence_end(after, hi)
    return False


def trailing_relative(f: Finder, a: int, hi: int) -> bool:
    """Whether words from a, after a comma, are a ', where' clause or a reduced relative
    ('due to expire', 'set to ...') that follows the end of the reported clause: the
    writer's background, outside the content (G378). It stays in where it is medial (a
    comma and a verb after it: ', where patients were taken, was hit'), holds a saying of
    its own (', where residents said ...'), is a question (', where do I ...') or is quoted."""
    low = f.lw(a)
    if low == "where":
        if f.lw(a + 1) in f.T.auxiliaries:
            return False                          # is the metro working, where do I find my son
    elif not (low in f.A["reduced_relatives"] and f.lw(a + 1) == "to"):
        return False
    if f.c.quote_around(a) is not None:
        return False
    for x in range(a + 1, hi):
        if f.is_cue(x):
            return False                          # , where residents said ... (G315)
        if f.tw(x) == "," and x + 1 < hi and (f.lw(x + 1) in f.T.auxiliaries or f.lw(x + 1) in f.T.verbs
                                               or f.lw(x + 1) == "to"):
            return False                          # a clinic, where ..., was hit; the truce, due to ..., to be
    return True
