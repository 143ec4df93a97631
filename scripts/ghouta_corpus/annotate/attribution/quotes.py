"""Quotations that continue a quoted record (split quotes, continuation paragraphs, G55).

Why a pass of its own: a quotation with no cue of its own belongs to the record of
the quotation before it, which is only known once every cue has been tried; this
pass runs after the patterns and attaches such quotations to their records.
"""

from __future__ import annotations

from ..context import Quote
from .finder import Finder
from .records import Rec


def _continued(f: Finder, q: Quote, last_by_para: dict[int, Rec], by_para: dict[int, list[Rec]]) -> Rec | None:
    """The quoted record quotation ``q`` continues: later in the same paragraph and
    opening a sentence ('"...," X said. "..."'), or opening the paragraph after one."""
    c_ = f.c
    p = c_.para_of[q.open_w]
    same = [r for r in by_para.get(p, ()) if r.cue_w < q.open_w and r.quote_content and r.inside is None]
    if same and q.open_w == c_.seg_range(q.open_w)[0]:
        return same[-1]
    if q.open_w == c_.para_first.get(p) and (p - 1) in last_by_para and not any(
            r.inside is None for r in by_para.get(p, ())):
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
    by_para: dict[int, list[Rec]] = {}                # the records of each paragraph (a long text stays linear)
    covered: dict[int, list[tuple[int, int]]] = {}
    for r in f.records:
        by_para.setdefault(c_.para_of[r.cue_w], []).append(r)
        if r.inside is not None:
            continue                                  # a record inside a quotation leaves the quotation free
        for s, e, _ in r.content:
            covered.setdefault(c_.para_of[r.cue_w], []).append((s, e))
    for q in sorted(c_.quotes, key=lambda x: x.open_w):
        p = c_.para_of[q.open_w]
        if any(s < q.end and q.start < e for pp in (p - 1, p, p + 1) for s, e in covered.get(pp, ())):
            continue
        rec = _continued(f, q, last_by_para, by_para)
        if rec is None:
            continue
        qc = f.quote_content(q)
        if qc:
            rec.content.append(qc)
            covered.setdefault(p, []).append(qc[:2])
            last_by_para[c_.para_of[q.open_w]] = rec
