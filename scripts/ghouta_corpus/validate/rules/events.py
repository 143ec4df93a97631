"""EVENT rules (GUIDELINES G99-G109): triggers and their event ids, EVENT_ARG relations,
and the corpus-wide event table ``events.json``.

Which roles each event type allows and which labels each role's target may carry are
data in the schema (``x-roles-by-type``, ``x-labels-by-role``), read through
:mod:`ghouta_corpus.model.vocab`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...io import read_json
from ...model import timex
from ...model.vocab import labels_by_role, roles_by_type
from ..context import Annotation, Context, ptr, short
from ..registry import rule_family
from ..report import Finding
from .files import file_finding, schema_findings
from .references import resolve


@rule_family("span", {
    "event-id": "an EVENT trigger's event_id is in events.json, with the trigger's event_type (G108)",
})
def check_event_ids(a: Annotation) -> Iterator[tuple[int, Finding]]:
    for i, sp in a.usable("EVENT"):
        if sp["event_id"] is None:
            continue
        pointer = ptr("spans", i, "event_id")
        events = a.ctx.events
        row = None if events is None else events.get(sp["event_id"])
        if events is not None and row is None:
            yield i, a.finding("event-id", f"event_id {sp['event_id']!r} is not in the event table", sp["id"], pointer)
        elif events is None and a.ctx.entities is not None:  # a dataset without events.json
            yield i, a.finding("event-id", f"event_id {sp['event_id']!r}, but the dataset has no events.json",
                               sp["id"], pointer)
        elif row is not None and row["event_type"] != sp["event_type"]:
            yield i, a.finding("event-id", f"trigger type {sp['event_type']} differs from event {sp['event_id']}'s "
                               f"{row['event_type']}", sp["id"], ptr("spans", i, "event_type"), row["event_type"],
                               sp["event_type"])


def _target(a: Annotation, arg: dict[str, Any], i: int) -> Iterator[Finding]:
    allowed = labels_by_role().get(arg["role"], [])
    pointer = ptr("event_args", i, "target")
    sp = a.spans.get(arg["target"])
    if sp is None:
        yield a.finding("ref-missing", f"refers to span {arg['target']}, which does not exist", arg["id"], pointer)
    elif sp["label"] not in allowed:
        yield a.finding("event-arg-target", f"{arg['role']} target {arg['target']} is a {sp['label']} span "
                        f"{short(sp['text'])}; the role takes {' or '.join(allowed)} (G105)", arg["id"], pointer)


@rule_family("document", {
    "event-arg-role": "an EVENT_ARG role is allowed for its trigger's event_type (G106)",
    "event-arg-target": "an EVENT_ARG target carries a label its role allows (G105)",
    "event-arg-duplicate": "an EVENT_ARG (trigger, role, target) appears once",
})
def check_event_args(a: Annotation) -> Iterator[Finding]:
    allowed = roles_by_type()
    seen: set[tuple[str, str, str]] = set()
    for i, arg in enumerate(a.data["event_args"]):
        event, bad = resolve(a, arg["event"], ("EVENT",), ptr("event_args", i, "event"), arg["id"])
        if bad is not None:
            yield bad
        yield from _target(a, arg, i)
        if event is not None and arg["role"] not in allowed.get(event["event_type"], []):
            yield a.finding("event-arg-role", f"role {arg['role']} is not allowed for a {event['event_type']} event; "
                            f"it takes {', '.join(allowed.get(event['event_type'], []))} (G106)", arg["id"],
                            ptr("event_args", i, "role"))
        key = (arg["event"], arg["role"], arg["target"])
        if key in seen:
            yield a.finding("event-arg-duplicate", f"{arg['event']} {arg['role']} {arg['target']} appears twice",
                            arg["id"], ptr("event_args", i))
        seen.add(key)


@rule_family("document", {"event-overlap": "EVENT triggers do not overlap each other (G99)"})
def check_trigger_overlap(a: Annotation) -> Iterator[Finding]:
    triggers = sorted((sp for sp in a.good if sp["label"] == "EVENT"), key=lambda x: (x["start"], x["end"]))
    for x, y in zip(triggers, triggers[1:], strict=False):
        if y["start"] < x["end"]:
            yield a.finding("event-overlap", f"EVENT {short(y['text'])} at {y['start']}..{y['end']} overlaps EVENT "
                            f"{x['id']} {short(x['text'])} at {x['start']}..{x['end']}", y["id"],
                            ptr("spans", a.data["spans"].index(y)))


def _row_findings(e: dict[str, Any], file: str, pointer: str, ctx: Context) -> Iterator[Finding]:
    loc = e["location_entity"]
    if loc is not None and ctx.entities is not None:
        ent = ctx.entities.get(loc)
        if ent is None or ent["label"] != "LOCATION":
            what = "is not in the entity table" if ent is None else f"is a {ent['label']} entity"
            yield Finding("event-location", file, f"location_entity {loc!r} {what}; it is a LOCATION entity or null",
                          None, e["event_id"], pointer + "/location_entity")
    if e["time"] is not None:
        try:
            timex.parse(e["time"])
        except timex.TimexError as err:
            yield Finding("event-time", file, f"time: {err}", None, e["event_id"], pointer + "/time")


@rule_family("events", {
    "event-duplicate": "event ids are unique in the event table",
    "event-location": "an event's location_entity is a LOCATION entity of entities.json, or null (G109)",
    "event-time": "an event's time is a TIMEX3 value, or null (G109)",
})
def check_events(path: Path, ctx: Context) -> list[Finding]:
    """Findings of the event table; fills ``ctx.events`` for the annotation rules."""
    file = str(path)
    data, problem = read_json(path)
    if problem:
        return [file_finding(problem, file)]
    findings = schema_findings("events", data, file, None)
    if findings:
        return findings
    table: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(data["events"]):
        if e["event_id"] in table:
            findings.append(Finding("event-duplicate", file, f"event_id {e['event_id']!r} defined twice", None,
                                    e["event_id"], f"/events/{i}"))
        table[e["event_id"]] = e
        findings.extend(_row_findings(e, file, f"/events/{i}", ctx))
    ctx.events = table
    return findings


@rule_family("shared", {"event-unmentioned": "every event of the event table is mentioned by a trigger (G109)"})
def check_unmentioned(path: Path, ctx: Context, mentioned: Iterable[str]) -> list[Finding]:
    """A finding for every table event that no EVENT trigger of the dataset names."""
    if ctx.events is None:
        return []
    seen = set(mentioned)
    return [Finding("event-unmentioned", str(path), f"event {evid!r} is mentioned by no EVENT trigger", None, evid,
                    f"/events/{i}") for i, evid in enumerate(ctx.events) if evid not in seen]
