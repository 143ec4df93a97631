"""The one licence statement of the published data, and the version stamps.

The same sentence is the card's licence section, ``croissant.json``'s ``license`` and
a paragraph of ``dataset/LICENSE-DATA.md`` (a test checks all three), so no file says
CC BY 4.0 for everything while another says the texts are not licensed.
"""

from __future__ import annotations

from ..model.version import RELEASED, VERSION

ANNOTATIONS_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_STATEMENT = (
    "The annotations (every file and column except the article texts) are released under CC BY 4.0 "
    f"({ANNOTATIONS_LICENCE_URL}). The article texts (raw/*.txt and the article-text columns derived from them: "
    "document text, span, token, trigger and claim texts) belong to their publishers, the outlet of each "
    "document in manifest.json; this project does not license them, and a text-free release leaves them out.")
TITLE = "Ghouta evacuations: actors, locations, counts, attributions, time and events"
AUTHOR = "ghouta-corpus developers"


def citation() -> str:
    """The BibTeX entry, with the release year and version (:mod:`ghouta_corpus.model.version`)."""
    return (f"@misc{{ghouta_corpus_{VERSION.replace('.', '_')},\n"
            f"  title   = {{{TITLE}}},\n"
            f"  author  = {{{{{AUTHOR}}}}},\n"
            f"  year    = {{{RELEASED[:4]}}},\n"
            f"  version = {{{VERSION}}},\n"
            f"  note    = {{Annotated corpus of news articles, version {VERSION} of {RELEASED}}},\n"
            "}")
