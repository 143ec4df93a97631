"""The baseline: the rule-based annotator scored on three parts, each for what it is.

- **gold**: the two gold articles (``dataset/annotations``), a *fit*: the rules were
  written while reading them. Two variants, written to ``dataset/baseline/<variant>/``:
  ``rules`` (:class:`~ghouta_corpus.annotate.Lexicon` ``.default()``, no gold) and
  ``rules+gold-lexicon-loo`` (plus terms from the *other* gold document's annotation,
  leave-one-document-out). ``evaluate dataset/annotations dataset/baseline/<variant>``
  prints the same numbers (a test checks it).
- **dev**: the ``dev`` documents of the development set (``dataset/dev``, split
  ``dev``), *developed against*: the annotator was improved while looking at their
  errors, so their figures are a fit too, on text the rules were not first written for.
  Predictions go to ``dataset/dev/baseline/dev/``.
- **sealed**: the ``sealed`` documents of the development set, the *honest estimate*.
  Only :func:`run_baseline` with ``sealed=True`` (``ghouta-corpus baseline --sealed``)
  reads them, once, at the end of the annotator work; it records the date and the
  commit it scored. Without it the sealed documents are never opened (their manifest
  entries are skipped before any file of theirs is read) and the last recorded sealed
  row is kept as it is.
- **sealed history**: a sealed row is scored once. When the sealed documents change
  (a spent sealed part moved to ``dev``, a new one sealed) or are scored again, the old
  row moves to ``sealed_history`` with the reason, and stays in the card: an estimate
  once published is never silently replaced.

Everything is written to ``dataset/baseline/scores.json`` (what the card and the
README print). Dev and sealed predictions stay in ``dataset/dev/``, which is never
published (they quote the unpublished texts).
"""

from __future__ import annotations

import datetime
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..annotate import Lexicon, annotate_text
from ..build.card import BASELINE_DIR, baseline_table
from ..evaluate import EntityMap, evaluate
from ..io import Corpus, document_from_json, dump_json, load_corpus, load_json, manifest_entries, raw_text, read_json
from ..io.corpus import annotation_path
from ..io.lock import dataset_lock
from ..io.transaction import Transaction
from ..model.records import Document
from ..model.vocab import SEALED
from ..validate.gate import refuse_drafts

# BASELINE_DIR and baseline_table live with the card, which reads what this writes
__all__ = ["BASELINE_DIR", "DEV_DIR", "VARIANTS", "baseline_table", "dev_documents", "predictions", "run_baseline"]

DEV_DIR = "dev"  # dataset/dev: the development set, beside the published dataset


def _rules(corpus: Corpus, doc: Document) -> Lexicon:
    return Lexicon.default()


def _rules_gold_loo(corpus: Corpus, doc: Document) -> Lexicon:
    others = [d for d in corpus.documents if d.doc_id != doc.doc_id]
    return Lexicon.default().extended(Lexicon.from_gold(others))


VARIANTS: dict[str, tuple[str, Callable[[Corpus, Document], Lexicon]]] = {
    "rules": ("hand-written rules and lexicons, no gold annotation as input", _rules),
    "rules+gold-lexicon-loo": ("plus terms from the other document's gold (leave-one-document-out)", _rules_gold_loo),
}

PARTS = {
    "dev": "the development set's dev documents (developed against: a fit on text the rules were not first "
           "written for)",
    "sealed": "the development set's sealed documents (the honest estimate: never looked at while the annotator "
              "was developed)",
}


def _dct(doc: Document) -> datetime.date | None:
    """The document's creation time from its manifest entry, which resolves TIME values."""
    dct = doc.meta.dct if doc.meta is not None else None
    return datetime.date.fromisoformat(dct) if dct else None


def predictions(corpus: Corpus, variant: str) -> list[Document]:
    """The drafts of every gold document with the lexicon of ``variant`` and its DCT."""
    make = VARIANTS[variant][1]
    return [annotate_text(d.text, d.doc_id, make(corpus, d), _dct(d))[0] for d in corpus.documents]


def dev_documents(dev: Path, split: str) -> list[Document]:
    """The gold documents of one split (``dev`` or ``sealed``) of the development set.
    Entries of other splits are skipped before any of their files is opened."""
    out = []
    for meta in manifest_entries(dev):
        if meta.split != split:
            continue
        path = annotation_path(dev, meta.doc_id)
        out.append(document_from_json(load_json(path), raw_text(dev, meta), meta, str(path)))
    return out


def _write_predictions(txn: Transaction, folder: Path, preds: list[Document]) -> None:
    """The prediction files of one part, in the baseline's transaction; files of
    documents no longer predicted are deleted, so the folder holds exactly ``preds``."""
    for p in preds:
        txn.write(folder / f"{p.doc_id}.json", dump_json(p.to_json()))
    current = {f"{p.doc_id}.json" for p in preds}
    for stale in sorted(folder.glob("*.json")) if folder.is_dir() and not folder.is_symlink() else []:
        if stale.name not in current:
            txn.delete(stale)


def _score_part(txn: Transaction, dev: Path, split: str) -> dict[str, Any]:
    """Annotate and score the documents of one development split; write their predictions."""
    gold = dev_documents(dev, split)
    preds = [annotate_text(d.text, d.doc_id, dct=_dct(d))[0] for d in gold]
    _write_predictions(txn, dev / BASELINE_DIR / split, preds)
    return {"description": PARTS[split], "documents": [d.doc_id for d in gold], "scores": evaluate(gold, preds)}


def _commit(root: Path) -> str | None:
    """The git commit the project is at, or None outside a git checkout."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _sealed_ids(dev: Path) -> list[str]:
    """The ids of the sealed documents, from the manifest alone (no file of theirs is read)."""
    if not (dev / "manifest.json").exists():
        return []
    return sorted(m.doc_id for m in manifest_entries(dev) if m.split == SEALED)


def _carry_sealed(scores: dict[str, Any], previous: dict[str, Any], dev: Path, rescored: bool) -> None:
    """Keep the recorded sealed row while it still describes the sealed documents and was
    not scored again; otherwise move it to ``sealed_history`` with the reason."""
    history = list(previous.get("sealed_history", []))
    old = previous.get("sealed")
    if old:
        if rescored:
            history.append({**old, "retired": "superseded by a later sealed run"})
        elif sorted(old.get("documents", [])) != _sealed_ids(dev):
            history.append({**old, "retired": "its documents are no longer the sealed part (spent: moved to dev)"})
        else:
            scores["sealed"] = old
    if history:
        scores["sealed_history"] = history


def spent_sealed(dataset: Path) -> frozenset[str]:
    """The documents of every sealed part already scored and retired (the card's sealed
    history in ``scores.json``, which :func:`_carry_sealed` keeps): the dev documents
    most like unseen text, as the learned category's cross-validation reports them."""
    path = dataset / BASELINE_DIR / "scores.json"
    data, _ = read_json(path) if path.exists() else (None, None)
    history = data.get("sealed_history", []) if isinstance(data, dict) else []
    return frozenset(d for run in history for d in run.get("documents", ()))


def run_baseline(dataset: Path, sealed: bool = False) -> dict[str, Any]:
    """Annotate and score the gold articles (both variants) and the development set's
    dev documents, and, with ``sealed``, its sealed documents; write the predictions and
    ``dataset/baseline/scores.json``; return the scores.

    Without ``sealed`` the sealed row recorded before (if any) is kept unchanged and no
    sealed document is read. With it, the row records the UTC date and the git commit.
    A draft gold document stops it (:class:`~ghouta_corpus.validate.gate.DraftError`):
    a score against an unreviewed draft is no score. Holds the dataset lock; every
    prediction file and ``scores.json`` are one
    :class:`~ghouta_corpus.io.transaction.Transaction` (scores last), so the scores
    never describe predictions other than those beside them."""
    with dataset_lock(dataset, "baseline"):
        corpus = load_corpus(dataset)
        refuse_drafts(corpus.documents, f"baseline (scoring the annotator on the gold of {dataset})")
        root = dataset / BASELINE_DIR
        previous, _ = read_json(root / "scores.json") if (root / "scores.json").exists() else (None, None)
        with Transaction(dataset, "baseline") as txn:
            gold: dict[str, Any] = {}
            for variant, (description, _) in VARIANTS.items():
                preds = predictions(corpus, variant)
                _write_predictions(txn, root / variant, preds)
                gold[variant] = {"description": description,
                                 "scores": evaluate(corpus.documents, preds, EntityMap(corpus.entities))}
            scores: dict[str, Any] = {"gold": gold}
            dev = dataset / DEV_DIR
            if (dev / "manifest.json").exists():
                scores["dev"] = _score_part(txn, dev, "dev")
                if sealed:
                    row = _score_part(txn, dev, SEALED)
                    row.update(scored_at=datetime.datetime.now(datetime.UTC).date().isoformat(),
                               commit=_commit(dataset))
                    scores["sealed"] = row
            _carry_sealed(scores, previous if isinstance(previous, dict) else {}, dev, sealed)
            txn.write(root / "scores.json", json.dumps(scores, indent=1, ensure_ascii=False) + "\n")
            txn.commit()
    return scores
