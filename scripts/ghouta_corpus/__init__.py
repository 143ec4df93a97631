"""ghouta-corpus: span annotations of two news articles on the 2018 Eastern Ghouta evacuations.

The library has one subpackage per concern, in layers (a module imports only from its
own layer or lower ones): ``errors`` and ``paths``; ``model``; ``io`` and ``text``;
``validate``, ``annotate``, ``formats`` and ``evaluate``; ``build``, ``view`` and
``curation``; ``dev``; and ``cli`` with ``ui``, a thin typer layer over the rest. See
docs/ARCHITECTURE.md.

``__version__`` is the installed distribution's version, which ``pyproject.toml``
reads from :data:`ghouta_corpus.model.version.VERSION` (the one version string).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ghouta-corpus")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "unknown"
