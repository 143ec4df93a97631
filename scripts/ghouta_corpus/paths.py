"""Where the project's files live.

``GHOUTA_CORPUS_ROOT`` names the project root (how tests point the tools at a
temporary copy of the corpus). Otherwise the root is the source tree the package was
installed from in editable mode (``pip install -e .``: two levels above this file,
recognised by its ``schema/`` and ``pyproject.toml``), and for a regular install
(``pip install .``, where this file sits in ``site-packages``) the current directory:
run the command from the repository root, or name the dataset with ``--dataset``.

The JSON Schemas are read from the root's ``schema/`` when it has one, else from the
copy a regular install puts in ``<prefix>/share/ghouta-corpus/schema``.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from .errors import UsageError

SOURCE_TREE = Path(__file__).resolve().parents[2]
INSTALLED_SCHEMA = Path(sys.prefix) / "share" / "ghouta-corpus" / "schema"


@lru_cache(maxsize=8)
def _root(env: str | None, cwd: str) -> Path:
    if env:
        return Path(env)
    if (SOURCE_TREE / "schema").is_dir() and (SOURCE_TREE / "pyproject.toml").is_file():
        return SOURCE_TREE
    return Path(cwd)


def project_root() -> Path:
    return _root(os.environ.get("GHOUTA_CORPUS_ROOT"), os.getcwd())


def schema_dir() -> Path:
    own = project_root() / "schema"
    return own if own.is_dir() or not INSTALLED_SCHEMA.is_dir() else INSTALLED_SCHEMA


def dataset_dir() -> Path:
    """Where the default dataset would be (it may not exist; see :func:`default_dataset`)."""
    return project_root() / "dataset"


def default_dataset() -> Path:
    """The dataset a command reads when no ``--dataset`` is given: ``dataset/`` under
    the project root; a one-line :class:`UsageError` naming ``--dataset`` when there
    is none (a regular install run outside the repository)."""
    path = dataset_dir()
    if not path.is_dir():
        raise UsageError(f"no dataset folder at {path}: run the command from the repository root "
                         "(where dataset/ is) or name one with --dataset DIR")
    return path
