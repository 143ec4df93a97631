"""A cue set inside its sentence after the sentence's first phrase (G54): ``Her son, she
added, would stay behind``, ``By late afternoon, the agency said, more buses had crossed``.

Why a module of its own: the preposed frames read the content after the cue, but here
the source and cue interrupt the reported clause, so the phrase before the source (a
subject, a time adverbial) is content too: a first CONTENT span of the same record. The
source is then the phrase after that first comma alone, never the phrase before it.
"""

from __future__ import annotations

from . import extent
from .finder import Cue, Finder
from .grammar import clause_with_verb
from .records import Rec

Spans = list[tuple[int, int]]
Part = tuple[int, int, bool]


def _word_at(f: Finder, char: int, lo: int, hi: int) -> int | None:
    """The word in [lo, hi) that starts at character ``char``."""
    return next((k for k in range(lo, hi) if f.c.ws[k].start == char), None)


def _opens_content(f: Finder, y: int, hi: int) -> bool:
    """Whether the words after the comma behind the cue go on with the reported clause: not
    a 'that' clause or quotation (the cue's own complement), nor a connective, a
    conjunction or a participle that the postposed patterns read (', and ...', ', adding')."""
    low = f.lw(y)
    if any(f.tw(k) == "," and f.lw(k + 1) == "that" for k in range(y, hi)):
        return False                                  # said on Monday, two days after the strike, that ...
    return y < hi and f.tw(y).isalpha() and low != "that" and y not in f.c.quote_open \
        and not f.lower_connective(y) and low not in f.T.conjunctions and not low.endswith("ing")


def medial_parts(f: Finder, cue: Cue, src: Spans) -> tuple[Part, Spans] | None:
    """``<X>, <source> <cue>, <Y>``: the first content span X (the sentence's words up to
    its first comma, a subject or an adverbial) and the source narrowed to the words
    between that comma and the cue; None where the cue is not set off by commas inside
    its sentence or the source does not follow the sentence's first phrase."""
    lo, hi = cue.lo, cue.hi
    if f.tw(cue.after) != "," or not _opens_content(f, cue.after + 1, hi) or not src:
        return None
    start = f.clause_start(lo, lo)
    comma = next((k for k in range(start, cue.c) if f.tw(k) in (",", ";", ":") or f.is_cue(k)), None)
    if comma is None or f.tw(comma) != "," or comma == start:
        return None
    first = _word_at(f, src[0][0], lo, cue.c)
    if first is None or first > comma + 1 or any(f.tw(k) == "," for k in range(comma + 1, first)):
        return None                                   # the source is no phrase right after the first comma
    if first <= start:                                # 'Her house, Fatima said, ...' read as one source
        last = max(k for k in range(start, cue.c) if f.c.ws[k].end <= src[-1][1])
        sp = f.source_span(comma + 1, last + 1)
        if sp is None:
            return None
        src = [sp]
    lead = f.content_span(start, comma)
    return ((*lead, False), src) if lead else None


def add_medial(f: Finder, cue: Cue, src: Spans, rest: tuple[int, int]) -> bool:
    """Add the record of a medial cue with its two CONTENT spans, X before the source and
    ``rest`` after the cue; False where the cue is not medial."""
    parts = medial_parts(f, cue, src)
    if parts is None:
        return False
    lead, narrowed = parts
    f.add(Rec(cue.spans(f), narrowed, [lead, (*rest, False)], cue.c, inside=cue.q))
    return True


def according_rest(f: Finder, lead: int, c: int, a: int, hi: int) -> tuple[int, int] | None:
    """``By late afternoon, according to X, more buses had crossed``: the words from a, after
    the comma that closes a medial 'according to X', when they are the rest of the reported
    clause (a clause with a verb of its own, G54), not an appositive or relative clause on X
    ('according to X, a monitoring group'; ', who asked not to be named'), nor a clause of
    its own after a conjunction; the words from lead to the cue at c, the first part, hold
    no verb of their own (a subject or an adverbial: a whole clause before the cue is the
    content, what follows X describes X). The span runs to where the content ends."""
    e = a
    while e < hi and f.tw(e) not in (",", ";") and not f.sentence_end(e, hi):
        e += 1
    low = f.lw(a)
    if low in f.T.conjunctions or low in f.T.subordinators or low.endswith("ing") or a >= hi \
            or low in ("a", "an") or any(f.lw(k) in ("who", "which", "that") for k in range(a, e)):
        return None                                   # ', a surgeon who sailed with them'; ', a total that ...'
    if f.tw(a) in f.T.subject_pronouns or not clause_with_verb(f.c, a, e) or clause_with_verb(f.c, lead, c):
        return None                                   # (', he said' is another cue's source)
    return f.content_span(a, extent.content_end(f, a, hi))


def according_apposition_end(f: Finder, comma: int, hi: int) -> int:
    """The comma that ends the source of a sentence-opening 'According to X,' when an
    appositive follows X ('According to Samer Haddad, an official in the governorate, men
    who ...'; 'According to the UN refugee agency, UNHCR, nearly 3,000 ...'): G45's full noun
    phrase with its appositive. The chunk must hold no verb, figure or quotation mark, and
    the words after it must open a clause with a verb before any comma (not 'According to
    X, the residents, most of them farmers, have fled'); else ``comma`` itself."""
    T = f.T
    e2 = next((k for k in range(comma + 1, min(hi, comma + 14)) if f.tw(k) in (",", ";", ".", ":")), None)
    if e2 is None or f.tw(e2) != "," or e2 == comma + 1:
        return comma
    for k in range(comma + 1, e2):
        low, t = f.lw(k), f.tw(k)
        if any(ch.isdigit() for ch in t) or not t[:1].isalpha() and t not in ("'", "\u2019", "-") \
                or low in T.auxiliaries or low in T.verbs or f.is_cue(k) or low in ("who", "which", "that"):
            return comma
    first = f.lw(comma + 1)
    if first in T.prepositions or first in T.conjunctions or first in T.subordinators or first.endswith("ing"):
        return comma
    rest = next((k for k in range(e2 + 1, hi) if f.tw(k) in (",", ";")), hi)
    verb = any(f.lw(k) in T.auxiliaries or f.lw(k) in T.verbs or f.is_cue(k) for k in range(e2 + 1, rest))
    return e2 if verb else comma
