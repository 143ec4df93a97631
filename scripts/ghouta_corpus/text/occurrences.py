"""Where many strings occur as whole words in a text, found in one pass.

The audit asks, for every document, where each of dozens to thousands of strings
(annotated mentions, entity names, cue words) occurs as a word: not inside a longer
word or hyphenated compound. One regular expression per string meant one scan of the
text per string, and that scan was most of ``validate``'s CPU time on a gold corpus
(issue 15). :class:`WordFinder` scans the text once with an Aho-Corasick automaton
(``pyahocorasick``, C), which reports every occurrence of every string, and keeps
those that :func:`word_matches` (the one-string definition) would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

_WORD_CHAR = re.compile(r"[\w-]").match
"""A character that joins a string to its neighbour: ``\\w`` (Unicode, as ``re``
matches it on ``str``) or a hyphen, the lookarounds of :func:`word_matches`."""
def word_matches(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The offsets of ``word`` in ``text`` where neither neighbour is a word character
    or a hyphen, left to right and not overlapping: the definition that
    :class:`WordFinder` reproduces for many words at once."""
    if word not in text:  # most words of a lexicon are in no given text: a substring test skips the regex
        return iter(())
    return (m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def char_occurrences(text: str, chars: str) -> list[tuple[int, str]]:
    """``(offset, char)`` of every occurrence in ``text`` of each of ``chars``, in text
    order: what ``re.finditer`` of the character class finds, from ``str.find`` per
    character (``re`` stepping through a text for a character class cost about 40 ns
    a character, the audit's quotation marks a tenth of a parse; issue 15)."""
    out = []
    for c in dict.fromkeys(chars):
        i = text.find(c)
        while i >= 0:
            out.append((i, c))
            i = text.find(c, i + 1)
    out.sort()
    return out


class WordFinder:
    """Every word-bounded occurrence of each of ``words`` in a text, as
    :func:`word_matches` finds them one word at a time, from one scan of the text.

    The automaton reports every occurrence of every word, overlapping ones included;
    an occurrence is kept when its neighbours are not word characters, and, per word,
    when it starts at or after the end of the last one kept: ``re.finditer``'s
    leftmost, non-overlapping order, so that the result is the same offsets in the
    same order (a hypothesis test holds the two equal)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        self._auto = ahocorasick.Automaton()
        for k, w in enumerate(self.words):
            self._auto.add_word(w, (k, len(w)))
        if self.words:
            self._auto.make_automaton()

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """``word -> [(start, end), ...]`` for the words that occur in ``text``.

        The neighbours are looked up in :func:`joins_mask` (made once per text and
        shared by the searches of one document) rather than tested per occurrence:
        a text's searches report a few hundred occurrences each, and testing their
        neighbours one call at a time was most of the search's cost."""
        if not self.words:
            return {}
        found: dict[int, list[tuple[int, int]]] = {}
        mask = joins_mask(text)  # mask[i + 1]: whether text[i] joins; 0 before and after the text
        get = found.get
        for last, (k, size) in self._auto.iter(text):
            start = last + 1 - size
            if mask[start] or mask[last + 2]:  # text[start - 1], text[last + 1]
                continue
            spans = get(k)
            if spans is None:
                found[k] = [(start, last + 1)]
            elif spans[-1][1] <= start:
                spans.append((start, last + 1))
        return {self.words[k]: spans for k, spans in found.items()}


_ASCII_TABLE = bytes(bool(_WORD_CHAR(chr(i))) if i < 128 else 0 for i in range(256))
""":data:`_WORD_CHAR`'s answer for each ASCII byte, the table :func:`joins_mask`
translates a text's ASCII encoding with."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_last_mask: tuple[str | None, bytes] = (None, b"")


def joins_mask(text: str) -> bytes:
    """One byte per character of ``text``, framed by a 0 on each side: ``mask[i + 1]``
    is 1 when ``text[i]`` joins a string to its neighbour (:data:`_WORD_CHAR`). Made by
    one ``bytes.translate`` of the text's ASCII encoding (non-ASCII characters, encoded
    as ``?``, are looked up one by one), and kept for the last text asked for, since
    the audit searches each document's text several times in a row."""
    global _last_mask
    if _last_mask[0] is text:
        return _last_mask[1]
    mask = bytearray(b"\0" + text.encode("ascii", "replace").translate(_ASCII_TABLE) + b"\0")
    if not text.isascii():
        for m in _NON_ASCII.finditer(text):
            mask[m.start() + 1] = bool(_WORD_CHAR(m.group()))
    _last_mask = (text, bytes(mask))
    return _last_mask[1]
