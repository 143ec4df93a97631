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


def _layered_dataset() -> tuple[dict, Context]:
    """The mini dataset with its time and event layers (test_validate.layered), in a
    folder of its own, and the context its files are checked against."""
    import atexit
    import shutil
    import tempfile

    from ghouta_corpus.validate import check_entities
    from ghouta_corpus.validate.rules.events import check_events
    from test_validate import layered
    root = Path(tempfile.mkdtemp(prefix="layered-")) / "mini"
    atexit.register(shutil.rmtree, root.parent, True)
    shutil.copytree(FIXTURES / "mini", root)
    doc = layered(root)
    c = check_manifest(root)[1]
    check_entities(root / "entities.json", c)
    check_events(root / "events.json", c)
    return doc, c


LAYERED, LAYERED_CTX = _layered_dataset()
LAYERED_PATHS = [p for p in paths(LAYERED) if p and p[0] in ("spans", "event_args")]
# plausible values, so that mutated files pass the schema and reach the semantic rules
PLAUSIBLE = st.sampled_from(["T1", "T3", "T18", "T19", "T20", "T99", "DCT", None, "agent", "origin", "time", "count",
                             "2018-03-22", "XXXX-WXX-4", "2018-13-01", "P2D", "PAST_REF", "XXXX-WXX-WE", "harasta-deal",
                             "nowhere", "evacuation", "agreement", 0, 5, 44, 190, 400])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_time_and_event_layers(tmp_path, data):
    doc = copy.deepcopy(LAYERED)
    for _ in range(data.draw(st.integers(1, 4))):
        p = data.draw(st.sampled_from(LAYERED_PATHS))
        parent = doc
        try:
            for k in p[:-1]:
                parent = parent[k]
            parent[p[-1]] = data.draw(PLAUSIBLE)
        except (KeyError, IndexError, TypeError):
            continue
    f = tmp_path / "mini.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    findings = check_annotation_file(f, LAYERED_CTX)
    assert all(x.line() for x in findings)
