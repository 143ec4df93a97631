"""Exports and re-imports (ghouta_corpus.formats).

Golden files: every format's export of the ``mini`` fixture is compared byte for byte
with ``tests/golden/export/<format>/`` (the spaCy DocBin, whose bytes depend on the
spaCy and zlib versions, by its reloaded content in ``spacy/summary.json``).
Regenerate them after an intended change with::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_formats.py

and review the diff before committing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

import pytest

from conftest import DATASET
from ghouta_corpus.curation.imports import canonical
from ghouta_corpus.formats import EXPORTERS, Format, FormatError, export, get_format, read_documents
from ghouta_corpus.io.corpus import Corpus, load_corpus
from ghouta_corpus.io.guard import STAMP, GuardError
from ghouta_corpus.model.records import Attribution, Document, Span, label_layers, tag_columns
from ghouta_corpus.text.tokens import Token, spans_from_bio

GOLDEN = Path(__file__).resolve().parent / "golden" / "export"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
READABLE = sorted(n for n, f in EXPORTERS.items() if f.read is not None)
BYTE_GOLDEN = sorted(n for n in EXPORTERS if n != "spacy")
WITH_META = ("brat", "jsonl")   # the formats that carry the manifest entry too (the others: the annotation only)
UNORDERED = ("inception",)      # UIMA keeps annotations by offset, not in the file's order


@pytest.fixture(scope="module")
def real() -> Corpus:
    return load_corpus(DATASET)


@pytest.fixture
def mini_corpus(mini: Path) -> Corpus:
    return load_corpus(mini)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty folder to export into (tmp_path also holds the mini fixture)."""
    (tmp_path / "work").mkdir()
    return tmp_path / "work"


def tree(folder: Path) -> dict[str, bytes]:
    """The files of an export, without its stamp (checked on its own)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != STAMP}


def check_golden(name: str, actual: dict[str, bytes]) -> None:
    """Compare ``actual`` (relative path -> bytes) with golden/export/<name>/, or
    rewrite the golden folder when UPDATE_GOLDEN=1."""
    gold = GOLDEN / name
    if UPDATE:
        if gold.exists():
            for p in sorted(gold.rglob("*"), reverse=True):
                p.unlink() if p.is_file() else p.rmdir()
        for rel, data in actual.items():
            (gold / rel).parent.mkdir(parents=True, exist_ok=True)
            (gold / rel).write_bytes(data)
    assert gold.is_dir(), f"no golden files for {name}; run with UPDATE_GOLDEN=1 and review them"
    expected = tree(gold)
    assert sorted(actual) == sorted(expected), f"{name}: exported files differ from {gold}"
    for rel in expected:
        assert actual[rel] == expected[rel], f"{name}/{rel} differs from the golden file (UPDATE_GOLDEN=1 to accept)"


def same_documents(got: list[Document], want: list[Document] | tuple[Document, ...], meta: bool = True,
                   ordered: bool = True) -> None:
    """Equal annotations with the same ids, text, status, segments and (where the
    format carries it) metadata."""
    if not ordered:
        got = sorted(got, key=lambda d: d.doc_id)
        want = sorted(want, key=lambda d: d.doc_id)
    assert [d.doc_id for d in got] == [d.doc_id for d in want]
    for g, w in zip(got, want, strict=True):
        if not ordered:   # a format that keeps no order: compared in canonical form, as import writes it
            g, w = canonical(g, Path(".")), canonical(w, Path("."))
        assert g.text == w.text
        assert g.to_json() == w.to_json()
        if meta:
            assert (g.meta.to_json() if g.meta else None) == (w.meta.to_json() if w.meta else None)
        # numbers keep their JSON type (1500 stays int, 2.5 float)
        assert [[type(getattr(s, a)) for a in ("value", "min", "max")] for s in g.spans] == \
               [[type(getattr(s, a)) for a in ("value", "min", "max")] for s in w.spans]


# ---------------------------------------------------------------- golden files

@pytest.mark.parametrize("fmt", BYTE_GOLDEN)
def test_golden(fmt: str, mini_corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / fmt
    written = export(mini_corpus, fmt, out)
    assert sorted(written) == sorted(p for p in out.rglob("*") if p.is_file() and p.name != STAMP)
    check_golden(fmt, tree(out))
    stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    assert stamp == {"written_by": "ghouta-corpus export", "files": sorted(tree(out))}


def test_export_is_deterministic(real: Corpus, tmp_path: Path) -> None:
    for fmt in BYTE_GOLDEN:
        export(real, fmt, tmp_path / "a" / fmt)
        export(real, fmt, tmp_path / "b" / fmt)
        assert tree(tmp_path / "a" / fmt) == tree(tmp_path / "b" / fmt)


# ---------------------------------------------------------------- round trips

@pytest.mark.parametrize("fmt", READABLE)
def test_round_trip_mini(fmt: str, mini_corpus: Corpus, tmp_path: Path) -> None:
    export(mini_corpus, fmt, tmp_path / fmt)
    same_documents(read_documents(fmt, tmp_path / fmt), mini_corpus.documents, fmt in WITH_META, fmt not in UNORDERED)


@pytest.mark.parametrize("fmt", READABLE)
def test_round_trip_real_corpus(fmt: str, real: Corpus, tmp_path: Path) -> None:
    export(real, fmt, tmp_path / fmt)
    back = read_documents(fmt, tmp_path / fmt)
    same_documents(back, real.documents, fmt in WITH_META, fmt not in UNORDERED)
    assert sum(len(d.attributions) for d in back) == sum(len(d.attributions) for d in real.documents) > 0


def edge_corpus(c: Corpus) -> Corpus:
    """The mini corpus with what it lacks: a draft, origins, a float count, an
    attribution with no source, two cues and two contents, and one with a linked source."""
    d = c.documents[0]
    spans = [dataclasses.replace(s, origin="auto") if s.id in ("T3", "T7") else s for s in d.spans]
    spans = [dataclasses.replace(s, value=2.5, min=None, max=None, modifier="approximately") if s.id == "T16" else s
             for s in spans]
    spans.append(Span("T18", "CUE", 57, 61, "said", origin="manual"))
    atts = list(d.attributions) + [Attribution("A3", (), ("T7", "T11"), ("T1", "T8"), "mixed", "reuters")]
    doc = dataclasses.replace(d, status="draft", spans=tuple(spans), attributions=tuple(atts))
    return dataclasses.replace(c, documents=(doc,))


@pytest.mark.parametrize("fmt", READABLE)
def test_round_trip_edge_cases(fmt: str, mini_corpus: Corpus, tmp_path: Path) -> None:
    c = edge_corpus(mini_corpus)
    export(c, fmt, tmp_path / fmt)
    same_documents(read_documents(fmt, tmp_path / fmt), c.documents, fmt in WITH_META, fmt not in UNORDERED)


def test_brat_event_layout(mini_corpus: Corpus, tmp_path: Path) -> None:
    export(edge_corpus(mini_corpus), "brat", tmp_path / "b")
    ann = (tmp_path / "b" / "mini.ann").read_text(encoding="utf-8").splitlines()
    assert "E3\tCUE:T7 Cue2:T11 Content:T1 Content2:T8" in ann
    assert any(line.endswith("\tAttributionType E3 mixed") for line in ann)
    assert any(line.endswith("\tReference E3 Corpus:reuters\tReuters") for line in ann)
    assert any(line.endswith("\tReference T4 GeoNames:169897\tHarasta") for line in ann)
    assert any(line.startswith("#") and line.endswith("\tAnnotatorNotes T16\tvalue=2.5") for line in ann)
    assert any(line.endswith("\tOrigin T3 auto") for line in ann)
    conf = (tmp_path / "b" / "annotation.conf").read_text(encoding="utf-8")
    assert "\nCOUNT_OF Arg1:COUNT, Arg2:ACTOR|LOCATION|COUNTED\n" in conf
    assert "\nCUE Source*:SOURCE, Cue*:CUE, Content+:CONTENT\n" in conf


def test_brat_reader_accepts_reordered_lines_and_notes(mini_corpus: Corpus, tmp_path: Path) -> None:
    # an editor may save attributes before what they describe, and brat adds notes
    export(mini_corpus, "brat", tmp_path / "b")
    ann = tmp_path / "b" / "mini.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    late = [line for line in lines if line[0] in "AN"]
    early = [line for line in lines if line[0] not in "AN"]
    ann.write_text("\n".join(late[::-1] + early + ["#1\tAnnotatorNotes T3\tcheck this"]) + "\n", encoding="utf-8")
    same_documents(read_documents("brat", tmp_path / "b"), mini_corpus.documents)
    # records keep the file's order; reversed, the same records come back reversed
    ann.write_text("\n".join(lines[::-1]) + "\n", encoding="utf-8")
    (doc,) = read_documents("brat", tmp_path / "b")
    want = mini_corpus.documents[0]
    assert (doc.spans, doc.relations, doc.attributions) == (want.spans[::-1], want.relations[::-1], want.attributions[::-1])


def test_brat_reader_without_metadata_reads_drafts(mini_corpus: Corpus, tmp_path: Path) -> None:
    export(mini_corpus, "brat", tmp_path / "b")
    (tmp_path / "b" / "documents.json").unlink()
    (doc,) = read_documents("brat", tmp_path / "b")
    want = mini_corpus.documents[0]
    assert (doc.status, doc.segments, doc.meta) == ("draft", (), None)
    assert (doc.spans, doc.relations, doc.attributions) == (want.spans, want.relations, want.attributions)


@pytest.mark.parametrize("bad, why", [
    ("T99\tACTOR 11 20\tmilitant", "not the document's text"),
    ("T99\tACTOR 11 15;16 20\tmili tants", "discontinuous"),
    ("A99\tColour T3 red", "unknown attribute"),
    ("A99\tActorType T404 media", "T404"),
    ("N99\tReference T3 Wikipedia:1\tx", "unknown normalization database"),
    ("*\tEquiv T3 T6", "unsupported"),
    ("T99\tPERSON 11 20\tmilitants", "PERSON"),
])
def test_brat_reader_reports_bad_lines(bad: str, why: str, mini_corpus: Corpus, tmp_path: Path) -> None:
    export(mini_corpus, "brat", tmp_path / "b")
    ann = tmp_path / "b" / "mini.ann"
    ann.write_text(ann.read_text(encoding="utf-8") + bad + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="mini.ann") as e:
        read_documents("brat", tmp_path / "b")
    assert why in str(e.value)


def test_jsonl_reader_reports_bad_lines(mini_corpus: Corpus, tmp_path: Path) -> None:
    export(mini_corpus, "jsonl", tmp_path / "j")
    path = tmp_path / "j" / "documents.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"doc_id": "x"}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"documents.jsonl:2"):
        read_documents("jsonl", tmp_path / "j")


# ---------------------------------------------------------------- conll

def read_conll(path: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Spans per document rebuilt from a CoNLL file: spans_from_bio per segment, a
    segment-initial I- continuation joined with the previous segment's last span."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    doc_id = None
    segment: list[tuple[Token, str]] = []

    def flush() -> None:
        if not segment:
            return
        spans = out[doc_id]
        got = spans_from_bio([t for t, _ in segment], [tag for _, tag in segment])
        first = segment[0][1]
        if first.startswith("I-") and spans and spans[-1][2] == first[2:] and got:
            start = spans.pop()[0]
            got[0] = (start, got[0][1], got[0][2])
        spans.extend(got)
        segment.clear()

    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("-DOCSTART- "):
            flush()
            doc_id = line.split()[1]
            out[doc_id] = []
        elif not line:
            flush()
        else:
            text, start, end, tag = line.split(" ")
            segment.append((Token(text, int(start), int(end)), tag))
    flush()
    return out


def outermost(spans: list[Span]) -> set[tuple[int, int, str]]:
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label)):
        if all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return {(s.start, s.end, s.label) for s in kept}


def test_conll_rebuilds_every_mention_span(real: Corpus, tmp_path: Path) -> None:
    export(real, "conll", tmp_path / "c")
    columns = tag_columns()
    rebuilt = {}
    for column in columns:
        for path in sorted((tmp_path / "c" / column).glob("*.conll")):
            for doc_id, spans in read_conll(path).items():
                assert real.document(doc_id).meta.split == path.stem
                rebuilt[column, doc_id] = spans
    for doc in real.documents:
        mentions = [s for s in doc.spans if s.label in columns["mention"]]
        assert sorted(rebuilt["mention", doc.doc_id]) == sorted((s.start, s.end, s.label) for s in mentions)
        attributions = [s for s in doc.spans if s.label in columns["attribution"]]
        assert set(rebuilt["attribution", doc.doc_id]) == outermost(attributions)


def test_conll_lines_carry_offsets_and_cross_segment_continuations(real: Corpus, tmp_path: Path) -> None:
    export(real, "conll", tmp_path / "c")
    continuations = 0
    for path in (tmp_path / "c").rglob("*.conll"):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[-2:] == ["", ""]           # every segment ends with a blank line
        doc = None
        for prev, line in zip([""] + lines, lines, strict=False):
            if line.startswith("-DOCSTART- "):
                doc = real.document(line.split()[1])
                assert line == f"-DOCSTART- {doc.doc_id} -X- O"
            elif line:
                text, start, end, tag = line.split(" ")
                assert doc.text[int(start):int(end)] == text
                continuations += prev == "" and tag.startswith("I-")
    assert continuations > 0, "the real corpus has multi-sentence CONTENT spans"


# ---------------------------------------------------------------- spacy

def spacy_summary(folder: Path) -> dict:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin
    nlp = spacy.blank("en")

    def spans(group) -> list:
        return [[s.label_, s.start_char, s.end_char, s.id_, s.kb_id_] for s in group]

    out = {}
    for path in sorted(folder.glob("*.spacy")):
        docs = []
        for d in DocBin().from_disk(path).get_docs(nlp.vocab):
            docs.append({"doc_id": d.user_data["doc_id"], "text": d.text,
                         "tokens": [[t.text, t.idx, t.whitespace_] for t in d],
                         "sents": [[s.start_char, s.end_char] for s in d.sents],
                         "ents": spans(d.ents), "spans": {k: spans(v) for k, v in d.spans.items()},
                         "meta": d.user_data["meta"], "annotation": d.user_data["annotation"]})
        out[path.name] = json.loads(json.dumps(docs))
    return out


def compact_json(obj, indent: str = "") -> str:
    """JSON with short containers on one line (a token, a span) and long ones
    expanded, so golden diffs stay readable."""
    flat = json.dumps(obj, ensure_ascii=False)
    if not isinstance(obj, (dict, list)) or not obj or len(flat) <= 160:
        return flat
    inner = indent + " "
    if isinstance(obj, dict):
        items = [f"{inner}{json.dumps(k)}: {compact_json(v, inner)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    return "[\n" + ",\n".join(inner + compact_json(x, inner) for x in obj) + f"\n{indent}]"


def test_spacy_golden(mini_corpus: Corpus, tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    assert [p.name for p in export(mini_corpus, "spacy", tmp_path / "s")] == ["train.spacy"]
    summary = compact_json(spacy_summary(tmp_path / "s")) + "\n"
    check_golden("spacy", {"summary.json": summary.encode("utf-8")})


def test_spacy_spans_match_the_corpus(real: Corpus, tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    export(real, "spacy", tmp_path / "s")
    summary = spacy_summary(tmp_path / "s")
    seen = []
    for name, docs in summary.items():
        for d in docs:
            doc = real.document(d["doc_id"])
            seen.append(doc.doc_id)
            assert name == f"{doc.meta.split}.spacy"
            assert d["text"] == doc.text and d["annotation"] == doc.to_json()
            for layer, labels in label_layers().items():
                assert d["spans"][layer] == [[s.label, s.start, s.end, s.id, s.entity_id or ""]
                                             for s in doc.spans if s.label in labels]
            assert sorted(map(tuple, d["ents"])) == sorted((s.label, s.start, s.end, s.id, s.entity_id or "")
                                                           for s in doc.spans if s.label in tag_columns()["mention"])
            assert [s[1:4] for s in d["spans"]["segments"]] == [[g.start, g.end, g.id] for g in doc.segments]
            assert len(d["sents"]) == len(doc.segments)
    assert sorted(seen) == sorted(d.doc_id for d in real.documents)


def test_spacy_missing_gives_install_hint(mini_corpus: Corpus, work: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)      # import spacy now raises ImportError
    with pytest.raises(FormatError, match=r"pip install -e '\.\[spacy\]'"):
        export(mini_corpus, "spacy", work / "s")
    assert not (work / "s").exists()
    assert list(work.iterdir()) == []


# ---------------------------------------------------------------- errors and atomicity

def test_unknown_format(mini_corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"unknown format 'xml'; known formats: brat, conll, inception, jsonl, label-studio, spacy"):
        export(mini_corpus, "xml", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(FormatError, match="cannot be read back"):
        read_documents("conll", tmp_path)


def _broken(corpus: Corpus, out: Path) -> list[Path]:
    (out / "half.txt").write_text("half", encoding="utf-8")
    raise FormatError("disk full")


def test_failed_export_leaves_nothing(mini_corpus: Corpus, work: Path, monkeypatch) -> None:
    monkeypatch.setitem(EXPORTERS, "broken", Format("broken", "fails half way", _broken))
    with pytest.raises(FormatError, match="disk full"):
        export(mini_corpus, "broken", work / "new" / "deeper" / "out")
    assert list(work.iterdir()) == []          # no output, no temp folder, no parents made for it


def test_failed_export_leaves_previous_output_unchanged(mini_corpus: Corpus, work: Path, monkeypatch) -> None:
    out = work / "out"
    export(mini_corpus, "jsonl", out)
    before = tree(out)
    monkeypatch.setitem(EXPORTERS, "broken", Format("broken", "fails half way", _broken))
    with pytest.raises(FormatError):
        export(mini_corpus, "broken", out, overwrite=True)
    assert tree(out) == before
    assert [p.name for p in work.iterdir()] == ["out"]


def test_bad_data_fails_without_output(mini_corpus: Corpus, work: Path) -> None:
    d = mini_corpus.documents[0]
    bad = dataclasses.replace(d, spans=d.spans + (Span("T99", "COUNTED", 12, 20, "ilitants"),))
    corpus = dataclasses.replace(mini_corpus, documents=(bad,))
    for fmt in ("conll", "spacy"):
        if fmt == "spacy":
            pytest.importorskip("spacy")
        with pytest.raises(FormatError, match="mini"):
            export(corpus, fmt, work / fmt)
        assert list(work.iterdir()) == []


def test_existing_output_needs_overwrite(mini_corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GuardError, match="not empty"):
        export(mini_corpus, "jsonl", out)
    with pytest.raises(GuardError, match="not written by ghouta-corpus export"):  # --overwrite replaces only exports
        export(mini_corpus, "jsonl", out, overwrite=True)
    assert tree(out) == {"keep.txt": b"mine"}
    fresh = tmp_path / "fresh"
    export(mini_corpus, "jsonl", fresh)
    with pytest.raises(GuardError, match="not empty"):
        export(mini_corpus, "brat", fresh)
    written = export(mini_corpus, "brat", fresh, overwrite=True)
    assert sorted(written) == sorted(p for p in fresh.iterdir() if p.name != STAMP)
    (fresh / "notes.txt").write_text("mine", encoding="utf-8")   # anything the export did not write stops it
    with pytest.raises(GuardError, match="holds notes.txt"):
        export(mini_corpus, "jsonl", fresh, overwrite=True)
    assert (fresh / "notes.txt").read_text(encoding="utf-8") == "mine"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(GuardError, match="not a folder"):
        export(mini_corpus, "jsonl", tmp_path / "file", overwrite=True)


def test_export_never_replaces_the_corpus(mini: Path, mini_corpus: Corpus) -> None:
    before = tree(mini)
    for out in (mini, mini.parent):
        with pytest.raises(GuardError, match="holds the corpus"):
            export(mini_corpus, "jsonl", out, overwrite=True)
    assert tree(mini) == before


def test_brat_roles_follow_the_model() -> None:
    from ghouta_corpus.formats.brat_read import SPLITTABLE, TRIGGER
    a = Attribution("A1", ("T1",), ("T2",), ("T3",), "direct")
    assert list(SPLITTABLE) == list(a.span_ids()) and TRIGGER == "CUE"
    assert set(SPLITTABLE) == set(tag_columns()["attribution"])


def test_registry_entries_are_complete() -> None:
    for name, f in EXPORTERS.items():
        assert f.name == name and f.description and callable(f.export)
    assert get_format("brat") is EXPORTERS["brat"]
