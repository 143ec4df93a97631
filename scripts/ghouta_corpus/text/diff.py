"""Where two strings first differ, with a short window of context around it.

Messages that compare an expected string with a found one (``span-text``,
``timex-agree``, an imported text against the corpus's) used to print both cut to 40
characters, which hid the cause when the strings shared a long prefix
(``'The Syrian Observatory for Human Righ...'`` twice, when the difference was ``UK
based`` against ``UK-based`` further on). :func:`first_difference` finds the first
differing character and keeps a window around it in both strings, so the message
shows the difference itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WINDOW = 15
"""Characters of context kept on each side of the first difference."""


@dataclass(frozen=True)
class Difference:
    """The first difference of ``found`` from ``expected``: ``offset`` is the index of
    the first differing character (the length of the shorter string when one is a
    prefix of the other); ``expected`` and ``found`` are the windows of both strings
    around it, with ``...`` where a window cuts a string."""
    offset: int
    expected: str
    found: str

    def describe(self) -> str:
        """``first difference at character 33: expected '...UK-based...', found '...UK based...'``."""
        return f"first difference at character {self.offset}: expected {self.expected!r}, found {self.found!r}"

    def to_json(self) -> dict[str, Any]:
        return {"offset": self.offset, "expected": self.expected, "found": self.found}


def _window(s: str, k: int, width: int) -> str:
    start, end = max(0, k - width), min(len(s), k + width)
    return ("..." if start else "") + s[start:end] + ("..." if end < len(s) else "")


def difference_at(expected: str, found: str, k: int, width: int = WINDOW) -> Difference:
    """The difference at character ``k``, for comparisons that are not plain equality
    (a TIMEX3 value against the pattern of its ``value_text``)."""
    return Difference(k, _window(expected, k, width), _window(found, k, width))


def first_difference(expected: str, found: str, width: int = WINDOW,
                     wildcard: str | None = None) -> Difference | None:
    """The first difference between two strings, or None when they are equal; a
    ``wildcard`` character in ``expected`` matches any character of ``found``
    (``X`` in a TIMEX3 ``value_text``)."""
    k = next((i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b and a != wildcard),
             min(len(expected), len(found)))
    if k == len(expected) == len(found):
        return None
    return difference_at(expected, found, k, width)
