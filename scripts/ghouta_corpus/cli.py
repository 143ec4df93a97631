"""The ``ghouta-corpus`` command: a thin typer layer over the library.

Each command parses its arguments, calls one library function, prints the result and
maps the library's typed errors to exit codes: 0 success, 1 invalid data or a failed
check, 2 a usage error (bad option, missing path).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import validate as validate_mod
from .paths import dataset_dir

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build, check and use the ghouta-corpus annotated news corpus.")


class Fmt(str, Enum):
    text = "text"
    json = "json"


@app.callback()
def _root() -> None:
    """Build, check and use the ghouta-corpus annotated news corpus."""


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _emit_json(obj: object) -> None:
    typer.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@app.command()
def validate(
    paths: Optional[List[Path]] = typer.Argument(None, help="Dataset folder, annotation folder or files (default: the project's dataset/)."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset whose manifest, raw texts and entities annotation files are checked against."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text (one line per finding) or json."),
) -> None:
    """Check annotation files against the JSON Schema and every semantic rule.

    Example: ghouta-corpus validate dataset/annotations/aljazeera-ghouta-evacuations.json
    """
    root = dataset or dataset_dir()
    try:
        report = validate_mod.validate_paths(paths or [root], root)
    except validate_mod.UsageError as e:
        _fail(str(e), 2)
        return
    if fmt is Fmt.json:
        _emit_json(report.to_json())
    else:
        for f in report.findings:
            typer.echo(f.line())
        typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


def _table(rows: list[list[str]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    t = Table(title=title, show_lines=False)
    for h in rows[0]:
        t.add_column(h, justify="left" if not rows[0].index(h) else "right")
    for r in rows[1:]:
        t.add_row(*r)
    Console(width=120).print(t)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold annotation folder or file (e.g. dataset/annotations)."),
    pred: Path = typer.Argument(..., help="Predicted annotation folder or file, or a .jsonl file of spans."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset holding the manifest and raw texts (default: dataset/)."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text (tables) or json."),
) -> None:
    """Score predictions against gold: span P/R/F1 (exact, overlap, boundary), COUNT
    attributes, COUNT_OF, attribution records and tokens.

    Example: ghouta-corpus evaluate dataset/annotations predictions/
    """
    from . import evaluate as ev
    try:
        result = ev.evaluate_paths(gold, pred, dataset or dataset_dir())
    except ev.PredictionError as e:
        _fail(str(e), 1)
        return
    if fmt is Fmt.json:
        _emit_json(result)
    else:
        _table(ev.score_table(result), "scores")
        _table(ev.accuracy_table(result), "attribute accuracy")


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    main()
