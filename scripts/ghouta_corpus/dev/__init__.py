"""Developer tools: synthetic corpora (``synth``) and the benchmark (``bench``).

The benchmark runs as ``python -m ghouta_corpus.dev.bench``.
"""

from .synth import generate, make_document

__all__ = ["generate", "make_document"]
