"""Where the project's files live.

The package is installed in editable mode from the repository (``pip install -e .``),
so the repository root is two levels above this file. ``GHOUTA_CORPUS_ROOT`` overrides
it, which is how tests point the tools at a temporary copy of the corpus.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def _root(env: str | None) -> Path:
    return Path(env) if env else Path(__file__).resolve().parents[2]


def project_root() -> Path:
    return _root(os.environ.get("GHOUTA_CORPUS_ROOT"))


def schema_dir() -> Path:
    return project_root() / "schema"


def dataset_dir() -> Path:
    return project_root() / "dataset"
