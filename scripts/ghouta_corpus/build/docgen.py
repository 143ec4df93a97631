"""Generated blocks inside hand-written Markdown.

Prose in README.md and DATASHEET.md is written by people; every number in it sits in
a block between ``<!-- begin: NAME -->`` and ``<!-- end: NAME -->`` that ``build``
rewrites from the data. A test regenerates the blocks and fails when a committed file
differs, so a number can never be typed by hand and then go stale.
"""

from __future__ import annotations

import re

from ..errors import DataError


class DocgenError(DataError, ValueError):
    """A generated block in a Markdown file has no generator."""


_BLOCK = re.compile(r"(<!-- begin: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- end: (?P=name) -->)", re.S)


def block_names(text: str) -> list[str]:
    return [m.group("name") for m in _BLOCK.finditer(text)]


def fill_blocks(text: str, blocks: dict[str, str], where: str = "document") -> str:
    """Replace the body of every named block with ``blocks[name]``. A block in the
    text with no generator is an error (a typo would otherwise freeze a number)."""
    def sub(m: re.Match[str]) -> str:
        name = m.group("name")
        if name not in blocks:
            raise DocgenError(f"{where}: no generator for block {name!r} (known: {', '.join(sorted(blocks))})")
        body = blocks[name].rstrip("\n") + "\n"
        return m.group(1) + body + m.group(4)
    return _BLOCK.sub(sub, text)
