"""The shared per-document context: words indexed by sentence, paragraph and quotation, and mention candidates.

Why one object: every stage asks the same questions of a word (its sentence, its
paragraph, whether it opens a sentence, which quotation it is in), so :class:`Ctx`
answers them once per document; and :class:`Mention` is the one record the mention,
count and linking stages pass along, so none of them imports another's internals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..text.segment import Piece, segment
from . import gazetteer
from .lexicon import Lexicon
from .places import document_countries, home_country
from .tables import tables
from .words import CLOSE_Q, OPEN_Q, QUOTES, Word, words


@dataclass
class Quote:
    """A quotation inside one paragraph; an unclosed one runs to the paragraph end,
    which is how a quotation that continues in the next paragraph looks (G55)."""
    open_w: int
    close_w: int | None      # None: runs to the end of the paragraph
    start: int               # first character inside
    end: int                 # end of the inside (the closing mark's start, or the paragraph end)


@dataclass
class Mention:
    """A mention candidate over words [i, j)."""
    i: int
    j: int
    label: str
    mtype: str
    atype: str | None = None
    key: str | None = None          # entity grouping key for NAM
    eid: str | None = None          # entity id known from the lexicon
    place: gazetteer.Place | None = None
    region: bool = False
    person: bool = False
    strong: bool = True             # evidence strong enough to set an entity's type
    counted: bool = False           # a COUNTED span rather than a mention


def _index(starts: list[int], ws: list[Word]) -> tuple[list[int], dict[int, int], dict[int, int]]:
    """For pieces beginning at ``starts``: the piece of each word, and each piece's
    first word and one past its last word."""
    of = [max(0, bisect_right(starts, w.start) - 1) for w in ws]
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, s in enumerate(of):
        first.setdefault(s, i)
        last[s] = i + 1
    return of, first, last


def _paragraph_quotes(ws: list[Word], a: int, b: int, end: int) -> list[Quote]:
    """The quotations among words [a, b) of one paragraph ending at character ``end``."""
    out: list[Quote] = []
    cur: int | None = None
    for i in range(a, b):
        t = ws[i].text
        if t not in QUOTES:
            continue
        if cur is None and t in OPEN_Q:
            cur = i
        elif cur is not None and t in CLOSE_Q:
            out.append(Quote(cur, i, ws[cur].end, ws[i].start))
            cur = None
    if cur is not None:
        out.append(Quote(cur, None, ws[cur].end, end))
    return out


# A month abbreviated with a full stop ('since Aug. 13'): no sentence ends there before a day.
_ABBREVIATED = sorted((m for m in tables().months if any(o != m and o.startswith(m) for o in tables().months)),
                     key=lambda m: (-len(m), m))
_MONTH_ABBREV = re.compile(r"\b(?:" + "|".join(_ABBREVIATED) + r")\.$")
"""The abbreviated months of the month table (numbers.json): those that begin a longer month name."""


def _sentence_starts(text: str, pieces: list[Piece]) -> list[int]:
    """Where the rules' sentences start: the segments' starts, less those of a segment
    that begins with a day after an abbreviated month ('since Aug. | 13, among them'),
    which the segmenter splits (its segments are kept as they are) but which reads
    as one sentence."""
    out: list[int] = []
    for i, p in enumerate(pieces):
        prev = pieces[i - 1] if i else None
        if prev is not None and text[p.start:p.start + 1].isdigit() and "\n" not in text[prev.end:p.start] \
                and _MONTH_ABBREV.search(text, max(prev.start, prev.end - 6), prev.end):
            continue
        out.append(p.start)
    return out


class Ctx:
    """Words, segments, paragraphs and quotes of one text, indexed for the rules."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.T = tables()
        self.ws = words(text)
        self.lows = [w.low for w in self.ws]
        self.n = len(self.ws)
        self.countries = document_countries(self.ws, self.T)
        self.home = home_country(self.ws, self.T)
        self.pieces = segment(text)
        starts = _sentence_starts(text, self.pieces)
        self.seg_of, self.seg_first, self.seg_last = _index(starts, self.ws)
        first = set(starts)  # the piece each sentence starts with (a merged sentence spans two)
        self.seg_piece = [k for k, p in enumerate(self.pieces) if p.start in first]
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        self.para_of, self.para_first, self.para_last = _index([a for a, _ in paras], self.ws)
        self.initial = self._initial()
        self.quotes: list[Quote] = []
        for p, (_, b) in enumerate(paras):
            if p in self.para_first:
                self.quotes += _paragraph_quotes(self.ws, self.para_first[p], self.para_last[p], b)
        self.quote_open = {q.open_w: q for q in self.quotes}
        self.para_quotes: dict[int, list[Quote]] = {}
        for q in self.quotes:
            self.para_quotes.setdefault(self.para_of[q.open_w], []).append(q)
        self.quote_close = {q.close_w: q for q in self.quotes if q.close_w is not None}

    def _initial(self) -> list[bool]:
        """Whether each word opens a sentence, also after an opening quote, bracket,
        dash or colon that itself opens one (or after a dash or colon anywhere)."""
        initial = [False] * self.n
        for i in range(self.n):
            if i == self.seg_first.get(self.seg_of[i]):
                initial[i] = True
            elif self.ws[i - 1].text in "\"\u201c'\u2018(-\u2013\u2014:" and (
                    initial[i - 1] or self.ws[i - 1].text in "-\u2013\u2014:"
                    or (i >= 2 and self.ws[i - 2].text in ",:")):
                initial[i] = True                     # also a quotation opening after a comma or colon
        return initial

    def seg_range(self, i: int) -> tuple[int, int]:
        """The words [first, last) of the sentence word ``i`` is in."""
        s = self.seg_of[i]
        return self.seg_first[s], self.seg_last[s]

    def subject_before(self, k: int) -> int:
        """The word right before the verb at word ``k`` past auxiliaries and adverbs
        ('drones have reportedly taken out', 'men were still being screened'): where
        its subject's head is, or -1. One walk for every rule that asks what a verb's
        subject is (an attack, a thing, people)."""
        x = k - 1
        while x >= 0 and (self.lows[x] in self.T.auxiliaries or self.lows[x] in self.T.adverbs):
            x -= 1
        return x

    def role(self, i: int) -> str:
        """The segment role (body, heading, boilerplate...) of word ``i``."""
        return self.pieces[self.seg_piece[self.seg_of[i]]].role if self.pieces else "body"

    def quote_around(self, i: int) -> Quote | None:
        """The quotation word ``i`` is inside (not on its marks)."""
        best = None
        for q in self.para_quotes.get(self.para_of[i], ()):
            end_w = q.close_w if q.close_w is not None else self.para_last.get(self.para_of[q.open_w], q.open_w)
            if q.open_w < i < end_w and self.para_of[q.open_w] == self.para_of[i]:
                if best is None or q.open_w > best.open_w:
                    best = q
        return best

    def gap(self, i: int, j: int) -> str:
        """The characters between words ``i`` and ``j``."""
        return self.text[self.ws[i].end:self.ws[j].start]

    def mention_text(self, m: Mention) -> str:
        """The text of a mention candidate."""
        return self.text[self.ws[m.i].start:self.ws[m.j - 1].end]
