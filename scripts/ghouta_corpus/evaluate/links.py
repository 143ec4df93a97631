"""Entity-link accuracy (issue 11): predicted entity ids mapped onto the gold's by alias.

A system names its entities as it likes (``annotate`` drafts ``douma``, ``the-monitor``
...), so its ids are first mapped onto the gold entity table the way ``add`` links a
draft to the corpus (:func:`ghouta_corpus.curation.add.merge_entities`): a predicted
entity with a row in the prediction's entity table maps to the first gold entity of the
same label that has one of its aliases (in the row's alias order). A predicted id with
no row is kept as it is when the gold table (or a gold mention) uses it. Then
``entity_id`` is scored on the ACTOR and LOCATION mentions matched exactly: right when
the mapped id equals the gold id (both null counts as right: an unlinked mention left
unlinked; an id that maps to nothing is wrong even where the gold has none). The
report says how many distinct predicted ids were mapped by alias, kept, or left
unmapped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model.records import Document, Entity
from .matching import Pair, accuracy, exact_pairs

ALL_DOCUMENTS = "*"
"""The key of a prediction entity table that applies to every document."""
UNMAPPED = "unmapped:"
"""Prefix of a predicted id that maps onto no gold id (entity ids have no colon)."""


@dataclass(frozen=True)
class EntityMap:
    """Maps predicted entity ids of a document onto gold ids (see the module docstring).
    ``gold`` is the gold entity table, ``predicted`` the prediction's tables by doc_id
    (:data:`ALL_DOCUMENTS` for one that serves every document), ``gold_ids`` further
    ids the gold uses (its mentions' ids, for a gold without a table)."""
    gold: tuple[Entity, ...] = ()
    predicted: Mapping[str, tuple[Entity, ...]] = field(default_factory=dict)
    gold_ids: frozenset[str] = frozenset()
    _by_alias: dict[tuple[str, str], str] = field(init=False, repr=False, compare=False)
    _known: frozenset[str] = field(init=False, repr=False, compare=False)
    _rows: dict[str, dict[str, Entity]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_alias: dict[tuple[str, str], str] = {}
        for e in self.gold:
            for a in e.aliases:
                by_alias.setdefault((a, e.label), e.entity_id)
        object.__setattr__(self, "_by_alias", by_alias)
        object.__setattr__(self, "_known", self.gold_ids | {e.entity_id for e in self.gold})
        object.__setattr__(self, "_rows", {doc: {e.entity_id: e for e in rows} for doc, rows in self.predicted.items()})

    def with_gold_ids(self, ids: Iterable[str]) -> EntityMap:
        """The same map, knowing that the gold also uses ``ids``."""
        return EntityMap(self.gold, self.predicted, self.gold_ids | frozenset(ids))

    def _row(self, doc_id: str, entity_id: str) -> Entity | None:
        for table in (doc_id, ALL_DOCUMENTS):
            row = self._rows.get(table, {}).get(entity_id)
            if row is not None:
                return row
        return None

    def resolve(self, doc_id: str, entity_id: str | None) -> tuple[str | None, str]:
        """``(gold id, how)`` with ``how`` one of ``alias``, ``kept`` (also for a null
        id) or ``unmapped``, whose id is :data:`UNMAPPED` and the system's id, which
        equals no gold id and is not null."""
        if entity_id is None:
            return None, "kept"
        row = self._row(doc_id, entity_id)
        if row is not None:
            by_alias = self._by_alias
            hit = next((by_alias[(a, row.label)] for a in row.aliases if (a, row.label) in by_alias), None)
            return (hit, "alias") if hit is not None else (UNMAPPED + entity_id, "unmapped")
        return (entity_id, "kept") if entity_id in self._known else (UNMAPPED + entity_id, "unmapped")


def link_scores(gold: Mapping[str, Document], pred: Mapping[str, Document], entities: EntityMap,
                pairs: list[Pair] | None = None) -> dict[str, Any]:
    """Accuracy of the mapped ``entity_id`` on exactly matched ACTOR and LOCATION mentions,
    and the distinct predicted ids on them that were mapped by alias, kept or unmapped."""
    pairs = exact_pairs(gold, pred, ["ACTOR", "LOCATION"]) if pairs is None else pairs
    entities = entities.with_gold_ids(s.entity_id for d in gold.values() for s in d.spans if s.entity_id)
    how: dict[tuple[str, str], str] = {}
    correct = 0
    for doc_id, g, p in pairs:
        mapped, kind = entities.resolve(doc_id, p.entity_id)
        correct += mapped == g.entity_id
        if p.entity_id is not None:
            how[(doc_id, p.entity_id)] = kind
    kinds = list(how.values())
    return {**accuracy(correct, len(pairs)), "mapped": kinds.count("alias"), "kept": kinds.count("kept"),
            "unmapped": kinds.count("unmapped")}
