"""Benchmark of validate and build at scale, and of the annotator (a script, not a timed test).

    python -m ghouta_corpus.dev.bench --sizes 10000 100000 --workdir /tmp/ghouta-bench
    python -m ghouta_corpus.dev.bench --annotate 5000 1000000

For each size it generates a synthetic corpus (:mod:`ghouta_corpus.dev.synth`, reused
if present) and measures, on the same files:

- ``validate`` time over the time to only read and parse the same JSON files;
- ``build`` time (its write pass, timed inside the build after the validation it
  starts with) over the time ``pyarrow`` alone spends, in that same pass, turning the
  same rows into Arrow tables and writing them to Parquet (timed around every pyarrow
  call);
- peak resident memory (``ru_maxrss`` of a child process) of ``validate`` and of a
  full ``build`` (validation included).

Each measured step runs in its own child process so that its peak memory is its own.
Results go to ``docs/benchmark.json`` (with the machine they were taken on), which
the README's generated block reports.

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
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ..io import atomic_write
from ..paths import project_root
from .synth import generate

STEPS = {
    "parse": """
import json, sys, time
from pathlib import Path
root = Path(sys.argv[1])
t = time.perf_counter()
json.loads((root / "manifest.json").read_text(encoding="utf-8"))
json.loads((root / "entities.json").read_text(encoding="utf-8"))
for p in sorted((root / "annotations").glob("*.json")):
    json.loads(p.read_text(encoding="utf-8"))
print(time.perf_counter() - t)
""",
    "validate": """
import sys, time
from pathlib import Path
from ghouta_corpus.validate import validate_dataset
t = time.perf_counter()
r = validate_dataset(Path(sys.argv[1]), jobs=int(sys.argv[2]))
assert r.ok, r.summary()
print(time.perf_counter() - t)
""",
    "build": """
import shutil, sys, tempfile, time
from pathlib import Path
from ghouta_corpus.build import ARROW_SECONDS, check_publishable, render
root = Path(sys.argv[1]); out = Path(tempfile.mkdtemp(dir=sys.argv[3]))
t = time.perf_counter()
check_publishable(root, int(sys.argv[2]))
v = time.perf_counter()
render(root, out)
w = time.perf_counter()
print(ARROW_SECONDS[0])
print(w - v)
print(w - t)
shutil.rmtree(out)
""",
}


ANNOTATE = """
import json, sys, time
from pathlib import Path
cpu = time.process_time   # user + system CPU time of this process
t = cpu()
from ghouta_corpus.annotate import annotate_text
from ghouta_corpus.text.tokens import tokenize
annotate_text("Warm-up: 12 people left Douma, the monitor said.", "warm")
out = {"startup_cpu_seconds": round(cpu() - t, 3), "sizes": []}
base = "\\n".join(Path(p).read_text(encoding="utf-8") for p in sys.argv[2:])
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
    repeated, against the tokeniser on the same text, in one child process."""
    proc = subprocess.run([sys.executable, "-c", ANNOTATE, json.dumps(sizes), *map(str, articles)],
                          capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"annotate failed: {proc.stderr.strip()[-2000:]}")
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def gold_articles() -> list[Path]:
    """The raw texts of the two gold articles, the benchmark's input."""
    return sorted((project_root() / "dataset" / "raw").glob("*.txt"))


def _spawn(step: str, root: Path, jobs: int, workdir: Path) -> tuple[list[float], int]:
    proc = subprocess.Popen([sys.executable, "-c", STEPS[step], str(root), str(jobs), str(workdir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{step} failed: {err.strip()[-2000:]}")
    return [float(x) for x in out.strip().splitlines()], usage.ru_maxrss * 1024


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


def bench(sizes: list[int], workdir: Path, jobs: int = 1, seed: int = 0,
          log: Callable[[str], None] = print) -> dict[str, object]:
    results = []
    for n in sizes:
        root = workdir / f"synth-{n}"
        if not (root / "manifest.json").exists():
            log(f"generating {n} documents in {root} ...")
            t = time.perf_counter()
            generate(root, n, seed)
            log(f"  generated in {time.perf_counter() - t:.1f} s")
        row: dict[str, object] = {"documents": n}
        for step in ("parse", "validate", "build"):
            log(f"{n}: {step} ...")
            times, rss = _spawn(step, root, jobs, workdir)
            row[f"{step}_seconds"] = round(times[-1], 2)
            row[f"{step}_peak_rss_mib"] = round(rss / 2**20, 1)
            if step == "build":  # pyarrow's own time, and the write pass after the validation build starts with
                row["pyarrow_seconds"] = round(times[0], 2)
                row["write_seconds"] = round(times[1], 2)
            log(f"  {times[-1]:.1f} s, peak RSS {rss / 2**20:.0f} MiB")
        row["validate_over_parse"] = round(row["validate_seconds"] / row["parse_seconds"], 2)  # type: ignore[operator]
        row["write_over_pyarrow"] = round(row["write_seconds"] / row["pyarrow_seconds"], 2)  # type: ignore[operator]
        results.append(row)
    out: dict[str, object] = {"machine": machine(), "jobs": jobs, "seed": seed, "results": results}
    if len(results) >= 2:
        a, b = results[0], results[-1]
        out["rss_growth"] = {
            "validate": round(b["validate_peak_rss_mib"] / a["validate_peak_rss_mib"] - 1, 3),  # type: ignore[operator]
            "build": round(b["build_peak_rss_mib"] / a["build_peak_rss_mib"] - 1, 3),  # type: ignore[operator]
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghouta_corpus.dev.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ghouta-bench"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=project_root() / "docs" / "benchmark.json")
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
    result = bench(args.sizes, args.workdir, args.jobs, args.seed)
    old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    if "annotate" in old:
        result["annotate"] = old["annotate"]
    atomic_write(args.out, json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
