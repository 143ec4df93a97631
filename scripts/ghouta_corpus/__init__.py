"""ghouta-corpus: span annotations of two news articles on the 2018 Eastern Ghouta evacuations.

The library has one subpackage per concern, in layers (a module imports only from its
own layer or lower ones): ``errors`` and ``paths``; ``model``; ``io`` and ``text``;
``validate``, ``annotate``, ``formats`` and ``evaluate``; ``build``, ``view`` and
``curation``; ``dev``; and ``cli``, a thin typer layer over the rest. See
docs/ARCHITECTURE.md.
"""

__version__ = "0.1.0"
