"""Tokenisation for the token-level views (BIO tags, CoNLL, token F1).

Tokens are maximal runs of letters, numbers written with thousands separators or
decimals (``1,500``, ``5,200``), or single other non-space characters. A run of letters
is also split where a lower-case letter meets an upper-case one, which is how the
corpus's missing spaces look (``World'sCaitlin`` -> ``World ' s Caitlin``). The
annotation rules put every span boundary on such a boundary; ``build`` checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+|\S")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s = m.start()
        piece = m.group()
        cut = 0
        for c in _CAMEL.finditer(piece):
            out.append(Token(piece[cut:c.start()], s + cut, s + c.start()))
            cut = c.start()
        out.append(Token(piece[cut:], s + cut, m.end()))
    return out
