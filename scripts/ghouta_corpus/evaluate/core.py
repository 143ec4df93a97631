"""The import path of evaluate before it was split into scores and predictions; kept
because tests/test_annotate.py (on branch annot-split) and scripts written against it
import from here. New code imports from :mod:`ghouta_corpus.evaluate`."""

from . import (
               PRF,
               PredictionError,
               accuracy_table,
               attribute_scores,
               attribution_scores,
               count_of_scores,
               evaluate,
               evaluate_paths,
               gold_texts,
               load_predictions,
               score_table,
               span_scores,
)

__all__ = ["PRF", "PredictionError", "accuracy_table", "attribute_scores", "attribution_scores", "count_of_scores",
           "evaluate", "evaluate_paths", "gold_texts", "load_predictions", "score_table", "span_scores"]
