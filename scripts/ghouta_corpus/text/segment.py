"""Sentence segmentation with roles, tuned to the corpus's news style.

Paragraphs are runs of text between newlines. Inside a paragraph a sentence ends at
``.``, ``?`` or ``!`` (and any closing quotes) before a space and an upper-case letter
or opening quote. Two run-ins of the Al Jazeera layout are split off explicitly: a
``WATCH: ... (m:ss)`` promo line running into the next sentence, and a short heading
running into the first sentence of its section (``Evacuation deals reached On February
18, ...``, ``'Not safe' Syrian state media ...``). Roles come from the patterns in
:data:`ROLE_PATTERNS`, a registry that grows with new outlets' boilerplate, and from
GUIDELINES G61: a document's first line with no sentence-final punctuation is its
headline (a ``heading`` whatever its length); credit, byline and contact lines are
``boilerplate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word of a person's name in a byline: capitalised, or a particle of Arabic and European names.
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|al-\w+|bin|ibn|de|van|von)"

# Boilerplate shapes: promo and credit lines. Checked in order; the first match wins.
ROLE_PATTERNS: dict[str, re.Pattern[str]] = {
    "watch_line": re.compile(r"^WATCH:.*\(\d{1,2}:\d{2}\)$"),
    "programme_line": re.compile(r"^[A-Z][A-Z ]{3,}[A-Z] - .*\(\d{1,2}:\d{2}\)$"),
    "source_line": re.compile(r"^SOURCE: .+$"),
    "has_more": re.compile(r"^\S.{0,80}\bhas more\.$"),
    # G61's credit, byline and contact lines of wire copy and press statements.
    "credit_line": re.compile(r"^\((?:Additional reporting|Reporting|Writing|Editing) by .+\)$"),
    "byline": re.compile(rf"^By {_NAME_WORD}(?: {_NAME_WORD}){{0,4}}(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)?$"),
    "notes_heading": re.compile(r"^Notes to editors:?$"),
    "contact_line": re.compile(r"^(?:Media contact|Contact|For (?:more|further) information|For media enquiries)\b.*$"),
    "ends_line": re.compile(r"^ENDS$"),
}

# Words that open a sentence after a run-in heading (``... reached On February 18``).
_OPENERS = {"On", "In", "The", "A", "An", "As", "At", "After", "Before", "However", "Meanwhile",
            "Since", "During", "Two", "Three", "Some", "More", "Last", "Earlier"}
_FUNCTION_WORDS = {"of", "the", "a", "an", "to", "in", "on", "and", "or", "by", "for", "with", "from", "at"}

_SENT_END = re.compile(r"[.?!][\"'\u201d\u2019)]*(?= +[\"'\u201c\u2018(]?[A-Z0-9])")
_WATCH_RUNIN = re.compile(r"^WATCH:.*?\(\d{1,2}:\d{2}\)(?= +\S)")
_QUOTED_HEADING = re.compile(r"^(['\u2018][^'\u2019]{1,40}['\u2019])(?= +[A-Z])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|No|vs|U\.S|U\.N|e\.g|i\.e)\.)$")


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    role: str


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def role_of(sentence: str, headline: bool = False) -> str:
    """``boilerplate`` for promo/credit shapes, ``heading`` for a short line with no
    sentence-final punctuation (or, with ``headline``, the document's first line with
    none, however long: G61), else ``body``."""
    if any(p.match(sentence) for p in ROLE_PATTERNS.values()):
        return "boilerplate"
    words = sentence.split()
    if (len(words) <= 8 or headline) and not re.search(r"[.?!][\"'\u201d\u2019]?$", sentence):
        return "heading"
    return "body"


def _runin_heading(par: str) -> int | None:
    """Length of a heading run into the paragraph's first sentence, if any."""
    m = _QUOTED_HEADING.match(par)
    if m:
        return m.end()
    words = list(re.finditer(r"\S+", par))
    for i in range(1, min(len(words), 7)):
        prev, cur = words[i - 1].group(), words[i].group()
        if (cur in _OPENERS and prev.isalpha() and prev.islower() and prev not in _FUNCTION_WORDS
                and words[0].group()[0].isupper() and "," not in par[: words[i].start()]):
            return words[i - 1].end()
    return None


def _paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    par = text[start:end]
    m = _WATCH_RUNIN.match(par)
    if m:
        out.append((start, start + m.end()))
        pos = start + m.end()
    else:
        h = _runin_heading(par)
        if h is not None and role_of(par[:h].strip()) == "heading" and "." not in par[:h]:
            out.append((start, start + h))
            pos = start + h
    for m in _SENT_END.finditer(text, pos, end):
        if _ABBREV.search(text, pos, m.start() + 1):
            continue
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, end))
    return out


def segment(text: str) -> list[Piece]:
    """Split ``text`` into sentences with roles; every non-space character is covered
    by exactly one piece, and no piece crosses a newline."""
    pieces: list[Piece] = []
    for m in re.finditer(r"[^\n]+", text):
        parts = [_strip(text, a, b) for a, b in _paragraph_pieces(text, m.start(), m.end())]
        parts = [(a, b) for a, b in parts if a < b]
        # The first line is the headline when it is one piece (a headline is not split).
        headline = not pieces and len(parts) == 1
        pieces += [Piece(a, b, role_of(text[a:b], headline)) for a, b in parts]
    return pieces
