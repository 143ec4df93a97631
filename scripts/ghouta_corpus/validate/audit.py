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
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..errors import UsageError
from ..io.read import CorpusError, load_json
from ..model.records import Document, Entity
from ..text.occurrences import WordFinder, char_occurrences
from .coverage import COVER as _COVER
from .coverage import cover_index, reach_before
from .coverage import covered as _covered  # noqa: F401  (tests hold it to the naive search)
from .coverage import uncovered as _uncovered
from .coverage import uncovered_words as _uncovered_words
from .lexicon_words import lexicons
from .numbers import number_spans
from .parsed import ParsedDoc


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


_FINDERS: dict[tuple[str, ...], WordFinder] = {}


def _finder(words: tuple[str, ...]) -> WordFinder:
    """One :class:`WordFinder` per word list (the lexicons' and the entity table's
    lists are the same for every document; a few are kept)."""
    f = _FINDERS.get(words)
    if f is None:
        if len(_FINDERS) > 8:
            _FINDERS.clear()
        f = _FINDERS[words] = WordFinder(words)
    return f


MENTIONS = ("ACTOR", "LOCATION")


def check_repeated_string(corpus: Corpus) -> Iterator[Suspect]:
    """A string annotated as a mention somewhere but not at another occurrence
    (outside any other mention)."""
    annotated: dict[str, set[str]] = defaultdict(set)
    for d in corpus.documents:
        for s in d.spans_with(*MENTIONS):
            annotated[s.text].add(s.label)
    strings = sorted(annotated.items())
    finder = WordFinder(text for text, _ in strings)
    for d in corpus.documents:
        where = finder.find(d.text)
        for text, labels in strings:
            for a, b in _uncovered(d, where.get(text, ()), MENTIONS + ("COUNTED",)):
                yield Suspect("repeated-string", d.doc_id, a, b, text,
                              f"annotated elsewhere as {'/'.join(sorted(labels))} but not here")


def _alias_names(entities: Iterable[Entity]) -> list[tuple[str, str]]:
    """``(name, entity_id)`` of every alias (its first entity), sorted by name."""
    return sorted({a: e.entity_id for e in reversed(tuple(entities)) for a in e.aliases}.items())  # first wins


def _alias_suspects(d: Any, found: dict[str, list[tuple[int, int]]], ordered: list[tuple[str, str]]) -> Iterator[Any]:
    """``alias-unannotated`` in one document, from ``found`` (a :meth:`WordFinder.find` answer)."""
    where = _uncovered_words(d, found, MENTIONS)
    for name, eid in ordered if where else ():
        for start, end in where.get(name, ()):
            yield Suspect("alias-unannotated", d.doc_id, start, end, name,
                          f"name of entity {eid} occurs outside every ACTOR/LOCATION span")


def check_alias(corpus: Corpus) -> Iterator[Suspect]:
    """An entity's name (an alias: the NAM forms of the entity table) occurring
    outside every mention."""
    ordered = _alias_names(corpus.entities)
    finder = _finder(tuple(name for name, _ in ordered))
    for d in corpus.documents:
        yield from _alias_suspects(d, finder.find(d.text), ordered)


def check_numbers(corpus: Corpus) -> Iterator[Suspect]:
    """Digits and number words outside every COUNT and TIME span: each must be a
    recorded exclusion (age, measurement, ordinal, 'one' meaning 'a'). A number inside
    a TIME span is a date, time or duration, which G35, G79 and G91 keep out of COUNT."""
    for d in corpus.documents:
        for a, b in _uncovered(d, number_spans(d.text), ("COUNT", "TIME")):
            yield Suspect("number-uncounted", d.doc_id, a, b, d.text[a:b], "number outside every COUNT")


def check_quotes(corpus: Corpus) -> Iterator[Suspect]:
    """Quotation marks neither inside nor at the edge of a CONTENT span."""
    for d in corpus.documents:
        # near some CONTENT span (start - 2 <= i < end + 3): of the spans starting at
        # or before i + 2, the one reaching furthest ends after i - 3 (one bisection
        # into the coverage index for all the text's quotes at once, where every quote
        # asked every span; issue 15)
        quotes = char_occurrences(d.text, QUOTES)
        if not quotes:
            continue
        at = np.fromiter((i for i, _ in quotes), dtype=np.int64, count=len(quotes))
        near = reach_before(cover_index(d, ("CONTENT",)), at + 2) > at - 3
        for (i, q), ok in zip(quotes, near.tolist(), strict=True):
            if not ok:
                yield Suspect("quote-outside-content", d.doc_id, i, i + 1, q,
                              "quotation mark outside every CONTENT span")


def _cue_suspects(d: Any, found: dict[str, list[tuple[int, int]]], forms: dict[str, dict[str, Any]]) -> Iterator[Any]:
    """``cue-uncovered`` in one document, from ``found`` (a :meth:`WordFinder.find` answer)."""
    where = _uncovered_words(d, found, ("CUE",))
    for form in sorted(forms) if where else ():
        for a, b in where.get(form, ()):
            yield Suspect("cue-uncovered", d.doc_id, a, b, d.text[a:b],
                          f"cue word ({forms[form]['lemma']}) outside every CUE")


def check_cues(corpus: Corpus) -> Iterator[Suspect]:
    """Words of the cue lexicon outside every CUE span."""
    forms: dict[str, dict[str, Any]] = lexicons().cue_forms()  # without loading the annotator (lexicon_words)
    finder = _finder(tuple(sorted(forms)))
    for d in corpus.documents:
        yield from _cue_suspects(d, finder.find(d.text), forms)


@lru_cache(maxsize=1 << 14)  # a corpus repeats its NOM strings; the cache is bounded, so memory is too
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


class _One:
    """A corpus of one document, so that a per-document check runs on each document
    as a streaming pass reaches it."""

    def __init__(self, doc: Document | ParsedDoc | None, entities: tuple[Entity, ...]) -> None:
        self.documents: tuple[Any, ...] = (doc,) if doc is not None else ()
        self.entities = entities

    @classmethod
    def table(cls, entities: tuple[Entity, ...]) -> _One:
        """The entity table alone (for the checks of the table)."""
        return cls(None, entities)


HEAD_DOCS = 50
"""A corpus-wide NOM-head suspect names at most this many of its documents (then how
many more), so that memory does not grow with the corpus."""

PER_DOCUMENT = ("alias-unannotated", "number-uncounted", "quote-outside-content", "cue-uncovered")
"""Checks that look at one document at a time (the others gather across documents)."""


def _mention_keys(d: Document | ParsedDoc) -> list[tuple[str, str, str | None, str | None]]:
    """``(text, label, mention_type, actor_type)`` of the document's ACTOR and LOCATION
    spans, in span order (read from the parse when the pass hands a :class:`ParsedDoc`)."""
    if isinstance(d, ParsedDoc):
        return d.mention_keys(MENTIONS)
    return [(s.text, s.label, s.mention_type, s.actor_type) for s in d.spans_with(*MENTIONS)]


class StreamAudit:
    """The audit fed one document at a time, for validate's gold gate: the same
    suspects :func:`audit` finds (in the same order), with each document read once
    (by the pass that validates it) instead of once per check.

    ``repeated-string`` needs every annotated string before it can search a text;
    each document is searched for the strings known when the pass reaches it, and
    :meth:`finish` searches again only the documents that come before a string's
    first annotation (none, when the strings of the first document are all there
    are). Suspects are kept only for documents ``add`` is told count (``counted``:
    the gate's gold documents of published splits), and are matched against the
    allowlist while their text is at hand, so no text is kept."""

    def __init__(self, entities: tuple[Entity, ...], allowlist: list[Allowed]) -> None:
        self.entities, self.allowlist = entities, allowlist
        self.keys = {(a.check, a.doc_id, a.text) for a in allowlist}
        self.found: dict[str, list[tuple[Any, ...]]] = {name: [] for name in CHECKS}
        self.annotated: dict[str, set[str]] = defaultdict(set)
        self.first: dict[str, int] = {}
        self.heads: dict[str, dict[str, Any]] = {}
        self.counted_any = False
        self.n = 0
        self.aliases = _alias_names(entities)
        self.alias_set = frozenset(name for name, _ in self.aliases)
        self.cues: dict[str, dict[str, Any]] = lexicons().cue_forms()
        self.finder: WordFinder | None = None
        """One automaton for the three word searches (annotated strings, names, cue forms)."""

    def _allowed(self, s: Suspect, text: str) -> bool:
        key = (s.check, s.doc_id, s.text)
        return key in self.keys and any(a.matches(s, text) for a in self.allowlist)

    def _keep(self, name: str, order: tuple[Any, ...], s: Suspect, text: str) -> None:
        if not self._allowed(s, text):
            self.found[name].append((*order, s))

    def _repeated(self, d: Document | ParsedDoc, i: int, found: dict[str, list[tuple[int, int]]]) -> None:
        """``repeated-string`` in one document, from ``found``: the matches of the strings to look for."""
        try:
            for text, where in _uncovered_words(d, found, MENTIONS + ("COUNTED",)).items():
                for a, b in where:
                    s = Suspect("repeated-string", d.doc_id, a, b, text, "")
                    self._keep("repeated-string", (i, text, a), s, d.text)
        finally:
            _COVER.clear()

    def add(self, d: Document | ParsedDoc, counted: bool) -> None:
        """Check one document (the pass's next one); ``counted``: its suspects matter."""
        i, self.n = self.n, self.n + 1
        # what follows is the same for every mention of one text, label and types in a
        # document (sets, and the document's own marks), so each such mention is taken once
        # (keys in order of first occurrence; a later mention of a key reads the same fields)
        for text, label, mention_type, actor_type in dict.fromkeys(_mention_keys(d)):
            if text not in self.first:
                self.first[text] = i
                self.finder = None  # a new string: the next search needs a new automaton
            self.annotated[text].add(label)
            if mention_type == "NOM":
                h = self.heads.get(_head(text))
                if h is None:  # not setdefault: its default, two sets and a dict, would be made for every span
                    h = self.heads[_head(text)] = {"kinds": set(), "examples": set(), "docs": {}, "counted": True,
                                                   "n": 0, "last": None}
                h["kinds"].add(f"{label}/{actor_type or '-'}")
                h["examples"].add(f"{text} = {label}/{actor_type or '-'}")
                if len(h["docs"]) < HEAD_DOCS:
                    h["docs"][d.doc_id] = None
                h["n"] += d.doc_id != h["last"]
                h["last"] = d.doc_id
                h["counted"] = h["counted"] and counted
        if not counted:
            return
        self.counted_any = True
        if self.finder is None:
            self.finder = WordFinder(chain(self.first, (name for name, _ in self.aliases), sorted(self.cues)))
        # one scan answers the three searches (a word's matches do not depend on the other words)
        found = self.finder.find(d.text)
        self._repeated(d, i, {w: m for w, m in found.items() if w in self.first})
        one = _One(d, self.entities)
        names = {w: m for w, m in found.items() if w in self.alias_set}
        checks = {"alias-unannotated": _alias_suspects(d, names, self.aliases),
                  "cue-uncovered": _cue_suspects(d, {w: m for w, m in found.items() if w in self.cues}, self.cues)}
        try:
            for name in PER_DOCUMENT:
                for k, sus in enumerate(checks.get(name) or CHECKS[name](one)):
                    self._keep(name, (i, k), sus, d.text)
        finally:
            _COVER.clear()

    def finish(self, reread: Callable[[int], tuple[Document, bool]]) -> list[Suspect]:
        """The suspects the allowlist does not explain, in :func:`audit`'s order;
        ``reread(i)`` reads the pass's ``i``-th document again (with whether it
        counts), for the strings first annotated after it; it is asked for
        ``i = 0, 1, 2, ...`` in order, so that it can read the documents as a stream."""
        order = sorted(self.first.items(), key=lambda kv: kv[1])
        firsts = [first for _, first in order]
        for i in range(firsts[-1] if firsts else 0):  # documents before the last string's first annotation, in order
            d, counted = reread(i)
            if counted:
                self._repeated(d, i, WordFinder(text for text, _ in order[bisect_right(firsts, i):]).find(d.text))
        out: list[Suspect] = []
        seen: set[tuple[str, str, int, int, str]] = set()
        for name in CHECKS:
            for *_, s in sorted(self.found[name], key=lambda t: t[:-1]):
                if name == "repeated-string":
                    s = Suspect(s.check, s.doc_id, s.start, s.end, s.text,
                                f"annotated elsewhere as {'/'.join(sorted(self.annotated[s.text]))} but not here")
                key = (s.check, s.doc_id, s.start, s.end, s.text)
                if key not in seen:
                    seen.add(key)
                    out.append(s)
            if name == "nom-head-inconsistent":
                out += self._heads()
            elif name == "entity-same-name" and self.counted_any:
                out += [s for s in check_entity_names(_One.table(self.entities)) if not self._allowed(s, "")]
        return out

    def _heads(self) -> list[Suspect]:
        out = []
        for head, h in sorted(self.heads.items()):
            if len(h["kinds"]) > 1 and h["counted"]:
                s = Suspect("nom-head-inconsistent", "*", -1, -1, f"{head}: {', '.join(sorted(h['kinds']))}",
                            f"NOM head {head!r} has several label/type pairs: {'; '.join(sorted(h['examples']))}",
                            tuple(h["docs"]) + ((f"and {h['n'] - HEAD_DOCS} more",) if h["n"] > HEAD_DOCS else ()))
                if not self._allowed(s, ""):
                    out.append(s)
        return out
