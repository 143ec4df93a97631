"""Records of the annotation format, vocabularies read from ``schema/``, ids, COUNT conventions, TIMEX3 values.

Modules: ``records`` (typed, frozen records and their JSON round trip; the attribution
role-to-label map), ``vocab`` (the closed vocabularies, the event roles and splits the
schema declares, and schema validators), ``ids`` (slugs and canonical span, relation,
record and event-argument ids), ``conventions`` (which bounds each COUNT modifier
implies, which numbers each unit admits) and ``timex`` (the TIMEX3 value grammar, the
calendar days a value covers, weekdays, agreement of a value with its text-only value).
"""

from . import timex
from .conventions import CONVENTIONS, UNIT_RULES, bounds, unit_violation, violation
from .ids import Renumbered, renumber, slug
from .records import (
                      ROLE_LABELS,
                      Attribution,
                      DocMeta,
                      Document,
                      Entity,
                      Event,
                      EventArg,
                      ModelError,
                      Relation,
                      Segment,
                      Span,
                      label_layers,
                      sort_spans,
                      tag_columns,
)
from .vocab import (
                    is_valid,
                    labels_by_role,
                    roles_by_type,
                    schemas,
                    unpublished_splits,
                    validator,
                    vocab,
                    vocab_index,
)

__all__ = ["CONVENTIONS", "ROLE_LABELS", "UNIT_RULES", "Attribution", "DocMeta", "Document", "Entity", "Event",
           "EventArg", "ModelError", "Relation", "Renumbered", "Segment", "Span", "bounds", "is_valid",
           "label_layers", "labels_by_role", "renumber", "roles_by_type", "schemas", "slug", "sort_spans",
           "tag_columns", "timex", "unit_violation", "unpublished_splits", "validator", "violation", "vocab",
           "vocab_index"]
