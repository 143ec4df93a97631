"""One exit-code contract for every command (issue 14): 0 ok, 1 invalid data or a
failed check, 2 a usage error (a missing or unreadable path, an unknown option value,
a bad repo id, a missing option). One table, at least one usage error per command;
the last test fails when a command is added without a row here."""

from __future__ import annotations

import shutil

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from conftest import FIXTURES
from ghouta_corpus.cli import app
from ghouta_corpus.model.version import VERSION

runner = CliRunner()
MISSING = "/nonexistent/ghouta-missing"

# (command words, expected exit code); {mini} is a writable copy of tests/fixtures/mini,
# {tmp} a fresh temporary folder.
CASES: list[tuple[list[str], int]] = [
    (["--version"], 0),
    (["no-such-command"], 2),
    (["validate", MISSING], 2),
    (["validate", "--dataset", "{mini}", "--format", "xml"], 2),
    (["validate", "--dataset", "{mini}", "{mini}"], 0),
    (["validate", "--dataset", "{mini}", "{bad}"], 1),
    (["audit", "--dataset", MISSING], 2),
    (["audit", "--dataset", "{mini}", "--allowlist", MISSING], 2),
    (["build", "--dataset", MISSING], 2),
    (["build", "--dataset", "{mini}", "--max-shard-mb", "0"], 2),
    (["build", "--dataset", "{bad_dataset}"], 1),
    (["stats", "--dataset", MISSING], 2),
    (["stats", "--dataset", "{mini}", "--format", "yaml"], 2),
    (["evaluate", MISSING, "{mini}/annotations", "--dataset", "{mini}"], 2),
    (["evaluate", "{mini}/annotations", MISSING, "--dataset", "{mini}"], 2),
    (["evaluate", "{mini}/annotations", "{mini}/annotations", "--dataset", "{mini}", "--split", "nope"], 2),
    (["evaluate", "{mini}/annotations", "{mini}/annotations", "--dataset", "{mini}", "--format", "json"], 0),
    (["claims", "--dataset", MISSING], 2),
    (["claims", "--dataset", "{mini}", "--split", "nope"], 2),
    (["publish", "--dataset", "{mini}", "--repo-id", "not a repo id", "--dry-run"], 2),
    (["publish", "--dataset", "{mini}", "--dry-run"], 2),
    (["publish", "--dataset", MISSING, "--repo-id", "org/name", "--dry-run"], 2),
    (["export", "--dataset", "{mini}", "--format", "xml", "--out", "{tmp}/x"], 2),
    (["export", "--dataset", MISSING, "--format", "brat", "--out", "{tmp}/x"], 2),
    (["import", MISSING, "--format", "jsonl", "--dataset", "{mini}"], 2),
    (["import", "{mini}/manifest.json", "--format", "xml", "--dataset", "{mini}"], 2),
    (["gold", "no-such-doc", "--dataset", "{mini}"], 2),
    (["gold", "--dataset", "{mini}"], 2),
    (["view", "--dataset", MISSING, "--out", "{tmp}/v"], 2),
    (["view", "--dataset", "{mini}"], 2),
    (["annotate", MISSING], 2),
    (["annotate", "{tmp}/empty-folder"], 2),
    (["add", MISSING, "--outlet", "X", "--dataset", "{mini}"], 2),
    (["add", "{mini}/raw/{raw}", "--outlet", "X", "--dataset", "{mini}", "--split", "bogus"], 2),
    (["add", "{mini}/raw/{raw}", "--outlet", "X", "--dataset", "{mini}"], 1),
    (["baseline", "--dataset", MISSING], 2),
    (["hydrate", MISSING, "--dataset", "{mini}"], 2),
]


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("codes")
    mini = tmp / "mini"
    shutil.copytree(FIXTURES / "mini", mini)
    (tmp / "empty-folder").mkdir()
    bad = tmp / "bad.json"
    bad.write_text('{"doc_id": 1}', encoding="utf-8")
    bad_dataset = tmp / "bad-dataset"
    shutil.copytree(FIXTURES / "mini", bad_dataset)
    first = sorted((bad_dataset / "annotations").glob("*.json"))[0]
    first.write_text("{", encoding="utf-8")
    raw = sorted(p.name for p in (mini / "raw").iterdir())[0]
    return {"mini": str(mini), "tmp": str(tmp), "bad": str(bad), "bad_dataset": str(bad_dataset), "raw": raw}


@pytest.mark.parametrize(("words", "code"), CASES, ids=[" ".join(w) for w, _ in CASES])
def test_exit_code(words: list[str], code: int, places: dict[str, str]) -> None:
    args = [w.format(**places) for w in words]
    r = runner.invoke(app, args)
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    if code == 2 and words[0] not in ("no-such-command",):
        assert r.output.strip(), "a usage error says what is wrong"


def test_version_is_the_package_version() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.output.strip() == f"ghouta-corpus {VERSION}"


def test_every_command_has_a_usage_error_case() -> None:
    commands = set(get_command(app).commands)  # type: ignore[attr-defined]
    covered = {w[0] for w, c in CASES if c == 2}
    assert commands <= covered, f"add a usage-error row for: {sorted(commands - covered)}"


@pytest.mark.parametrize("argv, says", [
    (["evaluate"], "Missing argument 'gold'"),
    (["validate", "--jobs", "0"], "Invalid value for '--jobs'"),
    (["validate", "--dataset", "/nonexistent-ghouta"], "Invalid value for '--dataset'"),
    (["no-such-command"], "No such command"),
])
def test_the_parsers_own_usage_errors_are_one_line_and_exit_2(argv, says, capsys):
    """The console script turns the argument parser's errors into the one-line
    ``error:`` form every other usage error has (no boxed message, no traceback)."""
    from ghouta_corpus.cli import main
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("error: ") and says in err and err.count("\n") == 1 and "╭" not in err


def test_the_console_script_passes_exit_codes_through(capsys):
    """Commands' own exit codes (0 on success, --version) reach the shell unchanged."""
    from ghouta_corpus.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("ghouta-corpus ")
