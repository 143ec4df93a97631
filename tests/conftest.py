from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATASET = ROOT / "dataset"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``slow`` tests first, each group in collection order (a stable sort, the
    same on every xdist worker): with them at the front, what is left for the end of
    a run on several cores are short tests that balance out, instead of a README or
    kill test started late that the other workers wait for."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the tiny valid dataset in tests/fixtures/mini."""
    dst = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", dst)
    return dst


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
