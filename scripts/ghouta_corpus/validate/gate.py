"""Commands that treat documents as gold refuse drafts, by name.

``validate``'s gold gate (:mod:`ghouta_corpus.validate.rules.gold`) checks that a
document marked ``gold`` has been reviewed; :func:`refuse_drafts` is the other half:
``baseline`` (which scores the annotator on the gold) and ``evaluate`` with the
dataset's own annotations as gold stop, naming every draft, instead of counting an
unreviewed draft as gold. (``build`` refuses drafts during its write pass.)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import DataError
from ..model.records import Document


class DraftError(DataError):
    """A command that needs gold documents was given drafts; the message names them."""


def refuse_drafts(documents: Iterable[Document], what: str) -> list[Document]:
    """The documents, if none is a draft; else :class:`DraftError` naming the drafts
    (the first 20 and how many more) and saying what to do."""
    docs = list(documents)
    drafts = [d.doc_id for d in docs if d.status != "gold"]
    if drafts:
        shown = ", ".join(drafts[:20]) + (f" and {len(drafts) - 20} more" if len(drafts) > 20 else "")
        raise DraftError(f"{what} takes gold documents only, and these are drafts: {shown}; correct them, run "
                         "validate and audit, and mark them gold first")
    return docs
