"""The JSON Schemas in ``schema/`` and the closed vocabularies they define.

``schema/vocabularies.schema.json`` is the single definition of every closed list
(labels, actor types, modifiers, ...). Everything else -- the validator, the
``datasets`` Features, the exports, the guidelines tables -- reads the lists through
:func:`vocab` so that adding a value means editing one JSON file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import schema_dir
from .schema_proof import Proof, proof

# jsonschema and referencing are imported where they are used: they cost about 0.15 s of
# every process's start, and only files the schema proof doubts need them.
if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from referencing import Registry

SCHEMA_FILES = {
    "vocabularies": "vocabularies.schema.json",
    "annotation": "annotation.schema.json",
    "entities": "entities.schema.json",
    "manifest": "manifest.schema.json",
    "events": "events.schema.json",
}


@cache
def _load(directory: str) -> dict[str, dict[str, Any]]:
    out = {}
    for key, name in SCHEMA_FILES.items():
        out[key] = json.loads((Path(directory) / name).read_text(encoding="utf-8"))
    return out


_DIR: list[str] = []


def _dir() -> str:
    """The schema folder as a string, fixed for the life of the process: vocabularies
    are looked up once per published cell, so this must cost a list index, not a path
    join or an environment lookup."""
    if not _DIR:
        _DIR.append(str(schema_dir()))
    return _DIR[0]


def schemas() -> dict[str, dict[str, Any]]:
    return _load(_dir())


@cache
def _registry(directory: str) -> Registry:
    from referencing import Registry, Resource
    resources = [(s["$id"], Resource.from_contents(s)) for s in _load(directory).values()]
    return Registry().with_resources(resources)


@cache
def _validator(directory: str, kind: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator
    schema = _load(directory)[kind]
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry(directory))


def validator(kind: str) -> Draft202012Validator:
    """A draft 2020-12 validator for ``annotation``, ``entities``, ``events`` or ``manifest`` with
    cross-file ``$ref`` resolved offline from ``schema/`` (never from the network)."""
    return _validator(_dir(), kind)


@cache
def _fast(directory: str, kind: str) -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # the Python validator alone is correct, only slower
        return None
    loaded = _load(directory)
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in loaded.values()])
    return jsonschema_rs.validator_for(loaded[kind], registry=registry)


@cache
def _proof(directory: str, kind: str) -> Proof:
    return proof(_load(directory), kind)


def proven(kind: str, data: object) -> Proof | None:
    """The ``kind`` schema's compiled proof when it proves ``data`` valid (its
    :meth:`~ghouta_corpus.model.schema_proof.Proof.columns` then hold ``data``'s
    columns, until the next call), None when it is not sure: then
    :func:`checked_valid` gives the verdict."""
    p = _proof(_dir(), kind)
    return p if p(data) else None


def is_valid(kind: str, data: object) -> bool:
    """Schema verdict only: first the column-wise proof compiled from the same schema
    (:mod:`ghouta_corpus.model.schema_proof`, which says "valid" or "not sure", in a
    third less time than ``jsonschema-rs`` takes on a valid annotation file), then
    ``jsonschema-rs`` (the same schema, compiled in Rust, about 150 times faster than
    ``jsonschema``) when it is installed, else ``jsonschema``. Tests hold the proof to
    ``jsonschema-rs`` on mutated files and ``jsonschema-rs`` to ``jsonschema`` on every
    fixture and on generated files; callers use :func:`validator` for the detailed
    errors of an invalid file."""
    return proven(kind, data) is not None or checked_valid(kind, data)


def checked_valid(kind: str, data: object) -> bool:
    """The schema verdict of ``jsonschema-rs`` (else ``jsonschema``), without the proof:
    :func:`is_valid` for ``data`` that the proof was not sure of."""
    fast = _fast(_dir(), kind)
    if fast is None:
        return bool(validator(kind).is_valid(data))
    try:
        return bool(fast.is_valid(data))
    except (ValueError, OverflowError, TypeError):  # values the Rust side cannot represent
        return bool(validator(kind).is_valid(data))


def fast_errors(kind: str, data: object) -> list[tuple[list[str | int], str, str]] | None:
    """Every schema error of ``data`` as ``(instance path, keyword, message)`` from
    ``jsonschema-rs``, in milliseconds where the reference validator takes minutes on
    a large invalid file; None when it is not installed or cannot represent a value."""
    fast = _fast(_dir(), kind)
    if fast is None:
        return None
    try:
        return [(list(e.instance_path), type(e.kind).__name__[:1].lower() + type(e.kind).__name__[1:], e.message)
                for e in fast.iter_errors(data)]
    except (ValueError, OverflowError, TypeError):
        return None


def vocab(name: str) -> list[str]:
    """The ordered values of one closed vocabulary, e.g. ``vocab("actor_type")``.

    The order is the ClassLabel order of the published Features, so it is part of
    the data format: append new values, never reorder."""
    return list(_vocab(_dir(), name))


@cache
def _vocab(directory: str, name: str) -> tuple[str, ...]:
    return tuple(_load(directory)["vocabularies"]["$defs"][name]["enum"])


@cache
def _vocab_index(directory: str, name: str) -> dict[str, int]:
    return {v: i for i, v in enumerate(_vocab(directory, name))}


def vocab_index(name: str) -> dict[str, int]:
    """value -> ClassLabel id for one vocabulary (cached: used once per published cell)."""
    return _vocab_index(_dir(), name)


def _extension(name: str, key: str) -> dict[str, list[str]]:
    return {k: list(v) for k, v in _load(_dir())["vocabularies"]["$defs"][name][key].items()}


def roles_by_type() -> dict[str, list[str]]:
    """event_type -> the EVENT_ARG roles it allows (GUIDELINES G106), from the schema's
    ``x-roles-by-type``."""
    return _extension("event_type", "x-roles-by-type")


def labels_by_role() -> dict[str, list[str]]:
    """EVENT_ARG role -> the span labels its target may carry (GUIDELINES G105), from
    the schema's ``x-labels-by-role``."""
    return _extension("event_role", "x-labels-by-role")


SEALED = "sealed"
"""The split of the development set kept for the honest estimate (issue 11): every tool
that reads documents leaves it out unless it is asked for by name (``--split sealed``)."""


def unpublished_splits() -> list[str]:
    """Splits that ``build`` refuses to publish (the development set's ``dev`` and
    ``sealed``), from the schema's ``x-unpublished``."""
    return list(_load(_dir())["vocabularies"]["$defs"]["split"].get("x-unpublished", []))
