"""Writing: the one atomic-write helper, staged folders, and the project's JSON layout.

Nothing is ever half written. :func:`atomic_write` writes a file as a temporary file
in the same folder, fsyncs it, renames it over the target and fsyncs the folder, so a
kill at any instant leaves the old file or the new one. Outputs of several files are
written into a :func:`staged_folder` beside their target and switched into place by
:func:`replace_path` (the old version is moved aside first and restored if the switch
fails). New files get the mode the umask gives; a replaced file keeps its mode.
Changes to several files of a dataset at once go through
:class:`ghouta_corpus.io.transaction.Transaction`, which builds on these.

Every temporary name carries the id of the process that made it
(``.<name>.<pid>.<random>.tmp``, ``.old`` for a file moved aside), so that
:func:`clean_stale` can tell the leftovers of a killed process from the work of a
running one: the next writing command removes them, and puts back a file that a kill
left moved aside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.(?P<kind>tmp|old)$")


def _temp_prefix(name: str) -> str:
    return f".{name}.{os.getpid()}."


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


def clean_stale(folder: Path) -> list[Path]:
    """Remove the temporary files and staged folders that killed processes left in
    ``folder`` (not those of a process still running), and put back a file that a
    kill left moved aside by :func:`replace_path` before its replacement arrived.
    Returns what was removed or restored."""
    done: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return done
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m or pid_alive(int(m["pid"])):
            continue
        path = Path(entry.path)
        target = path.with_name(m["name"])
        if m["kind"] == "old" and not (target.exists() or target.is_symlink()):
            os.replace(path, target)
        else:
            _remove(path)
        done.append(path)
    if done:
        _fsync_dir(folder)
    return done


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a platform that cannot open folders (Windows): rename is all there is
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file written by another library (Parquet) to disk before it is renamed."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes | str, *, sync: bool = True) -> Path:
    """Replace the content of ``path`` with ``data`` (``str`` is written as UTF-8,
    without newline translation); returns ``path``.

    The data goes to a temporary file in the same folder, is fsynced and renamed over
    ``path``, and the folder is fsynced, so readers and a crash see the old file or the
    new one, never a mix. Missing parent folders are created. An existing file keeps
    its permission bits; a new one gets ``0o666`` minus the umask. ``sync=False``
    skips the two fsyncs (still all-or-nothing for readers, not across a power cut):
    only for scratch data that is regenerated rather than recovered."""
    path = Path(path)
    blob = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
            f.flush()
            os.fchmod(f.fileno(), mode)
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if sync:
        _fsync_dir(path.parent)
    return path


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def replace_path(staged: Path, target: Path) -> None:
    """Move ``staged`` (a file or folder, on the same file system) over ``target``.

    An existing ``target`` is renamed aside first and restored if the move fails; it is
    deleted only once the new version is in place; a replaced file keeps its mode.
    Files inside a staged folder are written with :func:`atomic_write`, so they are on
    disk before the switch."""
    backup = target.with_name(f"{_temp_prefix(target.name)}{uuid.uuid4().hex[:12]}.old")
    had = target.exists() or target.is_symlink()
    if had and staged.is_file() and target.is_file() and not target.is_symlink():
        os.chmod(staged, stat.S_IMODE(target.stat().st_mode))  # a replaced file keeps its mode
    if had:
        os.replace(target, backup)
    try:
        os.replace(staged, target)
    except BaseException:
        if had:
            os.replace(backup, target)
        raise
    _fsync_dir(target.parent)
    if had:
        _remove(backup)


@contextlib.contextmanager
def staged_folder(target: Path, prefix: str | None = None) -> Iterator[Path]:
    """A new empty folder beside ``target`` to write an output into before
    :func:`replace_path` switches it in. Missing parent folders are created; if the
    block fails, the staged folder and the parents this call created are removed.
    What killed processes left beside it is cleaned first (:func:`clean_stale`), so
    an output folder a kill left moved aside is put back before it is replaced."""
    parent = Path(os.path.abspath(target)).parent
    created = [p for p in (parent, *parent.parents) if not p.exists()]
    parent.mkdir(parents=True, exist_ok=True)
    clean_stale(parent)  # what a killed export or view left here: staging, or the old folder moved aside
    folder = Path(tempfile.mkdtemp(prefix=prefix or _temp_prefix(target.name), suffix=".tmp", dir=parent))
    try:
        os.chmod(folder, 0o777 & ~_umask())
        yield folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        for p in created:  # innermost first; only folders this call made
            try:
                p.rmdir()
            except OSError:
                break
        raise


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dump_json(data: Any) -> str:
    """The project's JSON layout: one record per line inside top-level arrays, so that
    annotation files stay readable and diff line by line."""
    if isinstance(data, dict) and all(isinstance(v, (list, str, int, type(None))) for v in data.values()):
        parts = []
        for k, v in data.items():
            if isinstance(v, list):
                if v:
                    inner = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in v)
                    parts.append(f'  {json.dumps(k)}: [\n{inner}\n  ]')
                else:
                    parts.append(f"  {json.dumps(k)}: []")
            else:
                parts.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}")
        return "{\n" + ",\n".join(parts) + "\n}\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
