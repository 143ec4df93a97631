"""name_titles._place_elsewhere answers from one scan of the text per document (and one
set per name length) instead of one regular-expression search of the whole text per
name, which made `annotate` quadratic (80 s of CPU for a 1 MB text). Hypothesis holds it
to the search it replaced on texts made of names, generic place words and punctuation."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ghouta_corpus.annotate.context import Ctx
from ghouta_corpus.annotate.lexicon import Lexicon
from ghouta_corpus.annotate.name_titles import _place_elsewhere

PIECES = ["Baba", "Amr", "Sheikh", "Maqsoud", "district", "camp", "town", "said", "the", "x_",
          "é", "2", " ", " ", "  ", ",", "-", "'s", "\n", "Amr2", "districts"]


def _by_search(ctx: Ctx, name: str) -> bool:
    """The definition: the name, at a word boundary, then one space and a lower-case
    generic word of a place."""
    if " " not in name:
        return False
    return any(m.group(1) in ctx.T.place_descriptors
               for m in re.finditer(rf"\b{re.escape(name)} ([a-z]+)\b", ctx.text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.lists(st.sampled_from(PIECES[:5]), min_size=1, max_size=3))
@example(["the", " ", "Baba", " ", "Amr", " ", "district"], ["Baba", "Amr"])
@example(["x_", "Baba", " ", "Amr", " ", "district"], ["Baba", "Amr"])
def test_place_elsewhere_is_the_search_it_replaces(pieces: list[str], words: list[str]) -> None:
    ctx = Ctx("".join(pieces), Lexicon.default())
    name = " ".join(words)
    assert _place_elsewhere(ctx, name) == _by_search(ctx, name)


def test_a_name_before_a_generic_place_word_elsewhere_is_found() -> None:
    ctx = Ctx("Shelling hit the Baba Amr district. Families left Baba Amr on foot.", Lexicon.default())
    assert _place_elsewhere(ctx, "Baba Amr")
    assert not _place_elsewhere(ctx, "Families left")
    assert not _place_elsewhere(ctx, "Amr")          # one word: never a title before a name
