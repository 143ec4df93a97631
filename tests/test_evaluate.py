"""evaluate: its numbers agree with independent implementations (seqeval on the BIO
view, nervaluate on spans) to the last digit, and bad predictions get clear errors."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.cli import app
from ghouta_corpus.evaluate import PredictionError, evaluate, gold_texts, load_predictions, span_scores
from ghouta_corpus.io.corpus import dump_json, load_corpus
from ghouta_corpus.model.records import Document, Span, tag_columns
from ghouta_corpus.text.tokens import bio_tags, token_span, tokenize

runner = CliRunner()
CORPUS = load_corpus(DATASET)
GOLD = {d.doc_id: d for d in CORPUS.documents}
MENTION = tag_columns()["mention"]


def perturb(doc: Document) -> Document:
    """A deterministic imperfect 'system': drops, shrinks, relabels and adds mention spans."""
    toks = tokenize(doc.text)
    out, taken = [], set()
    for k, s in enumerate(s for s in doc.spans if s.label in MENTION):
        i, j = token_span(toks, s.start, s.end)
        if k % 5 == 0:
            continue                                  # missed
        if k % 7 == 0 and j - i > 1:
            i += 1                                    # left boundary wrong
        label = s.label
        if k % 11 == 0 and label in ("ACTOR", "LOCATION"):
            label = "LOCATION" if label == "ACTOR" else "ACTOR"   # wrong label
        a, b = toks[i].start, toks[j - 1].end
        out.append(Span(id=f"T{len(out) + 1}", label=label, start=a, end=b, text=doc.text[a:b]))
        taken.update(range(i, j))
    for n, t in enumerate(toks):                      # spurious single-token spans
        if n % 37 == 0 and n not in taken and t.text[0].isalpha():
            out.append(Span(id=f"T{len(out) + 1}", label="ACTOR", start=t.start, end=t.end, text=t.text))
    return Document(doc.doc_id, doc.text, "draft", doc.segments, tuple(out), (), ())


PRED = {k: perturb(d) for k, d in GOLD.items()}


def bio_sequences(docs: dict[str, Document]) -> list[list[str]]:
    seqs = []
    for doc_id in sorted(docs):
        d = docs[doc_id]
        for seg in GOLD[doc_id].segments:
            toks = tokenize(d.text, seg.start, seg.end)
            spans = [(s.start, s.end, s.label) for s in d.spans if s.label in MENTION and seg.start <= s.start < seg.end]
            seqs.append(bio_tags(toks, spans))
    return seqs


def test_exact_f1_agrees_with_seqeval():
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
    from seqeval.scheme import IOB2
    y_true, y_pred = bio_sequences(GOLD), bio_sequences(PRED)
    ours = span_scores(GOLD, PRED)["exact"]
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    for label in MENTION:
        if label not in report:
            continue
        assert ours[label].precision == pytest.approx(report[label]["precision"], abs=1e-12), label
        assert ours[label].recall == pytest.approx(report[label]["recall"], abs=1e-12), label
        assert ours[label].f1 == pytest.approx(report[label]["f1-score"], abs=1e-12), label
    overall = sum((ours[lab] for lab in MENTION[1:]), ours[MENTION[0]])
    assert overall.f1 == pytest.approx(f1_score(y_true, y_pred, mode="strict", scheme=IOB2), abs=1e-12)
    assert overall.precision == pytest.approx(precision_score(y_true, y_pred, mode="strict", scheme=IOB2), abs=1e-12)
    assert overall.recall == pytest.approx(recall_score(y_true, y_pred, mode="strict", scheme=IOB2), abs=1e-12)
    assert 0.3 < overall.f1 < 0.95  # the perturbation really is imperfect


def _nerv(docs: dict[str, Document]) -> list[list[dict]]:
    # nervaluate's end offsets are inclusive
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in docs[k].spans if s.label in MENTION] for k in sorted(docs)]


def test_exact_and_overlap_agree_with_nervaluate():
    from nervaluate import Evaluator
    res = Evaluator(_nerv(GOLD), _nerv(PRED), tags=list(MENTION), loader="dict").evaluate()
    ours = span_scores(GOLD, PRED)
    for label, by_strategy in res["entities"].items():
        strict, ent_type = by_strategy["strict"], by_strategy["ent_type"]
        assert ours["exact"][label].precision == pytest.approx(strict.precision, abs=1e-12), label
        assert ours["exact"][label].recall == pytest.approx(strict.recall, abs=1e-12), label
        assert ours["exact"][label].f1 == pytest.approx(strict.f1, abs=1e-12), label
        assert ours["overlap"][label].precision == pytest.approx(ent_type.precision, abs=1e-12), label
        assert ours["overlap"][label].recall == pytest.approx(ent_type.recall, abs=1e-12), label
    # boundaries regardless of label == nervaluate's 'exact' strategy (mention labels only)
    only = lambda docs: {k: replace(d, spans=tuple(s for s in d.spans if s.label in MENTION)) for k, d in docs.items()}  # noqa: E731
    bd = span_scores(only(GOLD), only(PRED))["boundary"]["overall"]
    assert bd.precision == pytest.approx(res["overall"]["exact"].precision, abs=1e-12)
    assert bd.recall == pytest.approx(res["overall"]["exact"].recall, abs=1e-12)


def test_gold_against_itself_is_perfect():
    r = evaluate(GOLD.values(), GOLD.values())
    assert r["spans"]["exact"]["overall"]["f1"] == 1.0
    assert r["count_of"]["f1"] == 1.0 and r["attributions"]["records"]["f1"] == 1.0
    assert all(v["accuracy"] == 1.0 for v in r["attributes"].values())


def test_missing_attribution_lowers_record_recall_only():
    d = GOLD["aljazeera-ghouta-evacuations"]
    pred = replace(d, attributions=d.attributions[1:])
    r = evaluate([d], [pred])["attributions"]["records"]
    assert r["precision"] == 1.0 and r["fn"] == 1 and r["tp"] == len(d.attributions) - 1


def test_cli_text_json_and_jsonl(tmp_path):
    lines = [json.dumps({"doc_id": k, "label": s.label, "start": s.start, "end": s.end}) for k, d in PRED.items() for s in d.spans]
    p = tmp_path / "pred.jsonl"
    p.write_text("\n".join(lines))
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["spans"]["exact"]["ACTOR"]["f1"] == round(span_scores(GOLD, PRED)["exact"]["ACTOR"].f1, 6)
    t = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(p)])
    assert t.exit_code == 0 and "span exact" in t.output and "COUNT_OF" in t.output


@pytest.mark.parametrize("content,message", [
    ('{"doc_id": "nowhere", "label": "ACTOR", "start": 0, "end": 3}', "unknown document"),
    ('{"doc_id": "aljazeera-ghouta-evacuations", "label": "ACTOR", "start": 5, "end": 999999}', "outside document"),
    ('{"doc_id": "aljazeera-ghouta-evacuations", "label": "PERSON", "start": 0, "end": 3}', "not a span record"),
    ("not json", "not a span record"),
])
def test_malformed_predictions_get_a_clear_error(tmp_path, content, message):
    p = tmp_path / "pred.jsonl"
    p.write_text(content)
    r = runner.invoke(app, ["evaluate", str(DATASET / "annotations"), str(p)])
    assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output


def test_annotation_file_predictions_with_wrong_text_are_refused(tmp_path):
    d = GOLD["aljazeera-ghouta-evacuations"].to_json()
    d["spans"][0]["text"] = "wrong"
    f = tmp_path / "aljazeera-ghouta-evacuations.json"
    f.write_text(dump_json(d))
    with pytest.raises(PredictionError, match="do not match"):
        load_predictions(f, gold_texts(DATASET))


@pytest.mark.parametrize("fmt", ["brat", "jsonl"])
def test_export_folders_score_as_predictions(tmp_path, fmt):
    """A brat or JSON Lines export (say, corrected in brat) is read by the format's own
    reader and scored; the gold exported and read back agrees with itself everywhere."""
    from ghouta_corpus.evaluate import evaluate_paths
    from ghouta_corpus.formats import export
    export(load_corpus(DATASET), fmt, tmp_path / fmt)
    r = evaluate_paths(DATASET / "annotations", tmp_path / fmt, DATASET)
    assert r["spans"]["exact"]["overall"]["f1"] == 1.0
    assert r["count_of"]["f1"] == 1.0 and r["attributions"]["records"]["f1"] == 1.0


def test_export_folder_about_an_unknown_document_is_refused(tmp_path):
    from ghouta_corpus.formats import export
    export(load_corpus(DATASET), "brat", tmp_path / "b")
    (tmp_path / "b" / "documents.json").unlink()   # as if the folder was made in brat
    for ext in (".txt", ".ann"):
        (tmp_path / "b" / f"aljazeera-ghouta-evacuations{ext}").rename(tmp_path / "b" / f"elsewhere{ext}")
    with pytest.raises(PredictionError, match=r"\[doc-unknown\]"):
        load_predictions(tmp_path / "b", gold_texts(DATASET))
