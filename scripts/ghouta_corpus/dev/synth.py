"""Synthetic corpora for scale tests and benchmarks.

:func:`generate` writes a complete dataset folder (manifest, raw texts, annotation
files, entity table) of ``n`` schema-valid gold documents of realistic size: a few
thousand characters, about 300 spans and 30 attribution records each, built from
sentence templates so that every span, relation and record is correct by
construction. The output depends only on ``n`` and ``seed``.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

from ..io import atomic_write, dump_json
from ..model.ids import renumber
from ..model.records import ROLE_LABELS, Attribution, Document, Relation, Segment, Span
from ..model.timex import event_date_range

ACTORS = [("militants", "armed_group"), ("civilians", "civilians"), ("rebels", "armed_group"),
          ("residents", "civilians"), ("soldiers", "government"), ("families", "civilians"),
          ("fighters", "armed_group"), ("children", "civilians")]
PLACES = [("Harasta", "harasta"), ("Douma", "douma"), ("Idlib", "idlib"), ("Aleppo", "aleppo"), ("Homs", "homs")]
SOURCES = [("Reuters", "reuters", "media"), ("the UN", "un", "organization"), ("Hezbollah", "hezbollah", "armed_group")]
VERBS = [("were killed", "killed"), ("were evacuated", "evacuated"), ("were wounded", "injured"),
         ("remained", "present")]
CUES = ["said", "reported", "added", "confirmed"]
ENTITIES = [
    {"entity_id": eid, "canonical_name": name, "label": label, "actor_type": actor_type, "aliases": [name]}
    for eid, name, label, actor_type in [
        ("harasta", "Harasta", "LOCATION", None), ("douma", "Douma", "LOCATION", None),
        ("idlib", "Idlib", "LOCATION", None), ("aleppo", "Aleppo", "LOCATION", None),
        ("homs", "Homs", "LOCATION", None),
        ("reuters", "Reuters", "ACTOR", "media"), ("un", "UN", "ACTOR", "organization"),
        ("hezbollah", "Hezbollah", "ACTOR", "armed_group")]
]


SYNTH_DCT_BASIS = "Synthetic text generated from templates; it has no publication date."
# The gold gate wants a review history; a synthetic document's is its generation. The
# date is fixed so that the output depends only on n and seed, and says so.
SYNTH_REVIEW = [{"step": "annotation", "by": "ghouta_corpus.dev.synth: generated from sentence templates, correct by "
                 "construction (no person reviewed it)", "date": "2026-11-23",
                 "date_basis": "fixed, so that the synthetic corpus depends only on n and seed; no review took place"}]


class _Doc:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []
        self.rels: list[tuple[int, int]] = []
        self.attrs: list[dict[str, Any]] = []

    def put(self, s: str, label: str | None = None, **attrs: Any) -> int:
        start = len(self.text)
        self.text += s
        if label is None:
            return -1
        self.spans.append({"label": label, "start": start, "end": len(self.text), **attrs})
        return len(self.spans) - 1


def _sentence(d: _Doc, rng: random.Random, attributed: bool) -> None:
    n = rng.randint(2, 9999)
    actor, atype = rng.choice(ACTORS)
    verb, category = rng.choice(VERBS)
    place, pid = rng.choice(PLACES)
    place2, pid2 = rng.choice(PLACES)
    content_start = len(d.text)
    c = d.put(f"{n:,}", "COUNT", value=n, modifier="exact", min=n, max=n, unit="count", category=category)
    d.put(" ")
    a = d.put(actor, "ACTOR", mention_type="NOM", actor_type=atype, entity_id=None)
    d.rels.append((c, a))
    d.put(f" {verb} in ")
    d.put(place, "LOCATION", mention_type="NAM", entity_id=pid)
    d.put(" and near ")
    d.put(place2, "LOCATION", mention_type="NAM", entity_id=pid2)
    d.put(" after ")
    d.put("government forces", "ACTOR", mention_type="NOM", actor_type="government", entity_id=None)
    d.put(" shelled the ")
    d.put("market", "LOCATION", mention_type="NOM", entity_id=None)
    content_end = len(d.text)
    if attributed:
        src, sid, stype = rng.choice(SOURCES)
        d.put(", ")
        s0 = len(d.text)
        if src.startswith("the "):
            d.put("the ")
            d.put(src[4:], "ACTOR", mention_type="NAM", actor_type=stype, entity_id=sid)
        else:
            d.put(src, "ACTOR", mention_type="NAM", actor_type=stype, entity_id=sid)
        d.spans.append({"label": "SOURCE", "start": s0, "end": len(d.text)})
        src_i = len(d.spans) - 1
        d.put(" ")
        cue_i = d.put(rng.choice(CUES), "CUE")
        d.spans.append({"label": "CONTENT", "start": content_start, "end": content_end})
        d.attrs.append({"source": [src_i], "cue": [cue_i], "content": [len(d.spans) - 1], "type": "indirect",
                        "source_entity": sid})
    d.put(".")


def make_document(doc_id: str, rng: random.Random, sentences: int = 32, attributed: int = 30) -> Document:
    """One synthetic gold document: ``sentences`` sentences in paragraphs of three,
    the first ``attributed`` of them attributed to a source."""
    d = _Doc()
    seg_bounds = []
    for i in range(sentences):
        if i:
            d.put("\n\n" if i % 3 == 0 else " ")
        start = len(d.text)
        _sentence(d, rng, i < attributed)
        seg_bounds.append((start, len(d.text)))
    tmp = [Span(id=f"T{i + 1}", text=d.text[s["start"]:s["end"]], **s) for i, s in enumerate(d.spans)]
    rels = [Relation(f"R{i + 1}", "COUNT_OF", f"T{c + 1}", f"T{a + 1}") for i, (c, a) in enumerate(d.rels)]
    recs = [Attribution.from_roles(f"A{i + 1}", {role: [f"T{x + 1}" for x in r[role]] for role in ROLE_LABELS},
                                   r["type"], r["source_entity"]) for i, r in enumerate(d.attrs)]
    spans, rel, attrs, _ = renumber(tmp, rels, recs)
    segs = tuple(Segment(f"S{i + 1}", a, b, "body") for i, (a, b) in enumerate(seg_bounds))
    return Document(doc_id, d.text, "gold", segs, spans, rel, attrs)


def generate(out: Path, n: int, seed: int = 0) -> Path:
    """Write a synthetic dataset folder with ``n`` documents into ``out``."""
    rng = random.Random(seed)
    manifest = []
    for i in range(n):
        doc_id = f"synth-{i:07d}"
        doc = make_document(doc_id, rng)
        raw = doc.text.encode("utf-8")
        # scratch data regenerated from the seed: no fsync per file (see atomic_write)
        atomic_write(out / "raw" / f"{doc_id}.txt", raw, sync=False)
        atomic_write(out / "annotations" / f"{doc_id}.json", dump_json(doc.to_json()), sync=False)
        manifest.append({"doc_id": doc_id, "outlet": "Synthetic", "language": "en", "source_file": f"{doc_id}.txt",
                         "sha256": hashlib.sha256(raw).hexdigest(), "char_count": len(doc.text),
                         "split": "train" if i % 5 else "test", "dct_basis": SYNTH_DCT_BASIS, "review": SYNTH_REVIEW,
                         "event_date_range": event_date_range(doc.spans, None, None)})
    atomic_write(out / "manifest.json", json.dumps({"documents": manifest}, indent=0) + "\n")
    ents = [{**e, "geonames_id": None, "latitude": None, "longitude": None,
             "geonames_note": "synthetic" if e["label"] == "LOCATION" else None} for e in ENTITIES]
    atomic_write(out / "entities.json", dump_json({"entities": ents}))
    return out


def repeat(src: Path, out: Path, copies: int) -> Path:
    """Write into ``out`` the dataset folder ``src`` (made by :func:`generate`) repeated
    ``copies`` times under new document ids, numbered as ``generate`` numbers them.

    For a benchmark size that :func:`generate` cannot make within the time of a run
    (100,000 documents): copy ``k`` of document ``i`` is ``synth-{k * n + i:07d}``, its
    annotation file byte-identical to the source's but for ``doc_id``, its raw text a
    hard link to the source's (same bytes, no disk: the reader refuses symbolic links),
    and its manifest entry the source's with the new id and file name (so the split,
    ``i % 5``, is the one ``generate`` would give). Only the number of documents grows:
    every document's content, and so the work per document, is the source's."""
    import os
    entries = json.loads((src / "manifest.json").read_text(encoding="utf-8"))["documents"]
    n, manifest = len(entries), []
    (out / "raw").mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for i, e in enumerate(entries):
            old, new = e["doc_id"], f"synth-{k * n + i:07d}"
            blob = (src / "annotations" / f"{old}.json").read_bytes()
            key = f'"doc_id": "{old}"'.encode()
            if blob.count(key) != 1:
                raise ValueError(f"{src / 'annotations' / old}.json: expected one {key.decode()}")
            # scratch data made from the seed's corpus: no fsync per file (see atomic_write)
            atomic_write(out / "annotations" / f"{new}.json", blob.replace(key, f'"doc_id": "{new}"'.encode()),
                         sync=False)
            raw = out / "raw" / f"{new}.txt"
            if not raw.exists():
                os.link(src / "raw" / e["source_file"], raw)
            manifest.append({**e, "doc_id": new, "source_file": f"{new}.txt"})
    atomic_write(out / "manifest.json", json.dumps({"documents": manifest}, indent=0) + "\n")
    atomic_write(out / "entities.json", (src / "entities.json").read_bytes())
    return out
