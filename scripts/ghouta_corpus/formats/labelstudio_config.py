"""The Label Studio side of the format: controls, labeling config and offsets.

One place says how every part of the annotation is shown in Label Studio, for the
writer and the reader of :mod:`ghouta_corpus.formats.labelstudio` and for the
labeling config they ship (``label_config.xml``):

- every span label is a ``Label`` of the ``Labels`` control ``label`` over the ``Text``
  object ``text``; an attribution record is a region labelled :data:`RECORD` over its
  first cue;
- every span attribute, a record's type and source entity, and ``origin`` are
  per-region controls (:data:`CONTROLS`): a closed vocabulary is ``Choices``, a number
  ``Number`` (any number can be typed, not only those of the corpus), a free string
  (entity and event ids, TIMEX3 values) a one-line ``TextArea``; a TIME span's
  ``anchor`` is the choice ``DCT`` or an ``anchor`` relation to another TIME span;
- COUNT_OF, every EVENT_ARG role, the attribution roles and ``anchor`` are labels of
  the one ``Relations`` control; a relation made by the annotator carries ``auto`` as a
  second label (:data:`ORIGIN_LABELS`).

Label Studio's text offsets count UTF-16 code units (JavaScript strings); the
corpus's count code points. :class:`Offsets` converts both ways.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from bisect import bisect_left
from dataclasses import dataclass

from ..model.records import ATTRIBUTE_VOCAB, LABEL_ATTRIBUTES, NUMERIC_ATTRIBUTES, ROLE_LABELS
from ..model.vocab import vocab

TEXT = "text"
LABELS = "label"
RECORD = "ATTRIBUTION"
COUNT_OF = "COUNT_OF"
ANCHOR = "anchor"
DCT = "DCT"
ORIGIN = "origin"
RECORD_TYPE = "attribution_type"
SOURCE_ENTITY = "source_entity"
_PALETTE = ("#8fb2ff", "#7fe2a0", "#ffd27f", "#ffb07f", "#d9b3ff", "#ff9ecf", "#b0e0e6", "#e0e0a0", "#c0c0c0",
            "#cccccc")


@dataclass(frozen=True)
class Control:
    """A per-region control: its ``name`` (the record field it fills), its ``kind``
    (``choices``, ``number`` or ``textarea``, the Label Studio result type), its
    ``values`` (for choices) and the region labels it applies to."""
    name: str
    kind: str
    values: tuple[str, ...]
    labels: tuple[str, ...]


def _kind(name: str) -> tuple[str, tuple[str, ...]]:
    if name == ANCHOR:
        return "choices", (DCT,)          # a span anchor is a relation
    if name in ATTRIBUTE_VOCAB:
        return "choices", tuple(vocab(ATTRIBUTE_VOCAB[name]))
    if name in NUMERIC_ATTRIBUTES:
        return "number", ()
    return "textarea", ()


def _controls() -> dict[str, Control]:
    out: dict[str, Control] = {}
    for label, names in LABEL_ATTRIBUTES.items():
        for name in names:
            kind, values = _kind(name)
            prev = out.get(name)
            out[name] = Control(name, kind, values, (prev.labels if prev else ()) + (label,))
    out[RECORD_TYPE] = Control(RECORD_TYPE, "choices", tuple(vocab("attribution_type")), (RECORD,))
    out[SOURCE_ENTITY] = Control(SOURCE_ENTITY, "textarea", (), (RECORD,))
    out[ORIGIN] = Control(ORIGIN, "choices", tuple(vocab("origin")), (*vocab("label"), RECORD))
    return out


CONTROLS: dict[str, Control] = _controls()
"""Every per-region control by name, in the order the config lists them."""

ORIGIN_LABELS: tuple[str, ...] = tuple(vocab("origin"))
ROLE_NAMES: tuple[str, ...] = tuple(ROLE_LABELS)


def relation_labels() -> list[str]:
    """Every relation label: COUNT_OF, the EVENT_ARG roles, the attribution roles,
    ``anchor``, then the origin markers."""
    return [*vocab("relation_type"), *vocab("event_role"), *ROLE_NAMES, ANCHOR, *ORIGIN_LABELS]


def label_config() -> str:
    """The labeling config (XML) for the exported tasks: every label, attribute,
    relation and record of the annotation format, from the vocabularies."""
    view = ET.Element("View")
    labels = ET.SubElement(view, "Labels", name=LABELS, toName=TEXT)
    for i, lab in enumerate([*vocab("label"), RECORD]):
        ET.SubElement(labels, "Label", value=lab, background=_PALETTE[i % len(_PALETTE)])
    ET.SubElement(view, "Text", name=TEXT, value=f"${TEXT}")
    rels = ET.SubElement(view, "Relations")
    for r in relation_labels():
        ET.SubElement(rels, "Relation", value=r)
    for c in CONTROLS.values():
        box = ET.SubElement(view, "View", visibleWhen="region-selected")
        ET.SubElement(box, "Header", value=f"{c.name} ({', '.join(c.labels)})")
        if c.kind == "choices":
            ch = ET.SubElement(box, "Choices", name=c.name, toName=TEXT, perRegion="true", choice="single")
            for v in c.values:
                ET.SubElement(ch, "Choice", value=v)
        elif c.kind == "number":
            ET.SubElement(box, "Number", name=c.name, toName=TEXT, perRegion="true", step="0.0001")
        else:
            ET.SubElement(box, "TextArea", name=c.name, toName=TEXT, perRegion="true", maxSubmissions="1", rows="1",
                          editable="true")
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


class Offsets:
    """Code-point offsets (the corpus) to UTF-16 offsets (Label Studio) and back."""

    def __init__(self, text: str) -> None:
        self.units = [0]
        for ch in text:
            self.units.append(self.units[-1] + (2 if ord(ch) > 0xFFFF else 1))

    def to_ls(self, i: int) -> int:
        return self.units[i]

    def from_ls(self, u: int) -> int | None:
        """The code-point offset of UTF-16 offset ``u``, or None where ``u`` is not a
        character boundary of the text."""
        i = bisect_left(self.units, u)
        return i if i < len(self.units) and self.units[i] == u else None
