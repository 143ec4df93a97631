"""Fast proofs of the semantic rule families: "no finding" or "not sure".

The schema proof (:mod:`ghouta_corpus.model.schema_proof`) showed the pattern: a
check that can only say "valid" or "not sure", and on "not sure" the existing rules
run and word their findings as before. This module does the same for the
``document`` and ``span`` rule families. One walk gathers a document's columns
(span ids, labels, offsets and texts; the segments' offsets; the records' references)
with C-level ``map``/``itemgetter`` calls and numpy arrays, and each family's proof
answers for the whole document at once: offsets in range by one comparison of
arrays, overlaps by a sort and a shifted compare, ids unique by one set,
references resolved through one dict, the span texts by one list comparison against
the text's slices. A family whose proof holds is not run (it would report nothing);
a family whose proof does not hold runs unchanged, so every message, pointer and rule
fixture stays exactly as it was. When every family is proven, the
:class:`~ghouta_corpus.validate.context.Annotation` (a Python walk over every span)
is not even made.

Round three measured the per-span Python work of the rule families, spread over a
dozen walks, as a third of ``validate``'s CPU time (issue 15); on the synthetic
corpus every family is proven, so that work is one walk in C per column.

A proof may say "not sure" on a valid document (it then costs the slow path, no
more); it may never say "no finding" where its family reports one. A hypothesis test
(``tests/test_rule_proof.py``) mutates valid documents across every rule and holds
each proof to its family.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter, methodcaller
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model import timex
from ..model.conventions import unit_violation, violation
from ..model.records import ROLE_LABELS, label_layers, tag_columns
from ..model.schema_proof import Proof
from .context import Context
from .labelcodes import label_codes, label_table
from .rules.gold import PLACEHOLDER, manifest_texts

_ID, _LABEL, _START, _END, _TEXT = (itemgetter(k) for k in ("id", "label", "start", "end", "text"))
_ORIGIN = methodcaller("get", "origin")
_RECORDS = {"spans": "span", "segments": "segment", "relations": "relation", "attributions": "attribution",
            "event_args": "event_arg"}
"""An annotation file's arrays of records, and the ``$defs`` schema of their items."""

Tapped = dict[str, dict[str, list[Any]]]
"""The columns the schema proof gathered for each array of :data:`_RECORDS` (by its
``$defs`` name; an array the proof did not reach once, such as an empty one, is left out)."""


def tapped(p: Proof) -> Tapped:
    """What :class:`Columns` reads from a schema proof that has just proven a file valid."""
    return {name: cols for name in _RECORDS.values() if (cols := p.columns(name)) is not None}


class Columns:
    """One schema-valid annotation's columns, gathered once for every proof.
    ``offsets_ok``: every segment and span has ``start < end <= len(text)``; when it
    is false no proof holds (the rules that skip such items, and the offset rules
    that report them, must run)."""

    def __init__(self, data: dict[str, Any], text: str, doc_id: str, ctx: Context,
                 tap: Tapped | None = None) -> None:
        self.data, self.text, self.doc_id, self.ctx = data, text, doc_id, ctx
        self.tap = tap or {}
        """The schema proof's columns (:func:`tapped`), read instead of walking the records again."""
        self.offsets_ok = False
        self.texts: list[str] | None = None
        try:
            self._gather(data["spans"], data["segments"])
        except (KeyError, TypeError, ValueError, OverflowError):
            # not the shape the schema guarantees (an offset beyond 64 bits, an unknown
            # label): no proof holds, and the rules run and judge as before
            self.offsets_ok = False

    def column(self, key: str, field: str) -> list[Any] | None:
        """The schema proof's column of ``field`` over the records of ``data[key]``
        (None: not gathered). A required field's holds every record's value in order;
        an optional field's only those of the records that hold it."""
        cols = self.tap.get(_RECORDS[key])
        return None if cols is None else cols.get(field)

    def _gather(self, spans: list[dict[str, Any]], segs: list[dict[str, Any]]) -> None:
        ids, n = self.column("spans", "id"), len(spans)
        if ids is not None and len(ids) == n:  # the schema proof's columns (every span holds these fields)
            self.ids, self.labels, self.texts = ids, self.column("spans", "label") or [], self.column("spans", "text")
            self.starts = np.array(self.column("spans", "start"), dtype=np.int64)
            self.ends = np.array(self.column("spans", "end"), dtype=np.int64)
        else:
            self.ids = list(map(_ID, spans))
            self.labels = list(map(_LABEL, spans))
            self.starts = np.fromiter(map(_START, spans), dtype=np.int64, count=n)
            self.ends = np.fromiter(map(_END, spans), dtype=np.int64, count=n)
        seg_starts, seg_ends = self.column("segments", "start"), self.column("segments", "end")
        if seg_starts is not None and seg_ends is not None and len(seg_starts) == len(seg_ends) == len(segs):
            self.seg_starts = np.array(seg_starts, dtype=np.int64)
            self.seg_ends = np.array(seg_ends, dtype=np.int64)
        else:
            self.seg_starts = np.fromiter(map(_START, segs), dtype=np.int64, count=len(segs))
            self.seg_ends = np.fromiter(map(_END, segs), dtype=np.int64, count=len(segs))
        if not (len(self.labels) == len(self.starts) == len(self.ends) == n):
            raise ValueError("columns of unequal length")
        codes = label_codes()
        self.label_codes = np.fromiter(map(codes.__getitem__, self.labels), dtype=np.int64, count=len(spans))
        self.unique = len(set(self.ids)) == len(self.ids)
        self.label_set = frozenset(self.labels)  # the proofs that ask whether a label occurs at all read this
        n = len(self.text)
        self.offsets_ok = bool((self.starts >= 0).all() and (self.starts < self.ends).all() and (self.ends <= n).all()
                               and (self.seg_starts >= 0).all() and (self.seg_starts < self.seg_ends).all()
                               and (self.seg_ends <= n).all())

    def where(self, *labels: str) -> npt.NDArray[np.intp]:
        """The positions of the spans of ``labels``, in file order."""
        return np.flatnonzero(label_table(labels)[self.label_codes])


PROOFS: dict[str, Callable[[Columns], bool]] = {}
"""Family name -> its proof (a family without one always runs)."""


def proves(family: str) -> Callable[[Callable[[Columns], bool]], Callable[[Columns], bool]]:
    def register(fn: Callable[[Columns], bool]) -> Callable[[Columns], bool]:
        PROOFS[family] = fn
        return fn
    return register


def proven(family: str, c: Columns) -> bool:
    """True when ``family`` is sure to report nothing on the document of ``c``."""
    fn = PROOFS.get(family)
    return fn is not None and c.offsets_ok and fn(c)


@proves("check_ids")
def _ids(c: Columns) -> bool:
    d = c.data
    every = list(c.ids)
    for key in ("segments", "relations", "attributions", "event_args"):
        ids = c.column(key, "id")
        every += ids if ids is not None and len(ids) == len(d[key]) else map(_ID, d[key])
    return len(set(every)) == len(every)


def _no_space(chars: str) -> bool:
    return not any(map(str.isspace, chars))


@proves("check_segments")
def _segments(c: Columns) -> bool:
    text, s, e = c.text, c.seg_starts.tolist(), c.seg_ends.tolist()
    if any(nxt < end for nxt, end in zip(s[1:], e, strict=False)):  # out of order or overlapping
        return False
    gaps = "".join(map(text.__getitem__, map(slice, [0, *e], [*s, len(text)])))
    chunks = "".join(map(text.__getitem__, map(slice, s, e)))
    return (not gaps.strip() and "\n" not in chunks and _no_space("".join(map(text.__getitem__, s)))
            and _no_space("".join(map(text.__getitem__, [x - 1 for x in e]))))


def _codes(text: str) -> npt.NDArray[np.uint32]:
    """A string's code points (one per character, as ``str`` indexes them)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@proves("check_spans")
def _spans(c: Columns) -> bool:
    texts = c.texts if c.texts is not None else list(map(_TEXT, c.data["spans"]))
    joined = "".join(texts)
    size = c.ends - c.starts
    if not np.array_equal(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), size) or "\n" in joined:
        return False
    # every span's text equals the document text between its offsets: the text's code
    # points gathered at every offset the spans cover, against the spans' texts joined
    first = np.repeat(c.starts - np.concatenate(([0], np.cumsum(size)[:-1])), size)
    codes = _codes(c.text)
    if not np.array_equal(codes[first + np.arange(len(joined))], _codes(joined)):
        return False
    return _no_space_at(codes, np.concatenate((c.starts, c.ends - 1))) and _distinct(c)


def _distinct(c: Columns) -> bool:
    """No two spans have the same label and offsets: the triple packed into one
    integer (while it fits in 63 bits), sorted, no neighbour equal."""
    n = len(c.text) + 1
    if n >= 1 << 27:
        return len(set(zip(c.labels, c.starts.tolist(), c.ends.tolist(), strict=True))) == len(c.labels)
    key = np.sort((c.label_codes * n + c.starts) * n + c.ends)
    return not bool((key[1:] == key[:-1]).any())


_ASCII_SPACE = np.array([chr(i).isspace() for i in range(128)] + [False])


def _no_space_at(codes: npt.NDArray[np.uint32], at: Ints) -> bool:
    """No character at the positions ``at`` is whitespace (``str.isspace``: a table
    for ASCII, the method itself for any other character)."""
    chars = codes[at]
    if _ASCII_SPACE[np.minimum(chars, 128)].any():
        return False
    wide = chars[chars >= 128]
    return not wide.size or _no_space("".join(map(chr, wide.tolist())))


_UNIT_RULES = ("percent", "fraction")  # the units check_counts reports (counts._UNIT_RULE)


@lru_cache(maxsize=1 << 14)
def _count_clean(v: Any, lo: Any, hi: Any, mod: str, unit: str, _types: tuple[type, ...]) -> bool:
    if v is not None and ((lo is not None and lo > v) or (hi is not None and v > hi)):
        return False
    if v is None and lo is not None and hi is not None and lo > hi:
        return False
    return violation(v, mod, lo, hi) is None and (unit not in _UNIT_RULES or unit_violation(unit, v, lo, hi) is None)


_VALUE, _MIN, _MAX, _MODIFIER, _UNIT = (itemgetter(k) for k in ("value", "min", "max", "modifier", "unit"))


@proves("check_counts")
def _counts(c: Columns) -> bool:
    # each distinct (value, min, max, modifier, unit, and the three numbers' types,
    # which keep 1, 1.0 and True apart) is judged once, its fields gathered in C
    # rather than read span by span in Python
    picked = list(map(c.data["spans"].__getitem__, c.where("COUNT").tolist()))
    values, lows, highs = list(map(_VALUE, picked)), list(map(_MIN, picked)), list(map(_MAX, picked))
    for v, lo, hi, mod, unit, *types in set(zip(values, lows, highs, map(_MODIFIER, picked), map(_UNIT, picked),
                                                map(type, values), map(type, lows), map(type, highs), strict=True)):
        if not _count_clean(v, lo, hi, mod, unit, tuple(types)):
            return False
    return True


@proves("check_links")
def _links(c: Columns) -> bool:
    ents, spans = c.ctx.entities, c.data["spans"]
    for k in c.where("ACTOR", "LOCATION").tolist():
        sp = spans[k]
        eid, nam = sp["entity_id"], sp["mention_type"] == "NAM"
        if eid is None:
            if nam:
                return False
            continue
        if ents is None:
            continue
        ent = ents.get(eid)
        if ent is None or ent["label"] != sp["label"] or (sp["label"] == "ACTOR" and ent["actor_type"] != sp[
                "actor_type"]) or (nam and sp["text"] not in ent["aliases"]):
            return False
    return True


Ints = npt.NDArray[np.int64]


def _no_overlap(starts: Ints, ends: Ints, groups: Ints | None = None) -> bool:
    """No two intervals (of one group) overlap: sorted by (group, start, end), each
    starts at or after the end of the one before it in its group."""
    if len(starts) < 2:
        return True
    keys = (ends, starts) if groups is None else (ends, starts, groups)
    order = np.lexsort(keys)
    s, e = starts[order], ends[order]
    clash = s[1:] < e[:-1]
    if groups is not None:
        g = groups[order]
        clash &= g[1:] == g[:-1]
    return not bool(clash.any())


@proves("check_mention_overlap")
def _mention_overlap(c: Columns) -> bool:
    k = c.where(*tag_columns()["mention"])
    return _no_overlap(c.starts[k], c.ends[k])


@proves("check_relations")
def _relations(c: Columns) -> bool:
    if not c.unique:
        return False
    label = dict(zip(c.ids, c.labels, strict=True))
    rels = c.data["relations"]
    counts, targets = [r["count"] for r in rels], [r["target"] for r in rels]
    if any(label.get(x) != "COUNT" for x in counts):
        return False
    if any(label.get(x) not in ("ACTOR", "LOCATION", "COUNTED") for x in targets):
        return False
    if len(set(zip(counts, targets, strict=True))) != len(rels):
        return False
    targeted = set(targets)
    return all(c.ids[k] in targeted for k in c.where("COUNTED").tolist())


@proves("check_attributions")
def _attributions(c: Columns) -> bool:
    if not c.unique:
        return False
    position = dict(zip(c.ids, range(len(c.ids)), strict=True))
    ents = c.ctx.entities
    members: list[int] = []
    groups: list[int] = []
    for r, rec in enumerate(c.data["attributions"]):
        if ents is not None and rec["source_entity"] is not None and rec["source_entity"] not in ents:
            return False
        for role, want in ROLE_LABELS.items():
            for ref in rec[role]:
                k = position.get(ref)
                if k is None or c.labels[k] != want:
                    return False
                members.append(k)
                groups.append(r)
    m = np.array(members, dtype=np.int64)
    if not _no_overlap(c.starts[m], c.ends[m], np.array(groups, dtype=np.int64)):
        return False
    used = set(members)
    return all(k in used for k in c.where(*label_layers()["attribution"]).tolist())


@proves("check_time")
def _time(c: Columns) -> bool:
    return "TIME" not in c.label_set  # every TIME rule is about a TIME span


@proves("check_time_overlap")
def _time_overlap(c: Columns) -> bool:
    return "TIME" not in c.label_set  # a finding needs a TIME span in the pair


@proves("check_event_date_range")
def _event_date_range(c: Columns) -> bool:
    entry = c.ctx.manifest.get(c.doc_id)
    if not entry or "event_date_range" not in entry:
        return True
    # without TIME spans the derived range depends on the dct alone (with TIME spans, the rule runs)
    return "TIME" not in c.label_set and entry["event_date_range"] == _undated_range(entry.get("dct"),
                                                                                   entry.get("dct_basis"))


@lru_cache(maxsize=1 << 10)
def _undated_range(dct: str | None, basis: str | None) -> dict[str, Any]:
    return timex.event_date_range([], dct, basis)


@proves("check_event_ids")
def _event_ids(c: Columns) -> bool:
    return "EVENT" not in c.label_set  # every finding is about an EVENT trigger


@proves("check_event_args")
def _event_args(c: Columns) -> bool:
    return not c.data["event_args"]


@proves("check_trigger_overlap")
def _trigger_overlap(c: Columns) -> bool:
    k = c.where("EVENT")
    return _no_overlap(c.starts[k], c.ends[k])


@proves("check_gold_manifest")
def _gold_manifest(c: Columns) -> bool:
    if c.data["status"] != "gold":
        return True
    entry = c.ctx.manifest.get(c.doc_id)
    if entry is None:
        return True
    return (any(s.get("step") != "draft" for s in entry.get("review") or ()) and bool(entry.get("dct_basis"))
            and not any(_placeholder(text) for _, text in manifest_texts(entry)))


@lru_cache(maxsize=1 << 12)
def _placeholder(text: str) -> bool:
    """Whether ``text`` holds placeholder text: the manifest's outlets, genres, review
    steps and dct bases repeat across documents, so each is searched once."""
    return PLACEHOLDER.search(text) is not None


@proves("check_gold_origin")
def _gold_origin(c: Columns) -> bool:
    d = c.data
    if d["status"] != "gold":
        return True
    for key in ("spans", "relations", "attributions", "event_args"):
        origins = c.column(key, "origin")  # the records that hold one (a record without one is not "auto")
        if "auto" in (origins if origins is not None else map(_ORIGIN, d[key])):
            return False
    return True


__all__ = ["PROOFS", "Columns", "proven"]
