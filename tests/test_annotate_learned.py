"""The learned COUNT category (annotate/learned.py, dev/train_category.py): deterministic
training that learns what it is shown, a committed model that is not stale, no sealed
document in the training set, and a stage that changes nothing while switched off."""

from __future__ import annotations

import json

from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.annotate.learned import WINDOW, document_features, load_model, predict, relabel
from ghouta_corpus.annotate.pipeline import RULE_CATEGORIES, draft
from ghouta_corpus.dev import train_category as tc
from ghouta_corpus.io import manifest_entries
from ghouta_corpus.paths import project_root

STORY = ("Some 300 people fled the town on Monday, and 40 civilians were killed in the shelling. "
         "The army said 120 fighters had been evacuated by bus.")


def _corpus() -> list[tc.Example]:
    """Six invented documents: 'flee' marks displaced, 'kill' killed, else other; one
    feature ('only=here') exists in one document and must be dropped."""
    xs = []
    for d in range(6):
        doc = f"doc{d}"
        xs.append(tc.Example(doc, ("rule=other", "sent=flee", "story=evacuated"), "displaced", "other"))
        xs.append(tc.Example(doc, ("rule=other", "sent=kill", "story=evacuated"), "killed", "other"))
        xs.append(tc.Example(doc, ("rule=other", "sent=say", "story=evacuated"), "other", "other"))
    xs.append(tc.Example("doc0", ("only=here", "rule=other"), "killed", "other"))
    return xs


def test_training_is_deterministic_and_learns_the_pattern() -> None:
    xs = _corpus()
    classes = ["displaced", "killed", "other"]
    a, b = tc.fit(xs, classes), tc.fit(xs, classes)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert "only=here" not in a["weights"]                       # seen in one document: dropped
    assert predict(a, ["sent=flee", "rule=other"]) == "displaced"
    assert predict(a, ["sent=kill", "rule=other"]) == "killed"
    assert predict(a, ["sent=say", "rule=other"]) == "other"
    without = tc.fit(xs, classes, with_rule=False)
    assert not any(f.startswith("rule=") for f in without["weights"])


def test_cross_validation_keeps_documents_apart() -> None:
    xs = _corpus()
    preds = tc.cross_validate(xs, ["displaced", "killed", "other"])
    table = tc.cv_table(xs, preds)
    assert table["documents"] == 6
    assert table["methods"]["rules"]["all"]["accuracy"] == round(6 / 19, 3)   # the rules say 'other' throughout
    assert table["methods"]["classifier"]["all"]["accuracy"] >= 0.9


def test_committed_model_is_trained_on_the_current_training_files() -> None:
    model = load_model()
    assert model["training"]["hash"] == tc.training_hash(project_root()), \
        "training files changed: python -m ghouta_corpus.dev.train_category"
    rows = model["cv"]["methods"]
    best = rows[model["method"]]["all"]["accuracy"]
    assert model["switched_on"] == (best >= rows["rules"]["all"]["accuracy"] + model["margin"])


def test_training_set_holds_no_sealed_document() -> None:
    dev = project_root() / "dataset" / "dev"
    sealed = {m.doc_id for m in manifest_entries(dev) if m.split == "sealed"}
    dev_ids = {m.doc_id for m in manifest_entries(dev) if m.split == "dev"}
    ids = {doc_id for doc_id, _ in tc.training_files(project_root())}
    assert sealed and not ids & sealed
    assert dev_ids <= ids
    assert {d.doc_id for d in tc.training_documents(project_root())} == ids    # what examples() reads
    assert all("dataset/dev/raw" not in str(p) or doc_id in dev_ids
               for doc_id, paths in tc.training_files(project_root()) for p in paths)


def test_features_hold_no_numbers_or_names() -> None:
    d = draft(STORY, until=RULE_CATEGORIES)
    feats = document_features(d.ctx, d.counts, d.count_links)
    assert len(feats) == 3
    for fs in feats.values():
        assert any(f.startswith("rule=") for f in fs)
        assert not any(ch.isdigit() for f in fs for ch in f.split("=", 1)[1])
        assert "sent=monday" not in fs and "sent=Monday" not in fs
    first = feats[min(feats)]
    assert "R1=people" in first and "va=flee" in first


def test_the_stage_changes_nothing_while_switched_off() -> None:
    always = {"classes": ["killed"], "bias": [0.0], "weights": {}, "switched_on": True}
    d = draft(STORY, until=RULE_CATEGORIES)
    before = dict(d.count_links.categories)
    relabel(d.ctx, d.counts, d.count_links, always, on=False)
    assert d.count_links.categories == before
    relabel(d.ctx, d.counts, d.count_links, {**always, "switched_on": False})
    assert d.count_links.categories == before
    relabel(d.ctx, d.counts, d.count_links, always)
    assert set(d.count_links.categories.values()) == {"killed"}
    if not load_model()["switched_on"]:                # the committed model off: drafts are the rules'
        doc, _ = annotate_text(STORY, "d")
        assert [s.category for s in doc.spans if s.label == "COUNT"] == [before[s] for s in sorted(before)]


def test_the_architecture_page_states_the_training_settings() -> None:
    text = (project_root() / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert f"beats the rules' by {tc.MARGIN}" in text
    assert f"{tc.FOLDS} folds grouped by\ndocument" in text or f"{tc.FOLDS} folds grouped by document" in text
    assert f"window of {['zero', 'one', 'two', 'three'][WINDOW]} words" in text
    assert f"fewer than {['zero', 'one', 'two', 'three'][tc.MIN_DOCS]} training documents" in text
    switched = "says `switched_on`"
    assert switched in text and ("## The learned COUNT category (off)" in text) == (not load_model()["switched_on"])


def test_spent_sealed_documents_are_those_of_the_cards_sealed_history(tmp_path):
    from ghouta_corpus.curation.baseline import spent_sealed
    assert spent_sealed(tmp_path) == frozenset()  # no scores yet: none spent
    (tmp_path / "baseline").mkdir()
    (tmp_path / "baseline" / "scores.json").write_text(
        '{"sealed_history": [{"documents": ["a-2019", "b-2020"]}, {"documents": ["c-2021"]}]}', encoding="utf-8")
    assert spent_sealed(tmp_path) == {"a-2019", "b-2020", "c-2021"}
