"""Reading the corpus from disk and writing into it atomically."""
