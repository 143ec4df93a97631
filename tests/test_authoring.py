"""The authoring compiler: the committed compiled passes are exactly what it makes of
the annotators' compact files, and bad rows are all reported at once."""

from __future__ import annotations

import json

import pytest

from conftest import DATASET, load
from ghouta_corpus.curation.authoring import AnchorError, compile_rows, read_compact
from ghouta_corpus.io import load_corpus

CORPUS = load_corpus(DATASET)


@pytest.mark.parametrize("run", ["pass-a", "pass-b"])
@pytest.mark.parametrize("doc", [d.doc_id for d in CORPUS.documents])
def test_compiled_pass_is_the_compilers_output(run, doc):
    folder = DATASET / "adjudication" / run
    rows = [r for f in sorted((folder / "compact").glob(f"*.{doc}.jsonl")) for r in read_compact(f)]
    compiled = compile_rows(doc, CORPUS.document(doc).text, rows).document
    assert compiled.to_json() == load(folder / f"{doc}.json")


def test_every_bad_row_is_reported(tmp_path):
    text = "Some 1,500 militants left Harasta on Thursday, a monitor said."
    rows = [{"_line": 1, "span": "ACTOR", "at": "[xyz]", "mention_type": "NOM", "actor_type": "armed_group"},
            {"_line": 2, "attribution": {"cue": ["[nope]"], "type": "indirect"}},
            {"_line": 3, "foo": 1},
            {"_line": 4, "span": "LOCATION", "at": "[Harasta]"}]
    with pytest.raises(AnchorError) as e:
        compile_rows("d", text, rows)
    assert str(e.value).splitlines() == ["d line 1: context not found: 'xyz'", "d line 2: context not found: 'nope'",
                                         "d line 3: row has none of span, attribution, entity, event",
                                         "d line 4: 'mention_type'"]
    (tmp_path / "c.jsonl").write_text(json.dumps(rows[2]) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(AnchorError, match="c.jsonl:2: not JSON"):
        read_compact(tmp_path / "c.jsonl")
