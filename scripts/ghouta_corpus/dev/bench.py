"""Benchmark of validate and build at scale in CPU time, and of the annotator (a script, not a timed test).

    python -m ghouta_corpus.dev.bench --sizes 10000 100000 --workdir /tmp/ghouta-bench
    python -m ghouta_corpus.dev.bench --annotate 5000 1000000

For each size it generates a synthetic corpus (:mod:`ghouta_corpus.dev.synth`, reused
if present) and runs four steps on the same files, each in a child process of its
own, three times, interleaved (parse, columnar, validate, build, parse, ...), and
records the median of each:

- ``parse``: the ``json`` module parsing the manifest, the entity table and every
  annotation file (the first reference);
- ``columnar``: a minimal columnar rebuild of the same six tables (the second
  reference, :func:`columnar_rebuild`): one ``orjson`` parse per file, each raw
  text read once, the rows as Arrow columns (:mod:`ghouta_corpus.build.columns`)
  written with ``pyarrow.parquet`` and the same Parquet settings, and no validation,
  statistics or card; ``tests/test_bench.py`` holds its tables equal to ``build``'s;
- ``validate``: ``validate_dataset(jobs=1)``;
- ``build``: the whole build into a temporary folder, validation included.

Time is CPU time (user + system of the child, from ``os.wait4``), because the
machines this runs on are shared and their wall time swings between identical runs;
wall time is recorded beside it. Peak memory is the child's ``ru_maxrss``. Results
go to ``docs/benchmark.json`` with the machine they were taken on; the README and
``docs/SCALING.md`` show them in a generated table (``build`` refreshes it).

``--annotate CHARS...`` measures ``annotate`` instead (and keeps the other figures of
``docs/benchmark.json``): in one child process, the CPU time (user + system) of the
first call (imports and the gazetteers, read once per process), then for each size a
text of that many characters made of the two gold articles repeated, its ``annotate``
CPU time and, as the reference measured in the same run, the CPU time of the project's
tokeniser (:func:`ghouta_corpus.text.tokens.tokenize`, one linear pass) over the same
text. Linear means the per-character time, and the ratio to the tokeniser, stay flat
as the text grows.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..io import atomic_write
from ..paths import project_root
from .synth import generate, repeat

STEPS = ("parse", "columnar", "validate", "build")

PARSE = """
import json, sys
from pathlib import Path
root = Path(sys.argv[1])
json.loads((root / "manifest.json").read_text(encoding="utf-8"))
json.loads((root / "entities.json").read_text(encoding="utf-8"))
for p in sorted((root / "annotations").glob("*.json")):
    json.loads(p.read_text(encoding="utf-8"))
"""

COLUMNAR = """
import sys
from pathlib import Path
from ghouta_corpus.dev.bench import columnar_rebuild
columnar_rebuild(Path(sys.argv[1]), Path(sys.argv[3]))
"""

VALIDATE = """
import sys
from pathlib import Path
from ghouta_corpus.validate import validate_dataset
r = validate_dataset(Path(sys.argv[1]), jobs=int(sys.argv[2]))
assert r.ok, r.summary()
"""

BUILD = """
import sys
from pathlib import Path
from ghouta_corpus.build.core import RowPass, check_publishable, render
root, out = Path(sys.argv[1]), Path(sys.argv[3])
rows = RowPass(root, out)
check_publishable(root, int(sys.argv[2]), rows.add)
render(root, out, scanned=rows.finish())
"""

CODE = {"parse": PARSE, "columnar": COLUMNAR, "validate": VALIDATE, "build": BUILD}


def columnar_rebuild(root: Path, out: Path, batch_documents: int = 32) -> list[Path]:
    """The reference rebuild: the same six tables as ``build``, made the shortest way.

    One ``orjson`` parse of the manifest and of each annotation file, each raw text
    read once, documents made without checks (:meth:`Document.trusted`), rows as
    Arrow columns per batch of documents (the functions ``build`` uses), the entity
    table split as ``build`` splits it, each config and split written to one Parquet
    file ``out/<config>/<split>.parquet`` by a ``pyarrow.parquet.ParquetWriter`` with
    ``build``'s settings (compression, row groups of the config's batch size) and
    ``build``'s published columns (:mod:`ghouta_corpus.build.standalone`). No
    validation, no statistics, no card: what is left is parsing, columns and Parquet."""
    import orjson
    import pyarrow as pa

    from ..build.columns import Prepared, batch_tables
    from ..build.features import CONFIGS, EntityCollector
    from ..model.records import DocMeta, Document

    writers = _Writers(out)
    write = writers.write
    entities = EntityCollector(root)
    batches: dict[str, list[Prepared]] = {}
    for entry in orjson.loads((root / "manifest.json").read_bytes())["documents"]:
        meta = DocMeta.from_json(entry)
        data = orjson.loads((root / "annotations" / f"{meta.doc_id}.json").read_bytes())
        doc = Document.trusted(data, (root / "raw" / meta.source_file).read_bytes().decode("utf-8"), meta)
        entities.add(doc)
        batch = batches.setdefault(meta.split, [])
        batch.append(Prepared.of(doc))
        if len(batch) >= batch_documents:
            for name, t in batch_tables(batches.pop(meta.split)).items():
                write(name, meta.split, t)
    for split, batch in batches.items():
        for name, t in batch_tables(batch).items():
            write(name, split, t)
    schema = CONFIGS["entities"].features().arrow_schema
    by_split: dict[str, list[dict[str, Any]]] = {}
    for split, row in entities.finish():
        by_split.setdefault(split, []).append(row)
    for split, rows in by_split.items():
        write("entities", split, pa.Table.from_pylist(rows, schema=schema))
    writers.close()
    return sorted(out.rglob("*.parquet"))


class _Writers:
    """The reference's Parquet files, one per config and split (``out/<config>/<split>.parquet``),
    each written in row groups of the config's batch size, with ``build``'s settings and
    published columns."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.writers: dict[tuple[str, str], Any] = {}
        self.finishers: dict[tuple[str, str], Any] = {}
        self.pending: dict[tuple[str, str], list[Any]] = {}

    def write(self, name: str, split: str, t: Any, last: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from ..build.features import CONFIGS
        from ..build.parquet import PARQUET_OPTIONS, PARQUET_ROW_GROUP
        from ..build.standalone import finisher
        key = (name, split)
        if key not in self.writers:
            (self.out / name).mkdir(parents=True, exist_ok=True)
            self.finishers[key] = finisher(CONFIGS[name].features(), split)  # the published columns (names, split)
            self.writers[key] = pq.ParquetWriter(self.out / name / f"{split}.parquet",
                                                 self.finishers[key](t.slice(0, 0)).schema, **PARQUET_OPTIONS)
            self.pending[key] = []
        self.pending[key].append(t)
        whole = pa.concat_tables(self.pending[key])
        size, done = CONFIGS[name].batch_rows, 0
        while whole.num_rows - done >= size or (last and done < whole.num_rows):
            self.writers[key].write_table(self.finishers[key](whole.slice(done, size).combine_chunks()),
                                          row_group_size=PARQUET_ROW_GROUP)
            done += size
        self.pending[key] = [whole.slice(done)] if done < whole.num_rows else []

    def close(self) -> None:
        for (name, split), w in self.writers.items():
            if self.pending[(name, split)]:
                self.write(name, split, self.pending[(name, split)][0].slice(0, 0), last=True)
            w.close()


PEAK_ENV = "GHOUTA_BENCH_PEAK_FILE"
_PEAK = """
import atexit, os
def _ghouta_bench_peak():
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            kib = next((line.split()[1] for line in f if line.startswith("VmHWM:")), "")
        with open(os.environ["GHOUTA_BENCH_PEAK_FILE"], "w", encoding="ascii") as f:
            f.write(kib)
    except (OSError, KeyError):
        pass
atexit.register(_ghouta_bench_peak)
"""
"""Prepended to every measured child's code: at exit the child writes its own peak
RSS (``VmHWM``, the high-water mark of the memory map that ``exec`` gave it) to the
file named by :data:`PEAK_ENV`."""


def run_child(code: str, *args: str) -> dict[str, float]:
    """Run ``python -c code args`` and measure it: CPU seconds (user + system),
    wall seconds, and peak RSS in MiB.

    The peak is the child's own ``VmHWM`` (Linux), not ``wait4``'s ``ru_maxrss``:
    the child is forked from this process, and Linux carries the RSS high-water mark
    across ``exec``, so ``ru_maxrss`` is at least this process's RSS at the fork. A
    benchmark that had just generated or repeated a corpus in-process measured its
    own size that way (``validate`` read 90 MiB at 10,000 documents and 245 MiB at
    40,000 where the child itself peaked at 57 and 59). Where ``/proc`` is missing,
    ``ru_maxrss`` is the fallback. A failing child raises ``RuntimeError`` with the
    end of its stderr."""
    import tempfile
    fd, peak = tempfile.mkstemp(prefix="ghouta-peak-")
    os.close(fd)
    try:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _PEAK + code, *args], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env={**os.environ, PEAK_ENV: peak})
        err = proc.stderr.read().decode() if proc.stderr else ""
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        if os.waitstatus_to_exitcode(status):
            raise RuntimeError(err.strip()[-2000:])
        kib = Path(peak).read_text(encoding="ascii").strip()
    finally:
        os.unlink(peak)
    rss = int(kib) / 1024 if kib.isdecimal() else usage.ru_maxrss / 1024
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall, "rss_mib": rss}


def _spawn(step: str, root: Path, jobs: int, workdir: Path) -> dict[str, float]:
    """Run one step in a child process (:func:`run_child`), with an output folder of its own."""
    import shutil
    import tempfile
    out = Path(tempfile.mkdtemp(dir=workdir))
    try:
        return run_child(CODE[step], str(root), str(jobs), str(out))
    except RuntimeError as e:
        raise RuntimeError(f"{step} failed: {e}") from None
    finally:
        shutil.rmtree(out, ignore_errors=True)


ANNOTATE = """
import json, sys, time
from pathlib import Path
cpu = time.process_time   # user + system CPU time of this process
t = cpu()
base = "\\n".join(Path(p).read_text(encoding="utf-8") for p in sys.argv[2:])
from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.text.tokens import tokenize
# the warm-up is a real article's first 3,000 characters: every word list and gazetteer
# that a news text needs is loaded then, not inside the first measured size
annotate_text(base[:3000] or "Warm-up: 12 people left Douma, the monitor said.", "warm")
out = {"startup_cpu_seconds": round(cpu() - t, 3), "sizes": []}
for n in json.loads(sys.argv[1]):
    text = (base * (n // len(base) + 1))[:n]
    t = cpu(); tokenize(text); ref = cpu() - t
    t = cpu(); annotate_text(text, "bench"); ann = cpu() - t
    out["sizes"].append({"characters": n, "annotate_cpu_seconds": round(ann, 3), "tokenize_cpu_seconds": round(ref, 4),
                         "annotate_over_tokenize": round(ann / ref, 1) if ref else None,
                         "microseconds_per_character": round(ann / n * 1e6, 2)})
print(json.dumps(out))
"""


def bench_annotate(sizes: list[int], articles: list[Path]) -> dict[str, object]:
    """CPU time of ``annotate`` on texts of ``sizes`` characters made of ``articles``
    repeated, against the tokeniser on the same text, in one child process. Start-up
    is measured twice, with a cache folder of its own (``io.cache``): a first process
    on a machine, which folds the GeoNames names and keeps the index
    (``startup_cold_cpu_seconds``), then the process that every later one is."""
    import tempfile

    def child(env: dict[str, str], *args: str) -> dict[str, object]:
        proc = subprocess.run([sys.executable, "-c", ANNOTATE, *args], capture_output=True, text=True, env=env)
        if proc.returncode:
            raise RuntimeError(f"annotate failed: {proc.stderr.strip()[-2000:]}")
        out: dict[str, object] = json.loads(proc.stdout)
        return out

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "GHOUTA_CORPUS_CACHE": cache}
        cold = child(env, "[]", *map(str, articles))
        result = child(env, json.dumps(sizes), *map(str, articles))
    return {"startup_cold_cpu_seconds": cold["startup_cpu_seconds"], **result}


def gold_articles() -> list[Path]:
    """The raw texts of the two gold articles, the benchmark's input."""
    return sorted((project_root() / "dataset" / "raw").glob("*.txt"))


def machine() -> dict[str, object]:
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) // (1024 * 1024)} GiB"
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}"}


def summarize(n: int, runs: dict[str, list[dict[str, float]]]) -> dict[str, Any]:
    """One size's row: each step's median CPU and wall seconds and peak RSS over its
    runs, the runs themselves, and the ratios the targets are stated in."""
    row: dict[str, Any] = {"documents": n, "runs": len(next(iter(runs.values())))}
    for step, rs in runs.items():
        row[f"{step}_cpu_s"] = round(statistics.median(r["cpu"] for r in rs), 2)
        row[f"{step}_wall_s"] = round(statistics.median(r["wall"] for r in rs), 2)
        row[f"{step}_peak_rss_mib"] = round(statistics.median(r["rss_mib"] for r in rs), 1)
        row[f"{step}_cpu_runs"] = [round(r["cpu"], 2) for r in rs]
    for step in ("validate", "build", "columnar"):
        if step in runs and "parse" in runs:
            row[f"{step}_over_parse"] = round(row[f"{step}_cpu_s"] / row["parse_cpu_s"], 2)
    if "build" in runs and "columnar" in runs:
        row["build_over_columnar"] = round(row["build_cpu_s"] / row["columnar_cpu_s"], 2)
    return row


def corpus(workdir: Path, n: int, seed: int, repeat_of: int | None = None,
           log: Callable[[str], None] = print) -> Path:
    """The synthetic corpus of ``n`` documents in ``workdir`` (reused if present):
    ``generate(n, seed)``, or with ``repeat_of`` (a divisor of ``n``, smaller than it)
    the ``repeat_of``-document corpus repeated ``n // repeat_of`` times under new ids
    (:func:`repeat`), which is what a run can make of 100,000 documents; that corpus
    gets a ``.note`` beside it, which the size's row records as ``corpus``."""
    root = workdir / f"synth-{n}"
    if (root / "manifest.json").exists():
        return root
    if repeat_of and repeat_of < n:
        if n % repeat_of:
            raise ValueError(f"--repeat-of {repeat_of} does not divide {n}")
        src = corpus(workdir, repeat_of, seed, log=log)
        log(f"repeating {src} {n // repeat_of} times in {root} ...")
        repeat(src, root, n // repeat_of)
        atomic_write(root.with_suffix(".note"), f"the {repeat_of:,}-document corpus of seed {seed} repeated "
                     f"{n // repeat_of} times under new document ids (synth-0000000 to synth-{n - 1:07d}, as "
                     f"generate({n}) numbers them; annotation files byte-identical but for doc_id, raw texts "
                     f"hard-linked), not generate({n})\n")
        return root
    log(f"generating {n} documents in {root} ...")
    return generate(root, n, seed)


def bench(sizes: list[int], workdir: Path, jobs: int = 1, seed: int = 0, repeats: int = 3,
          log: Callable[[str], None] = print, steps: tuple[str, ...] = STEPS,
          repeat_of: int | None = None) -> dict[str, object]:
    results = []
    for n in sizes:
        root = corpus(workdir, n, seed, repeat_of, log)
        runs: dict[str, list[dict[str, float]]] = {step: [] for step in steps}
        for k in range(repeats):
            for step in steps:  # interleaved, so that a busy spell of the machine hits every step alike
                r = _spawn(step, root, jobs, workdir)
                runs[step].append(r)
                log(f"{n} run {k + 1}: {step} {r['cpu']:.1f} s CPU, {r['wall']:.1f} s wall, {r['rss_mib']:.0f} MiB")
        row = summarize(n, runs)
        note = root.with_suffix(".note")  # how a corpus not made by generate(n, seed) was made, said beside it
        if note.is_file():
            row["corpus"] = note.read_text(encoding="utf-8").strip()
        results.append(row)
    out: dict[str, object] = {"machine": machine(), "jobs": jobs, "seed": seed, "measure": "CPU seconds (user + "
                              "system of the child process), median of the runs; wall seconds beside",
                              "results": results}
    if len(results) >= 2:
        a, b = results[0], results[-1]
        out["rss_growth"] = rss_growth(a, b)
    return out


def rss_growth(a: dict[str, Any], b: dict[str, Any]) -> dict[str, float]:
    """Peak RSS growth of validate and build from row ``a`` to row ``b`` (where both have it)."""
    return {step: round(b[f"{step}_peak_rss_mib"] / a[f"{step}_peak_rss_mib"] - 1, 3)
            for step in ("validate", "build") if f"{step}_peak_rss_mib" in a and f"{step}_peak_rss_mib" in b}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghouta_corpus.dev.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ghouta-bench"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=3, help="runs per step (interleaved); the median is recorded")
    ap.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS), help="the steps to run (all by default)")
    ap.add_argument("--out", type=Path, default=project_root() / "docs" / "benchmark.json")
    ap.add_argument("--merge", action="store_true", help="keep the sizes already in --out that this run does not "
                    "measure (a size measured with fewer runs says so in its 'runs')")
    ap.add_argument("--repeat-of", type=int, metavar="N", help="make each larger size from the N-document corpus "
                    "repeated under new ids (synth.repeat) instead of generating it")
    ap.add_argument("--annotate", type=int, nargs="+", metavar="CHARS",
                    help="measure annotate on texts of these sizes instead (keeps the other recorded figures)")
    args = ap.parse_args(argv)
    if args.annotate:
        old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
        result = {**old, "annotate": {"machine": machine(), **bench_annotate(args.annotate, gold_articles())}}
        atomic_write(args.out, json.dumps(result, indent=2) + "\n")
        print(json.dumps(result["annotate"], indent=2))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    result = bench(args.sizes, args.workdir, args.jobs, args.seed, args.repeats, steps=tuple(args.steps),
                   repeat_of=args.repeat_of)
    if args.merge and args.out.exists():
        old = json.loads(args.out.read_text(encoding="utf-8"))
        have = {r["documents"] for r in result["results"]}  # type: ignore[attr-defined]
        kept = [r for r in old.get("results", []) if r["documents"] not in have and "parse_cpu_s" in r]
        result["results"] = sorted(kept + result["results"], key=lambda r: r["documents"])  # type: ignore[operator]
        rs = result["results"]
        if len(rs) >= 2:  # type: ignore[arg-type]
            result["rss_growth"] = rss_growth(rs[0], rs[-1])  # type: ignore[index]
    old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    if "annotate" in old:  # the annotate figures are kept (``--annotate`` measures them)
        result["annotate"] = old["annotate"]
    atomic_write(args.out, json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
