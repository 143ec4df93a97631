"""Every command line of the README's examples runs as written (issue 14).

A user clones the repository, runs the set-up line (which activates ``.venv``) and
then types the examples in the same shell. This test does the same in a fresh copy of
the repository's tracked files: a ``.venv`` of its own whose ``ghouta-corpus`` and
``python`` run the copy's package (the set-up's ``pip install`` stands in for by the
test environment's installed dependencies: nothing is downloaded), on ``PATH`` as an
activated venv puts them, then every command line of every ``bash`` block, in README
order (each must exit 0), after every ``python`` block run as a script. A block is
skipped only when the line before it is a ``<!-- not run by tests/test_readme.py:
REASON -->`` comment with a reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT

README = ROOT / "README.md"
SKIP = re.compile(r"<!-- not run by tests/test_readme\.py: (?P<reason>[^>]+\S) -->\s*$")
BLOCK = re.compile(r"```bash\n(.*?)```", re.S)
PYTHON = re.compile(r"```python\n(.*?)```", re.S)


def command_lines(text: str) -> list[tuple[int, str]]:
    """(line number, command) of every bash block not marked as not run, with
    backslash continuations joined and comments and blank lines left out."""
    out = []
    for m in BLOCK.finditer(text):
        before = text[: m.start()].rstrip("\n").splitlines()
        if before and SKIP.search(before[-1]):
            continue
        first = text[: m.start()].count("\n") + 2
        pending, start = "", first
        for k, line in enumerate(m.group(1).splitlines()):
            if not pending:
                start = first + k
            if line.endswith("\\"):
                pending += line[:-1] + " "
                continue
            cmd = (pending + line).strip()
            pending = ""
            if cmd and not cmd.startswith("#"):
                out.append((start, cmd))
    return out


def test_every_skipped_block_says_why() -> None:
    text = README.read_text(encoding="utf-8")
    markers = [line for line in text.splitlines() if "not run by tests/test_readme.py" in line]
    assert markers and all(SKIP.search(line) for line in markers)
    assert len(command_lines(text)) >= 20


def _tracked_copy(dst: Path) -> None:
    """The repository's tracked files as they are now (a fresh clone of this tree)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    for rel in listed.stdout.decode().split("\0"):
        src = ROOT / rel
        if rel and src.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst / rel)


def _venv(clone: Path) -> Path:
    """``clone/.venv``: its python sees the copy's package first, then the installed dependencies."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(clone / ".venv")], check=True)
    purelib = Path(subprocess.run([str(clone / ".venv" / "bin" / "python"), "-c",
                                   "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "ghouta_readme.pth").write_text(f"{clone / 'scripts'}\n{sysconfig.get_paths()['purelib']}\n",
                                               encoding="utf-8")
    script = clone / ".venv" / "bin" / "ghouta-corpus"
    script.write_text(f"#!{clone / '.venv' / 'bin' / 'python'}\nfrom ghouta_corpus.cli import main\nmain()\n",
                      encoding="utf-8")
    script.chmod(0o755)
    return clone / ".venv" / "bin"


@pytest.mark.slow
def test_readme_commands_run_as_written(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    _tracked_copy(clone)
    bin_dir = _venv(clone)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GHOUTA_CORPUS", "PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(bin_dir.parent),
               HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", NO_COLOR="1", HF_HOME=str(tmp_path / "hf"))
    failures = []
    text = README.read_text(encoding="utf-8")
    for m in PYTHON.finditer(text):
        line = text[: m.start()].count("\n") + 1
        r = subprocess.run(["python", "-c", m.group(1)], cwd=clone, env=env, capture_output=True, text=True,
                           timeout=300, stdin=subprocess.DEVNULL)
        if r.returncode != 0:
            failures.append(f"README.md:{line}: python block exited {r.returncode}: {r.stderr[-400:]}")
    for line, cmd in command_lines(text):
        r = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", cmd], cwd=clone, env=env, capture_output=True,
                           text=True, timeout=300, stdin=subprocess.DEVNULL)
        if r.returncode != 0:
            failures.append(f"README.md:{line}: `{cmd}` exited {r.returncode}: {(r.stderr or r.stdout)[-400:]}")
    assert failures == []
    # the build the examples ran leaves the committed outputs as they were
    for rel in ("dataset/SHA256SUMS", "dataset/README.md"):
        assert (clone / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
