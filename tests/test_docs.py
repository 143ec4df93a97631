"""The README documents every command, and its recipes run as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT
from ghouta_corpus.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_appears_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names
    for name in names:
        assert f"ghouta-corpus {name}" in README, f"command {name} is not documented in README.md"


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    block = README.split("## Set up", 1)[1].split("## ", 1)[0]
    cmds = re.findall(r"```bash\n(.*?)\n```", block, re.S)
    assert len(cmds) == 2
    assert cmds[1].strip() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_token_classifier_recipe_runs(tmp_path):
    code = README.split("<!-- recipe: token-classifier -->", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(tmp_path / "hf"))
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "test mention F1" in r.stdout
