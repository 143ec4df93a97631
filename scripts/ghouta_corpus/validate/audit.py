"""Audit: checks that point at likely misses and inconsistencies in the annotation.

``validate`` proves the files are well formed; ``audit`` looks for what a careful
annotator would still have got wrong. Each check in :data:`CHECKS` yields
:class:`Suspect` items; a deliberate exception is recorded once in
``dataset/audit_allowlist.json`` with the guideline that justifies it. :func:`audit`
returns the suspects not covered by the allowlist, plus allowlist entries that no
longer match anything (a stale exception hides nothing but misleads readers).

Allowlist entries match by check, document and a ``context`` string: the suspect's
text must occur inside that context at the suspect's position, so entries survive
offset shifts but not a change of the words around them.

The checks read ``corpus.documents`` as an iterable they may walk more than once, so
``validate``'s gold gate (:mod:`ghouta_corpus.validate.rules.gold`) runs them over a
:class:`~ghouta_corpus.io.corpus.StreamedCorpus` that reads one document at a time
(memory stays flat however many documents there are); the ``audit`` command passes a
loaded :class:`~ghouta_corpus.io.Corpus`.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..annotate.lexicons import cue_forms, number_words, vague_words
from ..errors import UsageError
from ..io.read import CorpusError, load_json
from ..model.records import Document, Entity


class Corpus(Protocol):
    """What the checks read: documents (an iterable that can be walked more than once)
    and the entity table; :class:`ghouta_corpus.io.Corpus` and
    :class:`ghouta_corpus.io.corpus.StreamedCorpus` are both one."""
    @property
    def documents(self) -> Iterable[Document]: ...

    @property
    def entities(self) -> tuple[Entity, ...]: ...

QUOTES = "\"\u201c\u201d"


@dataclass(frozen=True)
class Suspect:
    check: str
    doc_id: str
    start: int
    end: int
    text: str
    message: str
    docs: tuple[str, ...] = ()
    """For a corpus-wide suspect (``doc_id`` ``*``), the documents it involves."""

    def line(self) -> str:
        return f"{self.doc_id}:{self.start}..{self.end}: [{self.check}] {self.text!r}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "doc_id": self.doc_id, "start": self.start, "end": self.end,
                "text": self.text, "message": self.message, "docs": list(self.docs)}


_COVER: dict[tuple[int, tuple[str, ...]], tuple[Document, list[int], list[int]]] = {}


def _covered(doc: Document, start: int, end: int, labels: tuple[str, ...]) -> bool:
    """Whether some span of ``labels`` contains ``start..end``: a span starting at or
    before ``start`` reaches ``end``, so a bisection into the spans sorted by start and
    the running maximum of their ends answers it (asking every span for every match
    was quadratic: a 16 MB document took minutes in validate's gold gate)."""
    key = (id(doc), labels)
    hit = _COVER.get(key)
    if hit is None or hit[0] is not doc:
        spans = sorted((s.start, s.end) for s in doc.spans if s.label in labels)
        reach, best = [], -1
        for _, e in spans:
            best = max(best, e)
            reach.append(best)
        if len(_COVER) > 16:
            _COVER.clear()
        hit = _COVER[key] = (doc, [a for a, _ in spans], reach)
    k = bisect_right(hit[1], start)
    return k > 0 and hit[2][k - 1] >= end


def _words(text: str, word: str) -> Iterator[re.Match[str]]:
    return re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)


MENTIONS = ("ACTOR", "LOCATION")


def check_repeated_string(corpus: Corpus) -> Iterator[Suspect]:
    """A string annotated as a mention somewhere but not at another occurrence
    (outside any other mention)."""
    annotated: dict[str, set[str]] = defaultdict(set)
    for d in corpus.documents:
        for s in d.spans_with(*MENTIONS):
            annotated[s.text].add(s.label)
    for d in corpus.documents:
        for text, labels in sorted(annotated.items()):
            for m in _words(d.text, text):
                if not _covered(d, m.start(), m.end(), MENTIONS + ("COUNTED",)):
                    yield Suspect("repeated-string", d.doc_id, m.start(), m.end(), text,
                                  f"annotated elsewhere as {'/'.join(sorted(labels))} but not here")


def check_alias(corpus: Corpus) -> Iterator[Suspect]:
    """An entity's name (an alias: the NAM forms of the entity table) occurring
    outside every mention."""
    names: dict[str, str] = {}
    for e in corpus.entities:
        for a in e.aliases:
            names.setdefault(a, e.entity_id)
    for d in corpus.documents:
        for name, eid in sorted(names.items()):
            for m in _words(d.text, name):
                if not _covered(d, m.start(), m.end(), MENTIONS):
                    yield Suspect("alias-unannotated", d.doc_id, m.start(), m.end(), name,
                                  f"name of entity {eid} occurs outside every ACTOR/LOCATION span")


def _number_pattern() -> re.Pattern[str]:
    words = sorted({*number_words(), *vague_words(), "dozen", "a million"}, key=len, reverse=True)
    return re.compile(r"\d+(?:[,.:]\d+)*|(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)


def check_numbers(corpus: Corpus) -> Iterator[Suspect]:
    """Digits and number words outside every COUNT and TIME span: each must be a
    recorded exclusion (age, measurement, ordinal, 'one' meaning 'a'). A number inside
    a TIME span is a date, time or duration, which G35, G79 and G91 keep out of COUNT."""
    pat = _number_pattern()
    for d in corpus.documents:
        for m in pat.finditer(d.text):
            if not _covered(d, m.start(), m.end(), ("COUNT", "TIME")):
                yield Suspect("number-uncounted", d.doc_id, m.start(), m.end(), m.group(), "number outside every COUNT")


def check_quotes(corpus: Corpus) -> Iterator[Suspect]:
    """Quotation marks neither inside nor at the edge of a CONTENT span."""
    for d in corpus.documents:
        contents = d.spans_with("CONTENT")
        for m in re.finditer(f"[{QUOTES}]", d.text):
            i = m.start()
            near = any(s.start - 2 <= i < s.end + 3 for s in contents)
            if not near:
                yield Suspect("quote-outside-content", d.doc_id, i, i + 1, m.group(),
                              "quotation mark outside every CONTENT span")


def check_cues(corpus: Corpus) -> Iterator[Suspect]:
    """Words of the cue lexicon outside every CUE span."""
    forms = cue_forms()
    for d in corpus.documents:
        for form in sorted(forms):
            for m in _words(d.text, form):
                if not _covered(d, m.start(), m.end(), ("CUE",)):
                    yield Suspect("cue-uncovered", d.doc_id, m.start(), m.end(), m.group(),
                                  f"cue word ({forms[form]['lemma']}) outside every CUE")


def _head(text: str) -> str:
    w = re.findall(r"[A-Za-z]+", text)[-1].lower() if re.findall(r"[A-Za-z]+", text) else text.lower()
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def check_nom_heads(corpus: Corpus) -> Iterator[Suspect]:
    """NOM mentions whose head noun carries different labels or actor types elsewhere.

    One suspect per head noun, corpus-wide (``doc_id`` ``*``), whose text lists the
    variants: an allowlisted head stays accepted only while its set of variants is
    unchanged."""
    groups: dict[str, list[Any]] = defaultdict(list)
    where: dict[str, dict[str, None]] = defaultdict(dict)
    for d in corpus.documents:
        for s in d.spans_with(*MENTIONS):
            if s.mention_type == "NOM":
                groups[_head(s.text)].append(s)
                where[_head(s.text)][d.doc_id] = None
    for head, items in sorted(groups.items()):
        kinds = sorted({f"{s.label}/{s.actor_type or '-'}" for s in items})
        if len(kinds) > 1:
            examples = "; ".join(sorted({f"{s.text} = {s.label}/{s.actor_type or '-'}" for s in items}))
            yield Suspect("nom-head-inconsistent", "*", -1, -1, f"{head}: {', '.join(kinds)}",
                          f"NOM head {head!r} has several label/type pairs: {examples}", tuple(where[head]))


def check_entity_names(corpus: Corpus) -> Iterator[Suspect]:
    """Entities of one label with the same canonical name: one referent under two ids
    (``yemen`` and ``yemen-country``) splits its mentions across the table (one entity
    per referent, G27-G29). One suspect per name, corpus-wide (``doc_id`` ``*``)."""
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in corpus.entities:
        by_name[(e.label, e.canonical_name)].append(e.entity_id)
    for (label, name), ids in sorted(by_name.items()):
        if len(ids) > 1:
            yield Suspect("entity-same-name", "*", -1, -1, f"{label} {name}: {', '.join(sorted(ids))}",
                          f"{len(ids)} {label} entities are named {name!r}: {', '.join(sorted(ids))}")


CHECKS: dict[str, Callable[[Corpus], Iterator[Suspect]]] = {
    "repeated-string": check_repeated_string,
    "alias-unannotated": check_alias,
    "number-uncounted": check_numbers,
    "quote-outside-content": check_quotes,
    "cue-uncovered": check_cues,
    "nom-head-inconsistent": check_nom_heads,
    "entity-same-name": check_entity_names,
}


class AllowlistError(CorpusError):
    """The allowlist file is unreadable or malformed."""


@dataclass(frozen=True)
class Allowed:
    check: str
    doc_id: str
    text: str
    context: str
    reason: str

    def matches(self, s: Suspect, doc_text: str) -> bool:
        if (s.check, s.doc_id, s.text) != (self.check, self.doc_id, self.text):
            return False
        if s.doc_id == "*":
            return True
        k = self.context.find(self.text)
        while k >= 0:
            a = s.start - k
            if doc_text[a:a + len(self.context)] == self.context:
                return True
            k = self.context.find(self.text, k + 1)
        return False


def load_allowlist(path: Path, missing_ok: bool = True) -> list[Allowed]:
    """The reviewed exceptions in ``path``. A missing file is an empty allowlist only
    when ``missing_ok`` (the default location); a path the user named must exist, so
    that a typo is not read as "nothing is allowed"."""
    if not os.path.lexists(path):
        if missing_ok:
            return []
        raise UsageError(f"{path}: no such allowlist file")
    data = load_json(path, AllowlistError)
    try:
        out = [Allowed(e["check"], e["doc_id"], e["text"], e["context"], e["reason"]) for e in data["allow"]]
    except (KeyError, TypeError) as e:
        raise AllowlistError(f"{path}: each entry needs check, doc_id, text, context and reason ({e})") from None
    for a in out:
        if a.check not in CHECKS:
            raise AllowlistError(f"{path}: unknown check {a.check!r}")
        if not a.reason.strip():
            raise AllowlistError(f"{path}: entry for {a.text!r} in {a.doc_id} has no reason")
    return out


@dataclass
class AuditResult:
    suspects: list[Suspect]
    allowed: int
    stale: list[Allowed]

    @property
    def ok(self) -> bool:
        return not self.suspects and not self.stale

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "allowed": self.allowed, "suspects": [s.to_json() for s in self.suspects],
                "stale_allowlist_entries": [a.__dict__ for a in self.stale]}


def _texts(corpus: Corpus, suspects: list[Suspect], allowlist: list[Allowed]) -> dict[str, str]:
    """The texts of the documents whose suspects an allowlist entry may explain (one
    more walk over the documents, keeping only those texts)."""
    keys = {(a.check, a.doc_id, a.text) for a in allowlist}
    wanted = {s.doc_id for s in suspects if (s.check, s.doc_id, s.text) in keys}
    return {d.doc_id: d.text for d in corpus.documents if d.doc_id in wanted} if wanted else {}


def audit(corpus: Corpus, allowlist: list[Allowed],
          progress: Callable[[int, int], None] | None = None) -> AuditResult:
    """Run every check; return suspects the allowlist does not explain, the number it
    does, and allowlist entries that match nothing. ``progress(done, total)`` is called
    after each check."""
    suspects: list[Suspect] = []
    seen: set[tuple[str, str, int, int, str]] = set()
    try:
        for done, check in enumerate(CHECKS.values(), 1):
            for s in check(corpus):
                key = (s.check, s.doc_id, s.start, s.end, s.text)
                if key not in seen:
                    seen.add(key)
                    suspects.append(s)
            if progress:
                progress(done, len(CHECKS))
    finally:
        _COVER.clear()  # the coverage index holds documents; a streamed corpus must not keep them
    texts = _texts(corpus, suspects, allowlist)
    left: list[Suspect] = []
    used: set[int] = set()
    allowed = 0
    for s in suspects:
        hit = [i for i, a in enumerate(allowlist) if a.matches(s, texts.get(s.doc_id, ""))]
        if hit:
            used.update(hit)
            allowed += 1
        else:
            left.append(s)
    stale = [a for i, a in enumerate(allowlist) if i not in used]
    return AuditResult(left, allowed, stale)
