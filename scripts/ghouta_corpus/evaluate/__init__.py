"""Scoring predictions against gold (also used for inter-annotator agreement).

``scores`` computes every score from two sets of Documents, with one module per layer
that needs more than span matching (``time``, ``events`` with ``coref``, ``claims``,
``links``) on the shared counting of ``matching``; ``tables`` renders the result;
``predictions`` reads the files to score (annotation files, JSON Lines of spans,
export folders) through the one reader and the validator's rules.
"""

from .coref import b_cubed, ceaf_e, coreference_scores, muc
from .links import EntityMap
from .matching import PRF
from .predictions import PREDICTION_RULES, Selection, chosen_documents, evaluate_paths, gold_texts, load_predictions
from .scores import (
                     PredictionError,
                     attribute_scores,
                     attribution_scores,
                     count_of_scores,
                     evaluate,
                     span_scores,
)
from .tables import accuracy_table, coreference_table, notes, score_table

__all__ = ["PREDICTION_RULES", "PRF", "EntityMap", "PredictionError", "Selection", "accuracy_table",
           "attribute_scores", "attribution_scores", "b_cubed", "ceaf_e", "chosen_documents", "coreference_scores",
           "coreference_table", "count_of_scores", "evaluate", "evaluate_paths", "gold_texts", "load_predictions",
           "muc", "notes", "score_table", "span_scores"]
