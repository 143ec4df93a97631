"""What rules check against: the dataset :class:`Context` and the :class:`Annotation` under check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..io import read_text
from ..text.diff import first_difference
from .report import Finding


def ptr(*parts: Any) -> str:
    """A JSON pointer from its parts (``ptr("spans", 3, "text")`` -> ``/spans/3/text``)."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def short(text: str, n: int = 40) -> str:
    """``text`` quoted and cut to ``n`` characters, for messages."""
    return repr(text if len(text) <= n else text[: n - 3] + "...")


class DocSet(MutableSet[str]):
    """A set of document ids that stores the manifest's documents as one byte per
    manifest position (``positions``, shared with the context) and any other id as
    itself: the pass marks every document it reaches, and a set of strings was memory
    that grew with the corpus (issue 15)."""

    def __init__(self, positions: Mapping[str, int], bits: bytearray | None = None) -> None:
        self.positions, self.bits, self.extra = positions, bits if bits is not None else bytearray(), set[str]()

    def add(self, value: str) -> None:
        i = self.positions.get(value)
        if i is None:
            self.extra.add(value)
            return
        if i >= len(self.bits):
            self.bits.extend(bytes(max(i + 1 - len(self.bits), len(self.bits) // 2)))
        self.bits[i] = 1

    def discard(self, value: str) -> None:
        i = self.positions.get(value)
        if i is None:
            self.extra.discard(value)
        elif i < len(self.bits):
            self.bits[i] = 0

    def __contains__(self, value: object) -> bool:
        i = self.positions.get(value) if isinstance(value, str) else None
        return value in self.extra if i is None else i < len(self.bits) and self.bits[i] == 1

    def __iter__(self) -> Iterator[str]:
        yield from (d for d, i in self.positions.items() if i < len(self.bits) and self.bits[i])
        yield from self.extra

    def __len__(self) -> int:
        return self.bits.count(1) + len(self.extra)

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> set[Any]:  # &, | and - make a plain set
        return set(it)


@dataclass
class Context:
    """What annotation files are checked against: the manifest entries whose raw
    text is readable, the entity table and the event table (None where not loaded:
    rules that need a table then skip it). Texts are read when a document is checked
    and not kept, so memory does not grow with the number of documents; ``texts``
    supplies them from memory instead (``evaluate`` checks predictions that way)."""
    root: Path
    manifest: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    """``doc_id -> entry``: a dict, or a :class:`~ghouta_corpus.io.manifest.StreamedManifest`
    that reads each entry from the file as the pass reaches its document."""
    readable: MutableSet[str] = field(default_factory=set)
    entities: dict[str, dict[str, Any]] | None = None
    texts: Mapping[str, str] | None = None
    events: dict[str, dict[str, Any]] | None = None
    raw_check: Callable[[str], tuple[list[Finding], str | None]] | None = None
    """Set when the raw texts' manifest rules are checked as each document is reached
    (``validate``'s single pass): checks one document's raw text, returns its findings
    and the text, so that each raw file is read once."""
    raw_findings: list[Finding] = field(default_factory=list)
    raw_checked: MutableSet[str] = field(default_factory=set)
    _positions: Mapping[str, int] = field(default_factory=dict)

    def position(self, doc_id: str) -> int:
        """The index of ``doc_id``'s entry among the manifest's (for JSON pointers),
        from an index built once rather than a scan per document."""
        if len(self._positions) != len(self.manifest):
            self._positions = {d: i for i, d in enumerate(self.manifest)}
        return self._positions[doc_id]

    def check_raw(self, doc_id: str) -> str | None:
        """Check ``doc_id``'s raw text now, if that was deferred and not done yet
        (its findings go to ``raw_findings``); returns the text when it is readable."""
        if self.raw_check is None or doc_id in self.raw_checked or doc_id not in self.manifest:
            return None
        self.raw_checked.add(doc_id)
        found, text = self.raw_check(doc_id)
        self.raw_findings.extend(found)
        if text is not None:
            self.readable.add(doc_id)
        return text

    def drain_raw(self) -> list[Finding]:
        """The deferred raw-text findings gathered since the last call."""
        out, self.raw_findings = self.raw_findings, []
        return out

    @classmethod
    def for_texts(cls, texts: Mapping[str, str], root: Path = Path(".")) -> Context:
        """A context of documents known only by their texts (no raw files, no entities)."""
        return cls(root, {d: {"doc_id": d} for d in texts}, set(texts), None, texts)

    def text(self, doc_id: str) -> str | None:
        if self.raw_check is not None and doc_id not in self.raw_checked:
            return self.check_raw(doc_id)
        if doc_id not in self.readable:
            return None
        if self.texts is not None:
            return self.texts.get(doc_id)
        text, _ = read_text(self.root / "raw" / self.manifest[doc_id]["source_file"])
        return text


@dataclass
class Annotation:
    """One schema-valid annotation file under check, with what its rules share: the
    document text, the first span of each id, the spans whose offsets can be used,
    and the ids of segments and spans whose offsets cannot (their own finding says why).

    ``by_label`` holds the usable spans of each label with their positions in the file,
    gathered in the one walk over the spans that this object makes: the rules of one
    label (COUNT, TIME, EVENT, the mentions) read their list instead of each walking
    every span and testing its offsets again (that walk per rule was a fifth of
    ``validate``'s CPU time, issue 15)."""
    data: dict[str, Any]
    file: str
    doc_id: str
    text: str
    ctx: Context
    spans: dict[str, dict[str, Any]] = field(default_factory=dict)
    good: list[dict[str, Any]] = field(default_factory=list)
    bad_offsets: set[str] = field(default_factory=set)
    by_label: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.text)
        for seg in self.data["segments"]:
            if not seg["start"] < seg["end"] <= n:  # start < end <= len(text), inline: this runs for every record
                self.bad_offsets.add(seg["id"])
        spans, good, bad, by_label = self.spans, self.good, self.bad_offsets, self.by_label
        for i, sp in enumerate(self.data["spans"]):
            if sp["id"] not in spans:
                spans[sp["id"]] = sp
            if sp["start"] < sp["end"] <= n:
                good.append(sp)
                label = sp["label"]
                if label in by_label:
                    by_label[label].append((i, sp))
                else:
                    by_label[label] = [(i, sp)]
            else:
                bad.add(sp["id"])

    def usable(self, *labels: str) -> list[tuple[int, dict[str, Any]]]:
        """The spans of ``labels`` whose offsets can be used, with their positions, in file order."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], [])
        return sorted((t for label in labels for t in self.by_label.get(label, ())), key=lambda t: t[0])

    def finding(self, rule: str, message: str, record: str | None = None, pointer: str = "",
                expected: str | None = None, found: str | None = None) -> Finding:
        """A finding about this file; with ``expected`` and ``found`` it carries their
        first difference (:func:`~ghouta_corpus.text.diff.first_difference`)."""
        diff = first_difference(expected, found) if expected is not None and found is not None else None
        return Finding(rule, self.file, message, self.doc_id, record, pointer, diff)
