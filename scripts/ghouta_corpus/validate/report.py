"""What validation returns: findings and the report that collects them.

A :class:`Finding` names the file, the document, the record (span, relation,
attribution, segment or entity id), the JSON pointer, the rule and what was found
against what was expected; where a finding compares an expected string with a found
one, ``diff`` holds their first difference with a window of context
(:class:`~ghouta_corpus.text.diff.Difference`), shown at the end of the line and as
the ``diff`` object in JSON. :meth:`Finding.line` is its one-line text form and
:meth:`Finding.to_json` its JSON form. A :class:`Report` adds the counts and the
summary line that the ``validate`` command prints last.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..text.diff import Difference
from .registry import RULES


@dataclass(frozen=True)
class Finding:
    rule: str
    file: str
    message: str
    doc_id: str | None = None
    record: str | None = None
    pointer: str = ""
    diff: Difference | None = None

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown rule {self.rule}")

    def line(self) -> str:
        where = [self.file]
        if self.doc_id:
            where.append(f"doc {self.doc_id}")
        if self.record:
            where.append(self.record)
        if self.pointer:
            where.append(self.pointer)
        tail = f"; {self.diff.describe()}" if self.diff is not None else ""
        return f"{': '.join(where)}: [{self.rule}] {self.message}{tail}"

    def to_json(self) -> dict[str, Any]:
        """Every field; ``diff`` is null or ``{"offset", "expected", "found"}``."""
        return asdict(self)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    documents: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        if self.ok:
            return f"valid: {self.files} files, {self.documents} documents, no findings"
        rules = sorted({f.rule for f in self.findings})
        return (f"invalid: {len(self.findings)} finding{'s' if len(self.findings) != 1 else ''} "
                f"in {self.files} files ({', '.join(rules)})")

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "files": self.files, "documents": self.documents,
                "findings": [f.to_json() for f in self.findings]}
