"""Train the learned COUNT category (:mod:`ghouta_corpus.annotate.learned`) and judge it by cross-validation.

``python -m ghouta_corpus.dev.train_category`` computes the features of every gold COUNT
of the two gold articles and of the development set's ``dev`` documents (sealed
documents are skipped by their manifest entry before any file of theirs is read),
cross-validates by document (:data:`FOLDS` folds grouped by document) three ways: the rules alone, the
classifier without the rules' category, the classifier with it; fits the model on
everything and writes ``annotate/data/category_model.json`` with the table, a hash of
the training files and ``switched_on``, true only where a classifier's cross-validated
accuracy beats the rules' by :data:`MARGIN`. ``--cv`` prints the table and writes
nothing; ``--check`` says whether the committed model is stale (its training files
changed). The same inputs give byte-identical output: sorted features, fixed
iterations, weights rounded.

Why cross-validation and not the ``baseline`` dev row: after training on dev, the dev
row is a fit. A caveat the table cannot remove: the rules' category, a feature of (c)
and the whole of (a), was itself written while reading these documents, so (a) and (c)
are fits of the rules in every fold; only (b) is a clean estimate.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..annotate.learned import MODEL_FILE, document_features, predict
from ..annotate.pipeline import RULE_CATEGORIES, draft
from ..curation.baseline import _dct, dev_documents, spent_sealed
from ..io import atomic_write, load_corpus, manifest_entries
from ..model.records import Document
from ..model.vocab import SEALED
from ..paths import project_root

MARGIN = 0.03
"""How much a classifier's cross-validated accuracy must beat the rules' to be switched on."""
MIN_DOCS = 3
"""A feature seen in fewer training documents is dropped (it is one article's lexicon entry)."""
FOLDS = 8
"""Cross-validation folds, grouped by document."""
L2 = 1.0
ITERATIONS = 300
STEP = 0.5


@dataclass(frozen=True)
class Example:
    """One gold COUNT: its document, features (with the rules' category), gold label."""
    doc_id: str
    features: tuple[str, ...]
    label: str
    rule: str


def model_path() -> Path:
    """The committed model, beside the annotator's other data."""
    return Path(__file__).resolve().parents[1] / "annotate" / "data" / MODEL_FILE


def training_files(root: Path) -> list[tuple[str, list[Path]]]:
    """Each training document's id and files (annotation, raw text): the gold articles
    and the ``dev`` split of ``dataset/dev``. Sealed entries are dropped by their
    manifest split before any path of theirs is formed."""
    out = []
    for folder in (root / "dataset", root / "dataset" / "dev"):
        for meta in manifest_entries(folder):
            if folder.name == "dev" and meta.split != "dev" or meta.split == SEALED:
                continue
            out.append((meta.doc_id, [folder / "annotations" / f"{meta.doc_id}.json",
                                      folder / "raw" / meta.source_file]))
    return sorted(out)


def training_hash(root: Path) -> str:
    """SHA-256 over the training documents' ids and file bytes, in id order: what a fast
    test compares with the committed model's to tell that it is stale."""
    h = hashlib.sha256()
    for doc_id, paths in training_files(root):
        h.update(doc_id.encode() + b"\0")
        for p in paths:
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def training_documents(root: Path) -> list[Document]:
    """The gold documents trained on (never a sealed one: :func:`dev_documents` skips them)."""
    return list(load_corpus(root / "dataset").documents) + dev_documents(root / "dataset" / "dev", "dev")


def examples(docs: list[Document]) -> list[Example]:
    """The features of each gold COUNT that a drafted COUNT overlaps (the drafted one's
    features and rule category: what the annotator would see); gold COUNTs no draft
    overlaps are left out, as the annotator never categorises them."""
    out = []
    for doc in docs:
        d = draft(doc.text, dct=_dct(doc), until=RULE_CATEGORIES)
        feats = document_features(d.ctx, d.counts, d.count_links)
        spans = [(d.ctx.ws[s].start, d.ctx.ws[e - 1].end, s) for s, e, _ in d.counts]
        for g in doc.spans:
            if g.label != "COUNT":
                continue
            hit = next((s for a, b, s in spans if a < g.end and g.start < b), None)
            if hit is not None:
                rule = d.count_links.categories.get(hit, "other")
                out.append(Example(doc.doc_id, tuple(feats[hit]), str(g.category), rule))
    return out


def _vocabulary(train: list[Example], with_rule: bool) -> list[str]:
    """The features seen in at least :data:`MIN_DOCS` training documents, sorted."""
    docs: dict[str, set[str]] = {}
    for x in train:
        for f in x.features:
            if with_rule or not f.startswith("rule="):
                docs.setdefault(f, set()).add(x.doc_id)
    return sorted(f for f, ds in docs.items() if len(ds) >= MIN_DOCS)


def _matrix(xs: list[Example], index: dict[str, int]) -> np.ndarray[Any, np.dtype[np.float64]]:
    m = np.zeros((len(xs), len(index)))
    for r, x in enumerate(xs):
        for f in x.features:
            if f in index:
                m[r, index[f]] = 1.0
    return m


def fit(train: list[Example], classes: list[str], with_rule: bool = True) -> dict[str, Any]:
    """Multinomial logistic regression by full-batch gradient descent (fixed iterations,
    L2 on the weights, not on the bias nor on the rules' category, whose trust is what the
    model is to learn), over :func:`_vocabulary`; weights rounded to six
    places so that the file is byte-identical across runs."""
    vocab = _vocabulary(train, with_rule)
    index = {f: i for i, f in enumerate(vocab)}
    x, n = _matrix(train, index), len(train)
    y = np.zeros((n, len(classes)))
    y[np.arange(n), [classes.index(t.label) for t in train]] = 1.0
    w, b = np.zeros((len(vocab), len(classes))), np.zeros(len(classes))
    penalty = np.array([[0.0 if f.startswith("rule=") else L2] for f in vocab])
    for _ in range(ITERATIONS):
        z = x @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        w -= STEP * (x.T @ g + penalty * w / n)
        b -= STEP * g.sum(axis=0)
    return {"classes": classes, "bias": [round(float(v), 6) for v in b],
            "weights": {f: [round(float(v), 6) for v in w[i]] for f, i in index.items()}}


def _predict(model: dict[str, Any], xs: list[Example]) -> list[str]:
    """The annotator's own scoring (:func:`~ghouta_corpus.annotate.learned.predict`)."""
    return [predict(model, list(x.features)) for x in xs]


def cross_validate(xs: list[Example], classes: list[str]) -> dict[str, dict[str, list[str]]]:
    """Out-of-fold predictions per method, per document: :data:`FOLDS` folds grouped by
    document (the documents in id order dealt round-robin), so that no document's COUNTs
    are on both sides; the vocabulary is chosen within each fold's training part."""
    out: dict[str, dict[str, list[str]]] = {"rules": {}, "classifier": {}, "classifier+rules": {}}
    docs = sorted({x.doc_id for x in xs})
    for k in range(min(FOLDS, len(docs))):
        held = set(docs[k::FOLDS])
        train = [x for x in xs if x.doc_id not in held]
        models = {"classifier": fit(train, classes, with_rule=False),
                  "classifier+rules": fit(train, classes, with_rule=True)}
        for doc_id in sorted(held):
            test = [x for x in xs if x.doc_id == doc_id]
            out["rules"][doc_id] = [x.rule for x in test]
            for name, model in models.items():
                out[name][doc_id] = _predict(model, test)
    return out


def cv_table(xs: list[Example], preds: dict[str, dict[str, list[str]]]) -> dict[str, Any]:
    """Accuracy of each method on every fold and on the spent sealed parts' documents."""
    gold = {d: [x.label for x in xs if x.doc_id == d] for d in {x.doc_id for x in xs}}

    def acc(method: str, docs: set[str]) -> dict[str, Any]:
        right = sum(p == g for d in docs for p, g in zip(preds[method][d], gold[d], strict=True))
        total = sum(len(gold[d]) for d in docs)
        return {"correct": right, "counts": total, "accuracy": round(right / total, 3) if total else None}
    spent = set(gold) & spent_sealed(project_root() / "dataset")
    return {"folds": f"{FOLDS} folds grouped by document", "documents": len(gold), "spent_sealed_documents": len(spent),
            "methods": {m: {"all": acc(m, set(gold)), "spent_sealed": acc(m, spent)} for m in preds},
            "by_class": _by_class(gold, preds)}


def _by_class(gold: dict[str, list[str]], preds: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, Any]]:
    """Per gold class: how many, each method's recall, and what each method said instead."""
    out: dict[str, dict[str, Any]] = {}
    for c in sorted({g for gs in gold.values() for g in gs}):
        row: dict[str, Any] = {"counts": sum(gs.count(c) for gs in gold.values())}
        for m, by_doc in preds.items():
            said = [p for d, gs in gold.items() for p, g in zip(by_doc[d], gs, strict=True) if g == c]
            wrong: dict[str, int] = {}
            for p in said:
                if p != c:
                    wrong[p] = wrong.get(p, 0) + 1
            row[m] = {"recall": round(said.count(c) / len(said), 3), "instead": dict(sorted(wrong.items()))}
        out[c] = row
    return out


def print_table(table: dict[str, Any]) -> None:
    print(f"COUNT category, {table['folds']}: {table['documents']} documents "
          f"({table['spent_sealed_documents']} of spent sealed parts)")
    print(f"{'method':<18} {'all':>16} {'spent sealed':>18}")
    for m, r in table["methods"].items():
        a, s = r["all"], r["spent_sealed"]
        print(f"{m:<18} {a['accuracy']:>6} ({a['correct']}/{a['counts']}) {s['accuracy']:>8} "
              f"({s['correct']}/{s['counts']})")
    print(f"\nrecall by gold class: {'  '.join(table['methods'])}")
    for c, row in table["by_class"].items():
        cells = "  ".join(f"{row[m]['recall']:.3f} {row[m]['instead']}" for m in table["methods"])
        print(f"{c:<10} {row['counts']:>4}  {cells}")


def train(root: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The model trained on every training COUNT, with its CV table and switch."""
    xs = examples(training_documents(root))
    classes = sorted({x.label for x in xs} | {x.rule for x in xs})
    table = cv_table(xs, cross_validate(xs, classes))
    rules = table["methods"]["rules"]["all"]["accuracy"]
    best = max(("classifier", "classifier+rules"), key=lambda m: table["methods"][m]["all"]["accuracy"])
    on = table["methods"][best]["all"]["accuracy"] >= rules + MARGIN
    model = fit(xs, classes, with_rule=best == "classifier+rules")
    model.update(switched_on=on, method=best, margin=MARGIN, cv=table,
                 training={"documents": len({x.doc_id for x in xs}), "counts": len(xs),
                           "hash": training_hash(root)},
                 settings={"l2": L2, "iterations": ITERATIONS, "step": STEP, "min_documents": MIN_DOCS})
    return model, table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="print the cross-validation table, write nothing")
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed model is stale")
    args = ap.parse_args(argv)
    root = project_root()
    if args.check:
        stored = json.loads(model_path().read_text())["training"]["hash"]
        stale = stored != training_hash(root)
        print("stale: retrain" if stale else "up to date")
        return int(stale)
    model, table = train(root)
    print_table(table)
    print(f"switched on: {model['switched_on']} ({model['method']}; margin {MARGIN})")
    if not args.cv:
        atomic_write(model_path(), json.dumps(model, indent=0, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
