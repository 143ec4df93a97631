"""The attribution finder's state and its reading of a cue's sentence (sources, contents, adverbials).

Why one class: the patterns all ask the same questions of the words around a cue
(where its clause starts and ends, which words are a source noun phrase, which are
time adverbials to skip), and the records found so far are state they share (a
coordinated cue reuses the source before it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..context import Ctx, Quote
from ..numbers import count_at
from ..wordclass import can_be_verb
from ..words import CLOSE_Q, PUNCT_END, QUOTES, is_cap
from . import adverbials
from .dateline import dateline_end, headline_label_end
from .grammar import channel_before, clause_with_verb, contact_clause, dash, parenthetical_cut
from .records import Rec, src_trim, trim


class Finder:
    """The records found so far in one document and the questions the patterns ask
    of its words. Records are kept in the order their cues are found, which lets a
    coordinated cue ('but did not say') reuse the source before it; ``consumed``
    holds cue words already used as the second cue of a record."""

    def __init__(self, ctx: Ctx):
        self.c = ctx
        self.T = ctx.T
        self.A = ctx.T.attr
        self.records: list[Rec] = []
        self.consumed: set[int] = set()
        self.manner = [tuple(m.lower().split()) for m in self.A.get("manner_phrases", ())]

    # -- small helpers ------------------------------------------------------
    def lw(self, k: int) -> str:
        """Word ``k`` lower-cased, or '' outside the text (so patterns may look past its ends)."""
        return self.c.lows[k] if 0 <= k < self.c.n else ""

    def tw(self, k: int) -> str:
        """Word ``k``, or '' outside the text."""
        return self.c.ws[k].text if 0 <= k < self.c.n else ""

    def is_cue(self, k: int) -> bool:
        """Whether word ``k`` is a verb cue form (said, told, accused...)."""
        return self.T.verb_cue(self.tw(k))

    def time_adv_right(self, k: int, hi: int) -> int:
        """Skip time adverbials starting at k (on Wednesday, earlier, last week)."""
        return adverbials.time_adv_right(self, k, hi)

    def that_after(self, a: int, hi: int) -> int | None:
        """The 'that' opening a content after the adverbials that follow a cue ('said in
        the first hours after the blast on the evening of October 17 that ...',
        'reported on Sunday that ...'), or None: only prepositional phrases may come
        between (no verb, comma, quotation or subject pronoun), G56."""
        T = self.T
        if self.lw(a) not in T.prepositions:
            return None
        for k in range(a + 1, min(hi, a + 16)):
            low, t = self.lw(k), self.tw(k)
            if low == "that":
                return None if self.lw(k + 1).isalpha() and self.sentence_end(k + 2, hi) else k
            noun = self.lw(k - 1) in T.determiners     # (the night of the attack that ...: a noun)
            if t in (",", ";", ":") or t in QUOTES or low in T.verbs and not noun or low in T.auxiliaries \
                    or low in T.cue_forms and not noun \
                    or (low in T.subordinators and low not in T.prepositions) or low in T.subject_pronouns:
                return None
        return None

    def strip_time_left(self, a: int, end: int) -> int:
        """End of ``a..end`` without the time adverbials closing them (a report [on Saturday]).
        A time adverbial that closes a relative clause of the source stays in it: it dates
        the clause's verb, not the saying ('said X, a nurse who reached the camp [on
        Sunday]', G45)."""
        e2 = end
        while e2 > a:
            k = self.time_adv_left(e2 - 1, a)
            if k == e2 - 1:
                break
            e2 = k + 1
        if e2 < end and any(self.lw(k) in ("who", "whose", "which") for k in range(a, e2)) \
                and not any(self.tw(k) == "," for k in range(a, e2) if k > self._last_relative(a, e2)):
            return end
        return e2

    def _last_relative(self, a: int, b: int) -> int:
        """The last relative pronoun among words [a, b), or b."""
        return max((k for k in range(a, b) if self.lw(k) in ("who", "whose", "which")), default=b)

    def time_adv_left(self, k: int, lo: int) -> int:
        """Skip, leftwards from k (inclusive), adverbials, auxiliaries and negation."""
        T = self.T
        while k >= lo:
            low, t = self.lw(k), self.tw(k)
            if (t in T.weekdays or t in T.months or low in T.time_nouns or low in self.A["at_adverbs"]
                    and self.lw(k - 1) == "at") and k - 1 >= lo and self.lw(k - 1) in self.A["time_lead"]:
                k -= 2
                continue
            if re.fullmatch(r"\d{1,2}", t) and k - 2 >= lo and self.tw(k - 1) in T.months:
                k -= 3 if self.lw(k - 2) in self.A["time_lead"] else 2
                continue
            if low in T.auxiliaries or (low in T.adverbs and low not in ("there", "here", "so", "then")) \
                    or self.ly_adverb(k) or k > lo and low == "since" and self.lw(k - 1) in T.auxiliaries \
                    or k > lo and low == "first" and self.lw(k - 1) not in T.determiners \
                    or low in ("kept", "keeps", "keep") and self.lw(k + 1).endswith("ing"):   # X first; kept asking
                k -= 1
                continue
            if low in T.time_nouns or low in self.T.time_units:
                x = k - 1                             # has for more than a year cited (G46)
                while x >= lo and x > k - 5 and self.lw(x) not in ("for", "since") and (
                        self.lw(x) in ("more", "less", "than", "a", "an", "the", "about", "nearly", "over", "past")
                        or count_at(self.c.ws, self.c.lows, x, T) is not None):
                    x -= 1
                if x >= lo and self.lw(x) in ("for", "since") and x > lo and self.lw(x - 1) in T.auxiliaries:
                    k = x - 1
                    continue
            break
        return k

    def ly_adverb(self, k: int) -> bool:
        """Whether word k is a manner adverb in -ly (angrily), not a noun in -ly (family)."""
        t, low = self.tw(k), self.lw(k)
        return len(low) >= 6 and t.isalpha() and t.islower() and low.endswith("ly") \
            and low not in self.A["ly_nouns"]

    def sentence_end(self, k: int, hi: int) -> bool:
        """Whether only final punctuation and closing quotes remain from word k."""
        return all(self.tw(x) in PUNCT_END or self.tw(x) in CLOSE_Q for x in range(k, hi))

    def np_like(self, a: int, b: int, first: bool) -> bool:
        """Whether words [a, b) can be (a part of) a source noun phrase."""
        T = self.T
        if a >= b:
            return False
        limit = 10 if not first else 40 if any(self.lw(k) in ("who", "which") for k in range(a + 1, b)) else 25
        if b - a > limit:
            return False                              # (a relative clause may make a source long, G45)
        f = self.lw(a)
        if not first and (f in T.conjunctions or f in T.prepositions or self.tw(a) in self.A["connectives"]
                          or re.search(r"(ing|ed)$", f) and self.tw(a)[0].islower()):
            return False
        relative = False                             # past a relative pronoun, a clause may follow (G45)
        for k in range(a, b):
            low, t = self.lw(k), self.tw(k)
            if t in QUOTES:
                return False
            if first and low in ("who", "which", "whose", "where") and k > a:
                relative = True
            if not first and (any(ch.isdigit() for ch in t) or (
                    low.endswith("ed") and t[0].islower() and low not in ("armed", "besieged"))):
                return False
            if low in T.auxiliaries and low not in ("'s",) and not relative:
                return False
        return True

    def clause_start(self, k: int, lo: int) -> int:
        """First word of the content of a postposed cue: the sentence start (or the
        quotation start), past a sentence-initial connective (G56)."""
        s = dateline_end(self, lo)                    # a dateline: BEIRUT (Reuters) - (G61)
        if self.c.role(lo) == "heading":
            s = headline_label_end(self, lo)          # Kemi: families flee ..., warns NGO (G325)
        if self.tw(s) in self.A["connectives"]:
            s += 1
            if self.tw(s) == ",":
                s += 1
        return s

    def drop_intro(self, a: int, b: int) -> int:
        """Skip a leading adverbial ('On Wednesday,', 'Standing there,') and connective."""
        T = self.T
        a = self._time_lead(self._connective(a), b)
        while True:                                  # On Friday, after the council met, the coalition said
            comma = next((k for k in range(a, b) if self.tw(k) == ","), None)
            if comma is None:
                return a
            chunk = range(a, comma)
            participle = self.lw(a).endswith("ing") and self.tw(a)[0].isupper() and can_be_verb(self.lw(a))
            if comma == b - 1 and not participle and clause_with_verb(self.c, a, comma):
                return a                              # (a clause with its verb right before the cue: no adverbial)
            intro = (self.lw(a) in T.prepositions or self.lw(a) in T.subordinators or participle
                     or any(self.tw(k) in T.weekdays or self.tw(k) in T.months or self._unit(k, comma)
                            or self.lw(k) in ("later", "ago", "earlier") for k in chunk))
            if not intro:
                return a
            a = self._connective(comma + 1)

    def _unit(self, k: int, comma: int) -> bool:
        """Whether word k is a time unit of an introductory adverbial, not an ordinal that
        is also a unit before its noun ('A second commander, who ..., said': attribution.json's
        'ordinal_units')."""
        if self.lw(k) not in self.T.time_units:
            return False
        return not (self.lw(k) in self.A["ordinal_units"] and k + 1 < comma
                    and self.lw(k + 1) not in ("later", "ago", "earlier"))

    def _connective(self, a: int) -> int:
        """Past a discourse connective at a ('However, ...'; '...; however, officials said'; 'By
        Monday, however, officials said'): lower-case only where a comma follows it."""
        conn = self.A["connectives"]
        if self.tw(a) in conn or self.tw(a + 1) == "," and self.tw(a).capitalize() in conn:
            a += 1
            if self.tw(a) == ",":
                a += 1
        return a

    def lower_connective(self, k: int) -> bool:
        """Whether word k is a discourse connective of attribution.json's 'connectives'
        written in lower case, inside a sentence ('..., however, ...'; G56)."""
        return self.tw(k).islower() and self.tw(k).capitalize() in self.A["connectives"]

    def _connective_aside(self, a: int, b: int) -> tuple[int, int]:
        """Words [a, b) of a source without a lower-case connective set off by a comma at its
        start or by commas at its end (G56): '..., however, the council said' (postposed);
        'Officials, however, said', 'The council, meanwhile, has said'."""
        tw, lower_conn = self.tw, self.lower_connective
        if b - a > 2 and lower_conn(a) and tw(a + 1) == ",":
            a += 2
        e = b - 1 if tw(b - 1) == "," else b
        if e - a > 2 and lower_conn(e - 1) and tw(e - 2) == "," and tw(e) == ",":
            b = e - 2
        return a, b

    def _time_lead(self, a: int, b: int) -> int:
        """Past a time adverbial that opens the clause without a comma, before its subject (G46)."""
        return adverbials.time_lead(self, a, b)

    def lo_hi(self, k: int) -> tuple[int, int, Quote | None]:
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
        """Characters of words [a, b) as a content, trimmed (G53), or None if nothing is left."""
        if a >= b:
            return None
        s, e = trim(self.c.text, *self.span(a, b), strip_enclosing=enclosing)
        return (s, e) if s < e else None

    def quote_content(self, q: Quote) -> tuple[int, int, bool] | None:
        """The inside of quotation ``q`` as a whole-quotation content, or None if empty."""
        s, e = trim(self.c.text, q.start, q.end)
        return (s, e, True) if s < e else None

    def source_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Characters of words [a, b) as a source, trimmed, or None if nothing is left."""
        a, b = self._connective_aside(a, b)
        if a >= b:
            return None
        s, e = src_trim(self.c.text, *self.span(a, b))
        return (s, e) if s < e else None

    # -- clause edges (a content's end: extent.content_end) ---------------------

    def subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject noun phrase of the clause starting at lo."""
        T = self.T
        a = self.drop_intro(lo, hi)
        if a < hi and self.tw(a) in T.subject_pronouns:
            return a, a + 1
        k = a
        while k < hi:
            low, t = self.lw(k), self.tw(k)
            if t == "," and k > a and (close := self._appositive_end(k, hi)) is not None:
                return a, close                       # Ahrar al-Sham, one of the largest groups, condemned ... (G45)
            if t == "," or t in QUOTES:
                break
            if low in T.auxiliaries or low in T.cue_forms or (low in T.verbs and k > a):
                break
            if low in self.A["time_lead"] and k + 1 < hi and (
                    self.tw(k + 1) in T.weekdays or self.tw(k + 1) in T.months):
                break
            if low.endswith("ed") and t[0].islower() and k > a:
                break
            k += 1
        return (a, k) if k > a else None

    def _appositive_end(self, k: int, hi: int) -> int | None:
        """Where an appositive or relative clause set off by commas after a subject ends,
        when the subject's verb follows it ('X, one of the largest groups in the north,
        condemned ...'; 'X, which hosts 650,000 refugees, said'): the closing comma."""
        T = self.T
        first = self.lw(k + 1)
        if not (first in T.determiners or first in ("one", "which", "who", "whose") or first.endswith("ing")):
            return None
        for close in range(k + 2, min(hi, k + 25)):
            if self.tw(close) in QUOTES or self.tw(close) in (";", ":"):
                return None
            if self.tw(close) == ",":
                nxt, t = self.lw(close + 1), self.tw(close + 1)
                verb = t.isalpha() and t.islower() and (nxt in T.verbs or nxt in T.cue_forms or nxt.endswith("ed"))
                return close if verb or (nxt.endswith("ing") and self.is_cue(close + 1)) else None
        return None

    def prev_source(self, c: int) -> list[tuple[int, int]] | None:
        """The source of the last record before cue ``c`` in its sentence, for a
        coordinated cue ('X said ... but did not say ...')."""
        seg, ws = self.c.seg_of[c], self.c.ws
        mine = [r for r in self.records if self.c.seg_of[r.cue_w] == seg and r.cue_w < c and r.source]
        outer = [r for r in mine if not any(o is not r and any(a <= ws[r.cue_w].start < b for a, b, _ in o.content)
                                            for o in mine)]   # (not a cue nested in another's content)
        return list((outer or mine)[-1].source) if mine else None

    def left_source(self, c: int, lo: int) -> tuple[int, int, str] | None:
        """Source before a preposed cue: (start, end, boundary word) or a coordinated
        cue marker (-1, -1, 'coord')."""
        T = self.T
        k = self._source_last(c, lo)
        if k < lo:
            return None
        if (short := self._short_source(c, k, lo)) is not None:
            return short
        end = k + 1
        commas = 0        # odd: inside a comma-delimited relative clause or appositive
        a = k
        while a >= lo:
            t, low = self.tw(a), self.lw(a)
            if t in ";:" or t in QUOTES:
                break
            if t == ",":
                if self.lw(a + 1) in ("and", "but"):
                    break
                commas += not (self.lw(a - 1) in self.A["naming_nouns"] and self.tw(a + 1)[:1].isupper())
                #                                     (who gave his first name, Hassan, said: the name's comma)
                a -= 1
                continue
            if commas % 2 == 0 and (low in T.subordinators and t[0].islower() and not self._naming_as(a)
                                    or t in ("What", "Which")):
                if not self._closed_relative(a, end, lo):
                    break                             # (who said: the relative pronoun is the source, G57)
            if low in ("and", "but", "so") and a + 1 < end and (self.tw(a + 1) in T.subject_pronouns
                                                                or commas % 2 == 0 and self._clause_before(a, lo)):
                break                                 # ... called the office and [they] told him; the last convoy
            #                                           left and [the army] announced (G45, G47)
            if dash(self.c, a) or a < k and commas % 2 == 0 and self.is_cue(a) and self.lw(a - 1) not in (
                    "who", "which", "that", "was", "were", "is", "are", "been") and not self._cue_noun(a):
                break                                 # GOMA, 16 May – [The agency] warned; X said [it] could confirm
            if commas % 2 == 0 and contact_clause(self.c, a, lo):
                a -= 1
                break                                 # a step [the army] said was needed
            a -= 1
        boundary = self.lw(a) if a >= lo else ""
        if a == k and boundary in ("who", "which") and self.tw(a).islower():
            return a, a + 1, "subject"                # X, who said ...: the relative pronoun is the source (G57)
        start = self.drop_intro(a + 1, end)
        end = parenthetical_cut(self.c, start, end, self.manner, self.A["channel"]["cue"])
        if start >= end:
            return None
        return start, end, boundary

    def _cue_noun(self, a: int) -> bool:
        """Whether the cue form at a is a noun inside the source ('A United Nations report
        released on Thursday said', 'the latest estimates published by X show'): after a
        noun determiner, or a noun form after a capitalised name after an article (G45)."""
        if self.lw(a - 1) in self.A["noun_determiners"]:
            return True
        j = a - 1
        while j > 0 and j > a - 5 and is_cap(self.tw(j)):
            j -= 1
        return self.tw(a) in self.A["noun_forms"] and j < a - 1 and self.lw(j) in ("a", "an", "the")

    def _clause_before(self, a: int, lo: int) -> bool:
        """Whether the words before the conjunction at a, back to the clause's start or a
        comma, hold a finite verb or an auxiliary: a clause of its own, so the conjunction
        joins two clauses and the source starts after it ('the last convoy left and the army
        announced'), not two nouns of one coordinated source ('Militants and residents say')."""
        x = a - 1
        while x >= lo and self.tw(x) not in (",", ";", ":") and not (self.lw(x) in self.T.subordinators
                                                                    and self.tw(x).islower()):
            low = self.lw(x)
            if self.tw(x).islower() and (low in self.T.auxiliaries or low in self.T.verbs) \
                    and self.lw(x - 1) not in self.T.determiners and self.lw(x - 1) not in self.T.prepositions \
                    and "by" not in (self.lw(x + 1), self.lw(x + 2)):
                return True                           # (not a participle: figures compiled by rescuers and ...)
            x -= 1
        return False

    def _short_source(self, c: int, k: int, lo: int) -> tuple[int, int, str] | None:
        """A source read from the last word k before the cue at c alone, or None: a
        coordinated cue (-1, -1, 'coord'), the subject before ', then', or a subject pronoun."""
        quoted = self.tw(k) in CLOSE_Q and k - 1 >= lo and self.tw(k - 1) == ","
        if self.lw(k) in ("and", "but", "or") or ((self.tw(k) == "," or quoted) and k == c - 1
                                                  and self.lw(c).endswith("ing")):
            return -1, -1, "coord"                   # 'but did not say', ', adding that', '... incident," adding'
        if self.lw(k) == "then" and self.tw(k - 1) == "," and (sub := self.subject(lo, k - 1)) is not None:
            return sub[0], sub[1], self.lw(sub[0] - 1)   # 'He paused, then added': the subject of both verbs
        if k > lo and self.tw(k) in self.T.subject_pronouns and (self.tw(k).islower() or self.tw(k) == "I") \
                and self.lw(k - 1) not in ("and", "or", "nor"):
            return k, k + 1, self.lw(k - 1)           # 'Many, he said, had never left'; 'a request he said had
            #                                           gone unanswered'; 'Twice they told us': the pronoun alone
        return None

    def _source_last(self, c: int, lo: int) -> int:
        """The last word of a source before the cue at c: time adverbials, auxiliaries and
        adverbs between them are skipped, but not a time phrase that closes a relative
        clause of the source ('A farmer who left [in early March] said', G45)."""
        k = self.time_adv_left(c - 1, lo)
        if k < c - 1 and self.T.prepositions & {self.lw(k), self.lw(k + 1)} and self.strip_time_left(lo, c) == c \
                and not any(self.lw(x) in self.T.auxiliaries or self.ly_adverb(x) for x in range(k + 1, c)):
            return c - 1
        return k

    def _naming_as(self, a: int) -> bool:
        """Whether 'as' at a closes a naming formula inside the source ('a fighter who gave
        his name (only) as Abu Omar said', G114): no subordinator that starts a clause."""
        return self.lw(a) == "as" and any(self.lw(x) in self.A["naming_nouns"] for x in (a - 1, a - 2))

    def _closed_relative(self, a: int, end: int, lo: int) -> bool:
        """Whether 'who'/'which' at a opens a relative clause with a verb of its own
        that ends before the cue, so that it belongs to the source noun phrase:
        ``Officials who spoke on condition of anonymity said``, ``researchers who
        track incidents say`` (G45), not ``a man who said`` (G57)."""
        if self.lw(a) not in ("who", "which") or a <= lo or end <= a + 2:
            return False
        prev = self.lw(a - 1)
        return self.tw(a - 1).isalpha() and prev not in self.T.verbs and prev not in self.T.cue_forms \
            and prev not in self.T.closed

    def object_np(self, a: int, hi: int) -> int:
        """End of the addressee noun phrase at a (told Reuters, told him): left out of both
        source and content (G49)."""
        return adverbials.object_np(self, a, hi)

    def add(self, rec: Rec) -> None:
        """Keep a record that has a cue and a content."""
        if rec.content and rec.cue:
            self.records.append(rec)


@dataclass(frozen=True)
class Cue:
    """A verb cue at word ``c`` and what the patterns read off it: its lemma and lexicon
    entry, the words [lo, hi) it reasons in (its sentence, or the quotation it is in),
    and ``after``, the first word after it, past an addressee and time adverbials."""
    c: int
    t: str
    lemma: str
    entry: Mapping[str, Any]
    lo: int
    hi: int
    q: Quote | None
    after: int

    def spans(self, f: Finder) -> list[tuple[int, int]]:
        """A new cue span list holding the cue word (a pattern may add a second cue), after
        the channel's 'quoted' in 'X, quoted by Y, said' (G49)."""
        q = channel_before(f.c, self.c, self.lo, f.A["channel"]["cue"])
        return [f.span(self.c, self.c + 1)] if q is None else [f.span(q, q + 1), f.span(self.c, self.c + 1)]
