"""Records of the annotation format, the vocabularies read from ``schema/``, ids and the COUNT conventions.

Modules: ``records`` (typed, frozen records and their JSON round trip; the attribution
role-to-label map), ``vocab`` (the closed vocabularies and schema validators),
``ids`` (slugs and canonical span, relation and record ids) and ``conventions`` (which
bounds each COUNT modifier implies).
"""

from .conventions import CONVENTIONS, bounds, violation
from .ids import renumber, slug
from .records import (
                      ROLE_LABELS,
                      Attribution,
                      DocMeta,
                      Document,
                      Entity,
                      ModelError,
                      Relation,
                      Segment,
                      Span,
                      label_layers,
                      sort_spans,
                      tag_columns,
)
from .vocab import is_valid, schemas, validator, vocab, vocab_index

__all__ = ["CONVENTIONS", "ROLE_LABELS", "Attribution", "DocMeta", "Document", "Entity", "ModelError", "Relation",
           "Segment", "Span", "bounds", "is_valid", "label_layers", "renumber", "schemas", "slug", "sort_spans",
           "tag_columns", "validator", "violation", "vocab", "vocab_index"]
