"""The one reader: text, strict JSON, JSON Lines and documents, with one error type.

Everything in the package that reads a file goes through this module, which turns
every way a file can be broken (missing, a directory, empty, a BOM, invalid UTF-8,
malformed or absurdly nested JSON, NaN or ``1e999``, a duplicate key, a 10,000-digit
number, a record the model rejects) into a :class:`CorpusError` with a one-line reason
and the validation rule the problem breaks.

Nothing it reads can hang or exhaust memory: only regular files are opened (a FIFO,
a device such as ``/dev/zero``, a socket is refused before a byte is read), files
larger than :func:`max_file_bytes` (64 MiB unless ``--max-file-mb`` or
``$GHOUTA_CORPUS_MAX_FILE_MB`` raise it) are refused with the limit in the message,
JSON Lines are streamed a line at a time, and callers that read a dataset pass
``within=`` so that a symbolic link out of the dataset is refused.

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
import math
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import orjson

from ..errors import DataError
from ..model.records import DocMeta, Document, ModelError

MAX_DEPTH = 64
DEFAULT_MAX_FILE_MB = 64
MAX_FILE_ENV = "GHOUTA_CORPUS_MAX_FILE_MB"
_LIMIT: list[int] = []  # set by the command line's --max-file-mb for the life of one command


class CorpusError(DataError):
    """The corpus, or a file in one of its formats, cannot be read; the message names
    the file and the reason. ``rule`` is the validation rule the problem breaks
    (``file-missing``, ``json-syntax``, ...) and ``message`` the reason alone."""

    def __init__(self, message: str, rule: str = "file-unreadable", reason: str | None = None,
                 details: Sequence[str] = ()) -> None:
        super().__init__(message, details)
        self.rule = rule
        self.message = message if reason is None else reason


def problem(path: Path | str, rule: str, reason: str, error: type[CorpusError] = CorpusError) -> CorpusError:
    """The error for ``path`` breaking ``rule``: ``<path>: [<rule>] <reason>``."""
    return error(f"{path}: [{rule}] {reason}", rule, reason)


def set_max_file_bytes(limit: int | None) -> None:
    """Set (or, with None, reset) the size limit on every file read, for this process
    and the validation workers it forks; the ``--max-file-mb`` option calls this."""
    _LIMIT.clear()
    if limit is not None:
        _LIMIT.append(limit)


def max_file_bytes() -> int:
    """The largest file the reader accepts: ``--max-file-mb``, else
    ``$GHOUTA_CORPUS_MAX_FILE_MB``, else 64 MiB. A JSON Lines file is read a line at
    a time, so the limit applies to each line rather than to the file."""
    if _LIMIT:
        return _LIMIT[0]
    try:
        mb = float(os.environ.get(MAX_FILE_ENV) or DEFAULT_MAX_FILE_MB)
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return int(max(mb, 0.001) * (1 << 20))


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < (1 << 20) else f"{n / (1 << 20):,.1f} MiB"


def _too_large(size: int | None, limit: int) -> str:
    what = f"is {_size(size)}, over" if size is not None else "has a line longer than"
    return (f"{what} the limit of {_size(limit)} on files read; raise it with ghouta-corpus --max-file-mb N "
            f"(or ${MAX_FILE_ENV})")


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    for test, kind in _KINDS:
        if test(mode):
            return f"is {kind}, expected a regular file"
    return None if stat.S_ISREG(mode) else "is not a regular file"


def _plainly_within(path: Path, within: Path) -> bool:
    """Whether ``path`` is ``within`` joined with names, none of them ``..`` or a
    symbolic link (one ``lstat`` each): then its real path is ``within``'s real path
    joined with the same names, inside it, with no ``realpath`` of either (which takes
    an ``lstat`` per component of both, for every raw text of a pass; issue 15)."""
    try:
        rel = path.relative_to(within)
    except ValueError:
        return False
    parts = rel.parts
    if not parts or any(p in ("..", ".") for p in parts):
        return False
    here = within
    for name in parts:
        here = here / name
        try:
            if stat.S_ISLNK(os.lstat(here).st_mode):
                return False
        except OSError:
            return False
    return True


def _outside(path: Path, within: Path) -> str | None:
    """Why ``path`` may not be read as part of ``within``: it resolves (through a
    symbolic link) to a place outside it."""
    if _plainly_within(path, within):
        return None
    real, base = Path(os.path.realpath(path)), Path(os.path.realpath(within))
    if real == base or base in real.parents:
        return None
    return f"is a symbolic link to {real}, outside {within}; copy the file in instead"


def open_input(path: Path, within: Path | None = None, limit: int | None = None,
               buffering: int = -1) -> tuple[IO[bytes] | None, CorpusError | None]:
    """``path`` opened for reading in binary mode, or why it may not be read.

    Only regular files are opened: a FIFO, a device, a socket or a directory is
    refused before anything blocks on it (the file is opened non-blocking and checked
    again after opening, so a swap between the check and the open is caught too).
    With ``within``, a path that resolves outside that folder through a symbolic
    link is refused. With ``limit`` (bytes), a larger file is refused. Every file the
    package reads is opened here; ``buffering=0``: an unbuffered file, for a caller
    that reads its descriptor whole (:func:`read_bytes`)."""
    fd, _, err = _open_fd(Path(path), within, limit)
    return (None, err) if fd is None else (os.fdopen(fd, "rb", buffering=buffering), None)


def _open_fd(path: Path, within: Path | None, limit: int | None) -> tuple[int | None, int, CorpusError | None]:
    """:func:`open_input`'s checks and open, as a descriptor and the size its ``fstat`` gave."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        missing = "is a symbolic link to a missing file" if path.is_symlink() else "no such file"
        return None, 0, problem(path, "file-missing", missing)
    except OSError as e:
        return None, 0, problem(path, "file-unreadable", f"cannot read: {e.strerror}")
    why: str | None = _not_regular(st.st_mode) or (_outside(path, within) if within is not None else None)
    if why is None and limit is not None and st.st_size > limit:
        why = _too_large(st.st_size, limit)
    if why is not None:
        return None, 0, problem(path, "file-unreadable", why)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        return None, 0, problem(path, "file-unreadable", f"cannot read: {e.strerror}")
    st = os.fstat(fd)
    why = _not_regular(st.st_mode)
    if why is not None:
        os.close(fd)
        return None, 0, problem(path, "file-unreadable", why)
    return fd, st.st_size, None


def _read_upto(fd: int, n: int) -> bytes:
    """Up to ``n`` bytes of ``fd``: fewer only at the end of the file (what a buffered
    file's ``read(n)`` returns)."""
    data = os.read(fd, n)
    while 0 < len(data) < n:
        more = os.read(fd, n - len(data))
        if not more:
            break
        data += more
    return data


def _read_capped(fd: int, size: int, limit: int) -> bytes:
    """What ``f.read(limit + 1)`` returns, without asking for ``limit + 1`` bytes at
    once: a read of ``n`` bytes allocates ``n`` first (64 MiB by default) and shrinks
    it after, which cost three times the read of a 50 KB file (issue 15). ``size`` is
    the file's size by ``fstat``; a file that grew since is read on, up to the same
    cap. Read from the descriptor (the file is opened unbuffered): a buffer for one
    read is one more copy of the file."""
    size = min(size, limit)
    data = _read_upto(fd, size + 1)
    if len(data) > size:  # it grew (or says size 0 and is not empty): read on to the cap, as before
        data += _read_upto(fd, limit + 1 - len(data))
    return data


def read_bytes(path: Path, within: Path | None = None) -> tuple[bytes | None, CorpusError | None]:
    """The file's bytes (a regular file within the size limit), or why not."""
    limit = max_file_bytes()
    f, err = open_input(path, within, limit, buffering=0)
    if f is None:
        return None, err
    try:
        with f:
            fd = f.fileno()
            data = _read_capped(fd, os.fstat(fd).st_size, limit)
    except OSError as e:
        return None, problem(path, "file-unreadable", f"cannot read: {e.strerror}")
    if len(data) > limit:  # the file grew after it was checked
        return None, problem(path, "file-unreadable", _too_large(len(data), limit))
    return data, None


def decode_text(path: Path | str, data: bytes) -> tuple[str | None, CorpusError | None]:
    """``data`` as UTF-8 text without a byte order mark, or why not (naming ``path``)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None, problem(path, "file-encoding", "starts with a UTF-8 byte order mark (BOM); save it without one")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, problem(path, "file-encoding", f"invalid UTF-8 at byte {e.start}: {data[e.start:e.start + 1]!r}")


def read_text(path: Path, within: Path | None = None) -> tuple[str | None, CorpusError | None]:
    """The file's text, or why it cannot be read as UTF-8 text (see :func:`open_input`
    for what is refused before reading)."""
    data, err = read_bytes(path, within)
    if data is None:
        return None, err
    return decode_text(path, data)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"number {literal[:30]} is too large for a finite value")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise ValueError(f"duplicate key {dup!r} in one object")
    return obj


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


def strict_parse(text: str | bytes) -> Any:
    """Strict JSON by the ``json`` module: every key of every object goes through
    ``object_pairs_hook``, which names a duplicate key (the definition, and the path
    that words every error)."""
    return json.loads(text, parse_constant=_reject_constant, parse_float=_finite, object_pairs_hook=_unique_keys)


_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_INTEGER = b"0" * 19
"""A run of 19 digits may be an integer beyond 64 bits, which ``orjson`` reads as a
float where ``json`` keeps it an integer. (Found by mapping every digit to ``0`` and
a substring test: a regular expression took longer than the parse.)"""
_SLOW = object()


ESCAPED_COLONS = (b"\\u003a", b"\\u003A")
"""A colon written as an escape: the colon counts that prove no duplicate key was lost
(here and in the streamed manifest, :mod:`ghouta_corpus.io.manifest`) cannot see it."""


_ESCAPE_3 = b"\\u003"
"""What both :data:`ESCAPED_COLONS` begin with: one scan for it rules both out."""


def _fast_parse(text: str | bytes) -> Any:
    """``text`` parsed by ``orjson`` when that is provably what :func:`strict_parse`
    returns, else ``_SLOW``.

    ``orjson`` is several times faster than ``json`` with a hook on every object, and
    as strict about NaN, Infinity, ``1e999`` and invalid text, but it keeps the last
    of two equal keys silently. A duplicate is ruled out by counting colons: each key
    of the raw text is followed by one colon outside strings, and the parsed value,
    written out again by ``orjson``, has one per key it kept; the colons inside
    strings are the same characters in both unless one is written as an escape
    (``\\u003a``), so equal counts mean that no key was lost. Any doubt (an escaped
    colon, a long digit run, a parse or write error, nesting beyond ``orjson``'s
    limits) goes to the strict parse, which gives the verdict and the words of every
    error; a hypothesis test holds the two paths equal."""
    try:
        raw = text.encode("utf-8") if isinstance(text, str) else text
    except UnicodeEncodeError:  # a lone surrogate: json's to judge
        return _SLOW
    if (_ESCAPE_3 in raw and any(e in raw for e in ESCAPED_COLONS)) or \
            _LONG_INTEGER in raw.translate(_DIGITS_AS_ZERO):
        return _SLOW
    try:
        value = orjson.loads(text)
        again = orjson.dumps(value)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return _SLOW
    return value if again.count(b":") == raw.count(b":") else _SLOW


def parse_json(text: str | bytes, raw: bytes | None = None) -> Any:
    """Strict JSON: NaN, Infinity and numbers too large to be finite (``1e999``) are
    rejected, as are duplicate keys in an object and integers too long to parse
    (``ValueError``), and nesting too deep for the parser (``RecursionError``). The
    value comes from ``orjson`` when that is provably the same (:func:`_fast_parse`),
    else from :func:`strict_parse`. ``raw``: ``text``'s UTF-8 bytes, when the caller
    read them (the fast path parses bytes; encoding the text again cost a tenth of it)."""
    value = _fast_parse(text if raw is None else raw)
    return strict_parse(text) if value is _SLOW else value


def _json_problem(path: Path | str, text: str, raw: bytes | None = None) -> tuple[Any, CorpusError | None]:
    if not text.strip():
        return None, problem(path, "json-empty", "file is empty")
    try:
        return parse_json(text, raw), None
    except json.JSONDecodeError as e:
        return None, problem(path, "json-syntax", f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
    except RecursionError:
        return None, problem(path, "json-depth", f"JSON nested too deeply (limit {MAX_DEPTH} levels)")
    except ValueError as e:  # NaN/Infinity, 1e999, a duplicate key, or an integer with too many digits
        return None, problem(path, "json-syntax", f"unacceptable JSON value: {e}")


def read_json(path: Path, within: Path | None = None) -> tuple[Any, CorpusError | None]:
    """Parsed JSON, or a one-line reason why the file is not acceptable JSON."""
    data, err = read_bytes(path, within)
    if data is None:
        return None, err
    text, err = decode_text(path, data)  # read_text's check, its bytes kept for the parse
    if err is not None or text is None:
        return None, err
    return _json_problem(path, text, data)


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


def load_text(path: Path, error: type[CorpusError] = CorpusError, within: Path | None = None) -> str:
    """The file's text; raises ``error`` (a :class:`CorpusError`) naming the file."""
    text, err = read_text(path, within)
    _raise(err, error)
    assert text is not None
    return text


def load_json(path: Path, error: type[CorpusError] = CorpusError, within: Path | None = None) -> Any:
    """The file's strict JSON; raises ``error`` (a :class:`CorpusError`) naming the file."""
    data, err = read_json(path, within)
    _raise(err, error)
    return data


def _line_error(path: Path, n: int, reason: str, rule: str, error: type[CorpusError]) -> CorpusError:
    return error(f"{path}:{n}: {reason}", rule, reason)


def _parse_line(path: Path, n: int, raw: bytes, what: str, error: type[CorpusError]) -> Any:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _line_error(path, n, f"invalid UTF-8 at byte {e.start} of the line", "file-encoding", error) from None
    try:
        value = parse_json(line)
        deep = _depth(value, MAX_DEPTH) > MAX_DEPTH
    except RecursionError:
        deep = True
    except ValueError as e:
        raise _line_error(path, n, f"not {what} ({type(e).__name__}: {e})", "json-syntax", error) from None
    if deep:
        raise _line_error(path, n, f"not {what} (nested deeper than {MAX_DEPTH} levels)", "json-depth", error)
    return value


def json_lines(path: Path, error: type[CorpusError] = CorpusError, what: str = "a JSON value",
               within: Path | None = None) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for every non-blank line of a JSON Lines file, read
    one line at a time (memory holds one line, however long the file); a line that is
    not strict JSON (see :func:`parse_json`), not UTF-8, nested deeper than
    :data:`MAX_DEPTH` or longer than the size limit raises ``error`` with
    ``<path>:<line>: <reason>``.

    Lines are split on ``\\n`` only: JSON escapes it inside strings, but U+2028, U+0085
    and their kin may stay raw there, and ``str.splitlines()`` would cut a record in two."""
    limit = max_file_bytes()
    f, err = open_input(path, within)
    if f is None:
        _raise(err, error)
        return
    with f:
        n = 0
        while True:
            raw = f.readline(limit + 1)
            if not raw:
                return
            n += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                raise _line_error(path, n, _too_large(None, limit), "file-unreadable", error)
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raise _line_error(path, n, "starts with a UTF-8 byte order mark (BOM); save it without one",
                                  "file-encoding", error)
            if raw.strip():
                yield n, _parse_line(path, n, raw, what, error)


def document_from_json(data: Any, text: str, meta: DocMeta | None = None, where: str = "document",
                       error: type[CorpusError] = CorpusError) -> Document:
    """A :class:`Document` from an annotation record and its text; a record the model
    rejects raises ``error`` with ``<where>: <why>``."""
    try:
        return Document.from_json(data, text, meta)
    except (ModelError, KeyError, TypeError, AttributeError) as e:
        raise error(f"{where}: {e}", "schema", str(e)) from None
