"""The published tables: their ``datasets`` Features and the rows of each config.

Every closed vocabulary becomes a ``ClassLabel`` whose names are read from
``schema/vocabularies.schema.json`` (see :func:`ghouta_corpus.model.vocab.vocab`), so the
Features cannot drift from the schema. Nested records are ``List`` of structs
(``Sequence({...})`` would make a struct of lists). Rows are produced in a fixed
order (manifest order, then offsets) so that builds are byte-identical.

:data:`CONFIGS` is the registry of published configs: adding one is one entry.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from datasets import ClassLabel, Features, List, Value

from ..io.corpus import Corpus, load_entities
from ..model.records import Document, Entity, Span, tag_columns
from ..model.vocab import vocab, vocab_index
from ..text.tokens import Token, bio_tags, tokenize


def cl(name: str) -> ClassLabel:
    return ClassLabel(names=vocab(name))


def _idx(name: str, value: str | None) -> int | None:
    return None if value is None else vocab_index(name)[value]


def tag_names(column: str) -> list[str]:
    """BIO tag names of one tag column: ``O`` then ``B-``/``I-`` per label, in the
    vocabulary's label order."""
    out = ["O"]
    for lab in tag_columns()[column]:
        out += [f"B-{lab}", f"I-{lab}"]
    return out


def _span_ref() -> dict[str, Any]:
    return {"span_id": Value("string"), "label": cl("label"), "text": Value("string"),
            "start": Value("int32"), "end": Value("int32")}


def _span_attr_features() -> dict[str, Any]:
    """Every span attribute as a nullable column. A TIME span's resolved value is the
    string column ``timex_value`` (its JSON key is ``value``, which is a COUNT's number here)."""
    return {"mention_type": cl("mention_type"), "actor_type": cl("actor_type"), "entity_id": Value("string"),
            "value": Value("float64"), "modifier": cl("modifier"), "min": Value("float64"),
            "max": Value("float64"), "unit": cl("unit"), "category": cl("category"),
            "timex_type": cl("timex_type"), "value_text": Value("string"), "timex_value": Value("string"),
            "mod": cl("timex_mod"), "anchor": Value("string"), "event_type": cl("event_type"),
            "polarity": cl("polarity"), "modality": cl("modality"), "event_id": Value("string")}


def _num(x: float | int | None) -> float | None:
    return None if x is None else float(x)


def _span_attrs(s: Span) -> dict[str, Any]:
    return {"mention_type": _idx("mention_type", s.mention_type), "actor_type": _idx("actor_type", s.actor_type),
            "entity_id": s.entity_id, "value": _num(s.value), "modifier": _idx("modifier", s.modifier),
            "min": _num(s.min), "max": _num(s.max), "unit": _idx("unit", s.unit),
            "category": _idx("category", s.category), "timex_type": _idx("timex_type", s.timex_type),
            "value_text": s.value_text, "timex_value": s.timex_value, "mod": _idx("timex_mod", s.mod),
            "anchor": s.anchor, "event_type": _idx("event_type", s.event_type),
            "polarity": _idx("polarity", s.polarity), "modality": _idx("modality", s.modality),
            "event_id": s.event_id}


def _ref(s: Span) -> dict[str, Any]:
    return {"span_id": s.id, "label": _idx("label", s.label), "text": s.text, "start": s.start, "end": s.end}


def _meta_features() -> dict[str, Any]:
    return {"doc_id": Value("string"), "outlet": Value("string"), "language": Value("string"),
            "source_file": Value("string"), "sha256": Value("string"), "char_count": Value("int32"),
            "event_date_start": Value("string"), "event_date_end": Value("string"),
            "event_date_evidence": Value("string"), "dct": Value("string"), "dct_basis": Value("string")}


def _meta_row(d: Document) -> dict[str, Any]:
    m = d.meta
    assert m is not None
    edr = m.event_date_range or {}
    return {"doc_id": m.doc_id, "outlet": m.outlet, "language": m.language, "source_file": m.source_file,
            "sha256": m.sha256, "char_count": m.char_count, "event_date_start": edr.get("start"),
            "event_date_end": edr.get("end"), "event_date_evidence": edr.get("evidence"), "dct": m.dct,
            "dct_basis": m.dct_basis}


# ---------------------------------------------------------------------------
# configs

def documents_features() -> Features:
    return Features({
        **_meta_features(),
        "review": _review_features(),
        "text": Value("string"),
        "segments": List({"id": Value("string"), "start": Value("int32"), "end": Value("int32"),
                          "role": cl("segment_role")}),
        "spans": List({"id": Value("string"), "label": cl("label"), "start": Value("int32"), "end": Value("int32"),
                       "text": Value("string"), **_span_attr_features()}),
        "relations": List({"id": Value("string"), "type": cl("relation_type"), "count": Value("string"),
                           "target": Value("string")}),
        "attributions": List({"id": Value("string"), "source": List(Value("string")), "cue": List(Value("string")),
                              "content": List(Value("string")), "type": cl("attribution_type"),
                              "source_entity": Value("string")}),
        "event_args": List({"id": Value("string"), "event": Value("string"), "role": cl("event_role"),
                            "target": Value("string")}),
    })


def _review_features() -> List:
    """The manifest's review history (GUIDELINES and ADJUDICATION.md say what each step is)."""
    return List({"step": cl("review_step"), "name": Value("string"), "layers": List(cl("layer")),
                 "by": Value("string"), "date": Value("string"), "date_basis": Value("string"),
                 "record": Value("string")})


def _review_rows(doc: Document) -> list[dict[str, Any]]:
    steps = doc.meta.review if doc.meta else ()
    return [{"step": _idx("review_step", r.step), "name": r.name, "layers": [_idx("layer", x) for x in r.layers],
             "by": r.by, "date": r.date, "date_basis": r.date_basis, "record": r.record} for r in steps]


def documents_rows(doc: Document) -> Iterator[dict[str, Any]]:
    yield {
        **_meta_row(doc), "review": _review_rows(doc), "text": doc.text,
        "segments": [{"id": s.id, "start": s.start, "end": s.end, "role": _idx("segment_role", s.role)}
                     for s in doc.segments],
        "spans": [{"id": s.id, "label": _idx("label", s.label), "start": s.start, "end": s.end, "text": s.text,
                   **_span_attrs(s)} for s in doc.spans],
        "relations": [{"id": r.id, "type": _idx("relation_type", r.type), "count": r.count, "target": r.target}
                      for r in doc.relations],
        "attributions": [{"id": a.id, "source": list(a.source), "cue": list(a.cue), "content": list(a.content),
                          "type": _idx("attribution_type", a.type), "source_entity": a.source_entity}
                         for a in doc.attributions],
        "event_args": [{"id": e.id, "event": e.event, "role": _idx("event_role", e.role), "target": e.target}
                       for e in doc.event_args],
    }


def spans_features() -> Features:
    return Features({"doc_id": Value("string"), "segment_index": Value("int32"), "span_id": Value("string"),
                     "label": cl("label"), "start": Value("int32"), "end": Value("int32"), "text": Value("string"),
                     **_span_attr_features()})


def spans_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for s in doc.spans:
        yield {"doc_id": doc.doc_id, "segment_index": doc.segment_index(s.start), "span_id": s.id,
               "label": _idx("label", s.label), "start": s.start, "end": s.end, "text": s.text, **_span_attrs(s)}


def counts_features() -> Features:
    return Features({"doc_id": Value("string"), "span_id": Value("string"), "text": Value("string"),
                     "start": Value("int32"), "end": Value("int32"), "value": Value("float64"),
                     "modifier": cl("modifier"), "min": Value("float64"), "max": Value("float64"),
                     "unit": cl("unit"), "category": cl("category"), "counted": List(_span_ref())})


def counts_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for s in doc.spans_with("COUNT"):
        targets = [doc.span(r.target) for r in doc.relations if r.count == s.id]
        yield {"doc_id": doc.doc_id, "span_id": s.id, "text": s.text, "start": s.start, "end": s.end,
               "value": _num(s.value), "modifier": _idx("modifier", s.modifier), "min": _num(s.min),
               "max": _num(s.max), "unit": _idx("unit", s.unit), "category": _idx("category", s.category),
               "counted": [_ref(t) for t in sorted(targets, key=lambda t: t.start)]}


def attributions_features() -> Features:
    return Features({"doc_id": Value("string"), "attribution_id": Value("string"), "type": cl("attribution_type"),
                     "source_entity": Value("string"), "source": List(_span_ref()), "cue": List(_span_ref()),
                     "content": List(_span_ref())})


def attributions_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for a in doc.attributions:
        yield {"doc_id": doc.doc_id, "attribution_id": a.id, "type": _idx("attribution_type", a.type),
               "source_entity": a.source_entity,
               **{role.lower(): [_ref(doc.span(i)) for i in ids] for role, ids in a.span_ids().items()}}


def entities_features() -> Features:
    return Features({"entity_id": Value("string"), "canonical_name": Value("string"), "label": cl("entity_label"),
                     "actor_type": cl("actor_type"), "aliases": List(Value("string")), "geonames_id": Value("int64"),
                     "latitude": Value("float64"), "longitude": Value("float64"), "geonames_note": Value("string"),
                     "mentions": Value("int32"), "documents": List(Value("string"))})


class EntityCollector:
    """The ``entities`` config, split like the documents (issue 14): an entity's row is
    in every split whose documents mention it, with the mentions and documents of that
    split; an entity no document mentions (``validate`` reports one) is kept, in the
    first split, so that no row of the table is lost."""

    def __init__(self, dataset: Path) -> None:
        self.entities = load_entities(dataset)
        self.mentions: dict[tuple[str, str], int] = {}
        self.documents: dict[tuple[str, str], list[str]] = {}

    def add(self, doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
        split = doc.meta.split if doc.meta else "train"
        for s in doc.spans:
            if s.entity_id:
                key = (split, s.entity_id)
                self.mentions[key] = self.mentions.get(key, 0) + 1
                docs = self.documents.setdefault(key, [])
                if not docs or docs[-1] != doc.doc_id:
                    docs.append(doc.doc_id)
        return iter(())

    def finish(self) -> Iterator[tuple[str, dict[str, Any]]]:
        used = {eid for _, eid in self.mentions}
        for split in vocab("split"):
            for e in sorted(self.entities, key=lambda e: e.entity_id):
                if (split, e.entity_id) in self.mentions or (split == vocab("split")[0] and e.entity_id not in used):
                    yield split, entity_row(e, self.mentions.get((split, e.entity_id), 0),
                                            self.documents.get((split, e.entity_id), []))


def entity_row(e: Entity, mentions: int, documents: list[str]) -> dict[str, Any]:
    return {"entity_id": e.entity_id, "canonical_name": e.canonical_name, "label": _idx("entity_label", e.label),
            "actor_type": _idx("actor_type", e.actor_type), "aliases": list(e.aliases), "geonames_id": e.geonames_id,
            "latitude": e.latitude, "longitude": e.longitude, "geonames_note": e.geonames_note,
            "mentions": mentions, "documents": documents}


def tokens_features() -> Features:
    return Features({"doc_id": Value("string"), "segment_id": Value("string"), "segment_index": Value("int32"),
                     "role": cl("segment_role"), "tokens": List(Value("string")),
                     "token_starts": List(Value("int32")), "token_ends": List(Value("int32")),
                     **{f"{col}_tags": List(ClassLabel(names=tag_names(col))) for col in tag_columns()}})


def segment_tags(toks: list[Token], spans: list[Span], seg_start: int, seg_end: int) -> list[str]:
    """BIO tags of one segment's tokens for ``spans`` (those overlapping it). A span
    that crosses segments is clipped to this segment; its continuation starts with
    ``I-`` so that the whole span can be rebuilt across rows."""
    clipped, continued = [], set()
    for s in spans:
        a, b = max(s.start, seg_start), min(s.end, seg_end)
        if s.start < seg_start or s.end > seg_end:
            inner = [t for t in toks if a <= t.start and t.end <= b]
            if not inner:
                continue
            a, b = inner[0].start, inner[-1].end
        clipped.append((a, b, s.label))
        if s.start < seg_start:
            continued.add((a, b, s.label))
    tags = bio_tags(toks, clipped)
    for a, _, lab in continued:
        for i, t in enumerate(toks):
            if t.start == a and tags[i] == f"B-{lab}":
                tags[i] = f"I-{lab}"
    return tags


def _by_segment(doc: Document, labels: list[str]) -> list[list[Span]]:
    """Spans with ``labels`` bucketed by every segment they overlap."""
    starts = [g.start for g in doc.segments]
    buckets: list[list[Span]] = [[] for _ in doc.segments]
    for s in doc.spans:
        if s.label in labels:
            first = max(0, bisect_right(starts, s.start) - 1)
            last = max(0, bisect_left(starts, s.end) - 1)
            for k in range(first, last + 1):
                if doc.segments[k].start < s.end and s.start < doc.segments[k].end:
                    buckets[k].append(s)
    return buckets


def tokens_rows(doc: Document) -> Iterator[dict[str, Any]]:
    cols = tag_columns()
    buckets = {col: _by_segment(doc, labels) for col, labels in cols.items()}
    names = {col: {n: i for i, n in enumerate(tag_names(col))} for col in cols}
    for i, seg in enumerate(doc.segments):
        toks = tokenize(doc.text, seg.start, seg.end)
        row: dict[str, Any] = {"doc_id": doc.doc_id, "segment_id": seg.id, "segment_index": i,
                               "role": _idx("segment_role", seg.role), "tokens": [t.text for t in toks],
                               "token_starts": [t.start for t in toks], "token_ends": [t.end for t in toks]}
        for col in cols:
            tags = segment_tags(toks, buckets[col][i], seg.start, seg.end)
            row[f"{col}_tags"] = [names[col][t] for t in tags]
        yield row


RowsOf = Iterator[tuple[str, dict[str, Any]]]


class Collector(Protocol):
    """The rows of a config that needs more than one document (``per="corpus"``):
    ``add`` sees each document once, in manifest order, and may yield ``(split, row)``
    pairs at once; ``finish`` yields the rest after the last document."""

    def add(self, doc: Document) -> RowsOf: ...

    def finish(self) -> RowsOf: ...


@dataclass(frozen=True)
class Config:
    """One published config: its Features and its rows, either per document (``rows``,
    split by the manifest) or from a :class:`Collector` over the corpus (``collect``,
    given the dataset folder). ``text_columns`` are its article-text columns (dotted
    paths into nested records), which ``build --without-texts`` leaves out and
    ``hydrate`` restores from the offsets beside them."""
    name: str
    description: str
    features: Callable[[], Features]
    rows: Callable[[Document], Iterator[dict[str, Any]]] | None = None
    per: str = "document"
    batch_rows: int = 4096
    collect: Callable[[Path], Collector] | None = None
    text_columns: tuple[str, ...] = ()


CONFIGS: dict[str, Config] = {c.name: c for c in [
    Config("documents", "One row per document: metadata, text, segments, spans with all attributes, COUNT_OF "
           "relations, attribution records and EVENT_ARG relations (span ids resolve within the row).",
           documents_features, documents_rows, batch_rows=64, text_columns=("text", "spans.text")),
    Config("spans", "One row per span of any label, with its segment index and attributes as columns.",
           spans_features, spans_rows, text_columns=("text",)),
    Config("counts", "One row per COUNT with its normalised value, bounds, modifier, unit, category and the spans it "
           "counts.", counts_features, counts_rows, text_columns=("text", "counted.text")),
    Config("attributions", "One row per attribution record with its SOURCE, CUE and CONTENT spans, type and source "
           "entity.", attributions_features, attributions_rows,
           text_columns=("source.text", "cue.text", "content.text")),
    Config("entities", "The corpus-wide entity table with GeoNames ids where known; each split has the entities its "
           "documents mention, with how often and where.", entities_features, per="corpus", collect=EntityCollector),
    Config("tokens", "One row per segment: tokens, character offsets, and BIO tags for the mention layer (ACTOR, "
           "LOCATION, COUNT, COUNTED), the attribution layer (SOURCE, CUE, CONTENT; outermost span wins where "
           "attributions nest), the time layer (TIME) and the event triggers (EVENT).", tokens_features,
           tokens_rows, text_columns=("tokens",)),
]}
DEFAULT_CONFIG = "documents"


def register(config: Config) -> Config:
    """Add a published config (a module of ``build`` calls this when imported;
    :mod:`ghouta_corpus.build.configs` imports them all)."""
    CONFIGS[config.name] = config
    return config


def config_rows(corpus: Corpus, config: Config) -> dict[str, list[dict[str, Any]]]:
    """Rows of one config grouped by split, in a deterministic order (in memory: for
    tests and small corpora; ``build`` streams the same rows)."""
    out: dict[str, list[dict[str, Any]]] = {}
    if config.collect is not None:
        collector = config.collect(corpus.root)
        pairs = [p for d in corpus.documents for p in collector.add(d)] + list(collector.finish())
        for split in vocab("split"):
            rows = [r for sp, r in pairs if sp == split]
            if rows:
                out[split] = rows
        return out
    assert config.rows is not None
    for split in vocab("split"):
        rows = [r for d in corpus.documents if d.meta and d.meta.split == split for r in config.rows(d)]
        if rows:
            out[split] = rows
    return out
