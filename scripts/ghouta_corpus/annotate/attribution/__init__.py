"""The attribution layer: cues, sources, contents and quotations (G43-G60), found from the text alone.

Why a package: the layer has parts a reader changes separately: the records and
their edges (``records``), the reading of a cue's sentence (``finder``), where a
content ends (``extent``), the patterns and their dispatcher (``patterns``,
``postposed``, ``preposed``, with the characterisations 'called X "Y"' and 'described
X as Y' in ``characterise`` and the figure-giving frame in ``figures``), the cited
sources of G87 ('..., citing X', ``citing``) and the quotation continuations (``quotes``).
:func:`find_records` runs them in that order.
"""

from __future__ import annotations

from ..context import Ctx
from ..lexicon import Lexicon
from .citing import cited_sources
from .finder import Finder
from .patterns import cue_record
from .quotes import chain_quotes
from .records import AttributionMatch, Rec, clean_records, record_type

__all__ = ["AttributionMatch", "Rec", "find_attributions", "find_records", "record_type"]


def find_records(ctx: Ctx) -> list[Rec]:
    """Every attribution record of a document, cleaned (no overlapping parts, no
    duplicate cue) and in the order of their first cue.

    Each cue word is tried against the patterns; records are kept in the order their
    cues are found, which lets a coordinated cue ('but did not say') reuse the source
    before it; then quotations that continue a quoted record are attached to it."""
    f = Finder(ctx)
    for k in range(ctx.n):
        t = ctx.ws[k].text
        if t in ctx.T.cue_forms or (t in ("according", "According") and f.lw(k + 1) == "to") or t == "By" \
                or t in f.A["question_participles"]:
            cue_record(f, k)
    cited_sources(f)
    chain_quotes(f)
    recs = clean_records(ctx.text, f.records)
    recs.sort(key=lambda r: r.cue[0])
    return recs


def find_attributions(text: str) -> list[AttributionMatch]:
    """The attribution layer of ``text`` on its own: every cue with its source and
    content, as character ranges, in the order of their first cue.

    >>> a = find_attributions("The army said it would leave.")[0]
    >>> a.source, a.cue, a.content, a.type
    (((0, 8),), ((9, 13),), ((14, 28),), 'indirect')
    """
    recs = find_records(Ctx(text, Lexicon.default()))
    return [AttributionMatch(tuple(r.source), tuple(r.cue), tuple((s, e) for s, e, _ in r.content),
                             record_type(text, r.content)) for r in recs]
