"""The result of :func:`~ghouta_corpus.evaluate.scores.evaluate` as text tables (rows of
strings, header first), for the terminal and for the generated blocks of the card.

Every figure that is undefined (nothing predicted, nothing in the gold, nothing
matched) shows as ``n/a``, never as 0.000.
"""

from __future__ import annotations

from typing import Any

from .matching import fmt


def score_table(result: dict[str, Any]) -> list[list[str]]:
    """Rows of the P/R/F1 table: one per label and measure, then relations, records,
    attribution tokens, EVENT_ARG roles and claims."""
    rows = [["measure", "label", "P", "R", "F1", "tp", "fp", "fn"]]

    def add(measure: str, label: str, d: dict[str, Any]) -> None:
        rows.append([measure, label, fmt(d["precision"]), fmt(d["recall"]), fmt(d["f1"]),
                     str(d["tp"]), str(d["fp"]), str(d["fn"])])
    for measure in ("exact", "overlap"):
        for label, d in result["spans"][measure].items():
            add(f"span {measure}", label, d)
    add("span boundary (any label)", "overall", result["spans"]["boundary"]["overall"])
    add("COUNT_OF", "relation", result["count_of"])
    add("attribution records", "cue overlap", result["attributions"]["records"])
    for role, d in result["attributions"]["tokens"].items():
        add("attribution tokens", role, d)
    for role, d in result["events"]["arguments"].items():
        add("EVENT_ARG", role, d)
    add("claims", "COUNT and event", result["claims"]["claims"])
    return rows


def accuracies(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every accuracy of the result by name, in table order."""
    items = dict(result["attributes"])
    items["entity_links (ids mapped by alias)"] = result["entity_links"]
    items["attribution_type"] = result["attributions"]["type"]
    items["attribution_source_entity"] = result["attributions"]["source_entity"]
    items.update((f"claim_{k}", v) for k, v in result["claims"].items() if k != "claims")
    return items


def accuracy_table(result: dict[str, Any]) -> list[list[str]]:
    """Rows of the accuracy table (on exactly matched spans, records and claims)."""
    rows = [["attribute (on exact matches)", "accuracy", "correct", "matched"]]
    for name, d in accuracies(result).items():
        rows.append([name, fmt(d["accuracy"]), str(d["correct"]), str(d["matched"])])
    return rows


def coreference_table(result: dict[str, Any]) -> list[list[str]]:
    """Rows of the event-coreference table (on matched triggers)."""
    c = result["events"]["coreference"]
    rows = [["metric (on matched triggers)", "R", "P", "F1"]]
    for name, key in (("MUC", "muc"), ("B-cubed", "b_cubed"), ("CEAF-e", "ceaf_e")):
        d = c[key] or {"recall": None, "precision": None, "f1": None}
        rows.append([name, fmt(d["recall"]), fmt(d["precision"]), fmt(d["f1"])])
    rows.append(["CoNLL F1 (mean of the three)", "", "", fmt(c["conll_f1"])])
    return rows


def notes(result: dict[str, Any]) -> list[str]:
    """Lines that qualify the tables: what was left out, the mapped entity ids."""
    out = []
    links = result["entity_links"]
    out.append(f"entity ids on matched mentions: {links['mapped']} mapped by alias, {links['kept']} kept, "
               f"{links['unmapped']} unmapped; event coreference on {result['events']['coreference']['mentions']} "
               "matched triggers")
    left = result.get("selection", {}).get("left_out", {})
    if left:
        out.append("left out: " + ", ".join(f"{n} {what}" for what, n in left.items()))
    return out
