"""The manifest read one entry at a time, so that memory does not grow with the corpus.

``manifest.json`` is one JSON document: ``{"documents": [entry, entry, ...]}``. Read
whole and parsed, it was the one part of ``validate`` and ``build`` whose memory grew
with the number of documents (issue 15: 64 to 300 MiB from 10,000 to 100,000). Here it
is streamed with ``ijson`` (its C backend, ``yajl2_c``): :func:`stream_entries` yields
the entries as the strict reader (:func:`~ghouta_corpus.io.read.parse_json`) would
parse them, or raises :class:`ManifestDoubt` as soon as that cannot be proven, and the
caller then reads the file the old way, whose findings word every problem. So the
stream only ever handles a manifest that is well formed; a broken one is reported
exactly as before. :class:`StreamedManifest` is the ``doc_id -> entry`` mapping the
validation context needs, holding the position of each document and nothing else.
"""

from __future__ import annotations

import hashlib
import os
import re
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import ijson
import numpy as np
import orjson

from .read import ESCAPED_COLONS, CorpusError, max_file_bytes, open_input

_START = re.compile(rb'[ \t\n\r]*\{[ \t\n\r]*"documents"[ \t\n\r]*:[ \t\n\r]*\[')
"""How a manifest the stream may read begins: an object whose first key is
``documents``, an array (anything else goes to the strict reader)."""
_DOUBTFUL = (*ESCAPED_COLONS, b"\\ud", b"\\uD")
"""Escapes after which the colon count proves nothing (an escaped colon) or ``ijson``
and ``json`` read a string differently (a lone surrogate: ``?`` against ``\\ud800``)."""


class ManifestDoubt(Exception):
    """The stream cannot prove that it reads the manifest as the strict reader does
    (the file is broken, too large, or written in a way the proof does not cover);
    read it whole instead, which says why."""


class _Counted:
    """The file as ``ijson`` reads it, counting its colons and watching for the
    escapes of :data:`_DOUBTFUL` (also across the boundary of two reads)."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f, self.colons, self.tail, self.head = f, 0, b"", b""

    def read(self, n: int = -1) -> bytes:
        chunk = self.f.read(n)
        if len(self.head) < 64:
            self.head += chunk[:64]
        seam = self.tail + chunk[:8]
        if any(e in chunk or e in seam for e in _DOUBTFUL):
            raise ManifestDoubt("an escape the stream does not read like json")
        self.colons += chunk.count(b":")
        self.tail = chunk[-8:]
        return chunk


def stream_entries(path: Path, within: Path) -> Iterator[Any]:
    """The entries of the manifest at ``path``, each as the strict reader parses it.

    The proof, checked as the stream ends (the caller discards what it made of the
    entries if it fails): ``ijson`` parses strict JSON as ``json`` does (no NaN, no
    ``1e999``, no integer beyond 64 bits, no trailing text: each is an error here,
    never a different value), except that it keeps the last of two equal keys; each
    key of the file is followed by one colon outside strings, so the file's colons
    equal the ``documents`` key's plus those of the entries written out again by
    ``orjson`` exactly when no key was lost and the file holds nothing but
    ``{"documents": [...]}`` (its beginning is matched by :data:`_START`). The
    reader's other rules (regular file, inside the dataset, within the size limit)
    are checked when the file is opened."""
    f, err = open_input(path, within, max_file_bytes())
    if f is None:
        raise ManifestDoubt(str(err))
    with f:
        counted = _Counted(f)
        colons = 1
        try:
            for entry in ijson.items(counted, "documents.item", use_float=True):
                colons += orjson.dumps(entry).count(b":")
                yield entry
        except (ijson.JSONError, orjson.JSONEncodeError, UnicodeDecodeError) as e:
            raise ManifestDoubt(str(e)) from None
        if not _START.match(counted.head) or colons != counted.colons:
            raise ManifestDoubt("the file is not a manifest of unique keys the stream can read")


def _key(name: str) -> tuple[int, int]:
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")


class HashIndex:
    """Names (document ids, source files) as 128-bit BLAKE2b hashes in sorted arrays,
    with a number each (a document's manifest position): 20 bytes a name where a set
    or dict of strings took about 100, which grew with the corpus (issue 15).

    Names are added, then :meth:`freeze` sorts them and says whether two are equal
    (a duplicate name, or two names of one hash, which at 128 bits does not happen:
    the caller then reads the manifest whole, which names the duplicate); after
    that, :meth:`get` finds a name by bisection. A name not added is told from one
    added by all 128 bits of its hash, as the corpus's texts are told apart by SHA-256."""

    def __init__(self) -> None:
        self.hi, self.lo, self.value = array("Q"), array("Q"), array("q")
        self._hi = self._lo = np.zeros(0, dtype=np.uint64)
        self._value = np.zeros(0, dtype=np.int64)

    def add(self, name: str, value: int) -> None:
        hi, lo = _key(name)
        self.hi.append(hi)
        self.lo.append(lo)
        self.value.append(value)

    def freeze(self) -> bool:
        """Sort the names (in ``numpy``: no Python object per name); False if two are equal."""
        hi, lo = np.frombuffer(self.hi, dtype=np.uint64), np.frombuffer(self.lo, dtype=np.uint64)
        order = np.lexsort((lo, hi))
        self._hi, self._lo = hi[order], lo[order]
        self._value = np.frombuffer(self.value, dtype=np.int64)[order]
        self.hi, self.lo, self.value = array("Q"), array("Q"), array("q")
        return not bool(np.any((self._hi[1:] == self._hi[:-1]) & (self._lo[1:] == self._lo[:-1])))

    def get(self, name: str) -> int | None:
        hi, lo = _key(name)
        i = int(np.searchsorted(self._hi, np.uint64(hi)))
        while i < len(self._hi) and int(self._hi[i]) == hi:
            if int(self._lo[i]) == lo:
                return int(self._value[i])
            i += 1
        return None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __len__(self) -> int:
        return len(self._hi)


class Positions(Mapping[str, int]):
    """``doc_id -> manifest position`` of a streamed manifest, from a frozen
    :class:`HashIndex`; the ids themselves, in manifest order, are read from the file
    again when the mapping is walked (a pass walks it once or twice). The entry of the
    id last given by a walk is kept (``given``: process id, position, entry), so that
    a :class:`StreamedManifest` over these positions reads it from there instead of
    walking the file a second time."""

    def __init__(self, path: Path, within: Path, index: HashIndex) -> None:
        self.path, self.within, self.index = path, within, index
        self._last: tuple[str, int] | None = None
        self.given: tuple[int, int, Any] | None = None

    def __getitem__(self, doc_id: str) -> int:
        if self._last is not None and self._last[0] == doc_id:
            return self._last[1]
        pos = self.index.get(doc_id) if isinstance(doc_id, str) else None
        if pos is None:
            raise KeyError(doc_id)
        self._last = (doc_id, pos)
        return pos

    def __contains__(self, doc_id: object) -> bool:
        # through __getitem__, so that the id last found is kept: the rules of one
        # document ask whether it is in the manifest a dozen times (issue 15)
        if not isinstance(doc_id, str):
            return False
        try:
            self[doc_id]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        for pos, entry in enumerate(stream_entries(self.path, self.within)):
            doc_id = entry.get("doc_id") if isinstance(entry, dict) else None
            if not isinstance(doc_id, str) or self.index.get(doc_id) != pos:
                raise CorpusError(f"{self.path}: changed while it was being read; run the command again",
                                  "file-unreadable")
            self._last = (doc_id, pos)  # the pass asks for the document it is given next
            self.given = (os.getpid(), pos, entry)  # and for its entry
            yield doc_id

    def __len__(self) -> int:
        return len(self.index)


class StreamedManifest(Mapping[str, dict[str, Any]]):
    """``doc_id -> entry`` of a manifest checked by a stream, holding only each
    document's position: an entry is read again from the file when it is asked for.

    ``validate`` and ``build`` ask for the entries in manifest order (the pass's
    order), so one walk of the file serves a whole pass; asking for an entry before
    the last one asked for starts a new walk. The entry last read is kept, since the
    rules of one document ask for it several times. When the positions are a
    :class:`Positions` whose walk has just given the document asked for (the pass
    walks them for its files), the entry that walk read is taken, and the file is
    not walked again."""

    def __init__(self, path: Path, within: Path, positions: Mapping[str, int]) -> None:
        self.path, self.within, self.positions = path, within, positions
        self._walk: Iterator[Any] | None = None
        self._at, self._pid = -1, os.getpid()
        self._entry: Any = None
        self._pos = -1  # the position of _entry

    def __getitem__(self, doc_id: str) -> dict[str, Any]:
        pos = self.positions[doc_id]
        if pos != self._pos or self._pid != os.getpid():
            given = getattr(self.positions, "given", None)
            if given is not None and given[0] == os.getpid() == self._pid and given[1] == pos:
                self._entry = given[2]
            else:
                self._entry = self._read(pos)
            self._pos = pos
        assert isinstance(self._entry, dict)
        return self._entry

    def _read(self, pos: int) -> Any:
        if self._walk is None or pos < self._at or self._pid != os.getpid():  # a forked worker walks on its own
            self._walk, self._at, self._pid = stream_entries(self.path, self.within), -1, os.getpid()
        try:
            while self._at < pos:
                entry = next(self._walk)
                self._at += 1
        except (StopIteration, ManifestDoubt):
            self._walk = None
            raise CorpusError(f"{self.path}: changed while it was being read; run the command again",
                              "file-unreadable") from None
        if not isinstance(entry, dict) or self.positions.get(str(entry.get("doc_id")), -1) != pos:
            self._walk = None
            raise CorpusError(f"{self.path}: changed while it was being read; run the command again",
                              "file-unreadable")
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions)

    def __len__(self) -> int:
        return len(self.positions)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.positions
