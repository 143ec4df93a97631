"""Output that fits the terminal, honours NO_COLOR and pipes, progress only on a
terminal, readable --help (issue 14)."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from typer.testing import CliRunner

from conftest import ROOT
from ghouta_corpus import ui
from ghouta_corpus.cli import app

runner = CliRunner()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(*args: str, columns: str) -> str:
    env = {**os.environ, "COLUMNS": columns}
    r = subprocess.run([sys.executable, "-m", "ghouta_corpus.cli", *args], capture_output=True, text=True, env=env,
                       cwd=ROOT, check=False, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_tables_fit_the_width_and_carry_no_escape_codes_in_a_pipe() -> None:
    out = _run("stats", columns="80")
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    out = _run("claims", columns="60")
    assert max(len(line) for line in out.splitlines() if "|" in line) <= 60


def test_progress_only_on_a_terminal() -> None:
    pipe = io.StringIO()
    with ui.progress("working", pipe) as advance:
        for i in range(1, 4):
            advance(i, 3)
    assert pipe.getvalue() == ""
    tty = Terminal()
    with ui.progress("working", tty) as advance:
        for i in range(1, 4):
            advance(i, 3)
    assert "working" in tty.getvalue()


def test_no_color_on_a_terminal() -> None:
    import os
    tty = Terminal()
    os.environ["NO_COLOR"] = "1"
    try:
        ui._console(tty).print("[red]red[/red] text")
    finally:
        del os.environ["NO_COLOR"]
    assert "\x1b[31m" not in tty.getvalue() and "red text" in tty.getvalue()
    coloured = Terminal()
    ui._console(coloured).print("[red]red[/red] text")
    assert "\x1b[" in coloured.getvalue()


def test_help_lists_each_command_with_one_sentence() -> None:
    r = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    assert r.exit_code == 0 and "--version" in r.output
    assert ui.short_help("Do this\n    and that. Then more.\n\nExample: x") == "Do this and that."
    for name in ("validate", "hydrate", "publish"):
        assert name in r.output
