"""Scores of the derived claims (GUIDELINES G110-G111): both sides' claims are derived
from their annotations by :mod:`ghouta_corpus.derive`, then compared.

A predicted claim matches a gold claim when its COUNT has the same offsets and its
event is the gold claim's event: the predicted ``event_id`` maps to the gold one
through the coreference alignment of :func:`~ghouta_corpus.evaluate.events.event_alignment`
(a claim about no specific event matches one about none). On matched claims: accuracy
of the category, the source entity (mapped onto gold ids like entity links) and the
length of the attribution chain. Claim groups are formed on each side with the
predicted event ids mapped, and the verdict is scored on the groups both sides form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..derive import Claim, claim_groups, document_claims
from ..model.records import Document
from .links import EntityMap
from .matching import accuracy, prf_sets

UNALIGNED = "unaligned:"
"""Prefix of a predicted event id the alignment does not reach: with the colon, which
no event id of the table has, it equals no gold id."""


def _mapped(c: Claim, alignment: Mapping[str, str | None]) -> Claim:
    """The predicted claim with its event id replaced by the gold id it is aligned with."""
    if c.event_id is None:
        return c
    if c.event_id in alignment:
        return replace(c, event_id=alignment[c.event_id])
    return replace(c, event_id=UNALIGNED + c.event_id)


def claim_scores(gold: Mapping[str, Document], pred: Mapping[str, Document], alignment: Mapping[str, str | None],
                 entities: EntityMap) -> dict[str, Any]:
    """Claim PRF, accuracies on matched claims and group verdict accuracy (JSON-ready)."""
    g_rows = [c for d in gold.values() for c in document_claims(d)]
    p_rows = [_mapped(c, alignment) for doc_id in gold if doc_id in pred for c in document_claims(pred[doc_id])]
    key = lambda c: (c.doc_id, c.start, c.end, c.event_id)  # noqa: E731
    by_key = {key(c): c for c in p_rows}
    matched = [(c, by_key[key(c)]) for c in g_rows if key(c) in by_key]
    source_ok = sum(1 for g, p in matched if entities.resolve(p.doc_id, p.source_entity)[0] == g.source_entity)
    g_groups = {grp.group_id: grp for grp in claim_groups(g_rows)}
    p_groups = {grp.group_id: grp for grp in claim_groups(p_rows)}
    both = [gid for gid in g_groups if gid in p_groups]
    return {
        "claims": prf_sets({key(c) for c in g_rows}, set(by_key)).to_json(),
        "category": accuracy(sum(1 for g, p in matched if g.category == p.category), len(matched)),
        "source_entity": accuracy(source_ok, len(matched)),
        "chain_length": accuracy(sum(1 for g, p in matched if g.chain_length == p.chain_length), len(matched)),
        "group_verdict": {**accuracy(sum(1 for gid in both if g_groups[gid].verdict == p_groups[gid].verdict),
                                     len(both)),
                          "gold_groups": len(g_groups), "predicted_groups": len(p_groups)},
    }
