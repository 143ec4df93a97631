"""audit: clean on the corpus, and each check fires when the annotation is broken."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.cli import app
from ghouta_corpus.io.corpus import Corpus, load_corpus
from ghouta_corpus.validate.audit import CHECKS, AllowlistError, audit, load_allowlist

runner = CliRunner()
CORPUS = load_corpus(DATASET)
ALLOW = load_allowlist(DATASET / "audit_allowlist.json")


def without(pred) -> Corpus:
    """The corpus with the spans matching ``pred`` (and records using them) removed."""
    docs = []
    for d in CORPUS.documents:
        gone = {s.id for s in d.spans if pred(d, s)}
        docs.append(replace(d, spans=tuple(s for s in d.spans if s.id not in gone),
                            relations=tuple(r for r in d.relations if r.count not in gone and r.target not in gone),
                            attributions=tuple(a for a in d.attributions if not gone & {*a.source, *a.cue, *a.content})))
    return Corpus(CORPUS.root, tuple(docs), CORPUS.entities)


def checks_of(result) -> set[str]:
    return {s.check for s in result.suspects}


def test_corpus_is_clean_and_every_allowlist_entry_is_used():
    result = audit(CORPUS, ALLOW)
    assert result.ok, [s.line() for s in result.suspects] + [a.text for a in result.stale]
    assert result.allowed == len(ALLOW)


def test_every_allowlist_entry_has_a_reason_naming_a_rule():
    for a in ALLOW:
        assert a.check in CHECKS
        assert "G" in a.reason and len(a.reason) > 20, a


def test_missing_mention_is_found():
    r = audit(without(lambda d, s: s.label == "LOCATION" and s.text == "Harasta" and s.start > 3000), ALLOW)
    assert {"repeated-string", "alias-unannotated"} <= checks_of(r)


def test_missing_count_is_found():
    r = audit(without(lambda d, s: s.label == "COUNT" and s.text == "22"), ALLOW)
    assert "number-uncounted" in checks_of(r)


def test_missing_attribution_is_found():
    r = audit(without(lambda d, s: s.label in ("CUE", "CONTENT") and d.doc_id.startswith("aljazeera") and s.start < 1100), ALLOW)
    assert {"cue-uncovered", "quote-outside-content"} <= checks_of(r)


def test_inconsistent_nom_head_is_found():
    docs = []
    for d in CORPUS.documents:
        docs.append(replace(d, spans=tuple(replace(s, actor_type="other") if s.label == "ACTOR" and s.text == "militants" and s.start < 30 else s
                                           for s in d.spans)))
    r = audit(Corpus(CORPUS.root, tuple(docs), CORPUS.entities), ALLOW)
    assert "nom-head-inconsistent" in checks_of(r)


def test_stale_allowlist_entry_is_reported():
    extra = replace(ALLOW[0], context="words that are not in the corpus")
    r = audit(CORPUS, ALLOW + [extra])
    assert r.stale == [extra] and not r.ok


def test_allowlist_entry_without_reason_is_an_error(tmp_path):
    p = tmp_path / "allow.json"
    p.write_text(json.dumps({"allow": [{"check": "number-uncounted", "doc_id": "x", "text": "1", "context": "1", "reason": " "}]}))
    with pytest.raises(AllowlistError, match="no reason"):
        load_allowlist(p)


def test_cli_exit_codes(tmp_path):
    ok = runner.invoke(app, ["audit"])
    assert ok.exit_code == 0 and ok.output.startswith("clean")
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"allow": []}))
    bad = runner.invoke(app, ["audit", "--allowlist", str(empty), "--format", "json"])
    assert bad.exit_code == 1
    assert json.loads(bad.output)["suspects"]


def test_numbers_inside_time_spans_are_not_suspects_but_outside_them_are():
    """'the last two days', 'February 18': a number in a TIME span is a date or duration
    (G35, G79, G91); without the TIME span it is a suspect again."""
    r = audit(without(lambda d, s: s.label == "TIME" and s.text in ("the last two days", "February 18")), ALLOW)
    texts = {s.text for s in r.suspects if s.check == "number-uncounted"}
    assert texts == {"two", "18"}


def test_two_entities_with_one_name_are_found():
    twin = replace(CORPUS.entity_index()["syria"], entity_id="syria-country")
    r = audit(Corpus(CORPUS.root, CORPUS.documents, (*CORPUS.entities, twin)), ALLOW)
    assert [s.text for s in r.suspects] == ["LOCATION Syria: syria, syria-country"]
    assert checks_of(r) == {"entity-same-name"}
