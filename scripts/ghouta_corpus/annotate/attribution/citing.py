"""``citing X`` (G87): a source cited by the source of a record gets a record of its own,
with the same CONTENT extent: ``[Reuters] [reported], [citing] [a security source], [that]
...`` and ``[The council] [said] [300 people had been killed], [citing] [witnesses]``.

Why a pass after the cues: 'citing' has no source before it (a comma stands there), so it
can only be read off the record whose content it opens or closes.
"""

from __future__ import annotations

from .characterise import PARTY_HEADS, head_words
from .finder import Finder
from .records import Rec


def _cited_end(f: Finder, a: int, hi: int) -> int:
    """Where the cited source from word a ends: a comma, ';' or the sentence's end."""
    k = a
    while k < hi and f.tw(k) not in (",", ";") and not f.sentence_end(k, hi):
        k += 1
    return k


def _is_source(f: Finder, a: int, b: int) -> bool:
    """Whether the cited phrase [a, b) can be a source (G87): a name, a head of people
    ('citing witnesses', 'citing police') or a record cited for its author (attribution.json's
    'cited_records': 'citing hospital records', 'citing figures from the ministry') among
    its :func:`~.characterise.head_words`; not a reason ('citing improved conditions',
    'citing a ceasefire agreement', 'citing the fighting near the crossing')."""
    return any(f.tw(x)[:1].isupper() or f.lw(x) in PARTY_HEADS or f.lw(x) in f.A["cited_records"]
               for x in head_words(f, a, b))


def cited_sources(f: Finder) -> None:
    """Add a 'citing' record for every ', citing X' right after a record's content (X to the
    clause's end) or opening it ('reported, citing X, that ...': X to its comma, and the
    content of both starts after that comma, past 'that'). Not 'citing' with no record
    before it, nor one whose object is a reason (attribution.json's 'cited_reasons': 'said
    it would close the road, citing security concerns') or holds a figure's 'at' ('citing
    the dead at 80', a figure frame of its own), nor one that names no source at all
    ('citing improved conditions': see _is_source)."""
    ws = f.c.ws
    for k in range(1, f.c.n):
        if f.lw(k) != "citing" or f.tw(k - 1) != ",":
            continue
        lo, hi, q = f.lo_hi(k)
        end = _cited_end(f, k + 1, hi)
        if end == k + 1 or any(f.lw(x) == "at" or f.lw(x) in f.A["cited_reasons"] for x in range(k + 1, end)) \
                or not _is_source(f, k + 1, end):
            continue                                  # citing the dead at 80; citing security concerns
        src = f.source_span(k + 1, end)
        for rec in f.records:
            if src is None or rec.cue_w >= k or rec.cue_w < lo or not rec.content:
                continue
            first, last = rec.content[0], rec.content[-1]
            if first[0] == ws[k].start and f.tw(end) == ",":          # reported, citing X, that ...
                a = end + 1 + (f.lw(end + 1) == "that")
                if a >= hi:
                    break
                rec.content = [(ws[a].start, last[1], last[2])]
                f.add(Rec([f.span(k, k + 1)], [src], list(rec.content), k, inside=q))
                break
            if not f.c.text[last[1]:ws[k - 1].start].strip(" \u201d\u2019\"'"):   # said C, citing X
                f.add(Rec([f.span(k, k + 1)], [src], list(rec.content), k, inside=q))
                break
