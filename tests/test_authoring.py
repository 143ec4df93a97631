"""The authoring compiler: the committed annotation files are exactly what it makes of
the compact files, compact -> JSON -> compact -> JSON is the identity (on the corpus
and on random documents), bad rows are all reported at once with their place, and the
dataset compile writes everything or nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATASET, load, save
from ghouta_corpus.curation.authoring import (
    AnchorError,
    CompileError,
    compact_lines,
    compile_dataset,
    compile_rows,
    main,
    read_compact,
    to_compact,
)
from ghouta_corpus.curation.compact import anchor
from ghouta_corpus.curation.compiler import resolve
from ghouta_corpus.io import load_corpus
from ghouta_corpus.model.records import Attribution, Document, Event, EventArg, Relation, Span
from ghouta_corpus.model.vocab import labels_by_role, roles_by_type

CORPUS = load_corpus(DATASET)


@pytest.mark.parametrize("run", ["pass-a", "pass-b"])
@pytest.mark.parametrize("doc", [d.doc_id for d in CORPUS.documents])
def test_compiled_pass_is_the_compilers_output(run, doc):
    folder = DATASET / "adjudication" / run
    rows = [r for f in sorted((folder / "compact").glob(f"*.{doc}.jsonl")) for r in read_compact(f)]
    compiled = compile_rows(doc, CORPUS.document(doc).text, rows).document
    assert compiled.to_json() == load(folder / f"{doc}.json")


def _events(root: Path) -> dict[str, Event]:
    p = root / "events.json"
    return {e["event_id"]: Event.from_json(e) for e in load(p)["events"]} if p.exists() else {}


@pytest.mark.parametrize("root", [DATASET])
def test_compact_round_trip_on_the_corpus(root):
    """to_compact then compile gives back every committed annotation file, with the
    same entity and event rows."""
    corpus = load_corpus(root)
    entities, events = corpus.entity_index(), _events(root)
    for doc in corpus.documents:
        rows = to_compact(doc, entities, events)
        lines = [{"_line": n, **r} for n, r in enumerate(rows, 1)]
        again = compile_rows(doc.doc_id, doc.text, lines)
        assert again.document.to_json() == doc.to_json(), doc.doc_id
        assert {r.data["entity_id"] for r in again.entities} == {e for e in (
            {s.entity_id for s in doc.spans} | {a.source_entity for a in doc.attributions}) if e}
        assert all(Event.from_json(r.data) == events[r.data["event_id"]] for r in again.events)


def _compiled_from(root: Path, *dirs: Path) -> dict[str, dict]:
    from ghouta_corpus.curation.authoring import compact_files
    corpus = load_corpus(root)
    return {d.doc_id: compile_rows(d.doc_id, d.text, [r for f in compact_files(list(dirs), d.doc_id)
                                                      for r in read_compact(f)]).document.to_json()
            for d in corpus.documents}


def test_gold_annotations_are_the_compile_of_their_compact_sources():
    te = DATASET / "adjudication" / "time-event"
    compiled = _compiled_from(DATASET, te / "base", te / "gold")
    for doc_id, data in compiled.items():
        assert data == load(DATASET / "annotations" / f"{doc_id}.json"), doc_id


@pytest.mark.parametrize("run", ["pass-a", "pass-b"])
def test_time_event_passes_are_the_compile_of_their_compact_files(run):
    te = DATASET / "adjudication" / "time-event"
    for doc_id, data in _compiled_from(DATASET, te / "base", te / run).items():
        assert data == load(te / run / "json" / f"{doc_id}.json"), doc_id


TEXT = "Some 1,500 militants left Harasta on Thursday, a monitor said. Two days later, they left Douma."


def test_time_anchors_and_event_arguments_compile():
    rows = [{"_line": 1, "span": "TIME", "at": "on [Thursday],", "timex_type": "DATE", "value_text": "XXXX-WXX-4",
             "value": "2018-03-22", "mod": None, "anchor": "DCT"},
            {"_line": 2, "span": "TIME", "at": "[Two days later]", "timex_type": "DATE", "value_text": "XXXX-WXX-6",
             "value": "2018-03-24", "mod": None, "anchor": "on [Thursday],"},
            {"_line": 3, "span": "LOCATION", "at": "[Harasta]", "mention_type": "NAM", "entity": "harasta"},
            {"_line": 4, "span": "COUNT", "at": "[Some 1,500]", "value": 1500, "modifier": "approximately", "min": None,
             "max": None, "unit": "count", "category": "evacuated", "of": ["1,500 [militants]"]},
            {"_line": 5, "span": "EVENT", "at": "militants [left]", "event_type": "evacuation", "polarity": "positive",
             "modality": "asserted", "event": "harasta-evacuation",
             "args": {"time": ["on [Thursday],"], "origin": ["[Harasta]"], "count": ["[Some 1,500]"]}},
            {"_line": 6, "event": {"event_id": "harasta-evacuation", "event_type": "evacuation", "description": "d",
                                   "time": "2018-03-22", "location_entity": "harasta"}}]
    c = compile_rows("d", TEXT, rows)
    doc = c.document
    by_text = {s.text: s for s in doc.spans}
    assert by_text["Two days later"].anchor == by_text["Thursday"].id
    assert by_text["militants"].label == "COUNTED"
    assert [(doc.span(a.event).text, a.role, doc.span(a.target).text) for a in doc.event_args] == [
        ("left", "origin", "Harasta"), ("left", "time", "Thursday"), ("left", "count", "Some 1,500")]
    assert [r.data["event_id"] for r in c.events] == ["harasta-evacuation"]
    assert [r.where for r in c.events] == ["line 6"]


def test_every_bad_row_is_reported(tmp_path):
    rows = [{"_line": 1, "span": "ACTOR", "at": "[xyz]", "mention_type": "NOM", "actor_type": "armed_group"},
            {"_line": 2, "attribution": {"cue": ["[nope]"], "type": "indirect"}},
            {"_line": 3, "foo": 1},
            {"_line": 4, "span": "LOCATION", "at": "[Harasta]"},
            {"_line": 5, "span": "EVENT", "at": "[left] Harasta", "event_type": "evacuation", "polarity": "positive",
             "modality": "asserted", "event": None, "args": {"agent": ["[Harasta]"], "origon": ["[Douma]"]}},
            {"_line": 6, "span": "TIME", "at": "[Two days later]", "timex_type": "DATE", "value_text": "XXXX-WXX-6",
             "value": "XXXX-WXX-6", "mod": None, "anchor": "[monitor]"},
            {"_file": "b.jsonl", "_line": 7, "span": "WEAPON", "at": "[Douma]"}]
    with pytest.raises(AnchorError) as e:
        compile_rows("d", TEXT, rows)
    assert str(e.value).splitlines() == [
        "d line 1: context not found: 'xyz'", "d line 2: context not found: 'nope'",
        "d line 3: row has none of span, attribution, entity, event", "d line 4: 'mention_type'",
        "d line 5: unknown role 'origon'; expected one of agent, affected, location, origin, destination, time, count",
        "d b.jsonl:7: unknown span label 'WEAPON'; expected one of ACTOR, LOCATION, COUNT, TIME, EVENT",
        "d line 5: agent target 'Harasta' is not a ACTOR span", "d TIME 'Two days later': anchor 'monitor' is not a TIME span"]
    rows[4]["args"] = {"agent": ["[Harasta]"]}
    with pytest.raises(AnchorError, match="line 5: agent target 'Harasta' is not a ACTOR span"):
        compile_rows("d", TEXT, rows[4:5])
    (tmp_path / "c.jsonl").write_text(json.dumps(rows[2]) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(AnchorError, match="c.jsonl:2: not JSON"):
        read_compact(tmp_path / "c.jsonl")


def test_identical_rows_of_two_files_merge_and_conflicting_ones_do_not(tmp_path):
    a = {"_file": "a.jsonl", "_line": 1, "span": "LOCATION", "at": "[Harasta]", "mention_type": "NAM", "entity": "h"}
    rec = {"attribution": {"source": ["a [monitor]"], "cue": ["[said]"], "content": ["[Some 1,500 ~~ Thursday]"],
                           "type": "indirect", "source_entity": None}}
    doc = compile_rows("d", TEXT, [a, {**a, "_file": "b.jsonl"}, {"_line": 2, **rec}, {"_line": 3, **rec}]).document
    assert len(doc.spans) == 4 and len(doc.attributions) == 1
    with pytest.raises(AnchorError, match="b.jsonl:1: LOCATION 'Harasta' annotated twice with different attributes"):
        compile_rows("d", TEXT, [a, {**a, "_file": "b.jsonl", "mention_type": "NOM"}])


def test_anchors_round_trip_where_the_text_has_brackets_and_repeats():
    text = "x [a] y [a] z\n\n[a] b ] c [ d"
    for s in range(len(text)):
        for e in range(s + 1, min(len(text), s + 6) + 1):
            piece = text[s:e]
            if piece != piece.strip() or "\n" in piece:
                continue
            a = anchor(text, s, e)
            at, occ = (a, None) if isinstance(a, str) else (a["at"], a["occ"])
            got = resolve(text, at, occ)
            assert (got.start, got.end) == (s, e), (piece, a)


# ---------------------------------------------------------------- random documents round-trip

WORDS = st.text(alphabet="abcdeXYZ019,.'\"()[]-", min_size=1, max_size=6).filter(lambda w: "~~" not in w)


class _Builder:
    """Spans on the tokens of a random text, one layer's spans on tokens no other took."""

    def __init__(self, draw, words: list[str], breaks: set[int]) -> None:
        self.draw, self.text, self.toks = draw, "", []
        for i, w in enumerate(words):
            if i:
                self.text += "\n\n" if i in breaks else " "
            self.toks.append((len(self.text), len(self.text) + len(w)))
            self.text += w
        self.para = [sum(1 for b in breaks if b <= i) for i in range(len(words))]
        self.free = list(range(len(words)))
        self.spans: list[Span] = []

    def span(self, label: str, i: int, j: int, **attrs) -> Span:
        a, b = self.toks[i][0], self.toks[j][1]
        sp = Span(f"T{len(self.spans) + 1}", label, a, b, self.text[a:b], **attrs)
        self.spans.append(sp)
        return sp

    def take(self, label: str, **attrs) -> Span | None:
        if not self.free:
            return None
        i = j = self.draw(st.sampled_from(self.free))
        while j + 1 in self.free and self.para[j + 1] == self.para[i] and self.draw(st.booleans()):
            j += 1
        for k in range(i, j + 1):
            self.free.remove(k)
        return self.span(label, i, j, **attrs)

    def record(self, k: int) -> Attribution:
        ids = {}
        for role, label in (("cue", "CUE"), ("content", "CONTENT"), ("source", "SOURCE")):
            i = self.draw(st.integers(0, len(self.toks) - 1))
            same = [s for s in self.spans if (s.label, s.start, s.end) == (label, *self.toks[i])]
            ids[role] = [(same[0] if same else self.span(label, i, i)).id]
        return Attribution.from_roles(f"A{k + 1}", ids, "indirect", None)


def _relations(b: _Builder, counts: list[Span | None]) -> list[Relation]:
    rels = []
    mentions = [s for s in b.spans if s.label in ("ACTOR", "LOCATION")]
    for c in (c for c in counts if c):
        for _ in range(b.draw(st.integers(0, 2))):
            target = b.draw(st.sampled_from(mentions)) if mentions and b.draw(st.booleans()) else b.take("COUNTED")
            if target is not None:
                rels.append(Relation(f"R{len(rels) + 1}", "COUNT_OF", c.id, target.id))
    return rels


def _event_args(b: _Builder, events: list[Span | None]) -> list[EventArg]:
    args = []
    for ev in (e for e in events if e):
        for role in b.draw(st.lists(st.sampled_from(roles_by_type()[ev.event_type or ""]), max_size=3)):
            fits = [s for s in b.spans if s.label in labels_by_role()[role]]
            if fits:
                args.append(EventArg(f"E{len(args) + 1}", ev.id, role, b.draw(st.sampled_from(fits)).id))
    return args


@st.composite
def documents(draw) -> Document:
    """A random document the compact format can express: every COUNTED span is counted,
    every SOURCE, CUE and CONTENT span is in a record, spans of one layer do not overlap."""
    words = draw(st.lists(WORDS, min_size=6, max_size=40))
    b = _Builder(draw, words, draw(st.sets(st.integers(1, len(words) - 1), max_size=3)))
    for _ in range(draw(st.integers(0, 3))):
        b.take("ACTOR", mention_type="NOM", actor_type=draw(st.sampled_from(["civilians", "media"])),
               entity_id=draw(st.sampled_from([None, "e-one"])))
        b.take("LOCATION", mention_type="NOM", entity_id=None)
    counts = [b.take("COUNT", value=3, modifier="exact", min=3, max=3, unit="count", category="other")
              for _ in range(draw(st.integers(0, 2)))]
    times: list[Span] = []
    for _ in range(draw(st.integers(0, 3))):
        anc = draw(st.sampled_from([None, "DCT", *[t.id for t in times]]))
        t = b.take("TIME", timex_type="DATE", value_text="XXXX-WXX-4", timex_value="2018-03-22", mod=None, anchor=anc)
        times += [t] if t else []
    events = [b.take("EVENT", event_type=draw(st.sampled_from(sorted(roles_by_type()))), polarity="positive",
                     modality="asserted", event_id=None) for _ in range(draw(st.integers(0, 3)))]
    rels = _relations(b, counts)
    args = _event_args(b, events)
    attrs = [b.record(k) for k in range(draw(st.integers(0, 2)))]
    return Document("d", b.text, "gold", (), tuple(b.spans), tuple(rels), tuple(attrs), event_args=tuple(args))


def _canonical(doc: Document) -> set:
    """What a document says, independent of ids and order."""
    sp = {s.id: s for s in doc.spans}
    key = lambda i: (sp[i].label, sp[i].start, sp[i].end)  # noqa: E731
    out = {("span", key(s.id), tuple(sorted((k, str(v)) for k, v in s.attributes().items() if k != "anchor")),
            key(s.anchor) if s.anchor and s.anchor != "DCT" else s.anchor) for s in doc.spans}
    out |= {("rel", key(r.count), key(r.target)) for r in doc.relations}
    out |= {("attr", tuple(tuple(sorted(key(i) for i in getattr(a, role))) for role in ("source", "cue", "content")))
            for a in doc.attributions}
    out |= {("arg", key(a.event), a.role, key(a.target)) for a in doc.event_args}
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_random_documents_round_trip(doc):
    lines = compact_lines(to_compact(doc)).splitlines()
    rows = [{"_line": n, **json.loads(line)} for n, line in enumerate(lines, 1)]
    once = compile_rows(doc.doc_id, doc.text, rows).document
    assert _canonical(once) == _canonical(doc)
    twice = compile_rows(doc.doc_id, doc.text, [{"_line": n, **r} for n, r in enumerate(to_compact(once), 1)])
    assert twice.document.to_json() == once.to_json()


# ---------------------------------------------------------------- the dataset compile

def _mini_compact(root: Path) -> Path:
    """The mini fixture's annotation as a compact file, with a TIME span and an event."""
    corpus = load_corpus(root)
    doc = corpus.documents[0]
    rows = to_compact(doc, corpus.entity_index())
    rows.append({"span": "TIME", "at": "on [Thursday],", "timex_type": "DATE", "value_text": "XXXX-WXX-4",
                 "value": "2018-03-22", "mod": None, "anchor": "DCT"})
    rows.append({"span": "EVENT", "at": "militants [left]", "event_type": "evacuation", "polarity": "positive",
                 "modality": "asserted", "event": "harasta-evacuation", "args": {"origin": ["left [Harasta]"]}})
    rows.append({"event": {"event_id": "harasta-evacuation", "event_type": "evacuation", "description": "They left.",
                           "time": "2018-03-22", "location_entity": "harasta"}})
    folder = root / "compact"
    folder.mkdir()
    (folder / "mini.jsonl").write_text("# the mini document\n" + compact_lines(rows), encoding="utf-8")
    m = load(root / "manifest.json")
    m["documents"][0].update(dct="2018-03-22", dct_basis="Invented for the test.")
    save(root / "manifest.json", m)
    return folder


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_dataset_compile_writes_annotations_tables_and_ranges(mini):
    folder = _mini_compact(mini)
    result = compile_dataset(mini, [folder])
    assert [p.name for p in result.written] == ["annotations", "entities.json", "manifest.json", "events.json"]
    entry = load(mini / "manifest.json")["documents"][0]
    assert (entry["event_date_range"]["start"], entry["event_date_range"]["end"]) == ("2018-03-22", "2018-03-22")
    assert load(mini / "events.json")["events"][0]["event_id"] == "harasta-evacuation"
    ents = {e["entity_id"]: e for e in load(mini / "entities.json")["entities"]}
    assert ents["harasta"]["geonames_id"] is None and "outside the countries" in ents["harasta"]["geonames_note"]
    doc = load(mini / "annotations" / "mini.json")
    assert [a["role"] for a in doc["event_args"]] == ["origin"]
    assert not [p for p in mini.iterdir() if p.name.startswith(".")]  # nothing staged is left behind
    from ghouta_corpus.validate import validate_dataset
    assert validate_dataset(mini).ok


def test_dataset_compile_writes_nothing_when_a_document_is_invalid(mini):
    folder = _mini_compact(mini)
    text = (folder / "mini.jsonl").read_text(encoding="utf-8").replace('"value": "2018-03-22"', '"value": "2018-03-23"', 1)
    (folder / "mini.jsonl").write_text(text, encoding="utf-8")
    before = _snapshot(mini)
    with pytest.raises(CompileError) as e:
        compile_dataset(mini, [folder])
    assert any("[timex-agree]" in line and "annotations/mini.json" in line for line in e.value.details)
    assert _snapshot(mini) == before


def test_dataset_compile_reports_disagreeing_table_rows_and_missing_files(mini, tmp_path):
    folder = _mini_compact(mini)
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "more.mini.jsonl").write_text(json.dumps({"entity": {
        "entity_id": "harasta", "canonical_name": "Harasta town", "label": "LOCATION", "actor_type": None,
        "aliases": ["Harasta"]}}) + "\n", encoding="utf-8")
    before = _snapshot(mini)
    with pytest.raises(CompileError) as e:
        compile_dataset(mini, [folder, extra])
    assert e.value.details == ["mini more.mini.jsonl:1: entity harasta differs from its row at mini mini.jsonl:15 "
                               "in canonical_name"]
    with pytest.raises(CompileError, match="1 problems") as e:
        compile_dataset(mini, [tmp_path])
    assert e.value.details[0].startswith("mini: no compact file in")
    assert _snapshot(mini) == before


def test_command_line(mini, tmp_path, capsys):
    folder = _mini_compact(mini)
    assert main(["compile", str(mini), "--compact", str(folder)]) == 0
    assert "compiled 1 documents" in capsys.readouterr().out
    assert main(["compile", str(mini), "--compact", str(tmp_path / "nowhere")]) == 2
    out = tmp_path / "pass"
    assert main(["compile", str(mini), "--compact", str(folder), "--out", str(out)]) == 0
    assert load(out / "mini.json") == load(mini / "annotations" / "mini.json")
    assert sorted(p.name for p in out.iterdir()) == ["mini.json"]
    one = tmp_path / "one.json"
    assert main(["mini", str(mini / "raw" / "mini.txt"), str(folder / "mini.jsonl"), str(one)]) == 0
    assert load(one) == load(mini / "annotations" / "mini.json")
    assert main([]) == 2
    shutil.rmtree(mini / "raw")
    assert main(["compile", str(mini), "--compact", str(folder)]) == 1


def test_dates_rewrites_only_the_derived_ranges(mini, capsys):
    from ghouta_corpus.curation.authoring import write_date_ranges
    m = load(mini / "manifest.json")
    m["documents"][0]["event_date_range"] = {"start": "1999", "end": None, "evidence": "typed by hand"}
    save(mini / "manifest.json", m)
    assert write_date_ranges(mini) == ["mini"]
    from ghouta_corpus.validate import validate_dataset
    assert validate_dataset(mini).ok
    assert main(["dates", str(mini)]) == 0 and "current" in capsys.readouterr().out
    assert main(["dates"]) == 2


def test_a_malformed_manifest_is_an_error_not_a_traceback(mini):
    folder = _mini_compact(mini)
    save(mini / "manifest.json", {"documents": [{"doc_id": "mini"}]})
    with pytest.raises(CompileError, match="does not conform"):
        compile_dataset(mini, [folder])


def test_overlapping_occurrences_count_as_two():
    """A context that occurs twice, overlapping itself, is not unique (found by hypothesis:
    the span '[ [' in '[ [ [ 0 0 0'); to_compact's anchors and the resolver agree."""
    from ghouta_corpus.curation.compiler import AnchorError, occurrences, resolve
    assert occurrences("[ [ [ 0 0 0", "[ [") == [0, 2]
    with pytest.raises(AnchorError, match="occurs 2 times"):
        resolve("[ [ [ 0 0 0", "[ [")
    a = resolve("[ [ [ 0 0 0", "[ [", 2)
    assert (a.start, a.end) == (2, 5)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab [\n.", max_size=30), probe=st.text(alphabet="ab [\n.", max_size=4))
def test_occurrences_are_every_start_overlapping_ones_included(text, probe):
    """The find walk gives the starts a lookahead regex gives (every position where the
    probe begins, overlapping ones included; every position for an empty probe)."""
    import re

    from ghouta_corpus.curation.compiler import occurrences
    assert occurrences(text, probe) == [m.start() for m in re.finditer(f"(?={re.escape(probe)})", text)]


def _tripoli(doc_id: str, text: str, country: str):
    rows = [{"span": "LOCATION", "at": "in [Tripoli]", "mention_type": "NAM", "entity": "tripoli"},
            {"span": "LOCATION", "at": f"[{country}]", "mention_type": "NAM", "entity": f"{country.lower()}-country"},
            {"entity": {"entity_id": "tripoli", "canonical_name": "Tripoli", "label": "LOCATION", "actor_type": None,
                        "aliases": ["Tripoli"]}},
            {"entity": {"entity_id": f"{country.lower()}-country", "canonical_name": country, "label": "LOCATION",
                        "actor_type": None, "aliases": [country]}}]
    return compile_rows(doc_id, text, [{"_file": f"{doc_id}.jsonl", "_line": i + 1, **r} for i, r in enumerate(rows)])


def test_one_place_id_in_two_countries_is_refused_not_geolocated_in_one():
    """G28: a Tripoli in a document that names Lebanon and one in a document that names
    Libya are two referents; under one id the compile would geolocate both in one country."""
    from ghouta_corpus.curation.tables import entity_table
    lebanon = _tripoli("a", "Shelling in Tripoli, Lebanon, went on.", "Lebanon")
    libya = [_tripoli(d, f"Families in Tripoli, Libya, waited ({d}).", "Libya") for d in ("b", "c")]
    for docs, clash in (([lebanon, libya[0]], True), (libya, False)):
        ents, problems = entity_table(((c.document.doc_id, r) for c in docs for r in c.entities),
                                      [c.document for c in docs])
        ids = {e.entity_id: e for e in ents}
        if clash:
            assert problems == ["entity tripoli: its documents put 'Tripoli' in different countries (a: LB; b: LY): "
                                "one id per referent (G28), give each place its own id"]
            assert "tripoli" not in ids
        else:
            assert problems == [] and "(LY)" in ids["tripoli"].geonames_note
