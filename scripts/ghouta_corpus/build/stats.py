"""Corpus statistics: the numbers that the dataset card, DATASHEET.md and README
print. They are computed here and nowhere else, so no document states a number the
data does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from ..derive import Claim, ClaimGroup, claim_groups, document_claims
from ..io.corpus import Corpus
from ..model.vocab import unpublished_splits, vocab
from ..text.tokens import tokenize

_LABEL = attrgetter("label")
PER_DOCUMENT_ROWS = 50  # the card lists at most this many documents one by one


class StatsAccumulator:
    """Statistics gathered one document at a time, so that ``build`` can compute them
    in the same streaming pass that writes the Parquet files."""

    def __init__(self) -> None:
        self.docs: list[dict[str, Any]] = []
        self.n_docs = 0
        self.c: dict[str, Counter[Any]] = {k: Counter() for k in (
            "label", "mention_type_ACTOR", "mention_type_LOCATION", "actor_type", "category", "modifier", "unit",
            "attribution_type", "segment_role", "timex_type", "time_resolved", "time_anchor_dct", "time_anchor_span",
            "time_mod", "event_type", "event_modality")}
        self.times: list[dict[str, Any]] = []  # per document: its DCT and the dates its TIME layer resolves
        self.totals: Counter[str] = Counter()
        self.splits: dict[str, Counter[str]] = {sp: Counter() for sp in vocab("split")}
        self.event_claims: list[Claim] = []  # only claims about an event can be in a group

    def claim_groups(self) -> list[ClaimGroup]:
        """The claim groups of the documents added so far (for the card)."""
        return claim_groups(self.event_claims)

    def add(self, d: Any, n_tokens: int | None = None) -> None:
        """Count one document; ``n_tokens``, its number of tokens, when the caller has
        tokenised it already (``build`` tokenises each document once)."""
        labels = Counter(map(_LABEL, d.spans))
        n_tokens = len(tokenize(d.text)) if n_tokens is None else n_tokens
        row = {"doc_id": d.doc_id, "outlet": d.meta.outlet if d.meta else None,
               "split": d.meta.split if d.meta else None,
               "characters": len(d.text), "tokens": n_tokens, "segments": len(d.segments), "spans": len(d.spans),
               "labels": {lab: labels.get(lab, 0) for lab in vocab("label")}, "count_of": len(d.relations),
               "attributions": len(d.attributions)}
        self.n_docs += 1
        if any(a.role == "count" for a in d.event_args):  # else no claim of the document is about an event
            self.event_claims.extend(c for c in document_claims(d) if c.event_id)
        if len(self.docs) < PER_DOCUMENT_ROWS:
            self.docs.append(row)
        self._spans(d, labels)
        for a in d.attributions:
            self.c["attribution_type"][a.type] += 1
        self._time_and_events(d, labels)
        for g in d.segments:
            self.c["segment_role"][g.role] += 1
        for k in ("characters", "tokens", "segments", "spans", "count_of", "attributions"):
            self.totals[k] += row[k]
        self.totals["counts"] += labels.get("COUNT", 0)
        if row["split"] in self.splits:
            sp = self.splits[row["split"]]
            sp["documents"] += 1
            for k in ("segments", "tokens", "spans", "attributions"):
                sp[k] += row[k]

    def _spans(self, d: Any, labels: Counter[str]) -> None:
        """The span tallies, a counter at a time (``Counter.update`` counts in C;
        one ``if`` chain per span was most of this pass, issue 15). Each counter sees
        its spans in span order, so its keys come in the order a walk over the spans
        gave them."""
        c = self.c
        c["label"].update(labels)
        mentions = d.spans_with("ACTOR", "LOCATION")
        if mentions:
            for label in ("ACTOR", "LOCATION"):
                got = [s.mention_type for s in mentions if s.label == label]
                if got:
                    c[f"mention_type_{label}"].update(got)
            self.totals["mentions"] += len(mentions)
            self.totals["linked_mentions"] += sum(bool(s.entity_id) for s in mentions)
            actors = [s.actor_type for s in mentions if s.label == "ACTOR"]
            if actors:
                c["actor_type"].update(actors)
        counts = d.spans_with("COUNT")
        if counts:
            c["category"].update(s.category for s in counts)
            c["modifier"].update(s.modifier for s in counts)
            c["unit"].update(s.unit for s in counts)

    def _time_and_events(self, d: Any, labels: Counter[str] | None = None) -> None:
        """The ``times`` view (issue 16) and the event types: TIME spans per type, how
        many resolve and what they are anchored to; per document its DCT and the date
        range the time layer resolves. ``labels``: the document's label counts, when
        known (the spans are walked only if it has a TIME or EVENT span)."""
        for s in d.spans if labels is None or labels.get("TIME") or labels.get("EVENT") else ():
            if s.label == "TIME":
                self.c["timex_type"][s.timex_type] += 1
                self.c["time_resolved"][s.timex_type] += s.timex_value is not None
                self.c["time_anchor_dct"][s.timex_type] += s.anchor == "DCT"
                self.c["time_anchor_span"][s.timex_type] += s.anchor not in (None, "DCT")
                if s.mod:
                    self.c["time_mod"][s.mod] += 1
            elif s.label == "EVENT":
                self.c["event_type"][s.event_type] += 1
                self.c["event_modality"][s.modality] += 1
        if len(self.times) < PER_DOCUMENT_ROWS and d.meta is not None:
            edr = d.meta.event_date_range or {}
            self.times.append({"doc_id": d.doc_id, "dct": d.meta.dct, "time_spans": sum(
                1 for s in d.spans if s.label == "TIME"), "start": edr.get("start"), "end": edr.get("end")})

    def result(self, entities: Iterable[Any]) -> dict[str, Any]:
        ents = list(entities)
        def table(counter: Counter[Any], name: str) -> dict[str, int]:
            return {v: counter.get(v, 0) for v in vocab(name)}
        t = self.totals
        return {
            "documents": self.docs,
            "totals": {"documents": self.n_docs, "characters": t["characters"], "tokens": t["tokens"],
                       "segments": t["segments"], "spans": t["spans"], "mentions": t["mentions"], "counts": t["counts"],
                       "count_of": t["count_of"], "attributions": t["attributions"], "entities": len(ents),
                       "linked_mentions": t["linked_mentions"],
                       "entities_with_geonames": sum(1 for e in ents if e.geonames_id is not None),
                       "location_entities": sum(1 for e in ents if e.label == "LOCATION")},
            "labels": table(self.c["label"], "label"),
            "mention_type": {lab: table(self.c[f"mention_type_{lab}"], "mention_type")
                             for lab in ("ACTOR", "LOCATION")},
            "actor_type": table(self.c["actor_type"], "actor_type"),
            "count_category": table(self.c["category"], "category"),
            "count_modifier": table(self.c["modifier"], "modifier"),
            "count_unit": table(self.c["unit"], "unit"),
            "attribution_type": table(self.c["attribution_type"], "attribution_type"),
            "segment_role": table(self.c["segment_role"], "segment_role"),
            "times": {"types": {v: {"spans": self.c["timex_type"].get(v, 0),
                                    "resolved": self.c["time_resolved"].get(v, 0),
                                    "anchored_dct": self.c["time_anchor_dct"].get(v, 0),
                                    "anchored_time": self.c["time_anchor_span"].get(v, 0)}
                                for v in vocab("timex_type")},
                      "mods": table(self.c["time_mod"], "timex_mod"), "documents": self.times},
            "event_type": table(self.c["event_type"], "event_type"),
            "event_modality": table(self.c["event_modality"], "modality"),
            # the development set's splits are listed only where they have documents (they are never published)
            "splits": {sp: {k: c.get(k, 0) for k in ("documents", "segments", "tokens", "spans", "attributions")}
                       for sp, c in self.splits.items() if c["documents"] or sp not in unpublished_splits()},
        }


def corpus_stats(corpus: Corpus) -> dict[str, Any]:
    """Counts per document, label, mention type, actor type, count category and
    modifier, attribution type, split and segment role, plus totals."""
    acc = StatsAccumulator()
    for d in corpus.documents:
        acc.add(d)
    return acc.result(corpus.entities)


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
    if st["totals"]["documents"] > len(st["documents"]):
        more = st["totals"]["documents"] - len(st["documents"])
        rows.insert(-1, [f"... {more} more documents"] + [""] * (len(rows[0]) - 1))
    out.append(("Per document", rows))
    out.append(("Mention types", [["label", *vocab("mention_type")]] +
                [[lab, *[str(v) for v in st["mention_type"][lab].values()]] for lab in st["mention_type"]]))
    out.append(("ACTOR types", [["actor_type", "mentions"]] + [[k, str(v)] for k, v in st["actor_type"].items()]))
    out.append(("COUNT categories", [["category", "counts"]] + [[k, str(v)] for k, v in st["count_category"].items()]))
    out.append(("COUNT modifiers", [["modifier", "counts"]] + [[k, str(v)] for k, v in st["count_modifier"].items()]))
    out.append(("Attribution types", [["type", "records"]] + [[k, str(v)] for k, v in st["attribution_type"].items()]))
    out += times_tables(st)
    out.append(("EVENT trigger types", [["event_type", "triggers"]] +
                [[k, str(v)] for k, v in st["event_type"].items()]))
    out.append(("Segment roles", [["role", "segments"]] + [[k, str(v)] for k, v in st["segment_role"].items()]))
    out.append(("Splits", [["split", "documents", "segments", "tokens", "spans", "attributions"]] +
                [[k, *[str(x) for x in v.values()]] for k, v in st["splits"].items()]))
    return out


def times_tables(st: dict[str, Any]) -> list[tuple[str, list[list[str]]]]:
    """The ``times`` view: TIME spans per TIMEX3 type (how many resolve to a value, how
    many are anchored to the document creation time or to another TIME span), their
    modifiers, and each document's DCT and the date range its time layer resolves."""
    t = st["times"]
    types = [["timex_type", "TIME spans", "resolved value", "anchor DCT", "anchor TIME span"]]
    types += [[k, *[str(v[x]) for x in ("spans", "resolved", "anchored_dct", "anchored_time")]]
              for k, v in t["types"].items()]
    docs = [["document", "DCT", "TIME spans", "earliest date", "latest date"]]
    docs += [[d["doc_id"], d["dct"] or "unknown", str(d["time_spans"]), d["start"] or "-", d["end"] or "-"]
             for d in t["documents"]]
    return [("TIME types (times)", types), ("TIME modifiers", [["mod", "TIME spans"]] +
                                              [[k, str(v)] for k, v in t["mods"].items()]),
            ("Dates per document (times)", docs)]


def markdown_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)
