"""``import`` (the inverse of ``export``) for the annotation tools' formats: byte-identical
round trips on the gold and on generated documents, located errors with nothing
written, and Label Studio's own SDK accepting what we export."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from conftest import DATASET, FIXTURES
from docgen import documents
from ghouta_corpus.cli import app
from ghouta_corpus.curation.imports import ImportDataError, canonical, import_documents
from ghouta_corpus.formats import EXPORTERS, FormatError, export, read_documents
from ghouta_corpus.formats.labelstudio import task_of
from ghouta_corpus.formats.labelstudio_config import Offsets, label_config
from ghouta_corpus.io import dump_json
from ghouta_corpus.io.corpus import Corpus, load_corpus
from ghouta_corpus.model.records import Document, Entity

runner = CliRunner()
IMPORTABLE = sorted(n for n, f in EXPORTERS.items() if f.read is not None)
TOOLS = [f for f in ("label-studio", "brat", "inception") if f in IMPORTABLE]


def corpus_of(doc: Document, root: Path) -> Corpus:
    """A corpus of one generated document, with an entity for every id it names."""
    ids = {s.entity_id for s in doc.spans if s.entity_id} | {a.source_entity for a in doc.attributions if a.source_entity}
    return Corpus(root, (doc,), tuple(Entity(e, e, "ACTOR", "other", (e,)) for e in sorted(ids)))


@pytest.fixture(scope="module")
def ds(tmp_path_factory) -> Path:
    """A copy of the dataset (without its build and development set) to import into."""
    dst = tmp_path_factory.mktemp("import") / "dataset"
    shutil.copytree(DATASET, dst, ignore=shutil.ignore_patterns("data", "dev", "baseline", ".build-*"))
    return dst


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- round trips

@pytest.mark.parametrize("fmt", IMPORTABLE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(doc=documents())
def test_generated_documents_round_trip_byte_for_byte(fmt, doc, tmp_path_factory):
    out = tmp_path_factory.mktemp(fmt) / "x"
    export(corpus_of(doc, out.parent), fmt, out)
    [back] = read_documents(fmt, out)
    assert back.text == doc.text
    assert dump_json(canonical(back, out).to_json()) == dump_json(doc.to_json())


@pytest.mark.parametrize("fmt", IMPORTABLE)
def test_gold_documents_import_unchanged(fmt, ds, tmp_path):
    before = files(ds)
    export(load_corpus(ds), fmt, tmp_path / fmt)
    done = import_documents(fmt, tmp_path / fmt, ds, by="test")
    assert [d.changed for d in done] == [False, False] and files(ds) == before


def test_the_sdk_accepts_the_config_and_every_prediction():
    """Label Studio's own SDK parses the generated config and finds no error in the
    tasks we export (labels, choices, numbers, relations between known regions)."""
    from label_studio_sdk.label_interface import LabelInterface
    li = LabelInterface(label_config())
    li.validate()
    names = set(li.controls) if isinstance(li.controls, dict) else {c.name for c in li.controls}
    assert {"label", "value", "min", "max", "entity_id", "timex_value", "anchor", "event_id", "attribution_type",
            "source_entity", "origin"} <= names
    for root in (DATASET, DATASET / "dev", FIXTURES / "mini"):
        for d in load_corpus(root).documents:
            assert li.validate_prediction(task_of(d)["predictions"][0], return_errors=True) == [], d.doc_id


@settings(max_examples=30, deadline=None)
@given(doc=documents())
def test_the_sdk_accepts_generated_predictions(doc):
    from label_studio_sdk.label_interface import LabelInterface
    li = LabelInterface(label_config())
    assert li.validate_prediction(task_of(doc)["predictions"][0], return_errors=True) == []


def test_label_studio_counts_utf16_units():
    text = "a😀b c"
    off = Offsets(text)
    assert [off.to_ls(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 5, 6]
    assert off.from_ls(2) is None and off.from_ls(3) == 2


# ---------------------------------------------------------------- errors, nothing written

def _tasks(ds: Path, tmp_path: Path) -> tuple[Path, list]:
    export(load_corpus(ds), "label-studio", tmp_path / "ls")
    path = tmp_path / "ls" / "tasks.json"
    return path, json.loads(path.read_text())


def _break(tasks: list, how: str) -> None:
    items = tasks[1]["predictions"][0]["result"]
    region = next(i for i in items if i.get("from_name") == "label" and i["value"]["labels"] == ["LOCATION"])
    if how == "offset":
        region["value"]["start"] += 1
    elif how == "label":
        region["value"]["labels"] = ["PLACE"]
    elif how == "relation":
        next(i for i in items if i.get("type") == "relation")["to_id"] = "nowhere"
    elif how == "choice":
        next(i for i in items if i.get("from_name") == "actor_type")["value"]["choices"] = ["rebels"]


@pytest.mark.parametrize("how,says", [
    ("offset", "is not the document's text at"),
    ("label", "unknown label 'PLACE'"),
    ("relation", "region nowhere does not exist"),
    ("choice", "'rebels' is not one of"),
])
def test_broken_imports_are_located_and_write_nothing(how, says, ds, tmp_path):
    before = files(ds)
    path, tasks = _tasks(ds, tmp_path)
    _break(tasks, how)
    path.write_text(json.dumps(tasks))
    with pytest.raises(FormatError) as e:
        import_documents("label-studio", path, ds)
    msg = str(e.value)
    assert says in msg and f"{path}: task 2 (doc aljazeera-ghouta-evacuations)" in msg and "\n" not in msg
    assert files(ds) == before
    out = runner.invoke(app, ["import", str(path), "--format", "label-studio", "--dataset", str(ds)])
    assert out.exit_code == 1 and says in out.output and "Traceback" not in out.output


def test_an_import_that_does_not_validate_writes_nothing(ds, tmp_path):
    before = files(ds)
    path, tasks = _tasks(ds, tmp_path)
    items = tasks[0]["predictions"][0]["result"]
    linked = {i["id"] for i in items if i.get("from_name") == "entity_id"}
    actor = next(i for i in items if i.get("from_name") == "actor_type" and i["id"] in linked
                 and i["value"]["choices"] != ["media"])
    actor["value"]["choices"] = ["media"]      # no longer its entity's actor type
    path.write_text(json.dumps(tasks))
    with pytest.raises(ImportDataError) as e:
        import_documents("label-studio", path, ds)
    assert "nothing was written" in str(e.value) and any("[entity-actor-type]" in x for x in e.value.details)
    assert files(ds) == before


def test_a_changed_text_is_refused_with_the_difference(ds, tmp_path):
    path, tasks = _tasks(ds, tmp_path)
    tasks[0]["data"]["text"] = tasks[0]["data"]["text"].replace("Harasta", "Harasat", 1)
    path.write_text(json.dumps(tasks))
    with pytest.raises((ImportDataError, FormatError), match="first difference at character"):
        import_documents("label-studio", path, ds)
    # where no region covers the change, the text itself is compared with the corpus's
    tasks[0]["predictions"][0]["result"] = []
    path.write_text(json.dumps(tasks))
    with pytest.raises(ImportDataError, match="not the corpus text of .* first difference at character 94"):
        import_documents("label-studio", path, ds)


def test_unknown_document_is_refused(ds, tmp_path):
    path, tasks = _tasks(ds, tmp_path)
    tasks[0]["data"]["doc_id"] = "somewhere-else"
    path.write_text(json.dumps(tasks))
    with pytest.raises(ImportDataError, match="not in .*manifest.json; add the article first"):
        import_documents("label-studio", path, ds)


def test_an_annotation_wins_over_the_prediction_and_human_edits_are_manual(ds, tmp_path):
    """Label Studio's export: the latest annotation is read; a region a person changed
    is no longer auto."""
    path, tasks = _tasks(ds, tmp_path)
    result = copy.deepcopy(tasks[0]["predictions"][0]["result"])
    region = next(i for i in result if i.get("from_name") == "label" and i["value"]["labels"] == ["ACTOR"])
    region["origin"] = "prediction-changed"
    result.append({"id": region["id"], "from_name": "origin", "to_name": "text", "type": "choices",
                   "value": {**{k: region["value"][k] for k in ("start", "end", "text")}, "choices": ["auto"]}})
    tasks[0]["annotations"] = [{"id": 7, "completed_by": 1, "was_cancelled": False, "result": result,
                                "updated_at": "2026-12-01T10:00:00Z"},
                               {"id": 8, "was_cancelled": True, "result": [], "updated_at": "2026-12-02T10:00:00Z"}]
    path.write_text(json.dumps(tasks))
    [doc, _] = read_documents("label-studio", path)
    sp = next(s for s in doc.spans if (s.start, s.end) == (region["value"]["start"], region["value"]["end"])
              and s.label == "ACTOR")
    assert sp.origin == "manual"


# ---------------------------------------------------------------- brat specifics

def _brat(tmp_path: Path) -> Path:
    export(load_corpus(FIXTURES / "mini"), "brat", tmp_path / "b")
    return tmp_path / "b" / "mini.ann"


def test_brat_numbers_not_in_the_corpus_are_notes(tmp_path):
    ann = _brat(tmp_path)
    text = ann.read_text(encoding="utf-8")
    assert "AnnotatorNotes T2\tvalue=1500" in text and "\tValue " not in text
    conf = (ann.parent / "annotation.conf").read_text(encoding="utf-8")
    assert "Value Arg" not in conf          # numbers are free text, not a closed list
    ann.write_text(text.replace("AnnotatorNotes T2\tvalue=1500", "AnnotatorNotes T2\tvalue=42 checked by me"),
                   encoding="utf-8")
    [doc] = read_documents("brat", ann.parent)
    assert doc.span("T2").value == 42
    ann.write_text(text.replace("AnnotatorNotes T2\tvalue=1500", "AnnotatorNotes T2\tvalu=42"), encoding="utf-8")
    with pytest.raises(FormatError, match=r"mini.ann:\d+: note key 'valu' means nothing for T2"):
        read_documents("brat", ann.parent)


def test_brat_discontinuous_content_is_several_spans_of_its_record(tmp_path):
    ann = _brat(tmp_path)
    text = ann.read_text(encoding="utf-8")
    assert "T8\tCONTENT 82 96\tWe will return\n" in text
    ann.write_text(text.replace("T8\tCONTENT 82 96\tWe will return", "T8\tCONTENT 82 89;90 96\tWe will return"),
                   encoding="utf-8")
    [doc] = read_documents("brat", ann.parent)
    rec = next(a for a in doc.attributions if "T8" in a.content)
    assert [(doc.span(x).start, doc.span(x).end) for x in rec.content] == [(82, 89), (90, 96)]


def test_brat_events_are_brat_events(tmp_path):
    doc = next(d for d in load_corpus(DATASET).documents if d.event_args)
    export(Corpus(DATASET, (doc,), load_corpus(DATASET).entities), "brat", tmp_path / "b")
    lines = (tmp_path / "b" / f"{doc.doc_id}.ann").read_text(encoding="utf-8").splitlines()
    ev = next(s for s in doc.spans if s.label == "EVENT" and any(g.event == s.id for g in doc.event_args))
    assert any(line.split("\t")[1].startswith(f"{ev.event_type} {ev.start} {ev.end}") for line in lines if line[0] == "T")
    e = next(line for line in lines if line[0] == "E" and f"{ev.event_type}:{ev.id}" in line)
    roles = [g.role for g in doc.event_args if g.event == ev.id]
    assert [w.split(":")[0].rstrip("0123456789") for w in e.split("\t")[1].split()[1:]] == roles


# ---------------------------------------------------------------- INCEpTION specifics

def test_inception_annotations_made_in_the_tool_get_ids_and_errors_are_located(tmp_path):
    from cassis import load_cas_from_xmi, load_typesystem
    export(load_corpus(FIXTURES / "mini"), "inception", tmp_path / "x")
    ts = load_typesystem((tmp_path / "x" / "TypeSystem.xml").open("rb"))
    cas = load_cas_from_xmi((tmp_path / "x" / "mini.xmi").open("rb"), typesystem=ts)
    time = ts.get_type("webanno.custom.Time")
    s = cas.sofa_string.index("Thursday")
    cas.add(time(begin=s, end=s + 8, label="TIME", timex_type="DATE", value_text="XXXX-WXX-4", value="XXXX-WXX-4"))
    cas.to_xmi(tmp_path / "x" / "mini.xmi")
    [doc] = read_documents("inception", tmp_path / "x")
    new = next(sp for sp in doc.spans if sp.label == "TIME")
    assert new.text == "Thursday" and new.id == f"T{len(doc.spans)}"
    cas.add(ts.get_type("webanno.custom.Count")(begin=0, end=4, label="COUNT", value="some"))
    cas.to_xmi(tmp_path / "x" / "mini.xmi")
    with pytest.raises(FormatError, match=r"mini.xmi: Count 0..4 \(new\): value: 'some' is not a number"):
        read_documents("inception", tmp_path / "x")
