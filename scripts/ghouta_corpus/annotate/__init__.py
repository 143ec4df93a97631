"""The rule-based draft annotator: one module per layer or stage, composed by a short pipeline."""
