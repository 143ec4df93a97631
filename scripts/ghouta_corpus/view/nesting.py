"""Properly nested HTML for overlapping annotations: elements split where they cross."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.records import Span
from .page import esc

# Nesting rank of the elements of a page: a lower rank is kept outside a higher one.
RANK_PARAGRAPH, RANK_SEGMENT, RANK_UNDERLINE, RANK_HIGHLIGHT = 0, 1, 2, 3


@dataclass
class Element:
    """Something drawn around a stretch of text; split into pieces where it crosses
    the boundary of an element that must stay outside it."""
    start: int
    end: int
    rank: int
    order: int
    open_first: str  # opening tag of the first piece (carries the id and badges)
    open_more: str  # opening tag of the following pieces
    close: str
    opened: bool = field(default=False)

    def sort_key(self) -> tuple[int, int, int, int]:
        return (self.rank, self.start, -self.end, self.order)


def nest(text: str, elements: list[Element]) -> str:
    """HTML for ``text`` with ``elements`` as properly nested tags.

    At every boundary the wanted stack of open elements is recomputed (outer rank
    first, then earlier start, then longer); the part of the current stack that is a
    prefix of the wanted one stays open, the rest is closed and reopened. An element
    whose extent crosses one that must stay outside it is thus split into pieces."""
    points = sorted({0, len(text), *(e.start for e in elements), *(e.end for e in elements)})
    starting: dict[int, list[Element]] = {}
    for el in elements:
        starting.setdefault(el.start, []).append(el)
    out: list[str] = []
    stack: list[Element] = []
    pos = 0
    for b in points:
        if b > pos:
            out.append(esc(text[pos:b]))
            pos = b
        wanted = sorted([el for el in stack if el.end > b] + starting.get(b, []), key=Element.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for el in reversed(stack[keep:]):
            out.append(el.close)
        for el in wanted[keep:]:
            out.append(el.open_more if el.opened else el.open_first)
            el.opened = True
        stack = wanted
    for el in reversed(stack):
        out.append(el.close)
    return "".join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs: the lines of the text with anything but whitespace."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def underline_levels(spans: list[Span]) -> dict[str, int]:
    """Underline level per span: overlapping spans get different levels, inner
    (shorter) spans the lower ones, so that nested underlines stay apart."""
    levels: dict[str, int] = {}
    placed: list[tuple[int, int, int]] = []
    for s in sorted(spans, key=lambda s: (s.end - s.start, s.start, s.id)):
        used = {lv for (a, b, lv) in placed if a < s.end and s.start < b}
        lv = next(i for i in range(len(used) + 1) if i not in used)
        levels[s.id] = lv
        placed.append((s.start, s.end, lv))
    return levels
