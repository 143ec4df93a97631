"""Validation: a registry of rule functions, the runner that applies them, and the report.

``registry`` declares every rule (name and statement) next to the family function
that checks it, in the modules of ``rules``; ``runner`` applies them to files,
folders and datasets; ``report`` holds the findings and their text and JSON forms.
"""

from . import rules  # noqa: F401  (registers every rule family)
from .context import Annotation, Context
from .registry import FAMILIES, RULES, Family, families, rule_family
from .report import Finding, Report
from .rules.entities import check_entities
from .rules.files import float_offsets
from .rules.manifest import check_manifest
from .runner import check_annotation, check_annotation_file, dataset_context, validate_dataset, validate_paths

__all__ = ["FAMILIES", "RULES", "Annotation", "Context", "Family", "Finding", "Report", "check_annotation",
           "check_annotation_file", "check_entities", "check_manifest", "dataset_context", "families", "float_offsets",
           "rule_family", "validate_dataset", "validate_paths"]
