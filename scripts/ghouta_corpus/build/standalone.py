"""Parquet that stands on its own (issue 14): label names beside ClassLabel ids, and a
``split`` column, added to each config's Arrow tables as they are finalised.

Outside ``datasets`` the names of a ClassLabel live only in the Parquet schema's
``huggingface`` metadata, so DuckDB, polars or pandas users saw ``label = 0..6``. Each
config's published Features therefore carry, next to every ClassLabel field ``x``, a
string field ``x_name`` with the label's name, and next to every list of ClassLabels
``xs``, a list of strings ``xs_names``; nested records (a span inside a document, a
link of a claim's chain) get the same. Every row also says its ``split``. The ids
stay ClassLabel, so ``load_dataset`` yields the same ClassLabel features as before,
and the names are plain strings any reader shows.

:func:`published_features` gives the Features a config is published with;
:func:`finisher` the post-step that turns a table of the config's own rows (as
:mod:`ghouta_corpus.build.features` makes them) into one of those Features. The
names are computed with Arrow's ``take`` over whole columns, not row by row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
from datasets import ClassLabel, Features, List, Value

SPLIT_COLUMN = "split"
Finisher = Callable[[pa.Table], pa.Table]


def _name_key(key: str, feature: Any) -> str | None:
    """The name column beside ``key``: ``x_name`` for a ClassLabel, ``xs_names`` for a
    list of ClassLabels, None otherwise."""
    if isinstance(feature, ClassLabel):
        return f"{key}_name"
    if isinstance(feature, List) and isinstance(feature.feature, ClassLabel):
        return f"{key}_names"
    return None


def _with_names(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, feature in fields.items():
        out[key] = _nested(feature)
        name = _name_key(key, feature)
        if name is not None:
            out[name] = List(Value("string")) if isinstance(feature, List) else Value("string")
    return out


def _nested(feature: Any) -> Any:
    if isinstance(feature, dict):
        return _with_names(feature)
    if isinstance(feature, List) and isinstance(feature.feature, dict):
        return List(_with_names(feature.feature))
    return feature


def published_features(features: Features) -> Features:
    """``features`` with a name column beside every ClassLabel (at any depth) and a
    ``split`` column last."""
    return Features({**_with_names(dict(features)), SPLIT_COLUMN: Value("string")})


def _names_of(ids: pa.Array, feature: Any) -> pa.Array:
    """The label names of ``ids`` (a ClassLabel column, or a list of them)."""
    if isinstance(feature, List):
        inner = _names_of(ids.values, feature.feature)
        return pa.ListArray.from_arrays(ids.offsets, inner, mask=ids.is_null() if ids.null_count else None)
    return pa.array(feature.names, pa.string()).take(ids)


def _struct(arr: pa.StructArray, fields: dict[str, Any]) -> pa.Array:
    children, names = [], []
    for (key, feature), child in zip(fields.items(), arr.flatten(), strict=True):
        children.append(_convert(child, feature))
        names.append(key)
        name = _name_key(key, feature)
        if name is not None:
            children.append(_names_of(child, feature))
            names.append(name)
    return pa.StructArray.from_arrays(children, names=names, mask=arr.is_null() if arr.null_count else None)


def _convert(arr: pa.Array, feature: Any) -> pa.Array:
    if isinstance(feature, dict):
        return _struct(arr, feature)
    if isinstance(feature, List) and isinstance(feature.feature, dict):
        values = _struct(arr.values, feature.feature)
        return pa.ListArray.from_arrays(arr.offsets, values, mask=arr.is_null() if arr.null_count else None)
    return arr


def finisher(features: Features, split: str) -> Finisher:
    """The post-step of one config and split: a table with ``features``' schema in,
    a table with :func:`published_features`' schema out."""
    schema = published_features(features).arrow_schema

    def finish(table: pa.Table) -> pa.Table:
        columns = []
        for key, feature in features.items():
            col = table.column(key).combine_chunks()
            columns.append(_convert(col, feature))
            if _name_key(key, feature) is not None:
                columns.append(_names_of(col, feature))
        columns.append(pa.array([split] * table.num_rows, pa.string()))
        return pa.Table.from_arrays(columns, schema=schema)
    return finish
