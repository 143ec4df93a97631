"""Coreference metrics: MUC, B-cubed, CEAF-e and the CoNLL F1, by their standard
definitions (as the CoNLL-2011/2012 reference scorer computes them).

No maintained Python package on PyPI implements them (the alternatives are unreleased
research code or a 2020 package without releases since), so they are written here from
the definitions (Vilain et al. 1995; Bagga and Baldwin 1998; Luo 2005; Pradhan et al.
2014) and tested against the reference scorer's documented test cases to 1e-9
(``tests/test_coref.py``). The optimal CEAF alignment is ``scipy``'s Hungarian solver.

A clustering is a list of clusters, each a set of hashable mentions; every mention of
the key and the response belongs to one cluster of its side (a singleton when nothing
else refers to the same thing). Mentions absent from one side are allowed, as in the
reference scorer. A ratio with a zero denominator is 0, as there.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Clusters = Sequence[frozenset[Hashable]]


@dataclass(frozen=True)
class RPF:
    """Recall, precision and their harmonic mean (0 when both are 0)."""
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"recall": round(self.recall, 6), "precision": round(self.precision, 6), "f1": round(self.f1, 6)}


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def clusters(items: Iterable[tuple[Hashable, Hashable | None]]) -> list[frozenset[Hashable]]:
    """Clusters from ``(mention, cluster label)`` pairs; a mention whose label is None
    is a singleton. Clusters come in order of first appearance."""
    by_label: dict[Hashable, set[Hashable]] = {}
    out: list[set[Hashable]] = []
    for mention, label in items:
        if label is None:
            out.append({mention})
        elif label in by_label:
            by_label[label].add(mention)
        else:
            by_label[label] = {mention}
            out.append(by_label[label])
    return [frozenset(c) for c in out]


def _muc_side(key: Clusters, response: Clusters) -> float:
    """MUC recall of ``response`` against ``key`` (swap them for precision): for each
    key cluster, its size less the number of parts the response cuts it into (a
    mention the response lacks is a part of its own), over the key's links."""
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for k in key:
        parts = {where.get(m, ("missing", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return _ratio(num, den)


def muc(key: Clusters, response: Clusters) -> RPF:
    """MUC (Vilain et al. 1995): links kept, link-based recall and precision."""
    return RPF(_muc_side(key, response), _muc_side(response, key))


def _b3_side(key: Clusters, response: Clusters) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = 0.0
    for k in key:
        overlaps: dict[int, int] = {}
        for m in k:
            if m in where:
                overlaps[where[m]] = overlaps.get(where[m], 0) + 1
        num += sum(n * n for n in overlaps.values()) / len(k)
    return _ratio(num, sum(len(k) for k in key))


def b_cubed(key: Clusters, response: Clusters) -> RPF:
    """B-cubed (Bagga and Baldwin 1998): per mention, the share of its key cluster that
    its response cluster holds (recall) and the converse (precision), averaged over the
    mentions of each side."""
    return RPF(_b3_side(key, response), _b3_side(response, key))


def _phi4(k: frozenset[Hashable], r: frozenset[Hashable]) -> float:
    return 2 * len(k & r) / (len(k) + len(r))


def ceaf_alignment(key: Clusters, response: Clusters) -> tuple[list[tuple[int, int]], float]:
    """The one-to-one alignment of key and response clusters that maximises the summed
    entity similarity phi4 (Luo 2005), as ``(key index, response index)`` pairs with a
    positive similarity, and that maximum."""
    where: dict[Hashable, list[int]] = {}
    for j, r in enumerate(response):
        for m in r:
            where.setdefault(m, []).append(j)
    sim: dict[tuple[int, int], float] = {}
    for i, k in enumerate(key):
        for j in {j for m in k for j in where.get(m, ())}:
            sim[(i, j)] = _phi4(k, response[j])
    pairs: list[tuple[int, int]] = []
    for block in _components(sim):
        # clusters that share no mention have similarity 0, so the best alignment is the
        # best alignment of each group of overlapping clusters: small matrices, not one
        # of (key clusters x response clusters)
        ks = sorted({i for i, _ in block})
        rs = sorted({j for _, j in block})
        matrix = [[sim.get((i, j), 0.0) for j in rs] for i in ks]
        rows, cols = _assignment(matrix)
        pairs += [(ks[a], rs[b]) for a, b in zip(rows, cols, strict=True) if matrix[a][b] > 0]
    return sorted(pairs), sum(sim[p] for p in pairs)


def _assignment(matrix: list[list[float]]) -> tuple[Any, Any]:
    """The alignment of most total similarity (``scipy``'s Hungarian solver). Imported
    here, when a score needs it: ``scipy.optimize`` is a fifth of the imports of
    ``build``, which reaches this module through the card's agreement tables and
    needs the solver only when the dataset has recorded passes (issue 15)."""
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment(matrix, maximize=True)  # type: ignore[no-any-return]


def _components(edges: dict[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    """The edges of the bipartite overlap graph grouped by connected component."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i, j in edges:
        parent[find(("k", i))] = find(("r", j))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, j in sorted(edges):
        groups.setdefault(find(("k", i)), []).append((i, j))
    return list(groups.values())


def ceaf_e(key: Clusters, response: Clusters) -> RPF:
    """Entity-based CEAF (Luo 2005): the best alignment's summed phi4 over the number
    of key clusters (recall) and of response clusters (precision)."""
    _, total = ceaf_alignment(key, response)
    return RPF(_ratio(total, len(key)), _ratio(total, len(response)))


def coreference_scores(key: Clusters, response: Clusters) -> dict[str, Any]:
    """MUC, B-cubed and CEAF-e, and the CoNLL F1 (the mean of their three F1s), as
    JSON-ready data."""
    scores = {"muc": muc(key, response), "b_cubed": b_cubed(key, response), "ceaf_e": ceaf_e(key, response)}
    out: dict[str, Any] = {name: s.to_json() for name, s in scores.items()}
    out["conll_f1"] = round(sum(s.f1 for s in scores.values()) / 3, 6)
    return out
