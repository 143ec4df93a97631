"""Uploading the published folder to the Hugging Face Hub.

:func:`plan` lists what would be uploaded and checks that the build is intact (every
file in ``SHA256SUMS`` present with its checksum), so that a stale or half-copied
folder is never published. :func:`publish` uploads with ``huggingface_hub`` in one
commit; ``dry_run`` returns the plan without touching the network, which is what the
tests run (nothing outside the package registries is reachable here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..io import load_text, sha256_file

IGNORE = (".build-*", ".*", "__pycache__")
REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")


class PublishError(DataError):
    """The build cannot be published: missing or stale checksums, a bad repo id, a failed upload."""


@dataclass(frozen=True)
class Item:
    path: str
    size: int
    sha256: str


def _ignored(rel: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in rel.parts)


def plan(dataset: Path) -> list[Item]:
    """Every file that would be uploaded, after checking the build's checksums."""
    sums = dataset / "SHA256SUMS"
    if not sums.exists():
        raise PublishError(f"{dataset}: no SHA256SUMS; run ghouta-corpus build first")
    for line in load_text(sums).splitlines():
        digest, rel = line.split("  ", 1)
        p = dataset / rel
        if not p.is_file():
            raise PublishError(f"{p}: listed in SHA256SUMS but missing; run ghouta-corpus build")
        if sha256_file(p) != digest:
            raise PublishError(f"{p}: checksum differs from SHA256SUMS; run ghouta-corpus build")
    items = []
    for p in sorted(dataset.rglob("*")):
        relative = p.relative_to(dataset)
        if p.is_file() and not _ignored(relative):
            items.append(Item(relative.as_posix(), p.stat().st_size, sha256_file(p)))
    return items


def publish(dataset: Path, repo_id: str, dry_run: bool = False, private: bool = False,
            token: str | None = None) -> list[Item]:
    """Upload ``dataset`` to the dataset repository ``repo_id`` (created if needed)."""
    if not REPO_ID.match(repo_id):
        raise PublishError(f"repo id {repo_id!r} is not of the form ORG/NAME")
    items = plan(dataset)
    if dry_run:
        return items
    from huggingface_hub import HfApi  # imported here: only an upload needs it, and it is slow to import
    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=str(dataset),
                          ignore_patterns=list(IGNORE), commit_message="Publish ghouta-corpus build")
    except Exception as e:  # network, auth, permissions: one clear line
        raise PublishError(f"upload to {repo_id} failed: {type(e).__name__}: {e}") from None
    return items
