"""The published dataset: Parquet configs, features, card, Croissant, statistics and the Hub upload.

Modules: ``core`` (validate, then write every output staged and switch it into place),
``features`` (the configs: their ``datasets`` Features and rows), ``parquet`` (the
shard writer), ``card`` (the dataset card and the generated blocks of README.md and
DATASHEET.md), ``docgen`` (filling those blocks), ``croissant``, ``stats`` and ``hub``
(the upload).

The names below are imported from their modules on first use, not with the package:
``features``, ``parquet`` and ``croissant`` import ``datasets``, ``pyarrow`` and
``mlcroissant``, which take more than a second, and ``ghouta-corpus stats`` or
``publish`` need none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {"ARROW_SECONDS": "core", "BuildError": "core", "BuildResult": "core", "build": "core",
            "check_publishable": "core", "render": "core", "scan": "core", "CONFIGS": "configs",
            "config_rows": "configs", "corpus_stats": "stats", "PublishError": "hub", "publish": "hub"}

__all__ = ["ARROW_SECONDS", "BuildError", "BuildResult", "CONFIGS", "PublishError", "build", "check_publishable",
           "config_rows", "corpus_stats", "publish", "render", "scan"]

if TYPE_CHECKING:
    from .configs import CONFIGS, config_rows
    from .core import ARROW_SECONDS, BuildError, BuildResult, build, check_publishable, render, scan
    from .hub import PublishError, publish
    from .stats import corpus_stats


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
