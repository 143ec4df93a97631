"""Growing and checking the corpus: add, audit, baseline and the authoring compiler."""
