"""Every reader of outside input answers with data or its own typed error, never
another exception: prediction JSON Lines, brat .ann files and JSON Lines exports."""

from __future__ import annotations

import json
import shutil

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import DATASET
from ghouta_corpus.evaluate import PredictionError, gold_texts, load_predictions
from ghouta_corpus.formats import FormatError, read_documents

TEXTS = gold_texts(DATASET)
DOC = "aljazeera-ghouta-evacuations"
fields = st.fixed_dictionaries({}, optional={
    "doc_id": st.sampled_from([DOC, "nowhere", 5, None]),
    "label": st.sampled_from(["ACTOR", "COUNT", "PERSON", None, 3]),
    "start": st.one_of(st.integers(-5, 5000), st.floats(allow_nan=True), st.text(max_size=3), st.none()),
    "end": st.one_of(st.integers(-5, 5000), st.floats(allow_nan=True), st.text(max_size=3), st.none()),
    "value": st.one_of(st.integers(), st.text(max_size=3), st.none()),
    "modifier": st.sampled_from(["exact", "bogus", None]),
    "actor_type": st.sampled_from(["media", "bogus", None]),
})
lines = st.one_of(fields.map(json.dumps), st.text(max_size=40))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(rows=st.lists(lines, max_size=5))
def test_prediction_jsonl_reader(tmp_path, rows):
    p = tmp_path / "pred.jsonl"
    p.write_text("\n".join(rows), encoding="utf-8")
    try:
        docs = load_predictions(p, TEXTS)
    except PredictionError:
        return
    for d in docs:
        for s in d.spans:
            assert d.text[s.start:s.end] == s.text


ann_lines = st.one_of(
    st.builds(lambda i, lab, a, b: f"T{i}\t{lab} {a} {b}\tx", st.integers(0, 99), st.sampled_from(["ACTOR", "CUE", "BOGUS"]),
              st.integers(-3, 5000), st.integers(-3, 5000)),
    st.builds(lambda i, t: f"R{i}\tCOUNT_OF Arg1:T{t} Arg2:T{t + 1}", st.integers(0, 9), st.integers(0, 99)),
    st.builds(lambda i, t, v: f"A{i}\tActorType T{t} {v}", st.integers(0, 9), st.integers(0, 99), st.sampled_from(["media", "bogus"])),
    st.builds(lambda i, t: f"E{i}\tCUE:T{t} Source:T{t + 1} Content:T{t + 2}", st.integers(0, 9), st.integers(0, 99)),
    st.text(max_size=30),
)


@SETTINGS
@given(extra=st.lists(ann_lines, max_size=6), keep=st.integers(0, 400))
@example(extra=[f"T\u00b9\tACTOR 0 3\t{TEXTS[DOC][:3]}"], keep=0)   # a superscript id: a digit, no decimal
def test_brat_reader(tmp_path, extra, keep):
    # the corpus is exported once per test run (tmp_path is shared by the examples) and
    # each example rewrites the one file it changes from the export's own lines: the
    # reader changes no file, so every example reads what a fresh export plus its change is
    folder = tmp_path / "brat"
    ann, pristine = folder / f"{DOC}.ann", tmp_path / "pristine.ann"
    if not pristine.exists():
        from ghouta_corpus.formats import export
        from ghouta_corpus.io.corpus import load_corpus
        if folder.exists():
            shutil.rmtree(folder)
        export(load_corpus(DATASET), "brat", folder, overwrite=True)
        shutil.copyfile(ann, pristine)
    kept = pristine.read_text(encoding="utf-8").splitlines()[:keep]
    ann.write_text("\n".join(kept + extra) + "\n", encoding="utf-8")
    try:
        read_documents("brat", folder)
    except FormatError:
        pass


@SETTINGS
@given(rows=st.lists(st.one_of(st.text(max_size=40), st.builds(json.dumps, st.dictionaries(st.text(max_size=6), st.integers(), max_size=3))), max_size=4))
def test_jsonl_export_reader(tmp_path, rows):
    folder = tmp_path / "jsonl"
    folder.mkdir(exist_ok=True)
    (folder / "documents.jsonl").write_text("\n".join(rows), encoding="utf-8")
    (folder / "entities.jsonl").write_text("", encoding="utf-8")
    try:
        read_documents("jsonl", folder)
    except FormatError:
        pass
