"""The benchmark's table for README.md and docs/SCALING.md, from docs/benchmark.json
(written by ``python -m ghouta_corpus.dev.bench``), so no figure is typed by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..io import read_json
from .stats import markdown_table


def _row(r: dict[str, Any]) -> list[str]:
    def f(key: str, fmt: str) -> str:  # a step that was not run at this size shows a dash
        return format(r[key], fmt) if key in r else "-"
    return [str(r["documents"]), str(r["runs"]), *(f(f"{step}_cpu_s", ".1f") for step in STEPS),
            f("validate_over_parse", ".2f"), f("build_over_parse", ".2f"), f("build_over_columnar", ".2f"),
            f("columnar_over_parse", ".2f"), f"{f('validate_wall_s', '.0f')} / {f('build_wall_s', '.0f')}",
            f("validate_peak_rss_mib", ".0f"), f("build_peak_rss_mib", ".0f")]


STEPS = ("parse", "columnar", "validate", "build")


def benchmark_block(project: Path) -> str:
    """The latest figures of ``python -m ghouta_corpus.dev.bench`` (docs/benchmark.json)."""
    path = project / "docs" / "benchmark.json"
    data, _ = read_json(path) if path.exists() else (None, None)
    if not data or not all("parse_cpu_s" in r for r in data.get("results", [])) or not data.get("results"):
        return "No benchmark in CPU time has been recorded yet: run `python -m ghouta_corpus.dev.bench`."
    m = data["machine"]
    head = ["documents", "runs", "parse CPU s", "columnar CPU s", "validate CPU s", "build CPU s", "validate / parse",
            "build / parse", "build / columnar", "columnar / parse", "wall s validate / build",
            "validate peak RSS MiB", "build peak RSS MiB"]
    rows = [head] + [_row(r) for r in data["results"]]
    growth = data.get("rss_growth")
    g = (" Peak RSS growth from the smallest to the largest size: "
         + ", ".join(f"{step} {v:+.1%}" for step, v in growth.items()) + "." if growth else "")
    per_doc = _per_document(data["results"])
    notes = "".join(f" At {r['documents']} documents, {r['runs']} run{'s' if r['runs'] > 1 else ''} per step "
                    f"on {r['corpus']}." for r in data["results"] if r.get("corpus"))
    return (markdown_table(rows) + "\n\nCPU seconds (user + system of the step's process), the median of `runs` "
            "interleaved runs; `parse` is the `json` module parsing the same files, `columnar` a minimal columnar "
            "rebuild of the same six tables (`ghouta_corpus.dev.bench.columnar_rebuild`). "
            f"Machine: {m['cpu']}, {m['cores']} cores (shared with other work), {m['memory']}, Python {m['python']}, "
            f"{m['system']}; `--jobs {data['jobs']}`, seed {data['seed']}.{notes}{g}{per_doc}"
            + _annotate_bench(data.get("annotate")))


def _per_document(results: list[dict[str, Any]]) -> str:
    """Each step's CPU per document at the largest size over that at the smallest: 1.00
    where the cost grows with the corpus and no faster. Printed beside the ratios to the
    parse because a run on a busy machine inflates the steps unevenly (a cheap parse makes
    every ratio to it look worse), while these say whether any step grows faster than the
    corpus; no prose need type them."""
    if len(results) < 2:
        return ""
    a, b = results[0], results[-1]
    parts = [f"{step} {(b[k] / b['documents']) / (a[k] / a['documents']):.2f}x" for step in STEPS
             if (k := f"{step}_cpu_s") in a and k in b and a[k]]
    return (f" CPU per document at {b['documents']} documents over that at {a['documents']}: "
            + ", ".join(parts) + ".") if parts else ""


def _annotate_bench(a: dict[str, Any] | None) -> str:
    """The annotate figures of the benchmark (``--annotate``), if recorded."""
    if not a:
        return ""
    rows = [["characters", "annotate CPU s", "µs per character", "tokenizer CPU s", "annotate / tokenizer"]]
    for r in a["sizes"]:
        rows.append([str(r["characters"]), f"{r['annotate_cpu_seconds']:.2f}", f"{r['microseconds_per_character']:.1f}",
                     f"{r['tokenize_cpu_seconds']:.3f}", str(r["annotate_over_tokenize"])])
    return ("\n\n`annotate` (`python -m ghouta_corpus.dev.bench --annotate ...`, CPU time, texts made of the two "
            "gold articles repeated; the tokenizer over the same text is the reference):\n\n" + markdown_table(rows)
            + "\n\nFirst call of a process (imports, the word lists and gazetteers, read once, and the "
            + f"warm-up text annotated): {a['startup_cpu_seconds']:.2f} s "
            + "CPU" + (f"; {a['startup_cold_cpu_seconds']:.2f} s in the first process on a machine, which folds the "
                       "GeoNames names and keeps the index in the cache (`io.cache`)"
                       if "startup_cold_cpu_seconds" in a else "") + ".")
