"""The corpus in ``dataset/``: the manifest, raw texts, annotation files and the entity table.

:func:`load_corpus` and :func:`iter_documents` are for code that runs after
``validate`` passed (build, export, evaluate, view): they read through
:mod:`ghouta_corpus.io.read` and raise :class:`CorpusError` on the first problem.
``validate`` reads the same files itself, because it reports every problem instead.
Every file is read as part of ``root``: a symbolic link out of the dataset is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model.records import DocMeta, Document, Entity, Event, ModelError
from .manifest import ManifestDoubt, stream_entries
from .read import CorpusError, document_from_json, load_json, load_text, read_json, read_text, too_deep
from .write import dump_json

# read_text, read_json, too_deep and dump_json are also imported from here by older callers
__all__ = ["Corpus", "CorpusError", "StreamedCorpus", "annotation_path", "dump_json", "iter_documents", "iter_manifest",
           "load_corpus", "load_entities", "load_events", "manifest_entries", "raw_text", "read_json", "read_text",
           "too_deep"]


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: documents in manifest order and the entity table."""
    root: Path
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.doc_id == doc_id:
                return d
        raise CorpusError(f"no document {doc_id!r} in {self.root}")

    def entity_index(self) -> dict[str, Entity]:
        return {e.entity_id: e for e in self.entities}


def manifest_entries(root: Path) -> list[DocMeta]:
    data = load_json(root / "manifest.json", within=root)
    try:
        return [DocMeta.from_json(d) for d in data["documents"]]
    except (KeyError, TypeError) as e:
        raise CorpusError(f"{root / 'manifest.json'}: malformed manifest ({e})", "schema") from None


def iter_manifest(root: Path) -> Iterator[DocMeta]:
    """:func:`manifest_entries` one at a time, streamed (:mod:`ghouta_corpus.io.manifest`),
    so that memory does not grow with the corpus; for code that runs after
    ``validate`` passed. A manifest the stream cannot vouch for is read whole, from
    where the stream stopped."""
    n = 0
    try:
        for d in stream_entries(root / "manifest.json", root):
            try:
                meta = DocMeta.from_json(d)
            except (KeyError, TypeError, AttributeError) as e:
                raise CorpusError(f"{root / 'manifest.json'}: malformed manifest ({e})", "schema") from None
            n += 1
            yield meta
        return
    except ManifestDoubt:
        pass
    yield from manifest_entries(root)[n:]


def raw_text(root: Path, meta: DocMeta) -> str:
    return load_text(root / "raw" / meta.source_file, within=root)


def annotation_path(root: Path, doc_id: str) -> Path:
    return root / "annotations" / f"{doc_id}.json"


def iter_documents(root: Path) -> Iterator[Document]:
    """Documents one at a time, in manifest order (memory does not grow with the corpus)."""
    for meta in iter_manifest(root):
        path = annotation_path(root, meta.doc_id)
        yield document_from_json(load_json(path, within=root), raw_text(root, meta), meta, str(path))


def load_entities(root: Path) -> tuple[Entity, ...]:
    data = load_json(root / "entities.json", within=root)
    try:
        return tuple(Entity.from_json(e) for e in data["entities"])
    except (ModelError, KeyError, TypeError) as e:
        raise CorpusError(f"{root / 'entities.json'}: {e}", "schema") from None


def load_events(root: Path) -> dict[str, Event]:
    """The event table of the dataset at ``root`` (``events.json``) by event id; empty
    for a dataset without one (the event layer is optional)."""
    path = Path(root) / "events.json"
    if not path.is_file():
        return {}
    data = load_json(path, within=Path(root))
    try:
        rows = [Event.from_json(e) for e in data["events"]]
    except (ModelError, KeyError, TypeError) as e:
        raise CorpusError(f"{path}: {e}", "schema") from None
    return {e.event_id: e for e in rows}


def load_corpus(root: Path) -> Corpus:
    return Corpus(root, tuple(iter_documents(root)), load_entities(root))


class StreamedCorpus:
    """A corpus read one document at a time: each walk over ``documents`` reads the
    files anew, so checks that walk the corpus several times (``audit``, run by
    validate's gold gate) keep memory flat however many documents there are."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._entities: tuple[Entity, ...] | None = None

    @property
    def documents(self) -> Iterator[Document]:
        return iter_documents(self.root)

    @property
    def entities(self) -> tuple[Entity, ...]:
        if self._entities is None:
            self._entities = load_entities(self.root)
        return self._entities
