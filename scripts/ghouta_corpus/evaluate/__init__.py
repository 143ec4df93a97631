"""Scoring predictions against gold (also used for inter-annotator agreement)."""
