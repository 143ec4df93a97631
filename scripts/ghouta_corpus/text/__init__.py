"""Text processing shared by every layer: sentence segmentation, tokenisation, BIO tags."""
