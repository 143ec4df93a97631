"""evaluate scores every layer: TIME attributes and anchors, EVENT triggers, arguments
and cross-document coreference, claims and group verdicts, entity links mapped by
alias, COUNT_OF with both ends' labels. Each score is checked on small documents
against a value computed by hand (in the comments), and n/a stands where nothing was
matched."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import DATASET
from ghouta_corpus.evaluate import EntityMap, evaluate
from ghouta_corpus.evaluate.links import link_scores
from ghouta_corpus.evaluate.matching import PRF, fmt
from ghouta_corpus.evaluate.tables import accuracy_table, coreference_table, score_table
from ghouta_corpus.io import load_corpus
from ghouta_corpus.model.records import Attribution, Document, Entity, EventArg, Span

CORPUS = load_corpus(DATASET)
GOLD = {d.doc_id: d for d in CORPUS.documents}


class Doc:
    """Spans placed by the text they cover (the ``k``-th occurrence of ``needle``)."""

    def __init__(self, doc_id: str, text: str):
        self.doc_id, self.text, self.spans = doc_id, text, []

    def add(self, sid: str, label: str, needle: str, k: int = 0, **attrs: object) -> Doc:
        start = -1
        for _ in range(k + 1):
            start = self.text.index(needle, start + 1)
        self.spans.append(Span(sid, label, start, start + len(needle), needle, **attrs))  # type: ignore[arg-type]
        return self

    def doc(self, relations=(), attributions=(), args=()) -> Document:
        return Document(self.doc_id, self.text, "gold", (), tuple(self.spans), tuple(relations), tuple(attributions),
                        None, tuple(args))


def time_doc(pred: bool) -> Document:
    text = "On Thursday talks began. Two days later, in late 2016 terms, they ended."
    d = Doc("t", text)
    d.add("T1", "TIME", "Thursday", timex_type="DATE", value_text="XXXX-WXX-4",
          timex_value="2018-03-22" if not pred else "2018-03-15", anchor="DCT")
    # gold: "Two days later" anchored on Thursday; the prediction anchors it on its own Thursday (same offsets)
    d.add("T2", "TIME", "Two days later", timex_type="DATE", value_text="XXXX-WXX-6", timex_value="2018-03-24",
          anchor="T1")
    if pred:
        d.add("T3", "TIME", "late 2016 terms", timex_type="DATE", value_text="2016", timex_value="2016", mod="END")
    else:
        d.add("T3", "TIME", "late 2016", timex_type="DATE", value_text="2016", timex_value="2016", mod="END")
    return d.doc()


def test_time_spans_values_and_anchors():
    r = evaluate([time_doc(False)], [time_doc(True)])
    # exact: Thursday and Two days later match, late 2016 does not: P = R = 2/3
    assert r["spans"]["exact"]["TIME"] == {"tp": 2, "fp": 1, "fn": 1, "precision": 0.666667, "recall": 0.666667,
                                           "f1": 0.666667}
    assert r["spans"]["overlap"]["TIME"]["f1"] == 1.0  # late 2016 overlaps late 2016 terms
    a = r["attributes"]
    assert a["time_value"] == {"correct": 1, "matched": 2, "accuracy": 0.5}  # Thursday resolved to the wrong week
    assert a["time_value_text"]["accuracy"] == a["time_type"]["accuracy"] == a["time_mod"]["accuracy"] == 1.0
    assert a["time_anchor"] == {"correct": 2, "matched": 2, "accuracy": 1.0}  # DCT = DCT; T1 -> matched Thursday


def test_an_anchor_on_an_unmatched_span_is_wrong():
    gold, pred = time_doc(False), time_doc(True)
    # the prediction anchors "Two days later" on its unmatched "late 2016 terms"
    pred = replace(pred, spans=tuple(replace(s, anchor="T3") if s.id == "T2" else s for s in pred.spans))
    assert evaluate([gold], [pred])["attributes"]["time_anchor"]["correct"] == 1


def event_docs(pred: bool) -> list[Document]:
    """Two documents; gold event ids: doc a [x, x, y], doc b [x, z]. The prediction
    clusters them p = {a1, a2}, q = {a3, b1}, r = {b2}."""
    a = Doc("a", "Strikes hit Douma. Strikes killed 22 civilians. Then a truce.")
    ids = ["p", "p", "q"] if pred else ["x", "x", "y"]
    a.add("T1", "EVENT", "Strikes", event_type="attack", polarity="positive", modality="asserted", event_id=ids[0])
    a.add("T2", "EVENT", "Strikes", 1, event_type="attack", polarity="positive", modality="asserted",
          event_id=ids[1])
    a.add("T3", "EVENT", "killed", event_type="casualty", polarity="positive",
          modality="possible" if pred else "asserted", event_id=ids[2])
    a.add("T4", "LOCATION", "Douma", mention_type="NAM")
    a.add("T5", "COUNT", "22", value=22, modifier="exact", min=22, max=22, unit="count", category="killed")
    a.add("T6", "ACTOR", "civilians", mention_type="NOM", actor_type="civilians")
    args = [EventArg("E1", "T1", "location", "T4"), EventArg("E2", "T3", "count", "T5"),
            EventArg("E3", "T3", "affected", "T6")]
    if pred:  # Douma as affected instead of location, and an extra agent
        args = [EventArg("E1", "T1", "affected", "T4"), EventArg("E2", "T3", "count", "T5"),
                EventArg("E3", "T3", "affected", "T6"), EventArg("E4", "T3", "agent", "T6")]
    b = Doc("b", "The strikes went on; the siege too.")
    b.add("T1", "EVENT", "strikes", event_type="attack", polarity="positive", modality="asserted",
          event_id="q" if pred else "x")
    b.add("T2", "EVENT", "siege", event_type="attack", polarity="positive", modality="asserted",
          event_id="r" if pred else "z")
    return [a.doc(args=args), b.doc()]


def test_event_attributes_arguments_and_coreference():
    r = evaluate(event_docs(False), event_docs(True))
    assert r["spans"]["exact"]["EVENT"]["f1"] == 1.0
    assert r["attributes"]["event_modality"] == {"correct": 4, "matched": 5, "accuracy": 0.8}
    assert r["attributes"]["event_type"]["accuracy"] == 1.0
    args = r["events"]["arguments"]
    # gold 3 (location, count, affected), predicted 4: count and affected right -> P 2/4, R 2/3
    assert (args["overall"]["tp"], args["overall"]["fp"], args["overall"]["fn"]) == (2, 2, 1)
    assert args["overall"]["f1"] == round(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 6)
    assert args["location"] == {"tp": 0, "fp": 0, "fn": 1, "precision": None, "recall": 0.0, "f1": 0.0}
    assert args["origin"]["f1"] is None  # neither side has one: n/a
    c = r["events"]["coreference"]
    assert c["mentions"] == 5
    # key {a1 a2 b1} {a3} {b2}; response {a1 a2} {a3 b1} {b2}
    # MUC: R = (3-2)/(3-1) = 1/2; P = ((2-1) + (2-2)) / (1 + 1) = 1/2
    assert (c["muc"]["recall"], c["muc"]["precision"]) == (0.5, 0.5)
    # B3: R = ((4+1)/3 + 1 + 1) / 5 = 11/15; P = (4/2 + (1+1)/2 + 1) / 5 = 4/5
    assert (c["b_cubed"]["recall"], c["b_cubed"]["precision"]) == (round(11 / 15, 6), 0.8)
    # CEAF-e: x-p 4/5 + y-q 2/3 + z-r 1 = 37/15, over 3 clusters on each side
    assert c["ceaf_e"]["recall"] == c["ceaf_e"]["precision"] == round(37 / 45, 6)
    f1s = [0.5, 2 * (11 / 15) * 0.8 / (11 / 15 + 0.8), 37 / 45]
    assert c["conll_f1"] == round(sum(f1s) / 3, 6)


def claim_docs(pred: bool) -> list[Document]:
    """Doc a: 12 killed (event k) and, attributed to officials, 40 fled (event f); doc
    b: 15 killed (event k). Gold group k:killed is conflicting (12 vs 15). The
    prediction names the events s1, s2, loses the attribution and reads doc b's figure
    as at most 15, which makes its group consistent."""
    a = Doc("a", "Strikes killed 12 people. Officials said 40 fled.")
    a.add("T1", "EVENT", "killed", event_type="casualty", polarity="positive", modality="asserted",
          event_id="s1" if pred else "k")
    a.add("T2", "COUNT", "12", value=12, modifier="exact", min=12, max=12, unit="count", category="killed")
    a.add("T3", "EVENT", "fled", event_type="displacement", polarity="positive", modality="asserted",
          event_id="s2" if pred else "f")
    a.add("T4", "COUNT", "40", value=40, modifier="exact", min=40, max=40, unit="count", category="displaced")
    a.add("T5", "SOURCE", "Officials").add("T6", "CUE", "said").add("T7", "CONTENT", "40 fled")
    recs = () if pred else (Attribution("A1", ("T5",), ("T6",), ("T7",), "indirect", "officials"),)
    b = Doc("b", "The raid killed 15 people.")
    b.add("T1", "EVENT", "killed", event_type="casualty", polarity="positive", modality="asserted",
          event_id="s1" if pred else "k")
    b.add("T2", "COUNT", "15", value=15, modifier="at_most" if pred else "exact", min=None if pred else 15,
          max=15, unit="count", category="killed")
    return [a.doc(attributions=recs, args=[EventArg("E1", "T1", "count", "T2"), EventArg("E2", "T3", "count", "T4")]),
            b.doc(args=[EventArg("E1", "T1", "count", "T2")])]


def test_claims_match_through_the_event_alignment():
    c = evaluate(claim_docs(False), claim_docs(True))["claims"]
    assert c["claims"]["f1"] == 1.0  # s1 -> k, s2 -> f: every COUNT and its event match
    assert c["category"]["accuracy"] == 1.0
    assert c["chain_length"] == {"correct": 2, "matched": 3, "accuracy": round(2 / 3, 6)}  # 40 fled lost its record
    assert c["source_entity"]["correct"] == 2  # officials -> None on that claim
    assert c["group_verdict"] == {"correct": 0, "matched": 1, "accuracy": 0.0, "gold_groups": 1,
                                  "predicted_groups": 1}


def test_claims_without_the_events_match_nothing_and_have_no_groups():
    pred = [replace(d, event_args=()) for d in claim_docs(True)]
    c = evaluate(claim_docs(False), pred)["claims"]
    assert (c["claims"]["tp"], c["claims"]["fp"], c["claims"]["fn"]) == (0, 3, 3)
    assert c["category"]["accuracy"] is None and c["group_verdict"]["accuracy"] is None


def test_entity_links_are_mapped_by_alias_before_scoring():
    def doc(ids: list[str | None]) -> Document:
        d = Doc("e", "Douma and Harasta and the town.")
        d.add("T1", "LOCATION", "Douma", mention_type="NAM", entity_id=ids[0])
        d.add("T2", "LOCATION", "Harasta", mention_type="NAM", entity_id=ids[1])
        d.add("T3", "LOCATION", "town", mention_type="NOM", entity_id=ids[2])
        return d.doc()
    gold = {"e": doc(["douma", "harasta", "harasta"])}
    pred = {"e": doc(["d1", "h1", "harasta"])}
    table = (Entity("douma", "Douma", "LOCATION", None, ("Douma",)),
             Entity("harasta", "Harasta", "LOCATION", None, ("Harasta",)))
    rows = {"e": (Entity("d1", "Douma", "LOCATION", None, ("Douma",)),            # -> douma by alias
                  Entity("h1", "Harasta town", "LOCATION", None, ("Harasta town",)))}  # no shared alias
    r = link_scores(gold, pred, EntityMap(table, rows))
    # Douma mapped and right, Harasta unmapped and wrong, town kept (a gold id) and right
    assert r == {"correct": 2, "matched": 3, "accuracy": round(2 / 3, 6), "mapped": 1, "kept": 1, "unmapped": 1}
    # a link the gold does not make is wrong, even when the system's id maps to nothing
    unlinked = {"e": doc(["douma", "harasta", None])}
    assert link_scores(unlinked, pred, EntityMap(table, rows))["correct"] == 1
    assert link_scores(unlinked, {"e": doc(["douma", "harasta", "nowhere"])}, EntityMap(table))["correct"] == 2
    # an entity of another label is not a match for the alias
    actor = {"e": (Entity("d1", "Douma", "ACTOR", "civilians", ("Douma",)),)}
    assert link_scores(gold, pred, EntityMap(table, actor))["mapped"] == 0


def test_count_of_needs_both_ends_labels():
    d = GOLD["trtworld-harasta-evacuation"]
    rel = next(r for r in d.relations if d.span(r.target).label == "ACTOR")
    t = d.span(rel.target)
    counted = Span(t.id, "COUNTED", t.start, t.end, t.text)
    pred = replace(d, spans=tuple(counted if s.id == t.id else s for s in d.spans))
    r = evaluate([d], [pred])["count_of"]
    n = len(d.relations)
    assert (r["tp"], r["fp"], r["fn"]) == (n - 1, 1, 1)


def test_nothing_matched_is_n_a_not_zero():
    d = GOLD["aljazeera-ghouta-evacuations"]
    actors = replace(d, spans=tuple(s for s in d.spans if s.label == "ACTOR"), relations=(), attributions=(),
                     event_args=())
    r = evaluate([d], [actors])
    assert r["attributes"]["time_value"] == {"correct": 0, "matched": 0, "accuracy": None}
    assert r["attributes"]["count_value"]["accuracy"] is None
    assert r["events"]["coreference"] == {"mentions": 0, "muc": None, "b_cubed": None, "ceaf_e": None,
                                          "conll_f1": None}
    assert r["spans"]["exact"]["TIME"]["precision"] is None and r["spans"]["exact"]["TIME"]["recall"] == 0.0
    acc = {row[0]: row[1] for row in accuracy_table(r)}
    assert acc["time_value"] == acc["event_type"] == acc["claim_category"] == "n/a"
    assert acc["actor_type"] == "1.000"
    assert all(row[1:4] == ["n/a", "n/a", "n/a"] for row in coreference_table(r)[1:4])
    rows = {(row[0], row[1]): row for row in score_table(r)}
    assert rows[("span exact", "TIME")][2:5] == ["n/a", "0.000", "0.000"]


def test_prf_json_is_null_only_where_the_denominator_is_zero():
    assert PRF(0, 0, 0).to_json()["f1"] is None and PRF(0, 0, 3).to_json()["f1"] == 0.0
    assert PRF(0, 2, 0).to_json()["recall"] is None and PRF(0, 2, 0).to_json()["precision"] == 0.0
    assert fmt(None) == "n/a" and fmt(0.5) == "0.500"


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_gold_against_itself_is_perfect_on_every_layer(doc_id):
    d = GOLD[doc_id]
    r = evaluate([d], [d], EntityMap(CORPUS.entities))
    assert r["events"]["arguments"]["overall"]["f1"] == 1.0 and r["claims"]["claims"]["f1"] == 1.0
    assert r["events"]["coreference"]["b_cubed"]["f1"] == 1.0 and r["events"]["coreference"]["ceaf_e"]["f1"] == 1.0
    assert all(v["accuracy"] == 1.0 for v in r["attributes"].values())
    assert r["entity_links"]["accuracy"] == 1.0 and r["entity_links"]["unmapped"] == 0
