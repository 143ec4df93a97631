"""Where digits and number words occur in a text: what the audit's ``number-uncounted``
check (:func:`ghouta_corpus.validate.audit.check_numbers`) looks at.

The definition is one case-insensitive regular expression, :func:`number_pattern`:
digit groups, or a number word of the lexicons (longest first) between non-word
characters. ``re`` tries its forty alternatives, case folded, at every position of
every text, and that scan was a tenth of ``validate``'s CPU time on a gold corpus
(issue 15). :func:`number_spans` finds the same matches with the digit groups alone
(a simple pattern ``re`` scans quickly) and the words from one Aho-Corasick scan of
the lowercased text (``pyahocorasick``, as :mod:`ghouta_corpus.text.occurrences`),
keeping per position the alternative the regular expression would have taken. A
hypothesis test holds the two equal.

Lowercasing stands for ``re.IGNORECASE`` only where every character lowercases to
one character and none folds to an ASCII letter from outside ASCII (the long s, the
dotless and dotted i, the Kelvin sign; a test scans Unicode for them): a text with
any of them takes the regular expression, as does a lexicon word that is not
lowercase ASCII without digits (the two searches are merged as sets, which needs a
word never to start or end inside a digit group).
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick
import numpy as np

from .lexicon_words import lexicons

FOLDS_TO_ASCII = frozenset("\u017f\u0131\u0130\u212a")
"""The non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter, or
whose lowercase is one (a test derives the set from Unicode)."""

_DIGITS = re.compile(r"\d+(?:[,.:]\d+)*")
_WORD_CHAR = re.compile(r"\w").match
_IS_DIGIT = bytes(48 <= i <= 57 for i in range(256))
_IS_SEPARATOR = bytes(chr(i) in ",.:" for i in range(256))


def digit_groups(text: str) -> set[tuple[int, int]]:
    """The ``(start, end)`` of every match of ``\\d+(?:[,.:]\\d+)*`` in ``text``.

    ``re`` steps through the text a character at a time looking for a digit, which
    cost as much as the rest of the number search (issue 15). On an ASCII text (where
    ``\\d`` is ``0-9``) the matches are the runs of digits and of separators with a
    digit on each side, found in ``numpy`` from one ``bytes.translate`` per table;
    another text takes the pattern. A hypothesis test holds the two equal."""
    if not text.isascii():
        return {m.span() for m in _DIGITS.finditer(text)}
    raw = text.encode("ascii")
    digit = np.frombuffer(raw.translate(_IS_DIGIT), dtype=np.bool_)
    if not digit.any():
        return set()
    joined = digit.copy()  # a separator joins a group where a digit is on each side of it
    joined[1:-1] |= np.frombuffer(raw.translate(_IS_SEPARATOR), dtype=np.bool_)[1:-1] & digit[:-2] & digit[2:]
    edges = np.diff(np.concatenate(([0], joined.view(np.int8), [0])))
    return set(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True))


@cache  # the lexicons are read once per process; so is what is made of them
def _words() -> tuple[str, ...]:
    """The number words in the pattern's order: longest first (``re`` takes the first alternative that matches)."""
    words = lexicons()  # the annotator's word lists, without loading the annotator (lexicon_words)
    return tuple(sorted({*words.number_words(), *words.vague_words(), "dozen", "a million"}, key=len, reverse=True))


@cache
def number_pattern() -> re.Pattern[str]:
    """The definition: digit groups, or a number word not inside a word or compound."""
    return re.compile(r"\d+(?:[,.:]\d+)*|(?<![\w-])(?:" + "|".join(re.escape(w) for w in _words()) + r")(?![\w])",
                      re.I)


@cache
def _automaton() -> ahocorasick.Automaton | None:
    """The words' automaton (value: the word's rank in the pattern and its length), or
    None when a word is not lowercase ASCII free of digits (the pattern then runs)."""
    words = _words()
    if not words or not all(w.isascii() and w == w.lower() and not any(c.isdigit() for c in w) for w in words):
        return None
    auto = ahocorasick.Automaton()
    for rank, w in enumerate(words):
        auto.add_word(w, (rank, len(w)))
    auto.make_automaton()
    return auto


def number_spans(text: str) -> set[tuple[int, int]]:
    """The ``(start, end)`` of every match of :func:`number_pattern` in ``text`` (a set:
    the audit asks which of them no span covers)."""
    auto = _automaton()
    low = text.lower()
    if auto is None or len(low) != len(text) or any(c in text for c in FOLDS_TO_ASCII):
        return {m.span() for m in number_pattern().finditer(text)}
    out = digit_groups(text)
    best: dict[int, tuple[int, int]] = {}  # start -> (rank, end) of the alternative the pattern takes there
    n = len(text)
    for last, (rank, size) in auto.iter(low):
        start, end = last + 1 - size, last + 1
        if (end < n and _WORD_CHAR(text[end])) or (start and (text[start - 1] == "-" or _WORD_CHAR(text[start - 1]))):
            continue
        b = best.get(start)
        if b is None or rank < b[0]:
            best[start] = (rank, end)
    reached = 0  # leftmost, non-overlapping: a match resumes the scan at its end
    for start in sorted(best):
        if start >= reached:
            reached = best[start][1]
            out.add((start, reached))
    return out
