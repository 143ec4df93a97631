"""The rule families' fast proofs (validate/proof.py) never clear a document that
their family flags, and they do clear the valid documents they exist for.

Documents (the mini fixture, its layered form with TIME and EVENT spans, synthetic
documents) are mutated where the rules look: offsets, texts, labels, ids,
references, entity links, COUNT values, segments, status and origin. Every
mutation that the schema accepts goes to each family twice: through its proof and
through the family itself; a proven family must report nothing, and the runner's
findings must equal those of every family run."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, load
from ghouta_corpus.dev.synth import generate
from ghouta_corpus.io import read_json
from ghouta_corpus.model.vocab import proven as schema_proven
from ghouta_corpus.validate import runner
from ghouta_corpus.validate.context import Annotation, Context
from ghouta_corpus.validate.proof import Columns, proven, tapped
from ghouta_corpus.validate.registry import FAMILIES
from ghouta_corpus.validate.rules.files import schema_findings
from ghouta_corpus.validate.runner import check_annotation, dataset_context
from test_validate import BREAKERS, layered

SEMANTIC = [f for f in FAMILIES if f.scope in ("document", "span")]
LABELS = ["ACTOR", "LOCATION", "COUNT", "COUNTED", "SOURCE", "CUE", "CONTENT", "TIME", "EVENT"]
NUMBERS = [None, 0, 1, 2, 3, 10, 100, 150, 200, 0.5, 1.0, 1.5, -1]
MODIFIERS = ["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range", "up_to"]


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> list[tuple[dict, str, Context]]:
    """(annotation, text, context) of the mini document, its layered form and two
    synthetic documents, each with its own dataset's context."""
    out = []
    plain = tmp_path_factory.mktemp("plain") / "mini"
    shutil.copytree(FIXTURES / "mini", plain)
    rich = tmp_path_factory.mktemp("rich") / "mini"
    shutil.copytree(FIXTURES / "mini", rich)
    layered(rich)
    synth = generate(tmp_path_factory.mktemp("synth") / "s", 2, seed=7)
    for root in (plain, rich, synth):
        _, ctx, _ = dataset_context(root)
        for f in sorted((root / "annotations").glob("*.json")):
            data = load(f)
            out.append((data, ctx.text(data["doc_id"]) or "", ctx))
    return out


def _mutate(draw, doc: dict, text: str, ctx: Context) -> None:
    spans, n = doc["spans"], len(text)
    sp = draw(st.sampled_from(spans)) if spans else None
    kind = draw(st.sampled_from(["shift", "edge", "text", "label", "id", "ref", "link", "count", "segment", "status",
                                 "copy", "drop", "time"]))
    if kind in ("shift", "edge") and sp is not None:
        key = draw(st.sampled_from(["start", "end"]))
        sp[key] = (max(0, sp[key] + draw(st.integers(-3, 3))) if kind == "shift"
                   else draw(st.sampled_from([0, 1, n - 1, n, n + 1, sp["start"], sp["end"]])))
    elif kind == "text" and sp is not None:
        sp["text"] = draw(st.sampled_from([sp["text"] + " ", " " + sp["text"], sp["text"][:-1], sp["text"] + "\n",
                                           text[sp["start"]:sp["end"] + 1], sp["text"].upper()]))
    elif kind == "label" and sp is not None:
        sp["label"] = draw(st.sampled_from(LABELS))
    else:
        _mutate_records(draw, doc, kind, sp, ctx)


def _mutate_records(draw, doc: dict, kind: str, sp: dict | None, ctx: Context) -> None:
    spans = doc["spans"]
    ids = [s["id"] for s in spans] + ["T999"]
    ents = sorted(ctx.entities or ()) + ["nobody"]
    if kind == "id":
        item = draw(st.sampled_from([x for k in ("spans", "segments", "relations", "attributions", "event_args")
                                     for x in doc[k]]))
        item["id"] = draw(st.sampled_from(ids + [s["id"] for s in doc["segments"]]))
    elif kind == "ref" and (doc["relations"] or doc["attributions"] or doc["event_args"]):
        rec = draw(st.sampled_from(doc["relations"] + doc["attributions"] + doc["event_args"]))
        key = draw(st.sampled_from([k for k in ("count", "target", "source", "cue", "content", "event") if k in rec]))
        new = draw(st.sampled_from(ids))
        if isinstance(rec[key], list):
            rec[key] = draw(st.sampled_from([rec[key] + [new], [new], rec[key] + rec[key][:1]]))
        else:
            rec[key] = new
        if "source_entity" in rec and draw(st.booleans()):
            rec["source_entity"] = draw(st.sampled_from(ents + [None]))
    else:
        _mutate_values(draw, doc, kind, sp, ents)


def _mutate_values(draw, doc: dict, kind: str, sp: dict | None, ents: list) -> None:
    spans = doc["spans"]
    if kind == "link" and sp is not None and sp["label"] in ("ACTOR", "LOCATION"):
        key = draw(st.sampled_from(["entity_id", "mention_type", "actor_type", "text"]))
        sp[key] = draw(st.sampled_from({"entity_id": ents + [None], "mention_type": ["NAM", "NOM", "PRO"],
                                        "actor_type": ["civilians", "armed_group", "government", "media", None],
                                        "text": [sp["text"], sp["text"].lower()]}[key]))
    elif kind == "count":
        counts = [s for s in spans if s["label"] == "COUNT"]
        if counts:
            c = draw(st.sampled_from(counts))
            key = draw(st.sampled_from(["value", "min", "max", "modifier", "unit"]))
            c[key] = draw(st.sampled_from({"modifier": MODIFIERS, "unit": ["count", "percent", "fraction"]}
                                          .get(key, NUMBERS)))
    elif kind == "segment" and doc["segments"]:
        seg = draw(st.sampled_from(doc["segments"]))
        key = draw(st.sampled_from(["start", "end"]))
        seg[key] = max(0, seg[key] + draw(st.integers(-3, 3)))
    elif kind == "status":
        doc["status"] = draw(st.sampled_from(["gold", "draft"]))
        if sp is not None and draw(st.booleans()):
            sp["origin"] = "auto"
    elif kind == "copy" and sp is not None:
        spans.append({**sp, "id": "T998"} if draw(st.booleans()) else dict(sp))
    elif kind == "drop" and sp is not None:
        spans.remove(sp)
    elif kind == "time" and sp is not None:
        sp.update(draw(st.sampled_from([{"label": "TIME", "timex_type": "DATE", "value_text": "2018", "value": "2018",
                                         "mod": None, "anchor": None},
                                        {"label": "EVENT", "event_type": "evacuation", "polarity": "positive",
                                         "modality": "asserted", "event_id": None}])))


@st.composite
def cases(draw, bases):
    data, text, ctx = draw(st.sampled_from(bases))
    doc = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        _mutate(draw, doc, text, ctx)
    return doc, text, ctx


def _all_families(doc: dict, text: str, ctx: Context) -> list:
    return runner._semantic_findings(Annotation(doc, "f.json", doc["doc_id"], text, ctx), SEMANTIC)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_proven_family_reports_nothing(bases, data):
    doc, text, ctx = data.draw(cases(bases))
    assume(not schema_findings("annotation", doc, "f.json", doc["doc_id"]))
    cols = Columns(doc, text, doc["doc_id"], ctx)
    schema = schema_proven("annotation", doc)
    if schema is not None:  # the columns the schema proof gathered give every proof the same verdict
        tap = Columns(doc, text, doc["doc_id"], ctx, tapped(schema))
        assert [proven(f.name, tap) for f in SEMANTIC] == [proven(f.name, cols) for f in SEMANTIC]
    a = Annotation(doc, "f.json", doc["doc_id"], text, ctx)
    for fam in SEMANTIC:
        if proven(fam.name, cols):
            assert not list(fam.check(a)), fam.name
        else:
            event(f"not proven: {fam.name}")
    pending = runner._unproven(Columns(doc, text, doc["doc_id"], ctx))
    fast = runner._semantic_findings(a, pending) if pending else []
    assert fast == _all_families(doc, text, ctx)


def test_the_valid_documents_are_proven_whole(bases):
    for doc, text, ctx in bases:
        assert not _all_families(doc, text, ctx)
        pending = {f.name for f in runner._unproven(Columns(doc, text, doc["doc_id"], ctx))}
        if not {"TIME", "EVENT"} & {sp["label"] for sp in doc["spans"]}:
            assert not pending, doc["doc_id"]  # the fast path is taken where it is meant to be
        else:  # the TIME and EVENT rules run on a document with such spans; the others are proven
            assert pending <= {"check_time", "check_time_overlap", "check_event_date_range", "check_event_ids",
                               "check_event_args", "check_trigger_overlap"}, pending


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_every_rule_fixture_gets_its_findings(mini: Path, rule: str, monkeypatch):
    """Each rule's breaking fixture: the findings with the proofs equal those of every
    family run, so no proof hides a fixture's finding."""
    path, _ = BREAKERS[rule](mini)
    if not (path.is_file() and path.parent.name == "annotations"):
        return  # a fixture of another file: no semantic family reads it
    _, ctx, _ = dataset_context(mini)
    data, problem = read_json(path)
    if problem is not None or not isinstance(data, dict) or schema_findings("annotation", data, str(path), data.get("doc_id")):
        return
    fast = check_annotation(data, str(path), ctx)
    monkeypatch.setattr(runner, "_unproven", lambda *a: SEMANTIC)
    assert fast == check_annotation(data, str(path), ctx)


def test_a_document_outside_the_schema_is_never_proven_and_never_raises(bases):
    """``check_annotation`` is public: a caller may hand it what the schema rejects (an
    offset beyond 64 bits, an unknown label, a missing key); no proof holds and the
    rules judge as before."""
    doc, text, ctx = bases[0]
    for edit in ({"end": 10**20}, {"label": "NOPE"}):
        bad = copy.deepcopy(doc)
        bad["spans"][0].update(edit)
        cols = Columns(bad, text, bad["doc_id"], ctx)
        assert not any(proven(f.name, cols) for f in SEMANTIC), edit
    bad = copy.deepcopy(doc)
    del bad["spans"][0]["end"]
    assert not Columns(bad, text, bad["doc_id"], ctx).offsets_ok
