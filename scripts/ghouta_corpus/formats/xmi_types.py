"""The UIMA type system of the INCEpTION/WebAnno export: one type per layer.

INCEpTION's custom layers are types named ``webanno.custom.<Layer>``; its relation
layers have ``Governor`` and ``Dependent`` features; its n-ary annotations (slots)
are arrays of link feature structures with a ``role`` and a ``target``. The types:

- span layers, each with ``label``, ``span_id`` (the annotation file's id, empty for an
  annotation made in the tool) and ``origin``: ``Entity`` (ACTOR, LOCATION:
  ``mention_type``, ``actor_type``, ``entity_id``), ``Count`` (COUNT, COUNTED:
  ``value``, ``min``, ``max`` as strings in their JSON spelling, ``1500`` or ``2.5``, so
  any number can be typed and an integer stays one; ``modifier``, ``unit``,
  ``category``), ``AttributionSpan`` (SOURCE, CUE, CONTENT), ``Time`` (``timex_type``,
  ``value_text``, ``value``, ``mod``, ``anchor`` for ``DCT`` and ``anchor_span`` for an
  anchor that is another TIME span) and ``Event`` (``event_type``, ``polarity``,
  ``modality``, ``event_id`` and the slot ``arguments``: ``EventArgLink`` with ``role``,
  ``target``, ``arg_id``, ``origin``);
- ``CountOf``: the COUNT_OF relation (``Governor`` the COUNT, ``Dependent`` what it
  counts, ``relation_id``, ``origin``), over the dependent as INCEpTION draws relations;
- ``Attribution``: a record, over its first cue, with ``record_id``,
  ``attribution_type``, ``source_entity``, ``origin`` and the slot ``roles``
  (``AttributionRoleLink``: ``role`` source, cue or content, ``target``);
- ``Segment`` (``segment_id``, ``role``) and ``GhoutaDocument`` (``doc_id``,
  ``status``), besides DKPro Core's ``Sentence`` and ``Token``, which INCEpTION needs
  to show and edit a text.
"""

from __future__ import annotations

from cassis import TypeSystem

from ..model.records import LABEL_ATTRIBUTES

NS = "webanno.custom."
DKPRO = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type."
ANNOTATION = "uima.tcas.Annotation"
STRING = "uima.cas.String"
LAYER_TYPES = {"ACTOR": "Entity", "LOCATION": "Entity", "COUNT": "Count", "COUNTED": "Count", "SOURCE":
               "AttributionSpan", "CUE": "AttributionSpan", "CONTENT": "AttributionSpan", "TIME": "Time",
               "EVENT": "Event"}
"""The type of each span label."""
ROLE_FIELDS = ("source", "cue", "content")


def feature_name(label: str, attribute: str) -> str:
    """The UIMA feature of a span attribute (``timex_value`` is ``value``, as in JSON)."""
    return "value" if (label, attribute) == ("TIME", "timex_value") else attribute


def _strings(ts: TypeSystem, t: str, names: list[str]) -> None:
    for n in names:
        ts.create_feature(domainType=NS + t, name=n, rangeType=STRING)


def type_system() -> TypeSystem:
    """The type system every exported CAS uses (``TypeSystem.xml``)."""
    ts = TypeSystem()
    ts.create_type(DKPRO + "Sentence", ANNOTATION)
    ts.create_type(DKPRO + "Token", ANNOTATION)
    for t in dict.fromkeys(LAYER_TYPES.values()):
        ts.create_type(NS + t, ANNOTATION)
        _strings(ts, t, ["label", "span_id", "origin"])
    done: set[tuple[str, str]] = set()
    for label, names in LABEL_ATTRIBUTES.items():
        for n in names:
            key = (LAYER_TYPES[label], feature_name(label, n))
            if key not in done and not (label == "TIME" and n == "anchor"):
                done.add(key)
                _strings(ts, key[0], [key[1]])
    _strings(ts, "Time", ["anchor"])
    ts.create_feature(domainType=NS + "Time", name="anchor_span", rangeType=NS + "Time")
    for link, owner, slot in (("EventArgLink", "Event", "arguments"), ("AttributionRoleLink", "Attribution", "roles")):
        ts.create_type(NS + link, "uima.cas.TOP")
        _strings(ts, link, ["role"])
        ts.create_feature(domainType=NS + link, name="target", rangeType=ANNOTATION)
        if link == "EventArgLink":
            _strings(ts, link, ["arg_id", "origin"])
        else:
            ts.create_type(NS + owner, ANNOTATION)
            _strings(ts, owner, ["record_id", "attribution_type", "source_entity", "origin"])
        ts.create_feature(domainType=NS + owner, name=slot, rangeType="uima.cas.FSArray", elementType=NS + link,
                          multipleReferencesAllowed=True)
    ts.create_type(NS + "CountOf", ANNOTATION)
    ts.create_feature(domainType=NS + "CountOf", name="Governor", rangeType=NS + "Count")
    ts.create_feature(domainType=NS + "CountOf", name="Dependent", rangeType=ANNOTATION)
    _strings(ts, "CountOf", ["relation_id", "origin"])
    ts.create_type(NS + "Segment", ANNOTATION)
    _strings(ts, "Segment", ["segment_id", "role"])
    ts.create_type(NS + "GhoutaDocument", ANNOTATION)
    _strings(ts, "GhoutaDocument", ["doc_id", "status"])
    return ts
