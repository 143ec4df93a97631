"""The published dataset: Parquet configs, features, card, Croissant, statistics and the Hub upload."""
