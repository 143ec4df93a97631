"""Views derived from the annotation layers, computed, never annotated: claims and claim groups.

Here, below ``evaluate`` and ``build``, so that both (and the command line) derive
claims the same way. Modules: ``claims`` (one row per COUNT with what it counts, its
event and its attribution chain up to the outlet; groups of claims across documents)
and ``intervals`` (the values a COUNT admits and whether several agree).
"""

from .claims import (
                     ChainLink,
                     Claim,
                     ClaimGroup,
                     Counted,
                     attribution_chain,
                     claim_groups,
                     claim_id,
                     claims,
                     document_claims,
                     group_key,
                     group_table,
)
from .intervals import Interval, consistent, intersection, interval

__all__ = ["ChainLink", "Claim", "ClaimGroup", "Counted", "Interval", "attribution_chain", "claim_groups", "claim_id",
           "claims", "consistent", "document_claims", "group_key", "group_table", "intersection", "interval"]
