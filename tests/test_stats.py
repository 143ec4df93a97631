"""`ghouta-corpus stats` is pinned by a golden file (regenerate with UPDATE_GOLDEN=1)
and agrees with a direct count over the corpus."""

from __future__ import annotations

import json
import os
from collections import Counter

from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.cli import app
from ghouta_corpus.io.corpus import load_corpus

GOLDEN = DATASET.parent / "tests" / "golden" / "stats.json"
runner = CliRunner()


def test_stats_json_matches_golden():
    r = runner.invoke(app, ["stats", "--format", "json"])
    assert r.exit_code == 0, r.output
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(r.output, encoding="utf-8")
    assert json.loads(r.output) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_stats_agree_with_a_direct_count():
    st = json.loads(runner.invoke(app, ["stats", "--format", "json"]).output)
    corpus = load_corpus(DATASET)
    labels = Counter(s.label for d in corpus.documents for s in d.spans)
    assert st["labels"] == {k: labels.get(k, 0) for k in st["labels"]}
    assert st["totals"]["attributions"] == sum(len(d.attributions) for d in corpus.documents)
    assert st["totals"]["entities"] == len(corpus.entities)


def test_stats_table_output():
    r = runner.invoke(app, ["stats"])
    assert r.exit_code == 0 and "ACTOR types" in r.output and "Per document" in r.output
