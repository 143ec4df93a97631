"""The column-wise schema proof (model/schema_proof.py) never says valid where
jsonschema-rs says invalid, and does say valid on the valid files it exists for."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATASET, FIXTURES
from ghouta_corpus.dev.synth import make_document
from ghouta_corpus.io.corpus import read_json
from ghouta_corpus.model.schema_proof import proof
from ghouta_corpus.model.vocab import _fast, schema_dir, schemas
from test_validate import BREAKERS
from test_validate_fuzz import BASE, json_values, paths

jsonschema_rs = pytest.importorskip("jsonschema_rs")

KINDS = ("annotation", "entities", "manifest", "events")
EDGES = [True, False, 0, -1, 1.0, 3.0, 0.5, 10**9, 10**9 + 1, 10**12, 10**12 + 1, 10**20, "", "x" * 101, "T0", "T1",
         "T1\n", "T01", "S1", "A1", "R1", "E1", "a-b", "a--b", "A-b", "abc\n", "ACTOR", "LOCATION", "COUNT",
         "COUNTED", "TIME", "EVENT", "CUE", "NAM", "NOM", "DCT", "gold", "draft", "body", "exact", "range", "count",
         "killed", "direct", "civilians", None, [], {}, ["T1"], [1], {"a": 1}]
KEYS = ["id", "label", "start", "end", "text", "origin", "value", "mention_type", "actor_type", "entity_id", "anchor",
        "mod", "event_id", "timex_type", "value_text", "zzz"]


def rs_valid(kind: str, data) -> bool:
    return bool(_fast(str(schema_dir()), kind).is_valid(data))


def proven(kind: str, data) -> bool:
    return proof(schemas(), kind)(data)


def _synth(seed: int) -> dict:
    import random
    return make_document(f"synth-{seed}", random.Random(seed)).to_json()


@st.composite
def mutated(draw) -> dict:
    """A valid annotation file (the mini fixture or a synthetic document) with a few
    values replaced by edge values (a bool for an int, 3.0, ids one character off, a
    label that moves a span into another if/then branch), keys deleted or added."""
    doc = copy.deepcopy(BASE) if draw(st.booleans()) else _synth(draw(st.integers(0, 3)))
    every = [p for p in paths(doc) if p]
    for _ in range(draw(st.integers(1, 3))):
        p = draw(st.sampled_from(every))
        parent = doc
        try:
            for k in p[:-1]:
                parent = parent[k]
            action = draw(st.sampled_from(["edge", "edge", "delete", "add", "random"]))
            if action == "delete":
                del parent[p[-1]]
            elif action == "add" and isinstance(parent, dict):
                parent[draw(st.sampled_from(KEYS))] = draw(st.sampled_from(EDGES))
            elif action == "random":
                parent[p[-1]] = draw(json_values)
            else:
                parent[p[-1]] = draw(st.sampled_from(EDGES))
        except (KeyError, IndexError, TypeError):
            continue
    return doc


# 500 mutated files (was 1,500, the suite's most generous setting and a twentieth of
# its time): each draws 1-3 edits from the same few hundred paths and edge values
@pytest.mark.slow
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=mutated())
def test_never_valid_where_jsonschema_rs_says_invalid(doc):
    if proven("annotation", doc):
        assert rs_valid("annotation", doc)


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_never_valid_on_random_json(value):
    for kind in KINDS:
        if proven(kind, value):
            assert rs_valid(kind, value), kind


def _committed() -> list:
    files = [DATASET / "manifest.json", DATASET / "entities.json", DATASET / "events.json",
             *sorted((DATASET / "annotations").glob("*.json")), *sorted(FIXTURES.rglob("*.json"))]
    kinds = {"manifest.json": "manifest", "entities.json": "entities", "events.json": "events"}
    out = []
    for f in files:
        data, problem = read_json(f)
        if problem is None:
            out.append((kinds.get(f.name, "annotation"), data, f))
    return out


def test_agrees_on_committed_files_and_proves_the_valid_annotations():
    for kind, data, f in _committed():
        if proven(kind, data):
            assert rs_valid(kind, data), f
    for kind, data, f in _committed():
        if kind == "annotation" and f.parent == DATASET / "annotations":
            assert proven(kind, data), f  # the fast path is taken where it is meant to be
    for seed in range(5):
        assert proven("annotation", _synth(seed))
    assert proven("manifest", json.loads((DATASET / "manifest.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_never_valid_on_a_rule_fixture_the_schema_rejects(mini, rule):
    BREAKERS[rule](mini)
    for f in [mini / "manifest.json", mini / "entities.json", *sorted((mini / "annotations").glob("*.json"))]:
        if f.is_file():
            data, problem = read_json(f)
            kind = {"manifest.json": "manifest", "entities.json": "entities"}.get(f.name, "annotation")
            if problem is None and proven(kind, data):
                assert rs_valid(kind, data), (rule, f.name)


def test_what_it_does_not_understand_is_never_proven():
    base = {"$id": "https://x.invalid/s.json", "type": "object"}
    for extra in ({"uniqueItems": True}, {"pattern": "^a.b$"}, {"additionalProperties": {"type": "string"}},
                  {"allOf": [{"type": "object"}]}, {"properties": {"a": {"format": "date"}}}):
        assert not proof({"s": {**base, **extra}}, "s")({"a": "2020-01-01"})
    assert proof({"s": base}, "s")({"a": 1})
    assert not proof({"s": {**base, "properties": {"n": {"type": "integer"}}}}, "s")({"n": 3.0})  # left to rs
    assert not proof({"s": {**base, "properties": {"n": {"type": "integer"}}}}, "s")({"n": True})
    pat = {**base, "properties": {"t": {"type": "string", "pattern": "^T[1-9]$"}}}
    assert proof({"s": pat}, "s")({"t": "T1"}) and not proof({"s": pat}, "s")({"t": "T1\n"})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=mutated())
def test_a_proof_hands_on_the_records_own_columns(doc):
    """After a True, the proof's columns of each array of records are the records'
    own values (every one of a required field, in order; an optional field's for the
    records that hold it), which the rule proofs read instead of the records; and
    every offset is an ``int``, so the float-offset rule has nothing to say."""
    from ghouta_corpus.validate.proof import _RECORDS
    from ghouta_corpus.validate.rules.files import float_offsets
    p = proof(schemas(), "annotation")
    if not p(doc):
        return
    for key, name in _RECORDS.items():
        cols = p.columns(name)
        if cols is None:
            assert not doc[key]  # only an empty array is not reached
            continue
        for field, column in cols.items():
            assert column == [r[field] for r in doc[key] if field in r], (key, field)
    assert not float_offsets(doc, "f.json", doc["doc_id"])
