"""Attribution records: the record under construction, its edges (G53) and its type (G58).

Why apart from the patterns: every pattern builds the same record and trims its
contents and sources by the same rules, and the pipeline types and cleans the
records after all patterns ran, so these live once, below the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..context import Quote
from ..words import APOS, CLOSE_Q, OPEN_Q, PUNCT_END, QUOTES


@dataclass(frozen=True)
class AttributionMatch:
    """One attribution found in the text: character ranges of its parts and its type."""
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]
    type: str


@dataclass
class Rec:
    """An attribution record under construction (character ranges)."""
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    content: list[tuple[int, int, bool]]        # (start, end, is a whole quotation)
    cue_w: int
    quote_content: bool = False
    inside: Quote | None = None


_ABBREV_END = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.){2,}$")


def trim(text: str, s: int, e: int, strip_enclosing: bool = True) -> tuple[int, int]:
    """Content edges (G53): no surrounding space, no final punctuation (with a closing
    quotation mark right after it), no quotation marks enclosing the whole."""
    def ws_trim(a: int, b: int) -> tuple[int, int]:
        """[a, b) without surrounding white space."""
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b
    s, e = ws_trim(s, e)
    changed = True
    while changed and e > s:
        changed = False
        if text[e - 1] in PUNCT_END and not _ABBREV_END.search(text, s, e):
            e -= 1                                    # (the point of 10 a.m. or U.S. is the word's own)
            changed = True
        elif (text[e - 1] in CLOSE_Q or text[e - 1] in APOS) and e - 2 >= s and text[e - 2] in PUNCT_END:
            e -= 2
            changed = True
        s, e = ws_trim(s, e)
    while s < e and text[s] in ",;:-\u2013\u2014":
        s, e = ws_trim(s + 1, e)
    if strip_enclosing and e - s >= 2 and text[s] in OPEN_Q and text[e - 1] in CLOSE_Q and \
            not any(c in QUOTES for c in text[s + 1:e - 1]):
        s, e = ws_trim(s + 1, e - 1)
    return s, e


_LEAD = re.compile(r"(?:and|but|or|so|while|as|yet)\s+", re.IGNORECASE)
_TRAIL = re.compile(r"\s+(?:instead|also|too|meanwhile|however|themselves|itself|himself|herself)$", re.IGNORECASE)


def src_trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Source edges: no surrounding space or clause punctuation, no unmatched ')', no
    conjunction that joins the clause to the one before (', and aid workers say') and
    no adverb after the noun phrase ('Amman instead said')."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    m = _LEAD.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:" or (
            text[e - 1] == "." and not _ABBREV_END.search(text, s, e))):
        e -= 1                                        # (the point of 7 p.m. is the word's own)
    m = _TRAIL.search(text, s, e)
    if m and m.start() > s:
        e = m.start()
    if e > s and text[e - 1] == ")" and text[s:e].count("(") < text[s:e].count(")"):
        e -= 1
    return s, e


def record_type(text: str, content: list[tuple[int, int, bool]]) -> str:
    """direct: every content span is a whole quotation; indirect: none is and none holds
    a quotation mark; mixed otherwise (G58)."""
    whole = [w for _, _, w in content]
    if all(whole):
        return "direct"
    if not any(whole) and not any(ch in QUOTES for s, e, _ in content for ch in text[s:e]):
        return "indirect"
    return "mixed"


def clean_records(text: str, recs: list[Rec]) -> list[Rec]:
    """Drop records whose own spans overlap (validate's attribution-overlap) and
    duplicates (the same cue found twice)."""
    out: list[Rec] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    for r in recs:
        spans = sorted([*r.source, *r.cue, *[(s, e) for s, e, _ in r.content]])
        if any(b[0] < a[1] for a, b in pairwise(spans)):
            continue
        if any(not (0 <= s < e <= len(text)) or "\n" in text[s:e] or text[s:e] != text[s:e].strip()
               for s, e in spans):
            continue
        key = tuple(r.cue)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
