"""Entity-table rules: unique ids, and the fields each kind of entity needs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...io import read_json
from ..context import Context
from ..registry import rule_family
from ..report import Finding
from .files import file_finding, schema_findings


def _field_findings(e: dict[str, Any], file: str, ptr: str) -> Iterator[Finding]:
    eid = e["entity_id"]
    if (e["label"] == "ACTOR") != (e["actor_type"] is not None):
        yield Finding("entity-fields", file, f"{e['label']} entity has actor_type {e['actor_type']!r}; ACTOR entities "
                      "need one, LOCATION entities none", None, eid, ptr + "/actor_type")
    geo = (e["geonames_id"], e["latitude"], e["longitude"])
    if (e["latitude"] is None) != (e["longitude"] is None) or (e["geonames_id"] is None and e["latitude"] is not None):
        yield Finding("entity-fields", file,
                      f"geonames_id, latitude, longitude must be all set or all null, found {geo}", None, eid, ptr)
    if e["label"] == "LOCATION" and e["geonames_id"] is None and not e["geonames_note"]:
        yield Finding("entity-fields", file, "LOCATION entity without GeoNames id needs a geonames_note saying why",
                      None, eid, ptr + "/geonames_note")
    if e["label"] == "ACTOR" and e["geonames_id"] is not None:
        yield Finding("entity-fields", file, "ACTOR entity carries a GeoNames id; only places have one", None, eid,
                      ptr + "/geonames_id")


@rule_family("entities", {
    "entity-duplicate": "entity ids are unique in the entity table",
    "entity-fields": "ACTOR entities have an actor_type, LOCATION entities none; coordinates come with a GeoNames id; "
                     "a null GeoNames id has a note",
})
def check_entities(path: Path, ctx: Context) -> list[Finding]:
    """Findings of the entity table; fills ``ctx.entities`` for the annotation rules."""
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return [file_finding(problem, file)]
    findings = schema_findings("entities", data, file, None)
    if findings:
        return findings
    table: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(data["entities"]):
        eid = e["entity_id"]
        if eid in table:
            findings.append(Finding("entity-duplicate", file, f"entity_id {eid!r} defined twice", None, eid,
                                    f"/entities/{i}"))
        table[eid] = e
        findings.extend(_field_findings(e, file, f"/entities/{i}"))
    ctx.entities = table
    return findings
