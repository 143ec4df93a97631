"""The annotator's word lists as validation reads them, without loading the annotator.

The gold gate's audit looks for cue words and number words outside their spans, and
those lists live once, in the annotator's data files, read by
:mod:`ghouta_corpus.annotate.lexicons`. Importing that module the usual way runs
``annotate/__init__.py`` first, which loads the whole drafting pipeline and its
word-class tables (LemmInflect's; until the word-class module learned to load them
without ``lemminflect/__init__.py``, that also imported spaCy, which doubled
``validate``'s peak RSS on the benchmark, issue 15): work no validating process
(``validate``, ``build``, ``add``, ``audit``) needs for three word lists.

:func:`lexicons` loads the same file, ``annotate/lexicons.py`` (which imports nothing
but the standard library), as the module ``ghouta_corpus.annotate.lexicons`` without
running the package's ``__init__``, and registers it under that name, so that an
annotator loaded later in the process finds and shares it (one ``load`` cache, one
set of tables). When the module is already loaded it is used as it is.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

NAME = "ghouta_corpus.annotate.lexicons"
_FILE = Path(__file__).resolve().parent.parent / "annotate" / "lexicons.py"


@cache
def lexicons() -> ModuleType:
    """The module :mod:`ghouta_corpus.annotate.lexicons` (loaded alone when the
    annotator is not loaded yet)."""
    loaded = sys.modules.get(NAME)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(NAME, _FILE)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the package
        raise ImportError(f"cannot load {_FILE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[NAME]
        raise
    return module
