"""The registry of formats and the two entry points, :func:`export` and :func:`read_documents`.

Each format module registers one :class:`Format` (its writer and, where the format
carries the whole annotation, its reader) with :func:`register`; adding a format is
adding a module and listing it in the package ``__init__``. Nothing here names a format.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..io import Corpus, CorpusError, replace_path, staged_folder
from ..io.guard import GuardError, check_replaceable, inside, refuse_sources, write_stamp
from ..io.lock import dataset_lock
from ..model.records import Document
from ..paths import project_root


class FormatError(CorpusError):
    """An export or import cannot be done; the message says which format, file or
    record and why. A :class:`~ghouta_corpus.io.CorpusError`, so that one ``except``
    catches every failure to read the corpus in any format."""


@dataclass(frozen=True)
class Format:
    """One format: ``export`` writes the corpus into an existing empty folder and
    returns the files it wrote; ``read`` (where the format carries the whole
    annotation) reads such a folder back into Documents."""
    name: str
    description: str
    export: Callable[[Corpus, Path], list[Path]]
    read: Callable[[Path], list[Document]] | None = None


EXPORTERS: dict[str, Format] = {}
"""Every registered format by name."""


def register(fmt: Format) -> Format:
    """Add ``fmt`` to :data:`EXPORTERS` (a name is registered once)."""
    if fmt.name in EXPORTERS:
        raise ValueError(f"format {fmt.name!r} is registered twice")
    EXPORTERS[fmt.name] = fmt
    return fmt


class UnknownFormatError(UsageError, FormatError):
    """A ``--format`` that names no registered format: a usage error (exit 2)."""


def get_format(name: str) -> Format:
    """The registered format ``name``; :class:`FormatError` lists the known ones."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UnknownFormatError(f"unknown format {name!r}; known formats: {', '.join(sorted(EXPORTERS))}") from None


def _check_target(out: Path, corpus: Corpus, overwrite: bool) -> None:
    """Refuse an ``out`` that is, holds or lies in the dataset being exported, or any
    dataset's sources (after resolving links: another spelling of the same folder is
    the same folder), and an existing folder that export did not write."""
    root = Path(os.path.abspath(corpus.root))
    if inside(root, out):
        raise GuardError(f"{out} holds the corpus being exported; choose another folder")
    is_dataset = (root / "manifest.json").is_file()  # a corpus built in memory has a root that is no dataset
    if is_dataset and inside(out, root):
        raise GuardError(f"{out} is inside the dataset being exported; write exports outside the dataset folder")
    refuse_sources(out, "export", [root] if is_dataset else [])
    check_replaceable(out, "export", overwrite)


def export(corpus: Corpus, fmt: str, out: Path, *, overwrite: bool = False) -> list[Path]:
    """Write ``corpus`` in format ``fmt`` into the folder ``out``; returns the files
    written (paths under ``out``).

    Everything is written into a staged folder beside ``out`` and switched into place
    at the end (:func:`ghouta_corpus.io.replace_path`), so an export that fails (bad
    data, missing optional dependency, full disk) leaves ``out`` as it was, or absent,
    and no temporary folder behind. The folder gets a stamp
    (:data:`~ghouta_corpus.io.guard.STAMP`) listing the files; an existing non-empty
    ``out`` is replaced only with ``overwrite=True`` and only when it is an export
    holding nothing else, so a typo in ``--out`` cannot wipe an unrelated folder, and
    never when it is, holds or lies in the corpus or any dataset's sources (checked on
    resolved paths). An export into the repository holds the dataset's write lock."""
    f = get_format(fmt)
    given, out = Path(out), Path(os.path.abspath(out))
    _check_target(out, corpus, overwrite)
    lock: contextlib.AbstractContextManager[list[str]] = (
        dataset_lock(corpus.root, "export") if inside(out, project_root()) else contextlib.nullcontext([]))
    try:
        with lock, staged_folder(out) as tmp:
            written = f.export(corpus, tmp)
            write_stamp(tmp, "export", written)
            replace_path(tmp, out)
    except OSError as e:
        raise FormatError(f"{out}: cannot write the {fmt} export: {e}") from e
    return [given / p.relative_to(tmp) for p in written]


def read_documents(fmt: str, folder: Path) -> list[Document]:
    """Read an export (a folder, or the file a tool exported) back into Documents, so
    that annotations corrected in an annotation tool come back into the corpus format
    with their ids; raises :class:`FormatError` for formats without a reader or a
    malformed export, naming the file and line, task or record."""
    f = get_format(fmt)
    if f.read is None:
        readable = sorted(n for n, x in EXPORTERS.items() if x.read)
        raise FormatError(f"format {fmt!r} cannot be read back; readable formats: {', '.join(readable)}")
    folder = Path(folder)
    if not folder.exists():
        raise FormatError(f"{folder}: no such file or folder")
    return f.read(folder)
