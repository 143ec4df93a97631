"""Tooltips: one description per span, written twice, as a ``title`` and as a block of HTML.

A span's tooltip is a list of lines, each a sequence of plain text and :class:`Link`\\ s
(to another span, a record row, an event of the index). The same lines give

* the span's ``title`` attribute (links as their text), which a browser shows on
  hover even with scripts off, and
* a hidden block in ``<div id="tips">`` (links as links), which the viewer's script
  copies into the floating ``#tip`` box when the span is hovered *or focused*: the
  spans of the text are keyboard stops (``tabindex``), Enter moves into the tooltip's
  links, Escape leaves it.

One description, two renderings, so the title and the box can never say different
things. Every piece of text is escaped here; the script only clones these nodes and
never builds HTML from strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from .page import anchor, esc


@dataclass(frozen=True)
class Link:
    """Text that links to ``href``; ``hl`` are the highlight keys lit while it is
    hovered or focused (space-separated, as in ``data-hl``)."""
    text: str
    href: str
    hl: str = ""


Line = tuple[str | Link, ...]


def line_text(line: Line) -> str:
    return "".join(p.text if isinstance(p, Link) else p for p in line)


def link_html(link: Link, cls: str = "span-ref") -> str:
    hl = f' data-hl="{esc(link.hl)}"' if link.hl else ""
    c = f' class="{cls}"' if cls else ""
    return f'<a{c} href="{esc(link.href)}"{hl}>{esc(link.text)}</a>'


def line_html(line: Line, cls: str = "span-ref") -> str:
    return "".join(link_html(p, cls) if isinstance(p, Link) else esc(p) for p in line)


def title_text(lines: list[Line]) -> str:
    """The lines as a ``title`` attribute's text (one line each)."""
    return "\n".join(line_text(line) for line in lines)


def tip_id(span_id: str) -> str:
    return anchor("tip", span_id)


def tip_block(span_id: str, lines: list[Line]) -> str:
    """The hidden HTML block of a span's tooltip (the first line is its heading).
    Nothing inside carries an id, so the script's copies never duplicate one."""
    if not lines:
        return ""
    head, *rest = lines
    body = "".join(f"<div>{line_html(line, '')}</div>" for line in rest)
    return f'<div id="{esc(tip_id(span_id))}"><div class="th">{line_html(head, "")}</div>{body}</div>'


def tips_container(blocks: list[str]) -> str:
    """Every tooltip block of a page, hidden, and the floating box the script fills."""
    return ('<div id="tips" hidden>' + "".join(blocks) + "</div>"
            '<div id="tip" role="tooltip" hidden></div>')
