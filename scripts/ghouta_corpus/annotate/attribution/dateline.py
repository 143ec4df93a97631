"""A wire or press-release dateline at the start of a body segment (G61), and a label before
a headline's colon (G325). Datelines: ``BEIRUT (Reuters) -``, ``RAQQA, Syria, Sept 12
(Reuters) -``, ``PORT-AU-PRINCE, March 13 (Antilles Wire) -``, ``AMMAN/SANA'A, 11 April 2019 -``,
``DEMOSO, Karenni (Kayah) State, Myanmar, 30 November 2023 -``.

Why a module of its own: a dateline is part of the first sentence's segment, so a
postposed cue ('..., witnesses said') would take it into its CONTENT; the place, date and
agency are the writer's, never the source's words. Its shapes (hyphenated and joined place
names, a region in brackets, a press release's long date) grow with new wires, apart from
the finder's clause edges.
"""

from __future__ import annotations

import re
from typing import Protocol

_PLACE = re.compile(r"[A-Z][A-Z\-\u2019'.]*")
_DASHES = ("-", "\u2013", "\u2014")
_JOINERS = ("/", "'", "\u2019", "-")


class _Words(Protocol):
    def tw(self, k: int) -> str: ...

    def is_cue(self, k: int) -> bool: ...


def dateline_end(f: _Words, lo: int) -> int:
    """The first word after a dateline that opens the segment at lo, or lo where there is
    none: an upper-case place (its parts perhaps joined by '/', an apostrophe or a hyphen),
    then, right after it, a comma or bracket and up to a dash place and date words, numbers,
    commas and bracketed names (a region, the agency: 'BUNIA, Ituri province, 1 February
    2023 -'); a cue or the sentence's end before the dash means no dateline."""
    k = lo
    while k < lo + 8 and (_PLACE.fullmatch(f.tw(k))
                          or k > lo and f.tw(k) in _JOINERS and _PLACE.fullmatch(f.tw(k + 1))):
        k += 1                                        # BEIRUT; COX'S BAZAR; AMMAN/SANA'A; PORT-AU-PRINCE
    if k == lo or len(f.tw(lo)) < 2 and k == lo + 1 or f.tw(k) not in (",", "(", *_DASHES):
        return lo                                     # (not 'UN officials - and ...')
    depth = 0
    while k < lo + 24:
        t = f.tw(k)
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif depth == 0 and t in _DASHES:
            return k + 1
        elif depth == 0 and (t == "" or f.is_cue(k) or t in (".", ";", ":")):
            return lo
        k += 1
    return lo


def headline_label_end(f: _Words, lo: int) -> int:
    """The first word after a label and its colon that open a headline (G325: 'Kemi:',
    'DR Congo:', 'Kemi fire:'), or lo: up to four words with no cue, comma or quotation
    mark before the colon. The label heads the whole headline; it is no part of what is said."""
    for k in range(lo + 1, lo + 5):
        t = f.tw(k)
        if t == ":":
            return k + 1
        if t in ("", ",", ";", ".", '"', "\u201c", "\u201d") or f.is_cue(k):
            return lo
    return lo
