"""A count expression and the words around it, as the exclusion rules
(:mod:`~ghouta_corpus.annotate.exclusions`) see it.

Why apart from the rules: the record is what every rule reads, and the rules module
holds only rules (one function and one registry entry per kind of non-count).
"""

from __future__ import annotations

from dataclasses import dataclass

from .numbers import CountAt
from .tables import Tables
from .words import ASCII_NUMBER, Word


@dataclass(frozen=True)
class Candidate:
    """A count expression and the words around it, as the exclusion rules see it."""
    text: str
    ws: list[Word]
    lows: list[str]
    T: Tables
    m: CountAt
    core_start: int          # the first word of the number, after any bound words

    @property
    def first(self) -> Word:
        """The first word of the number."""
        return self.ws[self.core_start]

    @property
    def last(self) -> Word:
        """The last word of the expression."""
        return self.ws[self.m.end - 1]

    @property
    def prev(self) -> Word | None:
        """The word before the expression, if any."""
        return self.ws[self.m.start - 1] if self.m.start > 0 else None

    @property
    def nxt(self) -> Word | None:
        """The word after the expression, if any."""
        return self.ws[self.m.end] if self.m.end < len(self.ws) else None

    @property
    def digits(self) -> bool:
        """Whether the number is written in digits."""
        return bool(ASCII_NUMBER.fullmatch(self.first.text))

    @property
    def one_word(self) -> bool:
        """Whether the number is one word (``2016``, ``seven``, not ``two hundred``)."""
        return self.m.end == self.core_start + 1
