"""The records of the new layers: TIME and EVENT spans, event arguments, the event
table, the manifest's DCT; canonical ids; the range and fraction conventions; and the
vocabularies read from the schema."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from ghouta_corpus.model import (
    CONVENTIONS,
    DocMeta,
    Document,
    Event,
    EventArg,
    ModelError,
    Relation,
    Span,
    bounds,
    labels_by_role,
    renumber,
    roles_by_type,
    unit_violation,
    unpublished_splits,
    violation,
    vocab,
)

TIME = {"id": "T1", "label": "TIME", "start": 0, "end": 8, "text": "Thursday", "timex_type": "DATE",
        "value_text": "XXXX-WXX-4", "value": "2018-03-22", "mod": None, "anchor": "DCT"}
COUNT = {"id": "T2", "label": "COUNT", "start": 9, "end": 11, "text": "12", "value": 12, "modifier": "exact",
         "min": 12, "max": 12, "unit": "count", "category": "killed"}


def test_time_value_is_a_string_field_written_under_value():
    sp = Span.from_json(TIME)
    assert sp.timex_value == "2018-03-22" and sp.value is None
    assert sp.to_json() == TIME
    c = Span.from_json(COUNT)
    assert c.value == 12 and c.timex_value is None and c.to_json() == COUNT


@pytest.mark.parametrize("bad", [
    {**TIME, "value": 2018},                         # a TIME value is a string
    {**COUNT, "value": "12"},                        # a COUNT value is a number
    {**TIME, "timex_type": "DAY"},
    {**TIME, "mod": "EARLY"},
    {**COUNT, "event_type": "attack"},               # no EVENT attribute on a COUNT
    {"id": "T3", "label": "EVENT", "start": 0, "end": 4, "text": "left", "event_type": "leaving",
     "polarity": "positive", "modality": "asserted", "event_id": None},
])
def test_span_attributes_are_checked_on_construction(bad):
    with pytest.raises(ModelError):
        Span.from_json(bad)


def test_event_records_and_docmeta_round_trip():
    arg = EventArg("E1", "T3", "origin", "T4")
    assert EventArg.from_json(arg.to_json()) == arg
    with pytest.raises(ModelError):
        EventArg("E1", "T3", "origon", "T4")
    ev = Event("harasta-deal", "agreement", "The deal.", "2018-03-21", "harasta")
    assert Event.from_json(ev.to_json()) == ev
    with pytest.raises(ModelError):
        Event("x", "party", "A party.")
    entry = {"doc_id": "d", "outlet": "o", "language": "en", "source_file": "d.txt", "sha256": "0" * 64,
             "char_count": 3, "split": "dev", "genre": "feature", "dct": "2016-12-24", "dct_basis": "Written so.",
             "event_date_range": {"start": None, "end": None, "evidence": "e"}}
    meta = DocMeta.from_json(entry)
    assert meta.to_json() == entry and list(meta.to_json()) == list(entry)
    plain = {k: v for k, v in entry.items() if k not in ("genre", "dct", "dct_basis")}
    assert DocMeta.from_json(plain).to_json() == plain


def test_renumber_orders_event_args_and_follows_time_anchors():
    later = Span("T9", "TIME", 20, 34, "Two days later", timex_type="DATE", value_text="XXXX-WXX-5",
                 timex_value="2018-03-23", anchor="T5")
    wed = Span("T5", "TIME", 3, 12, "Wednesday", timex_type="DATE", value_text="XXXX-WXX-3",
               timex_value="2018-03-21", anchor="DCT")
    ev = Span("T7", "EVENT", 40, 44, "deal", event_type="agreement", polarity="positive", modality="asserted")
    args = [EventArg("E1", "T7", "time", "T9"), EventArg("E2", "T7", "agent", "T5"), EventArg("E3", "T7", "time", "T9")]
    out = renumber([later, ev, wed], (), (), args)
    assert [s.id for s in out.spans] == ["T1", "T2", "T3"]
    assert out.spans[1].anchor == "T1" and out.spans[0].anchor == "DCT"
    assert [a.to_json() for a in out.event_args] == [{"id": "E1", "event": "T3", "role": "agent", "target": "T1"},
                                                     {"id": "E2", "event": "T3", "role": "time", "target": "T2"}]
    with pytest.raises(ModelError, match="anchor"):
        renumber([Span("T1", "TIME", 0, 3, "now", timex_type="DATE", value_text="PRESENT_REF",
                       timex_value="PRESENT_REF", anchor="T8")])
    with pytest.raises(ModelError, match="relation R1"):
        renumber([wed], [Relation("R1", "COUNT_OF", "T5", "T6")])


def test_document_json_carries_event_args():
    d = Document("d", "Thursday 12", "gold", (), (Span.from_json(TIME), Span.from_json(COUNT)), (), (),
                 event_args=())
    assert d.to_json()["event_args"] == []
    assert Document.from_json(d.to_json(), d.text).to_json() == d.to_json()


def test_range_and_fraction_conventions():
    assert "range" in CONVENTIONS and bounds(None, "range", 30, 50) == (None, 30, 50)
    assert violation(None, "range", 30, 50) is None
    assert violation(None, "range", 50, 30) is not None and violation(None, "range", 30, 30) is not None
    assert violation(40, "range", 30, 50) is not None and violation(None, "range", 30, None) is not None
    assert unit_violation("fraction", 0.3333, 0.3333, 0.3333) is None
    assert unit_violation("fraction", 1, 1, 1) is None
    for bad in [(0, 0, 0), (1.5, 1.5, 1.5), (None, None, None)]:
        assert unit_violation("fraction", *bad) is not None
    assert unit_violation("percent", 100, 100, 100) is None and unit_violation("percent", 101, None, None)
    assert unit_violation("count", 10 ** 9, None, None) is None


def test_event_vocabularies_are_read_from_the_schema():
    raw = json.loads((ROOT / "schema" / "vocabularies.schema.json").read_text(encoding="utf-8"))["$defs"]
    assert roles_by_type() == raw["event_type"]["x-roles-by-type"]
    assert labels_by_role() == raw["event_role"]["x-labels-by-role"]
    assert set(roles_by_type()) == set(vocab("event_type"))
    assert set(labels_by_role()) == set(vocab("event_role"))
    assert all(set(r) <= set(vocab("event_role")) for r in roles_by_type().values())
    assert all(set(labs) <= set(vocab("label")) for labs in labels_by_role().values())
    assert set(unpublished_splits()) == {"dev", "sealed"} <= set(vocab("split"))
    assert vocab("timex_mod") == ["START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"]


def test_no_module_restates_the_new_vocabularies():
    """The time and event vocabularies (and which roles each type allows) are read from
    schema/: no literal list, tuple or set in the package holds three or more of their
    values, nor a dict keyed by them."""
    import ast
    names = ("timex_type", "timex_mod", "event_type", "modality", "event_role")
    values = {n: set(vocab(n)) for n in names}
    offenders = []
    for path in sorted((ROOT / "scripts" / "ghouta_corpus").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = node.elts if isinstance(node, (ast.List, ast.Tuple, ast.Set)) else (
                node.keys if isinstance(node, ast.Dict) else [])
            consts = {k.value for k in items if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            for n, vs in values.items():
                if len(consts & vs) >= 3:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} restates {n}")
    assert not offenders


def test_records_carry_origin_and_renumber_keeps_it():
    from ghouta_corpus.model.ids import renumber
    from ghouta_corpus.model.records import Attribution, EventArg, ModelError, Relation, Span
    spans = [Span("T2", "COUNT", 0, 1, "3", value=3, modifier="exact", min=3, max=3, unit="count", category="other"),
             Span("T1", "COUNTED", 2, 5, "men"), Span("T3", "CUE", 6, 10, "said"), Span("T4", "CONTENT", 0, 5, "3 men"),
             Span("T5", "EVENT", 11, 15, "left", event_type="evacuation", polarity="positive", modality="asserted")]
    rel = Relation("R9", "COUNT_OF", "T2", "T1", "auto")
    rec = Attribution("A4", (), ("T3",), ("T4",), "indirect", None, "auto")
    arg = EventArg("E7", "T5", "count", "T2", "manual")
    assert rel.to_json()["origin"] == "auto" and "origin" not in Relation("R1", "COUNT_OF", "T2", "T1").to_json()
    assert Attribution.from_json(rec.to_json()) == rec and EventArg.from_json(arg.to_json()) == arg
    out = renumber(spans, [rel], [rec], [arg])
    assert [r.origin for r in out.relations] == ["auto"] and [a.origin for a in out.attributions] == ["auto"]
    assert [a.origin for a in out.event_args] == ["manual"]
    with pytest.raises(ModelError):
        Relation("R1", "COUNT_OF", "T2", "T1", "machine")


def test_review_steps_and_layers_come_from_the_schema():
    from ghouta_corpus.model.records import DocMeta, ModelError, ReviewStep, label_layers
    from ghouta_corpus.model.vocab import vocab
    assert list(label_layers()) == vocab("layer")
    step = ReviewStep("annotation", "pass A annotators", "2026-11-23", "commit date", "pass-a", ("entity",), "x/")
    meta = DocMeta("d", "o", "en", "d.txt", "0" * 64, 1, "train", {}, review=(step,))
    again = DocMeta.from_json(json.loads(json.dumps(meta.to_json())))
    assert again.review == (step,) and list(meta.to_json())[-2:] == ["review", "event_date_range"]
    with pytest.raises(ModelError):
        ReviewStep("looked at it", "me", "2026-01-01", "today")
    with pytest.raises(ModelError):
        ReviewStep("review", "me", "2026-01-01", "today", layers=("syntax",))
