"""Where a command may write: guards on resolved paths, and the stamp of an output folder.

Paths are compared after resolving symbolic links and ``..``, so another spelling of
the same folder (``L -> dataset``) is the same folder. Three guards:

- :func:`refuse_sources`: no command writes into, or replaces, a dataset's sources
  (``raw/``, ``annotations/``, the manifest, the entity and event tables, the
  guidelines, the allowlist, the adjudication record and the development set) unless
  that is its job
  (``add``), nor a dataset folder or a folder that contains one;
- :func:`refuse_inputs`: no command writes over one of its own inputs;
- :func:`check_replaceable`: an existing output folder is replaced only with
  ``overwrite`` and only when it carries the stamp (:data:`STAMP`) of the same command
  and holds nothing but the files that stamp lists, so ``--overwrite`` can never
  delete a folder of anything else.

Guards raise :class:`GuardError`, a usage error (exit 2): the arguments named a
place the command must not write.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import UsageError
from .read import read_json
from .write import atomic_write

SOURCES = ("raw", "annotations", "manifest.json", "entities.json", "events.json", "GUIDELINES.md", "LICENSE-DATA.md",
           "CHANGELOG.md", "audit_allowlist.json", "adjudication", "dev")
"""A dataset's sources, relative to its folder: what only ``add`` (and people) change."""

STAMP = ".ghouta-corpus-output.json"
"""The file a command writes into an output folder it creates: which command, and
the files it wrote."""


class GuardError(UsageError):
    """A command was asked to write where it must not (exit 2)."""


def resolved(path: Path) -> Path:
    """``path`` with symbolic links and ``..`` resolved (it need not exist)."""
    return Path(os.path.realpath(path))


def _overlap(a: Path, b: Path) -> bool:
    return a == b or a in b.parents or b in a.parents


def _datasets_around(path: Path) -> list[Path]:
    """Dataset folders (holding ``manifest.json``) that are ``path``, contain it, or lie in it one level down."""
    found = [p for p in (path, *path.parents) if (p / "manifest.json").is_file()]
    if path.is_dir():
        try:
            found += [c for c in path.iterdir() if c.is_dir() and (c / "manifest.json").is_file()]
        except OSError:
            pass
    return found


def refuse_sources(target: Path, what: str, extra: Iterable[Path] = ()) -> None:
    """Raise :class:`GuardError` if ``target`` (resolved) is a dataset's source, lies
    inside one, or contains a dataset folder; ``extra`` are more dataset folders to
    protect (the one a command reads, which may not be above ``target``)."""
    t = resolved(target)
    for root in {*_datasets_around(t), *(resolved(p) for p in extra)}:
        if t == root or t in root.parents:
            raise GuardError(f"{target}: {what} would replace the dataset folder {root}; choose another place")
        for name in SOURCES:
            src = root / name
            if _overlap(t, src):
                raise GuardError(f"{target}: {what} would write into {src}, a source of the dataset; "
                                 "choose a place outside the dataset's sources")


def refuse_inputs(target: Path, inputs: Iterable[Path], what: str) -> None:
    """Raise :class:`GuardError` if ``target`` (resolved) is one of ``inputs``, lies in
    an input folder, or contains an input."""
    t = resolved(target)
    for p in inputs:
        if _overlap(t, resolved(p)):
            raise GuardError(f"{target}: {what} would overwrite its own input {p}; choose another place")


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (resolved) is ``folder`` or lies in it."""
    p, f = resolved(path), resolved(folder)
    return p == f or f in p.parents


def write_stamp(folder: Path, command: str, files: Iterable[Path]) -> Path:
    """Mark ``folder`` (staged, before it is switched in) as written by ``command``,
    listing ``files`` (paths under it); deterministic, so outputs stay byte-identical."""
    rel = sorted(p.relative_to(folder).as_posix() for p in files)
    return atomic_write(folder / STAMP, json.dumps({"written_by": f"ghouta-corpus {command}", "files": rel},
                                                   indent=1) + "\n")


def check_replaceable(out: Path, command: str, overwrite: bool) -> None:
    """Raise :class:`GuardError` unless ``out`` may be written by ``command``: it does
    not exist, or is an empty folder, or (with ``overwrite``) is a folder that
    ``command`` wrote (its stamp) holding only the files that stamp lists."""
    if not os.path.lexists(out):
        return
    if out.is_symlink() or not out.is_dir():
        raise GuardError(f"{out} exists and is not a folder; choose another place")
    try:
        present = sorted(p for p in out.rglob("*") if not p.is_dir() or p.is_symlink())
    except OSError as e:
        raise GuardError(f"{out}: cannot list the folder ({e.strerror})") from None
    if not present:
        return
    if not overwrite:
        raise GuardError(f"{out} exists and is not empty; choose another folder or pass --overwrite")
    stamp, _ = read_json(out / STAMP)
    if not (isinstance(stamp, dict) and stamp.get("written_by") == f"ghouta-corpus {command}"
            and isinstance(stamp.get("files"), list)):
        raise GuardError(f"{out} was not written by ghouta-corpus {command} (no {STAMP}); --overwrite only replaces "
                         "a folder the same command wrote; choose another folder")
    listed = set(stamp["files"]) | {STAMP}
    for p in present:
        rel = p.relative_to(out).as_posix()
        if rel not in listed or p.is_symlink():
            raise GuardError(f"{out} holds {rel}, which ghouta-corpus {command} did not write; refusing to replace "
                             "it (move that file out, or choose another folder)")
