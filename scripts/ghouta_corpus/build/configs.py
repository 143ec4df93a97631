"""Every published config, in publication order: the base configs of
:mod:`~ghouta_corpus.build.features` (documents, spans, counts, attributions,
entities, tokens) and those registered by their own modules (:mod:`.events_config`:
``events`` and ``event_table``; :mod:`.claims_config`: ``claims``).

``build``, the card and Croissant read :data:`CONFIGS` from here, so that importing
this module is what makes a new config's module part of the build: adding a config
is a module that calls :func:`~ghouta_corpus.build.features.register`, plus its name
in the import below.
"""

from __future__ import annotations

from . import claims_config, events_config
from .features import CONFIGS, DEFAULT_CONFIG, Config, config_rows

# Publication order (the card, Croissant and the Parquet folders follow it): the
# registry's own order depends on which module was imported first.
ORDER = ("documents", "spans", "counts", "attributions", "entities", "tokens", "events", "event_table", "claims")
_ordered = {name: CONFIGS[name] for name in ORDER if name in CONFIGS}
_ordered.update({name: cfg for name, cfg in CONFIGS.items() if name not in _ordered})
CONFIGS.clear()
CONFIGS.update(_ordered)

__all__ = ["CONFIGS", "DEFAULT_CONFIG", "Config", "claims_config", "config_rows", "events_config"]
