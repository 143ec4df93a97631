"""Annotation files back into compact, text-anchored rows: the inverse of :mod:`.compiler`.

:func:`to_compact` writes a :class:`~ghouta_corpus.model.records.Document` as the rows
an annotator would have written: one ``span`` row per ACTOR, LOCATION, COUNT (with its
``of`` targets), TIME (with its ``anchor``) and EVENT (with its ``args``), one
``attribution`` row per record, then the ``entity`` and ``event`` table rows the
document uses. Compiling the rows again gives the same document (tested on the
corpus and on random documents), so annotators can correct a compiled file in the
compact format. Each span is anchored by the shortest context, grown word by word on
both sides within its paragraph, that occurs once in the text; where none does, by
its own text and ``occ``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..model.records import ROLE_LABELS, Document, Entity, Event, Span
from ..model.vocab import vocab_index
from .compiler import AnchorError, occurrences, resolve

_ENTITY_FIELDS = ("entity_id", "canonical_name", "label", "actor_type", "aliases")


def _round_trips(text: str, at: str, occ: int | None, s: int, e: int) -> bool:
    try:
        a = resolve(text, at, occ)
    except AnchorError:
        return False
    return (a.start, a.end) == (s, e)


def anchor(text: str, s: int, e: int) -> str | dict[str, Any]:
    """The shortest anchor of ``text[s:e]``: ``"ctx [span] ctx"`` (unique in the text),
    or ``{"at": "[span]", "occ": n}``. Raises :class:`AnchorError` for a span the
    format cannot express (one that contains ``~~``)."""
    lo, hi = s, e
    para_lo = text.rfind("\n", 0, s) + 1
    para_hi = text.find("\n", e)
    para_hi = len(text) if para_hi < 0 else para_hi
    for _ in range(60):
        probe = text[lo:hi]
        at = f"{text[lo:s]}[{text[s:e]}]{text[e:hi]}"
        if len(occurrences(text, probe)) == 1 and _round_trips(text, at, None, s, e):
            return at
        if lo <= para_lo and hi >= para_hi:
            break
        lo = max(para_lo, text.rfind(" ", 0, max(lo - 1, 0)) + 1)
        nhi = text.find(" ", hi + 1)
        hi = min(para_hi, len(text) if nhi < 0 else nhi)
    inner = f"[{text[s:e]}]"
    hits = occurrences(text, text[s:e])
    if s in hits:
        occ = hits.index(s) + 1
        if _round_trips(text, inner, occ, s, e):
            return {"at": inner, "occ": occ}
    raise AnchorError(f"span {text[s:e]!r} at {s}..{e} cannot be anchored in the compact format")


def _at(text: str, sp: Span) -> dict[str, Any]:
    """The ``at`` (and ``occ``) keys of a span row."""
    a = anchor(text, sp.start, sp.end)
    return {"at": a} if isinstance(a, str) else dict(a)


def _span_row(doc: Document, sp: Span, of: Mapping[str, list[str]],
              args: Mapping[str, dict[str, list[str]]]) -> dict[str, Any] | None:
    ref = doc.span
    row: dict[str, Any] = {"span": sp.label, **_at(doc.text, sp)}
    if sp.label in ("ACTOR", "LOCATION"):
        row["mention_type"] = sp.mention_type
        if sp.label == "ACTOR":
            row["actor_type"] = sp.actor_type
        row["entity"] = sp.entity_id
    elif sp.label == "COUNT":
        row.update({k: getattr(sp, k) for k in ("value", "modifier", "min", "max", "unit", "category")})
        row["of"] = [anchor(doc.text, ref(t).start, ref(t).end) for t in of.get(sp.id, [])]
    elif sp.label == "TIME":
        row.update({"timex_type": sp.timex_type, "value_text": sp.value_text, "value": sp.timex_value,
                    "mod": sp.mod})
        anc = sp.anchor
        row["anchor"] = anc if anc is None or anc == "DCT" else anchor(doc.text, ref(anc).start, ref(anc).end)
    elif sp.label == "EVENT":
        row.update({"event_type": sp.event_type, "polarity": sp.polarity, "modality": sp.modality,
                    "event": sp.event_id})
        row["args"] = {role: [anchor(doc.text, ref(t).start, ref(t).end) for t in targets]
                       for role, targets in args.get(sp.id, {}).items()}
    else:
        return None  # COUNTED spans come with their COUNT, attribution spans with their record
    return row


def to_compact(doc: Document, entities: Mapping[str, Entity] | None = None,
               events: Mapping[str, Event] | None = None) -> list[dict[str, Any]]:
    """The compact rows of ``doc``; with ``entities`` and ``events`` (by id), also the
    table rows of the entities and events it uses (sorted by id)."""
    of: dict[str, list[str]] = {}
    for r in doc.relations:
        of.setdefault(r.count, []).append(r.target)
    roles = vocab_index("event_role")
    args: dict[str, dict[str, list[str]]] = {}
    for arg in sorted(doc.event_args, key=lambda x: roles[x.role]):
        args.setdefault(arg.event, {}).setdefault(arg.role, []).append(arg.target)
    out = [row for sp in doc.spans if (row := _span_row(doc, sp, of, args)) is not None]
    for a in doc.attributions:
        rec = {role: [anchor(doc.text, doc.span(i).start, doc.span(i).end) for i in getattr(a, role)]
               for role in ROLE_LABELS}
        out.append({"attribution": {**rec, "type": a.type, "source_entity": a.source_entity}})
    used = {s.entity_id for s in doc.spans if s.entity_id} | {a.source_entity for a in doc.attributions
                                                               if a.source_entity}
    for eid in sorted(used):
        if entities is not None and eid in entities:
            data = entities[eid].to_json()
            out.append({"entity": {k: data[k] for k in _ENTITY_FIELDS}})
    for evid in sorted({s.event_id for s in doc.spans if s.event_id}):
        if events is not None and evid in events:
            out.append({"event": events[evid].to_json()})
    return out


def compact_lines(rows: Iterable[dict[str, Any]]) -> str:
    """Rows as the text of a compact file: one JSON object per line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
