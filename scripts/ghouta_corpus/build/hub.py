"""Uploading the published folder to the Hugging Face Hub: exactly the files checked, nothing else.

By default the upload is the **text-free release** (:func:`text_free_plan`): the
build rendered again with every article-text column left out (as ``build
--without-texts`` writes it), with the sources that quote no article text; the
publishers' texts go up only with ``include_texts`` (``--include-texts``), as
:func:`plan` lists them.

:func:`plan` is the verified file list, and :func:`publish` uploads that list and
nothing else, in one commit (``dry_run`` returns the plan without touching the
network, which is what the tests run: nothing outside the package registries is
reachable here). A file is on the list when it is one of:

- the build: every file ``SHA256SUMS`` lists, with that checksum, and ``SHA256SUMS``
  itself (a malformed line, a path leaving the dataset or listed twice is an error);
- the sources, as ``validate`` passes them: ``manifest.json``, ``entities.json``,
  ``events.json``, the raw text and the annotation of every manifest document (whose
  hashes the manifest records), every document ``gold`` (a draft stops the
  publication, naming it);
- the records the card and datasheet cite (:data:`RECORDS`): the guidelines, the
  data licence, the audit allowlist, the adjudication record and the baseline
  predictions.

The development set (:data:`KEPT`, ``dev/``: splits ``build`` never publishes) is
never uploaded. Anything else in the dataset folder is a stray file and stops the
publication (move it out, or delete it), as does a symbolic link anywhere on the
list (its target may be anything, anywhere) and an interrupted write waiting for the
next writing command. Hidden files (the lock, editor files) are never uploaded.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import UsageError
from ..io import CorpusError, load_json, load_text, manifest_entries, sha256_file
from ..io.transaction import pending
from ..validate import validate_dataset

REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
SUMS_LINE = re.compile(r"^(?P<digest>[0-9a-f]{64})  (?P<path>[^\n\r]+)$")
RECORDS = ("GUIDELINES.md", "LICENSE-DATA.md", "CHANGELOG.md", "audit_allowlist.json", "adjudication/", "baseline/")
"""Files (``name``) and folders (``name/``: every file below) published as records."""
KEPT = ("dev/",)
"""Folders of the dataset that are never uploaded and are not stray: the development
set, whose splits (``dev``, ``sealed``) are never published."""


class PublishError(CorpusError):
    """The build cannot be published: missing or stale checksums, a draft, a stray file
    or a link, a bad repo id, a failed upload."""


class RepoIdError(UsageError, PublishError):
    """A ``--repo-id`` that is not ``ORG/NAME`` (exit 2)."""


TEXT_FREE_FILES = ("manifest.json", "entities.json", "events.json", "GUIDELINES.md", "LICENSE-DATA.md", "CHANGELOG.md")
"""The sources and records a text-free publication uploads besides its build: those
without article texts (the raw texts, the annotation files with their span texts, the
adjudication records, the baseline predictions and the audit allowlist's contexts all
quote the articles)."""


@dataclass(frozen=True)
class Item:
    path: str
    size: int
    sha256: str
    local: Path | None = None  # where the file is, when not at the same path in the dataset


def _regular(dataset: Path, rel: str, what: str) -> Path:
    """``dataset/rel`` if it is a regular file reached without a symbolic link."""
    p = dataset / rel
    for part in (p, *p.parents):
        if part == dataset:
            break
        if part.is_symlink():
            raise PublishError(f"{part}: {what} is a symbolic link; publish refuses links (their target may be "
                               "anything, anywhere): replace it with the file")
    try:
        mode = os.lstat(p).st_mode
    except FileNotFoundError:
        raise PublishError(f"{p}: {what} is missing; run ghouta-corpus build") from None
    if not stat.S_ISREG(mode):
        raise PublishError(f"{p}: {what} is not a regular file")
    return p


def _checked_sums(dataset: Path) -> dict[str, str]:
    """``SHA256SUMS`` as path -> digest, every line well formed and every file matching."""
    sums = dataset / "SHA256SUMS"
    if not sums.is_file():
        raise PublishError(f"{dataset}: no SHA256SUMS; run ghouta-corpus build first")
    listed: dict[str, str] = {}
    for n, line in enumerate(load_text(sums, PublishError, within=dataset).split("\n"), 1):
        if not line:
            continue
        m = SUMS_LINE.match(line)
        rel = PurePosixPath(m["path"]) if m else None
        if m is None or rel is None or rel.is_absolute() or ".." in rel.parts or "\\" in m["path"] \
                or rel.as_posix() != m["path"]:
            raise PublishError(f"{sums}:{n}: not a line of the form '<64 hex digits>  <relative path>'; "
                               "run ghouta-corpus build")
        if m["path"] in listed:
            raise PublishError(f"{sums}:{n}: {m['path']} is listed twice; run ghouta-corpus build")
        p = _regular(dataset, m["path"], "a file SHA256SUMS lists")
        if sha256_file(p) != m["digest"]:
            raise PublishError(f"{p}: checksum differs from SHA256SUMS; run ghouta-corpus build")
        listed[m["path"]] = m["digest"]
    if not listed:
        raise PublishError(f"{sums}: lists no file; run ghouta-corpus build")
    return listed


def _sources(dataset: Path) -> list[str]:
    """The sources, after ``validate`` passes them and every document is gold."""
    report = validate_dataset(dataset)
    if not report.ok:
        raise PublishError(f"{dataset}: {report.summary()}; fix the sources before publishing",
                           details=[f.line() for f in report.findings[:50]])
    out = ["manifest.json", "entities.json"] + (["events.json"] if (dataset / "events.json").exists() else [])
    drafts = []
    for meta in manifest_entries(dataset):
        out += [f"raw/{meta.source_file}", f"annotations/{meta.doc_id}.json"]
        if load_json(dataset / "annotations" / f"{meta.doc_id}.json", PublishError, within=dataset)["status"] != "gold":
            drafts.append(meta.doc_id)
    if drafts:
        raise PublishError(f"documents still marked draft, which are never published: {', '.join(drafts)}; correct "
                           "them and mark them gold, or remove them")
    return out


def _records(dataset: Path) -> list[str]:
    out = []
    for rec in RECORDS:
        if rec.endswith("/"):
            folder = dataset / rec.rstrip("/")
            if folder.is_dir() and not folder.is_symlink():
                out += sorted(p.relative_to(dataset).as_posix() for p in folder.rglob("*")
                              if not p.is_dir() and not _hidden(p.relative_to(dataset)))
        elif os.path.lexists(dataset / rec):
            out.append(rec)
    return out


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in rel.parts)


def plan(dataset: Path) -> list[Item]:
    """The verified list of files to upload (see the module docstring), sorted by path;
    raises :class:`PublishError` naming the first file that stops publication."""
    dataset = Path(os.path.abspath(dataset))
    for folder, command, journal in pending(dataset):
        if journal:
            raise PublishError(f"{folder}: a {command} was interrupted and is not finished; run ghouta-corpus build")
    built = _checked_sums(dataset)
    names = sorted({*built, "SHA256SUMS", *_sources(dataset), *_records(dataset)})
    items = [Item(rel, _regular(dataset, rel, "a published file").stat().st_size,
                  built.get(rel) or sha256_file(dataset / rel)) for rel in names]
    listed = set(names)
    for p in sorted(dataset.rglob("*")):
        rel = p.relative_to(dataset)
        kept = any(rel.as_posix().startswith(k) for k in KEPT)
        if not _hidden(rel) and not kept and not p.is_dir() and rel.as_posix() not in listed:
            raise PublishError(f"{p}: a stray file, neither built (SHA256SUMS) nor a source or record of the "
                               "dataset; move it out of the dataset folder or delete it before publishing")
    return items


def text_free_plan(dataset: Path, folder: Path) -> list[Item]:
    """The text-free publication: :func:`plan` is checked first (the full build is
    current, the sources valid and gold), then the text-free release is rendered into
    ``folder`` (outside the dataset) exactly as ``build --without-texts`` writes it, and
    its files are listed with the sources that quote no article text."""
    from .core import render  # imported here: rendering needs datasets and pyarrow, a dry run of --include-texts not
    plan(dataset)
    result = render(Path(os.path.abspath(dataset)), folder, None, without_texts=True)
    items = [Item(p.relative_to(folder).as_posix(), p.stat().st_size, sha256_file(p), p) for p in result.files]
    items += [Item(rel, (dataset / rel).stat().st_size, sha256_file(dataset / rel)) for rel in TEXT_FREE_FILES
              if (dataset / rel).is_file()]
    return sorted(items, key=lambda it: it.path)


def publish(dataset: Path, repo_id: str, dry_run: bool = False, private: bool = False,
            token: str | None = None, include_texts: bool = False) -> list[Item]:
    """Upload the verified files of ``dataset`` to the dataset repository ``repo_id``
    (created if needed), in one commit: the text-free release (:func:`text_free_plan`)
    unless ``include_texts``, else exactly :func:`plan`'s files."""
    if not REPO_ID.match(repo_id):
        raise RepoIdError(f"repo id {repo_id!r} is not of the form ORG/NAME")
    if include_texts:
        return _upload(dataset, plan(dataset), repo_id, dry_run, private, token)
    with tempfile.TemporaryDirectory(prefix="ghouta-text-free-") as tmp:
        return _upload(dataset, text_free_plan(dataset, Path(tmp)), repo_id, dry_run, private, token)


def _upload(dataset: Path, items: list[Item], repo_id: str, dry_run: bool, private: bool,
            token: str | None) -> list[Item]:
    if dry_run:
        return items
    from huggingface_hub import CommitOperationAdd, HfApi  # imported here: only an upload needs it, and it is slow
    api = HfApi(token=token)
    ops = [CommitOperationAdd(path_in_repo=it.path, path_or_fileobj=str(it.local or dataset / it.path))
           for it in items]
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        api.create_commit(repo_id, ops, repo_type="dataset", commit_message="Publish ghouta-corpus build")
    except Exception as e:  # network, auth, permissions: one clear line
        raise PublishError(f"upload to {repo_id} failed: {type(e).__name__}: {e}") from None
    return items
