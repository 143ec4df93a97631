"""Development aid: compile a compact, text-anchored annotation list into the
annotation file format with plain offsets.

Annotators (people or helper agents) never type offsets. They write one JSON object
per line, anchoring each span by a piece of context that occurs exactly once in the
document, with the span itself in square brackets::

    {"span": "ACTOR", "at": "1,500 [militants] and", "mention_type": "NOM", "actor_type": "armed_group", "entity": null}
    {"span": "COUNT", "at": "[Some 1,500] militants", "value": 1500, "modifier": "approximately",
     "min": null, "max": null, "unit": "count", "category": "evacuated", "of": ["1,500 [militants] and"]}
    {"attribution": {"source": ["[It] added"], "cue": ["It [added]"],
                     "content": ["added that [they are ~~ two batches]"], "type": "indirect",
                     "source_entity": "hezbollah"}}
    {"entity": {"entity_id": "harasta", "canonical_name": "Harasta", "label": "LOCATION", "actor_type": null,
                "aliases": ["Harasta"]}}

Inside brackets, ``A ~~ B`` stands for the stretch from ``A`` to the first ``B`` after
it. ``"occ": n`` picks the n-th occurrence when the context is not unique. A COUNT's
``of`` targets become COUNT_OF relations to the ACTOR or LOCATION span with exactly
those offsets, or to a new COUNTED span when there is none. Identical spans (same
label and offsets) are merged. Span ids are assigned in canonical order, so the output
is deterministic. The committed annotation files hold only the compiled result.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, GhoutaError
from ..io import atomic_write, load_text, parse_json
from ..model.ids import renumber
from ..model.records import ROLE_LABELS, Attribution, Document, Relation, Segment, Span
from ..text.segment import segment


class AnchorError(DataError, ValueError):
    pass


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int


def resolve(text: str, at: str, occ: int | None = None) -> Anchor:
    """Offsets of the bracketed part of ``at`` in ``text``."""
    m = re.fullmatch(r"(.*?)\[(.+)\](.*)", at, flags=re.S)
    if not m:
        whole = at
        before, inner, after = "", at, ""
    else:
        before, inner, after = m.groups()
        whole = None
    if "~~" in inner:
        head, tail = (p.strip() for p in inner.split("~~", 1))
        probe = before + head
        hits = [h.start() for h in re.finditer(re.escape(probe), text)]
        if not hits:
            raise AnchorError(f"context not found: {probe!r}")
        if occ is None and len(hits) > 1:
            raise AnchorError(f"context occurs {len(hits)} times, add occ: {probe!r}")
        h0 = hits[(occ or 1) - 1]
        start = h0 + len(before)
        t = text.find(tail + after, start + len(head))
        if t < 0:
            raise AnchorError(f"end {tail!r} not found after {head!r}")
        end = t + len(tail)
        if "\n" in text[start:end]:
            raise AnchorError(f"stretch {head!r} ~~ {tail!r} crosses a paragraph break")
        return Anchor(start, end)
    probe = before + inner + after if whole is None else whole
    hits = [h.start() for h in re.finditer(re.escape(probe), text)]
    if not hits:
        raise AnchorError(f"context not found: {probe!r}")
    if occ is None and len(hits) > 1:
        raise AnchorError(f"context occurs {len(hits)} times, add occ: {probe!r}")
    if occ is not None and not (1 <= occ <= len(hits)):
        raise AnchorError(f"occ {occ} but context occurs {len(hits)} times: {probe!r}")
    s = hits[(occ or 1) - 1] + len(before)
    return Anchor(s, s + len(inner))


def read_compact(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(load_text(path).split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("//") or line.startswith("#"):
            continue
        try:
            rows.append({"_line": n, **parse_json(line)})
        except (ValueError, RecursionError) as e:
            raise AnchorError(f"{path}:{n}: not JSON: {e}") from None
    return rows


Key = tuple[str, int, int]  # (label, start, end): a span before it has an id


class _Compiler:
    """The spans, COUNT_OF targets, records and entity rows of one document's rows."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: dict[Key, dict[str, Any]] = {}
        self.counts_of: list[tuple[Key, list[tuple[int, int]]]] = []
        self.attrs: list[dict[str, Any]] = []
        self.entities: list[dict[str, Any]] = []

    def add(self, label: str, a: Anchor, extra: dict[str, Any]) -> Key:
        key = (label, a.start, a.end)
        prev = self.spans.get(key)
        if prev is not None and prev != extra:
            raise AnchorError(f"{label} {self.text[a.start:a.end]!r} annotated twice with different attributes: "
                              f"{prev} vs {extra}")
        self.spans[key] = extra
        return key

    def anchor(self, t: str | dict[str, Any]) -> Anchor:
        return resolve(self.text, t) if isinstance(t, str) else resolve(self.text, t["at"], t.get("occ"))

    def span_row(self, r: dict[str, Any]) -> None:
        label = r["span"]
        extra: dict[str, Any] = {}
        if label in ("ACTOR", "LOCATION"):
            extra = {"mention_type": r["mention_type"], "entity_id": r.get("entity")}
            if label == "ACTOR":
                extra["actor_type"] = r["actor_type"]
        elif label == "COUNT":
            extra = {k: r[k] for k in ("value", "modifier", "min", "max", "unit", "category")}
        key = self.add(label, resolve(self.text, r["at"], r.get("occ")), extra)
        if label == "COUNT" and r.get("of"):
            self.counts_of.append((key, [(ta.start, ta.end) for ta in map(self.anchor, r["of"])]))

    def attribution_row(self, rec: dict[str, Any]) -> None:
        parts = {role: [self.add(label, self.anchor(t), {}) for t in rec.get(role, [])]
                 for role, label in ROLE_LABELS.items()}
        self.attrs.append({"parts": parts, "type": rec["type"], "source_entity": rec.get("source_entity")})

    def row(self, r: dict[str, Any]) -> None:
        if "entity" in r and isinstance(r["entity"], dict):
            self.entities.append(r["entity"])
        elif "span" in r:
            self.span_row(r)
        elif "attribution" in r:
            self.attribution_row(r["attribution"])
        else:
            raise AnchorError("row has none of span, attribution, entity")

    def relations(self) -> list[tuple[Key, Key]]:
        """COUNT_OF pairs: a target links to an existing mention with the same offsets,
        else to a new COUNTED span."""
        out = []
        for ckey, targets in self.counts_of:
            for (s, e) in targets:
                hit = [k for k in self.spans if k[1] == s and k[2] == e and k[0] in ("ACTOR", "LOCATION", "COUNTED")]
                out.append((ckey, hit[0] if hit else self.add("COUNTED", Anchor(s, e), {})))
        return out


def compile_rows(doc_id: str, text: str, rows: list[dict[str, Any]],
                 status: str = "gold") -> tuple[Document, list[dict[str, Any]]]:
    """Compile compact rows into a :class:`Document`; also return the entity rows.
    Every row is compiled before the errors of all of them are raised together."""
    c = _Compiler(text)
    errors: list[str] = []
    for r in rows:
        try:
            c.row(r)
        except (AnchorError, KeyError) as e:
            errors.append(f"{doc_id} line {r['_line']}: {e}")
    rel_rows = c.relations()
    if errors:
        raise AnchorError("\n".join(errors))
    return _document(doc_id, text, status, c.spans, rel_rows, c.attrs), c.entities


def _document(doc_id: str, text: str, status: str, spans: dict[Key, dict[str, Any]], rel_rows: list[tuple[Key, Key]],
              attrs: list[dict[str, Any]]) -> Document:
    """The compiled document with canonical ids (:func:`~ghouta_corpus.model.ids.renumber`):
    relations ordered by their COUNT and target span, records by their first cue."""
    tid = {key: f"T{i}" for i, key in enumerate(spans, 1)}
    tmp = [Span(id=tid[k], label=k[0], start=k[1], end=k[2], text=text[k[1]:k[2]], **v) for k, v in spans.items()]
    rels = [Relation(f"R{i}", "COUNT_OF", tid[c], tid[t]) for i, (c, t) in enumerate(rel_rows, 1)]
    recs = [Attribution.from_roles(f"A{i}", {role: [tid[k] for k in keys] for role, keys in a["parts"].items()},
                                   a["type"], a["source_entity"]) for i, a in enumerate(attrs, 1)]
    final, relations, attributions = renumber(tmp, rels, recs)
    by_id = {s.id: s for s in final}
    # the order of relations and records follows the canonical span ids, so renumber again
    relations = tuple(sorted(relations, key=lambda r: (int(r.count[1:]), int(r.target[1:]))))
    attributions = tuple(sorted(attributions, key=lambda a: min(by_id[i].start for i in a.cue)))
    final, relations, attributions = renumber(final, relations, attributions)
    segs = [Segment(f"S{i}", p.start, p.end, p.role) for i, p in enumerate(segment(text), 1)]
    return Document(doc_id, text, status, tuple(segs), final, relations, attributions)


def main(argv: list[str] | None = None) -> int:
    """python -m ghouta_corpus.curation.authoring DOC_ID RAW.txt COMPACT.jsonl OUT.json"""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 4:
        print(main.__doc__, file=sys.stderr)
        return 2
    doc_id, raw, compact, out = argv
    try:
        text = load_text(Path(raw))
        doc, _ = compile_rows(doc_id, text, read_compact(Path(compact)))
    except GhoutaError as e:
        print(e, file=sys.stderr)
        return e.exit_code
    atomic_write(Path(out), json.dumps(doc.to_json(), indent=1, ensure_ascii=False) + "\n")
    print(f"{out}: {len(doc.spans)} spans, {len(doc.relations)} relations, {len(doc.attributions)} attributions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
