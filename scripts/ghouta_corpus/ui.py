"""What the command line shows on a terminal: tables that fit it, progress bars, colour.

Kept apart from :mod:`ghouta_corpus.cli` (the commands) so that every command draws
its output one way:

- **Tables** fit the terminal's width (rich wraps cells); piped or redirected, they are
  drawn at ``$COLUMNS`` or 80 columns, without colour or other escape codes.
- **Colour** only on a terminal, never when ``NO_COLOR`` is set (https://no-color.org;
  rich honours it too).
- **Progress** (a bar with items done, the rate and the time remaining) on standard
  error, only when standard error is a terminal: a pipe, a log file or CI sees
  nothing of it, so the output a script reads stays exactly the command's result.

Library functions never print; a long one reports ``(done, total)`` through a
callback, which :func:`progress` turns into the bar.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Advance = Callable[[int, int], None]


def _console(stream: TextIO | None = None):  # type: ignore[no-untyped-def]  # rich is imported lazily
    """A rich Console on ``stream`` (stdout by default) that uses colour only on a
    terminal without ``NO_COLOR``, and fits the terminal's width."""
    from rich.console import Console  # imported here: rich costs time that --help should not pay
    stream = stream or sys.stdout
    terminal = stream.isatty()
    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    return Console(file=stream, force_terminal=terminal, no_color=no_color or not terminal,
                   color_system=None if no_color or not terminal else "auto", highlight=False,
                   soft_wrap=False)


def is_terminal(stream: TextIO | None = None) -> bool:
    return (stream or sys.stderr).isatty()


def table(rows: list[list[str]], title: str | None = None, left: int = 1) -> None:
    """Print ``rows`` (header first) as a table that fits the terminal; the first
    ``left`` columns are left-aligned, the others (numbers) right-aligned."""
    from rich import box
    from rich.table import Table
    console = _console()
    t = Table(title=title, box=box.SIMPLE_HEAD if console.is_terminal else box.ASCII2, show_lines=False)
    for k, h in enumerate(rows[0]):
        t.add_column(h, justify="left" if k < left else "right", overflow="fold")
    for r in rows[1:]:
        t.add_row(*r)
    console.print(t)


@contextmanager
def progress(what: str, stream: TextIO | None = None) -> Iterator[Advance]:
    """A progress bar (done/total, items per second, time remaining) on standard
    error while the block runs, only on a terminal; yields the ``(done, total)``
    callback to hand to the library function."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield lambda done, total: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    class _Rate(TextColumn):
        def render(self, task):  # type: ignore[no-untyped-def]  # rich's own signature
            from rich.text import Text
            speed = task.finished_speed or task.speed
            return Text("" if not speed else f"{speed:,.1f}/s")

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                   _Rate(""), TimeRemainingColumn(), console=_console(stream), transient=True)
    task = bar.add_task(what, total=None)
    with bar:
        yield lambda done, total: bar.update(task, completed=done, total=total)


def short_help(doc: str | None) -> str | None:
    """The first sentence of a command's docstring, on one line: what ``--help``
    lists beside the command's name (typer would keep the docstring's line breaks)."""
    if not doc:
        return None
    text = " ".join(doc.strip().split("\n\n")[0].split())
    return text.split(". ")[0].rstrip(".") + "."
