"""The baseline: the rule-based annotator scored on the gold.

Two variants, both written to ``dataset/baseline/<variant>/`` as annotation files and
scored with :func:`ghouta_corpus.evaluate.evaluate` into ``dataset/baseline/scores.json``
(the numbers the card and README print):

- ``rules``: :class:`~ghouta_corpus.annotate.Lexicon` ``.default()``, lexicons written by
  hand from general knowledge, no gold;
- ``rules+gold-lexicon-loo``: the default lexicon extended with terms derived from the
  gold annotation of the *other* documents only (leave-one-document-out), so no
  document is scored with a lexicon that has seen its own gold.

``evaluate dataset/annotations dataset/baseline/<variant>`` prints the same numbers
(a test checks it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..annotate import Lexicon, annotate_text
from ..build.card import BASELINE_DIR, baseline_table
from ..evaluate import EntityMap, evaluate
from ..io import Corpus, dump_json, load_corpus
from ..io.lock import dataset_lock
from ..io.transaction import Transaction
from ..model.records import Document
from ..validate.gate import refuse_drafts

# BASELINE_DIR and baseline_table live with the card, which reads what this writes
__all__ = ["BASELINE_DIR", "VARIANTS", "baseline_table", "predictions", "run_baseline"]


def _rules(corpus: Corpus, doc: Document) -> Lexicon:
    return Lexicon.default()


def _rules_gold_loo(corpus: Corpus, doc: Document) -> Lexicon:
    others = [d for d in corpus.documents if d.doc_id != doc.doc_id]
    return Lexicon.default().extended(Lexicon.from_gold(others))


VARIANTS: dict[str, tuple[str, Callable[[Corpus, Document], Lexicon]]] = {
    "rules": ("hand-written rules and lexicons, no gold annotation as input", _rules),
    "rules+gold-lexicon-loo": ("plus terms from the other document's gold (leave-one-document-out)", _rules_gold_loo),
}


def predictions(corpus: Corpus, variant: str) -> list[Document]:
    make = VARIANTS[variant][1]
    return [annotate_text(d.text, d.doc_id, make(corpus, d))[0] for d in corpus.documents]


def run_baseline(dataset: Path) -> dict[str, Any]:
    """Annotate every gold document with each variant, write the predictions and the
    scores under ``dataset/baseline/``, and return the scores. A draft document stops
    it (:class:`~ghouta_corpus.validate.gate.DraftError`, naming the drafts): a score
    against an unreviewed draft is no score. Holds the dataset lock; the predictions
    of every variant and ``scores.json`` are one
    :class:`~ghouta_corpus.io.transaction.Transaction` (scores last, prediction
    files of documents no longer in the corpus deleted), so the scores never describe
    predictions other than those beside them."""
    with dataset_lock(dataset, "baseline"):
        corpus = load_corpus(dataset)
        refuse_drafts(corpus.documents, f"baseline (scoring the annotator on the gold of {dataset})")
        root = dataset / BASELINE_DIR
        scores: dict[str, Any] = {}
        with Transaction(dataset, "baseline") as txn:
            for variant, (description, _) in VARIANTS.items():
                preds = predictions(corpus, variant)
                for p in preds:
                    txn.write(root / variant / f"{p.doc_id}.json", dump_json(p.to_json()))
                current = {f"{p.doc_id}.json" for p in preds}
                old = root / variant
                for stale in sorted(old.glob("*.json")) if old.is_dir() and not old.is_symlink() else []:
                    if stale.name not in current:
                        txn.delete(stale)
                scores[variant] = {"description": description, "scores": evaluate(corpus.documents, preds,
                                                                                      EntityMap(corpus.entities))}
            txn.write(root / "scores.json", json.dumps(scores, indent=1, ensure_ascii=False) + "\n")
            txn.commit()
    return scores
