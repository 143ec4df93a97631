"""Validation: a registry of rules, the runner that applies them, and the report."""
