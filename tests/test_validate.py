"""One failing fixture per validation rule, and the promise that bad input never
produces a traceback."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import load, save
from ghouta_corpus.cli import app
from ghouta_corpus.model.records import Span
from ghouta_corpus.model.timex import event_date_range
from ghouta_corpus.validate import RULES, validate_paths

runner = CliRunner()


def ann(root: Path) -> Path:
    return root / "annotations" / "mini.json"


def edit_ann(fn: Callable[[dict], None]) -> Callable[[Path], tuple[Path, str | None]]:
    def run(root: Path):
        d = load(ann(root))
        fn(d)
        save(ann(root), d)
        return ann(root), None
    return run


def span(d: dict, sid: str) -> dict:
    return next(s for s in d["spans"] if s["id"] == sid)


def write_bytes(data: bytes):
    def run(root: Path):
        ann(root).write_bytes(data)
        return ann(root), None
    return run


def edit_entities(fn):
    def run(root: Path):
        p = root / "entities.json"
        d = load(p)
        fn(d)
        save(p, d)
        return p, None
    return run


def edit_manifest(fn):
    def run(root: Path):
        p = root / "manifest.json"
        d = load(p)
        fn(d)
        save(p, d)
        return p, None
    return run


def _rename(root: Path):
    ann(root).rename(root / "annotations" / "other.json")
    return root / "annotations" / "other.json", None


def _unannotated(root: Path):
    ann(root).unlink()
    return root / "annotations" / "mini.json", None


def _open_audit_finding(root: Path):
    """A number outside every COUNT in a gold document: an audit suspect no allowlist explains."""
    p = root / "raw" / "mini.txt"
    text = p.read_text(encoding="utf-8").replace("in two batches.", "in two batches of 9.")
    p.write_text(text, encoding="utf-8")
    m = load(root / "manifest.json")
    m["documents"][0].update(sha256=hashlib.sha256(text.encode()).hexdigest(), char_count=len(text))
    save(root / "manifest.json", m)
    d = load(ann(root))
    d["segments"][-1]["end"] = len(text)
    save(ann(root), d)
    return root / "annotations" / "mini.json", None


def _raw_changed(root: Path):
    p = root / "raw" / "mini.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("Thursday", "Thursdaz"), encoding="utf-8")
    return root / "manifest.json", None


def _char_count(d):
    d["documents"][0]["char_count"] += 1


def _dup_manifest(d):
    d["documents"].append(dict(d["documents"][0]))


def _raw_missing(root: Path):
    (root / "raw" / "mini.txt").unlink()
    return root / "raw" / "mini.txt", None


def _entities_dir(root: Path):
    (root / "entities.json").unlink()
    (root / "entities.json").mkdir()
    return root / "entities.json", None


def _alias_dropped(root: Path):
    edit_entities(lambda d: d["entities"][2].update(aliases=["Reuters news agency"]))(root)
    return ann(root), None


def _deep(root: Path):
    ann(root).write_text("[" * 100 + "]" * 100, encoding="utf-8")
    return ann(root), None


def _segment_gap(d):
    d["segments"].pop(2)


def _counted_orphan(d):
    d["relations"] = [r for r in d["relations"] if r["target"] != "T17"]


def _attr_orphan(d):
    d["attributions"].pop(0)
    for _ in d["spans"]:
        pass


def _attr_overlap(d):
    span(d, "T5").update(start=40, text="Thursday, a monitor", end=56)


def _raw_orphan(root: Path):
    stray = root / "raw" / "stray.txt"      # what an interrupted add of an older version left
    stray.write_text("An article no manifest entry names.", encoding="utf-8")
    return stray, None


def _write_pending(root: Path):
    # a transaction of a process that no longer exists (above any pid_max), killed after its journal
    folder = root / ".ghouta-txn.add.4194305.x1"
    folder.mkdir()
    (folder / "journal.json").write_text('{"command": "add", "ops": []}', encoding="utf-8")
    return folder, None


def layered(root: Path) -> dict:
    """Give the mini dataset the time and event layers (a DCT, a TIME span, two EVENT
    triggers with arguments, an event table); returns the annotation, to be edited
    and saved by the caller."""
    m = load(root / "manifest.json")
    m["documents"][0].update(dct="2018-03-22", dct_basis="Invented for the test.")
    d = load(ann(root))
    d["spans"] += [
        {"id": "T18", "label": "TIME", "start": 37, "end": 45, "text": "Thursday", "timex_type": "DATE",
         "value_text": "XXXX-WXX-4", "value": "2018-03-22", "mod": None, "anchor": "DCT"},
        {"id": "T19", "label": "EVENT", "start": 21, "end": 25, "text": "left", "event_type": "evacuation",
         "polarity": "positive", "modality": "asserted", "event_id": "harasta-evacuation"},
        {"id": "T20", "label": "EVENT", "start": 75, "end": 79, "text": "deal", "event_type": "agreement",
         "polarity": "positive", "modality": "asserted", "event_id": "harasta-deal"},
    ]
    d["event_args"] = [{"id": "E1", "event": "T19", "role": "affected", "target": "T3"},
                       {"id": "E2", "event": "T19", "role": "origin", "target": "T4"},
                       {"id": "E3", "event": "T19", "role": "time", "target": "T18"},
                       {"id": "E4", "event": "T19", "role": "count", "target": "T2"}]
    m["documents"][0]["event_date_range"] = event_date_range([Span.from_json(s) for s in d["spans"] if s["label"] == "TIME"],
                                                             "2018-03-22", "Invented for the test.")
    save(root / "manifest.json", m)
    save(root / "events.json", {"events": [
        {"event_id": "harasta-evacuation", "event_type": "evacuation", "description": "Militants leave Harasta.",
         "time": "2018-03-22", "location_entity": "harasta"},
        {"event_id": "harasta-deal", "event_type": "agreement", "description": "The evacuation deal.", "time": None,
         "location_entity": None}]})
    save(ann(root), d)
    return d


def with_layers(fn: Callable[[dict], None]) -> Callable[[Path], tuple[Path, str | None]]:
    """A breaker that edits the layered mini annotation."""
    def run(root: Path):
        d = layered(root)
        fn(d)
        save(ann(root), d)
        return ann(root), None
    return run


def layers_then(fn: Callable[[Path], None], file: str) -> Callable[[Path], tuple[Path, str | None]]:
    """A breaker that edits another file of the layered mini dataset."""
    def run(root: Path):
        layered(root)
        fn(root)
        return root / file, None
    return run


def edit_json(name: str, fn: Callable[[dict], None]) -> Callable[[Path], None]:
    def run(root: Path):
        d = load(root / name)
        fn(d)
        save(root / name, d)
    return run


def _dup_arg(d):
    d["event_args"].append({**d["event_args"][0], "id": "E9"})


# rule -> mutation of the valid mini dataset that breaks exactly that rule; the
# second element of the returned pair is the record id the finding must name.
BREAKERS: dict[str, Callable[[Path], tuple[Path, str | None]]] = {
    "file-missing": _raw_missing,
    "file-unreadable": _entities_dir,
    "file-encoding": write_bytes(b"\xef\xbb\xbf{}"),
    "json-empty": write_bytes(b"  \n"),
    "json-syntax": write_bytes(b'{"doc_id": "mini",}'),
    "json-depth": _deep,
    "schema": edit_ann(lambda d: span(d, "T3").update(actor_type="rebels")),
    "file-name": _rename,
    "manifest-duplicate": edit_manifest(_dup_manifest),
    "raw-hash": _raw_changed,
    "raw-char-count": edit_manifest(_char_count),
    "raw-orphan": _raw_orphan,
    "write-pending": _write_pending,
    "doc-unknown": edit_ann(lambda d: d.update(doc_id="nowhere")),
    "doc-unannotated": _unannotated,
    "id-duplicate": edit_ann(lambda d: span(d, "T4").update(id="T3")),
    "offset-order": edit_ann(lambda d: span(d, "T4").update(start=33, end=26)),
    "offset-range": edit_ann(lambda d: span(d, "T17").update(end=999)),
    "span-text": edit_ann(lambda d: span(d, "T4").update(text="Harastb")),
    "span-whitespace": edit_ann(lambda d: span(d, "T4").update(start=25, text=" Harasta")),
    "span-paragraph": edit_ann(lambda d: span(d, "T8").update(start=79, text="\n\n\"We will return")),
    "span-duplicate": edit_ann(lambda d: d["spans"].append({**span(d, "T7"), "id": "T99"}) or d["attributions"][0]["cue"].append("T99")),
    "mention-overlap": edit_ann(lambda d: span(d, "T3").update(end=33, text="militants left Harasta")),
    "segment-cover": edit_ann(_segment_gap),
    "segment-whitespace": edit_ann(lambda d: d["segments"][0].update(end=63)),
    "ref-missing": edit_ann(lambda d: d["relations"][0].update(target="T77")),
    "ref-label": edit_ann(lambda d: d["relations"][0].update(target="T7")),
    "relation-duplicate": edit_ann(lambda d: d["relations"].append({**d["relations"][0], "id": "R9"})),
    "counted-orphan": edit_ann(_counted_orphan),
    "attribution-orphan": edit_ann(_attr_orphan),
    "attribution-overlap": edit_ann(_attr_overlap),
    "count-bounds": edit_ann(lambda d: span(d, "T16").update(min=3)),
    "count-modifier": edit_ann(lambda d: span(d, "T13").update(min=300)),
    "count-percent": edit_ann(lambda d: span(d, "T16").update(unit="percent", value=200, min=200, max=200)),
    "entity-missing": edit_ann(lambda d: span(d, "T9").update(entity_id=None)),
    "entity-unknown": edit_ann(lambda d: span(d, "T9").update(entity_id="nobody")),
    "entity-label": edit_ann(lambda d: span(d, "T9").update(entity_id="harasta")),
    "entity-actor-type": edit_ann(lambda d: span(d, "T9").update(actor_type="media")),
    "entity-alias": _alias_dropped,
    "entity-duplicate": edit_entities(lambda d: d["entities"].append(dict(d["entities"][0]))),
    "entity-fields": edit_entities(lambda d: d["entities"][0].update(geonames_id=None, latitude=None, longitude=None, geonames_note=None)),
    "count-fraction": edit_ann(lambda d: span(d, "T16").update(unit="fraction")),
    "timex-syntax": with_layers(lambda d: span(d, "T18").update(value="2018-13-22")),
    "timex-agree": with_layers(lambda d: span(d, "T18").update(value="2018-03-23")),
    "timex-anchor": with_layers(lambda d: span(d, "T18").update(anchor="T2")),
    "time-overlap": with_layers(lambda d: span(d, "T18").update(start=26, text="Harasta on Thursday")),
    "event-id": with_layers(lambda d: span(d, "T20").update(event_type="negotiation")),
    "event-arg-role": with_layers(lambda d: d["event_args"].append({"id": "E5", "event": "T20", "role": "origin", "target": "T4"})),
    "event-arg-target": with_layers(lambda d: d["event_args"][0].update(role="agent", target="T4")),
    "event-arg-duplicate": with_layers(_dup_arg),
    "event-overlap": with_layers(lambda d: d["spans"].append({**span(d, "T20"), "id": "T21", "start": 64, "text": "Evacuation deal"})),
    "event-duplicate": layers_then(edit_json("events.json", lambda d: d["events"].append(dict(d["events"][0]))), "events.json"),
    "event-location": layers_then(edit_json("events.json", lambda d: d["events"][0].update(location_entity="reuters")), "events.json"),
    "event-time": layers_then(edit_json("events.json", lambda d: d["events"][0].update(time="Thursday")), "events.json"),
    "event-unmentioned": layers_then(edit_json("events.json", lambda d: d["events"].append({**d["events"][1], "event_id": "douma-deal"})), "events.json"),
    "event-date-range": layers_then(edit_json("manifest.json", lambda d: d["documents"][0]["event_date_range"].update(start="2018-03-21")), "manifest.json"),
    "dct-basis": layers_then(edit_json("manifest.json", lambda d: d["documents"][0].update(dct_basis=None)), "manifest.json"),
    "dct-date": layers_then(edit_json("manifest.json", lambda d: d["documents"][0].update(dct="2018-02-30")), "manifest.json"),
    "gold-origin": edit_ann(lambda d: span(d, "T4").update(origin="auto")),
    "gold-review": edit_manifest(lambda d: d["documents"][0].update(review=[{"step": "draft", "by": "ghouta-corpus annotate", "date": "2026-12-01", "date_basis": "the day of add"}])),
    "gold-placeholder": edit_manifest(lambda d: d["documents"][0].update(dct_basis="TODO: find the date")),
    "gold-audit": _open_audit_finding,
}

# the record (span/relation/entity id) each finding must name, where there is one
EXPECT_RECORD = {
    "schema": "T3", "id-duplicate": "T3", "offset-order": "T4", "offset-range": "T17", "span-text": "T4",
    "span-whitespace": "T4", "span-paragraph": "T8", "span-duplicate": "T99", "mention-overlap": "T4",
    "segment-cover": "S4", "segment-whitespace": "S1", "ref-missing": "R1", "ref-label": "R1", "relation-duplicate": "R9",
    "counted-orphan": "T17", "attribution-orphan": "T5", "attribution-overlap": "A1", "count-bounds": "T16",
    "count-modifier": "T13", "count-percent": "T16", "entity-missing": "T9", "entity-unknown": "T9",
    "entity-label": "T9", "entity-actor-type": "T9", "entity-alias": "T12", "entity-duplicate": "harasta", "entity-fields": "harasta",
    "count-fraction": "T16", "timex-syntax": "T18", "timex-agree": "T18", "timex-anchor": "T18", "time-overlap": "T18",
    "event-id": "T20", "event-arg-role": "E5", "event-arg-target": "E1", "event-arg-duplicate": "E9", "event-overlap": "T20",
    "event-duplicate": "harasta-evacuation", "event-location": "harasta-evacuation", "event-time": "harasta-evacuation",
    "event-unmentioned": "douma-deal", "gold-origin": "T4",
}


def test_every_rule_has_a_breaking_fixture():
    assert set(BREAKERS) == set(RULES)


def test_mini_fixture_is_valid(mini):
    report = validate_paths([mini], mini)
    assert report.ok, [f.line() for f in report.findings]


def test_mini_fixture_with_time_and_event_layers_is_valid(mini):
    layered(mini)
    report = validate_paths([mini], mini)
    assert report.ok, [f.line() for f in report.findings]
    assert report.files == 5  # manifest, raw text, entities, events, the annotation file


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_is_reported_with_its_place(mini, rule):
    path, _ = BREAKERS[rule](mini)
    report = validate_paths([mini], mini)
    hits = [f for f in report.findings if f.rule == rule]
    assert hits, f"{rule} not reported; got {[f.line() for f in report.findings]}"
    f = hits[0]
    line = f.line()
    assert f"[{rule}]" in line
    assert Path(f.file).name == path.name, line
    if rule in EXPECT_RECORD:
        assert any(h.record == EXPECT_RECORD[rule] for h in hits), [h.line() for h in hits]
    if f.record and f.rule not in ("entity-duplicate", "entity-fields", "file-missing", "event-duplicate"):
        assert f.pointer.startswith("/"), line


def test_all_findings_are_reported_not_just_the_first(mini):
    d = load(ann(mini))
    span(d, "T4").update(text="Harastb")
    span(d, "T16").update(min=3)
    d["relations"][0]["target"] = "T77"
    save(ann(mini), d)
    report = validate_paths([mini], mini)
    assert {f.rule for f in report.findings} == {"span-text", "entity-alias", "count-bounds", "count-modifier", "ref-missing"}
    assert report.summary().startswith(f"invalid: {len(report.findings)} findings")


def test_cli_exit_codes_and_json(mini):
    ok = runner.invoke(app, ["validate", str(mini), "--dataset", str(mini)])
    assert ok.exit_code == 0, ok.output
    assert "valid" in ok.output
    BREAKERS["span-text"](mini)
    bad = runner.invoke(app, ["validate", str(mini), "--dataset", str(mini), "--format", "json"])
    assert bad.exit_code == 1
    out = json.loads(bad.output)
    assert out["ok"] is False and out["findings"][0]["rule"] == "span-text"
    assert out["findings"][0]["record"] == "T4" and out["findings"][0]["doc_id"] == "mini"
    missing = runner.invoke(app, ["validate", str(mini / "nope.json"), "--dataset", str(mini)])
    assert missing.exit_code == 2 and "no such file" in missing.output
    usage = runner.invoke(app, ["validate", "--format", "xml"])
    assert usage.exit_code == 2


BAD_INPUTS = {
    "malformed": b'{"doc_id": "mini", "status": ',
    "invalid-utf8": b'{"doc_id": "\xff"}',
    "bom": b"\xef\xbb\xbf{}",
    "empty": b"",
    "array-top": b"[]",
    "null-top": b"null",
    "wrong-types": b'{"doc_id": 5, "status": "gold", "segments": {}, "spans": "x", "relations": null, "attributions": [null]}',
    "huge-number": b'{"doc_id": "mini", "status": "gold", "segments": [], "spans": [{"id": "T1", "label": "COUNT", "start": 0, "end": 1e400, "text": "S"}], "relations": [], "attributions": []}',
    "negative": b'{"doc_id": "mini", "status": "gold", "segments": [{"id": "S1", "start": -5, "end": 3, "role": "body"}], "spans": [], "relations": [], "attributions": []}',
    "nan": b'{"doc_id": "mini", "status": "gold", "segments": [], "spans": [], "relations": [], "attributions": [], "x": NaN}',
    "long-int": b'{"a": ' + b"9" * 5000 + b"}",
    "deep": b"[" * 5000 + b"]" * 5000,
    "unknown-field": b'{"doc_id": "mini", "status": "gold", "segments": [], "spans": [], "relations": [], "attributions": [], "extra": 1}',
    "null-span": b'{"doc_id": "mini", "status": "gold", "segments": [], "spans": [null], "relations": [], "attributions": []}',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_one_line_reasons_not_tracebacks(mini, name):
    ann(mini).write_bytes(BAD_INPUTS[name])
    result = runner.invoke(app, ["validate", str(ann(mini)), "--dataset", str(mini)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("invalid:")
    assert all("mini.json" in ln for ln in lines[:-1])


def test_directory_argument_validates_each_file(mini):
    result = runner.invoke(app, ["validate", str(mini / "annotations"), "--dataset", str(mini)])
    assert result.exit_code == 0, result.output


def test_hash_of_fixture_matches_manifest(mini):
    m = load(mini / "manifest.json")["documents"][0]
    assert hashlib.sha256((mini / "raw" / "mini.txt").read_bytes()).hexdigest() == m["sha256"]


# ---------------------------------------------------------------- messages that show the difference

def test_first_difference_windows():
    from ghouta_corpus.text.diff import first_difference
    exp = "The Syrian Observatory for Human Rights, a UK-based monitor, said"
    got = "The Syrian Observatory for Human Rights, a UK based monitor, said"
    d = first_difference(exp, got)
    assert d is not None and d.offset == exp.index("-")
    assert "UK-based" in d.expected and "UK based" in d.found
    assert d.expected.startswith("...") and d.expected.endswith("...") and len(d.expected) <= 2 * 15 + 6
    assert first_difference("abc", "abc") is None
    assert first_difference("abc", "abcd").offset == 3 and first_difference("", "x").found == "x"


def test_span_text_points_at_the_first_differing_character(mini):
    """A mismatch deep inside a long span shows the difference itself, in text and JSON."""
    d = load(ann(mini))
    span(d, "T1").update(text="Some 1,500 militants left Harasta in Thursday")
    save(ann(mini), d)
    report = validate_paths([mini], mini)
    f = next(f for f in report.findings if f.rule == "span-text")
    k = len("Some 1,500 militants left Harasta ")
    assert f.diff is not None and f.diff.offset == k
    assert "Harasta on Thursday" in f.diff.expected and "Harasta in Thursday" in f.diff.found
    assert f.line().endswith(f"first difference at character {k}: expected {f.diff.expected!r}, "
                             f"found {f.diff.found!r}")
    out = runner.invoke(app, ["validate", str(mini), "--dataset", str(mini), "--format", "json"])
    j = next(x for x in json.loads(out.output)["findings"] if x["rule"] == "span-text")
    assert j["diff"] == {"offset": k, "expected": f.diff.expected, "found": f.diff.found}


@pytest.mark.parametrize("rule", ["timex-agree", "entity-alias", "entity-actor-type", "event-date-range"])
def test_expected_found_findings_carry_a_difference(rule, mini):
    BREAKERS[rule](mini)
    report = validate_paths([mini], mini)
    found = [f for f in report.findings if f.rule == rule]
    assert found and all(f.diff is not None and f.diff.expected != f.diff.found for f in found), found
    assert all("first difference at character" in f.line() for f in found)


def test_validating_valid_files_never_imports_jsonschema():
    """jsonschema and referencing are imported only for files the schema proof doubts
    (vocab.validator): about 0.15 s of every process's start otherwise, the largest part of
    a small validate's CPU. A fresh interpreter validates the corpus and must not load them."""
    probe = ("import sys\nfrom ghouta_corpus.cli import app\n"
             "app(['validate'], standalone_mode=False)\n"
             "print(sorted(m for m in ('jsonschema', 'referencing') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=Path(__file__).resolve().parents[1],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
