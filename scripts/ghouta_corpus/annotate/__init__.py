"""The rule-based draft annotator: one module per layer or stage, composed by a short pipeline.

The public names below are the package's interface; the rest of the library and the
docs import them from here, so the modules behind them can be split and renamed freely.
"""

from .core import (AnnotateError, AttributionMatch, CountMatch, CountValue, Lexicon, PlaceMatch, annotate_text,
                   find_attributions, find_counts, match_places, parse_count, write_drafts)

__all__ = ["AnnotateError", "AttributionMatch", "CountMatch", "CountValue", "Lexicon", "PlaceMatch", "annotate_text",
           "find_attributions", "find_counts", "match_places", "parse_count", "write_drafts"]
