"""Export and import formats, one module each (reader and writer), behind one registry.

``registry`` holds :class:`Format`, the :data:`EXPORTERS` registry and the two entry
points, :func:`export` (written staged and switched into place) and
:func:`read_documents`; ``common`` what the formats share. One module per format:
``conll`` (BIO files per tag column and split), ``brat`` (standoff with
``annotation.conf``; read back too), ``jsonl`` (one document per line; read back too),
``labelstudio`` (Label Studio tasks with predictions and a labeling config; read back
too, with ``labelstudio_config`` and ``labelstudio_read``) and ``spacy`` (a DocBin per
split). Each module's docstring specifies its layout.
Every label and attribute list a format writes is read from the vocabularies
(:func:`ghouta_corpus.model.vocab.vocab`, :func:`ghouta_corpus.model.records.tag_columns`),
never written out in a format module. A new format is a new module that calls
:func:`register`, imported below.
"""

from . import brat, conll, jsonl, labelstudio, spacy, xmi  # noqa: F401  (each registers its format)
from .common import segment_tokens
from .registry import EXPORTERS, Format, FormatError, export, get_format, read_documents, register

__all__ = ["EXPORTERS", "Format", "FormatError", "export", "get_format", "read_documents", "register", "segment_tokens"]
