"""Scoring predictions against gold (also used for inter-annotator agreement).

``scores`` computes every score from two sets of Documents; ``predictions`` reads the
files to score (annotation files, JSON Lines of spans, export folders) through the one
reader and the validator's rules.
"""

from .predictions import PREDICTION_RULES, evaluate_paths, gold_texts, load_predictions
from .scores import (
                     PRF,
                     PredictionError,
                     accuracy_table,
                     attribute_scores,
                     attribution_scores,
                     count_of_scores,
                     evaluate,
                     score_table,
                     span_scores,
)

__all__ = ["PREDICTION_RULES", "PRF", "PredictionError", "accuracy_table", "attribute_scores", "attribution_scores",
           "count_of_scores", "evaluate", "evaluate_paths", "gold_texts", "load_predictions", "score_table",
           "span_scores"]
