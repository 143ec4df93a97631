"""Changing several files of a dataset at once, so that a kill at any instant loses nothing.

A :class:`Transaction` is a staged folder inside the dataset (``.ghouta-txn.<command>.
<pid>.<random>``) in which a command writes every new file complete (with
:func:`~ghouta_corpus.io.write.atomic_write`, or a library's writer followed by
:func:`~ghouta_corpus.io.write.fsync_file`), then lists the switch in a journal: the
renames that move each staged file over its target and the deletions, in the order
the command chose. :meth:`Transaction.commit` writes the journal atomically (the
moment the change becomes certain) and carries it out, rename by rename.

A kill before the journal exists leaves the dataset untouched and a staged folder
that the next writing command deletes. A kill after it leaves a journal that the
next writing command finishes (:func:`recover`, called when the dataset lock is
taken): each rename whose staged file is still there is done, each deletion whose
file is still there is done, so the result is the complete new state. A rename is
atomic, so every file is always whole, old or new. Which files may be seen old and
new together between the kill and the recovery is the command's choice of order:
``add`` moves the manifest last (until then the corpus is the old one), ``build``
first narrows ``SHA256SUMS`` to the files it does not change and writes the full
list last, so that ``sha256sum -c SHA256SUMS`` passes at every instant.

Recovery never overwrites what someone changed in the meantime: the journal records
each target's identity (inode, size, modification time) before the switch, and a
target that is neither that nor a version this journal put there stops the recovery
with an error naming the file and the staged folder to compare it with.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import DataError
from .read import parse_json
from .write import _fsync_dir, atomic_write, clean_stale, pid_alive

PREFIX = ".ghouta-txn."
JOURNAL = "journal.json"
_NAME = re.compile(r"^\.ghouta-txn\.(?P<command>[a-z-]+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+$")
_ACTIVE: set[str] = set()  # staged folders of this process's transactions still in their block


class TransactionError(DataError):
    """A multi-file change could not be made or finished; the message names the file
    and what to do."""


def _identity(path: Path) -> list[int] | None:
    """What tells two versions of a file apart without reading it: a rename keeps the
    inode, and a rewrite changes the inode (atomic writes) or the size or mtime."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def _rel(path: Path, root: Path) -> str:
    return os.path.relpath(os.path.abspath(path), root)


@dataclass
class Transaction:
    """Files of ``root`` (a dataset folder) and of its neighbours (the project's
    README.md) changed together; see the module docstring. Use as a context manager:
    leaving the block without :meth:`commit` (an error) deletes the staged folder."""

    root: Path
    command: str
    folder: Path = field(init=False)
    ops: list[dict[str, Any]] = field(default_factory=list)
    committed: bool = False

    def __post_init__(self) -> None:
        self.root = Path(os.path.abspath(self.root))
        if not self.root.is_dir():
            raise TransactionError(f"{self.root}: no such dataset folder")
        try:
            self.folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{self.command}.{os.getpid()}.", dir=self.root))
        except OSError as e:
            raise TransactionError(f"{self.root}: cannot stage the {self.command}: {e.strerror}") from None
        os.chmod(self.folder, 0o777 & ~_umask())
        _ACTIVE.add(str(self.folder))

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        _ACTIVE.discard(str(self.folder))
        if not self.committed and not (self.folder / JOURNAL).exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    def staged(self, rel: str) -> Path:
        """A path inside the staged folder to write a new file to (parents created)."""
        p = self.folder / "new" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write(self, target: Path, data: bytes | str) -> None:
        """Stage ``data`` as the new content of ``target`` (moved in at commit)."""
        src = self.staged(f"{len(self.ops):05d}")
        try:
            atomic_write(src, data)
        except OSError as e:
            raise TransactionError(f"{target}: cannot stage its new version ({e.strerror}); nothing was changed") \
                from None
        self.move(src, target)

    def move(self, src: Path, target: Path) -> None:
        """At commit, rename the staged file ``src`` over ``target``."""
        self.ops.append({"op": "move", "src": _rel(src, self.folder), "dst": _rel(target, self.root),
                         "new": _identity(src), "before": _identity(target)})

    def delete(self, target: Path) -> None:
        """At commit, delete ``target`` (a file) and the folders it leaves empty."""
        self.ops.append({"op": "delete", "dst": _rel(target, self.root), "before": _identity(target)})

    def commit(self) -> None:
        """Check that every target folder is writable, write the journal, and switch.

        Nothing is switched when a target folder is not writable (the error names it).
        A failure during the switch leaves the journal for the next writing command
        to finish, and says so."""
        self._preflight()
        try:
            atomic_write(self.folder / JOURNAL, json.dumps({"command": self.command, "ops": self.ops}, indent=0))
        except OSError as e:
            raise TransactionError(f"{self.root}: cannot write the journal of the {self.command} ({e.strerror}); "
                                   "nothing was changed") from None
        self.committed = True
        try:
            _replay(self.root, self.folder)
        except OSError as e:
            raise TransactionError(f"{self.root}: the {self.command} was interrupted while switching files in "
                                   f"({e.strerror}: {e.filename}); the next writing command finishes it") from None
        shutil.rmtree(self.folder, ignore_errors=True)

    def _preflight(self) -> None:
        """Create and delete a file in every folder the switch writes to (the nearest
        existing one for a new folder): a read-only folder, a read-only or immutable
        mount is found before anything moves, whoever runs the command (root too)."""
        probed: set[Path] = set()
        for op in self.ops:
            folder = (self.root / op["dst"]).parent
            while not folder.exists():
                folder = folder.parent
            if folder in probed:
                continue
            probed.add(folder)
            try:
                fd, probe = tempfile.mkstemp(prefix=f".probe.{os.getpid()}.", suffix=".tmp", dir=folder)
                os.close(fd)
                os.unlink(probe)
            except OSError as e:
                raise TransactionError(f"{folder}: cannot write there ({e.strerror}); nothing was changed") from None


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def _conflict(root: Path, folder: Path, dst: Path, command: str) -> TransactionError:
    return TransactionError(f"{dst}: changed after an interrupted {command} was staged, so it was not overwritten; "
                            f"the staged files are in {folder}: compare them, then delete that folder")


def _replay(root: Path, folder: Path) -> None:
    """Carry out the journal of ``folder`` from wherever it stopped (idempotent)."""
    journal = parse_json((folder / JOURNAL).read_bytes())
    command, ops = journal["command"], journal["ops"]
    known: dict[str, list[Any]] = {}  # target -> the identities it may have now
    for op in ops:
        dst = root / op["dst"]
        allowed = known.setdefault(op["dst"], [op["before"]])
        if op["op"] == "move":
            src = folder / op["src"]
            if os.path.lexists(src):
                if _identity(dst) not in allowed:
                    raise _conflict(root, folder, dst, command)
                dst.parent.mkdir(parents=True, exist_ok=True)
                if dst.is_file() and not dst.is_symlink():
                    os.chmod(src, os.stat(dst).st_mode & 0o7777)  # a replaced file keeps its mode
                os.replace(src, dst)
                _fsync_dir(dst.parent)
            allowed.append(op["new"])
        else:
            if os.path.lexists(dst):
                if _identity(dst) not in allowed:
                    raise _conflict(root, folder, dst, command)
                os.unlink(dst)
                _prune(dst.parent, root)
            allowed.append(None)


def _prune(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents up to ``root`` while they are empty."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        _fsync_dir(folder.parent)
        folder = folder.parent


def pending(root: Path, locked: bool = False) -> Iterator[tuple[Path, str, bool]]:
    """``(folder, command, has journal)`` of every transaction folder in ``root``
    whose process is gone: an interrupted change (with a journal, to be finished) or
    abandoned staging (without, to be deleted). With ``locked`` (the caller holds
    the dataset lock, so no other process is writing) every folder that is not one
    of this process's open transactions counts, whatever became of its pid."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        m = _NAME.match(entry.name)
        if not m or not entry.is_dir(follow_symlinks=False) or entry.path in _ACTIVE:
            continue
        pid = int(m["pid"])
        if locked or pid == os.getpid() or not pid_alive(pid):  # this process's, if not open, is over
            folder = Path(entry.path)
            yield folder, m["command"], (folder / JOURNAL).is_file()


def _folders(root: Path) -> Iterator[Path]:
    """``root`` and every folder below it, hidden ones (and transaction folders) excepted."""
    yield root
    for dirpath, dirnames, _ in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in dirnames:
            yield Path(dirpath) / d


def recover(root: Path) -> list[str]:
    """Finish every interrupted transaction of ``root``, delete abandoned staging and
    the temporary files killed processes left anywhere in the dataset (see
    :func:`~ghouta_corpus.io.write.clean_stale`). Called with the dataset lock held;
    returns one line per thing done, for a command that wants to say so."""
    root = Path(os.path.abspath(root))
    done = []
    for folder, command, journal in pending(root, locked=True):
        if journal:
            _replay(root, folder)
            done.append(f"finished the interrupted {command} staged in {folder.name}")
        else:
            done.append(f"removed the abandoned staging of a killed {command} ({folder.name})")
        shutil.rmtree(folder, ignore_errors=True)
    # staging without a pid in its name (builds before transactions, the dataset compile, import's validation
    # copy): the lock says it is stale
    for legacy in sorted([*root.glob(".build-*"), *root.glob(".compile-*"), *root.glob(".import-*")]):
        if legacy.is_dir() and not legacy.is_symlink():
            shutil.rmtree(legacy, ignore_errors=True)
            done.append(f"removed the abandoned staging {legacy.name}")
    for folder in _folders(root):
        done += [f"removed {p} left by a killed process" for p in clean_stale(folder)]
    return done
