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
from pathlib import Path
from typing import Any, Callable

from ..io.corpus import Corpus, dump_json, load_corpus
from ..evaluate.core import evaluate
from ..model.records import Document

BASELINE_DIR = "baseline"


def _rules(corpus: Corpus, doc: Document):
    from ..annotate import Lexicon
    return Lexicon.default()


def _rules_gold_loo(corpus: Corpus, doc: Document):
    from ..annotate import Lexicon
    others = [d for d in corpus.documents if d.doc_id != doc.doc_id]
    return Lexicon.default().extended(Lexicon.from_gold(others))


VARIANTS: dict[str, tuple[str, Callable[[Corpus, Document], Any]]] = {
    "rules": ("hand-written rules and lexicons, no gold annotation as input", _rules),
    "rules+gold-lexicon-loo": ("plus terms from the other document's gold (leave-one-document-out)", _rules_gold_loo),
}

CAVEAT = ("**Read these as a fit, not a generalisation estimate.** The rules and default lexicons "
          "were written by an agent that read both articles and the guidelines while writing them, "
          "so the two gold documents are their development data: the near-perfect scores show that "
          "the extractors implement the guidelines on this corpus, not how they do on new text. "
          "The leave-one-document-out variant removes leakage through gold-derived lexicons only. "
          "There is no held-out gold document yet; the first article added with `ghouta-corpus add` "
          "and corrected will give the first honest figure.")


def predictions(corpus: Corpus, variant: str) -> list[Document]:
    from ..annotate import annotate_text
    make = VARIANTS[variant][1]
    return [annotate_text(d.text, d.doc_id, make(corpus, d))[0] for d in corpus.documents]


def run_baseline(dataset: Path) -> dict[str, Any]:
    """Annotate every gold document with each variant, write the predictions and the
    scores under ``dataset/baseline/``, and return the scores."""
    corpus = load_corpus(dataset)
    root = dataset / BASELINE_DIR
    scores: dict[str, Any] = {}
    for variant, (description, _) in VARIANTS.items():
        preds = predictions(corpus, variant)
        folder = root / variant
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for p in preds:
            (folder / f"{p.doc_id}.json").write_text(dump_json(p.to_json()), encoding="utf-8")
        scores[variant] = {"description": description, "scores": evaluate(corpus.documents, preds)}
    (root / "scores.json").write_text(json.dumps(scores, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return scores


def baseline_table(data: dict[str, Any]) -> str:
    """Markdown table of the recorded baseline scores, one row per variant."""
    from ..build.stats import markdown_table
    head = ["variant", "ACTOR F1", "LOCATION F1", "COUNT F1", "COUNT value acc.", "COUNT category acc.",
            "COUNT_OF F1", "attribution record F1", "CONTENT token F1", "all spans exact F1"]
    rows = [head]
    for variant, v in data.items():
        s = v["scores"]
        ex = s["spans"]["exact"]
        rows.append([f"`{variant}`: {v['description']}", f"{ex['ACTOR']['f1']:.3f}", f"{ex['LOCATION']['f1']:.3f}",
                     f"{ex['COUNT']['f1']:.3f}", f"{s['attributes']['count_value']['accuracy']:.3f}",
                     f"{s['attributes']['count_category']['accuracy']:.3f}", f"{s['count_of']['f1']:.3f}",
                     f"{s['attributions']['records']['f1']:.3f}", f"{s['attributions']['tokens']['CONTENT']['f1']:.3f}",
                     f"{ex['overall']['f1']:.3f}"])
    return (markdown_table(rows) + "\n\nBoth documents, scored with `ghouta-corpus evaluate dataset/annotations "
            "dataset/baseline/<variant>` (exact span match; value and category accuracy on exactly matched COUNTs).\n\n"
            + CAVEAT)
