"""The reader and the write discipline on their own: what cannot be read (FIFOs,
devices, links out of the dataset, files over the size limit, non-strict JSON), JSON
Lines streamed, and the transaction, the stale-file cleaner and the lock."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ghouta_corpus.io import json_lines, parse_json, read_json, read_text, set_max_file_bytes
from ghouta_corpus.io.lock import LOCK_NAME, LockError, dataset_lock
from ghouta_corpus.io.read import CorpusError
from ghouta_corpus.io.transaction import Transaction, TransactionError, pending, recover
from ghouta_corpus.io.write import atomic_write, clean_stale, replace_path, staged_folder

DEAD_PID = 4194305  # above any pid_max: no process has it


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------ the reader

def test_fifo_and_devices_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for reader in (read_text, read_json):
        value, err = reader(fifo)
        assert value is None and err.rule == "file-unreadable" and "FIFO" in err.message
    with pytest.raises(CorpusError, match="FIFO"):
        list(json_lines(fifo))
    value, err = read_text(Path("/dev/zero"))
    assert value is None and "character device" in err.message
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert "character device" in read_text(link)[1].message
    assert "directory" in read_text(tmp_path)[1].message


def test_links_out_of_the_dataset_are_refused(tmp_path):
    ds = tmp_path / "ds"
    (ds / "raw").mkdir(parents=True)
    outside = tmp_path / "secret.txt"
    outside.write_text("not part of the dataset", encoding="utf-8")
    (ds / "raw" / "a.txt").symlink_to(outside)
    (ds / "raw" / "b.txt").write_text("inside", encoding="utf-8")
    (ds / "raw" / "c.txt").symlink_to(ds / "raw" / "b.txt")
    text, err = read_text(ds / "raw" / "a.txt", within=ds)
    assert text is None and "symbolic link to" in err.message and "outside" in err.message
    assert read_text(ds / "raw" / "c.txt", within=ds) == ("inside", None)   # a link inside the dataset is fine
    assert read_text(ds / "raw" / "a.txt")[0] == "not part of the dataset"  # only dataset reads are confined


def test_size_limit_names_itself_and_how_to_raise_it(tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"x": "y" * 5000}), encoding="utf-8")
    monkeypatch.setenv("GHOUTA_CORPUS_MAX_FILE_MB", "0.001")   # 1 KiB
    _, err = read_json(big)
    assert "is 5,009 bytes, over the limit of 1,048 bytes" in err.message and "--max-file-mb" in err.message
    set_max_file_bytes(1 << 20)   # what --max-file-mb 1 does
    try:
        assert read_json(big)[1] is None
    finally:
        set_max_file_bytes(None)
    lines = tmp_path / "p.jsonl"
    lines.write_text('{"a": 1}\n' + json.dumps({"x": "y" * 5000}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"p.jsonl:2: has a line longer than the limit of 1,048 bytes"):
        list(json_lines(lines))


@pytest.mark.parametrize("text, why", [
    ('{"a": 1, "a": 2}', "duplicate key 'a'"),
    ('{"value": NaN}', "NaN"),
    ('{"value": 1e999}', "too large for a finite value"),
    ('{"value": -Infinity}', "-Infinity"),
])
def test_strict_json_everywhere(tmp_path, text, why):
    with pytest.raises(ValueError, match=why):
        parse_json(text)
    p = tmp_path / "f.json"
    p.write_text(text, encoding="utf-8")
    assert why in read_json(p)[1].message
    (tmp_path / "f.jsonl").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=why):
        list(json_lines(tmp_path / "f.jsonl"))


def test_json_lines_split_on_newline_only_and_bound_depth(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"t": "one\u2028two\u0085three\u2029"}\n\n{"t": "x"}\n', encoding="utf-8")
    assert [(n, v["t"]) for n, v in json_lines(p)] == [(1, "one\u2028two\u0085three\u2029"), (3, "x")]
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"ok": 1}\n' + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"deep.jsonl:2: .*nested deeper than 64 levels"):
        list(json_lines(deep))
    deep.write_text("[" * 70 + "]" * 70 + "\n", encoding="utf-8")   # parses, but deeper than any record
    with pytest.raises(CorpusError, match="nested deeper"):
        list(json_lines(deep))


def test_json_lines_streams(tmp_path, monkeypatch):
    """The file is never read whole: the generator yields the first line before the
    rest exists on disk."""
    p = tmp_path / "s.jsonl"
    p.write_text('{"n": 1}\n', encoding="utf-8")
    it = json_lines(p)
    assert next(it) == (1, {"n": 1})
    with p.open("a", encoding="utf-8") as f:
        f.write('{"n": 2}\n')
    assert next(it) == (2, {"n": 2})


# ------------------------------------------------------------------ writes

def test_atomic_write_keeps_modes_and_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        new = atomic_write(tmp_path / "new.json", "{}")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
        kept = tmp_path / "kept.json"
        kept.write_text("{}")
        os.chmod(kept, 0o604)
        atomic_write(kept, "[]")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o604
    finally:
        os.umask(old)


def test_clean_stale_removes_only_what_dead_processes_left(tmp_path):
    (tmp_path / "manifest.json").write_text("{}")
    dead_tmp = tmp_path / f".manifest.json.{DEAD_PID}.abc123.tmp"
    dead_tmp.write_text("half")
    live_tmp = tmp_path / f".manifest.json.{os.getpid()}.abc123.tmp"
    live_tmp.write_text("being written")
    dead_dir = tmp_path / f".data.{DEAD_PID}.x_y.tmp"
    (dead_dir / "sub").mkdir(parents=True)
    moved_aside = tmp_path / f".entities.json.{DEAD_PID}.0a1b.old"   # a kill between the two renames of replace_path
    moved_aside.write_text("the only copy")
    user = tmp_path / ".notes.txt"
    user.write_text("mine")
    clean_stale(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".notes.txt", live_tmp.name, "entities.json",
                                                                 "manifest.json"])
    assert (tmp_path / "entities.json").read_text() == "the only copy"


def test_staged_folder_names_carry_the_pid(tmp_path):
    with staged_folder(tmp_path / "out") as tmp:
        assert f".{os.getpid()}." in tmp.name
        (tmp / "a").write_text("a")
        replace_path(tmp, tmp_path / "out")
    assert files(tmp_path) == {"out/a": b"a"}


# ------------------------------------------------------------------ transactions

def _dataset(tmp_path: Path) -> Path:
    ds = tmp_path / "ds"
    (ds / "raw").mkdir(parents=True)
    (ds / "manifest.json").write_text('{"v": 1}')
    (ds / "entities.json").write_text('{"v": 1}')
    (ds / "old.txt").write_text("old")
    return ds


def _change(ds: Path) -> Transaction:
    txn = Transaction(ds, "add")
    txn.write(ds / "raw" / "new.txt", "new text")
    txn.write(ds / "entities.json", '{"v": 2}')
    txn.delete(ds / "old.txt")
    txn.write(ds / "manifest.json", '{"v": 2}')
    return txn


def test_transaction_switches_everything_and_leaves_nothing(tmp_path):
    ds = _dataset(tmp_path)
    with _change(ds) as txn:
        txn.commit()
    assert files(ds) == {"entities.json": b'{"v": 2}', "manifest.json": b'{"v": 2}', "raw/new.txt": b"new text"}


def test_transaction_failing_before_commit_changes_nothing(tmp_path):
    ds = _dataset(tmp_path)
    before = files(ds)
    with pytest.raises(RuntimeError), _change(ds):
        raise RuntimeError("disk full while staging")
    assert files(ds) == before and not list(pending(ds))


def _killed_at(ds: Path, k: int) -> int:
    """Fork, run the change in the child and SIGKILL it at its k-th switching rename; the child's exit status."""
    pid = os.fork()
    if pid == 0:  # the child: no pytest machinery may run here
        try:
            real, count = os.replace, [0]

            def replace(src, dst, *a, **kw):
                if ".ghouta-txn." in str(src) and ".ghouta-txn." not in str(dst):
                    count[0] += 1
                    if count[0] == k:
                        os.kill(os.getpid(), signal.SIGKILL)
                return real(src, dst, *a, **kw)
            os.replace = replace
            with _change(ds) as txn:
                txn.commit()
        finally:
            os._exit(0)
    return os.waitpid(pid, 0)[1]


@pytest.mark.parametrize("k", [1, 2, 3])
def test_a_kill_mid_switch_is_finished_by_the_next_writer(tmp_path, k):
    ds = _dataset(tmp_path)
    status = _killed_at(ds, k)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert json.loads((ds / "manifest.json").read_text()) == {"v": 1}   # the manifest moves last: still the old corpus
    assert [(c, j) for _, c, j in pending(ds)] == [("add", True)]
    recover(ds)
    assert files(ds) == {"entities.json": b'{"v": 2}', "manifest.json": b'{"v": 2}', "raw/new.txt": b"new text"}
    assert not list(pending(ds))


def test_recovery_never_overwrites_a_later_change(tmp_path):
    ds = _dataset(tmp_path)
    _killed_at(ds, 1)
    (ds / "manifest.json").write_text('{"v": "edited by hand after the kill"}')
    with pytest.raises(TransactionError, match="manifest.json: changed after an interrupted add"):
        recover(ds)
    assert json.loads((ds / "manifest.json").read_text()) == {"v": "edited by hand after the kill"}


def test_staging_killed_before_the_journal_is_discarded(tmp_path):
    ds = _dataset(tmp_path)
    before = files(ds)
    stale = ds / f".ghouta-txn.build.{DEAD_PID}.abc"
    (stale / "new").mkdir(parents=True)
    (stale / "new" / "half.parquet").write_bytes(b"PAR1")
    legacy = [ds / ".build-k2j3h4.tmp", ds / ".compile-a8s7d6.tmp"]   # staging named without a pid
    for p in legacy:
        p.mkdir()
    done = recover(ds)
    assert len(done) == 3 and files(ds) == before and not stale.exists()
    assert not [p for p in legacy if p.exists()]


def test_preflight_finds_a_read_only_folder_before_anything_moves(tmp_path):
    ds = _dataset(tmp_path)
    before = files(ds)
    raw = ds / "raw"
    if not _make_read_only(raw):
        pytest.skip("cannot make a folder read-only here")
    try:
        with pytest.raises(TransactionError, match=r"raw: cannot write there .*nothing was changed"), _change(ds) as txn:
            txn.commit()
    finally:
        _make_writable(raw)
    assert files(ds) == before and not list(ds.glob(".ghouta-txn.*"))


def _make_read_only(folder: Path) -> bool:
    """chmod a-w, and for root (whom modes do not stop) the immutable attribute."""
    os.chmod(folder, 0o555)
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return True
    (folder / ".probe").unlink()
    _make_writable(folder)
    return False


def _make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    os.chmod(folder, 0o755)


# ------------------------------------------------------------------ the lock

def test_lock_is_exclusive_reentrant_and_released_on_kill(tmp_path):
    ds = _dataset(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from ghouta_corpus.io.lock import dataset_lock\n"
        "with dataset_lock(Path(sys.argv[1]), 'build'):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"), str(ds)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockError, match=r"another ghouta-corpus command is writing to this dataset \(pid \d+ build\)"):
            with dataset_lock(ds, "add"):
                pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with dataset_lock(ds, "add"), dataset_lock(ds / ".." / "ds", "add"):   # free again; re-entrant in one process
        assert (ds / LOCK_NAME).read_text().startswith(f"pid {os.getpid()} add")
    assert not (ds / LOCK_NAME).exists()


def test_lock_on_a_missing_or_read_only_dataset_is_one_clean_error(tmp_path):
    with pytest.raises(LockError, match="no such dataset folder"):
        with dataset_lock(tmp_path / "nope", "build"):
            pass
    ds = _dataset(tmp_path)
    if not _make_read_only(ds):
        pytest.skip("cannot make a folder read-only here")
    try:
        with pytest.raises(LockError, match="cannot take the write lock"):
            with dataset_lock(ds, "build"):
                pass
    finally:
        _make_writable(ds)


def test_an_output_folder_a_kill_left_moved_aside_is_put_back(tmp_path):
    """A kill between replace_path's two renames leaves no output folder, only the old
    one moved aside: the next staged_folder beside it (export, view) puts it back."""
    out = tmp_path / "exports"
    aside = tmp_path / f".exports.{DEAD_PID}.0a1b2c.old"
    aside.mkdir()
    (aside / "documents.jsonl").write_text("{}\n")
    staging = tmp_path / f".exports.{DEAD_PID}.k3j4.tmp"
    staging.mkdir()
    with staged_folder(out) as tmp:
        assert (out / "documents.jsonl").read_text() == "{}\n" and not staging.exists()
        (tmp / "new.jsonl").write_text("[]\n")
        replace_path(tmp, out)
    assert files(tmp_path) == {"exports/new.jsonl": b"[]\n"}
