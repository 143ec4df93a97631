"""Developer tools: synthetic corpora and the benchmark."""
