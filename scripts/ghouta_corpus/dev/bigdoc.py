"""Benchmark of ``validate`` on one large document (a script, not a timed test).

    python -m ghouta_corpus.dev.bigdoc --mb 16 --workdir /tmp/ghouta-bigdoc

Writes four datasets of one document whose annotation file is about ``--mb`` MB and
measures, in child processes, the CPU time (user + system) of ``validate`` and of
only parsing the same annotation file with ``json.loads``, and their ratio:

- ``valid``: a synthetic gold document (:func:`ghouta_corpus.dev.synth.make_document`);
- ``one-schema-error``: the same with one span's label misspelled, which used to send
  the whole file through the reference (pure Python) JSON Schema validator;
- ``all-mentions-overlap``: every mention overlaps the next, a finding per span;
- ``every-span-breaks-the-schema``: a property the schema does not allow on every span.

Prints the results as JSON (the machine included). Issue 13 measured 188 s for
``validate`` of a 16 MB document before.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..io import atomic_write, dump_json
from .bench import machine, run_child
from .synth import generate, make_document

SENTENCE_BYTES = 1_700  # annotation JSON per synthetic sentence, about

PARSE = "import json, sys; json.loads(open(sys.argv[1], encoding='utf-8').read())"
VALIDATE = ("import sys; from pathlib import Path; from ghouta_corpus.validate import validate_dataset; "
            "validate_dataset(Path(sys.argv[2]))")


def _write(root: Path, text: str, ann: dict[str, Any]) -> Path:
    generate(root, 1, seed=0)   # manifest, entity table, raw folder of one synthetic document
    doc_id = ann["doc_id"]
    raw = text.encode("utf-8")
    atomic_write(root / "raw" / f"{doc_id}.txt", raw, sync=False)
    path = root / "annotations" / f"{doc_id}.json"
    atomic_write(path, dump_json(ann), sync=False)
    m = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    m["documents"][0].update(sha256=hashlib.sha256(raw).hexdigest(), char_count=len(text))
    atomic_write(root / "manifest.json", json.dumps(m), sync=False)
    return path


def _synthetic(mb: float) -> tuple[str, dict[str, Any]]:
    doc = make_document("synth-0000000", random.Random(0), sentences=max(3, int(mb * 1e6 / SENTENCE_BYTES)),
                        attributed=10**9)
    return doc.text, doc.to_json()


def _one_error(mb: float) -> tuple[str, dict[str, Any]]:
    text, ann = _synthetic(mb)
    ann["spans"][len(ann["spans"]) // 2]["label"] = "ACTR"
    return text, ann


def _overlapping(mb: float) -> tuple[str, dict[str, Any]]:
    n = max(2, int(mb * 1e6 / 170))
    text = ("civilians " * n).strip()
    spans = [{"id": f"T{i + 1}", "label": "ACTOR", "start": 10 * i, "end": min(10 * i + 19, len(text)),
              "text": text[10 * i:min(10 * i + 19, len(text))], "mention_type": "NOM", "actor_type": "civilians",
              "entity_id": None} for i in range(n)]
    return text, {"doc_id": "synth-0000000", "status": "gold",
                  "segments": [{"id": "S1", "start": 0, "end": len(text), "role": "body"}],
                  "spans": spans, "relations": [], "attributions": []}


def _all_schema(mb: float) -> tuple[str, dict[str, Any]]:
    text, ann = _synthetic(mb)
    for sp in ann["spans"]:
        sp["confidence"] = 0.5
    return text, ann


CASES: dict[str, Callable[[float], tuple[str, dict[str, Any]]]] = {
    "valid": _synthetic, "one-schema-error": _one_error, "all-mentions-overlap": _overlapping,
    "every-span-breaks-the-schema": _all_schema}


def _cpu(code: str, *args: str) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS MiB of ``python -c code args`` in a child
    (:func:`~ghouta_corpus.dev.bench.run_child`)."""
    r = run_child(code, *args)
    return r["cpu"], r["rss_mib"]


def run(mb: float, workdir: Path) -> dict[str, Any]:
    rows = []
    for name, make in CASES.items():
        root = workdir / name
        path = _write(root, *make(mb))
        parse, _ = _cpu(PARSE, str(path), str(root))
        validate, rss = _cpu(VALIDATE, str(path), str(root))
        rows.append({"case": name, "annotation_mb": round(path.stat().st_size / 1e6, 1),
                     "text_mb": round((root / "raw" / "synth-0000000.txt").stat().st_size / 1e6, 2),
                     "parse_cpu_s": round(parse, 2), "validate_cpu_s": round(validate, 2),
                     "validate_over_parse": round(validate / parse, 1), "validate_peak_rss_mib": round(rss)})
    return {"machine": machine(), "results": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghouta_corpus.dev.bigdoc", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=16)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ghouta-bigdoc"))
    a = ap.parse_args(argv)
    print(json.dumps(run(a.mb, a.workdir), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
