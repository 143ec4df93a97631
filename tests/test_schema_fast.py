"""jsonschema-rs (used for speed) gives the same valid/invalid verdict as the
reference jsonschema on every fixture and on generated files."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import DATASET, FIXTURES
from ghouta_corpus.io.corpus import read_json
from ghouta_corpus.model.vocab import _fast, schema_dir, validator
from test_validate import BREAKERS
from test_validate_fuzz import json_values, mutated

jsonschema_rs = pytest.importorskip("jsonschema_rs")


def verdicts(kind: str, data) -> tuple[bool, bool]:
    return validator(kind).is_valid(data), bool(_fast(str(schema_dir()), kind).is_valid(data))


def kind_of(path) -> str:
    return {"manifest.json": "manifest", "entities.json": "entities"}.get(path.name, "annotation")


def test_same_verdict_on_committed_files():
    files = [DATASET / "manifest.json", DATASET / "entities.json", *sorted((DATASET / "annotations").glob("*.json")),
             *sorted((DATASET / "adjudication").glob("pass-*/*.json")), *sorted(FIXTURES.rglob("*.json"))]
    for f in files:
        data, problem = read_json(f)
        if problem is None:
            ref, fast = verdicts(kind_of(f), data)
            assert ref == fast, f


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_same_verdict_on_every_rule_fixture(mini, rule):
    path, _ = BREAKERS[rule](mini)
    for f in [mini / "manifest.json", mini / "entities.json", *sorted((mini / "annotations").glob("*.json"))]:
        if f.is_file():
            data, problem = read_json(f)
            if problem is None:
                ref, fast = verdicts(kind_of(f), data)
                assert ref == fast, (rule, f.name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=mutated())
def test_same_verdict_on_mutated_files(doc):
    data = json.loads(json.dumps(doc))
    ref, fast = verdicts("annotation", data)
    assert ref == fast


@settings(max_examples=200, deadline=None)
@given(value=json_values)
def test_same_verdict_on_random_json(value):
    for kind in ("annotation", "entities", "manifest"):
        ref, fast = verdicts(kind, value)
        assert ref == fast, kind
