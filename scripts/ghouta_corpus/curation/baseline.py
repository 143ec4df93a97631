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
from ..io import Corpus, atomic_write, dump_json, load_corpus, replace_path, staged_folder
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
    scores under ``dataset/baseline/``, and return the scores. Each variant's folder
    is written staged and switched into place whole. A draft document stops it
    (:class:`~ghouta_corpus.validate.gate.DraftError`, naming the drafts): a score
    against an unreviewed draft is no score."""
    corpus = load_corpus(dataset)
    refuse_drafts(corpus.documents, f"baseline (scoring the annotator on the gold of {dataset})")
    root = dataset / BASELINE_DIR
    scores: dict[str, Any] = {}
    for variant, (description, _) in VARIANTS.items():
        preds = predictions(corpus, variant)
        with staged_folder(root / variant) as staged:
            for p in preds:
                atomic_write(staged / f"{p.doc_id}.json", dump_json(p.to_json()))
            replace_path(staged, root / variant)
        scores[variant] = {"description": description, "scores": evaluate(corpus.documents, preds,
                                                                              EntityMap(corpus.entities))}
    atomic_write(root / "scores.json", json.dumps(scores, indent=1, ensure_ascii=False) + "\n")
    return scores
