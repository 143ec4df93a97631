"""The annotator's word lists as data: reading the JSON files of ``annotate/data/``.

Count words and cue words are data, not code: ``numbers.json`` and ``cues.json`` are
the one place they are listed, shared by ``audit`` and ``annotate``, so extending the
annotator to a new outlet is a data change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

_DIR = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>.json``, read once per process (the files do not change while it runs)."""
    data: dict[str, Any] = json.loads((_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def frozen(d: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only view, so that a shared (cached) table cannot be changed by a caller."""
    return MappingProxyType(dict(d))


def number_words() -> dict[str, int]:
    """Number word -> value (units, tens and scales: ``seven``, ``forty``, ``million``)."""
    t = load("numbers")
    return {**t["units"], **t["tens"], **t["scales"]}


def vague_words() -> dict[str, int]:
    """Vague plural -> the minimum it implies (``thousands`` -> 2000, G38)."""
    return dict(load("numbers")["vague"])


def cue_forms(conditional: bool = False) -> dict[str, dict[str, Any]]:
    """surface form -> cue entry, for every form of every cue; the conditional cues
    (cues only in particular frames: asked if ..., put the toll at N) only with
    ``conditional``, which the annotator passes and the audit's look for uncovered cue
    words does not."""
    out: dict[str, dict[str, Any]] = {}
    for c in load("cues")["cues"]:
        if c.get("conditional") and not conditional:
            continue
        for f in c["forms"]:
            out.setdefault(f, c)
    return out
