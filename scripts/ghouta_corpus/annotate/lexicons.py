"""The data tables of the count and attribution layers, read from ``lexicons/``.

Count words and cue words are data, not code: ``numbers.json`` and ``cues.json`` are
the one place they are listed, shared by ``audit`` and ``annotate``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    return json.loads((_DIR / f"{name}.json").read_text(encoding="utf-8"))


def number_words() -> dict[str, int]:
    t = load("numbers")
    return {**t["units"], **t["tens"], **t["scales"]}


def vague_words() -> dict[str, int]:
    return dict(load("numbers")["vague"])


def bound_words() -> dict[str, str]:
    return dict(load("numbers")["bounds"])


def cue_forms() -> dict[str, dict[str, Any]]:
    """surface form -> cue entry, for every form of every cue."""
    out: dict[str, dict[str, Any]] = {}
    for c in load("cues")["cues"]:
        for f in c["forms"]:
            out.setdefault(f, c)
    return out
