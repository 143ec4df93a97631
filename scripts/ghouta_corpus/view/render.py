"""Writing the view: every page rendered, staged beside the output folder and switched into place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..io import Corpus, atomic_write, replace_path, staged_folder
from ..io.guard import GuardError, inside, refuse_sources
from ..model.records import Document, Event
from ..model.vocab import SEALED
from .document import render_document
from .events import load_events
from .index import render_index
from .page import ViewError, page_name


def _check_replaceable(out: Path) -> None:
    if not out.exists() and not out.is_symlink():
        return
    if out.is_symlink() or not out.is_dir():
        raise ViewError(f"{out} exists and is not a directory; refusing to replace it")
    foreign = sorted(p.name for p in out.iterdir() if not (p.is_file() and not p.is_symlink() and p.suffix == ".html"))
    if foreign:
        raise ViewError(f"{out} holds {foreign[0]!r}, which the viewer did not write; refusing to replace it "
                        "(choose an empty or new folder)")


def _shown(doc: Document, split: str | None) -> bool:
    got = doc.meta.split if doc.meta is not None else None
    return got == split if split is not None else got != SEALED


def render_view(corpus: Corpus, out: Path, events: dict[str, Event] | None = None,
                split: str | None = None) -> list[Path]:
    """Write the HTML view of ``corpus`` to the folder ``out`` and return the files
    written (``index.html`` first, then one page per document in corpus order).
    ``events`` is the event table by id, read from the corpus's ``events.json`` when
    not given (none when the dataset has none). With ``split`` only that split's
    documents are shown; without it every document except the development set's
    sealed ones (:data:`~ghouta_corpus.model.vocab.SEALED`), which no tool shows
    unless asked by name, so that a look at the view never spends the honest estimate.

    The pages are built in a temporary folder next to ``out`` and moved into place,
    so ``out`` is either the previous view or the complete new one. An existing
    ``out`` is replaced only if it holds nothing but ``.html`` files (a previous view),
    and never inside the dataset or any dataset's sources (resolved paths)."""
    out = Path(out)
    is_dataset = (Path(corpus.root) / "manifest.json").is_file()
    if is_dataset and (inside(out, corpus.root) or inside(corpus.root, out)):
        raise GuardError(f"{out}: the view would be written into the dataset folder {corpus.root}; choose a folder "
                         "outside it")
    refuse_sources(out, "view", [corpus.root] if is_dataset else [])
    corpus = replace(corpus, documents=tuple(d for d in corpus.documents if _shown(d, split)))
    pages: list[tuple[str, str]] = []
    names = [page_name(d.doc_id) for d in corpus.documents]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ViewError(f"two documents would share the page {dupes[0]}")
    entities = corpus.entity_index()
    if events is None:
        events = load_events(corpus.root)
    pages.append(("index.html", render_index(corpus, events)))
    for doc, name in zip(corpus.documents, names, strict=True):
        pages.append((name, render_document(doc, entities, events=events)))
    _check_replaceable(out)
    with staged_folder(out) as tmp:
        for name, text in pages:
            atomic_write(tmp / name, text)
        replace_path(tmp, out)
    return [out / name for name, _ in pages]
