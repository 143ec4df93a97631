"""The attribution patterns' registry and :func:`cue_record`, the dispatcher that tries them on a cue word.

Why a dispatcher over tables: the corpus's attribution patterns (G43-G58) are tried
in a fixed order, and a new one should be one function and one entry, not a branch
in a long function. :data:`WORD_PATTERNS` are set off by the words themselves
('according to', an impersonal 'it is said'); a verb cue then tries
:data:`CONTENT_FIRST` (the source after the content) and, failing those, the
source-first frames of :mod:`~ghouta_corpus.annotate.attribution.preposed`.
"""

from __future__ import annotations

from collections.abc import Callable

from .finder import Cue, Finder
from .postposed import cue_then_source, source_then_cue
from .preposed import source_first
from .records import Rec


def _is_according(f: Finder, c: int) -> bool:
    return f.lw(c) == "according" and f.lw(c + 1) == "to"


def _according(f: Finder, c: int) -> None:
    """'according to X': the source follows; the content is the rest of the
    sentence, after X and its comma when the phrase opens the sentence."""
    lo, hi, q = f.lo_hi(c)
    cue = [(f.c.ws[c].start, f.c.ws[c + 1].end)]
    a = c + 2
    end = a
    while end < hi and f.tw(end) not in (",", ";") and not f.sentence_end(end, hi):
        end += 1
    start = f.clause_start(lo, lo)
    if c > start and f.tw(end) == "," and f.lw(end + 1) in ("a", "an", "the"):
        e2 = end + 1                                  # according to X, a Britain-based monitoring group (G45)
        while e2 < hi and f.tw(e2) not in (",", ";") and not f.sentence_end(e2, hi):
            e2 += 1
        if f.sentence_end(e2, hi) and f.np_like(end + 1, e2, first=False):
            end = e2
    src = f.source_span(a, f.strip_time_left(a, end))
    if src is None:
        return
    if c <= start:
        if f.tw(end) != ",":
            return
        cs = f.content_span(end + 1, f.content_end(end + 1, hi))
    else:
        b = c - 1
        if f.tw(b) == ",":
            b -= 1
        cs = f.content_span(start, b + 1)
    if cs:
        f.add(Rec(cue, [src], [(*cs, False)], c, inside=q))


def _is_impersonal(f: Finder, c: int) -> bool:
    entry = f.T.cue_forms.get(f.tw(c))
    return entry is not None and entry["kind"] == "impersonal"


def _it_passive(f: Finder, c: int) -> bool:
    """'It was reported', 'it has been widely reported', 'it is understood': an
    expletive 'it' and a passive before the cue (G85)."""
    def adverb(x: int) -> bool:
        return f.lw(x) in f.T.adverbs or (f.lw(x).endswith("ly") and f.tw(x).islower())
    k = c - 1
    while k >= 0 and adverb(k):
        k -= 1
    if f.lw(k) not in ("is", "was", "been"):
        return False
    while k >= 0 and (f.lw(k) in f.T.auxiliaries or adverb(k)):
        k -= 1
    return f.lw(k) == "it"


def _is_raised(f: Finder, c: int) -> bool:
    """'X are believed to remain', 'civilians believed to be trapped' (G115)."""
    entry = f.T.cue_forms.get(f.tw(c))
    return entry is not None and entry["lemma"] in f.A["raised"] and f.lw(c + 1) == "to" and (
        f.lw(c + 2) in ("be", "have") or f.lw(c + 2) in f.T.verbs) and not f.tw(c).endswith("s")


def _raised(f: Finder, c: int) -> None:
    """A raised passive (G115): no source; contents the subject noun phrase and the
    infinitive with 'to'."""
    lo, hi, q = f.lo_hi(c)
    k = c - 1
    while k >= lo and (f.lw(k) in f.T.auxiliaries or f.tw(k) == ","):
        k -= 1
    end = k + 1
    T = f.T
    while k >= lo and not (f.lw(k) in T.verbs or f.lw(k) in T.cue_forms or f.lw(k) in T.subordinators
                           or (f.lw(k) in T.prepositions and f.lw(k) != "of") or f.tw(k) in (";", ":")):
        k -= 1
    subj = f.content_span(k + 1, end, enclosing=False)
    rest = f.content_span(c + 1, f.content_end(c + 1, hi))
    if subj and rest:
        f.add(Rec([f.span(c, c + 1)], [], [(*subj, False), (*rest, False)], c, inside=q))


def _is_passive_cue(f: Finder, c: int) -> bool:
    entry = f.T.cue_forms.get(f.tw(c))
    return entry is not None and entry["kind"] == "verb" and _it_passive(f, c)


def _impersonal(f: Finder, c: int) -> None:
    """'it is said that ...', 'it was reported ...': a record with no source."""
    if _it_passive(f, c):
        _, hi, q = f.lo_hi(c)
        a = c + 1
        if f.lw(a) == "that":
            a += 1
        cs = f.content_span(a, f.content_end(a, hi))
        if cs:
            f.add(Rec([f.span(c, c + 1)], [], [(*cs, False)], c, inside=q))


# (name, condition, pattern) for cues that the words themselves make: tried first, and
# the first whose condition holds settles the word.
WORD_PATTERNS: tuple[tuple[str, Callable[[Finder, int], bool], Callable[[Finder, int], None]], ...] = (
    ("according to X", _is_according, _according),
    ("impersonal (it is said)", _is_impersonal, _impersonal),
    ("impersonal passive (it was reported, G85)", _is_passive_cue, _impersonal),
    ("raised passive (X are believed to, G115)", _is_raised, _raised),
)

# Patterns with the source after the content, tried in order on a verb cue; each
# returns True when it added a record, and the source-first frames run otherwise.
CONTENT_FIRST: tuple[Callable[[Finder, Cue], bool], ...] = (source_then_cue, cue_then_source)


def verb_cue(f: Finder, c: int) -> Cue | None:
    """The verb cue at word ``c`` with its sentence, or None: not a verb cue, already
    part of another record (the second cue of a quoted-by frame), or a noun
    ('a report by', 'the claims')."""
    t = f.tw(c)
    entry = f.T.cue_forms.get(t)
    if entry is None or entry["kind"] != "verb" or c in f.consumed:
        return None
    if f.lw(c - 1) in f.A["noun_determiners"]:
        return None
    lo, hi, q = f.lo_hi(c)
    after = c + 1
    if entry["lemma"] in f.A["addressee"]:
        after = f.object_np(after, hi)
    elif f.lw(after) == "to" and f.lw(after + 1) in ("me", "us", "him", "her", "them"):
        after += 2                                    # My sister said to me, '...' (G84)
    after = f.time_adv_right(after, hi)
    return Cue(c, t, entry["lemma"], entry, lo, hi, q, after)


def cue_record(f: Finder, c: int) -> None:
    """Try the patterns for the cue word at ``c``; add at most one record."""
    if f.c.role(c) == "boilerplate":
        return
    for _name, applies, pattern in WORD_PATTERNS:
        if applies(f, c):
            pattern(f, c)
            return
    cue = verb_cue(f, c)
    if cue is None:
        return
    if any(pattern(f, cue) for pattern in CONTENT_FIRST):
        return
    source_first(f, cue)
