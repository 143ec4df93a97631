"""Attribution patterns with the content first: ``<content>, <source> said.`` and ``<content>, said <source>.``

Why apart from the preposed patterns: here the cue closes its sentence, so the
source is read leftwards from the cue (or rightwards, when inverted) and the content
is the clause or quotation before them (G45, G56); the preposed patterns read the
other way round.
"""

from __future__ import annotations

from ..wordclass import can_be_verb
from ..words import QUOTES
from .characterise import head_words
from .finder import Cue, Finder
from .records import Rec


def _eligible(f: Finder, cue: Cue) -> bool:
    """Cues that need a relative pronoun, a quotation, 'that' or the quoted-by frame
    never close their sentence, nor does a participle (', telling residents to stay' is
    no inverted '<content>, told <source>')."""
    A = f.A
    return cue.lemma not in A["relative_only"] and cue.lemma not in A["as_quote"] \
        and cue.lemma not in A["needs_that"] and cue.t != A["channel"]["cue"] and not cue.t.endswith("ing")


def _at_end(f: Finder, cue: Cue) -> bool:
    """Whether the cue (with its addressee and adverbials) ends its clause."""
    after = cue.after
    if f.lw(after) == "as" and f.c.role(cue.c) == "heading":
        return True                                   # ..., aid group warns as arrivals climb (a headline, G61)
    return f.sentence_end(after, cue.hi) or (f.tw(after) == "," and (
        f.lw(after + 1) in ("and", "but", "while", "as") or f.lw(after + 1).endswith("ing")
        or _verbless_tail(f, after + 1, cue.hi) or _continued(f, cue) is not None))


def _continued(f: Finder, cue: Cue) -> tuple[int, int] | None:
    """``<content>, she said, after a mortar round hit the house.``: a subordinate
    clause after the parenthetical cue continues the content (a second CONTENT
    span, G45); its words [start, end), or None."""
    a = cue.after + 1
    if f.tw(cue.after) != "," or f.lw(a) not in _CONTINUING or cue.q is not None:
        return None
    end = a
    while end < cue.hi and not f.sentence_end(end, cue.hi):
        end += 1
    return (a, end) if end > a + 1 else None


_CONTINUING = ("after", "because", "before", "when", "since", "until", "although", "though", "once")


def _verbless_tail(f: Finder, a: int, hi: int) -> bool:
    """Whether words [a, hi) after ``said on Friday,`` are a phrase without a verb of
    its own (``, up from 3,000 a day earlier``; ``, nearly half of the population
    that lived there``): a comment on the content before the cue, not content after
    it, so the cue closes its clause (G45). A verb after a relative pronoun belongs
    to the phrase."""
    T = f.T
    for k in range(a, hi):
        low, t = f.lw(k), f.tw(k)
        if low in ("that", "who", "which", "whose") and k > a:
            return True
        if t in QUOTES or (k == a and (low in T.subject_pronouns or low == "that")):
            return False
        if low in T.auxiliaries or low in T.cue_forms or (low in T.verbs and t.islower()):
            return False
    return a < hi


def _chunk_left(f: Finder, lo: int, end: int) -> int:
    """Start of the comma/quote-delimited chunk ending at word end-1."""
    a = end - 1
    while a >= lo and f.tw(a) != "," and f.tw(a) not in QUOTES:
        a -= 1
    return a + 1


def _sep_left(f: Finder, lo: int, start: int) -> int:
    """Last word before the punctuation run (commas, quotes) before start."""
    b = start - 1
    while b >= lo and (f.tw(b) == "," or f.tw(b) in QUOTES):
        b -= 1
    return b


def _source_grows(f: Finder, lo: int, pstart: int, b: int, src_start: int) -> bool:
    """Whether the chunk [pstart, b] before the source is another part of it (an
    appositive, or the name an appositive follows) rather than the end of the content."""
    before_sep = range(_sep_left(f, lo, pstart) + 1, pstart)
    after_quote = any(x in f.c.quote_close for x in before_sep)
    return f.np_like(pstart, b + 1, first=False) and (after_quote or (
        pstart > lo and any(f.tw(x) == "," for x in before_sep)
        and f.clause_start(lo, lo) < _sep_left(f, lo, pstart) + 1
        and (apposition(f, pstart, b + 1, src_start) or _connective(f, pstart, b + 1)
             or _connective(f, src_start, src_start + 1))))


def _connective(f: Finder, a: int, b: int) -> bool:
    """Whether [a, b) is one lower-case discourse connective set off by commas ('...,
    however, the council said'; '..., the council, however, said'): it joins the source's
    chunks, which source_span then sets it aside from (G56), so it ends neither the
    content nor the source."""
    return b - a == 1 and f.tw(b) == "," and f.lower_connective(a)


def _name(f: Finder, a: int, b: int) -> bool:
    """Whether [a, b) opens with a name: its first word a capitalised open-class word and
    every word before its first preposition capitalised or hyphenated (al-Muradi)."""
    return f.tw(a)[:1].isupper() and f.lw(a) not in f.T.closed and all(
        f.tw(x)[:1].isupper() or "-" in f.tw(x) or not f.tw(x).isalpha() for x in head_words(f, a, b))


def apposition(f: Finder, a: int, b: int, s: int) -> bool:
    """Whether the chunk [a, b) before a postposed source's first chunk (from word s to its
    comma) stands in apposition to it (G45): a name, an age, a relative clause, or a role
    before a name ('the mayor, Ali Hamid'; 'war monitor, the Syrian Observatory ...');
    two descriptions side by side
    ('Kafr Nabl, a market town near the border, the governor said'), a list ('blankets and
    stoves, the agency said') or a pronoun ('Others, Mahmoud added') end the content."""
    if any(f.lw(x) in ("who", "which", "whose", "where", "that") for x in (*range(a, b), s)):
        return True
    if _name(f, a, b) or (b - a == 1 and f.tw(a).isdigit()):
        return True
    e = s
    while e < len(f.c.ws) and f.tw(e) != "," and not f.is_cue(e):
        e += 1
    named = _name(f, s, e) or (f.lw(s) == "the" and _name(f, s + 1, e))
    return named and not (b - a == 1 and f.lw(a) in f.T.closed) and not any(
        f.lw(x) in ("and", "or") for x in range(a, b))


def source_then_cue(f: Finder, cue: Cue) -> bool:
    """``<content>, <source> said.`` and ``"<quote>," <source> said.``: the source is
    the comma-separated noun phrases before the cue (an appositive is kept, G45),
    the content the clause or quotation before them. True if a record was added."""
    if not _eligible(f, cue) or not _at_end(f, cue):
        return False
    c, lo = cue.c, cue.lo
    k = f.time_adv_left(c - 1, lo)
    if k < lo:
        return False
    if f.tw(k) == ",":
        k -= 1
    end = k + 1
    src_start = _chunk_left(f, lo, end)
    if src_start >= end or src_start <= lo or not f.np_like(src_start, end, first=True):
        return False
    while True:
        b = _sep_left(f, lo, src_start)
        sep = range(b + 1, src_start)
        closing = next((x for x in sep if x in f.c.quote_close), None)
        src = f.source_span(src_start, end)
        if src is None:
            return False
        if closing is not None:
            qc = f.quote_content(f.c.quote_close[closing])
            if qc is None:
                return False
            f.add(Rec(cue.spans(f), [src], [qc], c, quote_content=True, inside=cue.q))
            return True
        if b < lo or any(f.tw(x) in QUOTES for x in sep):
            return False
        pstart = _chunk_left(f, lo, b + 1)
        if _source_grows(f, lo, pstart, b, src_start):
            src_start = pstart
            continue
        cs = f.content_span(f.clause_start(lo, lo), b + 1)
        if cs is None:
            return False
        more = _continued(f, cue)
        cs2 = f.content_span(*more) if more else None
        f.add(Rec(cue.spans(f), [src], [(*cs, False), *([(*cs2, False)] if cs2 else [])], c, inside=cue.q))
        return True


# Words after a comma that open a clause of their own after an inverted source, not part of it.
_CLAUSE_AFTER = ("and", "but", "as", "while", "when", "after", "before", "because", "although", "though")


def _opens_clause(f: Finder, k: int) -> bool:
    """Whether the word k after a comma opens a clause of its own after an inverted
    source: a conjunction, or a participle that is itself a cue ('adding that', G86);
    any other participial clause describes the source and belongs to it ('..., said X,
    speaking by telephone', 'holding her husband's elbow': G45)."""
    low = f.lw(k)
    return low in _CLAUSE_AFTER or (low.endswith("ing") and can_be_verb(low) and f.is_cue(k))


def cue_then_source(f: Finder, cue: Cue) -> bool:
    """``<content>, said <source>.`` and ``"<quote>," said <source>.``: an inverting cue
    after a comma or a closing quotation mark. True if a record was added."""
    c, lo, hi = cue.c, cue.lo, cue.hi
    punct_before = c - 1 >= lo and (f.tw(c - 1) == "," or (c - 1) in f.c.quote_close)
    if not _eligible(f, cue) or _at_end(f, cue) or not punct_before or cue.lemma not in f.A["inversion"]:
        return False
    a = c + 1
    end = a
    while end < hi and not f.sentence_end(end, hi) and not (f.tw(end) == "," and _opens_clause(f, end + 1)):
        end += 1                                      # (..., said X, as she stepped off the bus: X alone, G45)
    # drop a final time adverbial from the source
    e2 = f.strip_time_left(a, end)
    rel = next((k for k in range(a, e2) if f.lw(k) in ("who", "which", "whose")), e2)
    if not f.np_like(a, e2, first=True) or any(f.is_cue(k) for k in range(a, rel)) or _clause(f, a, rel):
        return False
    src = f.source_span(a, e2)
    if src is None:
        return False
    b = c - 1
    sep_closing = None
    while b >= lo and (f.tw(b) == "," or f.tw(b) in QUOTES):
        if b in f.c.quote_close:
            sep_closing = b
        b -= 1
    if sep_closing is not None:
        qc = f.quote_content(f.c.quote_close[sep_closing])
        if qc is None:
            return False
        f.add(Rec(cue.spans(f), [src], [qc], c, quote_content=True, inside=cue.q))
        return True
    if b < lo:
        return False
    start = f.clause_start(b, lo)
    if f.np_like(start, b + 1, first=True) and (_clause(f, a, rel) or any(
            f.lw(k).endswith("ed") and f.tw(k).islower() for k in range(a + 1, rel))):
        return False                                  # X, a volunteer with ..., said his teams ...: no inversion
    cs = f.content_span(start, b + 1)
    if cs is None:
        return False
    f.add(Rec(cue.spans(f), [src], [(*cs, False)], c, inside=cue.q))
    return True


def _clause(f: Finder, a: int, b: int) -> bool:
    """Whether words [a, b) after an inverted cue are a clause, not a source: they open
    with a subject pronoun or hold a finite verb before any comma ('..., said she saw
    ...' is no inversion: the source came before the cue)."""
    if f.tw(a) in f.T.subject_pronouns and f.lw(a) not in ("it",):
        return True
    for k in range(a, b):
        if f.tw(k) == ",":
            return False
        if f.lw(k) in f.T.verbs and f.lw(k) not in f.T.cue_forms and k > a and not f.lw(k).endswith("ing"):
            return True                               # (a participle can modify the source: a mother evacuating X)
    return False
