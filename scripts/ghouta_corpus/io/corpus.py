"""Reading the corpus from ``dataset/``: strict JSON, the manifest, raw texts,
annotation files and the entity table.

Everything that touches a file goes through :func:`read_json` or :func:`read_text`,
which turn every way a file can be broken (missing, a directory, empty, a BOM, invalid
UTF-8, malformed or absurdly nested JSON, NaN, a 10,000-digit number) into a
:class:`FileProblem` with a one-line reason instead of an exception.
:func:`load_corpus` is for code that runs after ``validate`` passed (build, export,
evaluate): it raises :class:`CorpusError` on the first problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import DataError
from ..model.records import DocMeta, Document, Entity, ModelError

MAX_DEPTH = 64


class CorpusError(DataError):
    """The corpus cannot be loaded; the message names the file and the reason."""


@dataclass(frozen=True)
class FileProblem:
    rule: str
    message: str


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _depth(obj: Any, limit: int) -> int:
    # iterative, so a deep document cannot overflow the Python stack here
    stack = [(obj, 1)]
    deepest = 0
    while stack:
        o, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > limit:
            return deepest
        if isinstance(o, dict):
            stack.extend((v, d + 1) for v in o.values())
        elif isinstance(o, list):
            stack.extend((v, d + 1) for v in o)
    return deepest


def read_text(path: Path) -> tuple[str | None, FileProblem | None]:
    """The file's text, or why it cannot be read as UTF-8 text."""
    if not path.exists():
        return None, FileProblem("file-missing", "no such file")
    if path.is_dir():
        return None, FileProblem("file-unreadable", "is a directory, expected a file")
    try:
        data = path.read_bytes()
    except OSError as e:
        return None, FileProblem("file-unreadable", f"cannot read: {e.strerror}")
    if data.startswith(b"\xef\xbb\xbf"):
        return None, FileProblem("file-encoding", "starts with a UTF-8 byte order mark (BOM); save it without one")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, FileProblem("file-encoding", f"invalid UTF-8 at byte {e.start}: {data[e.start:e.start + 1]!r}")


def read_json(path: Path) -> tuple[Any, FileProblem | None]:
    """Parsed JSON, or a one-line reason why the file is not acceptable JSON."""
    text, problem = read_text(path)
    if problem:
        return None, problem
    assert text is not None
    if not text.strip():
        return None, FileProblem("json-empty", "file is empty")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        return None, FileProblem("json-syntax", f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
    except RecursionError:
        return None, FileProblem("json-depth", f"JSON nested too deeply (limit {MAX_DEPTH} levels)")
    except ValueError as e:  # NaN/Infinity, or an integer with too many digits
        return None, FileProblem("json-syntax", f"unacceptable JSON value: {e}")
    return data, None


def too_deep(data: Any) -> FileProblem | None:
    """A problem if ``data`` nests deeper than :data:`MAX_DEPTH`. Schema-valid data is
    shallow by construction, so callers run this only on data the schema rejected,
    before producing detailed (recursive) error reports."""
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        return FileProblem("json-depth", f"JSON nested too deeply (limit {MAX_DEPTH} levels)")
    return None


def _must(path: Path) -> Any:
    data, problem = read_json(path)
    if problem:
        raise CorpusError(f"{path}: [{problem.rule}] {problem.message}")
    return data


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: documents in manifest order and the entity table."""
    root: Path
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.doc_id == doc_id:
                return d
        raise CorpusError(f"no document {doc_id!r} in {self.root}")

    def entity_index(self) -> dict[str, Entity]:
        return {e.entity_id: e for e in self.entities}


def manifest_entries(root: Path) -> list[DocMeta]:
    data = _must(root / "manifest.json")
    try:
        return [DocMeta.from_json(d) for d in data["documents"]]
    except (KeyError, TypeError) as e:
        raise CorpusError(f"{root / 'manifest.json'}: malformed manifest ({e})") from None


def raw_text(root: Path, meta: DocMeta) -> str:
    text, problem = read_text(root / "raw" / meta.source_file)
    if problem:
        raise CorpusError(f"{root / 'raw' / meta.source_file}: [{problem.rule}] {problem.message}")
    assert text is not None
    return text


def annotation_path(root: Path, doc_id: str) -> Path:
    return root / "annotations" / f"{doc_id}.json"


def iter_documents(root: Path) -> Iterator[Document]:
    """Documents one at a time, in manifest order (memory does not grow with the corpus)."""
    for meta in manifest_entries(root):
        data = _must(annotation_path(root, meta.doc_id))
        try:
            yield Document.from_json(data, raw_text(root, meta), meta)
        except (ModelError, KeyError, TypeError) as e:
            raise CorpusError(f"{annotation_path(root, meta.doc_id)}: {e}") from None


def load_entities(root: Path) -> tuple[Entity, ...]:
    data = _must(root / "entities.json")
    try:
        return tuple(Entity.from_json(e) for e in data["entities"])
    except (ModelError, KeyError, TypeError) as e:
        raise CorpusError(f"{root / 'entities.json'}: {e}") from None


def load_corpus(root: Path) -> Corpus:
    return Corpus(root, tuple(iter_documents(root)), load_entities(root))


def dump_json(data: Any) -> str:
    """The project's JSON layout: one record per line inside top-level arrays, so that
    annotation files stay readable and diff line by line."""
    if isinstance(data, dict) and all(isinstance(v, (list, str, int, type(None))) for v in data.values()):
        parts = []
        for k, v in data.items():
            if isinstance(v, list):
                if v:
                    inner = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in v)
                    parts.append(f'  {json.dumps(k)}: [\n{inner}\n  ]')
                else:
                    parts.append(f"  {json.dumps(k)}: []")
            else:
                parts.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}")
        return "{\n" + ",\n".join(parts) + "\n}\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
