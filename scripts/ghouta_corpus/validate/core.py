"""The import path of the validator before it was split into registry, rules, runner
and report; kept because tests/test_annotate.py (on branch annot-split) and scripts
written against it import from here. New code imports from :mod:`ghouta_corpus.validate`."""

from . import (
           RULES,
           Context,
           Finding,
           Report,
           check_annotation,
           check_annotation_file,
           check_entities,
           check_manifest,
           float_offsets,
           validate_dataset,
           validate_paths,
)

__all__ = ["RULES", "Context", "Finding", "Report", "check_annotation", "check_annotation_file", "check_entities",
           "check_manifest", "float_offsets", "validate_dataset", "validate_paths"]
