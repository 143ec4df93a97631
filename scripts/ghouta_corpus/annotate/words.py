"""Words with their character offsets: the unit every rule of the annotator reasons about.

Why not :mod:`ghouta_corpus.text.tokens`: the rules need hyphenated words whole
(``al-Islam``, ``pro-regime``, ``seven-year``), while a token there is a piece of one.
Every boundary here is a token boundary there, so a span made of words is always
made of tokens too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .wordclass import is_plural_noun

# An acronym written with full stops (U.N., U.S.), read as one word without them (G20).
DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?![\w])")
WORD = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*|\S")
ASCII_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
OPEN_Q = "\"\u201c"
CLOSE_Q = "\"\u201d"
QUOTES = "\"\u201c\u201d"
APOS = "'\u2019"
PUNCT_END = ".,;:!?"
# The possessive determiners (closed class): one home for every rule that asks for one.
POSSESSIVES = ("my", "your", "his", "her", "its", "our", "their")
# Words after a place of care that send the care abroad ("to hospital across the border",
# "to hospitals abroad"): the people carried are moved on, not only taken for care (G351, G385).
BEYOND = ("across", "abroad", "outside", "beyond", "overseas")
# The words that end a sentence or a clause of one for rules that look back or ahead within
# it (a colon and a semicolon too): one home for every such scan.
SENTENCE_ENDS = frozenset((".", ";", ":", "!", "?"))


@dataclass(frozen=True)
class Word:
    """A word with its character offsets."""
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The word lower-cased, as the word lists hold it."""
        return self.text.lower()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]``, hyphenated words whole.

    A missing space after a genitive (``World'sCaitlin``) is split, as one typo of
    the corpus needs: otherwise the name after it would be glued to an ``s``.
    An acronym with full stops (``U.N.``) is one word whose text has none (``UN``), so
    that every list and rule that knows ``UN`` knows it; its last stop stays a word of
    its own where a line or the text ends after it (the stop ends a sentence there).
    """
    out: list[Word] = []
    stop = len(text) if end is None else end
    for m in WORD.finditer(_undotted(text, start, stop), start, stop):
        t, s = text[m.start():m.end()], m.start()
        if t != m.group():                            # an acronym WORD read through its filled stops
            out.append(Word(t.replace(".", ""), s, m.end()))
        elif (len(t) > 1 and t[0] == "s" and t[1].isupper() and out and out[-1].text in APOS
                and out[-1].end == s):
            out.append(Word("s", s, s + 1))
            out.append(Word(t[1:], s + 1, m.end()))
        else:
            out.append(Word(t, s, m.end()))
    return out


def _undotted(text: str, start: int, stop: int) -> str:
    """``text`` with each acronym's inner stops (and its last one, unless a line or the
    text ends after it) as letters, so that WORD reads the acronym as one word."""
    def fill(m: re.Match[str]) -> str:
        a = m.group()
        ends = m.end() >= len(text) or text[m.end():m.end() + 1] == "\n"
        return (a[:-1].replace(".", "A") + ".") if ends else a.replace(".", "A")
    return DOTTED.sub(fill, text[:stop]) if "." in text[start:stop] else text


def is_cap(t: str) -> bool:
    """Whether ``t`` starts with a capital and has a letter (``US``, ``Al-Nusra``, not ``3``)."""
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def match_words(lows: list[str], k: int, seq: tuple[str, ...]) -> bool:
    """Whether the lower-cased words from ``k`` on begin with ``seq``."""
    return tuple(lows[k:k + len(seq)]) == seq


def distributive(lows: list[str], k: int) -> bool:
    """Whether word k is a noun of a distributive idiom, the same word on both sides of
    'to' or 'by' ('from house to house', 'door to door', 'village by village'; G177): it
    names a manner of moving, not a place or a person, so it heads no mention."""
    n = len(lows)
    return (k + 2 < n and lows[k + 1] in ("to", "by") and lows[k + 2] == lows[k]) or (
        k >= 2 and lows[k - 1] in ("to", "by") and lows[k - 2] == lows[k])


_SINGULAR_SUBJECTS = frozenset(("he", "she"))
_PLURAL_SUBJECTS = frozenset(("we", "they"))


def verb_after_subject(lows: list[str], k: int) -> bool:
    """Whether word k follows a pronoun that is only a subject (I, he, she, we, they)
    and so is a verb (if I stop, we camp): not a plural noun after I, we or they (we
    refugees), nor a noun with 'of' after it behind we or they (we staff of the
    hospital, an appositive)."""
    before = lows[k - 1] if k > 0 else ""
    if before not in _SINGULAR_SUBJECTS | _PLURAL_SUBJECTS | {"i"}:
        return False
    if before not in _SINGULAR_SUBJECTS and is_plural_noun(lows[k]):
        return False
    return not (before in _PLURAL_SUBJECTS and k + 1 < len(lows) and lows[k + 1] == "of")
