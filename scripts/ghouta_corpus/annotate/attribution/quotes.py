"""Quotations that continue a quoted record (split quotes, continuation paragraphs, G55).

Why a pass of its own: a quotation with no cue of its own belongs to the record of
the quotation before it, which is only known once every cue has been tried; this
pass runs after the patterns and attaches such quotations to their records.
"""

from __future__ import annotations

from ..context import Quote
from .finder import Finder
from .records import Rec


def _continued(f: Finder, q: Quote, last_by_para: dict[int, Rec]) -> Rec | None:
    """The quoted record quotation ``q`` continues: later in the same paragraph and
    opening a sentence ('"...," X said. "..."'), or opening the paragraph after one."""
    c_ = f.c
    p = c_.para_of[q.open_w]
    same = [r for r in f.records if c_.para_of[r.cue_w] == p and r.cue_w < q.open_w and r.quote_content
            and r.inside is None]
    if same and q.open_w == c_.seg_range(q.open_w)[0]:
        return same[-1]
    if q.open_w == c_.para_first.get(p) and (p - 1) in last_by_para and not any(
            c_.para_of[r.cue_w] == p and r.inside is None for r in f.records):
        return last_by_para[p - 1]
    return None


def chain_quotes(f: Finder) -> None:
    """Attach quotations with no cue of their own to the quoted record they continue,
    from paragraph to paragraph."""
    c_ = f.c
    last_by_para: dict[int, Rec] = {}
    for r in f.records:
        if r.quote_content and r.inside is None:
            last_by_para[c_.para_of[r.cue_w]] = r
    covered = [(s, e) for r in f.records for (s, e, _) in r.content]
    for q in sorted(c_.quotes, key=lambda x: x.open_w):
        if any(s < q.end and q.start < e for s, e in covered):
            continue
        rec = _continued(f, q, last_by_para)
        if rec is None:
            continue
        qc = f.quote_content(q)
        if qc:
            rec.content.append(qc)
            covered.append(qc[:2])
            last_by_para[c_.para_of[q.open_w]] = rec
