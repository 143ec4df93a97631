"""Corpus statistics: the numbers that the dataset card, DATASHEET.md and README
print. They are computed here and nowhere else, so no document states a number the
data does not.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .corpus import Corpus
from .schema import vocab
from .tokens import tokenize


def corpus_stats(corpus: Corpus) -> dict[str, Any]:
    """Counts per document, label, mention type, actor type, count category and
    modifier, attribution type, split and segment role, plus totals."""
    docs = []
    for d in corpus.documents:
        labels = Counter(s.label for s in d.spans)
        docs.append({
            "doc_id": d.doc_id,
            "outlet": d.meta.outlet if d.meta else None,
            "split": d.meta.split if d.meta else None,
            "characters": len(d.text),
            "tokens": len(tokenize(d.text)),
            "segments": len(d.segments),
            "spans": len(d.spans),
            "labels": {lab: labels.get(lab, 0) for lab in vocab("label")},
            "count_of": len(d.relations),
            "attributions": len(d.attributions),
        })
    spans = [s for d in corpus.documents for s in d.spans]
    mentions = [s for s in spans if s.label in ("ACTOR", "LOCATION")]
    counts = [s for s in spans if s.label == "COUNT"]
    attrs = [a for d in corpus.documents for a in d.attributions]

    def table(values: list[str | None], name: str) -> dict[str, int]:
        c = Counter(values)
        return {v: c.get(v, 0) for v in vocab(name)}

    splits: dict[str, dict[str, int]] = {}
    for sp in vocab("split"):
        sel = [x for x in docs if x["split"] == sp]
        splits[sp] = {"documents": len(sel), "segments": sum(x["segments"] for x in sel),
                      "tokens": sum(x["tokens"] for x in sel), "spans": sum(x["spans"] for x in sel),
                      "attributions": sum(x["attributions"] for x in sel)}
    return {
        "documents": docs,
        "totals": {
            "documents": len(docs),
            "characters": sum(x["characters"] for x in docs),
            "tokens": sum(x["tokens"] for x in docs),
            "segments": sum(x["segments"] for x in docs),
            "spans": len(spans),
            "mentions": len(mentions),
            "counts": len(counts),
            "count_of": sum(x["count_of"] for x in docs),
            "attributions": len(attrs),
            "entities": len(corpus.entities),
            "linked_mentions": sum(1 for s in mentions if s.entity_id),
            "entities_with_geonames": sum(1 for e in corpus.entities if e.geonames_id is not None),
            "location_entities": sum(1 for e in corpus.entities if e.label == "LOCATION"),
        },
        "labels": table([s.label for s in spans], "label"),
        "mention_type": {lab: table([s.mention_type for s in mentions if s.label == lab], "mention_type")
                         for lab in ("ACTOR", "LOCATION")},
        "actor_type": table([s.actor_type for s in spans if s.label == "ACTOR"], "actor_type"),
        "count_category": table([s.category for s in counts], "category"),
        "count_modifier": table([s.modifier for s in counts], "modifier"),
        "count_unit": table([s.unit for s in counts], "unit"),
        "attribution_type": table([a.type for a in attrs], "attribution_type"),
        "segment_role": table([g.role for d in corpus.documents for g in d.segments], "segment_role"),
        "splits": splits,
    }


def stats_tables(st: dict[str, Any]) -> list[tuple[str, list[list[str]]]]:
    """The statistics as titled tables (header row first), for the terminal and the
    Markdown of the card."""
    labels = vocab("label")
    out = []
    rows = [["document", "outlet", "split", "segments", "tokens", *labels, "COUNT_OF", "attributions"]]
    for d in st["documents"]:
        rows.append([d["doc_id"], str(d["outlet"]), str(d["split"]), str(d["segments"]), str(d["tokens"]),
                     *[str(d["labels"][lab]) for lab in labels], str(d["count_of"]), str(d["attributions"])])
    t = st["totals"]
    rows.append(["total", "", "", str(t["segments"]), str(t["tokens"]), *[str(st["labels"][lab]) for lab in labels],
                 str(t["count_of"]), str(t["attributions"])])
    out.append(("Per document", rows))
    out.append(("Mention types", [["label", *vocab("mention_type")]] +
                [[lab, *[str(v) for v in st["mention_type"][lab].values()]] for lab in st["mention_type"]]))
    out.append(("ACTOR types", [["actor_type", "mentions"]] + [[k, str(v)] for k, v in st["actor_type"].items()]))
    out.append(("COUNT categories", [["category", "counts"]] + [[k, str(v)] for k, v in st["count_category"].items()]))
    out.append(("COUNT modifiers", [["modifier", "counts"]] + [[k, str(v)] for k, v in st["count_modifier"].items()]))
    out.append(("Attribution types", [["type", "records"]] + [[k, str(v)] for k, v in st["attribution_type"].items()]))
    out.append(("Segment roles", [["role", "segments"]] + [[k, str(v)] for k, v in st["segment_role"].items()]))
    out.append(("Splits", [["split", "documents", "segments", "tokens", "spans", "attributions"]] +
                [[k, *[str(x) for x in v.values()]] for k, v in st["splits"].items()]))
    return out


def markdown_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)
