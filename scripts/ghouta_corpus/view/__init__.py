"""The static offline HTML viewer."""
