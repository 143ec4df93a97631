"""Growing the corpus: add, import, baseline and the authoring compiler.

Modules: ``add`` (an article in as a draft), ``baseline`` (the annotator scored on the gold), ``authoring`` (a dataset
compiled from compact, text-anchored annotation files, and its command line), with
``compiler`` (one document's compact rows to a Document), ``compact`` (the inverse:
annotation files to compact rows) and ``tables`` (the merged entity and event tables). Their names are imported
on first use: ``baseline`` reaches the card, and with it ``datasets``, which ``add``
does not need. ``audit`` (the registry of checks for likely misses) lives in
:mod:`ghouta_corpus.validate.audit`, because validate's gold gate runs it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {"AddError": "add", "add_article": "add", "VARIANTS": "baseline", "run_baseline": "baseline",
            "AnchorError": "authoring", "compile_rows": "authoring", "CompileError": "authoring",
            "compile_dataset": "authoring", "compile_pass": "authoring", "to_compact": "authoring"}

__all__ = ["AddError", "AnchorError", "CompileError", "VARIANTS", "add_article", "compile_dataset", "compile_pass",
           "compile_rows", "run_baseline", "to_compact"]

if TYPE_CHECKING:
    from .add import AddError, add_article
    from .authoring import AnchorError, CompileError, compile_dataset, compile_pass, compile_rows, to_compact
    from .baseline import VARIANTS, run_baseline


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
