"""The validator answers every input with findings or success, never an exception."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from ghouta_corpus.validate import Context, Report, check_annotation_file, check_manifest

BASE = json.loads((FIXTURES / "mini" / "annotations" / "mini.json").read_text(encoding="utf-8"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**15, max_value=10**15)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)

_ctx_cache: dict[str, Context] = {}


def ctx() -> Context:
    if "c" not in _ctx_cache:
        _ctx_cache["c"] = check_manifest(FIXTURES / "mini")[1]
    return _ctx_cache["c"]


def paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from paths(v, prefix + (i,))


ALL_PATHS = [p for p in paths(BASE) if p]


@st.composite
def mutated(draw):
    doc = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        p = draw(st.sampled_from(ALL_PATHS))
        parent = doc
        try:
            for k in p[:-1]:
                parent = parent[k]
            action = draw(st.sampled_from(["replace", "delete", "int"]))
            if action == "delete":
                del parent[p[-1]]
            elif action == "int":
                parent[p[-1]] = draw(st.integers(-5, 400))
            else:
                parent[p[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue
    return doc


def run(tmp_path: Path, payload: bytes) -> None:
    f = tmp_path / "mini.json"
    f.write_bytes(payload)
    findings = check_annotation_file(f, ctx())
    assert isinstance(findings, list)
    for x in findings:
        assert x.line()
    Report(findings).summary()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=mutated())
def test_mutated_annotation_files(tmp_path, doc):
    run(tmp_path, json.dumps(doc).encode())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_random_json(tmp_path, value):
    run(tmp_path, json.dumps(value).encode())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_random_bytes(tmp_path, data):
    run(tmp_path, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 4000), junk=st.text(max_size=5))
def test_truncated_and_spliced(tmp_path, cut, junk):
    raw = json.dumps(BASE)
    run(tmp_path, (raw[:cut] + junk + raw[cut:][: cut % 7]).encode("utf-8", "surrogatepass"))
