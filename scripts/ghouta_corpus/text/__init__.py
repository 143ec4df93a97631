"""Text processing shared by every layer: sentence segmentation, tokenisation, BIO tags."""

from .segment import ROLE_PATTERNS, Piece, segment
from .tokens import BoundaryError, Token, bio_tags, spans_from_bio, token_span, tokenize

__all__ = ["ROLE_PATTERNS", "BoundaryError", "Piece", "Token", "bio_tags", "segment", "spans_from_bio", "token_span",
           "tokenize"]
