"""The one reader: text, strict JSON, JSON Lines and documents, with one error type.

Everything in the package that reads a file goes through this module, which turns
every way a file can be broken (missing, a directory, empty, a BOM, invalid UTF-8,
malformed or absurdly nested JSON, NaN, a 10,000-digit number, a record the model
rejects) into a :class:`CorpusError` with a one-line reason and the validation rule
the problem breaks.

Two faces of the same reader:

- :func:`read_text` and :func:`read_json` return ``(value, problem)``, for
  ``validate``, which reports every problem as a finding instead of stopping;
- :func:`load_text`, :func:`load_json`, :func:`json_lines` and
  :func:`document_from_json` raise, for code that needs the data to go on. They raise
  :class:`CorpusError` or the subclass a caller names with ``error=`` (a format reader
  raises :class:`~ghouta_corpus.formats.FormatError`, ``evaluate`` its
  ``PredictionError``), so one ``except CorpusError`` catches every read failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..model.records import DocMeta, Document, ModelError

MAX_DEPTH = 64


class CorpusError(DataError):
    """The corpus, or a file in one of its formats, cannot be read; the message names
    the file and the reason. ``rule`` is the validation rule the problem breaks
    (``file-missing``, ``json-syntax``, ...) and ``message`` the reason alone."""

    def __init__(self, message: str, rule: str = "file-unreadable", reason: str | None = None) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message if reason is None else reason


def problem(path: Path | str, rule: str, reason: str, error: type[CorpusError] = CorpusError) -> CorpusError:
    """The error for ``path`` breaking ``rule``: ``<path>: [<rule>] <reason>``."""
    return error(f"{path}: [{rule}] {reason}", rule, reason)


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


def read_text(path: Path) -> tuple[str | None, CorpusError | None]:
    """The file's text, or why it cannot be read as UTF-8 text."""
    if not path.exists():
        return None, problem(path, "file-missing", "no such file")
    if path.is_dir():
        return None, problem(path, "file-unreadable", "is a directory, expected a file")
    try:
        data = path.read_bytes()
    except OSError as e:
        return None, problem(path, "file-unreadable", f"cannot read: {e.strerror}")
    if data.startswith(b"\xef\xbb\xbf"):
        return None, problem(path, "file-encoding", "starts with a UTF-8 byte order mark (BOM); save it without one")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, problem(path, "file-encoding", f"invalid UTF-8 at byte {e.start}: {data[e.start:e.start + 1]!r}")


def parse_json(text: str) -> Any:
    """Strict JSON: NaN and Infinity are rejected (``ValueError``), as are integers
    too long to parse and nesting too deep for the parser (``RecursionError``)."""
    return json.loads(text, parse_constant=_reject_constant)


def _json_problem(path: Path | str, text: str) -> tuple[Any, CorpusError | None]:
    if not text.strip():
        return None, problem(path, "json-empty", "file is empty")
    try:
        return parse_json(text), None
    except json.JSONDecodeError as e:
        return None, problem(path, "json-syntax", f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
    except RecursionError:
        return None, problem(path, "json-depth", f"JSON nested too deeply (limit {MAX_DEPTH} levels)")
    except ValueError as e:  # NaN/Infinity, or an integer with too many digits
        return None, problem(path, "json-syntax", f"unacceptable JSON value: {e}")


def read_json(path: Path) -> tuple[Any, CorpusError | None]:
    """Parsed JSON, or a one-line reason why the file is not acceptable JSON."""
    text, err = read_text(path)
    if err is not None or text is None:
        return None, err
    return _json_problem(path, text)


def too_deep(data: Any) -> CorpusError | None:
    """A problem if ``data`` nests deeper than :data:`MAX_DEPTH`. Schema-valid data is
    shallow by construction, so callers run this only on data the schema rejected,
    before producing detailed (recursive) error reports."""
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        return CorpusError(f"JSON nested too deeply (limit {MAX_DEPTH} levels)", "json-depth")
    return None


def _raise(err: CorpusError | None, error: type[CorpusError]) -> None:
    if err is not None:
        raise error(str(err), err.rule, err.message)


def load_text(path: Path, error: type[CorpusError] = CorpusError) -> str:
    """The file's text; raises ``error`` (a :class:`CorpusError`) naming the file."""
    text, err = read_text(path)
    _raise(err, error)
    assert text is not None
    return text


def load_json(path: Path, error: type[CorpusError] = CorpusError) -> Any:
    """The file's strict JSON; raises ``error`` (a :class:`CorpusError`) naming the file."""
    data, err = read_json(path)
    _raise(err, error)
    return data


def json_lines(path: Path, error: type[CorpusError] = CorpusError,
               what: str = "a JSON value") -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for every non-blank line of a JSON Lines file; a line
    that is not strict JSON raises ``error`` with ``<path>:<line>: not <what> (...)``.

    Lines are split on ``\\n`` only: JSON escapes it inside strings, but U+2028 and its
    kin may stay raw there, and ``str.splitlines()`` would cut a record in two."""
    for n, line in enumerate(load_text(path, error).split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = parse_json(line)
        except (ValueError, RecursionError) as e:
            reason = f"not {what} ({type(e).__name__}: {e})"
            raise error(f"{path}:{n}: {reason}", "json-syntax", reason) from None
        yield n, value


def document_from_json(data: Any, text: str, meta: DocMeta | None = None, where: str = "document",
                       error: type[CorpusError] = CorpusError) -> Document:
    """A :class:`Document` from an annotation record and its text; a record the model
    rejects raises ``error`` with ``<where>: <why>``."""
    try:
        return Document.from_json(data, text, meta)
    except (ModelError, KeyError, TypeError, AttributeError) as e:
        raise error(f"{where}: {e}", "schema", str(e)) from None
