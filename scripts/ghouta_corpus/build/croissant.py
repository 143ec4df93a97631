"""Croissant 1.1 metadata for the published Parquet files.

One FileObject per Parquet file (with its SHA-256), one FileSet per config, and one
RecordSet per config whose fields mirror the config's Features: scalar columns
directly, lists of scalars as arrays, lists of structs as arrays with sub-fields.
Built with ``mlcroissant`` (there is no generator from Parquet) and written with
sorted keys so that the file is byte-stable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import mlcroissant as mlc
from datasets import ClassLabel, List, Value

from ..io import sha256_file
from .configs import CONFIGS

_TYPES = {"string": mlc.DataType.TEXT, "int32": mlc.DataType.INTEGER, "int64": mlc.DataType.INTEGER,
          "float64": mlc.DataType.FLOAT, "bool": mlc.DataType.BOOL}


def _dtype(feature: Any) -> Any:
    if isinstance(feature, ClassLabel):
        return mlc.DataType.INTEGER
    if isinstance(feature, Value):
        return _TYPES[feature.dtype]
    raise TypeError(f"no Croissant type for {feature!r}")


def _classes(feature: Any) -> str | None:
    """A ClassLabel's ids and names, as its field's description."""
    if not isinstance(feature, ClassLabel):
        return None
    return f"ClassLabel: {', '.join(f'{i}={n}' for i, n in enumerate(feature.names))}"


def _sub_field(config: str, column: str, key: str, feature: Any) -> mlc.Field:
    """One member of a list of structs, read from ``column`` by JSON path."""
    fid = f"{config}/{column}/{key}"
    src = mlc.Source(file_set=f"parquet-{config}", extract=mlc.Extract(column=column),
                     transforms=[mlc.Transform(json_path=key)])
    if isinstance(feature, List):
        return mlc.Field(id=fid, name=key, data_types=[_dtype(feature.feature)], is_array=True, source=src)
    return mlc.Field(id=fid, name=key, data_types=[_dtype(feature)], description=_classes(feature), source=src)


def _field(config: str, name: str, feature: Any) -> mlc.Field:
    fid = f"{config}/{name}"
    src = mlc.Source(file_set=f"parquet-{config}", extract=mlc.Extract(column=name))
    if isinstance(feature, List):
        inner = feature.feature
        if isinstance(inner, dict):
            subs = [_sub_field(config, name, k, v) for k, v in inner.items()]
            return mlc.Field(id=fid, name=name, is_array=True, sub_fields=subs, data_types=[])
        return mlc.Field(id=fid, name=name, data_types=[_dtype(inner)], is_array=True, source=src,
                         description=_classes(inner))
    return mlc.Field(id=fid, name=name, data_types=[_dtype(feature)], source=src, description=_classes(feature))


def croissant_json(languages: list[str], root: Path, parquet_files: list[Path]) -> str:
    """The JSON-LD text of ``croissant.json`` for the Parquet files under ``root``."""
    distribution: list[Any] = []
    record_sets = []
    for name, cfg in CONFIGS.items():
        files = [p for p in parquet_files if p.parent.name == name]
        for p in files:
            rel = p.relative_to(root).as_posix()
            distribution.append(mlc.FileObject(id=rel, name=rel, content_url=rel,
                                               encoding_formats=["application/x-parquet"], sha256=sha256_file(p)))
        distribution.append(mlc.FileSet(id=f"parquet-{name}", name=f"parquet-{name}",
                                        contained_in=[p.relative_to(root).as_posix() for p in files],
                                        encoding_formats=["application/x-parquet"],
                                        includes=[f"data/{name}/*.parquet"]))
        fields = [_field(name, k, v) for k, v in cfg.features().items()]
        record_sets.append(mlc.RecordSet(id=name, name=name, description=cfg.description, fields=fields))
    meta = mlc.Metadata(
        name="ghouta-corpus",
        description=("Span annotations (actors, locations, counts, attributions) of two English news articles "
                     "(TRT World, Al Jazeera) on the evacuations from Eastern Ghouta, Syria."),
        conforms_to="http://mlcommons.org/croissant/1.1",
        license=["https://creativecommons.org/licenses/by/4.0/"],
        cite_as=("@misc{ghouta_corpus, title = {Ghouta evacuations: actors, locations, counts and attributions}, "
                 "author = {{ghouta-corpus developers}}, note = {version 0.1.0}}"),
        version="0.1.0",
        in_language=languages,
        distribution=distribution,
        record_sets=record_sets,
    )
    return json.dumps(meta.to_json(), indent=1, sort_keys=True, ensure_ascii=False, default=str) + "\n"
