"""The rule-based draft annotator: one module per layer or stage, composed by a short pipeline.

Why rules and not a model: the corpus has two articles, far too few to train
anything, and a draft is only useful if a reviewer can predict what it will do.
Every decision is a readable rule whose words live in ``data/*.json``, so extending
the annotator to a new outlet is a data change; nothing is fetched from the network.

The public names below are the package's interface; the rest of the library and the
docs import them from here, so the modules behind them can be split and renamed
freely. The layout follows the pipeline (:mod:`.pipeline` lists the stages):

- ``words``, ``tables``, ``lexicon``, ``lexicons``, ``context``: words, word lists
  and the per-document context every stage shares;
- ``numbers``, ``counts``: the count-expression parser; COUNT spans, their COUNT_OF
  targets and categories;
- ``gazetteer``, ``places``, ``phrases``, ``states``, ``name_rules``, ``names``,
  ``mentions``: ACTOR and LOCATION mentions, proper and common;
- ``attribution/``: cues, sources, contents and quotations;
- ``linking``: entity rows and ids, attribution source entities; ``coreference``: NOM links;
  ``categories``: COUNT categories; ``learned``: a learned COUNT category over the
  rules', off unless cross-validation switched its model on (docs/ARCHITECTURE.md);
- ``assemble``, ``pipeline``: the stages in order and the draft Document.

Writing draft files for articles is :mod:`ghouta_corpus.curation.drafts`.
"""

from .attribution import AttributionMatch, find_attributions
from .counts import CountMatch, find_counts
from .lexicon import Lexicon
from .numbers import CountValue, parse_count
from .pipeline import annotate_text
from .places import PlaceMatch, match_places

__all__ = ["AttributionMatch", "CountMatch", "CountValue", "Lexicon", "PlaceMatch", "annotate_text",
           "find_attributions", "find_counts", "match_places", "parse_count"]
