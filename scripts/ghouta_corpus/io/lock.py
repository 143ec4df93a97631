"""The dataset lock: one writing command at a time per dataset folder.

Every command that writes into a dataset (``build``, ``add``, ``baseline``, an
``export`` into the repository, and any future ``import``) runs inside
:func:`dataset_lock`. The lock is an advisory ``flock`` on ``<dataset>/.ghouta-corpus.lock``,
a file holding the holder's pid and command, deleted when the lock is released (a
killed command leaves the file, which git ignores). The kernel releases a ``flock``
when its process ends, however it ends, so a killed command never leaves the dataset
locked. A second writer fails at once with a one-line :class:`LockError` naming the
holder, instead of waiting or racing.

Taking the lock is also when the leftovers of killed commands are dealt with
(:func:`ghouta_corpus.io.transaction.recover`): an interrupted multi-file change is
finished, abandoned staging and temporary files are removed. The lock is re-entrant
within a process, so a locked library function may call another.
"""

from __future__ import annotations

import contextlib
import fcntl  # POSIX: the package's commands run on Linux and macOS
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from ..errors import DataError
from .transaction import recover

P = ParamSpec("P")
R = TypeVar("R")
LOCK_NAME = ".ghouta-corpus.lock"
_HELD: dict[str, int] = {}


class LockError(DataError):
    """Another command is writing to the dataset, or the lock cannot be taken."""


def _holder(fd: int) -> str:
    try:
        who = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        who = ""
    return f" ({who})" if who else ""


def _acquire(root: Path, dataset: Path) -> int:
    """An open descriptor of the lock file, flocked; retried when the file was deleted
    (by its releasing holder) between our open and our flock."""
    path = root / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        except OSError as e:
            raise LockError(f"{dataset}: cannot take the write lock {LOCK_NAME} ({e.strerror}); "
                            "the dataset folder must be writable") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            who = _holder(fd)
            os.close(fd)
            raise LockError(f"{dataset}: another ghouta-corpus command is writing to this dataset{who}; "
                            "wait for it to finish, then retry") from None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


@contextlib.contextmanager
def dataset_lock(dataset: Path, command: str) -> Iterator[list[str]]:
    """Hold the write lock of ``dataset`` for the block; yields the lines of what
    recovery did on taking it (empty when nothing was left over).

    Raises :class:`LockError` at once when another process holds it, or when the
    dataset folder does not exist or cannot hold the lock file (read-only)."""
    root = Path(os.path.realpath(dataset))
    key = str(root)
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield []
        finally:
            _HELD[key] -= 1
        return
    if not root.is_dir():
        raise LockError(f"{dataset}: no such dataset folder")
    fd = _acquire(root, dataset)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} {command}\n".encode(), 0)
        _HELD[key] = 1
        try:
            yield recover(root)
        finally:
            del _HELD[key]
            with contextlib.suppress(OSError):
                os.unlink(root / LOCK_NAME)  # while still holding it, so no one locks the old file after us
    finally:
        os.close(fd)  # closing the last descriptor releases the flock


def locked(command: str) -> Callable[[Callable[Concatenate[Path, P], R]], Callable[Concatenate[Path, P], R]]:
    """Decorate a function whose first argument is a dataset folder so that it runs
    inside :func:`dataset_lock`: the one line a writing function needs."""
    def wrap(fn: Callable[Concatenate[Path, P], R]) -> Callable[Concatenate[Path, P], R]:
        @functools.wraps(fn)
        def run(dataset: Path, /, *args: P.args, **kwargs: P.kwargs) -> R:
            with dataset_lock(dataset, command):
                return fn(dataset, *args, **kwargs)
        return run
    return wrap
