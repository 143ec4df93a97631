"""Label Studio JSON tasks (export and read), for correcting drafts in Label Studio.

Export writes ``<out>/tasks.json``, a list of tasks, one per document, and
``<out>/label_config.xml``, the labeling config that covers every label, attribute,
COUNT_OF, EVENT_ARG and attribution record (:mod:`.labelstudio_config` says how each
is shown). Create a project with the config, import ``tasks.json``, and a draft opens
pre-annotated: a task is ``{"data": {"text", "doc_id", "status", "segments"},
"predictions": [{"model_version": "ghouta-corpus", "result": [...]}]}``, whose result
holds, per span, a ``labels`` item with the span's id as region id and one per-region
item per attribute that is set; per attribution record a region labelled
``ATTRIBUTION`` (its id the record's) over its first cue, with relations labelled
``source``, ``cue`` and ``content`` to its spans in order; COUNT_OF and EVENT_ARG
relations labelled by type or role, and a TIME anchor as an ``anchor`` relation. A
record or relation with an origin carries it (an ``origin`` choice on regions, a
second label ``auto`` or ``manual`` on relations).

Reading takes Label Studio's JSON export of such a project (or the exported
``tasks.json`` itself): per task the most recently updated annotation that was not
cancelled, else the last prediction. Regions made in Label Studio get new ids (the
import renumbers canonically); a region a person made or changed in Label Studio
(result ``origin`` ``manual`` or ``prediction-changed``) that was ``auto`` becomes
``manual``. Everything the model cannot hold is an error naming the file, task,
document and region: an unknown label or control, a value outside its vocabulary,
offsets that are not the region's text, a relation between the wrong kinds of regions.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..io import Corpus, atomic_write, load_json
from ..model.records import LABEL_ATTRIBUTES, Document, Segment
from .labelstudio_config import (
    ANCHOR,
    CONTROLS,
    DCT,
    LABELS,
    ORIGIN,
    RECORD,
    RECORD_TYPE,
    SOURCE_ENTITY,
    TEXT,
    Offsets,
    label_config,
)
from .labelstudio_read import read_task
from .registry import Format, FormatError, register

MODEL_VERSION = "ghouta-corpus"
TASKS = "tasks.json"
CONFIG = "label_config.xml"

__all__ = ["CONFIG", "TASKS", "export_label_studio", "read_label_studio", "task_of"]


def _region(rid: str, start: int, end: int, text: str, name: str, kind: str, value: Any) -> dict[str, Any]:
    key = {"labels": "labels", "choices": "choices", "number": "number", "textarea": "text"}[kind]
    v: dict[str, Any] = {"start": start, "end": end}
    if kind != "textarea":
        v["text"] = text
    v[key] = value
    return {"id": rid, "from_name": name, "to_name": TEXT, "type": kind, "value": v}


def _attribute_items(rid: str, s: int, e: int, text: str, values: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name, v in values.items():
        if v is None:
            continue
        c = CONTROLS[name]
        value = [v] if c.kind in ("choices", "textarea") else v
        out.append(_region(rid, s, e, text, name, c.kind, value))
    return out


def _relation(a: str, b: str, label: str, origin: str | None) -> dict[str, Any]:
    return {"from_id": a, "to_id": b, "type": "relation", "direction": "right",
            "labels": [label] + ([origin] if origin else [])}


def _span_items(doc: Document, off: Offsets) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    items, rels = [], []
    for sp in doc.spans:
        s, e = off.to_ls(sp.start), off.to_ls(sp.end)
        items.append(_region(sp.id, s, e, sp.text, LABELS, "labels", [sp.label]))
        values = {n: getattr(sp, n) for n in LABEL_ATTRIBUTES.get(sp.label, ())}
        if values.get(ANCHOR) not in (None, DCT):
            rels.append(_relation(sp.id, values[ANCHOR], ANCHOR, None))
            values[ANCHOR] = None
        values[ORIGIN] = sp.origin
        items += _attribute_items(sp.id, s, e, sp.text, values)
    return items, rels


def task_of(doc: Document) -> dict[str, Any]:
    """The Label Studio task of one document, its annotation as a prediction."""
    off = Offsets(doc.text)
    items, rels = _span_items(doc, off)
    for r in doc.relations:
        rels.append(_relation(r.count, r.target, r.type, r.origin))
    for a in doc.attributions:
        cue = doc.span(a.cue[0])
        s, e = off.to_ls(cue.start), off.to_ls(cue.end)
        items.append(_region(a.id, s, e, cue.text, LABELS, "labels", [RECORD]))
        items += _attribute_items(a.id, s, e, cue.text, {RECORD_TYPE: a.type, SOURCE_ENTITY: a.source_entity,
                                                          ORIGIN: a.origin})
        for role, ids in (("source", a.source), ("cue", a.cue), ("content", a.content)):
            rels += [_relation(a.id, sid, role, None) for sid in ids]
    for g in doc.event_args:
        rels.append(_relation(g.event, g.target, g.role, g.origin))
    data = {TEXT: doc.text, "doc_id": doc.doc_id, "status": doc.status, "segments": [s.to_json() for s in doc.segments]}
    return {"data": data, "predictions": [{"model_version": MODEL_VERSION, "result": items + rels}]}


def export_label_studio(corpus: Corpus, out: Path) -> list[Path]:
    tasks = [task_of(d) for d in corpus.documents]
    return [atomic_write(out / TASKS, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"),
            atomic_write(out / CONFIG, label_config())]


def _segments(data: dict[str, Any], where: str) -> tuple[Segment, ...]:
    try:
        return tuple(Segment(**s) for s in data.get("segments") or ())
    except (TypeError, ValueError) as e:
        raise FormatError(f"{where}: data.segments: {e}") from None


def _tasks(path: Path) -> tuple[Path, list[Any]]:
    """The task list of a Label Studio JSON export (a file, or a folder with tasks.json
    or exactly one other .json file)."""
    if path.is_dir():
        files = [path / TASKS] if (path / TASKS).is_file() else sorted(path.glob("*.json"))
        if len(files) != 1:
            raise FormatError(f"{path}: expected {TASKS} or one Label Studio JSON export, found "
                              f"{', '.join(p.name for p in files) or 'no .json file'}")
        path = files[0]
    data = load_json(path, FormatError)
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
        raise FormatError(f"{path}: not a Label Studio JSON export (a list of tasks)")
    return path, data


def read_label_studio(path: Path) -> list[Document]:
    """Documents from a Label Studio JSON export (see the module docstring)."""
    file, tasks = _tasks(path)
    docs = []
    for k, task in enumerate(tasks, 1):
        data = task.get("data")
        if not isinstance(data, dict) or not isinstance(data.get(TEXT), str) or not isinstance(data.get("doc_id"), str):
            raise FormatError(f"{file}: task {k}: data needs the document's text and doc_id (export tasks with "
                              "ghouta-corpus export --format label-studio)")
        doc_id, text = data["doc_id"], data[TEXT]
        where = f"{file}: task {k} (doc {doc_id})"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc_id):
            raise FormatError(f"{where}: doc_id {doc_id!r} is not a document id")
        status = data.get("status", "draft")
        spans, rels, recs, args = read_task(task, text, where)
        try:
            docs.append(Document(doc_id, text, status, _segments(data, where), spans, rels, recs, None, args))
        except ValueError as e:
            raise FormatError(f"{where}: {e}") from None
    return docs


FORMAT = register(Format("label-studio", "Label Studio JSON tasks with predictions (tasks.json) and the labeling "
                         "config covering every layer (label_config.xml)", export_label_studio, read_label_studio))
