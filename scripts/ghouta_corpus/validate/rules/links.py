"""Entity-link rules: names link to entities of the table, with the same label,
actor type and an alias that is the mention's text."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from ..context import Annotation, short
from ..registry import rule_family
from ..report import Finding


@rule_family("shared", {
    "entity-unknown": "an entity_id or source_entity exists in dataset/entities.json",
})
def unknown_entity(a: Annotation, entity_id: str | None, what: str, record: str, pointer: str) -> Finding | None:
    """A finding if ``entity_id`` is set and the entity table (when loaded) lacks it."""
    if entity_id is None or a.ctx.entities is None or entity_id in a.ctx.entities:
        return None
    return a.finding("entity-unknown", f"{what} {entity_id!r} is not in the entity table", record, pointer)


def _closest(text: str, aliases: list[str]) -> str | None:
    """The alias most like ``text`` (difflib's ratio), to show where they differ."""
    return max(aliases, key=lambda x: difflib.SequenceMatcher(None, x, text).ratio(), default=None)


def _link_findings(a: Annotation, sp: dict[str, Any], ptr: str) -> Iterator[Finding]:
    eid = sp["entity_id"]
    if eid is None:
        if sp["mention_type"] == "NAM":
            yield a.finding("entity-missing", f"NAM {sp['label']} {short(sp['text'])} links to no entity", sp["id"],
                            ptr + "/entity_id")
        return
    unknown = unknown_entity(a, eid, "entity_id", sp["id"], ptr + "/entity_id")
    if unknown is not None:
        yield unknown
    if a.ctx.entities is None or unknown is not None:
        return
    ent = a.ctx.entities[eid]
    if ent["label"] != sp["label"]:
        yield a.finding("entity-label", f"{sp['label']} {short(sp['text'])} links to {eid}, a {ent['label']} entity",
                        sp["id"], ptr + "/entity_id", ent["label"], sp["label"])
    elif sp["label"] == "ACTOR" and ent["actor_type"] != sp["actor_type"]:
        yield a.finding("entity-actor-type", f"actor_type {sp['actor_type']} differs from entity {eid}'s "
                        f"{ent['actor_type']}", sp["id"], ptr + "/actor_type", ent["actor_type"], sp["actor_type"])
    if sp["mention_type"] == "NAM" and sp["text"] not in ent["aliases"]:
        closest = _closest(sp["text"], ent["aliases"])
        yield a.finding("entity-alias", f"NAM {short(sp['text'])} is not among the aliases of {eid} {ent['aliases']}"
                        + (f"; closest alias {closest!r}" if closest is not None else ""),
                        sp["id"], ptr + "/text", closest, sp["text"] if closest is not None else None)


@rule_family("span", {
    "entity-missing": "a NAM mention links to an entity",
    "entity-label": "a mention's label equals its entity's label",
    "entity-actor-type": "an ACTOR mention's actor_type equals its entity's",
    "entity-alias": "a NAM mention's text is one of its entity's aliases",
})
def check_links(a: Annotation) -> Iterator[tuple[int, Finding]]:
    ents = a.ctx.entities
    for i, sp in a.usable("ACTOR", "LOCATION"):
        eid = sp["entity_id"]
        if eid is None:
            if sp["mention_type"] != "NAM":
                continue
        elif ents is None:
            continue
        else:  # the common case, a known entity that agrees, is answered here without a generator
            ent = ents.get(eid)
            if ent is not None and ent["label"] == sp["label"] and (
                    sp["label"] != "ACTOR" or ent["actor_type"] == sp["actor_type"]) and (
                    sp["mention_type"] != "NAM" or sp["text"] in ent["aliases"]):
                continue
        yield from ((i, f) for f in _link_findings(a, sp, f"/spans/{i}"))
