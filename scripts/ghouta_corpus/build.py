"""``build``: validated sources in, the published dataset folder out.

:func:`build` validates first and writes nothing when anything is invalid or a
document is still a draft. It then writes, in a temporary folder beside the
dataset, the Parquet files of every config (``data/<config>/<split>.parquet``), the
dataset card (``README.md``), ``croissant.json`` and ``SHA256SUMS``, and moves them
into place; the generated blocks of the top-level README.md and DATASHEET.md are
refreshed the same way. A failure at any point leaves the previous build intact.

Parquet is written with pyarrow directly (pinned in pyproject.toml) with fixed
compression, row-group size and no statistics that vary, and rows in a fixed order,
so two builds of the same sources are byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .card import generated_blocks, render_card
from .corpus import Corpus, CorpusError, load_corpus
from .docgen import fill_blocks
from .features import CONFIGS, config_rows
from .validate import Finding, validate_dataset

PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 9, "row_group_size": 10_000,
                                   "use_dictionary": True, "write_statistics": True, "data_page_size": 1 << 20}
OUTPUTS = ("data", "README.md", "croissant.json", "SHA256SUMS")
TOP_LEVEL_DOCS = ("README.md", "DATASHEET.md")


class BuildError(Exception):
    """The sources are invalid or not publishable; ``findings`` says why."""

    def __init__(self, message: str, findings: list[Finding] | None = None):
        super().__init__(message)
        self.findings = findings or []


@dataclass
class BuildResult:
    dataset: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, dict[str, int]] = field(default_factory=dict)
    updated_docs: list[Path] = field(default_factory=list)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_parquet(rows: list[dict[str, Any]], features, path: Path) -> None:
    """One Parquet file whose schema carries the ``datasets`` Features (so ClassLabel
    survives any reader that knows the ``huggingface`` metadata key)."""
    table = pa.Table.from_pylist(rows, schema=features.arrow_schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, **PARQUET_OPTIONS)


def check_publishable(dataset: Path) -> Corpus:
    report = validate_dataset(dataset)
    if not report.ok:
        raise BuildError(f"{dataset}: {report.summary()}; nothing was written", report.findings)
    corpus = load_corpus(dataset)
    drafts = [d.doc_id for d in corpus.documents if d.status != "gold"]
    if drafts:
        raise BuildError(f"{dataset}: documents still marked draft, correct and mark them gold first: {', '.join(drafts)}; nothing was written")
    return corpus


def _replace(src: Path, dst: Path) -> None:
    """Move ``src`` over ``dst`` (file or folder) with a rollback copy."""
    backup = dst.with_name(f".{dst.name}.old")
    if backup.exists():
        shutil.rmtree(backup) if backup.is_dir() else backup.unlink()
    if dst.exists():
        os.replace(dst, backup)
    try:
        os.replace(src, dst)
    except OSError:
        if backup.exists():
            os.replace(backup, dst)
        raise
    if backup.exists():
        shutil.rmtree(backup) if backup.is_dir() else backup.unlink()


def render(corpus: Corpus, dataset: Path, out: Path, project_root: Path | None = None) -> BuildResult:
    """Write every output into ``out`` (an empty folder); returns what was written."""
    from .croissant import croissant_json
    result = BuildResult(out)
    rows = {name: config_rows(corpus, cfg) for name, cfg in CONFIGS.items()}
    for name, cfg in CONFIGS.items():
        feats = cfg.features()
        result.rows[name] = {}
        for split, rs in rows[name].items():
            p = out / "data" / name / f"{split}.parquet"
            write_parquet(rs, feats, p)
            result.files.append(p)
            result.rows[name][split] = len(rs)
    blocks = generated_blocks(corpus, dataset, rows)
    (out / "README.md").write_text(render_card(corpus, dataset, rows, blocks), encoding="utf-8")
    result.files.append(out / "README.md")
    parquet = sorted(p for p in result.files if p.suffix == ".parquet")
    (out / "croissant.json").write_text(croissant_json(corpus, out, parquet), encoding="utf-8")
    result.files.append(out / "croissant.json")
    sums = "".join(f"{sha256(p)}  {p.relative_to(out).as_posix()}\n" for p in sorted(result.files))
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    result.files.append(out / "SHA256SUMS")
    if project_root is not None:
        for name in TOP_LEVEL_DOCS:
            src = project_root / name
            if src.exists():
                new = fill_blocks(src.read_text(encoding="utf-8"), blocks, str(src))
                (out / "_top" / name).parent.mkdir(parents=True, exist_ok=True)
                (out / "_top" / name).write_text(new, encoding="utf-8")
    return result


def build(dataset: Path, project_root: Path | None = None) -> BuildResult:
    """Validate ``dataset`` and publish it in place (see the module docstring).

    ``project_root``, when given, is where README.md and DATASHEET.md live; their
    generated blocks are refreshed too. Raises :class:`BuildError` with the findings
    when the sources are invalid or contain drafts."""
    try:
        corpus = check_publishable(dataset)
    except CorpusError as e:
        raise BuildError(str(e)) from None
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=dataset))
    try:
        result = render(corpus, dataset, tmp, project_root)
        for name in OUTPUTS:
            _replace(tmp / name, dataset / name)
        if project_root is not None:
            for name in TOP_LEVEL_DOCS:
                src = tmp / "_top" / name
                if src.exists():
                    if (project_root / name).read_text(encoding="utf-8") != src.read_text(encoding="utf-8"):
                        result.updated_docs.append(project_root / name)
                    os.replace(src, project_root / name)
        result.dataset = dataset
        result.files = [dataset / p.relative_to(tmp) for p in result.files]
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
