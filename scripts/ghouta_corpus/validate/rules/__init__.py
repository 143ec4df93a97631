"""The rule families, one module per concern; importing this package registers them.

:data:`MODULES` is the order the runner applies the families in (whatever order the
modules import each other in), so that findings come out in document order: file and
schema rules, the manifest and entity table, then per annotation file its ids,
segments, spans (with their COUNT, entity-link, TIME and event-id rules, span by span),
mention overlaps, relations, attributions, TIME overlaps and derived dates, event
arguments, and last the gold gate. A new module of rules is added to this list.
"""

from ..registry import FAMILIES
from . import (
               attributions,
               counts,
               document,
               entities,
               events,
               files,
               gold,
               ids,
               links,
               manifest,
               mentions,
               offsets,
               references,
               relations,
               segments,
               spans,
               time,
)

MODULES = (files, manifest, entities, document, offsets, references, ids, segments, spans, counts, links, mentions,
           relations, attributions, time, events, gold)
_POSITION = {m.__name__: k for k, m in enumerate(MODULES)}
FAMILIES.sort(key=lambda f: _POSITION[f.check.__module__])  # stable: a module's own order is kept
