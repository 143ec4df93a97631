"""Kill-and-verify: run a real writing command, kill it at random instants, check what it left.

    python -m ghouta_corpus.dev.killtest build --runs 50 --workdir /tmp/ghouta-kill
    python -m ghouta_corpus.dev.killtest add --runs 20 --workdir /tmp/ghouta-kill

Works on a copy of the project's dataset (with ``schema/``, ``README.md``,
``DATASHEET.md`` and ``docs/``) pointed to by ``GHOUTA_CORPUS_ROOT``, so the committed
files are never touched. It first times one uninterrupted run, then, ``--runs`` times,
starts the ``ghouta-corpus`` command in a subprocess, sends it ``SIGKILL`` after a
random delay between zero and 1.1 times that duration, and checks the dataset:

- ``build``: the sources alternate between two valid versions (the split of the
  first document flips), so consecutive builds change the Parquet files, the card and
  the checksums; after every kill ``sha256sum -c SHA256SUMS`` must pass (the real
  tool where it exists);
- ``add``: each run adds a new article; after every kill the manifest must parse and
  every document it lists must have its raw text and annotation file.

Finally one uninterrupted run must succeed and leave no staging or temporary file
behind: for ``build``, outputs byte-identical to a build of the same sources in a
fresh copy; for ``add``, a dataset that ``validate`` passes with every article added
exactly once. The same checks, with fewer runs at evenly spread delays, are a test
(``tests/test_safety.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..paths import project_root

PROJECT_PARTS = ("dataset", "schema", "docs", "README.md", "DATASHEET.md")
ARTICLE = ("Syrian government forces shelled Douma on Monday, killing at least {n} civilians, "
           "the Syrian Observatory for Human Rights said.\n\n"
           "\"We have nowhere to go,\" a resident told Reuters. More than {m} families fled to Idlib province.\n")


def copy_project(dest: Path, source: Path | None = None, without_dev: bool = False) -> Path:
    """A copy of the project's dataset and what a build reads and writes besides it;
    ``without_dev`` leaves out the development set (``dataset/dev``), whose only part
    in a build is the card's agreement and baseline rows: a build of the copy then
    writes the same files in the same way, in three quarters of the CPU time."""
    source = source or project_root()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    hidden = shutil.ignore_patterns(".ghouta-*", ".build-*")

    def ignore(folder: str, names: list[str]) -> set[str]:
        dev = {"dev"} if without_dev and Path(folder) == source / "dataset" else set()
        return set(hidden(folder, names)) | dev

    for part in PROJECT_PARTS:
        src = source / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        elif src.is_file():
            shutil.copy2(src, dest / part)
    return dest


def command(args: Sequence[str]) -> list[str]:
    """The installed ``ghouta-corpus`` command beside this interpreter (the real entry
    point), else the module."""
    exe = Path(sys.executable).with_name("ghouta-corpus")
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "ghouta_corpus.cli", *args]


def _env(root: Path) -> dict[str, str]:
    return {**os.environ, "GHOUTA_CORPUS_ROOT": str(root), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


def run(root: Path, args: Sequence[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(args), env=_env(root), capture_output=True, text=True, timeout=timeout, check=False)


def run_killed(root: Path, args: Sequence[str], delay: float) -> bool:
    """Start the command, ``SIGKILL`` it after ``delay`` seconds; whether it was still running."""
    proc = subprocess.Popen(command(args), env=_env(root), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def checksums_ok(dataset: Path) -> tuple[bool, str]:
    """Whether every file ``SHA256SUMS`` lists is there with that checksum (``sha256sum -c``)."""
    sums = dataset / "SHA256SUMS"
    if not sums.is_file():
        return False, "no SHA256SUMS"
    tool = shutil.which("sha256sum")
    if tool:
        r = subprocess.run([tool, "--quiet", "-c", "SHA256SUMS"], cwd=dataset, capture_output=True, text=True,
                           check=False)
        return r.returncode == 0, (r.stdout + r.stderr).strip()
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, rel = line.split("  ", 1)
        p = dataset / rel
        if not p.is_file() or hashlib.sha256(p.read_bytes()).hexdigest() != digest:
            return False, f"{rel}: FAILED"
    return True, ""


def leftovers(root: Path) -> list[str]:
    """Staging folders, journals and temporary files anywhere under ``root``."""
    return sorted(str(p.relative_to(root)) for p in root.rglob(".*")
                  if p.name.startswith((".ghouta-txn.", ".build-")) or p.name.endswith((".tmp", ".old")))


def tree(folder: Path, skip: Callable[[Path], bool] = lambda p: False) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not skip(p)}


def _flip_split(dataset: Path, k: int) -> None:
    m = json.loads((dataset / "manifest.json").read_text(encoding="utf-8"))
    first = m["documents"][0]
    first["split"] = "test" if k % 2 else "train"
    (dataset / "manifest.json").write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class Outcome:
    command: str
    runs: int
    duration: float
    delays: list[float] = field(default_factory=list)
    killed: int = 0
    failures: list[str] = field(default_factory=list)
    final: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "runs": self.runs, "killed_while_running": self.killed,
                "delays": [round(d, 3) for d in self.delays],
                "uninterrupted_seconds": round(self.duration, 2), "ok": self.ok, "failures": self.failures,
                "final": self.final}


def _timed(root: Path, args: Sequence[str]) -> float:
    t = time.perf_counter()
    r = run(root, args)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed before any kill: {r.stderr.strip()}")
    return time.perf_counter() - t


def _delays(duration: float, runs: int, seed: int, spread: bool) -> list[float]:
    """``runs`` kill delays: random between 0 and 1.1 times ``duration`` (some runs
    finish), or evenly spread and increasing within it (what the test suite uses)."""
    if spread:
        return [duration * (k + 0.5) / runs for k in range(runs)]
    rng = random.Random(seed)
    return [rng.uniform(0, 1.1 * duration) for _ in range(runs)]


def kill_build(workdir: Path, runs: int = 50, seed: int = 0, spread: bool = False,
               without_dev: bool = False) -> Outcome:
    """The build loop (module docstring), on a copy of the project (``without_dev``:
    of its published dataset only, :func:`copy_project`)."""
    root = copy_project(workdir / "project", without_dev=without_dev)
    ds = root / "dataset"
    duration = _timed(root, ["build"])
    delays = _delays(duration, runs, seed, spread)
    out = Outcome("build", len(delays), duration, delays)
    for k, delay in enumerate(delays):
        _flip_split(ds, k)
        out.killed += run_killed(root, ["build"], delay)
        ok, why = checksums_ok(ds)
        if not ok:
            out.failures.append(f"run {k} killed at {delay:.3f}s: sha256sum -c failed: {why[:300]}")
    r = run(root, ["build"])
    ok, why = checksums_ok(ds)
    left = leftovers(root)
    ref = copy_project(workdir / "reference", root)
    run(ref, ["build"])
    hidden: Callable[[Path], bool] = lambda p: p.name.startswith(".ghouta")  # noqa: E731
    same = tree(ds, hidden) == tree(ref / "dataset", hidden)
    out.final = f"final build exit {r.returncode}, sha256sum -c {'OK' if ok else 'FAILED'}, leftovers {left}, " \
                f"{'byte-identical to' if same else 'DIFFERENT from'} a fresh build of the same sources"
    if r.returncode or not ok or left or not same:
        detail = (f"; {r.stderr.strip()}" if r.returncode else "") + (f"; {why}" if not ok else "")
        out.failures.append(out.final + detail)
    return out


def _manifest_consistent(ds: Path) -> str | None:
    try:
        m = json.loads((ds / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return f"manifest.json unreadable: {e}"
    for d in m["documents"]:
        for p in (ds / "raw" / d["source_file"], ds / "annotations" / f"{d['doc_id']}.json"):
            if not p.is_file():
                return f"manifest lists {d['doc_id']} but {p.relative_to(ds)} is missing"
    return None


def kill_add(workdir: Path, runs: int = 20, seed: int = 0, spread: bool = False) -> Outcome:
    """The add loop (module docstring)."""
    root = copy_project(workdir / "project")
    ds = root / "dataset"
    arts = workdir / "articles"
    shutil.rmtree(arts, ignore_errors=True)
    arts.mkdir(parents=True)
    n = runs
    paths = []
    for k in range(n + 2):
        p = arts / f"wire-{k:03d}.txt"
        p.write_text(ARTICLE.format(n=12 + k, m=300 + k), encoding="utf-8")
        paths.append(p)
    probe = copy_project(workdir / "probe", root)
    duration = _timed(probe, ["add", str(paths[-1]), "--outlet", "Wire", "--dataset", str(probe / "dataset")])
    delays = _delays(duration, n, seed, spread)
    out = Outcome("add", n, duration, delays)
    for k, delay in enumerate(delays):
        out.killed += run_killed(root, ["add", str(paths[k]), "--outlet", "Wire", "--dataset", str(ds)], delay)
        bad = _manifest_consistent(ds)
        if bad:
            out.failures.append(f"run {k} killed at {delay:.3f}s: {bad}")
    r = run(root, ["add", str(paths[n]), "--outlet", "Wire", "--dataset", str(ds)])   # recovers, then adds
    for k in range(n):  # those the kill stopped before their journal can be added now; the others say so
        run(root, ["add", str(paths[k]), "--outlet", "Wire", "--dataset", str(ds)])
    v = run(root, ["validate", str(ds), "--dataset", str(ds)])
    m = json.loads((ds / "manifest.json").read_text(encoding="utf-8"))
    added = sorted(d["source_file"] for d in m["documents"] if d["source_file"].startswith("wire-"))
    want = sorted(p.name for p in paths[: n + 1])
    left = leftovers(root)
    out.final = (f"final add exit {r.returncode}, validate exit {v.returncode} ({v.stdout.strip().splitlines()[-1:]}), "
                 f"{len(added)} of {len(want)} articles added once each, leftovers {left}")
    if r.returncode or v.returncode or added != want or left:
        out.failures.append(out.final + (f"; {r.stderr.strip()}" if r.returncode else ""))
    return out


LOOPS: dict[str, Callable[..., Outcome]] = {"build": kill_build, "add": kill_add}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=sorted(LOOPS))
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--spread", action="store_true", help="Evenly spread, increasing delays instead of random ones.")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ghouta-kill"))
    ap.add_argument("--without-dev", action="store_true",
                    help="build: copy the published dataset without its development set (faster builds).")
    a = ap.parse_args(argv)
    extra = {"without_dev": True} if a.without_dev else {}
    out = LOOPS[a.command](a.workdir, runs=a.runs, seed=a.seed, spread=a.spread, **extra)
    print(json.dumps(out.to_json(), indent=1))
    return 0 if out.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
