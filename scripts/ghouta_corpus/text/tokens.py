"""Tokenisation for the token-level views (BIO tags, CoNLL, token F1).

Tokens are maximal runs of letters, numbers written with thousands separators or
decimals (``1,500``, ``5,200``), or single other non-space characters. A run of letters
is also split where a lower-case letter meets an upper-case one, which is how the
corpus's missing spaces look (``World'sCaitlin`` -> ``World ' s Caitlin``). The
annotation rules put every span boundary on such a boundary; ``build`` checks it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import repeat
from typing import Any, NamedTuple

from ..errors import DataError

_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+|\S")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


class Token(NamedTuple):
    """A token and its character offsets (a named tuple: tokenising makes one per
    word of the corpus, and a tuple is made several times faster than a frozen dataclass)."""
    text: str
    start: int
    end: int


_CAMEL_ANYWHERE = re.compile(r"[a-z][A-Z]")
_NEW, _GROUP, _MSTART, _MEND = tuple.__new__, re.Match.group, re.Match.start, re.Match.end


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    if _CAMEL_ANYWHERE.search(text, start, end) is None:  # no run of letters to split: one token per match
        # each field in one pass in C and each Token made by tuple.__new__ in C: the comprehension's
        # Python step per token was most of the cost (a document has thousands of tokens)
        ms = list(_TOKEN.finditer(text, start, end))
        return list(map(_NEW, repeat(Token), zip(map(_GROUP, ms), map(_MSTART, ms), map(_MEND, ms),
                                                 strict=True)))
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s = m.start()
        piece = m.group()
        if len(piece) < 2 or piece[1:].islower() or not piece[1:].isalpha():
            out.append(Token(piece, s, m.end()))
            continue
        cut = 0
        for c in _CAMEL.finditer(piece):
            out.append(Token(piece[cut:c.start()], s + cut, s + c.start()))
            cut = c.start()
        out.append(Token(piece[cut:], s + cut, m.end()))
    return out


class BoundaryError(DataError, ValueError):
    """A span boundary falls inside a token."""


def token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """Indices [i, j) of the tokens exactly covering ``start..end``; raises
    :class:`BoundaryError` if a boundary falls inside a token."""
    starts = [t.start for t in tokens] if len(tokens) < 8 else _starts(tokens)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end)
    if i >= len(tokens) or tokens[i].start != start or j == 0 or tokens[j - 1].end != end or i >= j:
        raise BoundaryError(f"span {start}..{end} does not start and end on token boundaries")
    return i, j


_STARTS_CACHE: dict[int, tuple[list[Token], list[int]]] = {}


def _starts(tokens: list[Token]) -> list[int]:
    hit = _STARTS_CACHE.get(id(tokens))
    if hit is not None and hit[0] is tokens:
        return hit[1]
    starts = [t.start for t in tokens]
    if len(_STARTS_CACHE) > 64:
        _STARTS_CACHE.clear()
    _STARTS_CACHE[id(tokens)] = (tokens, starts)
    return starts


def bio_tags(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags (``B-LABEL``, ``I-LABEL``, ``O``) for ``(start, end, label)`` spans.

    Where spans nest or overlap, the outermost (longest, then earliest) wins and any
    span that collides with an already tagged one is left out, so one tag column can
    hold a nested layer. Non-overlapping input round-trips exactly through
    :func:`spans_from_bio`."""
    tags = ["O"] * len(tokens)
    for s, e, label in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0], x[2])):
        i, j = token_span(tokens, s, e)
        if any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = f"B-{label}"
        for k in range(i + 1, j):
            tags[k] = f"I-{label}"
    return tags


def spans_from_bio(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, label)`` read back from BIO tags."""
    out: list[tuple[int, int, str]] = []
    cur: list[Any] = []
    for t, tag in zip(tokens, tags, strict=True):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and (not cur or cur[2] != tag[2:])):
            if cur:
                out.append(tuple(cur))
                cur = []
            if tag != "O":
                cur = [t.start, t.end, tag[2:]]
        else:
            cur[1] = t.end
    if cur:
        out.append(tuple(cur))
    return out
